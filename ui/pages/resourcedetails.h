#pragma once

#include "widgets/detailview.h"

#include <QCoreApplication>

class AccountSession;

//! What the detail pane says about each kind of resource, in the person's language. Secrets
//! (the initial password, the console link) are marked so the pane hides them until asked.
class ResourceDetails
{
    Q_DECLARE_TR_FUNCTIONS(ResourceDetails)
public:
    [[nodiscard]] static QList<DetailSection> instance(const AccountSession &s, const QString &id);
    [[nodiscard]] static QList<DetailSection> volume(const AccountSession &s, const QString &id);
    [[nodiscard]] static QList<DetailSection> firewall(const AccountSession &s, const QString &id);
    [[nodiscard]] static QList<DetailSection> image(const AccountSession &s, const QString &id);
    [[nodiscard]] static QList<DetailSection> flavor(const AccountSession &s, const QString &id);
    [[nodiscard]] static QList<DetailSection> zone(const AccountSession &s, const QString &id);
    [[nodiscard]] static QList<DetailSection> sshKey(const AccountSession &s, const QString &id);
    [[nodiscard]] static QList<DetailSection> userScript(const AccountSession &s,
                                                         const QString &id);
};
