#pragma once

#include "session/serverplan.h"

#include <QDialog>
#include <QMap>

#include <memory>

class AccountSession;
class ChangeSubmitter;
class ImageModel;
class ResourceFilterProxy;
class SpecChoiceModel;
class ViewChoice;
class VolumeRows;
struct Operation;

namespace Ui {
class CreateServerDialog;
}

//! Creating servers in one dialog with a summary that is always in view: zone, then spec (a
//! table with prices without and with VAT; sold-out specs shown, not chosen), image (only those
//! the spec supports in the zone), block storage, SSH keys and a user script, name, description
//! and count, then a review with the monthly total. Every field says why it is not valid yet;
//! nothing is sent until all are. Uses the account's data already on screen and asks only for
//! what is missing or stale. The create is sent once: a refusal keeps everything typed and says
//! why next to the field it is about; a lost answer is looked for in the listing and never sent
//! again (the dialog closes once the listing shows the servers, and stays closed to sending
//! when the listing cannot tell); no create is sent while another one's outcome is unknown.
//! A spec or image changes only when the person chooses one: a filter that hides it keeps it.
class CreateServerDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Step { Zone, Spec, Image, Storage, Access, Name, Review, Count };

    CreateServerDialog(AccountSession *session, QWidget *parent = nullptr);
    ~CreateServerDialog() override;

    [[nodiscard]] const ServerPlan &plan() const { return m_plan; }
    [[nodiscard]] Step step() const;
    void goTo(Step step);
    //! Chooses in code what a person would click (tests and the palette).
    bool chooseZone(const QString &zoneId);
    bool chooseSpec(const QString &flavorId);
    bool chooseImage(const QString &imageId);
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    //! The server accepted the create (or the listing showed that a create whose answer was
    //! lost made the servers): they are on their way into the table.
    void created(const Operation &operation);

private:
    void buildSteps();
    void fillZones();
    void fillSpecs();
    void fillImages();
    void fillAccess();
    void readVolumes();
    void updateAll();
    void updateSummary();
    [[nodiscard]] bool isStepValid(Step step) const;
    [[nodiscard]] QString stepProblem(Step step) const;
    [[nodiscard]] static Step stepOf(ServerPlan::Field field);
    //! What the server said of \a field, until it changes (empty: nothing).
    [[nodiscard]] QString serverProblem(ServerPlan::Field field) const;
    void create();
    void onRefused(const Operation &operation);
    void onSettled(const Operation &operation);
    void finish(const Operation &operation);
    void showMessage(const QString &text, bool error);

    const std::unique_ptr<Ui::CreateServerDialog> m_ui;
    AccountSession *m_session;
    ChangeSubmitter *m_submitter;
    SpecChoiceModel *m_specs;
    ResourceFilterProxy *m_specProxy;
    ImageModel *m_images;
    ResourceFilterProxy *m_imageProxy;
    ViewChoice *m_specChoice;
    ViewChoice *m_imageChoice;
    VolumeRows *m_volumes;
    ServerPlan m_plan;
    //! What the server said of a field when it refused the create, until that field changes.
    QMap<ServerPlan::Field, QString> m_serverProblems;
    bool m_filling = false;
};
