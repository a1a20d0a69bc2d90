#include "PaVersionCheck.h"

#include "kb/ProcedureCatalogue.h"
#include "core/Version.h"

namespace o365 {

PaVersionCheck::PaVersionCheck(const QString& paVersion, Clock* clock, QObject* parent)
    : Check(defaultSpec(), clock, parent), m_version(paVersion)
{
}

Check::Spec PaVersionCheck::defaultSpec()
{
    Spec s;
    s.id = QStringLiteral("start.paVersion");
    s.stepId = QStringLiteral("start.prerequisites");
    s.timeoutMs = 1000;
    return s;
}

void PaVersionCheck::run()
{
    const QString minimum = ProcedureCatalogue::instance().minimumPaVersion();
    const Version v = Version::parse(m_version);
    const QJsonObject evidence{{QStringLiteral("paVersion"), m_version}, {QStringLiteral("minimum"), minimum}};
    if (m_version.trimmed().isEmpty()) {
        finish(CheckStatus::Skipped, tr("Enter the PA (POA) version, as shown in the Provider Control Panel."), {},
               evidence);
    } else if (!v.isValid()) {
        finish(CheckStatus::Failed, tr("\"%1\" is not a version number. Enter it as 5.4.4 or 5.5.").arg(m_version), {},
               evidence);
    } else if (v < Version::parse(minimum)) {
        finish(CheckStatus::Failed,
               tr("PA %1 is older than %2: the Microsoft Office 365 Application Package requires POA %2 or later. "
                  "Upgrade PA first.")
                   .arg(m_version, minimum),
               {}, evidence);
    } else {
        finish(CheckStatus::Passed, tr("PA %1 meets the requirement (POA %2 or later).").arg(m_version, minimum), {},
               evidence);
    }
}

} // namespace o365
