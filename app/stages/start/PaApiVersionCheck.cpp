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

} // namespace o365
