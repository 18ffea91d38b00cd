#pragma once

#include <QString>
#include <QUrl>

//! One iwinv account the console can work with. Only non-secret data: the keys live in a
//! CredentialStore (keychain or memory), never here.
struct Profile
{
    enum class Kind {
        Saved, //!< keys in the OS keychain ("remember on this computer")
        Session, //!< keys in memory until the console closes ("this session only")
        Environment, //!< IWINV_ACCESS_KEY / IWINV_SECRET_KEY: nothing is ever written
        Demo, //!< the built-in simulator account
    };
    //! How careful the console is with this account.
    enum class Safety {
        Normal, //!< delete needs the name typed; stop, reboot, rebuild, resize one confirmation
        Production, //!< stop, reboot, rebuild and resize need the name typed too
        ReadOnly, //!< no change at all: actions hidden, and refused if asked anyway
    };

    QString id;
    QString name;
    QUrl endpoint;
    QString colour; //!< "#rrggbb": the band that says which account this is
    Kind kind = Kind::Saved;
    Safety safety = Safety::Normal;
    QString maskedAccessKey; //!< "AKIA…7Q2", for display only

    [[nodiscard]] bool isDemo() const { return kind == Kind::Demo; }
    [[nodiscard]] bool isPersistent() const { return kind == Kind::Saved; }
    friend bool operator==(const Profile &, const Profile &) = default;

    [[nodiscard]] static QUrl defaultEndpoint()
    {
        return QUrl(QStringLiteral("https://api-kr.iwinv.kr"));
    }
    static constexpr const char *kDemoId = "demo";
    static constexpr const char *kEnvironmentId = "environment";
};
