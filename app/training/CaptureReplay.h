#pragma once

#include "net/HostResolver.h"
#include "net/ProcessRunner.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace o365 {

class LabCertificateAuthority;
class LabHttpsServer;

// A support bundle's capture played back as the training lab's outside world (--training FILE.zip):
// every host:port the captured run reached gets a loopback server that answers each request with
// what was recorded for it — the same HTTP status, headers and body, the same PA API answer for
// the same call, the same hang, reset or refused connection — and DNS and the programs run
// (ssh, pear) answer from the capture too. Where a host sent a certificate, the replay's imitates
// it (its names and validity dates; issued by the lab CA when it was trusted, by a CA nobody
// trusts when it was not), so the checks meet the same certificate problems. Where a request was
// made more than once, the last answer counts: it is the one the session's results came from.
// A request the capture holds no answer for is answered as not captured (HTTP 404 naming it, a
// program that cannot start, a name lookup that never answers — how a lookup that timed out is
// captured).
class CaptureReplay : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxEndpoints = 64; // host:port pairs; a real run reaches a handful

    explicit CaptureReplay(QObject* parent = nullptr);
    ~CaptureReplay() override;

    // Starts the servers of `capture` (CaptureRecorder::toJson()). `trusted` issues the certificates
    // of hosts the captured run trusted. False, with *error, when the capture is unusable or a
    // server cannot listen.
    bool start(const QJsonObject& capture, const LabCertificateAuthority& trusted, QString* error);
    void stop();

    HostResolver* resolver();
    ProcessRunner* processRunner();
    QList<quint16> listeningPorts() const;

    // Each certificate a captured host sent, and the replay's imitation of it (SHA-256 fingerprints,
    // "AB:CD:…"), so that a certificate exception the engineer accepted carries over.
    struct Imitation {
        QString host; // lower case
        QString recordedSha256;
        QString replaySha256;
    };
    QList<Imitation> imitations() const { return m_imitations; }

    // What the capture holds, for the scenario's summary: hosts and PA calls.
    QStringList hosts() const;
    int paCallCount() const { return m_paCalls; }

private:
    struct Endpoint;
    class Resolver;
    class Runner;
    bool startEndpoint(const std::shared_ptr<Endpoint>& endpoint, const LabCertificateAuthority& trusted,
                       const LabCertificateAuthority& untrusted, QString* error);

    QList<std::shared_ptr<Endpoint>> m_endpoints;
    QList<LabHttpsServer*> m_servers;
    QList<Imitation> m_imitations;
    std::unique_ptr<Resolver> m_resolver;
    std::unique_ptr<Runner> m_runner;
    int m_paCalls = 0;
};

} // namespace o365
