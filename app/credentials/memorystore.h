#pragma once

#include "credentialstore.h"

#include <QHash>

//! Keys for "this session only": kept in memory, wiped on removal and when the store goes.
//! Also the test double of the keychain: failures can be scripted per operation.
class MemoryStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit MemoryStore(QObject *parent = nullptr);
    ~MemoryStore() override;

    void read(const QString &profileId, QObject *receiver, Callback done) override;
    void write(const QString &profileId, const Credentials &credentials, QObject *receiver,
               Callback done) override;
    void remove(const QString &profileId, QObject *receiver, Callback done) override;

    //! The next \a times reads (writes, removals) fail with \a error (tests).
    void failReads(Error error, int times = 1);
    void failWrites(Error error, int times = 1);
    void failRemovals(Error error, int times = 1);
    [[nodiscard]] int reads() const { return m_reads; }
    [[nodiscard]] bool contains(const QString &profileId) const
    {
        return m_entries.contains(profileId);
    }

private:
    QHash<QString, QByteArray> m_entries;
    Error m_readError = Error::None;
    int m_readFailures = 0;
    Error m_writeError = Error::None;
    int m_writeFailures = 0;
    Error m_removeError = Error::None;
    int m_removeFailures = 0;
    int m_reads = 0;
};
