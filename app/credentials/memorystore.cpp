#include "memorystore.h"

#include <QPointer>
#include <QTimer>

MemoryStore::MemoryStore(QObject *parent) : CredentialStore(parent)
{ }

MemoryStore::~MemoryStore()
{
    for (QByteArray &data : m_entries)
        data.fill('\0');
}

void MemoryStore::answer(QObject *receiver, Callback done, Result result)
{
    // Asynchronous like the keychain: callers never see their callback run inside the call.
    QPointer<QObject> guard(receiver);
    const bool hadReceiver = receiver != nullptr;
    QTimer::singleShot(0, this, [guard, hadReceiver, done = std::move(done), result]() mutable {
        if (!hadReceiver || guard)
            done(result);
        result.credentials.wipe();
    });
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
    answer(receiver, std::move(done), result);
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
    answer(receiver, std::move(done), result);
}

void MemoryStore::remove(const QString &profileId, QObject *receiver, Callback done)
{
    Result result;
    if (m_removeFailures > 0) {
        --m_removeFailures;
        result.error = m_removeError;
        result.detail = QStringLiteral("scripted failure");
    } else if (m_entries.contains(profileId)) {
        m_entries[profileId].fill('\0');
        m_entries.remove(profileId);
    }
    answer(receiver, std::move(done), result);
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
