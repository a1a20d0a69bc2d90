#include "HttpsProbeCheck.h"

#include "net/CaptureRecorder.h"

#include "core/AppInfo.h"
#include "core/Clock.h"
#include "net/HostResolver.h"
#include "net/NetworkFailure.h"
#include "net/ProxySettings.h"
#include "net/SecureRequest.h"
#include "net/TlsEvidence.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace o365 {

namespace {

QString normalizedFingerprint(QString fp) { return fp.remove(QLatin1Char(':')).remove(QLatin1Char(' ')).toUpper(); }


} // namespace

HttpsProbeCheck::HttpsProbeCheck(Spec spec, const QUrl& url, Expect expect, const NetworkContext& net,
                                 const QString& acceptedFingerprint, Clock* clock, QObject* parent)
    : Check(std::move(spec), clock, parent), m_url(url), m_expect(expect), m_net(net),
      m_acceptedFingerprint(acceptedFingerprint)
{
}

HttpsProbeCheck::~HttpsProbeCheck() { abort(); }

void HttpsProbeCheck::run()
{
    m_certificate = QSslCertificate();
    m_tlsProblems.clear();
    m_sslErrorCodes.clear();
    m_exceptionUsed = false;
    m_connected = false;
    m_received = 0;
    m_body.clear();
    m_redirects.clear();
    if (!m_url.isValid() || m_url.scheme() != QLatin1String("https") || m_url.host().isEmpty()) {
        finish(CheckStatus::Skipped, tr("Enter a valid https URL first."));
        return;
    }
    sendRequest(m_url);
}

void HttpsProbeCheck::sendRequest(const QUrl& url)
{
    m_current = url;
    QNetworkRequest request = makeSecureRequest(url, m_net);
    request.setRawHeader("Connection", "close"); // one probe, one connection: no reuse across hosts

    QNetworkAccessManager* nam = m_net.nam;
    if (!nam) {
        // A manager per request: no connection (and no accepted certificate) is reused.
        delete m_ownNam;
        m_ownNam = new QNetworkAccessManager(this);
        ProxySettings::connectAuthenticator(m_ownNam, m_net);
        nam = m_ownNam;
    }
    m_reply = nam->get(request);
    QNetworkReply* reply = m_reply;
    // Qt buffers without limit by default; the probe keeps only MaxBodyBytes, so the network
    // layer need not take more before we abort.
    reply->setReadBufferSize(MaxBodyBytes);
    connect(reply, &QNetworkReply::sslErrors, this, &HttpsProbeCheck::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        m_connected = true;
        m_certificate = reply->sslConfiguration().peerCertificate();
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_connected = true; });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        const QByteArray chunk = reply->readAll();
        m_received += chunk.size();
        if (m_body.size() < MaxBodyBytes)
            m_body += chunk.left(MaxBodyBytes - m_body.size());
        if (m_received >= MaxBodyBytes)
            reply->abort(); // enough to judge: the status code is known
    });
    connect(reply, &QNetworkReply::finished, this, &HttpsProbeCheck::onFinished);
}

void HttpsProbeCheck::onSslErrors(const QList<QSslError>& errors)
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    QSslCertificate cert = reply->sslConfiguration().peerCertificate();
    if (cert.isNull() && !errors.isEmpty())
        cert = errors.first().certificate();
    m_certificate = cert;

    m_tlsProblems = NetworkFailure::explainSslErrors(errors, m_current.host());
    m_sslErrorCodes.clear();
    for (const QSslError& e : errors)
        m_sslErrorCodes << int(e.error());
    if (!m_acceptedFingerprint.isEmpty() &&
        normalizedFingerprint(TlsEvidence::sha256Fingerprint(cert)) == normalizedFingerprint(m_acceptedFingerprint)) {
        m_exceptionUsed = true;
        reply->ignoreSslErrors(errors);
        return;
    }
    // Refuse explicitly: the network stack may remember errors that an earlier probe of the
    // same host ignored; this probe's decision is the one that counts.
    reply->abort();
}

QJsonObject HttpsProbeCheck::baseEvidence() const
{
    QJsonObject ev;
    ev.insert(QStringLiteral("url"), m_url.toString());
    if (!m_certificate.isNull())
        ev.insert(QStringLiteral("tls"), TlsEvidence::describe(m_certificate, m_url.host(), clock()->now()));
    if (!m_tlsProblems.isEmpty())
        ev.insert(QStringLiteral("tlsProblems"), QJsonArray::fromStringList(m_tlsProblems));
    if (m_exceptionUsed)
        ev.insert(QStringLiteral("certificateException"), m_acceptedFingerprint);
    if (!m_redirects.isEmpty())
        ev.insert(QStringLiteral("redirects"), QJsonArray::fromStringList(m_redirects));
    ev.insert(QStringLiteral("bytesReceived"), m_received);
    if (!m_body.isEmpty())
        ev.insert(QStringLiteral("bodyExcerpt"), QString::fromUtf8(m_body).simplified().left(ExcerptChars));
    return ev;
}

QJsonObject HttpsProbeCheck::partialEvidence() const { return baseEvidence(); }

QString HttpsProbeCheck::timeoutMessage() const
{
    const QString seconds = QString::number(spec().timeoutMs / 1000.0, 'g', 3);
    const NetworkFailure::Progress progress = NetworkFailure::timedOut(m_connected, m_received).progress;
    if (progress == NetworkFailure::Progress::Answering)
        return tr("%1 started answering but sent only %2 bytes in %3 seconds: the server, or a proxy on the way, is "
                  "stalling. Check the application pool on the gateway host, then re-run.")
            .arg(hostAndPort(m_url))
            .arg(m_received)
            .arg(seconds);
    if (progress == NetworkFailure::Progress::Connected)
        return tr("%1 accepted the HTTPS connection but sent no answer within %2 seconds: the site or its "
                  "application pool may be hung. Check it in IIS Manager, then re-run.")
            .arg(hostAndPort(m_url), seconds);
    return tr("No HTTPS connection to %1 within %2 seconds: the host is down, or a firewall drops the traffic on the "
              "way. Check that this computer can reach it, then re-run.")
        .arg(hostAndPort(m_url), seconds);
}

// A probe that timed out is recorded too: how far it got ("timeout" with the progress as its error)
// is what a replay of the support bundle must play again.
void HttpsProbeCheck::timingOut()
{
    if (!m_net.capture || !m_reply)
        return;
    const NetworkFailure::Progress progress = NetworkFailure::timedOut(m_connected, m_received).progress;
    const QString how = progress == NetworkFailure::Progress::Answering   ? QStringLiteral("answering")
                        : progress == NetworkFailure::Progress::Connected ? QStringLiteral("connected")
                                                                           : QStringLiteral("notConnected");
    QList<QSslCertificate> chain;
    if (!m_certificate.isNull())
        chain << m_certificate;
    m_net.capture->recordHttps(m_current, 0, m_reply->rawHeaderPairs(), m_body, chain, how,
                               NetworkFailure::kindName(NetworkFailure::Kind::Timeout), m_sslErrorCodes);
}

void HttpsProbeCheck::abort()
{
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpsProbeCheck::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || !isRunning())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    // Certificate problems accepted by exception are no failure: the reply then stands on its own.
    const NetworkFailure failure = NetworkFailure::fromReply(*reply, m_exceptionUsed ? QStringList() : m_tlsProblems);
    if (m_net.capture) // the answer as it came (the body readyRead kept), for a support bundle
        m_net.capture->recordHttps(m_current, failure.httpStatus, reply->rawHeaderPairs(), m_body,
                                   reply->sslConfiguration().peerCertificateChain(), failure.detail,
                                   NetworkFailure::kindName(failure.kind), m_sslErrorCodes);
    if (failure.kind == NetworkFailure::Kind::UntrustedCertificate) {
        QJsonObject ev = baseEvidence();
        ev.insert(QStringLiteral("certificateAcceptable"), true);
        finish(CheckStatus::Failed,
               tr("The certificate of %1 is not trusted: %2. If you have checked this certificate with the customer, "
                  "accept it for this host by its SHA-256 fingerprint %3.")
                   .arg(hostAndPort(m_current), m_tlsProblems.join(QStringLiteral("; ")),
                        TlsEvidence::sha256Fingerprint(m_certificate)),
               failure.detail, ev);
        return;
    }
    const int status = failure.httpStatus;
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (status >= 300 && status < 400 && location.isValid()) {
        const QUrl next = m_current.resolved(location);
        m_redirects << next.toString();
        const QJsonObject ev = baseEvidence();
        if (next.scheme() != QLatin1String("https")) {
            finish(CheckStatus::Failed,
                   tr("%1 redirects from https to %2, which the wizard does not follow.").arg(m_url.toString(), next.toString()),
                   QStringLiteral("HTTP %1").arg(status), ev);
            return;
        }
        if (m_redirects.size() > MaxRedirects || m_redirects.count(next.toString()) > 1) {
            finish(CheckStatus::Failed,
                   tr("%1 redirects in a loop (%2 redirects, last to %3). Check the application's HTTP Redirect and "
                      "URL Rewrite settings in IIS.")
                       .arg(m_url.toString())
                       .arg(m_redirects.size())
                       .arg(next.toString()),
                   QStringLiteral("HTTP %1").arg(status), ev);
            return;
        }
        sendRequest(next);
        return;
    }
    QJsonObject ev = baseEvidence();
    if (status) {
        judgeStatus(status, ev);
        return;
    }
    const QString where = hostAndPort(m_url);
    const QString& detail = failure.detail;
    ev.insert(QStringLiteral("networkError"), detail);
    QString message;
    switch (failure.kind) {
    case NetworkFailure::Kind::TlsHandshake:
        message = tr("The TLS handshake with %1 failed (%2): the server may offer only old protocols or ciphers.")
                      .arg(where, detail);
        break;
    case NetworkFailure::Kind::ConnectionRefused:
        message = tr("%1 refused the connection: nothing listens for HTTPS there. Check the IIS site's https binding "
                     "and that the site is started.")
                      .arg(where);
        break;
    case NetworkFailure::Kind::HostNotFound:
        if (!m_dnsStep.isEmpty()) {
            ev.insert(QStringLiteral("blockedBy"), m_dnsStep);
            finish(CheckStatus::Skipped,
                   tr("Blocked by step %1: %2 is not found in DNS from this computer. Fix step %1 first; this check "
                      "runs again then.")
                       .arg(m_dnsStep, m_url.host()),
                   detail, ev);
            return;
        }
        message = tr("%1 was not found in DNS from this computer.").arg(m_url.host());
        break;
    case NetworkFailure::Kind::RemoteClosed:
        message = tr("%1 closed the connection without answering. Check the site's https binding and its certificate "
                     "in IIS.")
                      .arg(where);
        break;
    case NetworkFailure::Kind::TooManyRedirects:
        message = tr("%1 redirects in a loop (more than 5 redirects). Check the application's HTTP Redirect and URL "
                     "Rewrite settings in IIS.")
                      .arg(m_url.toString());
        break;
    case NetworkFailure::Kind::InsecureRedirect:
        message = tr("%1 redirects from https to plain http, which the wizard does not follow.").arg(m_url.toString());
        break;
    case NetworkFailure::Kind::Proxy:
        message = failure.remedy;
        break;
    default:
        message = tr("Requesting %1 failed: %2").arg(m_url.toString(), detail);
        break;
    }
    finish(CheckStatus::Failed, message, detail, ev);
}

void HttpsProbeCheck::judgeStatus(int status, QJsonObject ev)
{
    ev.insert(QStringLiteral("httpStatus"), status);
    const QString url = m_url.toString();
    const QString file = m_url.fileName();
    CheckStatus result = CheckStatus::Failed;
    QString message;
    if (status == 200) {
        result = CheckStatus::Passed;
        message = m_expect == Expect::WcfService ? tr("%1 is present and answers (HTTP 200).").arg(file)
                                                 : tr("%1 answers (HTTP 200).").arg(url);
    } else if (status == 404) {
        if (m_expect == Expect::WcfService) {
            ev.insert(QStringLiteral("kbStop"), true);
            message = tr("%1 answers 404 Not Found: this application has no %2. The KB says: \"%3\" The upgrade of "
                         "this application stops here.")
                          .arg(url, file, m_stopMessage);
        } else {
            message = tr("%1 answers 404 Not Found: the file is missing from the application.").arg(url);
        }
    } else if (status == 401 || status == 403) {
        result = m_expect == Expect::Endpoint ? CheckStatus::Warning : CheckStatus::Failed;
        message = tr("%1 answers HTTP %2 (access denied): the service must answer anonymously. Check the "
                     "application's authentication and IP restrictions in IIS.")
                      .arg(url)
                      .arg(status);
    } else if (status == 503) {
        message = tr("%1 answers HTTP 503: the application pool is stopped or overloaded. Start it in IIS Manager.")
                      .arg(url);
    } else if (status >= 500) {
        message = tr("%1 answers HTTP %2 (server error): the application exists but fails. Check its application "
                     "pool and the Windows event log on the gateway host.")
                      .arg(url)
                      .arg(status);
    } else if (m_expect == Expect::Endpoint && status < 500) {
        result = CheckStatus::Warning;
        message = tr("%1 answers HTTP %2: it is there, but not with 200.").arg(url).arg(status);
    } else {
        message = tr("%1 answers HTTP %2, where 200 was expected.").arg(url).arg(status);
    }
    if (result != CheckStatus::Failed) {
        QStringList notes;
        if (m_exceptionUsed)
            notes << tr("Its certificate is not trusted (%1) and was accepted by exception (SHA-256 %2).")
                         .arg(m_tlsProblems.join(QStringLiteral("; ")), TlsEvidence::sha256Fingerprint(m_certificate));
        const QString expiry = TlsEvidence::expiryWarning(m_certificate, clock()->now());
        if (!expiry.isEmpty())
            notes << expiry;
        if (!notes.isEmpty()) {
            result = CheckStatus::Warning;
            message += QLatin1Char(' ') + notes.join(QLatin1Char(' '));
        }
    }
    finish(result, message, QStringLiteral("HTTP %1").arg(status), ev);
}

} // namespace o365
