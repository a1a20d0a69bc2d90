#include "PaApiParse.h"

#include "paapi/XmlRpc.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace o365 {

namespace
{

const QRegularExpression& versionPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((\d+\.\d+(?:\.\d+)*))"));
    return re;
}

bool looksLikeXml(const QString& text) { return text.trimmed().startsWith(QLatin1Char('<')); }

QString versionIn(const QVariant& v)
{
    if (v.typeId() != QMetaType::QString || looksLikeXml(v.toString()))
        return {};
    const QRegularExpressionMatch m = versionPattern().match(v.toString());
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isInteger(const QVariant& v)
{
    return v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::UInt ||
           v.typeId() == QMetaType::ULongLong;
}

// A positive id: an XML-RPC int, or a string of digits (unambiguous); 0 otherwise.
int idOf(const QVariant& v)
{
    if (!isInteger(v) && v.typeId() != QMetaType::QString)
        return 0;
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok);
    return ok && n > 0 ? n : 0;
}

// "name" when absent, "name (an integer, not a string)" when of another type.
QString absentOrWrong(const QVariantMap& m, const QString& name, const QString& expected)
{
    if (!m.contains(name))
        return name;
    return QCoreApplication::translate("o365::PaApiParse", "%1 (%2, not %3)")
        .arg(name, PaApiParse::typeName(m.value(name)), expected);
}

// "status of entry 2"; the field alone where the whole answer is the one thing read.
QString ofEntry(const QString& what, const QString& entry)
{
    return entry.isEmpty() ? what : QCoreApplication::translate("o365::PaApiParse", "%1 of %2").arg(what, entry);
}

// The id member `name` of an entry, or 0 with what was wrong appended to missing.
int requiredId(const QVariantMap& m, const QString& name, const QString& entry, QStringList* missing)
{
    const int id = idOf(m.value(name));
    if (id <= 0)
        missing->append(ofEntry(absentOrWrong(m, name, QCoreApplication::translate("o365::PaApiParse",
                                                                                   "a positive integer")),
                                entry));
    return id;
}

// The string member `name` of an entry, or a null string with what was wrong appended to missing.
QString requiredString(const QVariantMap& m, const QString& name, const QString& entry, QStringList* missing)
{
    const QVariant v = m.value(name);
    if (v.typeId() == QMetaType::QString && !v.toString().trimmed().isEmpty())
        return v.toString().trimmed();
    missing->append(
        ofEntry(absentOrWrong(m, name, QCoreApplication::translate("o365::PaApiParse", "a string")), entry));
    return {};
}

QString entryLabel(int i) { return QCoreApplication::translate("o365::PaApiParse", "entry %1").arg(i); }

struct VersionCandidate {
    int priority = 99;
    PaApiParse::FoundVersion found;
};

void searchVersion(const QVariant& v, const QString& path, int depth, VersionCandidate* best)
{
    if (depth > 12)
        return;
    if (v.typeId() == QMetaType::QVariantList) {
        const QVariantList list = v.toList();
        for (int i = 0; i < list.size(); ++i)
            searchVersion(list.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), depth + 1, best);
        return;
    }
    if (v.typeId() != QMetaType::QVariantMap)
        return;
    const QVariantMap m = v.toMap();
    auto offer = [best](int priority, const QString& where, const QVariant& value) {
        const QString version = versionIn(value);
        if (!version.isEmpty() && priority < best->priority)
            *best = {priority, {version, where, value.toString().left(200)}};
    };
    if (m.value(QStringLiteral("name")).toString().compare(QLatin1String("poaVersion"), Qt::CaseInsensitive) == 0)
        offer(0, path + QStringLiteral(".value"), m.value(QStringLiteral("value")));
    for (auto it = m.begin(); it != m.end(); ++it) {
        const QString where = path + QLatin1Char('.') + it.key();
        if (it.key().compare(QLatin1String("poaVersion"), Qt::CaseInsensitive) == 0)
            offer(1, where, it.value());
        else if (it.key().contains(QLatin1String("version"), Qt::CaseInsensitive))
            offer(2, where, it.value());
        searchVersion(it.value(), where, depth + 1, best);
    }
}

// The result as a list; otherwise nothing, and (when there was a result at all) `what` is
// named as missing, with what came instead.
std::optional<QVariantList> listResult(const QVariant& result, const QString& what, QStringList* missing)
{
    if (result.typeId() == QMetaType::QVariantList)
        return result.toList();
    missing->append(QCoreApplication::translate("o365::PaApiParse", "%1 (the result is %2)")
                        .arg(what, result.isValid() ? XmlRpc::describe(result, 60) : PaApiParse::typeName(result)));
    return std::nullopt;
}

// The entry as a struct, or nothing with "entry N (a string, not a struct)" appended.
std::optional<QVariantMap> structEntry(const QVariant& v, int i, QStringList* missing)
{
    if (v.typeId() == QMetaType::QVariantMap)
        return v.toMap();
    missing->append(QCoreApplication::translate("o365::PaApiParse", "%1 (%2, not a struct)")
                        .arg(entryLabel(i), PaApiParse::typeName(v)));
    return std::nullopt;
}

} // namespace

// ---- PaApiParse ------------------------------------------------------------------------

QString PaApiParse::typeName(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return tr("nothing");
    if (isInteger(v))
        return tr("an integer");
    switch (v.typeId()) {
    case QMetaType::QString:
        return tr("a string");
    case QMetaType::Bool:
        return tr("a boolean");
    case QMetaType::Double:
        return tr("a double");
    case QMetaType::QVariantMap:
        return tr("a struct");
    case QMetaType::QVariantList:
        return tr("a list");
    case QMetaType::QDateTime:
        return tr("a date");
    case QMetaType::QByteArray:
        return tr("base64 data");
    default:
        return tr("a value of type %1").arg(QString::fromLatin1(v.typeName()));
    }
}

QString PaApiParse::fieldsPresent(const QVariant& v)
{
    if (v.typeId() == QMetaType::QVariantMap) {
        const QStringList keys = v.toMap().keys();
        if (keys.isEmpty())
            return tr("none (an empty struct)");
        QStringList shown = keys.mid(0, 20);
        if (keys.size() > shown.size())
            shown << tr("and %n more", nullptr, int(keys.size() - shown.size()));
        return shown.join(QStringLiteral(", "));
    }
    if (v.typeId() == QMetaType::QVariantList) {
        const QVariantList list = v.toList();
        if (!list.isEmpty() && list.first().typeId() == QMetaType::QVariantMap)
            return tr("a list of %n entries; the first has %1", nullptr, int(list.size()))
                .arg(fieldsPresent(list.first()));
        return tr("a list of %n entries", nullptr, int(list.size()));
    }
    return tr("none (%1)").arg(typeName(v));
}

std::optional<PaApiParse::FoundVersion> PaApiParse::cepReportVersion(const QVariant& result, QString* problem)
{
    const QVariantList list = result.toList();
    const QVariantMap first = list.isEmpty() ? QVariantMap() : list.first().toMap();
    const QVariant value = first.value(QStringLiteral("value"));
    if (value.typeId() != QMetaType::QString) {
        *problem = tr("result[0].value is not there as a string (the answer holds %1)").arg(fieldsPresent(result));
        return std::nullopt;
    }
    QXmlStreamReader xml(value.toString());
    QString text;
    bool found = false;
    while (!xml.atEnd() && !found) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("ClientVersion")) {
            text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            found = !xml.hasError();
        }
    }
    if (!found) {
        *problem = xml.hasError() ? tr("result[0].value is not XML with a <ClientVersion> (%1 at line %2)")
                                        .arg(xml.errorString())
                                        .arg(xml.lineNumber())
                                  : tr("result[0].value has no <ClientVersion> element");
        return std::nullopt;
    }
    const QRegularExpressionMatch m = versionPattern().match(text);
    if (!m.hasMatch()) {
        *problem = tr("<ClientVersion> holds \"%1\", which has no dotted version").arg(text.left(100));
        return std::nullopt;
    }
    return FoundVersion{m.captured(1), QStringLiteral("result[0].value <ClientVersion>"), text.left(200)};
}

std::optional<PaApiParse::FoundVersion> PaApiParse::paVersion(const QVariant& result)
{
    VersionCandidate best;
    if (result.typeId() == QMetaType::QString) {
        const QString v = versionIn(result);
        if (!v.isEmpty())
            return FoundVersion{v, QStringLiteral("result"), result.toString().left(200)};
    }
    searchVersion(result, QStringLiteral("result"), 0, &best);
    if (best.priority == 99)
        return std::nullopt;
    return best.found;
}

QList<int> PaApiParse::applicationInstanceIds(const QVariant& result, QStringList* missing)
{
    QList<int> ids;
    const std::optional<QVariantList> entries = listResult(result, tr("a list of instances"), missing);
    if (!entries)
        return ids;
    for (int i = 0; i < entries->size(); ++i) {
        const std::optional<QVariantMap> m = structEntry(entries->at(i), i, missing);
        if (!m)
            continue;
        const int id = requiredId(*m, QStringLiteral("application_instance_id"), entryLabel(i), missing);
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

PaApiParse::Instance PaApiParse::applicationInstance(int id, const QVariant& result)
{
    Instance inst;
    inst.id = id;
    if (result.typeId() != QMetaType::QVariantMap) {
        inst.missing << tr("the instance (the result is %1, not a struct)").arg(typeName(result));
        inst.fields = fieldsPresent(result);
        return inst;
    }
    const QVariantMap m = result.toMap();
    inst.packageVersion = requiredString(m, QStringLiteral("package_version"), QString(), &inst.missing);
    inst.status = requiredString(m, QStringLiteral("status"), QString(), &inst.missing);
    if (!inst.missing.isEmpty())
        inst.fields = fieldsPresent(result);
    return inst;
}

QList<PaApiParse::ServiceResourceType> PaApiParse::serviceResourceTypes(const QVariant& result, QStringList* missing)
{
    QList<ServiceResourceType> types;
    const std::optional<QVariantList> entries = listResult(result, tr("a list of service resource types"), missing);
    if (!entries)
        return types;
    for (int i = 0; i < entries->size(); ++i) {
        const std::optional<QVariantMap> m = structEntry(entries->at(i), i, missing);
        if (!m)
            continue;
        ServiceResourceType t;
        t.id = requiredId(*m, QStringLiteral("service_resource_type_id"), entryLabel(i), missing);
        t.serviceId = requiredString(*m, QStringLiteral("service_id"), entryLabel(i), missing);
        if (t.id > 0 && !t.serviceId.isEmpty())
            types << t;
    }
    return types;
}

bool PaApiParse::isService(const QVariant& entry, const QString& service)
{
    const QVariantMap m = entry.toMap();
    for (const char* key : {"service_id", "service_name", "name"}) {
        const QVariant v = m.value(QLatin1String(key));
        if (v.typeId() == QMetaType::QString && v.toString().trimmed().compare(service, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<PaApiParse::ResourceType> PaApiParse::resourceTypesByClass(const QVariant& result, QStringList* missing)
{
    QList<ResourceType> types;
    const std::optional<QVariantList> entries = listResult(result, tr("a list of resource types"), missing);
    if (!entries)
        return types;
    for (int i = 0; i < entries->size(); ++i) {
        const std::optional<QVariantMap> m = structEntry(entries->at(i), i, missing);
        if (!m)
            continue;
        ResourceType t;
        t.id = requiredId(*m, QStringLiteral("resource_type_id"), entryLabel(i), missing);
        t.name = requiredString(*m, QStringLiteral("resource_type_name"), entryLabel(i), missing);
        if (t.id > 0 && !t.name.isEmpty())
            types << t;
    }
    return types;
}

QVariantMap PaApiParse::settings(const QVariant& result, QStringList* missing)
{
    bool ok = false;
    const QVariantMap m = nameValueList(result, &ok);
    if (!ok)
        missing->append(tr("a list of {name, value} settings (the result is %1)").arg(XmlRpc::describe(result, 60)));
    return m;
}

QList<PaApiParse::ServiceTemplate> PaApiParse::serviceTemplates(const QVariant& result, QStringList* missing)
{
    QList<ServiceTemplate> out;
    const std::optional<QVariantList> entries = listResult(result, tr("a list of service templates"), missing);
    if (!entries)
        return out;
    for (int i = 0; i < entries->size(); ++i) {
        const std::optional<QVariantMap> m = structEntry(entries->at(i), i, missing);
        if (!m)
            continue;
        ServiceTemplate t;
        t.id = requiredId(*m, QStringLiteral("st_id"), entryLabel(i), missing);
        const QVariant name = m->value(QStringLiteral("name"));
        t.name = name.typeId() == QMetaType::QString ? name.toString().trimmed() : QString(); // a label only
        if (t.id > 0)
            out << t;
    }
    return out;
}

std::optional<QList<PaApiParse::TemplateResourceType>> PaApiParse::templateResourceTypes(const QVariant& result,
                                                                                         QStringList* missing)
{
    const QVariant list = result.toMap().value(QStringLiteral("resource_types"));
    if (result.typeId() != QMetaType::QVariantMap || list.typeId() != QMetaType::QVariantList) {
        missing->append(tr("resource_types (fields present: %1)").arg(fieldsPresent(result)));
        return std::nullopt;
    }
    QList<TemplateResourceType> out;
    const QVariantList entries = list.toList();
    for (int i = 0; i < entries.size(); ++i) {
        const std::optional<QVariantMap> m = structEntry(entries.at(i), i, missing);
        if (!m)
            continue;
        TemplateResourceType t;
        t.id = requiredId(*m, QStringLiteral("resource_type_id"), entryLabel(i), missing);
        if (t.id <= 0)
            continue;
        const QVariant name = m->value(QStringLiteral("resource_type_name"));
        t.name = name.typeId() == QMetaType::QString ? name.toString().trimmed() : QString();
        t.fields = fieldsPresent(*m);
        const QVariant params = m->value(QStringLiteral("act_params"));
        if (params.typeId() == QMetaType::QVariantList) {
            t.hasActParams = true;
            const QVariantList ps = params.toList();
            for (int k = 0; k < ps.size(); ++k) {
                const QVariantMap p = ps.at(k).toMap();
                const QVariant varName = p.value(QStringLiteral("var_name"));
                if (varName.typeId() == QMetaType::QString && !varName.toString().isEmpty() &&
                    p.contains(QStringLiteral("var_value")))
                    t.actParams.insert(varName.toString(), p.value(QStringLiteral("var_value")));
                else
                    missing->append(tr("var_name and var_value of act_params entry %1 of resource type %2 (fields "
                                       "present: %3)")
                                        .arg(k)
                                        .arg(t.id)
                                        .arg(fieldsPresent(ps.at(k))));
            }
        }
        out << t;
    }
    return out;
}

std::optional<QString> PaApiParse::mosiConnectorUrl(const QVariantMap& settings)
{
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QString n = normalizedName(it.key());
        const bool named = n == QLatin1String("urlformosiconnector") ||
                           (n.contains(QLatin1String("mosi")) && n.contains(QLatin1String("url")));
        const QString value = it.value().toString().trimmed();
        if (named && !value.isEmpty())
            return value;
    }
    return std::nullopt;
}

QVariantMap PaApiParse::nameValueList(const QVariant& v, bool* ok)
{
    QVariantMap out;
    *ok = false;
    if (v.typeId() == QMetaType::QVariantMap) {
        *ok = true;
        return v.toMap();
    }
    if (v.typeId() != QMetaType::QVariantList)
        return out;
    *ok = true;
    for (const QVariant& item : v.toList()) {
        const QVariantMap m = item.toMap();
        const QString name = m.value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            out.insert(name, m.value(QStringLiteral("value")));
    }
    return out;
}

QString PaApiParse::normalizedName(const QString& name)
{
    QString out;
    for (QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

} // namespace o365
