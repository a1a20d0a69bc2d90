#include "XmlRpcScalar.h"

#include "paapi/XmlRpc.h"

#include <QDateTime>
#include <QStringList>

#include <cmath>

namespace o365
{

bool XmlRpcScalar::isScalarType(const QString& element)
{
    static const QStringList scalars{
        QStringLiteral("string"),          QStringLiteral("i4"),     QStringLiteral("int"),
        QStringLiteral("boolean"),         QStringLiteral("double"), QStringLiteral("base64"),
        QStringLiteral("dateTime.iso8601")};
    return scalars.contains(element);
}

bool XmlRpcScalar::read(const QString& type, const QString& text, QVariant* out, QString* error)
{
    const auto fail = [error](const QString& message) {
        *error = message;
        return false;
    };
    if (type == QLatin1String("string")) {
        *out = text;
        return true;
    }
    const QString s = text.trimmed();
    if (type == QLatin1String("i4") || type == QLatin1String("int")) {
        bool ok = false;
        const int n = s.toInt(&ok);
        if (!ok)
            return fail(tr("<%1> holds \"%2\", which is not a 32-bit integer").arg(type, s.left(40)));
        *out = n;
        return true;
    }
    if (type == QLatin1String("boolean")) {
        if (s != QLatin1String("0") && s != QLatin1String("1"))
            return fail(tr("<boolean> holds \"%1\"; only 0 or 1 are allowed").arg(s.left(40)));
        *out = s == QLatin1String("1");
        return true;
    }
    if (type == QLatin1String("double")) {
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return fail(tr("<double> holds \"%1\", which is not a number").arg(s.left(40)));
        *out = d;
        return true;
    }
    if (type == QLatin1String("base64")) {
        QByteArray b64 = s.toLatin1();
        b64.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', "");
        const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(tr("<base64> holds text that is not base64"));
        *out = decoded.decoded;
        return true;
    }
    // dateTime.iso8601: the spec's 19980717T14:08:55; extended ISO 8601 is accepted too.
    QDateTime dt = QDateTime::fromString(s, QLatin1String(DateTimeFormat));
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid())
        return fail(tr("<dateTime.iso8601> holds \"%1\", which is not a date and time").arg(s.left(40)));
    *out = dt;
    return true;
}

} // namespace o365
