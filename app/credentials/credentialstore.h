#pragma once

#include "credentials.h"

#include <QObject>

#include <functional>

//! Where a profile's keys are kept: the OS keychain, or memory for "this session only".
//! Asynchronous: every call answers once through its callback (never after \a receiver died).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    //! Every outcome the console tells apart; each has its own message and way out.
    enum class Error {
        None,
        NotFound, //!< no entry for this profile: sign in again
        Unavailable, //!< no keychain service answers (e.g. no Secret Service): retry, then session-only
        Locked, //!< locked, or access refused by the person or the system: unlock / retry
        WriteFailed, //!< the keys could not be saved
        DeleteFailed,
        Unreadable, //!< an entry exists but is not ours / damaged
    };

    struct Result
    {
        Error error = Error::None;
        QString detail; //!< the backend's words (developer detail, never secret)
        Credentials credentials; //!< for a read
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    ~CredentialStore() override;

    virtual void read(const QString &profileId, QObject *receiver, Callback done) = 0;
    virtual void write(const QString &profileId, const Credentials &credentials, QObject *receiver,
                       Callback done)
            = 0;
    virtual void remove(const QString &profileId, QObject *receiver, Callback done) = 0;

    //! \a done, called only while \a receiver lives (always when there is none).
    [[nodiscard]] static Callback guarded(QObject *receiver, Callback done);
    //! Answers \a result from the event loop, never inside the call (as a keychain would).
    void answerLater(QObject *receiver, Callback done, Result result);

    //! The entry's key: one per profile.
    [[nodiscard]] static QString entryKey(const QString &profileId);
    //! The entry's value: access key and secret together (one profile, one keychain prompt).
    [[nodiscard]] static QByteArray encode(const Credentials &credentials);
    [[nodiscard]] static bool decode(const QByteArray &data, Credentials *credentials);
    [[nodiscard]] static QString errorName(Error error);
};
