#include "keychaintext.h"

QString KeychainText::describe(CredentialStore::Error error)
{
    using E = CredentialStore::Error;
    switch (error) {
    case E::None:
        return {};
    case E::NotFound:
        return tr("The keys of this profile are not in the keychain any more. Sign in again.");
    case E::Unavailable:
        return tr("The system keychain does not answer (no keyring service is running). You can "
                  "use the keys for this session only; they are then forgotten when the console "
                  "closes.");
    case E::Locked:
        return tr("The keychain is locked or access to it was refused. Unlock it and try again. "
                  "The keys themselves are not in question.");
    case E::WriteFailed:
        return tr("The keys could not be saved in the keychain. Nothing was stored; you can try "
                  "again or use them for this session only.");
    case E::DeleteFailed:
        return tr("The keys could not be removed from the keychain. Remove the entry "
                  "\"iwinv-console\" in your keychain manager, or try again.");
    case E::Unreadable:
        return tr(
                "The keychain entry of this profile cannot be read. Sign in again to replace it.");
    }
    return {};
}
