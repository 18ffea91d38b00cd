#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QMap>
#include <QString>

//! A request as the simulator sees it, independent of the HTTP server that carried it.
struct SimRequest
{
    QString method; //!< "GET", "POST", ...
    QString path; //!< percent-encoded, as sent (this is what is signed)
    QMap<QString, QString> query; //!< decoded query items
    QHash<QByteArray, QByteArray> headers; //!< names lower-cased
    QByteArray body;
    QHostAddress peer;

    // Filled by the simulator before a handler runs.
    QMap<QString, QString> form; //!< multipart/form-data fields
    QJsonObject json; //!< application/json body
    QString accessKey; //!< the authenticated key

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        return headers.value(name.toLower());
    }
    [[nodiscard]] bool hasQuery(const QString &key) const { return query.contains(key); }
};
