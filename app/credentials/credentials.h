#pragma once

#include <QByteArray>
#include <QString>

//! An access key and its secret. The secret lives here only while in use; never log, store in
//! settings, or print either whole.
struct Credentials
{
    QString accessKey;
    QByteArray secretKey;

    [[nodiscard]] bool isComplete() const { return !accessKey.isEmpty() && !secretKey.isEmpty(); }
    //! The access key shortened for display ("AKIA…7Q2"); never the whole key.
    [[nodiscard]] QString maskedAccessKey() const;
    //! Overwrites the secret's bytes before dropping it.
    void wipe();
};
