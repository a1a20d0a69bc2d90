#pragma once

#include <QCoreApplication>
#include <QString>

class QNetworkAccessManager;

namespace o365 {

struct NetworkContext;

// The proxy the wizard's HTTPS probes and PA API calls go through: the system's (default), none, or one entered
// by hand. Kept in QSettings (proxy/mode, proxy/host, proxy/port, proxy/user); a password never is: it is asked
// for when the proxy wants one (NetworkContext::proxyAuthenticator) and kept in memory for the run only.
class ProxySettings
{
    Q_DECLARE_TR_FUNCTIONS(o365::ProxySettings)
public:
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QString host;
    int port = 0;
    QString user;

    static ProxySettings load();
    void save() const;
    // Manual: a host (no scheme, spaces or path) and a port 1–65535; the others are always valid.
    bool isValid(QString* error = nullptr) const;
    // For every network access of the application from now on (QNetworkProxy::setApplicationProxy for a manual
    // proxy, the system's configuration otherwise). An invalid manual setting falls back to the system's.
    void apply() const;

    static QString modeKey(Mode mode);
    static Mode modeFromKey(const QString& key); // unknown: System

    // Answers the manager's proxyAuthenticationRequired from net.proxyAuthenticator (when set).
    static void connectAuthenticator(QNetworkAccessManager* nam, const NetworkContext& net);
};

} // namespace o365
