#include "serverplan.h"

#include "domain/pricing.h"
#include "models/specchoicemodel.h"

using namespace Qt::StringLiterals;

namespace {
bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

Price times(const Price &p, int count)
{
    Price out = p;
    out.price *= count;
    out.vat *= count;
    out.total *= count;
    return out;
}
} // namespace

QList<Flavor> ServerPlan::specsIn(const QList<Flavor> &all, const QString &zoneId)
{
    QList<Flavor> out;
    for (const Flavor &f : all) {
        if (f.zones.isEmpty() || f.zones.contains(zoneId))
            out.append(f);
    }
    return out;
}

QList<Image> ServerPlan::imagesFor(const QList<Image> &all, const Flavor &spec,
                                   const QString &zoneId)
{
    QList<Image> out;
    for (const Image &i : all) {
        const bool supported = spec.supportingImages.contains(i.id);
        const bool inZone = i.zones.isEmpty() || i.zones.contains(zoneId);
        if (supported && inZone)
            out.append(i);
    }
    return out;
}

QString ServerPlan::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Give the server a name (1 to %1 characters).").arg(kNameMax);
    if (name.size() > kNameMax)
        return tr("The name is %1 characters long; at most %2 are allowed.")
                .arg(name.size())
                .arg(kNameMax);
    if (hasControlCharacters(name))
        return tr("The name cannot contain control characters (such as a line break).");
    return {};
}

QString ServerPlan::descriptionProblem(const QString &description)
{
    if (description.size() > kDescriptionMax)
        return tr("The description is %1 characters long; at most %2 are allowed.")
                .arg(description.size())
                .arg(kDescriptionMax);
    return {};
}

QString ServerPlan::problem(Field field) const
{
    switch (field) {
    case Field::Zone:
        return zoneId.isEmpty() ? tr("Choose a zone.") : QString();
    case Field::Spec:
        if (flavor.id.isEmpty())
            return tr("Choose a spec.");
        if (!SpecChoiceModel::isChoosable(flavor))
            return tr("This spec is not available now; choose another.");
        return {};
    case Field::Image:
        if (image.id.isEmpty())
            return tr("Choose an image.");
        if (!flavor.supportingImages.contains(image.id))
            return tr("The chosen spec does not support this image; choose another.");
        return {};
    case Field::Volumes: {
        if (volumes.size() > kMaxVolumes)
            return tr("At most %1 block storages can be added to a server.").arg(kMaxVolumes);
        for (qsizetype i = 0; i < volumes.size(); ++i) {
            const Volume &v = volumes.at(i);
            if (v.sizeGb < volumeMinGb || v.sizeGb > volumeMaxGb || v.sizeGb % kVolumeStepGb != 0)
                //: %1 is the block storage's number, %2 and %3 the size range in GB
                return tr("Block storage %1: the size must be %2 to %3 GB, in steps of 10 GB.")
                        .arg(i + 1)
                        .arg(volumeMinGb)
                        .arg(volumeMaxGb);
            if (v.name.size() > kNameMax)
                return tr("Block storage %1: the name can have at most %2 characters.")
                        .arg(i + 1)
                        .arg(kNameMax);
        }
        return {};
    }
    case Field::SshKeys:
    case Field::Script:
        return {}; // optional, and chosen from the account's own lists
    case Field::Name:
        return nameProblem(name);
    case Field::Description:
        return descriptionProblem(description);
    case Field::Count:
        return count < 1 || count > kMaxCount
                ? tr("Between 1 and %1 servers can be created at once.").arg(kMaxCount)
                : QString();
    }
    return {};
}

bool ServerPlan::isReady() const
{
    for (Field f : {Field::Zone, Field::Spec, Field::Image, Field::Volumes, Field::Name,
                    Field::Description, Field::Count}) {
        if (!problem(f).isEmpty())
            return false;
    }
    return true;
}

Price ServerPlan::monthlyTotal() const
{
    return times(Pricing::monthly(flavor), count);
}

Price ServerPlan::hourlyTotal() const
{
    return times(Pricing::hourly(flavor), count);
}

InstancesApi::CreateSpec ServerPlan::createSpec() const
{
    InstancesApi::CreateSpec spec;
    spec.zoneId = zoneId;
    spec.flavorId = flavor.id;
    spec.imageId = image.id;
    spec.name = name.trimmed();
    spec.description = description;
    spec.count = count;
    spec.sshKeyIds = sshKeyIds;
    spec.userScriptId = userScriptId;
    for (const Volume &v : volumes)
        spec.volumes.append({v.sizeGb, v.name});
    return spec;
}
