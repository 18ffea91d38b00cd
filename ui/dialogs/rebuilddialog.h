#pragma once

#include <QDialog>

#include <memory>

class AccountSession;
class ChangeSubmitter;
class ImageModel;
class QPushButton;
class ResourceFilterProxy;

namespace Ui {
class RebuildDialog;
}

//! Reinstalls a server's OS with another image (one its spec supports in its zone). Says that
//! the disk is erased and its data lost; the server's name must be typed to confirm, and Cancel
//! has the focus.
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
    void rebuild();

    const std::unique_ptr<Ui::RebuildDialog> m_ui;
    AccountSession *m_session;
    QString m_instanceId;
    QString m_name;
    QString m_status;
    QString m_imageId;
    ChangeSubmitter *m_submitter;
    ImageModel *m_images;
    ResourceFilterProxy *m_proxy;
    QPushButton *m_rebuild;
};
