#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

//! One misbehaviour the simulator can be told to show, for requests matching a method and path.
//! Switched on from C++ (Simulator::faults()) or, on loopback, from `POST /_sim/faults` and
//! `iwinv-sim --fault JSON`.
struct SimFault
{
    enum class Kind {
        Delay, //!< answer after delayMs
        Stall, //!< accept the request and never answer
        StallMidBody, //!< send the head and half the body, then nothing
        ShortBody, //!< announce the whole body, send half, close
        Reset, //!< drop the connection instead of answering
        Status, //!< answer `status` with `body` (or the error envelope) and `Retry-After`
        Body, //!< answer 200 (or `status`) with exactly `body` (malformed, hostile, ...)
        Huge, //!< answer 200 with a valid but `size`-byte body
        RepeatPage, //!< every page of a listing is page 1 (broken pagination)
        WrongCount, //!< count/total in the envelope lie (count = 100, total = 5)
        //! every page of a GET listing is full (page_size rows) of rows under ids never served
        //! before, forever (a listing that never ends; no total)
        EndlessPages,
    };

    Kind kind = Kind::Status;
    QString method; //!< empty: any
    QString path; //!< a prefix of the request path; empty: any
    int times = -1; //!< matches left; -1: until cleared
    //! Whether the request is carried out before the answer goes wrong (an answer lost after
    //! the work was done). Default: true for transport faults, false for Status.
    std::optional<bool> process;
    qint64 delayMs = 0;
    int status = 0;
    QByteArray body;
    QString errorCode; //!< for Status without body: the envelope's error_code
    std::optional<QByteArray> retryAfter; //!< the Retry-After header, exactly as sent
    qint64 size = 0;

    [[nodiscard]] bool processes() const;
    [[nodiscard]] bool matches(const QString &method, const QString &path) const;
    //! From JSON: {"kind":"status","method":"GET","path":"/v1/instances","times":2,
    //! "status":503,"retry_after":"5","delay_ms":..,"body":"..","error_code":"..","size":..}
    [[nodiscard]] static std::optional<SimFault> fromJson(const QJsonObject &json, QString *error);
    [[nodiscard]] static QString kindName(Kind kind);
};
