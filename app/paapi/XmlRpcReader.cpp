#include "XmlRpcReader.h"

#include "paapi/XmlRpcScalar.h"

namespace o365
{

namespace
{

bool isBlank(QStringView s)
{
    for (QChar c : s)
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            return false;
    return true;
}

} // namespace

XmlRpcReader::XmlRpcReader(const QByteArray& xml) : m_r(xml)
{
    m_r.setNamespaceProcessing(false);
}

XmlRpc::Response XmlRpcReader::readResponse()
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

XmlRpc::Call XmlRpcReader::readCall()
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

// The whole document: exactly one root element `root`, read by `readRoot`.
bool XmlRpcReader::document(const QString& root, const std::function<bool()>& readRoot)
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
                ok = fail(tr("text outside the <%1> element").arg(root));
            break;
        case QXmlStreamReader::StartElement:
            if (rootSeen)
                ok = fail(tr("a second root element <%1>").arg(name()));
            else if (name() != root)
                ok = fail(tr("the root element is <%1>, not <%2>").arg(name(), root));
            else
                ok = readRoot();
            rootSeen = true;
            break;
        default:
            ok = fail(tr("unexpected XML (%1)").arg(m_r.tokenString()));
            break;
        }
    }
    if (m_error.isEmpty() && !rootSeen)
        fail(tr("the reply is empty"));
    return m_error.isEmpty();
}

bool XmlRpcReader::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

// The next token, refusing what a strict XML-RPC peer never sends.
bool XmlRpcReader::next()
{
    if (!m_error.isEmpty())
        return false;
    const QXmlStreamReader::TokenType t = m_r.readNext();
    switch (t) {
    case QXmlStreamReader::Invalid:
        if (m_r.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return fail(
                tr("the reply is truncated: the XML ends at line %1 before it is complete").arg(m_r.lineNumber()));
        return fail(tr("the reply is not well-formed XML: %1 (line %2, column %3)")
                        .arg(m_r.errorString())
                        .arg(m_r.lineNumber())
                        .arg(m_r.columnNumber()));
    case QXmlStreamReader::DTD:
        return fail(tr("the reply has a DOCTYPE declaration, which XML-RPC never uses; it is refused "
                       "(no entity is expanded)"));
    case QXmlStreamReader::EntityReference:
        return fail(tr("the reply uses the entity reference &%1;, which is refused (only the five "
                       "predefined entities are allowed)")
                        .arg(m_r.name().toString()));
    case QXmlStreamReader::ProcessingInstruction:
        return fail(tr("the reply holds a processing instruction <?%1?>, which is refused")
                        .arg(m_r.processingInstructionTarget().toString()));
    default:
        return true;
    }
}

// Iterates the children of the current element until its end. onChild is called at each
// child's StartElement and must consume the child up to its EndElement. Text other than
// white space is refused; comments are skipped.
bool XmlRpcReader::children(const QString& parent, const std::function<bool(const QString&)>& onChild)
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
                return fail(
                    tr("unexpected text \"%1\" in <%2>").arg(m_r.text().toString().simplified().left(40), parent));
            break;
        case QXmlStreamReader::Comment:
            break;
        default:
            return fail(tr("unexpected XML (%1) in <%2>").arg(m_r.tokenString(), parent));
        }
    }
    return false;
}

// The text of a leaf element (no child elements allowed).
bool XmlRpcReader::text(const QString& element, QString* out)
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
            return fail(tr("unexpected element <%1> inside <%2>").arg(name(), element));
        default:
            return fail(tr("unexpected XML (%1) in <%2>").arg(m_r.tokenString(), element));
        }
    }
    return false;
}

bool XmlRpcReader::unknown(const QString& element, const QString& parent)
{
    return fail(tr("unknown element <%1> in <%2>").arg(element, parent));
}

bool XmlRpcReader::methodCall(XmlRpc::Call& call)
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
        return fail(tr("<methodCall> names no method"));
    return ok;
}

bool XmlRpcReader::methodResponse(XmlRpc::Response& resp)
{
    int count = 0;
    const bool ok = children(QStringLiteral("methodResponse"), [&](const QString& child) {
        if (++count > 1)
            return fail(tr("<methodResponse> holds more than one of <params> and <fault>"));
        if (child == QLatin1String("params"))
            return params(resp);
        if (child == QLatin1String("fault"))
            return fault(resp);
        return unknown(child, QStringLiteral("methodResponse"));
    });
    if (ok && count == 0)
        return fail(tr("<methodResponse> is empty: it holds neither <params> nor <fault>"));
    return ok;
}

bool XmlRpcReader::params(XmlRpc::Response& resp)
{
    int count = 0;
    const bool ok = children(QStringLiteral("params"), [&](const QString& child) {
        if (child != QLatin1String("param"))
            return unknown(child, QStringLiteral("params"));
        if (++count > 1)
            return fail(tr("a response holds more than one <param>"));
        return singleValue(QStringLiteral("param"), &resp.value);
    });
    if (ok && count == 0)
        return fail(tr("<params> holds no <param>"));
    return ok;
}

// An element (param, fault) that holds exactly one <value>.
bool XmlRpcReader::singleValue(const QString& element, QVariant* out)
{
    int count = 0;
    const bool ok = children(element, [&](const QString& child) {
        if (child != QLatin1String("value"))
            return unknown(child, element);
        if (++count > 1)
            return fail(tr("<%1> holds more than one <value>").arg(element));
        return value(1, out);
    });
    if (ok && count == 0)
        return fail(tr("<%1> holds no <value>").arg(element));
    return ok;
}

bool XmlRpcReader::fault(XmlRpc::Response& resp)
{
    QVariant v;
    if (!singleValue(QStringLiteral("fault"), &v))
        return false;
    if (v.typeId() != QMetaType::QVariantMap)
        return fail(tr("the <fault> value is not a struct"));
    const QVariantMap m = v.toMap();
    const QVariant code = m.value(QStringLiteral("faultCode"));
    const QVariant string = m.value(QStringLiteral("faultString"));
    if (code.typeId() != QMetaType::Int)
        return fail(tr("the <fault> has no int faultCode"));
    if (string.typeId() != QMetaType::QString)
        return fail(tr("the <fault> has no string faultString"));
    resp.isFault = true;
    resp.faultCode = code.toInt();
    resp.faultString = string.toString();
    resp.value = v;
    return true;
}

// At <value>'s StartElement: reads it up to its EndElement.
bool XmlRpcReader::value(int depth, QVariant* out)
{
    if (depth > XmlRpc::MaxDepth)
        return fail(tr("values are nested deeper than %1 levels").arg(XmlRpc::MaxDepth));
    QString raw;
    bool typed = false;
    while (next()) {
        switch (m_r.tokenType()) {
        case QXmlStreamReader::EndElement:
            if (typed) {
                if (!isBlank(raw))
                    return fail(tr("a <value> holds text beside its type element"));
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
                return fail(tr("a <value> holds more than one type element (<%1> is the second)").arg(name()));
            typed = true;
            if (!typedValue(name(), depth, out))
                return false;
            break;
        default:
            return fail(tr("unexpected XML (%1) in <value>").arg(m_r.tokenString()));
        }
    }
    return false;
}

bool XmlRpcReader::typedValue(const QString& type, int depth, QVariant* out)
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
            return fail(tr("<nil/> holds text"));
        *out = QVariant();
        return true;
    }
    if (!XmlRpcScalar::isScalarType(type))
        return fail(tr("unknown element <%1> in <value> (not an XML-RPC type)").arg(type));
    QString t;
    if (!text(type, &t))
        return false;
    QString error;
    if (!XmlRpcScalar::read(type, t, out, &error))
        return fail(error);
    return true;
}

bool XmlRpcReader::structValue(int depth, QVariant* out)
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
                    return fail(tr("a struct <member> has two <name> elements"));
                haveName = true;
                return text(part, &memberName);
            }
            if (part == QLatin1String("value")) {
                if (haveValue)
                    return fail(tr("a struct <member> has two <value> elements"));
                haveValue = true;
                return value(depth + 1, &memberValue);
            }
            return unknown(part, QStringLiteral("member"));
        });
        if (!memberOk)
            return false;
        if (!haveName)
            return fail(tr("a struct <member> has no <name>"));
        if (!haveValue)
            return fail(tr("the struct member \"%1\" has no <value>").arg(memberName.left(60)));
        if (map.contains(memberName))
            return fail(tr("the struct member \"%1\" appears twice").arg(memberName.left(60)));
        map.insert(memberName, memberValue);
        return true;
    });
    if (!ok)
        return false;
    *out = map;
    return true;
}

bool XmlRpcReader::arrayValue(int depth, QVariant* out)
{
    QVariantList list;
    int dataCount = 0;
    const bool ok = children(QStringLiteral("array"), [&](const QString& child) {
        if (child != QLatin1String("data"))
            return unknown(child, QStringLiteral("array"));
        if (++dataCount > 1)
            return fail(tr("an <array> holds more than one <data>"));
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
        return fail(tr("an <array> has no <data>"));
    *out = list;
    return true;
}

} // namespace o365
