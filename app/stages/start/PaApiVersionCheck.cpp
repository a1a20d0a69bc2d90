#include "PaApiVersionCheck.h"

#include "core/Version.h"
#include "kb/ProcedureCatalogue.h"
#include "paapi/PaApiParse.h"
#include "paapi/XmlRpc.h"

#include <QJsonArray>

namespace o365 {

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

namespace {

QVariantMap reportsParam(const QString& name, const QString& value)
{
    return {{QStringLiteral("reports"),
             QVariantList{QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}}}}};
}

} // namespace

void PaApiVersionCheck::run()
{
    const QString manual =
        tr("read the PA version in the Provider Control Panel; POA %1 or later is required.").arg(m_minimum);
    if (!ensureConfigured(manual))
        return;
    call(QStringLiteral("pem.statistics.getStatisticsReport"), reportsParam(QStringLiteral("report-for-cep"), QString()),
         [this, manual](const PaApiClient::Result& r) {
             if (!r.ok() && r.outcome != PaApiClient::Outcome::ApiError) {
                 fallBack(r, manual); // not reachable, not allowed, no such method: the second report would fare no better
                 return;
             }
             QString problem = r.ok() ? QString() : r.message;
             if (r.ok()) {
                 if (const std::optional<PaApiParse::FoundVersion> found = PaApiParse::cepReportVersion(r.result, &problem)) {
                     judge(*found, r);
                     return;
                 }
             }
             askOlderReport(manual, problem);
         });
}

// PA that does not know report-for-cep (or answers it without a version): the older report name.
void PaApiVersionCheck::askOlderReport(const QString& manual, const QString& cepProblem)
{
    call(QStringLiteral("pem.statistics.getStatisticsReport"), reportsParam(QStringLiteral("poaVersion"), QStringLiteral("0")),
         [this, manual, cepProblem](const PaApiClient::Result& r) {
             if (!r.ok()) {
                 fallBack(r, manual);
                 return;
             }
             const std::optional<PaApiParse::FoundVersion> found = PaApiParse::paVersion(r.result);
             if (!found) {
                 QJsonObject ev;
                 ev.insert(QStringLiteral("answer"), XmlRpc::describe(r.result, 400));
                 ev.insert(QStringLiteral("reportForCep"), cepProblem);
                 unexpectedAnswer(QStringLiteral("pem.statistics.getStatisticsReport"),
                                  {tr("no PA version in either report (report-for-cep: %1; poaVersion: no dotted version in %2)")
                                       .arg(cepProblem, XmlRpc::describe(r.result, 120))},
                                  PaApiParse::fieldsPresent(r.result), manual, ev);
                 return;
             }
             judge(*found, r);
         });
}

void PaApiVersionCheck::judge(const PaApiParse::FoundVersion& found, const PaApiClient::Result& r)
{
    QJsonObject ev = baseEvidence();
    ev.insert(QStringLiteral("api"), r.evidence());
    ev.insert(QStringLiteral("minimum"), m_minimum);
    ev.insert(QStringLiteral("paVersion"), found.version);
    ev.insert(QStringLiteral("foundAt"), found.where);
    ev.insert(QStringLiteral("foundText"), found.raw);
    const Version v = Version::parse(found.version);
    if (v < Version::parse(m_minimum))
        finish(CheckStatus::Failed,
               tr("PA reports version %1 (found at %2): older than %3. The Microsoft Office 365 Application "
                  "Package requires POA %3 or later. Upgrade PA first.")
                   .arg(found.version, found.where, m_minimum),
               {}, ev);
    else
        finish(CheckStatus::Passed,
               tr("PA reports version %1 (found at %2): it meets the requirement (POA %3 or later).")
                   .arg(found.version, found.where, m_minimum),
               {}, ev);
}

} // namespace o365
