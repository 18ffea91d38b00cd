#pragma once

#include <QDialog>

#include <memory>

class AccountSession;
class ChangeSubmitter;
class ImageModel;
class QPushButton;
class ResourceFilterProxy;
class ViewChoice;

namespace Ui {
class RebuildDialog;
}

//! Reinstalls a server's OS with another image (one its spec supports in its zone). Says that
//! the disk is erased and its data lost; the server's name (its id when it has none) must be
//! typed to confirm, and Cancel has the focus. Only the image the person chose is installed:
//! when a filter hides it, nothing is chosen until they choose again.
class RebuildDialog final : public QDialog
{
    Q_OBJECT
public:
    RebuildDialog(AccountSession *session, const QString &instanceId, QWidget *parent = nullptr);
    ~RebuildDialog() override;

    [[nodiscard]] QPushButton *rebuildButton() const { return m_rebuild; }
    //! Chooses the image \a imageId (if offered).
    bool chooseImage(const QString &imageId);

private:
    void fill();
    void update();
    [[nodiscard]] QString imageNote() const;
    void rebuild();

    const std::unique_ptr<Ui::RebuildDialog> m_ui;
    AccountSession *m_session;
    QString m_instanceId;
    QString m_name;
    QString m_confirmation; //!< what must be typed: the name, or the id when it has none
    QString m_status;
    QString m_imageBefore;
    QString m_imageId;
    bool m_choiceHidden = false; //!< the chosen image was hidden by the OS filter
    ChangeSubmitter *m_submitter;
    ImageModel *m_images;
    ResourceFilterProxy *m_proxy;
    ViewChoice *m_choice;
    QPushButton *m_rebuild;
};
