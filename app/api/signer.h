#pragma once

#include <QByteArray>
#include <QString>

class QUrl;

//! The iwinv signing rule, in exactly one place:
//! signature = lower-case hex of HMAC-SHA256(key = secret key, message = timestamp + path),
//! where path is the percent-encoded URL path as sent, without query and trailing slash.
//! Nothing here logs its inputs or its output: the signature is a secret too.
namespace Signer {

//! The path that is signed for \a url: encoded as sent, query dropped, no trailing slash.
[[nodiscard]] QString signedPath(const QUrl &url);

//! Lower-case hex HMAC-SHA256 of \a timestamp followed by \a path, keyed by \a secret.
[[nodiscard]] QByteArray signature(const QByteArray &secret, qint64 timestamp, const QString &path);

//! Constant-time comparison of two signatures (the simulator's check).
[[nodiscard]] bool equalSignatures(const QByteArray &a, const QByteArray &b);

} // namespace Signer
