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
} // namespace Fixtures
