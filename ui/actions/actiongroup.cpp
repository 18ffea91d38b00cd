#include "actiongroup.h"

#include <QAction>
#include <QDialog>

void ActionGroup::setSafety(Profile::Safety safety)
{
    m_safety = safety;
    for (QAction *a : writeActions())
        a->setVisible(isWritable());
    update();
}

QDialog *ActionGroup::dialog() const
{
    return m_dialog;
}

void ActionGroup::show(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->reject();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
