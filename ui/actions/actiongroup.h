#pragma once

#include "credentials/profile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDialog;

//! What the change actions of one page share: the profile's safety (a read-only profile hides
//! the actions), and the one dialog on screen (a new one replaces the last; each is deleted
//! when closed).
class ActionGroup : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setSafety(Profile::Safety safety);
    [[nodiscard]] bool isWritable() const { return m_safety != Profile::Safety::ReadOnly; }
    //! The dialog on screen, if any (tests answer it).
    [[nodiscard]] QDialog *dialog() const;

protected:
    //! The actions a read-only profile hides.
    [[nodiscard]] virtual QList<QAction *> writeActions() const = 0;
    //! Enables the actions for the selection.
    virtual void update() = 0;
    //! Shows \a dialog (window-modal), closing the one before.
    void show(QDialog *dialog);

private:
    Profile::Safety m_safety = Profile::Safety::Normal;
    QPointer<QDialog> m_dialog;
};
