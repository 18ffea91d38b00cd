#include "profileswitcher.h"

#include "credentials/profilemanager.h"

#include <QActionGroup>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace {
QIcon dot(const QString &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(colour));
    p.setPen(Qt::NoPen);
    p.drawEllipse(1, 1, 12, 12);
    return QIcon(pixmap);
}
} // namespace

ProfileSwitcher::ProfileSwitcher(ProfileManager *profiles, QWidget *parent)
    : QToolButton(parent), m_profiles(profiles), m_menu(new QMenu(this))
{
    setObjectName(u"profileSwitcher"_s);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setMenu(m_menu);
    connect(profiles, &ProfileManager::profilesChanged, this, &ProfileSwitcher::rebuild);
    connect(profiles, &ProfileManager::activeChanged, this, &ProfileSwitcher::rebuild);
    rebuild();
}

QString ProfileSwitcher::displayName(const Profile &p)
{
    switch (p.kind) {
    case Profile::Kind::Demo:
        return tr("Demo account");
    case Profile::Kind::Environment:
        return tr("From the environment (%1)").arg(p.maskedAccessKey);
    case Profile::Kind::Session:
        //: %1 is the profile's name
        return tr("%1 (this session)").arg(p.name);
    case Profile::Kind::Saved:
        break;
    }
    return p.name;
}

QString ProfileSwitcher::safetyText(Profile::Safety safety)
{
    switch (safety) {
    case Profile::Safety::Normal:
        return tr("Normal");
    case Profile::Safety::Production:
        return tr("Production (type the name to confirm)");
    case Profile::Safety::ReadOnly:
        return tr("Read-only (no changes)");
    }
    return {};
}

void ProfileSwitcher::rebuild()
{
    m_menu->clear();
    delete m_profileGroup;
    delete m_safetyMenu; // and its action group
    const Profile *active = m_profiles->profile(m_profiles->activeId());
    if (active) {
        QString text = displayName(*active);
        if (active->safety == Profile::Safety::Production)
            text += u" · "_s + tr("Production");
        else if (active->safety == Profile::Safety::ReadOnly)
            text += u" · "_s + tr("Read-only");
        setText(text);
        setIcon(dot(active->colour));
        setToolTip(tr("The account in use: %1").arg(displayName(*active)));
    }
    auto *group = new QActionGroup(m_menu);
    m_profileGroup = group;
    for (const Profile &p : m_profiles->profiles()) {
        QAction *a = m_menu->addAction(dot(p.colour), displayName(p));
        a->setCheckable(true);
        a->setChecked(p.id == m_profiles->activeId());
        a->setObjectName(u"profile_"_s + p.id);
        group->addAction(a);
        const QString id = p.id;
        connect(a, &QAction::triggered, this, [this, id] { Q_EMIT switchRequested(id); });
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Add account…"), this, &ProfileSwitcher::addRequested)
            ->setObjectName(u"addProfileAction"_s);
    const bool real = active && !active->isDemo() && active->kind != Profile::Kind::Environment;
    QAction *rename = m_menu->addAction(tr("Rename…"), this, &ProfileSwitcher::renameRequested);
    rename->setEnabled(real);
    QMenu *safety = m_menu->addMenu(tr("Safety level"));
    m_safetyMenu = safety;
    safety->setEnabled(active && !active->isDemo());
    auto *safetyGroup = new QActionGroup(safety);
    for (Profile::Safety s :
         {Profile::Safety::Normal, Profile::Safety::Production, Profile::Safety::ReadOnly}) {
        QAction *a = safety->addAction(safetyText(s));
        a->setCheckable(true);
        a->setChecked(active && active->safety == s);
        safetyGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, s] { Q_EMIT safetyRequested(s); });
    }
    QAction *signOut = m_menu->addAction(tr("Sign out and forget the keys"), this,
                                         &ProfileSwitcher::signOutRequested);
    signOut->setEnabled(real);
    m_menu->addSeparator();
    m_menu->addAction(tr("Connection check…"), this, &ProfileSwitcher::connectionCheckRequested);
    m_menu->addAction(tr("Settings…"), this, &ProfileSwitcher::settingsRequested);
}
