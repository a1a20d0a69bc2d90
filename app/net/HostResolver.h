#pragma once

#include <QHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace o365 {

// Name resolution as the checks see it. The system resolver asks the OS (so /etc/hosts
// works); a static resolver answers from a table (tests, the training lab).
class HostResolver
{
public:
    virtual ~HostResolver();

    // Calls `done` later, in `context`'s thread, unless `context` is gone by then.
    virtual void lookup(const QString& host, QObject* context, std::function<void(const QHostInfo&)> done) = 0;

    // When this resolver decides where `host` is (a static table), the address HTTPS
    // probes must connect to; std::nullopt lets the network stack resolve the name itself.
    virtual std::optional<QHostAddress> pinnedAddress(const QString& host) const;
    // When this resolver also moves a service to another port (the training lab's servers listen
    // on ephemeral ports behind real-looking URLs), the port to connect to instead of `port`.
    virtual std::optional<quint16> pinnedPort(const QString& host, int port) const;

    static HostResolver* system();
};

class SystemHostResolver : public HostResolver
{
public:
    void lookup(const QString& host, QObject* context, std::function<void(const QHostInfo&)> done) override;
};

// Answers from a table: host → addresses, or host → error. Unknown hosts are NXDOMAIN.
class StaticHostResolver : public HostResolver
{
public:
    void addHost(const QString& host, const QList<QHostAddress>& addresses);
    void addFailure(const QString& host, QHostInfo::HostInfoError error, const QString& message);
    void addHang(const QString& host); // never answers (for timeout handling)
    // Connections to host:port go to host:to (the Host header and certificate check keep host:port).
    void addPortMapping(const QString& host, int port, quint16 to);

    void lookup(const QString& host, QObject* context, std::function<void(const QHostInfo&)> done) override;
    std::optional<QHostAddress> pinnedAddress(const QString& host) const override;
    std::optional<quint16> pinnedPort(const QString& host, int port) const override;

private:
    struct Entry
    {
        QList<QHostAddress> addresses;
        QHostInfo::HostInfoError error = QHostInfo::NoError;
        QString message;
        bool hang = false;
    };
    QHash<QString, Entry> m_entries;
    QHash<QString, quint16> m_ports; // "host:port" → port
};

} // namespace o365
