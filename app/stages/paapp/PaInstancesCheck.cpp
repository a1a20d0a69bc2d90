#include "PaInstancesCheck.h"

#include "core/Version.h"
#include "paapi/XmlRpc.h"

#include <QJsonArray>

#include <algorithm>

namespace o365 {

namespace {

// PA's documented instance states (DESIGN.md): Ready; Disabled (not ready, and not going to be by
// itself); and the ten states of a task at work. Anything else is an unexpected answer.
enum class InstanceState { Ready, Busy, Disabled, Unexpected };

InstanceState stateOf(const QString& status)
{
    static const QStringList busy{
        QStringLiteral("Provisioning"),        QStringLiteral("Provisioning Service"), QStringLiteral("Backing Up"),
        QStringLiteral("Restoring"),           QStringLiteral("Configuring Service"),  QStringLiteral("Upgrading"),
        QStringLiteral("Disabling Service"),   QStringLiteral("Enabling Service"),
        QStringLiteral("Unprovisioning Service"), QStringLiteral("Unprovisioning")};
    const QString s = status.simplified();
    if (s.compare(QLatin1String("Ready"), Qt::CaseInsensitive) == 0)
        return InstanceState::Ready;
    if (s.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) == 0)
        return InstanceState::Disabled;
    if (busy.contains(s, Qt::CaseInsensitive))
        return InstanceState::Busy;
    return InstanceState::Unexpected;
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

QString PaInstancesCheck::manualWhat() const
{
    return m_mode == Mode::Before
               ? tr("list the Office 365 application instances and their versions in the Provider Control Panel.")
               : tr("check in the Provider Control Panel that every Office 365 application instance is at the new "
                    "version and Ready.");
}

void PaInstancesCheck::run()
{
    m_instances.clear();
    m_outstanding = 0;
    m_truncated = false;
    const QString manual = manualWhat();
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
             QJsonObject ev;
             ev.insert(QStringLiteral("appId"), m_appId);
             if (!missing.isEmpty()) { // an instance without its id cannot be looked at
                 unexpectedAnswer(QStringLiteral("pem.APS.getApplicationInstances"), {lacking(missing)},
                                  PaApiParse::fieldsPresent(r.result), manual, ev);
                 return;
             }
             if (ids.isEmpty()) {
                 ev = withManualFallback(ev);
                 finish(CheckStatus::Skipped,
                        tr("PA lists no instances of application %1. Check the application ID; if there are "
                           "none, there is nothing to upgrade. Confirm by hand: %2")
                            .arg(m_appId)
                            .arg(manual),
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
    QStringList incomplete, busy, disabled, behind, unexpected;
    QString fieldsOfIncomplete;
    const Version target = Version::parse(m_target);
    for (const PaApiParse::Instance& i : m_instances) {
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("packageVersion"), i.packageVersion},
                      {QStringLiteral("status"), i.status}};
        const QString line = instanceLine(i);
        lines << line;
        if (!i.missing.isEmpty()) {
            o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(i.missing));
            incomplete << tr("#%1: %2").arg(i.id).arg(lacking(i.missing));
            if (fieldsOfIncomplete.isEmpty())
                fieldsOfIncomplete = i.fields;
        }
        list << o;
        if (!i.status.isEmpty()) {
            switch (stateOf(i.status)) {
            case InstanceState::Busy:
                busy << line;
                break;
            case InstanceState::Disabled:
                disabled << line;
                break;
            case InstanceState::Unexpected:
                unexpected << tr("unexpected status '%1' of #%2 (none of PA's documented states)").arg(i.status).arg(i.id);
                break;
            case InstanceState::Ready:
                break;
            }
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
        if (!incomplete.isEmpty() || !unexpected.isEmpty()) {
            unexpectedAnswer(QStringLiteral("pem.APS.getApplicationInstance"), incomplete + unexpected,
                             fieldsOfIncomplete.isEmpty() ? QStringLiteral("package_version, status") : fieldsOfIncomplete,
                             manualWhat(), ev);
            return;
        }
        QStringList notes;
        if (!busy.isEmpty())
            notes << tr("Busy — let PA finish these before the bulk upgrade, then re-check: %1.").arg(busy.join(sep));
        if (!disabled.isEmpty())
            notes << tr("Disabled, so not ready: %1.").arg(disabled.join(sep));
        const QString message =
            tr("%n instance(s) of application %1: %2.", nullptr, int(m_instances.size())).arg(m_appId).arg(all);
        finish(notes.isEmpty() ? CheckStatus::Passed : CheckStatus::Warning,
               notes.isEmpty() ? message : message + QLatin1Char(' ') + notes.join(QLatin1Char(' ')), {}, ev);
        return;
    }
    // After step 3: what PA said for certain decides; what it did not say is left to the engineer.
    QStringList problems;
    if (!behind.isEmpty())
        problems << tr("not at version %1: %2").arg(m_target, behind.join(sep));
    if (!busy.isEmpty())
        problems << tr("busy, wait until PA finishes and re-check: %1").arg(busy.join(sep));
    if (!disabled.isEmpty())
        problems << tr("not ready (Disabled): %1").arg(disabled.join(sep));
    if (!problems.isEmpty()) {
        QString message = tr("Not every instance is upgraded and Ready — %1. Wait for running tasks, enable what is "
                             "disabled, run the bulk upgrade (step 3) again for the rest, then re-run.")
                              .arg(problems.join(QStringLiteral("; ")));
        if (!incomplete.isEmpty() || !unexpected.isEmpty())
            message += QLatin1Char(' ') + tr("PA's answer for the others was unexpected: %1.")
                                              .arg((incomplete + unexpected).join(QStringLiteral("; ")));
        finish(CheckStatus::Failed, message, {}, ev);
        return;
    }
    if (!incomplete.isEmpty() || !unexpected.isEmpty()) {
        unexpectedAnswer(QStringLiteral("pem.APS.getApplicationInstance"), incomplete + unexpected,
                         fieldsOfIncomplete.isEmpty() ? QStringLiteral("package_version, status") : fieldsOfIncomplete,
                         manualWhat(), ev);
        return;
    }
    if (m_target.isEmpty() || !target.isValid()) {
        finish(CheckStatus::Warning,
               tr("Instances: %1. But the package's version is not known, so the versions could not be compared: "
                  "confirm by hand that every instance is at the new version and Ready.")
                   .arg(all),
               {}, ev);
        return;
    }
    finish(CheckStatus::Passed,
           tr("All %n instance(s) are at version %1 or later and Ready: %2.", nullptr, int(m_instances.size()))
               .arg(m_target, all),
           {}, ev);
}

} // namespace o365
