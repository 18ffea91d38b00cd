#include "formencoding.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace FormEncoding {

bool isFreeText(const QString &fieldName)
{
    static const QRegularExpression volumeName(u"^block_storage\\.\\d+\\.name$"_s);
    return fieldName == u"name"_s || fieldName == u"description"_s
            || volumeName.match(fieldName).hasMatch();
}

QString value(const FormField &field)
{
    if (!isFreeText(field.name))
        return field.value;
    QString out = field.value;
    out.replace(u'%', u"%25"_s); // first: the escapes below bring their own %
    out.replace(u'+', u"%2B"_s);
    return out;
}

QByteArray disposition(const QString &name)
{
    QByteArray quoted = name.toUtf8();
    quoted.replace('"', "%22");
    return "form-data; name=\"" + quoted + '"';
}

QByteArray body(const QList<FormField> &fields, QByteArray *contentType)
{
    const QByteArray boundary
            = "iwinv-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    QByteArray out;
    for (const FormField &field : fields)
        out += "--" + boundary + "\r\nContent-Disposition: " + disposition(field.name) + "\r\n\r\n"
                + value(field).toUtf8() + "\r\n";
    out += "--" + boundary + "--\r\n";
    *contentType = "multipart/form-data; boundary=" + boundary;
    return out;
}

} // namespace FormEncoding
