#include "CaptureReplay.h"

#include "net/TlsEvidence.h"
#include "paapi/PaApiClient.h"
#include "paapi/XmlRpc.h"
#include "training/LabCertificateAuthority.h"
#include "training/LabHttpsServer.h"

#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslError>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

namespace o365 {

namespace {

// One recorded answer to one request.
struct Exchange {
    QString path;   // decoded, lower case (HTTPS answers)
    QString method; // the XML-RPC method (PA API calls)
    QVariantList params; // the call's parameters, secret fields left out
    int httpStatus = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString how; // how it ended: "none", "httpError", "timeout", "remoteClosed", … (HTTPS kind or PA outcome)
    QString progress; // of a timeout: "notConnected", "connected", "answering"
};

QVariantList callParams(const QByteArray& xml, QString* method)
{
    const XmlRpc::Call call = XmlRpc::decodeCall(xml);
    if (method)
        *method = call.valid ? call.method : QString();
    QVariantList out;
    for (const QVariant& p : call.params)
        out << PaApiClient::withoutSecretFields(p); // as the capture kept them: compared like for like
    return out;
}

// The certificate errors that mean "not issued by a CA this computer trusts": a replay's imitation
// then comes from a CA nobody trusts. Expiry and a wrong name follow from the imitated dates and names.
bool untrustedIssuer(const QList<int>& codes)
{
    for (int c : codes) {
        switch (QSslError::SslError(c)) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::UnableToDecryptCertificateSignature:
        case QSslError::CertificateSignatureFailed:
        case QSslError::InvalidCaCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::AuthorityIssuerSerialNumberMismatch:
        case QSslError::CertificateRevoked:
            return true;
        default:
            break;
        }
    }
    return false;
}

// Recorded headers that describe the transfer, not the answer: the server writes its own.
bool transferHeader(const QByteArray& name)
{
    const QByteArray n = name.toLower();
    return n == "content-length" || n == "connection" || n == "transfer-encoding" || n == "content-encoding" ||
           n == "keep-alive" || n == "server" || n == "content-type";
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    for (const auto& [n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

LabHttpsServer::Response notCaptured(const QString& what)
{
    LabHttpsServer::Response r;
    r.status = 404;
    r.contentType = "text/plain; charset=utf-8";
    r.server.clear();
    r.body = QStringLiteral("Not in the support bundle's capture: %1").arg(what).toUtf8();
    return r;
}

LabHttpsServer::Response replayed(const Exchange& x)
{
    LabHttpsServer::Response r;
    if (x.httpStatus <= 0) {
        // No HTTP answer came: the connection hung or was closed before one.
        if (x.how == QLatin1String("timeout"))
            r.hang = true;
        else
            r.reset = true;
        return r;
    }
    r.status = x.httpStatus;
    r.body = x.body;
    r.server = headerValue(x.headers, "server");
    const QByteArray type = headerValue(x.headers, "content-type");
    r.contentType = type.isEmpty() && !x.method.isEmpty() ? QByteArrayLiteral("text/xml") : type;
    for (const auto& h : x.headers)
        if (!transferHeader(h.first))
            r.headers << h;
    if (x.how == QLatin1String("timeout") && x.progress == QLatin1String("answering"))
        r.dripIntervalMs = 3600 * 1000; // the headers and a first byte, then nothing within any timeout
    return r;
}

} // namespace

// Every exchange recorded with one host:port.
struct CaptureReplay::Endpoint {
    QString host; // lower case
    int port = 0;
    bool tls = true;
    QList<Exchange> https;
    QList<Exchange> pa;
    QSslCertificate leaf;  // the last certificate the host sent
    QList<int> sslErrors;  // what the client found wrong with it
    bool paTlsRefused = false;
    quint16 listening = 0; // 0: no server (the host refused or was not found)
};

// DNS answers from the capture; every connection goes to the replay's servers on loopback.
class CaptureReplay::Resolver : public HostResolver
{
public:
    QHash<QString, QHostInfo> answers; // lower-case host → the last recorded answer
    QHash<QString, quint16> ports;     // "host:port" → replay server port
    quint16 refusedPort = 0;           // nothing listens there

    void lookup(const QString& host, QObject* context, std::function<void(const QHostInfo&)> done) override
    {
        const auto it = answers.constFind(host.toLower());
        if (it == answers.constEnd())
            return; // not captured: never answers, as a lookup that timed out was captured
        QHostInfo info = *it;
        info.setHostName(host);
        QTimer::singleShot(0, context, [done, info] { done(info); });
    }
    std::optional<QHostAddress> pinnedAddress(const QString&) const override
    {
        return QHostAddress(QHostAddress::LocalHost); // nothing of a replay leaves this computer
    }
    std::optional<quint16> pinnedPort(const QString& host, int port) const override
    {
        return ports.value(QStringLiteral("%1:%2").arg(host.toLower()).arg(port), refusedPort);
    }
};

// ssh and pear as the captured run saw them, matched by program name and arguments.
class CaptureReplay::Runner : public ProcessRunner
{
public:
    struct Run {
        QString program;
        QStringList arguments;
        Result result;
    };
    QList<Run> runs;

    void start(const QString& program, const QStringList& arguments, const QByteArray&, int, QObject* context,
               Callback done) override
    {
        const QString name = QFileInfo(program).fileName();
        Result r;
        r.program = program;
        r.failedToStart = true;
        r.errorString = tr("%1 %2 is not in the support bundle's capture.").arg(program, arguments.join(QLatin1Char(' ')));
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            if (QFileInfo(it->program).fileName() == name && it->arguments == arguments) {
                r = it->result;
                break;
            }
        }
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }
};

CaptureReplay::CaptureReplay(QObject* parent)
    : QObject(parent), m_resolver(std::make_unique<Resolver>()), m_runner(std::make_unique<Runner>())
{
}

CaptureReplay::~CaptureReplay() { stop(); }

HostResolver* CaptureReplay::resolver() { return m_resolver.get(); }

ProcessRunner* CaptureReplay::processRunner() { return m_runner.get(); }

QList<quint16> CaptureReplay::listeningPorts() const
{
    QList<quint16> ports;
    for (const LabHttpsServer* s : m_servers)
        if (s->isListening())
            ports << s->port();
    return ports;
}

QStringList CaptureReplay::hosts() const
{
    QStringList out;
    for (const auto& e : m_endpoints)
        out << QStringLiteral("%1:%2").arg(e->host).arg(e->port);
    return out;
}

void CaptureReplay::stop()
{
    for (LabHttpsServer* s : std::as_const(m_servers)) {
        s->close();
        delete s;
    }
    m_servers.clear();
}

bool CaptureReplay::start(const QJsonObject& capture, const LabCertificateAuthority& trusted, QString* error)
{
    stop();
    m_endpoints.clear();
    m_imitations.clear();
    m_paCalls = 0;
    m_resolver = std::make_unique<Resolver>();
    m_runner = std::make_unique<Runner>();
    if (capture.value(QStringLiteral("format")).toString() != QLatin1String("o365-upgrade-wizard-capture/1")) {
        *error = tr("The support bundle holds no capture (capture.json, format o365-upgrade-wizard-capture/1): it was "
                    "made without --capture or by another program.");
        return false;
    }
    QHash<QString, std::shared_ptr<Endpoint>> byKey;
    const auto endpointFor = [&](const QUrl& url) -> Endpoint* {
        const bool tls = url.scheme() != QLatin1String("http");
        const int port = url.port(tls ? 443 : 80);
        const QString key = QStringLiteral("%1:%2").arg(url.host().toLower()).arg(port);
        std::shared_ptr<Endpoint>& e = byKey[key];
        if (!e) {
            e = std::make_shared<Endpoint>();
            e->host = url.host().toLower();
            e->port = port;
            e->tls = tls;
            m_endpoints << e;
        }
        return e.get();
    };
    for (const QJsonValue& value : capture.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("https")) {
            const QUrl url(o.value(QStringLiteral("url")).toString());
            if (!url.isValid() || url.host().isEmpty())
                continue;
            Endpoint* e = endpointFor(url);
            Exchange x;
            x.path = url.path().toLower();
            x.httpStatus = o.value(QStringLiteral("httpStatus")).toInt();
            x.body = o.value(QStringLiteral("body")).toString().toUtf8();
            for (const QJsonValue& h : o.value(QStringLiteral("headers")).toArray())
                x.headers.append({h.toArray().at(0).toString().toLatin1(), h.toArray().at(1).toString().toLatin1()});
            x.how = o.value(QStringLiteral("failureKind")).toString();
            if (x.how == QLatin1String("timeout"))
                x.progress = o.value(QStringLiteral("error")).toString();
            e->https << x;
            const QJsonArray chain = o.value(QStringLiteral("certificateChain")).toArray();
            const QList<QSslCertificate> certs =
                chain.isEmpty() ? QList<QSslCertificate>()
                                : QSslCertificate::fromData(chain.at(0).toString().toLatin1(), QSsl::Pem);
            if (!certs.isEmpty()) {
                e->leaf = certs.first();
                e->sslErrors.clear();
                for (const QJsonValue& c : o.value(QStringLiteral("sslErrors")).toArray())
                    e->sslErrors << c.toInt();
            }
        } else if (kind == QLatin1String("paApi")) {
            const QUrl url(o.value(QStringLiteral("endpoint")).toString());
            if (!url.isValid() || url.host().isEmpty())
                continue;
            Endpoint* e = endpointFor(url);
            Exchange x;
            x.params = callParams(o.value(QStringLiteral("request")).toString().toUtf8(), nullptr);
            x.method = o.value(QStringLiteral("method")).toString();
            x.httpStatus = o.value(QStringLiteral("httpStatus")).toInt();
            x.body = o.value(QStringLiteral("answer")).toString().toUtf8();
            x.how = o.value(QStringLiteral("outcome")).toString();
            e->paTlsRefused = e->paTlsRefused || x.how == QLatin1String("tls");
            e->pa << x;
            ++m_paCalls;
        } else if (kind == QLatin1String("dns")) {
            const QString host = o.value(QStringLiteral("host")).toString().toLower();
            QHostInfo info;
            const int code = o.value(QStringLiteral("errorCode")).toInt();
            if (code != QHostInfo::NoError) {
                info.setError(QHostInfo::HostInfoError(code));
                info.setErrorString(o.value(QStringLiteral("error")).toString());
            } else {
                QList<QHostAddress> addresses;
                for (const QJsonValue& a : o.value(QStringLiteral("addresses")).toArray())
                    addresses << QHostAddress(a.toString());
                info.setAddresses(addresses);
            }
            m_resolver->answers.insert(host, info);
        } else if (kind == QLatin1String("process")) {
            Runner::Run run;
            run.program = o.value(QStringLiteral("program")).toString();
            for (const QJsonValue& a : o.value(QStringLiteral("arguments")).toArray())
                run.arguments << a.toString();
            ProcessRunner::Result& r = run.result;
            r.program = run.program;
            r.exitCode = o.value(QStringLiteral("exitCode")).toInt(-1);
            r.standardOutput = o.value(QStringLiteral("standardOutput")).toString().toUtf8();
            r.standardError = o.value(QStringLiteral("standardError")).toString().toUtf8();
            const QString failure = o.value(QStringLiteral("failure")).toString();
            r.timedOut = failure == QLatin1String("timed out");
            r.crashed = failure == QLatin1String("crashed");
            r.failedToStart = !failure.isEmpty() && !r.timedOut && !r.crashed;
            r.errorString = r.failedToStart ? failure : QString();
            m_runner->runs << run;
        }
    }

    if (m_endpoints.size() > MaxEndpoints) {
        *error = tr("The capture reaches %1 different hosts and ports; a replay serves at most %2.")
                     .arg(m_endpoints.size())
                     .arg(MaxEndpoints);
        return false;
    }
    // Nothing listens on the refused port: connections to a host:port the capture never reached,
    // or that refused it, are refused.
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = probe.errorString();
            return false;
        }
        m_resolver->refusedPort = probe.serverPort();
    }
    LabCertificateAuthority untrusted;
    if (!untrusted.create(QStringLiteral("Replay CA nobody trusts"), error))
        return false;
    for (const auto& e : std::as_const(m_endpoints)) {
        if (!startEndpoint(e, trusted, untrusted, error)) {
            stop();
            return false;
        }
        if (e->listening)
            m_resolver->ports.insert(QStringLiteral("%1:%2").arg(e->host).arg(e->port), e->listening);
    }
    return true;
}

bool CaptureReplay::startEndpoint(const std::shared_ptr<Endpoint>& self, const LabCertificateAuthority& trusted,
                                  const LabCertificateAuthority& untrusted, QString* error)
{
    Endpoint& e = *self;
    // A host that only refused the connection, or was not found, gets no server.
    bool reached = false;
    bool onlySilent = !e.https.isEmpty() && e.pa.isEmpty();
    for (const Exchange& x : std::as_const(e.https)) {
        reached = reached || (x.how != QLatin1String("connectionRefused") && x.how != QLatin1String("hostNotFound"));
        onlySilent = onlySilent && x.how == QLatin1String("timeout") && x.progress == QLatin1String("notConnected");
    }
    for (const Exchange& x : std::as_const(e.pa))
        reached = reached || (x.how != QLatin1String("connectionRefused") && x.how != QLatin1String("hostNotFound"));
    if (!reached)
        return true;

    const LabHttpsServer::Handler handler = [self](const LabHttpsServer::Request& request) {
        if (!self->pa.isEmpty() && request.method == "POST") {
            QString method;
            const QVariantList params = callParams(request.body, &method);
            const Exchange* sameMethod = nullptr;
            for (auto it = self->pa.crbegin(); it != self->pa.crend(); ++it) {
                if (it->method != method)
                    continue;
                if (it->params == params)
                    return replayed(*it);
                if (!sameMethod)
                    sameMethod = &*it;
            }
            if (sameMethod)
                return replayed(*sameMethod);
            return notCaptured(QStringLiteral("PA API %1").arg(method.isEmpty() ? QStringLiteral("(no method)") : method));
        }
        const QString path = request.path.toLower();
        const Exchange* refused = nullptr;
        for (auto it = self->https.crbegin(); it != self->https.crend(); ++it) {
            if (it->path != path)
                continue;
            if (it->how == QLatin1String("untrustedCertificate")) {
                // The captured run refused the certificate: only an accepted exception gets this far, and
                // an answer recorded after one is the one to give.
                if (!refused)
                    refused = &*it;
                continue;
            }
            return replayed(*it);
        }
        if (refused)
            return replayed(*refused); // no answer was ever seen: the connection is reset
        return notCaptured(QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.path));
    };

    LabHttpsServer* server = nullptr;
    if (!e.tls || onlySilent) {
        // Plain HTTP; to an HTTPS client that timed out before the handshake ended, a host that never completes one.
        server = new LabHttpsServer(onlySilent ? LabHttpsServer::Handler([](const LabHttpsServer::Request&) {
                                        LabHttpsServer::Response r;
                                        r.hang = true;
                                        return r;
                                    })
                                               : handler);
    } else {
        LabCertificateAuthority::Issued issued;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!e.leaf.isNull()) {
            QStringList names = e.leaf.subjectAlternativeNames().values(QSsl::DnsEntry);
            if (names.isEmpty())
                names = e.leaf.subjectInfo(QSslCertificate::CommonName);
            if (names.isEmpty())
                names << e.host;
            const LabCertificateAuthority& ca = untrustedIssuer(e.sslErrors) ? untrusted : trusted;
            issued = ca.issue(names, e.leaf.effectiveDate(), e.leaf.expiryDate(), error);
        } else {
            issued = (e.paTlsRefused ? untrusted : trusted).issue({e.host}, now.addDays(-30), now.addDays(335), error);
        }
        if (issued.certificate.isNull())
            return false;
        if (!e.leaf.isNull())
            m_imitations.append({e.host, TlsEvidence::sha256Fingerprint(e.leaf),
                                 TlsEvidence::sha256Fingerprint(issued.certificate)});
        server = new LabHttpsServer(issued.certificate, issued.key, handler);
    }
    m_servers << server;
    if (!server->listen(error))
        return false;
    e.listening = server->port();
    return true;
}

} // namespace o365
