#include "HostResolver.h"

#include <QPointer>
#include <QTimer>

namespace o365 {

HostResolver::~HostResolver() = default;

std::optional<QHostAddress> HostResolver::pinnedAddress(const QString&) const { return std::nullopt; }

std::optional<quint16> HostResolver::pinnedPort(const QString&, int) const { return std::nullopt; }

HostResolver* HostResolver::system()
{
    static SystemHostResolver resolver;
    return &resolver;
}

void SystemHostResolver::lookup(const QString& host, QObject* context, std::function<void(const QHostInfo&)> done)
{
    QHostInfo::lookupHost(host, context, [done](const QHostInfo& info) { done(info); });
}

void StaticHostResolver::addHost(const QString& host, const QList<QHostAddress>& addresses)
{
    m_entries.insert(host.toLower(), Entry{addresses, QHostInfo::NoError, {}, false});
}

void StaticHostResolver::addFailure(const QString& host, QHostInfo::HostInfoError error, const QString& message)
{
    m_entries.insert(host.toLower(), Entry{{}, error, message, false});
}

void StaticHostResolver::addHang(const QString& host) { m_entries.insert(host.toLower(), Entry{{}, {}, {}, true}); }

void StaticHostResolver::lookup(const QString& host, QObject* context, std::function<void(const QHostInfo&)> done)
{
    const auto it = m_entries.constFind(host.toLower());
    QHostInfo info;
    info.setHostName(host);
    if (it == m_entries.constEnd()) {
        info.setError(QHostInfo::HostNotFound);
        info.setErrorString(QStringLiteral("Host %1 not found").arg(host));
    } else if (it->hang) {
        return;
    } else if (it->error != QHostInfo::NoError) {
        info.setError(it->error);
        info.setErrorString(it->message);
    } else {
        info.setAddresses(it->addresses);
    }
    QTimer::singleShot(0, context, [done, info] { done(info); });
}

std::optional<QHostAddress> StaticHostResolver::pinnedAddress(const QString& host) const
{
    const auto it = m_entries.constFind(host.toLower());
    if (it == m_entries.constEnd() || it->addresses.isEmpty())
        return std::nullopt;
    return it->addresses.first();
}

void StaticHostResolver::addPortMapping(const QString& host, int port, quint16 to)
{
    m_ports.insert(QStringLiteral("%1:%2").arg(host.toLower()).arg(port), to);
}

std::optional<quint16> StaticHostResolver::pinnedPort(const QString& host, int port) const
{
    const auto it = m_ports.constFind(QStringLiteral("%1:%2").arg(host.toLower()).arg(port));
    if (it == m_ports.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace o365
