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
    //! Zeroes \a bytes in place when this is their last holder, then drops them. On a shared
    //! buffer fill() would copy it and zero only the copy: a shared buffer is zeroed by whoever
    //! holds it last (best effort: Qt and QtKeychain keep transient copies of their own).
    static void wipeBytes(QByteArray &bytes);
};
