#include "PaApiParse.h"

#include "paapi/XmlRpc.h"

#include <QRegularExpression>

namespace o365 {

namespace
{

const QRegularExpression& versionPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((\d+\.\d+(?:\.\d+)*))"));
    return re;
}

QString versionIn(const QVariant& v)
{
    if (v.typeId() != QMetaType::QString)
        return {};
    const QRegularExpressionMatch m = versionPattern().match(v.toString());
    return m.hasMatch() ? m.captured(1) : QString();
}

// The first of several member names that is present.
QVariant firstOf(const QVariantMap& m, std::initializer_list<const char*> names, QString* used = nullptr)
{
    for (const char* n : names) {
        const QString key = QLatin1String(n);
        if (m.contains(key)) {
            if (used)
                *used = key;
            return m.value(key);
        }
    }
    return {};
}

int idOf(const QVariant& v)
{
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok);
    return ok && n > 0 ? n : 0;
}

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
    if (m.value(QStringLiteral("name")).toString().compare(QLatin1String("poaVersion"), Qt::CaseInsensitive) == 0) {
        QString used;
        const QVariant value = firstOf(m, {"value", "version", "result", "data"}, &used);
        offer(0, path + QLatin1Char('.') + used, value);
    }
    for (auto it = m.begin(); it != m.end(); ++it) {
        const QString where = path + QLatin1Char('.') + it.key();
        if (it.key().compare(QLatin1String("poaVersion"), Qt::CaseInsensitive) == 0)
            offer(1, where, it.value());
        else if (it.key().contains(QLatin1String("version"), Qt::CaseInsensitive))
            offer(2, where, it.value());
        searchVersion(it.value(), where, depth + 1, best);
    }
}

std::optional<bool> yesNo(const QVariant& v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("1") || s == QLatin1String("yes") || s == QLatin1String("true") || s == QLatin1String("y"))
        return true;
    if (s == QLatin1String("0") || s == QLatin1String("no") || s == QLatin1String("false") || s == QLatin1String("n"))
        return false;
    return std::nullopt;
}

// The result as a list; otherwise nothing, and (when there was a result at all) `what` is
// named as missing, with what came instead.
std::optional<QVariantList> listResult(const QVariant& result, const QString& what, QStringList* missing)
{
    if (result.typeId() == QMetaType::QVariantList)
        return result.toList();
    if (result.isValid())
        missing->append(QCoreApplication::translate("PaApiParse", "%1 (the result is %2)")
                            .arg(what, XmlRpc::describe(result, 60)));
    return std::nullopt;
}

} // namespace

// ---- PaApiParse ------------------------------------------------------------------------

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
    const QVariantList& list = *entries;
    for (int i = 0; i < list.size(); ++i) {
        const QVariant item = list.at(i);
        // Each entry is a struct {application_instance_id, …}; a bare number is tolerated.
        const int id = item.typeId() == QMetaType::QVariantMap
                           ? idOf(firstOf(item.toMap(), {"application_instance_id", "instance_id", "id"}))
                           : idOf(item);
        if (id > 0 && !ids.contains(id))
            ids << id;
        else if (id <= 0)
            missing->append(tr("application_instance_id of entry %1").arg(i));
    }
    return ids;
}

PaApiParse::Instance PaApiParse::applicationInstance(int id, const QVariant& result)
{
    Instance inst;
    inst.id = id;
    const QVariantMap m = result.toMap();
    const QVariant version = firstOf(m, {"package_version", "version", "app_version"});
    const QVariant status = firstOf(m, {"status", "state"});
    inst.packageVersion = version.toString().trimmed();
    inst.status = status.toString().trimmed();
    if (inst.packageVersion.isEmpty())
        inst.missing << QStringLiteral("package_version");
    if (inst.status.isEmpty())
        inst.missing << QStringLiteral("status");
    return inst;
}

QList<PaApiParse::ServiceResourceType> PaApiParse::serviceResourceTypes(const QVariant& result, QStringList* missing)
{
    QList<ServiceResourceType> types;
    const std::optional<QVariantList> entries = listResult(result, tr("a list of resource types"), missing);
    if (!entries)
        return types;
    const QVariantList& list = *entries;
    for (int i = 0; i < list.size(); ++i) {
        const QVariantMap m = list.at(i).toMap();
        ServiceResourceType t;
        t.id = idOf(firstOf(m, {"service_resource_type_id", "resource_type_id", "rt_id", "id"}));
        t.serviceId = firstOf(m, {"service_id"}).toString();
        if (t.id <= 0)
            missing->append(tr("service_resource_type_id of entry %1").arg(i));
        // autoprovide_service in settings [{name, value}] (assumed), or as a member of the entry.
        bool ok = false;
        QVariantMap settings = nameValueList(m.value(QStringLiteral("settings")), &ok);
        settings.insert(m); // a direct member counts too
        bool seen = false;
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            const QString n = normalizedName(it.key());
            if (n == QLatin1String("autoprovideservice") || n == QLatin1String("autoprovisioning") ||
                n == QLatin1String("autoprovide")) {
                seen = true;
                t.autoprovideRaw = it.value().toString();
                t.autoprovide = yesNo(it.value());
                break;
            }
        }
        if (!seen)
            missing->append(tr("the autoprovide_service setting of resource type %1").arg(t.id > 0 ? t.id : i));
        types << t;
    }
    return types;
}

QList<PaApiParse::ResourceType> PaApiParse::resourceTypesByClass(const QVariant& result, QStringList* missing)
{
    QList<ResourceType> types;
    const std::optional<QVariantList> entries = listResult(result, tr("a list of resource types"), missing);
    if (!entries)
        return types;
    const QVariantList& list = *entries;
    for (int i = 0; i < list.size(); ++i) {
        const QVariantMap m = list.at(i).toMap();
        ResourceType t;
        t.id = idOf(firstOf(m, {"resource_type_id", "rt_id", "id"}));
        t.name = firstOf(m, {"resource_type_name", "name"}).toString();
        if (t.name.isEmpty())
            missing->append(tr("resource_type_name of entry %1").arg(i));
        QString used;
        const QVariant params =
            firstOf(m, {"activation_parameters", "act_params", "activation_params", "parameters", "settings"}, &used);
        if (!used.isEmpty())
            t.parameters = nameValueList(params, &t.hasParameters);
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
        const QVariantMap m = entries->at(i).toMap();
        ServiceTemplate t;
        t.id = idOf(firstOf(m, {"st_id", "service_template_id", "id"}));
        t.name = firstOf(m, {"name", "service_template_name", "st_name"}).toString().trimmed();
        if (t.id > 0)
            out << t;
        else
            missing->append(tr("st_id of entry %1").arg(i));
    }
    return out;
}

std::optional<QList<int>> PaApiParse::templateResourceTypeIds(const QVariant& result)
{
    QVariant list = result;
    if (result.typeId() == QMetaType::QVariantMap)
        list = firstOf(result.toMap(), {"resource_types", "resources", "resourceTypes", "rates"});
    if (list.typeId() != QMetaType::QVariantList)
        return std::nullopt;
    QList<int> ids;
    for (const QVariant& item : list.toList()) {
        const int id = item.typeId() == QMetaType::QVariantMap
                           ? idOf(firstOf(item.toMap(), {"resource_type_id", "rt_id", "resource_id", "id"}))
                           : idOf(item);
        if (id > 0)
            ids << id;
    }
    return ids;
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
        const QString name = firstOf(m, {"name", "param_name", "id"}).toString();
        if (!name.isEmpty())
            out.insert(name, firstOf(m, {"value", "param_value", "default_value"}));
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
