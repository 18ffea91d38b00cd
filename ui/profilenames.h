#pragma once

#include <QCoreApplication>
#include <QString>

class ProfileManager;

//! Which names a profile may take: not empty, not another profile's, and never the demo's (in
//! either language), so a real account can never look like the demo or like another one.
class ProfileNames
{
    Q_DECLARE_TR_FUNCTIONS(ProfileNames)
public:
    //! Why \a name cannot name a profile (empty: it can). \a exceptId is the profile being
    //! renamed or signed in again, whose own name is fine.
    [[nodiscard]] static QString problem(const ProfileManager *profiles, const QString &name,
                                         const QString &exceptId = QString());
};
