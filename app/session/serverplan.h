#pragma once

#include "api/instancesapi.h"
#include "domain/flavor.h"
#include "domain/image.h"
#include "domain/price.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

//! A new server as the person chooses it: the zone, the spec, the image, block storage, SSH keys,
//! a user script, its name, description and count. Says what fits together (the specs of a
//! zone, the images a spec supports there), what is not valid yet and why (the reference's
//! limits, checked before anything is sent), and what it costs a month.
class ServerPlan
{
    Q_DECLARE_TR_FUNCTIONS(ServerPlan)
public:
    static constexpr int kMaxCount = 10; //!< observed
    static constexpr int kMaxVolumes = 3; //!< per server
    static constexpr int kNameMax = 50;
    static constexpr int kDescriptionMax = 255;
    static constexpr int kVolumeStepGb = 10;

    enum class Field { Zone, Spec, Image, Volumes, SshKeys, Script, Name, Description, Count };

    struct Volume
    {
        qint64 sizeGb = 0;
        QString name;
    };

    QString zoneId;
    Flavor flavor; //!< id empty: none chosen yet
    Image image;
    QList<Volume> volumes;
    QStringList sshKeyIds;
    QString userScriptId;
    QString name;
    QString description;
    int count = 1;
    //! The range of the block storage made with a server (its default type's).
    qint64 volumeMinGb = 10;
    qint64 volumeMaxGb = 2000;

    //! The specs offered in \a zoneId (all of them: sold-out ones are shown, not chosen).
    [[nodiscard]] static QList<Flavor> specsIn(const QList<Flavor> &all, const QString &zoneId);
    //! The images \a spec supports in \a zoneId.
    [[nodiscard]] static QList<Image> imagesFor(const QList<Image> &all, const Flavor &spec,
                                                const QString &zoneId);
    //! Why a server name is not valid yet (empty: it is).
    [[nodiscard]] static QString nameProblem(const QString &name);
    [[nodiscard]] static QString descriptionProblem(const QString &description);

    //! Why \a field is not valid yet (empty: it is).
    [[nodiscard]] QString problem(Field field) const;
    //! Every field valid: it can be sent.
    [[nodiscard]] bool isReady() const;
    //! The spec's monthly price times the count (block storage is billed on top: the API gives
    //! no price for it).
    [[nodiscard]] Price monthlyTotal() const;
    [[nodiscard]] Price hourlyTotal() const;
    //! What the create request sends.
    [[nodiscard]] InstancesApi::CreateSpec createSpec() const;
};
