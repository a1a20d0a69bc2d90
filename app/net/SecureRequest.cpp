#include "SecureRequest.h"

#include "core/AppInfo.h"
#include "net/HostResolver.h"
#include "net/NetworkContext.h"

#include <QSslConfiguration>

namespace o365 {

QString hostAndPort(const QUrl& url)
{
    return url.port(-1) > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QNetworkRequest makeSecureRequest(const QUrl& url, const NetworkContext& net)
{
    QUrl target = url;
    QNetworkRequest request;
    const std::optional<QHostAddress> pinned = net.resolver ? net.resolver->pinnedAddress(url.host()) : std::nullopt;
    if (pinned) {
        // Connect to the address the resolver decided on; ask for, and verify, the real host.
        target.setHost(pinned->toString());
        request.setRawHeader("Host", hostAndPort(url).toUtf8());
        request.setPeerVerifyName(url.host());
        const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
        if (const std::optional<quint16> port = net.resolver->pinnedPort(url.host(), url.port(defaultPort)))
            target.setPort(*port);
    }
    request.setUrl(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("%1/%2").arg(appName(), appVersion()));
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!net.extraCaCertificates.isEmpty()) {
            QList<QSslCertificate> cas = ssl.caCertificates();
            cas += net.extraCaCertificates;
            ssl.setCaCertificates(cas);
        }
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        // A full handshake every time: a resumed TLS session would skip the certificate
        // decision this request must make for itself.
        ssl.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
        ssl.setSslOption(QSsl::SslOptionDisableSessionSharing, true);
        ssl.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
        request.setSslConfiguration(ssl);
    }
    return request;
}

} // namespace o365
