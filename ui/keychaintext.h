#pragma once

#include "credentials/credentialstore.h"

#include <QCoreApplication>

//! The console's own words for every keychain outcome (QtKeychain has no Korean catalogue).
class KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(KeychainText)
public:
    [[nodiscard]] static QString describe(CredentialStore::Error error);
};
