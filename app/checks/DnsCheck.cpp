#include "DnsCheck.h"

#include "net/HostResolver.h"

#include <QJsonArray>

namespace o365 {

DnsCheck::DnsCheck(Spec spec, const QString& host, HostResolver* resolver, const QString& valueKey, Clock* clock,
                   QObject* parent)
    : Check(std::move(spec), clock, parent), m_host(host), m_resolver(resolver), m_valueKey(valueKey)
{
}

void DnsCheck::run()
{
    if (m_host.isEmpty()) {
        finish(CheckStatus::Skipped, tr("Enter a valid URL first: the host name comes from it."));
        return;
    }
    delete m_context;
    m_context = new QObject(this);
    m_resolver->lookup(m_host, m_context, [this](const QHostInfo& info) {
        QJsonObject evidence{{QStringLiteral("host"), m_host}};
        if (info.error() != QHostInfo::NoError) {
            evidence.insert(QStringLiteral("error"), info.errorString());
            if (info.error() == QHostInfo::HostNotFound)
                finish(CheckStatus::Failed,
                       tr("%1 does not exist in DNS as seen from this computer (NXDOMAIN). Check the spelling in the "
                          "URL, or whether this computer uses the customer's DNS; if you know the address, enter it "
                          "and override this check with the reason.")
                           .arg(m_host),
                       info.errorString(), evidence);
            else
                finish(CheckStatus::Failed,
                       tr("Looking up %1 failed: %2. Check this computer's network and DNS settings, then re-run.")
                           .arg(m_host, info.errorString()),
                       info.errorString(), evidence);
            return;
        }
        QJsonArray addresses;
        QStringList list;
        for (const QHostAddress& a : info.addresses()) {
            addresses.append(a.toString());
            list << a.toString();
        }
        evidence.insert(QStringLiteral("addresses"), addresses);
        if (list.isEmpty()) {
            finish(CheckStatus::Failed, tr("%1 exists in DNS but has no address record.").arg(m_host), {}, evidence);
        } else if (list.size() == 1) {
            evidence.insert(QStringLiteral("suggestedValues"), QJsonObject{{m_valueKey, list.first()}});
            finish(CheckStatus::Passed, tr("%1 resolves to %2.").arg(m_host, list.first()), {}, evidence);
        } else {
            finish(CheckStatus::Warning,
                   tr("%1 resolves to several addresses: %2. Step 4 needs the one the IIS site is bound to: enter "
                      "that one.")
                       .arg(m_host, list.join(QStringLiteral(", "))),
                   {}, evidence);
        }
    });
}

void DnsCheck::abort()
{
    delete m_context;
    m_context = nullptr;
}

QString DnsCheck::timeoutMessage() const
{
    return tr("DNS gave no answer for %1 within %2 seconds. Check this computer's DNS servers, then re-run.")
        .arg(m_host)
        .arg(spec().timeoutMs / 1000.0, 0, 'g', 3);
}

} // namespace o365
