#pragma once

#include "api/apicall.h"
#include "api/firewallsapi.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class AccountSession;
struct Operation;
class ChangeSubmitter;
class RuleSync;
class RuleTableEditor;

namespace Ui {
class FirewallEditorDialog;
}

//! Creating and editing a firewall with its rules. Every rule is checked as the real server
//! was seen to check them before anything is sent, each reason on its cell; a rule that opens
//! SSH, RDP or a database to every address is warned about, with a one-click "only this
//! address". Before saving, the change is shown: rules added, removed and kept (an edit
//! replaces all rules). On /v1/firewall the save is one request; on the security groups it is
//! one request per rule, in an order that never cuts access both sets allow, with each step's
//! result and a retry of what failed. Rule sets import and export as JSON in the create
//! request's shape.
class FirewallEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit, Duplicate };
    enum class Page { Edit, Preview, Progress };

    //! \a firewallId: the firewall edited or duplicated (empty to create a new one).
    FirewallEditorDialog(AccountSession *session, Mode mode, const QString &firewallId,
                         QWidget *parent = nullptr);
    ~FirewallEditorDialog() override;

    [[nodiscard]] FirewallsApi::Spec spec() const;
    void setSpec(const FirewallsApi::Spec &spec);
    [[nodiscard]] RuleTableEditor *rules() const { return m_rules; }
    [[nodiscard]] Page page() const;
    //! Every problem of the form now (empty: it can be saved).
    [[nodiscard]] QStringList problems() const;
    //! The preview's lines, as shown ("Added: ...").
    [[nodiscard]] QStringList preview() const;
    //! The save's steps, as shown.
    [[nodiscard]] QStringList steps() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString warning() const;
    bool importFrom(const QString &path, QString *error);
    bool exportTo(const QString &path, QString *error) const;
    //! Puts \a address instead of "every address" in the rules warned about.
    bool onlyThisAddress(const QString &address);
    //! Sending or following a save (a security group created with its answer lost, whose rules
    //! this window still has to add, included): it cannot be closed until that ends.
    [[nodiscard]] bool isSaving() const;
    //! Closes it even while saving (another account): what was not sent yet is not sent.
    void discard();

public Q_SLOTS:
    //! Refused while saving: the steps must end first (the message says so).
    void reject() override;

Q_SIGNALS:
    //! The firewall was saved as asked (every step done).
    void saved(const QString &firewallId);

private:
    void update();
    void showPage(Page page);
    void review();
    //! The preview of going from \a current (as iwinv has it now) to the form.
    void showPreview(const Firewall &current);
    void save();
    void saveRulesOf(const Firewall &group);
    void showSteps();
    void finish(bool ok);
    //! The create or the edit was carried out (answered, or found by the listing): on the
    //! security groups a new group's rules follow, else the dialog is done.
    void carriedOut(const Operation &op);
    //! A create on the security groups: the rules follow the group, one request each.
    [[nodiscard]] bool rulesFollow() const;

    const std::unique_ptr<Ui::FirewallEditorDialog> m_ui;
    AccountSession *m_session;
    Mode m_mode;
    QString m_firewallId;
    Firewall m_opened; //!< as the listing had it when the dialog opened (empty for a create)
    Firewall m_before; //!< as iwinv had it at the last review (what the save changes)
    FirewallsApi::Spec m_saving; //!< what the save sends, as previewed
    QPointer<ApiCall> m_reading; //!< the firewall read again before the preview
    RuleTableEditor *m_rules;
    ChangeSubmitter *m_submitter;
    RuleSync *m_sync = nullptr;
    FirewallsApi::Dialect m_dialect;
    bool m_done = false; //!< accepted without a name: nothing more is sent from here
};
