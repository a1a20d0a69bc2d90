#include "XmlRpc.h"

#include <QDateTime>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>
#include <functional>
#include <limits>

namespace o365
{

namespace
{

const char* const DateTimeFormat = "yyyyMMdd'T'HH:mm:ss";

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

bool isXmlText(const QString& s)
{
    for (char32_t c : s.toUcs4())
        if (!isXmlChar(c))
            return false;
    return true;
}

bool isBlank(QStringView s)
{
    for (QChar c : s)
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            return false;
    return true;
}

// ---- encoding --------------------------------------------------------------------------

class Encoder
{
public:
    explicit Encoder(QByteArray* out) : m_w(out) {}

    bool value(const QVariant& v, int depth)
    {
        if (depth > XmlRpc::MaxDepth)
            return fail(XmlRpc::tr("the value is nested deeper than %1 levels").arg(XmlRpc::MaxDepth));
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
                return fail(XmlRpc::tr("the integer %1 does not fit in an XML-RPC int (32 bits)").arg(v.toString()));
            m_w.writeTextElement(QStringLiteral("int"), QString::number(n));
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float: {
            const double d = v.toDouble();
            if (!std::isfinite(d))
                return fail(XmlRpc::tr("the double %1 is not finite").arg(d));
            m_w.writeTextElement(QStringLiteral("double"), QString::number(d, 'g', 17));
            break;
        }
        case QMetaType::QString: {
            const QString s = v.toString();
            if (!isXmlText(s))
                return fail(XmlRpc::tr("a string holds a character XML cannot carry"));
            m_w.writeTextElement(QStringLiteral("string"), s);
            break;
        }
        case QMetaType::QByteArray:
            m_w.writeTextElement(QStringLiteral("base64"), QString::fromLatin1(v.toByteArray().toBase64()));
            break;
        case QMetaType::QDateTime: {
            const QDateTime dt = v.toDateTime();
            if (!dt.isValid())
                return fail(XmlRpc::tr("an invalid date and time"));
            m_w.writeTextElement(QStringLiteral("dateTime.iso8601"), dt.toString(QLatin1String(DateTimeFormat)));
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
                    return fail(XmlRpc::tr("a member name holds a character XML cannot carry"));
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
            return fail(XmlRpc::tr("values of type %1 cannot be sent over XML-RPC").arg(QLatin1String(v.typeName())));
        }
        m_w.writeEndElement();
        return true;
    }

    bool fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    QXmlStreamWriter m_w;
    QString m_error;
};

// ---- decoding --------------------------------------------------------------------------

class Decoder
{
public:
    explicit Decoder(const QByteArray& xml) : m_r(xml) { m_r.setNamespaceProcessing(false); }

    XmlRpc::Response run()
    {
        XmlRpc::Response resp;
        if (!document(QStringLiteral("methodResponse"), [&] { return methodResponse(resp); })) {
            XmlRpc::Response bad;
            bad.error = m_error;
            return bad;
        }
        resp.valid = true;
        return resp;
    }

    XmlRpc::Call runCall()
    {
        XmlRpc::Call call;
        if (!document(QStringLiteral("methodCall"), [&] { return methodCall(call); })) {
            XmlRpc::Call bad;
            bad.error = m_error;
            return bad;
        }
        call.valid = true;
        return call;
    }

private:
    // The whole document: exactly one root element `root`, read by `readRoot`.
    bool document(const QString& root, const std::function<bool()>& readRoot)
    {
        bool rootSeen = false;
        bool ok = true;
        while (ok && !m_r.atEnd()) {
            if (!next())
                break;
            switch (m_r.tokenType()) {
            case QXmlStreamReader::StartDocument:
            case QXmlStreamReader::Comment:
            case QXmlStreamReader::EndDocument:
                break;
            case QXmlStreamReader::Characters:
                if (!isBlank(m_r.text()))
                    ok = fail(XmlRpc::tr("text outside the <%1> element").arg(root));
                break;
            case QXmlStreamReader::StartElement:
                if (rootSeen)
                    ok = fail(XmlRpc::tr("a second root element <%1>").arg(name()));
                else if (name() != root)
                    ok = fail(XmlRpc::tr("the root element is <%1>, not <%2>").arg(name(), root));
                else
                    ok = readRoot();
                rootSeen = true;
                break;
            default:
                ok = fail(XmlRpc::tr("unexpected XML (%1)").arg(m_r.tokenString()));
                break;
            }
        }
        if (m_error.isEmpty() && !rootSeen)
            fail(XmlRpc::tr("the reply is empty"));
        return m_error.isEmpty();
    }

    QString name() const { return m_r.qualifiedName().toString(); }

    bool fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    // The next token, refusing what a strict XML-RPC peer never sends.
    bool next()
    {
        if (!m_error.isEmpty())
            return false;
        const QXmlStreamReader::TokenType t = m_r.readNext();
        switch (t) {
        case QXmlStreamReader::Invalid:
            if (m_r.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                return fail(XmlRpc::tr("the reply is truncated: the XML ends at line %1 before it is complete")
                                .arg(m_r.lineNumber()));
            return fail(XmlRpc::tr("the reply is not well-formed XML: %1 (line %2, column %3)")
                            .arg(m_r.errorString())
                            .arg(m_r.lineNumber())
                            .arg(m_r.columnNumber()));
        case QXmlStreamReader::DTD:
            return fail(XmlRpc::tr("the reply has a DOCTYPE declaration, which XML-RPC never uses; it is refused "
                                   "(no entity is expanded)"));
        case QXmlStreamReader::EntityReference:
            return fail(XmlRpc::tr("the reply uses the entity reference &%1;, which is refused (only the five "
                                   "predefined entities are allowed)")
                            .arg(m_r.name().toString()));
        case QXmlStreamReader::ProcessingInstruction:
            return fail(XmlRpc::tr("the reply holds a processing instruction <?%1?>, which is refused")
                            .arg(m_r.processingInstructionTarget().toString()));
        default:
            return true;
        }
    }

    // Iterates the children of the current element until its end. onChild is called at each
    // child's StartElement and must consume the child up to its EndElement. Text other than
    // white space is refused; comments are skipped.
    bool children(const QString& parent, const std::function<bool(const QString&)>& onChild)
    {
        while (next()) {
            switch (m_r.tokenType()) {
            case QXmlStreamReader::EndElement:
                return true;
            case QXmlStreamReader::StartElement:
                if (!onChild(name()))
                    return false;
                break;
            case QXmlStreamReader::Characters:
                if (!isBlank(m_r.text()))
                    return fail(XmlRpc::tr("unexpected text \"%1\" in <%2>")
                                    .arg(m_r.text().toString().simplified().left(40), parent));
                break;
            case QXmlStreamReader::Comment:
                break;
            default:
                return fail(XmlRpc::tr("unexpected XML (%1) in <%2>").arg(m_r.tokenString(), parent));
            }
        }
        return false;
    }

    // The text of a leaf element (no child elements allowed).
    bool text(const QString& element, QString* out)
    {
        out->clear();
        while (next()) {
            switch (m_r.tokenType()) {
            case QXmlStreamReader::EndElement:
                return true;
            case QXmlStreamReader::Characters:
                out->append(m_r.text());
                break;
            case QXmlStreamReader::Comment:
                break;
            case QXmlStreamReader::StartElement:
                return fail(XmlRpc::tr("unexpected element <%1> inside <%2>").arg(name(), element));
            default:
                return fail(XmlRpc::tr("unexpected XML (%1) in <%2>").arg(m_r.tokenString(), element));
            }
        }
        return false;
    }

    bool unknown(const QString& element, const QString& parent)
    {
        return fail(XmlRpc::tr("unknown element <%1> in <%2>").arg(element, parent));
    }

    bool methodCall(XmlRpc::Call& call)
    {
        bool named = false;
        const bool ok = children(QStringLiteral("methodCall"), [&](const QString& child) {
            if (child == QLatin1String("methodName")) {
                named = true;
                return text(child, &call.method);
            }
            if (child == QLatin1String("params"))
                return children(child, [&](const QString& p) {
                    if (p != QLatin1String("param"))
                        return unknown(p, QStringLiteral("params"));
                    QVariant v;
                    if (!singleValue(QStringLiteral("param"), &v))
                        return false;
                    call.params.append(v);
                    return true;
                });
            return unknown(child, QStringLiteral("methodCall"));
        });
        if (ok && (!named || call.method.trimmed().isEmpty()))
            return fail(XmlRpc::tr("<methodCall> names no method"));
        return ok;
    }

    bool methodResponse(XmlRpc::Response& resp)
    {
        int count = 0;
        const bool ok = children(QStringLiteral("methodResponse"), [&](const QString& child) {
            if (++count > 1)
                return fail(XmlRpc::tr("<methodResponse> holds more than one of <params> and <fault>"));
            if (child == QLatin1String("params"))
                return params(resp);
            if (child == QLatin1String("fault"))
                return fault(resp);
            return unknown(child, QStringLiteral("methodResponse"));
        });
        if (ok && count == 0)
            return fail(XmlRpc::tr("<methodResponse> is empty: it holds neither <params> nor <fault>"));
        return ok;
    }

    bool params(XmlRpc::Response& resp)
    {
        int count = 0;
        const bool ok = children(QStringLiteral("params"), [&](const QString& child) {
            if (child != QLatin1String("param"))
                return unknown(child, QStringLiteral("params"));
            if (++count > 1)
                return fail(XmlRpc::tr("a response holds more than one <param>"));
            return singleValue(QStringLiteral("param"), &resp.value);
        });
        if (ok && count == 0)
            return fail(XmlRpc::tr("<params> holds no <param>"));
        return ok;
    }

    // An element (param, fault) that holds exactly one <value>.
    bool singleValue(const QString& element, QVariant* out)
    {
        int count = 0;
        const bool ok = children(element, [&](const QString& child) {
            if (child != QLatin1String("value"))
                return unknown(child, element);
            if (++count > 1)
                return fail(XmlRpc::tr("<%1> holds more than one <value>").arg(element));
            return value(1, out);
        });
        if (ok && count == 0)
            return fail(XmlRpc::tr("<%1> holds no <value>").arg(element));
        return ok;
    }

    bool fault(XmlRpc::Response& resp)
    {
        QVariant v;
        if (!singleValue(QStringLiteral("fault"), &v))
            return false;
        if (v.typeId() != QMetaType::QVariantMap)
            return fail(XmlRpc::tr("the <fault> value is not a struct"));
        const QVariantMap m = v.toMap();
        const QVariant code = m.value(QStringLiteral("faultCode"));
        const QVariant string = m.value(QStringLiteral("faultString"));
        if (code.typeId() != QMetaType::Int)
            return fail(XmlRpc::tr("the <fault> has no int faultCode"));
        if (string.typeId() != QMetaType::QString)
            return fail(XmlRpc::tr("the <fault> has no string faultString"));
        resp.isFault = true;
        resp.faultCode = code.toInt();
        resp.faultString = string.toString();
        resp.value = v;
        return true;
    }

    // At <value>'s StartElement: reads it up to its EndElement.
    bool value(int depth, QVariant* out)
    {
        if (depth > XmlRpc::MaxDepth)
            return fail(XmlRpc::tr("values are nested deeper than %1 levels").arg(XmlRpc::MaxDepth));
        QString raw;
        bool typed = false;
        while (next()) {
            switch (m_r.tokenType()) {
            case QXmlStreamReader::EndElement:
                if (typed) {
                    if (!isBlank(raw))
                        return fail(XmlRpc::tr("a <value> holds text beside its type element"));
                } else {
                    *out = raw; // no type element: a string, per the spec
                }
                return true;
            case QXmlStreamReader::Characters:
                raw.append(m_r.text());
                break;
            case QXmlStreamReader::Comment:
                break;
            case QXmlStreamReader::StartElement:
                if (typed)
                    return fail(
                        XmlRpc::tr("a <value> holds more than one type element (<%1> is the second)").arg(name()));
                typed = true;
                if (!typedValue(name(), depth, out))
                    return false;
                break;
            default:
                return fail(XmlRpc::tr("unexpected XML (%1) in <value>").arg(m_r.tokenString()));
            }
        }
        return false;
    }

    bool typedValue(const QString& type, int depth, QVariant* out)
    {
        if (type == QLatin1String("struct"))
            return structValue(depth, out);
        if (type == QLatin1String("array"))
            return arrayValue(depth, out);
        if (type == QLatin1String("nil")) {
            QString t;
            if (!text(type, &t))
                return false;
            if (!isBlank(t))
                return fail(XmlRpc::tr("<nil/> holds text"));
            *out = QVariant();
            return true;
        }
        static const QStringList scalars{
            QStringLiteral("string"),          QStringLiteral("i4"),     QStringLiteral("int"),
            QStringLiteral("boolean"),         QStringLiteral("double"), QStringLiteral("base64"),
            QStringLiteral("dateTime.iso8601")};
        if (!scalars.contains(type))
            return fail(XmlRpc::tr("unknown element <%1> in <value> (not an XML-RPC type)").arg(type));
        QString t;
        if (!text(type, &t))
            return false;
        if (type == QLatin1String("string")) {
            *out = t;
            return true;
        }
        const QString s = t.trimmed();
        if (type == QLatin1String("i4") || type == QLatin1String("int")) {
            bool ok = false;
            const int n = s.toInt(&ok);
            if (!ok)
                return fail(XmlRpc::tr("<%1> holds \"%2\", which is not a 32-bit integer").arg(type, s.left(40)));
            *out = n;
            return true;
        }
        if (type == QLatin1String("boolean")) {
            if (s != QLatin1String("0") && s != QLatin1String("1"))
                return fail(XmlRpc::tr("<boolean> holds \"%1\"; only 0 or 1 are allowed").arg(s.left(40)));
            *out = s == QLatin1String("1");
            return true;
        }
        if (type == QLatin1String("double")) {
            bool ok = false;
            const double d = s.toDouble(&ok);
            if (!ok || !std::isfinite(d))
                return fail(XmlRpc::tr("<double> holds \"%1\", which is not a number").arg(s.left(40)));
            *out = d;
            return true;
        }
        if (type == QLatin1String("base64")) {
            QByteArray b64 = s.toLatin1();
            b64.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', "");
            const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return fail(XmlRpc::tr("<base64> holds text that is not base64"));
            *out = decoded.decoded;
            return true;
        }
        // dateTime.iso8601: the spec's 19980717T14:08:55; extended ISO 8601 is accepted too.
        QDateTime dt = QDateTime::fromString(s, QLatin1String(DateTimeFormat));
        if (!dt.isValid())
            dt = QDateTime::fromString(s, Qt::ISODate);
        if (!dt.isValid())
            return fail(XmlRpc::tr("<dateTime.iso8601> holds \"%1\", which is not a date and time").arg(s.left(40)));
        *out = dt;
        return true;
    }

    bool structValue(int depth, QVariant* out)
    {
        QVariantMap map;
        const bool ok = children(QStringLiteral("struct"), [&](const QString& child) {
            if (child != QLatin1String("member"))
                return unknown(child, QStringLiteral("struct"));
            bool haveName = false;
            bool haveValue = false;
            QString memberName;
            QVariant memberValue;
            const bool memberOk = children(QStringLiteral("member"), [&](const QString& part) {
                if (part == QLatin1String("name")) {
                    if (haveName)
                        return fail(XmlRpc::tr("a struct <member> has two <name> elements"));
                    haveName = true;
                    return text(part, &memberName);
                }
                if (part == QLatin1String("value")) {
                    if (haveValue)
                        return fail(XmlRpc::tr("a struct <member> has two <value> elements"));
                    haveValue = true;
                    return value(depth + 1, &memberValue);
                }
                return unknown(part, QStringLiteral("member"));
            });
            if (!memberOk)
                return false;
            if (!haveName)
                return fail(XmlRpc::tr("a struct <member> has no <name>"));
            if (!haveValue)
                return fail(XmlRpc::tr("the struct member \"%1\" has no <value>").arg(memberName.left(60)));
            if (map.contains(memberName))
                return fail(XmlRpc::tr("the struct member \"%1\" appears twice").arg(memberName.left(60)));
            map.insert(memberName, memberValue);
            return true;
        });
        if (!ok)
            return false;
        *out = map;
        return true;
    }

    bool arrayValue(int depth, QVariant* out)
    {
        QVariantList list;
        int dataCount = 0;
        const bool ok = children(QStringLiteral("array"), [&](const QString& child) {
            if (child != QLatin1String("data"))
                return unknown(child, QStringLiteral("array"));
            if (++dataCount > 1)
                return fail(XmlRpc::tr("an <array> holds more than one <data>"));
            return children(QStringLiteral("data"), [&](const QString& item) {
                if (item != QLatin1String("value"))
                    return unknown(item, QStringLiteral("data"));
                QVariant v;
                if (!value(depth + 1, &v))
                    return false;
                list.append(v);
                return true;
            });
        });
        if (!ok)
            return false;
        if (dataCount == 0)
            return fail(XmlRpc::tr("an <array> has no <data>"));
        *out = list;
        return true;
    }

    QXmlStreamReader m_r;
    QString m_error;
};

} // namespace

QByteArray XmlRpc::encodeCall(const QString& method, const QVariantList& params, QString* error)
{
    QByteArray out;
    Encoder e(&out);
    if (method.isEmpty() || !isXmlText(method)) {
        if (error)
            *error = tr("the method name is empty or not valid XML text");
        return {};
    }
    e.m_w.writeStartDocument();
    e.m_w.writeStartElement(QStringLiteral("methodCall"));
    e.m_w.writeTextElement(QStringLiteral("methodName"), method);
    e.m_w.writeStartElement(QStringLiteral("params"));
    for (const QVariant& p : params) {
        e.m_w.writeStartElement(QStringLiteral("param"));
        if (!e.value(p, 1)) {
            if (error)
                *error = e.m_error;
            return {};
        }
        e.m_w.writeEndElement();
    }
    e.m_w.writeEndDocument();
    return out;
}

QByteArray XmlRpc::encodeResponse(const QVariant& value, QString* error)
{
    QByteArray out;
    Encoder e(&out);
    e.m_w.writeStartDocument();
    e.m_w.writeStartElement(QStringLiteral("methodResponse"));
    e.m_w.writeStartElement(QStringLiteral("params"));
    e.m_w.writeStartElement(QStringLiteral("param"));
    if (!e.value(value, 1)) {
        if (error)
            *error = e.m_error;
        return {};
    }
    e.m_w.writeEndDocument();
    return out;
}

QByteArray XmlRpc::encodeFault(int code, const QString& message)
{
    QByteArray out;
    Encoder e(&out);
    e.m_w.writeStartDocument();
    e.m_w.writeStartElement(QStringLiteral("methodResponse"));
    e.m_w.writeStartElement(QStringLiteral("fault"));
    QString safe = message;
    if (!isXmlText(safe))
        safe = tr("(a message XML cannot carry)");
    e.value(QVariantMap{{QStringLiteral("faultCode"), code}, {QStringLiteral("faultString"), safe}}, 1);
    e.m_w.writeEndDocument();
    return out;
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
    return Decoder(xml).run();
}

XmlRpc::Call XmlRpc::decodeCall(const QByteArray& xml)
{
    if (xml.size() > MaxReplyBytes) {
        Call c;
        c.error = tr("the call is %1 bytes, more than the limit of %2 bytes").arg(xml.size()).arg(MaxReplyBytes);
        return c;
    }
    return Decoder(xml).runCall();
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
