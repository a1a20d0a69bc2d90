#include "XmlRpc.h"

#include "paapi/XmlRpcReader.h"
#include "paapi/XmlRpcWriter.h"

namespace o365
{

QByteArray XmlRpc::encodeCall(const QString& method, const QVariantList& params, QString* error)
{
    XmlRpcWriter w;
    const QByteArray out = w.methodCall(method, params);
    if (out.isEmpty() && error)
        *error = w.error();
    return out;
}

QByteArray XmlRpc::encodeResponse(const QVariant& value, QString* error)
{
    XmlRpcWriter w;
    const QByteArray out = w.methodResponse(value);
    if (out.isEmpty() && error)
        *error = w.error();
    return out;
}

QByteArray XmlRpc::encodeFault(int code, const QString& message)
{
    return XmlRpcWriter().fault(code, message);
}

XmlRpc::Response XmlRpc::decodeResponse(const QByteArray& xml)
{
    if (xml.size() > MaxReplyBytes) {
        Response r;
        r.error = tr("the reply is %1 bytes, more than the limit of %2 bytes").arg(xml.size()).arg(MaxReplyBytes);
        return r;
    }
    if (xml.trimmed().isEmpty()) {
        Response r;
        r.error = tr("the reply is empty");
        return r;
    }
    return XmlRpcReader(xml).readResponse();
}

XmlRpc::Call XmlRpc::decodeCall(const QByteArray& xml)
{
    if (xml.size() > MaxReplyBytes) {
        Call c;
        c.error = tr("the call is %1 bytes, more than the limit of %2 bytes").arg(xml.size()).arg(MaxReplyBytes);
        return c;
    }
    return XmlRpcReader(xml).readCall();
}

QString XmlRpc::describe(const QVariant& value, int maxChars)
{
    QString s;
    switch (value.isValid() ? value.typeId() : QMetaType::UnknownType) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        s = QStringLiteral("nil");
        break;
    case QMetaType::QVariantMap: {
        QStringList parts;
        const QVariantMap m = value.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            parts << it.key() + QLatin1Char('=') + describe(it.value(), maxChars);
        s = QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
        break;
    }
    case QMetaType::QVariantList: {
        QStringList parts;
        for (const QVariant& v : value.toList())
            parts << describe(v, maxChars);
        s = QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
        break;
    }
    case QMetaType::QByteArray:
        s = QStringLiteral("base64(%1 bytes)").arg(value.toByteArray().size());
        break;
    case QMetaType::QString:
        s = QLatin1Char('"') + value.toString() + QLatin1Char('"');
        break;
    default:
        s = value.toString();
        break;
    }
    if (s.size() > maxChars)
        s = s.left(maxChars) + QStringLiteral("…");
    return s;
}

} // namespace o365
