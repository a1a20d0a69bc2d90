#include "PaChecks.h"

#include "kb/ProcedureCatalogue.h"
#include "core/Version.h"
#include "paapi/XmlRpc.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace o365
{

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

enum class InstanceState { Ready, Busy, Failed, Unknown };

InstanceState stateOf(const QString& status)
{
    const QString s = status.trimmed().toLower();
    if (s.contains(QLatin1String("fail")) || s.contains(QLatin1String("error")))
        return InstanceState::Failed;
    if (s.contains(QLatin1String("upgrad")) || s.contains(QLatin1String("provisioning")) ||
        s.contains(QLatin1String("pending")) || s.contains(QLatin1String("installing")))
        return InstanceState::Busy;
    if (s == QLatin1String("ready"))
        return InstanceState::Ready;
    return InstanceState::Unknown;
}

QString instanceLine(const PaApiParse::Instance& i)
{
    return QStringLiteral("#%1 %2 (%3)")
        .arg(i.id)
        .arg(i.packageVersion.isEmpty() ? QStringLiteral("?") : i.packageVersion,
             i.status.isEmpty() ? QStringLiteral("?") : i.status);
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

// ---- PaApiCheck ------------------------------------------------------------------------

PaApiCheck::PaApiCheck(Spec spec, const PaApiConfig& config, const NetworkContext& net, Clock* clock, QObject* parent)
    : Check(std::move(spec), clock, parent), m_config(config), m_net(net), m_client(new PaApiClient(config, net, this))
{
}

PaApiCheck::~PaApiCheck()
{
    m_client->abortAll();
}

void PaApiCheck::abort()
{
    ++m_generation;
    m_client->abortAll();
}

QString PaApiCheck::timeoutMessage() const
{
    return tr("The PA public API at %1 did not answer within %2 seconds. Re-run later, or confirm this step by hand.")
        .arg(m_config.endpoint.host())
        .arg(spec().timeoutMs / 1000.0, 0, 'g', 3);
}

void PaApiCheck::call(const QString& method, const QVariantMap& params, PaApiClient::Callback callback)
{
    const int generation = m_generation;
    m_client->call(method, params, [this, generation, callback](const PaApiClient::Result& r) {
        if (generation == m_generation && isRunning())
            callback(r);
    });
}

bool PaApiCheck::ensureConfigured(const QString& manualWhat)
{
    if (m_config.isConfigured())
        return true;
    finish(CheckStatus::Skipped,
           tr("The PA public API is not configured (address and login), so this is not checked automatically. "
              "Confirm by hand: %1")
               .arg(manualWhat),
           {}, manualEvidence());
    return false;
}

void PaApiCheck::fallBack(const PaApiClient::Result& r, const QString& manualWhat, QJsonObject evidence)
{
    m_client->abortAll(); // the other calls of this run no longer matter
    const QJsonObject base = baseEvidence();
    for (auto it = base.begin(); it != base.end(); ++it)
        evidence.insert(it.key(), it.value());
    evidence.insert(QStringLiteral("api"), r.evidence());
    evidence.insert(QStringLiteral("manualFallback"), true);
    if (r.unknownMethod)
        evidence.insert(QStringLiteral("unknownMethod"), true);
    // The client's own "confirm by hand" ending gives way to what exactly to confirm.
    QString message = r.message;
    static const QRegularExpression orByHand(QStringLiteral(R"(,\s+or confirm by hand\.$)"));
    static const QRegularExpression byHand(QStringLiteral(R"(\s*[Cc]onfirm (this step )?by hand\.$)"));
    if (message.contains(orByHand))
        message.replace(orByHand, tr(", or confirm by hand: %1").arg(manualWhat));
    else {
        message.remove(byHand);
        if (!message.isEmpty() && !message.endsWith(QLatin1Char('.')) && !message.endsWith(QLatin1Char(')')))
            message += QLatin1Char('.');
        message = tr("%1 Confirm by hand: %2").arg(message, manualWhat);
    }
    finish(CheckStatus::Skipped, message, r.detail, evidence);
}

QJsonObject PaApiCheck::manualEvidence() const
{
    QJsonObject ev = baseEvidence();
    ev.insert(QStringLiteral("manualFallback"), true);
    return ev;
}

QJsonObject PaApiCheck::baseEvidence() const
{
    QJsonObject ev;
    ev.insert(QStringLiteral("endpoint"), m_config.endpoint.toString(QUrl::RemoveUserInfo));
    return ev;
}

// ---- PaApiVersionCheck -----------------------------------------------------------------

PaApiVersionCheck::PaApiVersionCheck(const PaApiConfig& config, const NetworkContext& net, const QString& minimum,
                                     Clock* clock, QObject* parent)
    : PaApiCheck(defaultSpec(), config, net, clock, parent),
      m_minimum(minimum.isEmpty() ? ProcedureCatalogue::instance().minimumPaVersion() : minimum)
{
}

Check::Spec PaApiVersionCheck::defaultSpec()
{
    Spec s;
    s.id = QStringLiteral("start.paVersionApi");
    s.stepId = QStringLiteral("start.prerequisites");
    s.timeoutMs = 30000;
    return s;
}

void PaApiVersionCheck::run()
{
    const QString manual =
        tr("read the PA version in the Provider Control Panel; POA %1 or later is required.").arg(m_minimum);
    if (!ensureConfigured(manual))
        return;
    const QVariantMap report{{QStringLiteral("name"), QStringLiteral("poaVersion")},
                             {QStringLiteral("value"), QStringLiteral("0")}};
    call(QStringLiteral("pem.statistics.getStatisticsReport"), {{QStringLiteral("reports"), QVariantList{report}}},
         [this, manual](const PaApiClient::Result& r) {
             if (!r.ok()) {
                 fallBack(r, manual);
                 return;
             }
             QJsonObject ev = baseEvidence();
             ev.insert(QStringLiteral("api"), r.evidence());
             ev.insert(QStringLiteral("minimum"), m_minimum);
             const std::optional<PaApiParse::FoundVersion> found = PaApiParse::paVersion(r.result);
             if (!found) {
                 ev.insert(QStringLiteral("answer"), XmlRpc::describe(r.result, 400));
                 ev.insert(QStringLiteral("manualFallback"), true);
                 finish(CheckStatus::Skipped,
                        tr("PA answered the statistics report, but no PA version was found in it (it held %1). "
                           "Confirm by hand: %2")
                            .arg(XmlRpc::describe(r.result, 120), manual),
                        {}, ev);
                 return;
             }
             ev.insert(QStringLiteral("paVersion"), found->version);
             ev.insert(QStringLiteral("foundAt"), found->where);
             ev.insert(QStringLiteral("foundText"), found->raw);
             const Version v = Version::parse(found->version);
             if (v < Version::parse(m_minimum))
                 finish(CheckStatus::Failed,
                        tr("PA reports version %1 (found at %2): older than %3. The Microsoft Office 365 Application "
                           "Package requires POA %3 or later. Upgrade PA first.")
                            .arg(found->version, found->where, m_minimum),
                        {}, ev);
             else
                 finish(CheckStatus::Passed,
                        tr("PA reports version %1 (found at %2): it meets the requirement (POA %3 or later).")
                            .arg(found->version, found->where, m_minimum),
                        {}, ev);
         });
}

// ---- PaInstancesCheck ------------------------------------------------------------------

PaInstancesCheck::PaInstancesCheck(Mode mode, const PaApiConfig& config, const NetworkContext& net, int appId,
                                   const QString& targetVersion, Clock* clock, QObject* parent)
    : PaApiCheck(defaultSpec(mode), config, net, clock, parent), m_mode(mode), m_appId(appId),
      m_target(targetVersion.trimmed())
{
}

Check::Spec PaInstancesCheck::defaultSpec(Mode mode)
{
    Spec s;
    s.id = mode == Mode::Before ? QStringLiteral("paapp.instancesBefore") : QStringLiteral("paapp.instancesAfter");
    s.stepId = QStringLiteral("paapp.3");
    s.phase = mode == Mode::Before ? CheckPhase::Before : CheckPhase::After;
    s.severity = mode == Mode::Before ? CheckSeverity::Advisory : CheckSeverity::Blocking;
    s.timeoutMs = 60000;
    return s;
}

void PaInstancesCheck::run()
{
    m_instances.clear();
    m_outstanding = 0;
    m_truncated = false;
    const QString manual =
        m_mode == Mode::Before
            ? tr("list the Office 365 application instances and their versions in the Provider Control Panel.")
            : tr("check in the Provider Control Panel that every Office 365 application instance is at the new "
                 "version and Ready.");
    if (!ensureConfigured(manual))
        return;
    if (m_appId <= 0) {
        finish(CheckStatus::Skipped,
               tr("Enter the ID of the Office 365 application in PA to list its instances. Or confirm by hand: %1")
                   .arg(manual),
               {}, manualEvidence());
        return;
    }
    call(QStringLiteral("pem.APS.getApplicationInstances"), {{QStringLiteral("app_id"), m_appId}},
         [this, manual](const PaApiClient::Result& r) {
             if (!r.ok()) {
                 fallBack(r, manual);
                 return;
             }
             QStringList missing;
             QList<int> ids = PaApiParse::applicationInstanceIds(r.result, &missing);
             if (ids.isEmpty()) {
                 QJsonObject ev = baseEvidence();
                 ev.insert(QStringLiteral("appId"), m_appId);
                 ev.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
                 finish(CheckStatus::Warning,
                        missing.isEmpty()
                            ? tr("PA lists no instances of application %1. Check the application ID; if there are "
                                 "none, there is nothing to upgrade. Confirm by hand: %2")
                                  .arg(m_appId)
                                  .arg(manual)
                            : tr("PA's list of instances of application %1 lacks %2. Confirm by hand: %3")
                                  .arg(m_appId)
                                  .arg(missing.join(QStringLiteral(", ")), manual),
                        {}, ev);
                 return;
             }
             if (ids.size() > MaxInstances) {
                 ids = ids.mid(0, MaxInstances);
                 m_truncated = true;
             }
             m_outstanding = int(ids.size());
             for (int id : ids) {
                 call(QStringLiteral("pem.APS.getApplicationInstance"),
                      {{QStringLiteral("application_instance_id"), id}},
                      [this, id, manual](const PaApiClient::Result& r2) {
                          if (!r2.ok()) {
                              fallBack(r2, manual);
                              return;
                          }
                          m_instances << PaApiParse::applicationInstance(id, r2.result);
                          if (--m_outstanding == 0)
                              judge();
                      });
             }
         });
}

void PaInstancesCheck::judge()
{
    std::sort(m_instances.begin(), m_instances.end(),
              [](const PaApiParse::Instance& a, const PaApiParse::Instance& b) { return a.id < b.id; });
    QJsonArray list;
    QStringList lines;
    QStringList incomplete, busy, failed, behind, unknownState;
    const Version target = Version::parse(m_target);
    for (const PaApiParse::Instance& i : m_instances) {
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("packageVersion"), i.packageVersion},
                      {QStringLiteral("status"), i.status}};
        if (!i.missing.isEmpty())
            o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(i.missing));
        list << o;
        const QString line = instanceLine(i);
        lines << line;
        if (!i.missing.isEmpty())
            incomplete << tr("#%1 lacks %2").arg(i.id).arg(i.missing.join(QStringLiteral(", ")));
        switch (stateOf(i.status)) {
        case InstanceState::Busy:
            busy << line;
            break;
        case InstanceState::Failed:
            failed << line;
            break;
        case InstanceState::Unknown:
            if (!i.status.isEmpty())
                unknownState << line;
            break;
        case InstanceState::Ready:
            break;
        }
        if (target.isValid() && !i.packageVersion.isEmpty() && Version::parse(i.packageVersion) < target)
            behind << line;
    }
    QJsonObject ev = baseEvidence();
    ev.insert(QStringLiteral("appId"), m_appId);
    ev.insert(QStringLiteral("instances"), list);
    if (!m_target.isEmpty())
        ev.insert(QStringLiteral("targetVersion"), m_target);
    if (m_truncated)
        ev.insert(QStringLiteral("truncatedTo"), MaxInstances);
    const QString all = lines.join(QStringLiteral(", "));
    const QString sep = QStringLiteral(", ");

    if (m_mode == Mode::Before) {
        QStringList notes;
        if (!busy.isEmpty() || !failed.isEmpty())
            notes << tr("Settle these before the bulk upgrade: %1.").arg((busy + failed).join(sep));
        if (!incomplete.isEmpty())
            notes << tr("PA's answer was incomplete (%1): confirm those by hand.")
                         .arg(incomplete.join(QStringLiteral("; ")));
        const QString message =
            tr("%n instance(s) of application %1: %2.", nullptr, int(m_instances.size())).arg(m_appId).arg(all);
        finish(notes.isEmpty() ? CheckStatus::Passed : CheckStatus::Warning,
               notes.isEmpty() ? message : message + QLatin1Char(' ') + notes.join(QLatin1Char(' ')), {}, ev);
        return;
    }
    // After step 3.
    QStringList problems;
    if (!behind.isEmpty())
        problems << tr("not at version %1: %2").arg(m_target, behind.join(sep));
    if (!busy.isEmpty())
        problems << tr("still upgrading: %1").arg(busy.join(sep));
    if (!failed.isEmpty())
        problems << tr("failed: %1").arg(failed.join(sep));
    if (!problems.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("Not every instance is upgraded — %1. Wait for running upgrades, look at the failed tasks in PA, and "
                  "run the bulk upgrade (step 3) again for the rest, then re-run.")
                   .arg(problems.join(QStringLiteral("; "))),
               {}, ev);
        return;
    }
    QStringList doubts;
    if (m_target.isEmpty() || !target.isValid())
        doubts << tr("the package's version is not known, so the versions could not be compared");
    if (!incomplete.isEmpty())
        doubts << tr("PA's answer was incomplete (%1)").arg(incomplete.join(QStringLiteral("; ")));
    if (!unknownState.isEmpty())
        doubts << tr("the state of %1 is not one the wizard knows").arg(unknownState.join(sep));
    if (!doubts.isEmpty()) {
        finish(CheckStatus::Warning,
               tr("Instances: %1. But %2: confirm by hand that every instance is at the new version and Ready.")
                   .arg(all, doubts.join(QStringLiteral("; "))),
               {}, ev);
        return;
    }
    finish(CheckStatus::Passed,
           tr("All %n instance(s) are at version %1 or later and Ready: %2.", nullptr, int(m_instances.size()))
               .arg(m_target, all),
           {}, ev);
}

// ---- PaAutoprovisioningCheck -----------------------------------------------------------

PaAutoprovisioningCheck::PaAutoprovisioningCheck(const PaApiConfig& config, const NetworkContext& net, int appId,
                                                 const QString& serviceId, Clock* clock, QObject* parent)
    : PaApiCheck(defaultSpec(), config, net, clock, parent), m_appId(appId), m_serviceId(serviceId)
{
}

Check::Spec PaAutoprovisioningCheck::defaultSpec()
{
    Spec s;
    s.id = QStringLiteral("paapp.autoprovisioning");
    s.stepId = QStringLiteral("paapp.2");
    s.phase = CheckPhase::After;
    s.timeoutMs = 60000;
    return s;
}

void PaAutoprovisioningCheck::run()
{
    m_types.clear();
    m_missing.clear();
    m_instanceIds.clear();
    m_outstanding = 0;
    const QString manual = tr("in the 'Office 365 Application' resource types, Autoprovisioning is Yes for the "
                              "application service \"%1\".")
                               .arg(m_serviceId);
    if (!ensureConfigured(manual))
        return;
    if (m_appId <= 0) {
        finish(CheckStatus::Skipped,
               tr("Enter the ID of the Office 365 application in PA. Or confirm by hand: %1").arg(manual), {},
               manualEvidence());
        return;
    }
    call(QStringLiteral("pem.APS.getApplicationInstances"), {{QStringLiteral("app_id"), m_appId}},
         [this, manual](const PaApiClient::Result& r) {
             if (!r.ok()) {
                 fallBack(r, manual);
                 return;
             }
             QStringList missing;
             m_instanceIds = PaApiParse::applicationInstanceIds(r.result, &missing);
             m_instanceIds = m_instanceIds.mid(0, PaInstancesCheck::MaxInstances);
             if (m_instanceIds.isEmpty()) {
                 finish(CheckStatus::Skipped,
                        tr("PA lists no instances of application %1, so no resource type could be read. Confirm by "
                           "hand: %2")
                            .arg(m_appId)
                            .arg(manual),
                        {}, manualEvidence());
                 return;
             }
             m_outstanding = int(m_instanceIds.size());
             for (int id : m_instanceIds) {
                 call(QStringLiteral("pem.APS.getApplicationInstanceServiceResourceTypes"),
                      {{QStringLiteral("application_instance_id"), id}, {QStringLiteral("service_id"), m_serviceId}},
                      [this, id, manual](const PaApiClient::Result& r2) {
                          if (!r2.ok()) {
                              fallBack(r2, manual);
                              return;
                          }
                          const QList<PaApiParse::ServiceResourceType> types =
                              PaApiParse::serviceResourceTypes(r2.result, &m_missing);
                          for (const PaApiParse::ServiceResourceType& t : types)
                              m_types.append({id, t});
                          if (--m_outstanding == 0)
                              judge();
                      });
             }
         });
}

void PaAutoprovisioningCheck::judge()
{
    // Answers arrive in any order; the message lists them by instance.
    std::sort(m_types.begin(), m_types.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
    });
    QJsonArray list;
    QStringList off, unknown, on;
    for (const auto& [instance, t] : std::as_const(m_types)) {
        // An entry of another service (if PA ignores service_id) does not count.
        if (!t.serviceId.isEmpty() && t.serviceId.compare(m_serviceId, Qt::CaseInsensitive) != 0)
            continue;
        QJsonObject o{{QStringLiteral("instance"), instance},
                      {QStringLiteral("resourceTypeId"), t.id},
                      {QStringLiteral("serviceId"), t.serviceId}};
        o.insert(QStringLiteral("autoprovide"), t.autoprovide ? QJsonValue(*t.autoprovide) : QJsonValue());
        list << o;
        const QString name = tr("resource type %1 (instance #%2)").arg(t.id).arg(instance);
        if (!t.autoprovide)
            unknown << name;
        else if (*t.autoprovide)
            on << name;
        else
            off << name;
    }
    QJsonObject ev = baseEvidence();
    ev.insert(QStringLiteral("serviceId"), m_serviceId);
    ev.insert(QStringLiteral("resourceTypes"), list);
    if (!m_missing.isEmpty())
        ev.insert(QStringLiteral("missing"), QJsonArray::fromStringList(m_missing));
    const QString sep = QStringLiteral(", ");
    if (!off.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("Autoprovisioning is not Yes for the \"%1\" service in %2. Set it to Yes (step 2), then re-run.")
                   .arg(m_serviceId, off.join(sep)),
               {}, ev);
    } else if (list.isEmpty()) {
        finish(CheckStatus::Warning,
               tr("PA lists no resource type for the \"%1\" service%2. Confirm by hand that one exists with "
                  "Autoprovisioning = Yes.")
                   .arg(m_serviceId,
                        m_missing.isEmpty() ? QString() : tr(" (its answer lacked %1)").arg(m_missing.join(sep))),
               {}, ev);
    } else if (!unknown.isEmpty()) {
        finish(CheckStatus::Warning,
               tr("The autoprovide_service setting was not in PA's answer for %1. Confirm by hand that "
                  "Autoprovisioning is Yes for the \"%2\" service there.")
                   .arg(unknown.join(sep), m_serviceId),
               {}, ev);
    } else {
        finish(CheckStatus::Passed,
               tr("Autoprovisioning is Yes for the \"%1\" service in %2.").arg(m_serviceId, on.join(sep)), {}, ev);
    }
}

// ---- PaEmptyServiceSetCheck ------------------------------------------------------------

PaEmptyServiceSetCheck::PaEmptyServiceSetCheck(const PaApiConfig& config, const NetworkContext& net,
                                               bool syncScriptUsed, const QString& resclassName, Clock* clock,
                                               QObject* parent)
    : PaApiCheck(defaultSpec(), config, net, clock, parent), m_syncScriptUsed(syncScriptUsed), m_resclass(resclassName)
{
}

Check::Spec PaEmptyServiceSetCheck::defaultSpec()
{
    Spec s;
    s.id = QStringLiteral("paapp.emptyServiceSet");
    s.stepId = QStringLiteral("paapp.4");
    s.phase = CheckPhase::After;
    s.timeoutMs = 30000;
    return s;
}

void PaEmptyServiceSetCheck::run()
{
    if (!m_syncScriptUsed) {
        finish(CheckStatus::Skipped,
               tr("Step 4 does not apply: the synchronization script is not used on this installation."), {},
               baseEvidence());
        return;
    }
    const QString manual =
        tr("an \"Empty Service Set\" application service resource type exists with Included Offers and Trial Offer "
           "ID set to %1, and it is included in the Office 365 service templates.")
            .arg(zeroGuid());
    if (!ensureConfigured(manual))
        return;
    call(QStringLiteral("pem.getResourceTypesByClass"), {{QStringLiteral("resclass_name"), m_resclass}},
         [this, manual](const PaApiClient::Result& r) {
             if (!r.ok()) {
                 fallBack(r, manual);
                 return;
             }
             judge(r.result);
         });
}

void PaEmptyServiceSetCheck::judge(const QVariant& result)
{
    const QString manual = tr("its Included Offers and Trial Offer ID are %1, and it is included in the Office 365 "
                              "service templates.")
                               .arg(zeroGuid());
    m_goodIds.clear();
    QStringList missing;
    const QList<PaApiParse::ResourceType> types = PaApiParse::resourceTypesByClass(result, &missing);
    QJsonObject ev = baseEvidence();
    ev.insert(QStringLiteral("resclass"), m_resclass);
    ev.insert(QStringLiteral("resourceTypeCount"), int(types.size()));
    if (!missing.isEmpty())
        ev.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
    static const QRegularExpression essName(QStringLiteral(R"(empty\s*service\s*set)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<PaApiParse::ResourceType> found;
    for (const PaApiParse::ResourceType& t : types)
        if (essName.match(t.name).hasMatch())
            found << t;
    if (types.isEmpty()) {
        finish(CheckStatus::Warning,
               tr("PA lists no resource types of class %1%2: the class may be named differently on this "
                  "installation. Confirm by hand that an \"Empty Service Set\" resource type exists and that %3")
                   .arg(m_resclass,
                        missing.isEmpty() ? QString()
                                          : tr(" (its answer lacked %1)").arg(missing.join(QStringLiteral(", "))),
                        manual),
               {}, ev);
        return;
    }
    if (found.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("There is no \"Empty Service Set\" resource type among the %n resource type(s) of class %1. Create "
                  "it (step 4) with Included Offers and Trial Offer ID set to %2, include it in the Office 365 "
                  "service templates, then re-run.",
                  nullptr, int(types.size()))
                   .arg(m_resclass, zeroGuid()),
               {}, ev);
        return;
    }
    QJsonArray list;
    QStringList wrong, unread, good;
    for (const PaApiParse::ResourceType& t : found) {
        QJsonObject o{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}};
        const QString label = tr("\"%1\" (%2)").arg(t.name).arg(t.id);
        if (!t.hasParameters) {
            unread << label;
            list << o;
            continue;
        }
        QString included, trial;
        bool haveIncluded = false, haveTrial = false;
        for (auto it = t.parameters.begin(); it != t.parameters.end(); ++it) {
            const QString n = PaApiParse::normalizedName(it.key());
            if (n == QLatin1String("includedoffers")) {
                haveIncluded = true;
                included = it.value().toString().trimmed();
            } else if (n == QLatin1String("trialofferid")) {
                haveTrial = true;
                trial = it.value().toString().trimmed();
            }
        }
        o.insert(QStringLiteral("includedOffers"), haveIncluded ? QJsonValue(included) : QJsonValue());
        o.insert(QStringLiteral("trialOfferId"), haveTrial ? QJsonValue(trial) : QJsonValue());
        list << o;
        QStringList bad;
        if (included.compare(zeroGuid(), Qt::CaseInsensitive) != 0)
            bad << (haveIncluded ? tr("Included Offers is \"%1\"").arg(included) : tr("Included Offers is not set"));
        if (trial.compare(zeroGuid(), Qt::CaseInsensitive) != 0)
            bad << (haveTrial ? tr("Trial Offer ID is \"%1\"").arg(trial) : tr("Trial Offer ID is not set"));
        if (bad.isEmpty()) {
            good << label;
            m_goodIds << t.id;
        }
        else
            wrong << tr("%1: %2").arg(label, bad.join(QStringLiteral(", ")));
    }
    ev.insert(QStringLiteral("emptyServiceSets"), list);
    if (!good.isEmpty()) {
        m_evidence = ev;
        m_goodLabels = good.join(QStringLiteral(", "));
        checkTemplates();
    } else if (!wrong.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("The Empty Service Set resource type is not set up as step 4 requires — %1. Set both activation "
                  "parameters to %2, then re-run.")
                   .arg(wrong.join(QStringLiteral("; ")), zeroGuid()),
               {}, ev);
    } else {
        finish(CheckStatus::Warning,
               tr("The Empty Service Set resource type %1 exists, but PA's answer does not give its activation "
                  "parameters. Confirm by hand that %2")
                   .arg(unread.join(QStringLiteral(", ")), manual),
               {}, ev);
    }
}

void PaEmptyServiceSetCheck::checkTemplates()
{
    // What cannot be read through the API is left to the engineer, said exactly.
    const QString manual = tr("the Empty Service Set resource type %1 (its activation parameters are right, checked "
                              "through the API) is included in every Office 365 service template, and the existing "
                              "Office 365 subscriptions were updated accordingly.")
                               .arg(m_goodLabels);
    m_templates.clear();
    m_templateTypes.clear();
    call(QStringLiteral("pem.getServiceTemplateList"), {}, [this, manual](const PaApiClient::Result& r) {
        if (!r.ok()) {
            fallBack(r, manual, m_evidence);
            return;
        }
        QStringList missing;
        m_templates = PaApiParse::serviceTemplates(r.result, &missing).mid(0, MaxTemplates);
        if (m_templates.isEmpty()) {
            QJsonObject ev = m_evidence;
            const QJsonObject manualEv = manualEvidence();
            for (auto it = manualEv.begin(); it != manualEv.end(); ++it)
                ev.insert(it.key(), it.value());
            finish(CheckStatus::Skipped,
                   tr("PA lists no service templates%1. Confirm by hand: %2")
                       .arg(missing.isEmpty()
                                ? QString()
                                : tr(" (its answer lacked %1)").arg(missing.join(QStringLiteral(", "))),
                            manual),
                   {}, ev);
            return;
        }
        m_outstanding = int(m_templates.size());
        for (const PaApiParse::ServiceTemplate& t : std::as_const(m_templates)) {
            const int id = t.id;
            call(QStringLiteral("pem.getServiceTemplate"),
                 {{QStringLiteral("st_id"), id}, {QStringLiteral("get_resources"), 1}},
                 [this, id, manual](const PaApiClient::Result& one) {
                     if (!one.ok()) {
                         fallBack(one, manual, m_evidence);
                         return;
                     }
                     const std::optional<QList<int>> ids = PaApiParse::templateResourceTypeIds(one.result);
                     if (!ids) {
                         PaApiClient::Result unusable = one;
                         unusable.message = tr("PA's answer for service template %1 lists no resource types.").arg(id);
                         fallBack(unusable, manual, m_evidence);
                         return;
                     }
                     m_templateTypes.insert(id, *ids);
                     if (--m_outstanding == 0)
                         judgeTemplates();
                 });
        }
    });
}

void PaEmptyServiceSetCheck::judgeTemplates()
{
    QStringList with, without;
    QJsonArray list;
    for (const PaApiParse::ServiceTemplate& t : std::as_const(m_templates)) {
        bool includes = false;
        for (int id : m_templateTypes.value(t.id))
            includes = includes || m_goodIds.contains(id);
        const QString label = t.name.isEmpty() ? tr("#%1").arg(t.id) : tr("\"%1\" (#%2)").arg(t.name).arg(t.id);
        (includes ? with : without) << label;
        list << QJsonObject{{QStringLiteral("id"), t.id},
                            {QStringLiteral("name"), t.name},
                            {QStringLiteral("includesEmptyServiceSet"), includes}};
    }
    QJsonObject ev = m_evidence;
    ev.insert(QStringLiteral("serviceTemplates"), list);
    const QString sep = QStringLiteral(", ");
    const QString subscriptions = tr("Existing Office 365 subscriptions must be updated accordingly (not readable "
                                     "through the API).");
    if (with.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("The Empty Service Set resource type %1 is set up, but it is included in none of the %n service "
                  "template(s) (%2). Include it in the Office 365 service templates (step 4), update the existing "
                  "Office 365 subscriptions, then re-run.",
                  nullptr, int(m_templates.size()))
                   .arg(m_goodLabels, without.join(sep)),
               {}, ev);
    } else if (without.isEmpty()) {
        finish(CheckStatus::Passed,
               tr("The Empty Service Set resource type %1 has Included Offers and Trial Offer ID set to %2 and is "
                  "included in every service template: %3. %4")
                   .arg(m_goodLabels, zeroGuid(), with.join(sep), subscriptions),
               {}, ev);
    } else {
        const QJsonObject manual = manualEvidence();
        for (auto it = manual.begin(); it != manual.end(); ++it)
            ev.insert(it.key(), it.value());
        finish(CheckStatus::Skipped,
               tr("The Empty Service Set resource type %1 is set up and included in %2, but not in %3. PA does not say "
                  "which templates are the Office 365 ones. Confirm by hand: none of %3 is an Office 365 service "
                  "template (or include the Empty Service Set there), and the existing Office 365 subscriptions were "
                  "updated accordingly.")
                   .arg(m_goodLabels, with.join(sep), without.join(sep)),
               {}, ev);
    }
}

// ---- PaMosiUrlReader -------------------------------------------------------------------

PaMosiUrlReader::PaMosiUrlReader(const PaApiConfig& config, const NetworkContext& net, QObject* parent)
    : QObject(parent), m_client(config, net)
{
}

void PaMosiUrlReader::read(int applicationInstanceId, std::function<void(const Answer&)> done)
{
    m_client.call(
        QStringLiteral("pem.APS.getApplicationInstanceSettings"),
        {{QStringLiteral("application_instance_id"), applicationInstanceId}},
        [applicationInstanceId, done](const PaApiClient::Result& r) {
            Answer a;
            if (!r.ok()) {
                a.manual = true;
                a.message = tr("%1 Enter the URL for MOSI Connector by hand.").arg(r.message);
                done(a);
                return;
            }
            QStringList missing;
            a.settings = PaApiParse::settings(r.result, &missing);
            const std::optional<QString> url = PaApiParse::mosiConnectorUrl(a.settings);
            if (url) {
                a.found = true;
                a.url = *url;
                a.message =
                    tr("The URL for MOSI Connector of instance #%1 is %2.").arg(applicationInstanceId).arg(*url);
            } else {
                a.manual = true;
                a.message =
                    tr("The settings of instance #%1 hold no URL for MOSI Connector%2. Enter it by "
                       "hand.")
                        .arg(applicationInstanceId)
                        .arg(missing.isEmpty() ? QString() : tr(" (%1)").arg(missing.join(QStringLiteral(", "))));
            }
            done(a);
        });
}

} // namespace o365
