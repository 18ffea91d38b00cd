#include "createrefusal.h"

#include "api/apierror.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CreateRefusal {

namespace {
using Field = ServerPlan::Field;

//! The create's parameters as the API spells them (§3 row 8).
struct Parameter
{
    const char16_t *name;
    Field field;
};
constexpr Parameter kParameters[] = {
        {u"block_storage", Field::Volumes},
        {u"ssh_key_id", Field::SshKeys},
        {u"user_script_id", Field::Script},
        {u"flavor_id", Field::Spec},
        {u"image_id", Field::Image},
        {u"zone_id", Field::Zone},
        {u"description", Field::Description},
        {u"count", Field::Count},
        {u"name", Field::Name},
};

//! Where \a parameter first stands as a word of its own in \a text (-1: nowhere).
qsizetype firstMention(const QString &text, const QString &parameter)
{
    // Not inside another word: "hostname" is not "name"; "block_storage.0.name" names both.
    const QRegularExpression word(u"(?<![A-Za-z0-9_])"_s + QRegularExpression::escape(parameter)
                                          + u"(?![A-Za-z0-9_])"_s,
                                  QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = word.match(text);
    return m.hasMatch() ? m.capturedStart() : -1;
}
} // namespace

std::optional<ServerPlan::Field> field(const ApiError &error)
{
    // Only a refusal of the values is about a field (not a key, the network, a busy server).
    if (error.kind != ApiError::Kind::Rejected && error.kind != ApiError::Kind::QuotaExceeded)
        return std::nullopt;
    switch (error.codeValue()) {
    case 0xd: // UNAVAILABLE_FLAVOR
        return Field::Spec;
    case 0x10: // UNAVAILABLE_COMBINATION: the image is where spec, image and zone meet
        return Field::Image;
    case 0x12: // UNAVAILABLE_SSH_KEY
        return Field::SshKeys;
    case 0xc: // DEV_CHECK_RETURN: the backend's own reason, no field
        return std::nullopt;
    default:
        break;
    }
    std::optional<Field> out;
    qsizetype at = -1;
    for (const Parameter &p : kParameters) {
        const qsizetype found = firstMention(error.message, QString::fromUtf16(p.name));
        if (found >= 0 && (at < 0 || found < at)) {
            at = found;
            out = p.field;
        }
    }
    return out;
}

} // namespace CreateRefusal
