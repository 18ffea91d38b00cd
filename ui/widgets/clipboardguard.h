#pragma once

#include <QObject>
#include <QString>

class QTimer;

//! Puts text on the clipboard. Secrets (an initial password, a console link) are taken back
//! after a short time if the clipboard still holds them, and are marked so clipboard managers
//! that honour it keep no history.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSecretLifetimeMs = 30'000;

    explicit ClipboardGuard(QObject *parent = nullptr);

    ~ClipboardGuard() override;
    void copy(const QString &text);
    void copySecret(const QString &text);
    //! How long a secret stays (tests shorten it).
    void setSecretLifetimeMs(int ms);
    //! Whether a secret is on the clipboard waiting to be cleared.
    [[nodiscard]] bool holdsSecret() const;

Q_SIGNALS:
    void copied(bool secret);

private:
    void clearIfUnchanged();

    QTimer *m_timer;
    QString m_secret;
};
