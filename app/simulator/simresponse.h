#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

//! The documented error codes, by value.
enum class SimCode {
    Success = 0x0,
    NotFound = 0x1,
    CidrNotValid = 0x2,
    CidrNotRegistered = 0x3,
    Ipv6NotSupported = 0x4,
    CheckRequestIp = 0x5,
    CheckCredential = 0x6,
    CheckSignature = 0x7,
    InvalidSignature = 0x8,
    CheckIp = 0x9,
    RequiredGetParamMissing = 0xa,
    RequiredPostParamMissing = 0xb,
    DevCheckReturn = 0xc,
    UnavailableFlavor = 0xd,
    CheckParam = 0xe,
    CheckParamEnum = 0xf,
    UnavailableCombination = 0x10,
    CheckLength = 0x11,
    UnavailableSshKey = 0x12,
    DeletedOrWorkingInstance = 0x13,
    EmptySet = 0x14,
    InUse = 0x15,
    IdInvalid = 0x16,
    LimitExceeded = 0x17,
    CheckConsole = 0x18,
};

//! An answer of the simulator: status, headers and body bytes.
struct SimResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    //! The success envelope; \a extra adds page_no/page_size/total.
    [[nodiscard]] static SimResponse ok(const QJsonArray &result, int status = 200,
                                        const QJsonObject &extra = {});
    //! The success envelope whose `result` is a string (a security group or rule delete, §6).
    [[nodiscard]] static SimResponse okText(const QString &result, int status = 200);
    //! The error envelope with the reference's default HTTP status for \a code.
    [[nodiscard]] static SimResponse error(SimCode code, const QString &message, int status = 0);
    [[nodiscard]] static int defaultStatus(SimCode code);
    [[nodiscard]] static QString codeText(SimCode code); //!< "0x1" (short form)
    [[nodiscard]] static QString codeName(SimCode code); //!< "NOT_FOUND"

    void setHeader(const QByteArray &name, const QByteArray &value);
};
