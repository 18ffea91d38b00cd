#pragma once

#include "credentials/profile.h"

#include <QPointer>
#include <QToolButton>

class ProfileManager;
class QActionGroup;
class QMenu;

//! The toolbar button that always says which account this is (name, colour, safety level) and
//! opens the profile menu: switch, add, rename, safety level, sign out, connection check,
//! settings.
class ProfileSwitcher final : public QToolButton
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(ProfileManager *profiles, QWidget *parent = nullptr);

    //! The words for a profile in menus and on the button (the demo is always called so).
    [[nodiscard]] static QString displayName(const Profile &profile);
    [[nodiscard]] static QString safetyText(Profile::Safety safety);
    void rebuild();

Q_SIGNALS:
    void switchRequested(const QString &profileId);
    void addRequested();
    void renameRequested();
    void safetyRequested(Profile::Safety safety);
    void signOutRequested();
    void connectionCheckRequested();
    void settingsRequested();

private:
    ProfileManager *m_profiles;
    QMenu *m_menu;
    // What QMenu::clear() leaves behind (it deletes actions only): dropped on every rebuild.
    QPointer<QActionGroup> m_profileGroup;
    QPointer<QMenu> m_safetyMenu;
};
