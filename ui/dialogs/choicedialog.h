#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ChoiceDialog;
}

//! Choosing one or several resources from a list (a server to attach a volume to, the servers
//! a firewall protects): a search, the choices (unavailable ones shown with why, not chosen),
//! and the action on its button, enabled once something is chosen.
class ChoiceDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        QString id;
        QString text;
        QString unavailable; //!< why it cannot be chosen (empty: it can)
    };

    ChoiceDialog(const QString &title, const QString &intro, const QString &action,
                 const QList<Item> &items, bool several, QWidget *parent = nullptr);
    ~ChoiceDialog() override;

    [[nodiscard]] QStringList chosen() const;
    //! Chooses \a id (tests and the palette); false when it is not offered or unavailable.
    bool choose(const QString &id);
    [[nodiscard]] QPushButton *actionButton() const { return m_action; }
    //! \a id was done (its change accepted): no longer chosen nor choosable, \a why after it.
    void markDone(const QString &id, const QString &why);
    void setNote(const QString &text);
    void showMessage(const QString &text, bool error);
    //! The action sends a change: the dialog stays open until its answer (confirmed() tells
    //! what was chosen), so a refusal can be said in it.
    void setStaysOpen(bool staysOpen) { m_staysOpen = staysOpen; }
    //! A change is in flight: the action is disabled until it is answered.
    void setBusy(bool busy);

Q_SIGNALS:
    //! The action was clicked with \a ids chosen.
    void confirmed(const QStringList &ids);

private:
    void update();

    const std::unique_ptr<Ui::ChoiceDialog> m_ui;
    bool m_several;
    bool m_staysOpen = false;
    bool m_busy = false;
    QPushButton *m_action;
};
