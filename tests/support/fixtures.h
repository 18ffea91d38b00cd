#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

//! The docs' examples and other fixtures, read verbatim from tests/fixtures.
namespace Fixtures {
[[nodiscard]] QByteArray read(const QString &name);
[[nodiscard]] QJsonObject object(const QString &name);
//! The `result` array of an envelope fixture.
[[nodiscard]] QJsonArray result(const QString &name);
//! Inline test JSON; a typo in a test aborts it instead of testing nothing.
[[nodiscard]] QJsonObject objectOf(const QByteArray &json);
[[nodiscard]] QJsonArray rowsOf(const QByteArray &json);
} // namespace Fixtures
