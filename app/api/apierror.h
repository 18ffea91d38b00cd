#pragma once

#include <QString>
#include <QStringList>

//! A failed call, typed. The words a person reads are written in ui/ from these fields.
struct ApiError
{
    enum class Kind {
        None,
        NotSignedIn, //!< no credentials to sign with
        ReadOnly, //!< the profile is read-only: no change is ever sent
        InsecureEndpoint, //!< plain http:// to something other than loopback; nothing sent
        InvalidRequest, //!< the console built a request it must not send (an empty id); nothing sent
        Network, //!< DNS, refused, reset, unreachable
        Timeout, //!< no progress for the transfer timeout, or past the deadline
        Tls, //!< certificate or handshake problem
        Redirected, //!< the server answered 3xx; redirects are never followed
        TooLarge, //!< the reply passed the size cap
        Unauthorized, //!< CHECK_CREDENTIAL, INVALID_SIGNATURE, 401
        TimestampRejected, //!< CHECK_SIGNATURE: the request's clock is off
        Forbidden, //!< CHECK_IP, CHECK_REQUEST_IP, 403
        NotFound, //!< NOT_FOUND, ID_INVALID, 404
        RateLimited, //!< 429 or LIMIT_EXCEEDED with 429
        QuotaExceeded, //!< LIMIT_EXCEEDED otherwise
        Busy, //!< DELETED_OR_WORKING_INSTANCE
        InUse, //!< IN_USE
        Rejected, //!< the server refused the values (validation codes, other 4xx)
        WebConsoleOnly, //!< CHECK_CONSOLE
        Server, //!< 5xx, DEV_CHECK_RETURN
        InvalidResponse, //!< the answer could not be read
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    //! The envelope's `code` by value (0x1 == 0x01), -1 when absent or unreadable.
    int code = -1;
    //! The envelope's `error_code` as written ("CHECK_PARAM").
    QString errorCode;
    //! The server's message (from `message`, or from an object/string `result`).
    QString message;
    //! What went wrong below HTTP or while reading (developer words, not shown alone).
    QString detail;
    //! Seconds from a valid Retry-After header, -1 when absent or unreadable.
    int retryAfterSecs = -1;
    //! False when the request surely never reached the server (refused, DNS, TLS, nothing sent).
    bool mayHaveReachedServer = true;
    //! A change that may have been carried out although its answer was lost (create, reboot...
    //! after a timeout or 5xx): the console checks the next listing instead of re-sending.
    bool outcomeUnknown = false;
    //! What was wrong with the server's certificate (Qt's descriptions), for Kind::Tls.
    QStringList tlsProblems;

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    //! The error's code by value: error_code's where it is a documented name, else `code`.
    [[nodiscard]] int codeValue() const;
    [[nodiscard]] static QString kindName(Kind kind);

    //! The documented error_code names, by their code value.
    [[nodiscard]] static QString codeName(int code);
    //! Parses "0x00", "0x1", "0x01", "17" or a JSON number's text by value; -1 if unreadable.
    [[nodiscard]] static int parseCode(const QString &text);
    //! The kind for an envelope error, preferring error_code, then code, then HTTP status.
    [[nodiscard]] static Kind kindFor(int httpStatus, int code, const QString &errorCode);
    [[nodiscard]] static Kind kindForHttpStatus(int httpStatus);
};
