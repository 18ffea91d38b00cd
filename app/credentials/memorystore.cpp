#include "memorystore.h"

MemoryStore::MemoryStore(QObject *parent) : CredentialStore(parent)
{ }

MemoryStore::~MemoryStore()
{
    for (QByteArray &data : m_entries)
        Credentials::wipeBytes(data);
}

void MemoryStore::read(const QString &profileId, QObject *receiver, Callback done)
{
    ++m_reads;
    Result result;
    if (m_readFailures > 0) {
        --m_readFailures;
        result.error = m_readError;
        result.detail = QStringLiteral("scripted failure");
    } else if (!m_entries.contains(profileId)) {
        result.error = Error::NotFound;
    } else if (!decode(m_entries.value(profileId), &result.credentials)) {
        result.error = Error::Unreadable;
    }
    answerLater(receiver, std::move(done), result);
}

void MemoryStore::write(const QString &profileId, const Credentials &credentials, QObject *receiver,
                        Callback done)
{
    Result result;
    if (m_writeFailures > 0) {
        --m_writeFailures;
        result.error = m_writeError;
        result.detail = QStringLiteral("scripted failure");
    } else {
        m_entries.insert(profileId, encode(credentials));
    }
    answerLater(receiver, std::move(done), result);
}

void MemoryStore::remove(const QString &profileId, QObject *receiver, Callback done)
{
    Result result;
    if (m_removeFailures > 0) {
        --m_removeFailures;
        result.error = m_removeError;
        result.detail = QStringLiteral("scripted failure");
    } else if (m_entries.contains(profileId)) {
        Credentials::wipeBytes(m_entries[profileId]);
        m_entries.remove(profileId);
    }
    answerLater(receiver, std::move(done), result);
}

void MemoryStore::failReads(Error error, int times)
{
    m_readError = error;
    m_readFailures = times;
}

void MemoryStore::failWrites(Error error, int times)
{
    m_writeError = error;
    m_writeFailures = times;
}

void MemoryStore::failRemovals(Error error, int times)
{
    m_removeError = error;
    m_removeFailures = times;
}
