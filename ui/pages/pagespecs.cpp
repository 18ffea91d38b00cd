#include "pagespecs.h"

#include "errortext.h"
#include "models/blockstoragemodel.h"
#include "models/firewallmodel.h"
#include "models/flavormodel.h"
#include "models/imagemodel.h"
#include "models/instancemodel.h"
#include "models/roles.h"
#include "models/sshkeymodel.h"
#include "models/statustext.h"
#include "models/userscriptmodel.h"
#include "models/zonemodel.h"
#include "resourcedetails.h"
#include "session/accountsession.h"

using namespace Qt::StringLiterals;

QString PageSpecs::title(Resource resource)
{
    switch (resource) {
    case Resource::Instances:
        return tr("Servers");
    case Resource::BlockStorage:
        return tr("Block storage");
    case Resource::Firewalls:
        return tr("Firewalls");
    case Resource::Images:
        return tr("Images");
    case Resource::Flavors:
        return tr("Specs");
    case Resource::Zones:
        return tr("Zones");
    case Resource::SshKeys:
        return tr("SSH Keys");
    case Resource::UserScripts:
        return tr("User scripts");
    }
    return {};
}

QString PageSpecs::icon(Resource resource)
{
    switch (resource) {
    case Resource::Instances:
        return u"server.svg"_s;
    case Resource::BlockStorage:
        return u"storage.svg"_s;
    case Resource::Firewalls:
        return u"firewall.svg"_s;
    case Resource::Images:
        return u"image.svg"_s;
    case Resource::Flavors:
        return u"spec.svg"_s;
    case Resource::Zones:
        return u"zone.svg"_s;
    case Resource::SshKeys:
        return u"key.svg"_s;
    case Resource::UserScripts:
        return u"script.svg"_s;
    }
    return {};
}

PageSpec PageSpecs::make(AccountSession &session, Resource resource)
{
    PageSpec spec;
    spec.resource = resource;
    spec.title = title(resource);
    spec.store = session.store(resource);
    const FacetSpec zones {Roles::ZoneFacetRole, tr("All zones"), {}};
    AccountSession *s = &session;
    switch (resource) {
    case Resource::Instances: {
        using C = InstanceModel::Column;
        spec.key = u"instances"_s;
        spec.model = session.instances();
        spec.nameColumn = int(C::Name);
        spec.idColumn = int(C::Id);
        spec.statusColumns = {int(C::Status)};
        spec.ipColumns = {int(C::PublicIp), int(C::PrivateIp)};
        spec.hiddenByDefault = {int(C::Id), int(C::PrivateIp)};
        spec.emptyText = tr("There are no servers yet. Servers you create in the iwinv web "
                            "console appear here.");
        spec.facets = {zones,
                       {Roles::StatusFacetRole, tr("All statuses"),
                        [](const QString &v) { return StatusText::instance(v); }},
                       {Roles::OsFacetRole, tr("All OS"), {}}};
        spec.details = [s](const QString &id) { return ResourceDetails::instance(*s, id); };
        spec.readSecret = [s](const QString &id, const QString &key, QObject *receiver,
                              PageSpec::SecretDone done) {
            s->readSecrets(
                    id, receiver,
                    [key, done](const InstancesApi::Secrets &secrets, const ApiError &error) {
                        if (error.isError()) {
                            done({}, ErrorText::describe(error), {});
                            return;
                        }
                        const QString value = key == u"password"_s  ? secrets.password
                                : key == u"console"_s               ? secrets.consoleLink
                                : key == u"username"_s              ? secrets.username
                                                                    : QString();
                        // The login name is no secret: it is shown once read.
                        done(value, {}, {{u"username"_s, secrets.username}});
                    });
        };
        break;
    }
    case Resource::BlockStorage: {
        using C = BlockStorageModel::Column;
        spec.key = u"volumes"_s;
        spec.model = session.volumes();
        spec.nameColumn = int(C::Name);
        spec.idColumn = int(C::Id);
        spec.statusColumns = {int(C::Status)};
        spec.hiddenByDefault = {int(C::Id)};
        spec.emptyText = tr("There is no block storage yet.");
        spec.facets = {zones,
                       {Roles::StatusFacetRole, tr("All statuses"),
                        [](const QString &v) { return StatusText::volume(v); }},
                       {Roles::TypeFacetRole, tr("All types"), {}}};
        spec.details = [s](const QString &id) { return ResourceDetails::volume(*s, id); };
        break;
    }
    case Resource::Firewalls: {
        using C = FirewallModel::Column;
        spec.key = u"firewalls"_s;
        spec.model = session.firewalls();
        spec.nameColumn = int(C::Title);
        spec.idColumn = int(C::Id);
        spec.hiddenByDefault = {int(C::Id)};
        spec.emptyText = tr("There are no firewalls yet.");
        spec.details = [s](const QString &id) { return ResourceDetails::firewall(*s, id); };
        break;
    }
    case Resource::Images: {
        using C = ImageModel::Column;
        spec.key = u"images"_s;
        spec.model = session.images();
        spec.nameColumn = int(C::Name);
        spec.idColumn = int(C::Id);
        spec.statusColumns = {int(C::Status)};
        spec.hiddenByDefault = {int(C::Id)};
        spec.emptyText = tr("No images are offered for this account.");
        spec.facets = {zones,
                       {Roles::OsFacetRole, tr("All OS"), {}},
                       {Roles::TypeFacetRole, tr("All kinds"),
                        [](const QString &v) { return ImageModel::kindText(v); }},
                       {Roles::VisibilityFacetRole, tr("Public and MY"),
                        [](const QString &v) { return ImageModel::visibilityText(v); }}};
        spec.details = [s](const QString &id) { return ResourceDetails::image(*s, id); };
        break;
    }
    case Resource::Flavors: {
        using C = FlavorModel::Column;
        spec.key = u"flavors"_s;
        spec.model = session.flavors();
        spec.nameColumn = int(C::Name);
        spec.idColumn = int(C::Id);
        spec.statusColumns = {int(C::Status)};
        spec.hiddenByDefault = {int(C::Id), int(C::Hourly), int(C::Network)};
        spec.emptyText = tr("No specs are offered for this account.");
        spec.facets = {zones, {Roles::TypeFacetRole, tr("All types"), {}}};
        spec.details = [s](const QString &id) { return ResourceDetails::flavor(*s, id); };
        break;
    }
    case Resource::Zones: {
        using C = ZoneModel::Column;
        spec.key = u"zones"_s;
        spec.model = session.zones();
        spec.nameColumn = int(C::Id);
        spec.idColumn = int(C::Id);
        spec.statusColumns = {int(C::Status)};
        spec.emptyText = tr("No zones are available to this account.");
        spec.details = [s](const QString &id) { return ResourceDetails::zone(*s, id); };
        break;
    }
    case Resource::SshKeys:
        spec.key = u"sshkeys"_s;
        spec.model = session.sshKeys();
        spec.nameColumn = int(SshKeyModel::Column::Name);
        spec.idColumn = int(SshKeyModel::Column::Id);
        spec.emptyText = tr("There are no SSH keys yet. Add them in the iwinv web console.");
        spec.details = [s](const QString &id) { return ResourceDetails::sshKey(*s, id); };
        break;
    case Resource::UserScripts:
        spec.key = u"userscripts"_s;
        spec.model = session.userScripts();
        spec.nameColumn = int(UserScriptModel::Column::Name);
        spec.idColumn = int(UserScriptModel::Column::Id);
        spec.emptyText = tr("There are no user scripts yet. Add them in the iwinv web console.");
        spec.unavailableText = tr("User scripts are not available for this account: the iwinv "
                                  "API does not list them for this key. Everything else works "
                                  "as usual.");
        spec.details = [s](const QString &id) { return ResourceDetails::userScript(*s, id); };
        break;
    }
    return spec;
}
