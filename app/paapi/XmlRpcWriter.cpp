#include "XmlRpcWriter.h"

#include "paapi/XmlRpc.h"
#include "paapi/XmlRpcScalar.h"

#include <QDateTime>

#include <cmath>
#include <limits>

namespace o365
{

XmlRpcWriter::XmlRpcWriter() : m_w(&m_out) {}

bool XmlRpcWriter::isXmlText(const QString& s)
{
    for (char32_t c : s.toUcs4()) {
        const bool ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                        (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
        if (!ok)
            return false;
    }
    return true;
}

QByteArray XmlRpcWriter::methodCall(const QString& method, const QVariantList& params)
{
    if (method.isEmpty() || !isXmlText(method)) {
        fail(tr("the method name is empty or not valid XML text"));
        return {};
    }
    m_w.writeStartDocument();
    m_w.writeStartElement(QStringLiteral("methodCall"));
    m_w.writeTextElement(QStringLiteral("methodName"), method);
    m_w.writeStartElement(QStringLiteral("params"));
    for (const QVariant& p : params) {
        m_w.writeStartElement(QStringLiteral("param"));
        if (!value(p, 1))
            return {};
        m_w.writeEndElement();
    }
    m_w.writeEndDocument();
    return m_out;
}

QByteArray XmlRpcWriter::methodResponse(const QVariant& v)
{
    m_w.writeStartDocument();
    m_w.writeStartElement(QStringLiteral("methodResponse"));
    m_w.writeStartElement(QStringLiteral("params"));
    m_w.writeStartElement(QStringLiteral("param"));
    if (!value(v, 1))
        return {};
    m_w.writeEndDocument();
    return m_out;
}

QByteArray XmlRpcWriter::fault(int code, const QString& message)
{
    m_w.writeStartDocument();
    m_w.writeStartElement(QStringLiteral("methodResponse"));
    m_w.writeStartElement(QStringLiteral("fault"));
    QString safe = message;
    if (!isXmlText(safe))
        safe = tr("(a message XML cannot carry)");
    value(QVariantMap{{QStringLiteral("faultCode"), code}, {QStringLiteral("faultString"), safe}}, 1);
    m_w.writeEndDocument();
    return m_out;
}

bool XmlRpcWriter::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool XmlRpcWriter::value(const QVariant& v, int depth)
{
    if (depth > XmlRpc::MaxDepth)
        return fail(tr("the value is nested deeper than %1 levels").arg(XmlRpc::MaxDepth));
    m_w.writeStartElement(QStringLiteral("value"));
    const int type = v.isValid() ? v.typeId() : QMetaType::UnknownType;
    switch (type) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        m_w.writeEmptyElement(QStringLiteral("nil"));
        break;
    case QMetaType::Bool:
        m_w.writeTextElement(QStringLiteral("boolean"), v.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        break;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong: {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        const bool unsignedTooBig = (type == QMetaType::ULongLong || type == QMetaType::ULong) &&
                                    v.toULongLong() > quint64(std::numeric_limits<int>::max());
        if (!ok || unsignedTooBig || n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
            return fail(tr("the integer %1 does not fit in an XML-RPC int (32 bits)").arg(v.toString()));
        m_w.writeTextElement(QStringLiteral("int"), QString::number(n));
        break;
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return fail(tr("the double %1 is not finite").arg(d));
        m_w.writeTextElement(QStringLiteral("double"), QString::number(d, 'g', 17));
        break;
    }
    case QMetaType::QString: {
        const QString s = v.toString();
        if (!isXmlText(s))
            return fail(tr("a string holds a character XML cannot carry"));
        m_w.writeTextElement(QStringLiteral("string"), s);
        break;
    }
    case QMetaType::QByteArray:
        m_w.writeTextElement(QStringLiteral("base64"), QString::fromLatin1(v.toByteArray().toBase64()));
        break;
    case QMetaType::QDateTime: {
        const QDateTime dt = v.toDateTime();
        if (!dt.isValid())
            return fail(tr("an invalid date and time"));
        m_w.writeTextElement(QStringLiteral("dateTime.iso8601"),
                             dt.toString(QLatin1String(XmlRpcScalar::DateTimeFormat)));
        break;
    }
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        m_w.writeStartElement(QStringLiteral("struct"));
        const QVariantMap map = type == QMetaType::QVariantMap ? v.toMap() : QVariantMap();
        const QVariantHash hash = type == QMetaType::QVariantHash ? v.toHash() : QVariantHash();
        QStringList keys = type == QMetaType::QVariantMap ? map.keys() : hash.keys();
        keys.sort();
        for (const QString& k : keys) {
            if (!isXmlText(k))
                return fail(tr("a member name holds a character XML cannot carry"));
            m_w.writeStartElement(QStringLiteral("member"));
            m_w.writeTextElement(QStringLiteral("name"), k);
            if (!value(type == QMetaType::QVariantMap ? map.value(k) : hash.value(k), depth + 1))
                return false;
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
        break;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        m_w.writeStartElement(QStringLiteral("array"));
        m_w.writeStartElement(QStringLiteral("data"));
        const QVariantList list = v.toList();
        for (const QVariant& item : list)
            if (!value(item, depth + 1))
                return false;
        m_w.writeEndElement();
        m_w.writeEndElement();
        break;
    }
    default:
        return fail(tr("values of type %1 cannot be sent over XML-RPC").arg(QLatin1String(v.typeName())));
    }
    m_w.writeEndElement();
    return true;
}

} // namespace o365
