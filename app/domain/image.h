#pragma once

#include <QString>
#include <QStringList>

//! An OS, solution, GPU or VDI image; public (기본) or private (MY).
struct Image
{
    QString id; //!< image_id (PIMAGE-...)
    QString visibility; //!< public, private
    QString osKind; //!< os.type ("OS")
    QString osName; //!< os.name
    QString osStatus; //!< os.status
    QStringList osContent; //!< os.content notes
    QString osType; //!< os.os_type ("ROCKYLINUX")
    QString osVersion; //!< os.version
    QString oid; //!< os.oid
    QString imageType; //!< image_type ("os_linux")
    QStringList zones;
    // Private images may add these.
    QString name;
    QString description;
    QString status;
    bool isProtected = false;
    qint64 minDiskGb = 0;
    qint64 minRamMb = 0;
    qint64 fileSize = 0;
    QString createdAt;
    QString updatedAt;
    QStringList tags;

    //! What a person calls the image: its name if private, else the OS name.
    [[nodiscard]] QString displayName() const
    {
        if (!name.isEmpty())
            return name;
        return osName.isEmpty() ? id : osName;
    }
    friend bool operator==(const Image &, const Image &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(Image, Q_RELOCATABLE_TYPE);
