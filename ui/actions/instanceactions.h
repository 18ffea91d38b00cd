#pragma once

#include "api/apirequest.h"
#include "credentials/profile.h"
#include "operations/operation.h"

#include <QObject>
#include <QPointer>

#include <functional>

class AccountSession;
class ConfirmDialog;
class QAction;
class QWidget;
class ResourcePage;
struct Instance;

//! The power actions on the selected server (start, shut down, reboot, delete) with the
//! confirmations of the client policy and the profile's safety level: start asks nothing; shut
//! down and reboot ask once and say what happens (production: the name must be typed); delete
//! always needs the name typed; a read-only profile hides them all (and the client refuses any
//! change anyway). Accepted changes are followed by the session's operation tracker.
class InstanceActions final : public QObject
{
    Q_OBJECT
public:
    InstanceActions(AccountSession *session, ResourcePage *page, QWidget *dialogParent);

    [[nodiscard]] QList<QAction *> actions() const;
    //! Start, shut down, reboot (delete is kept apart: it goes in a menu).
    [[nodiscard]] QList<QAction *> powerActions() const { return {m_start, m_shutdown, m_reboot}; }
    [[nodiscard]] QAction *startAction() const { return m_start; }
    [[nodiscard]] QAction *shutdownAction() const { return m_shutdown; }
    [[nodiscard]] QAction *rebootAction() const { return m_reboot; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }
    void setSafety(Profile::Safety safety);
    //! The confirmation on screen, if any (tests answer it).
    [[nodiscard]] ConfirmDialog *pendingConfirmation() const;

private:
    void update();
    [[nodiscard]] const Instance *selected() const;
    void start();
    void shutdown();
    void reboot();
    void remove();
    //! Asks (unless the settings spare the question) and then submits \a request, a change of
    //! the selected server. \a typeName: the person types the server's name to confirm.
    void confirmThenSubmit(Operation::Kind kind, const ApiRequest &request, const QString &title,
                           const QString &message, const QString &verb, bool typeName);

    AccountSession *m_session;
    ResourcePage *m_page;
    QWidget *m_parent;
    QAction *m_start;
    QAction *m_shutdown;
    QAction *m_reboot;
    QAction *m_delete;
    Profile::Safety m_safety = Profile::Safety::Normal;
    QPointer<ConfirmDialog> m_dialog;
};
