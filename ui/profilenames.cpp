#include "profilenames.h"

#include "credentials/profilemanager.h"
#include "widgets/profileswitcher.h"

using namespace Qt::StringLiterals;

QString ProfileNames::problem(const ProfileManager *profiles, const QString &name,
                              const QString &exceptId)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return tr("Give the profile a name, such as \"Work\" or \"Production\".");
    Profile demo;
    demo.kind = Profile::Kind::Demo;
    for (const QString &reserved :
         {ProfileSwitcher::displayName(demo), u"Demo account"_s, u"데모 계정"_s}) {
        if (wanted.compare(reserved, Qt::CaseInsensitive) == 0)
            return tr("\"%1\" is the demo's name. Choose another name.").arg(wanted);
    }
    for (const Profile &p : profiles->profiles()) {
        if (!p.isDemo() && p.id != exceptId && p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return tr("A profile with this name exists already. Choose another name.");
    }
    return {};
}
