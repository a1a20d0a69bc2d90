#include "NetworkFailure.h"

#include "net/TlsEvidence.h"

#include <QNetworkRequest>

namespace o365
{

NetworkFailure NetworkFailure::fromReply(const QNetworkReply& reply, const QStringList& tlsProblems)
{
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    return fromError(reply.error(), status.isValid() ? status.toInt() : 0, reply.errorString(), tlsProblems);
}

NetworkFailure NetworkFailure::fromError(QNetworkReply::NetworkError error, int httpStatus, const QString& detail,
                                         const QStringList& tlsProblems)
{
    NetworkFailure f;
    f.error = error;
    f.httpStatus = httpStatus;
    f.detail = detail;
    f.tlsProblems = tlsProblems;
    f.remedy = proxyRemedy(error, detail);
    if (!tlsProblems.isEmpty()) {
        f.kind = Kind::UntrustedCertificate;
        return f;
    }
    switch (error) {
    case QNetworkReply::NoError:
        f.kind = Kind::None;
        break;
    case QNetworkReply::ConnectionRefusedError:
        f.kind = Kind::ConnectionRefused;
        break;
    case QNetworkReply::HostNotFoundError:
        f.kind = Kind::HostNotFound;
        break;
    case QNetworkReply::RemoteHostClosedError:
        f.kind = Kind::RemoteClosed;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        f.kind = Kind::TlsHandshake;
        break;
    case QNetworkReply::TimeoutError:
        f.kind = Kind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        f.kind = Kind::Canceled;
        break;
    case QNetworkReply::TooManyRedirectsError:
        f.kind = Kind::TooManyRedirects;
        break;
    case QNetworkReply::InsecureRedirectError:
        f.kind = Kind::InsecureRedirect;
        break;
    default:
        if (!f.remedy.isEmpty())
            f.kind = Kind::Proxy;
        else if (httpStatus >= 400)
            f.kind = Kind::HttpError; // Qt's content and server errors (404, 500 …) come with their status
        else
            f.kind = Kind::Other;
        break;
    }
    return f;
}

NetworkFailure NetworkFailure::timedOut(bool connected, qint64 bytesReceived)
{
    NetworkFailure f;
    f.kind = Kind::Timeout;
    f.error = QNetworkReply::TimeoutError;
    f.progress = bytesReceived > 0 ? Progress::Answering : (connected ? Progress::Connected : Progress::NotConnected);
    return f;
}

QStringList NetworkFailure::explainSslErrors(const QList<QSslError>& errors, const QString& host)
{
    QStringList problems;
    for (const QSslError& e : errors) {
        const QString text = TlsEvidence::explain(e, host);
        if (!problems.contains(text))
            problems << text;
    }
    return problems;
}

QString NetworkFailure::proxyRemedy(QNetworkReply::NetworkError error, const QString& detail)
{
    switch (error) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy asks for a user name and password and did not accept the ones given (or none were "
                  "given). Enter them when the wizard asks, or check the proxy user in Network settings on the "
                  "Start page, then re-run.");
    case QNetworkReply::ProxyConnectionRefusedError:
        return tr("The proxy refused the connection: check its host and port in Network settings on the Start "
                  "page (%1).")
            .arg(detail);
    case QNetworkReply::ProxyNotFoundError:
        return tr("The proxy's host name was not found: check it in Network settings on the Start page (%1).")
            .arg(detail);
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return tr("The proxy failed: %1. Check the proxy settings.").arg(detail);
    default:
        return {};
    }
}

QString NetworkFailure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::UntrustedCertificate:
        return QStringLiteral("untrustedCertificate");
    case Kind::TlsHandshake:
        return QStringLiteral("tlsHandshake");
    case Kind::ConnectionRefused:
        return QStringLiteral("connectionRefused");
    case Kind::HostNotFound:
        return QStringLiteral("hostNotFound");
    case Kind::RemoteClosed:
        return QStringLiteral("remoteClosed");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    case Kind::TooManyRedirects:
        return QStringLiteral("tooManyRedirects");
    case Kind::InsecureRedirect:
        return QStringLiteral("insecureRedirect");
    case Kind::Proxy:
        return QStringLiteral("proxy");
    case Kind::HttpError:
        return QStringLiteral("httpError");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("unknown");
}

} // namespace o365
