#include "PaInstancesCheck.h"

#include "core/Version.h"
#include "paapi/XmlRpc.h"

#include <QJsonArray>

#include <algorithm>

namespace o365 {

namespace {

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

} // namespace

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

} // namespace o365
