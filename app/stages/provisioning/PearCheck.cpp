#include "PearCheck.h"

#include "stages/provisioning/PearListSource.h"
#include "core/Version.h"

#include <QJsonArray>

namespace o365
{

Check::Spec PearCheck::step2Spec(int timeoutMs)
{
    return Spec{QStringLiteral("provisioning.pear"), QStringLiteral("provisioning.2"), CheckSeverity::Blocking,
                CheckPhase::Before, timeoutMs};
}

Check::Spec PearCheck::step3Spec(int timeoutMs)
{
    return Spec{QStringLiteral("provisioning.pearHttpRequest"), QStringLiteral("provisioning.3"),
                CheckSeverity::Blocking, CheckPhase::Before, timeoutMs};
}

QStringList PearCheck::goPearCommands()
{
    return {QStringLiteral("wget http://pear.php.net/go-pear.phar"), QStringLiteral("php go-pear.phar")};
}

PearCheck::PearCheck(Spec spec, Requirement requirement, PearListSource* source, const QStringList& instanceVersions,
                     Clock* clock, QObject* parent)
    : Check(std::move(spec), clock, parent), m_requirement(requirement), m_source(source),
      m_instanceVersions(instanceVersions)
{
}

PearCheck::~PearCheck()
{
    if (m_source)
        m_source->cancel(this);
}

void PearCheck::run()
{
    QJsonObject versions;
    QStringList older;
    if (m_requirement == Requirement::HttpRequestForOldInstances) {
        QStringList unreadable;
        for (const QString& v : m_instanceVersions) {
            const Version version = Version::parse(v);
            if (!version.isValid())
                unreadable << v;
            else if (version < Version::parse(QStringLiteral("4.0")))
                older << v;
        }
        versions.insert(QStringLiteral("instanceVersions"), QJsonArray::fromStringList(m_instanceVersions));
        if (older.isEmpty()) {
            if (m_instanceVersions.isEmpty() || !unreadable.isEmpty()) {
                finish(CheckStatus::Skipped,
                       unreadable.isEmpty()
                           ? tr("The versions of the application instances are not known yet: enter them on the "
                                "Start page (or read them from PA), then re-run this check.")
                           : tr("Some application instance versions cannot be read (%1): correct them on the Start "
                                "page, then re-run this check.")
                                 .arg(unreadable.join(QStringLiteral(", "))),
                       {}, versions);
                return;
            }
            finish(CheckStatus::Passed,
                   tr("No application instance is older than 4.0 (%1): HTTP_Request is not needed.")
                       .arg(m_instanceVersions.join(QStringLiteral(", "))),
                   {}, versions);
            return;
        }
        versions.insert(QStringLiteral("instancesOlderThan4"), QJsonArray::fromStringList(older));
    }
    if (!m_source) {
        finish(CheckStatus::Skipped, tr("Choose how to get the pear list output: over SSH, on this computer, or "
                                        "pasted."));
        return;
    }
    if (m_source->options().source == PearListSource::Source::Pasted && m_source->options().pastedText.trimmed().isEmpty()) {
        // Nothing pasted yet: still to do, not a failure.
        finish(CheckStatus::Skipped, tr("Paste the output of pear list at step 2, or choose above to read it over ssh "
                                        "or on this computer."),
               {}, versions);
        return;
    }
    m_source->fetch(this, [this, versions, older](const PearListSource::Fetch& fetch) {
        QJsonObject evidence = fetch.evidence;
        for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
            evidence.insert(it.key(), it.value());
        if (!fetch.ok) {
            finish(CheckStatus::Failed, fetch.message, fetch.detail, evidence);
            return;
        }
        const QString where = m_source->where();
        const QString pearVersion = fetch.list.version(QStringLiteral("PEAR"));
        if (!pearVersion.isEmpty())
            evidence.insert(QStringLiteral("pearVersion"), pearVersion);
        if (m_requirement == Requirement::HttpRequest2) {
            const QString version = fetch.list.version(QStringLiteral("HTTP_Request2"));
            if (!version.isEmpty()) {
                evidence.insert(QStringLiteral("httpRequest2Version"), version);
                finish(CheckStatus::Passed, tr("HTTP_Request2 %1 is installed on %2.").arg(version, where), {},
                       evidence);
                return;
            }
            // HTTP_Request2 2.1.1 and later need the PEAR installer 1.9.2 and Net_URL2 2.0.0 or later
            // (DESIGN.md): an older one is upgraded first, or pear install fails on the dependency.
            const Version pear = Version::parse(pearVersion);
            const QString netUrl2 = fetch.list.version(QStringLiteral("Net_URL2"));
            QStringList first;
            QStringList why;
            if (pear.isValid() && pear < Version::parse(QStringLiteral("1.9.2"))) {
                first << upgradePearCommand();
                why << tr("its PEAR installer is %1, and HTTP_Request2 needs 1.9.2 or later").arg(pearVersion);
            }
            if (!netUrl2.isEmpty() && Version::parse(netUrl2).isValid() &&
                Version::parse(netUrl2) < Version::parse(QStringLiteral("2.0.0"))) {
                first << QStringLiteral("pear upgrade Net_URL2");
                why << tr("its Net_URL2 is %1, and HTTP_Request2 needs 2.0.0 or later").arg(netUrl2);
            }
            if (!first.isEmpty()) {
                evidence.insert(QStringLiteral("commands"),
                                QJsonArray::fromStringList(first + QStringList{installHttpRequest2Command()}));
                evidence.insert(QStringLiteral("goPearCommands"), QJsonArray::fromStringList(goPearCommands()));
                finish(CheckStatus::Failed,
                       tr("HTTP_Request2 is not installed on %1, and %2. Upgrade first: run there %3, then %4. If the "
                          "upgrade of PEAR fails, run %5 and %6 (this installs the current PEAR), then %4.")
                           .arg(where, why.join(tr(", and ")), first.join(QStringLiteral(", then ")),
                                installHttpRequest2Command(), goPearCommands().at(0), goPearCommands().at(1)),
                       tr("Installed PEAR version: %1.").arg(pearVersion), evidence);
                return;
            }
            evidence.insert(QStringLiteral("commands"),
                            QJsonArray::fromStringList(QStringList{installHttpRequest2Command()}));
            evidence.insert(QStringLiteral("goPearCommands"), QJsonArray::fromStringList(goPearCommands()));
            finish(CheckStatus::Failed,
                   tr("HTTP_Request2 is not installed on %1. Run there: %2. The latest PEAR is required for it: if "
                      "that fails, first run %3 and %4 (this installs or upgrades PEAR), then %2 again.")
                       .arg(where, installHttpRequest2Command(), goPearCommands().at(0), goPearCommands().at(1)),
                   pearVersion.isEmpty() ? QString() : tr("Installed PEAR version: %1.").arg(pearVersion), evidence);
            return;
        }
        const QString version = fetch.list.version(QStringLiteral("HTTP_Request"));
        if (!version.isEmpty()) {
            evidence.insert(QStringLiteral("httpRequestVersion"), version);
            finish(CheckStatus::Passed,
                   tr("HTTP_Request %1 is installed on %2, as the application instances older than 4.0 (%3) need.")
                       .arg(version, where, older.join(QStringLiteral(", "))),
                   {}, evidence);
            return;
        }
        evidence.insert(QStringLiteral("commands"),
                        QJsonArray::fromStringList(QStringList{installHttpRequestCommand()}));
        finish(CheckStatus::Failed,
               tr("HTTP_Request is not installed on %1, but application instances older than 4.0 (%2) need it. Run "
                  "there: %3.")
                   .arg(where, older.join(QStringLiteral(", ")), installHttpRequestCommand()),
               {}, evidence);
    });
}

void PearCheck::abort()
{
    if (m_source)
        m_source->cancel(this);
}

QString PearCheck::timeoutMessage() const
{
    if (m_source)
        return m_source->timeoutMessage(spec().timeoutMs);
    return Check::timeoutMessage();
}

} // namespace o365
