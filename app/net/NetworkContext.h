#pragma once

#include <QList>
#include <QSslCertificate>

#include <functional>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkProxy;

namespace o365 {

class CaptureRecorder;
class HostResolver;
class ProcessRunner;
class SecretStore;

// What network checks need, injected so that tests and the training lab can replace it.
struct NetworkContext
{
    // A shared manager for every probe: only for tests that queue fake replies. Left empty,
    // each HTTPS probe uses a private manager of its own, so that no connection, and no
    // certificate decision cached with it, is ever shared between hosts or probes.
    QNetworkAccessManager* nam = nullptr;
    HostResolver* resolver = nullptr;
    // Certificate authorities trusted in addition to the system's (a test CA, the lab's CA).
    QList<QSslCertificate> extraCaCertificates;
    // Where the PA API password and the report signing key are kept (the OS keychain in the
    // application); null: nothing can be read or stored.
    SecretStore* secrets = nullptr;
    // Runs ssh and pear for the Provisioning Gateway Host checks; null: the system's programs.
    ProcessRunner* processRunner = nullptr;
    // Asked when a proxy wants a user name and password (QNetworkAccessManager::proxyAuthenticationRequired):
    // fills `authenticator` at once, or leaves it empty (the request then fails with the proxy's message).
    // The GUI keeps what the engineer entered in memory for the run only. Empty: nothing is answered.
    std::function<void(const QNetworkProxy& proxy, QAuthenticator* authenticator)> proxyAuthenticator;
    // Told when the proxy refused what proxyAuthenticator gave (the request fails): forget it, ask again.
    std::function<void(const QNetworkProxy& proxy)> proxyCredentialsRefused;
    // Records what the run sees from outside for a support bundle (PA API calls, HTTPS answers and
    // certificates, programs run); null: nothing is recorded. DNS is recorded by its resolver.
    CaptureRecorder* capture = nullptr;
    int dnsTimeoutMs = 8000;
    int httpTimeoutMs = 15000;
};

} // namespace o365
