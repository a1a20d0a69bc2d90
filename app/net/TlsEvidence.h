#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace o365 {

// Facts about a server certificate, as evidence, and the reasons it is not trusted, in
// words an engineer can act on.
class TlsEvidence
{
    Q_DECLARE_TR_FUNCTIONS(TlsEvidence)
public:
    static constexpr int ExpiryWarningDays = 30;

    static QString sha256Fingerprint(const QSslCertificate& cert); // "AB:CD:…" (upper case)
    static bool matchesHost(const QSslCertificate& cert, const QString& host);
    static QJsonObject describe(const QSslCertificate& cert, const QString& host, const QDateTime& now);
    static QString explain(const QSslError& error, const QString& host);
    // Warning text when the certificate expires within ExpiryWarningDays; empty otherwise.
    static QString expiryWarning(const QSslCertificate& cert, const QDateTime& now);
};

} // namespace o365
