#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>

#include <memory>

namespace Ui {
class SettingsDialog;
}

//! The console's preferences: language (after a restart), auto refresh, proxy (system, none or
//! manual), an extra CA certificate, and whether shutting down or rebooting asks first. A value
//! that cannot be used is explained and nothing typed is lost.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    //! \a refreshIndex: 0 off, 1 every 10 s, 2 every minute, 3 every 5 minutes.
    explicit SettingsDialog(int refreshIndex, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    [[nodiscard]] int refreshIndex() const;
    //! What is wrong with the fields, or empty.
    [[nodiscard]] QString validate() const;
    [[nodiscard]] QString errorText() const;
    //! The extra CA certificates chosen (empty when none).
    [[nodiscard]] QList<QSslCertificate> certificates() const { return m_certificates; }
    //! Whether the language was changed (it applies after a restart).
    [[nodiscard]] bool languageChanged() const { return m_languageChanged; }

public Q_SLOTS:
    void accept() override;

private:
    void browseCertificate();
    void updateProxyFields();

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    QList<QSslCertificate> m_certificates;
    bool m_languageChanged = false;
};
