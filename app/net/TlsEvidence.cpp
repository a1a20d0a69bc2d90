#include "TlsEvidence.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>

namespace o365 {

QString TlsEvidence::sha256Fingerprint(const QSslCertificate& cert)
{
    const QByteArray hex = cert.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

namespace {

bool wildcardMatch(const QString& pattern, const QString& host)
{
    const QString p = pattern.toLower();
    if (p == host)
        return true;
    // "*.example.com" matches exactly one label, never an IP address.
    if (!p.startsWith(QLatin1String("*.")) || QHostAddress(host).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return false;
    const int dot = host.indexOf(QLatin1Char('.'));
    return dot > 0 && host.mid(dot) == p.mid(1) && p.count(QLatin1Char('.')) >= 2;
}

} // namespace

bool TlsEvidence::matchesHost(const QSslCertificate& cert, const QString& hostIn)
{
    QString host = QString::fromLatin1(QUrl::toAce(hostIn)).toLower();
    if (host.isEmpty())
        host = hostIn.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    const auto sans = cert.subjectAlternativeNames();
    const QHostAddress ip(host);
    if (ip.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol) {
        for (const QString& a : sans.values(QSsl::IpAddressEntry)) {
            if (QHostAddress(a) == ip)
                return true;
        }
        return false;
    }
    const QStringList dns = sans.values(QSsl::DnsEntry);
    for (const QString& name : dns) {
        if (wildcardMatch(name, host))
            return true;
    }
    if (!dns.isEmpty())
        return false;
    for (const QString& cn : cert.subjectInfo(QSslCertificate::CommonName)) {
        if (wildcardMatch(cn, host))
            return true;
    }
    return false;
}

QString TlsEvidence::expiryWarning(const QSslCertificate& cert, const QDateTime& now)
{
    const qint64 days = now.daysTo(cert.expiryDate());
    if (cert.expiryDate() <= now || days >= ExpiryWarningDays)
        return {};
    return tr("The certificate expires in %n day(s), on %1: plan its renewal.", nullptr, int(days))
        .arg(cert.expiryDate().toString(Qt::ISODate));
}

QJsonObject TlsEvidence::describe(const QSslCertificate& cert, const QString& host, const QDateTime& now)
{
    QJsonObject o;
    o.insert(QStringLiteral("subject"), cert.subjectDisplayName());
    o.insert(QStringLiteral("issuer"), cert.issuerDisplayName());
    o.insert(QStringLiteral("sha256"), sha256Fingerprint(cert));
    o.insert(QStringLiteral("notBefore"), cert.effectiveDate().toString(Qt::ISODate));
    o.insert(QStringLiteral("notAfter"), cert.expiryDate().toString(Qt::ISODate));
    o.insert(QStringLiteral("daysLeft"), now.daysTo(cert.expiryDate()));
    o.insert(QStringLiteral("hostnameMatch"), matchesHost(cert, host));
    o.insert(QStringLiteral("selfSigned"), cert.isSelfSigned());
    QJsonArray names;
    for (const QString& n : cert.subjectAlternativeNames().values(QSsl::DnsEntry))
        names.append(n);
    o.insert(QStringLiteral("dnsNames"), names);
    return o;
}

QString TlsEvidence::explain(const QSslError& error, const QString& host)
{
    const QSslCertificate cert = error.certificate();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return tr("the certificate expired on %1").arg(cert.expiryDate().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return tr("the certificate is valid only from %1 (check this computer's clock too)")
            .arg(cert.effectiveDate().toString(Qt::ISODate));
    case QSslError::HostNameMismatch: {
        QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
        if (names.isEmpty())
            names = cert.subjectInfo(QSslCertificate::CommonName);
        return tr("the certificate is for %1, not for %2").arg(names.join(QStringLiteral(", ")), host);
    }
    case QSslError::SelfSignedCertificate:
        return tr("the certificate is self-signed (issued by nobody this computer trusts)");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return tr("the certificate was issued by \"%1\", an authority this computer does not trust")
            .arg(cert.issuerDisplayName());
    case QSslError::CertificateRevoked:
        return tr("the certificate was revoked");
    default:
        return error.errorString();
    }
}

} // namespace o365
