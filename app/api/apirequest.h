#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

//! HTTP methods the iwinv API uses.
enum class HttpMethod { Get, Post, Put, Delete };

//! Whether a request may be sent again after an unknown outcome (client policy).
enum class Repeat {
    Safe, //!< a read: repeat at will
    Idempotent, //!< sending twice ends in the same state (edit, delete, start, stop, attach)
    Unsafe, //!< may duplicate; repeat only when it surely never reached the server
    Never, //!< create, reboot, rebuild, resize: never re-sent automatically
};

//! One multipart/form-data field.
struct FormField
{
    QString name;
    QString value;
    friend bool operator==(const FormField &, const FormField &) = default;
};

//! A request as a value: what to send, not how. Built by the per-area functions in api/,
//! signed and sent by ApiClient.
struct ApiRequest
{
    enum class Body { None, Multipart, Json };

    HttpMethod method = HttpMethod::Get;
    //! Percent-encoded path starting with /v1/, exactly as sent and signed.
    QString path;
    //! Query items in order; values are sent as strings, lists comma-separated.
    QList<QPair<QString, QString>> query;
    Body body = Body::None;
    QList<FormField> form;
    QJsonObject json;
    Repeat repeat = Repeat::Safe;
    //! Stable name of the operation ("instances.start"), for logs and the journal.
    QString operation;
    //! The answer is a list of rows: a `result` that is not an array is an invalid answer.
    bool listing = false;
    //! A listing that pages with page_no/page_size.
    bool paged = false;
    //! The id field of a row of this listing (detects pages repeated by a broken server).
    QString idField;
    //! An EMPTY_SET answer means "no rows" (bill list), not a failure.
    bool emptySetIsEmpty = false;

    [[nodiscard]] bool isMutating() const { return method != HttpMethod::Get; }
    //! A path with an empty segment ("/v1/firewall//rules": an id that was empty): never sent.
    [[nodiscard]] bool hasEmptySegment() const;
    [[nodiscard]] QString queryValue(const QString &key) const;
    void setQueryValue(const QString &key, const QString &value);
    [[nodiscard]] QString formValue(const QString &name) const;
    [[nodiscard]] static QString methodName(HttpMethod method);

    //! Builds "/v1/a/b" from literal parts and ids; ids are percent-encoded.
    [[nodiscard]] static QString path1(const QString &base, const QString &id);
    [[nodiscard]] static QString path2(const QString &base, const QString &id, const QString &tail);
};
