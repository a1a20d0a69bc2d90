#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <memory>

namespace o365 {

// The training lab's certificate authority: an EC P-256 key and a self-signed CA certificate
// made in memory at start-up (OpenSSL libcrypto), trusted only through the lab's NetworkContext.
// It issues server certificates for lab host names, including deliberately broken ones
// (expired, for another host) that the real checks must catch. Nothing is written to disk.
class LabCertificateAuthority
{
public:
    struct Issued {
        QSslCertificate certificate;
        QSslKey key;
    };

    LabCertificateAuthority();
    ~LabCertificateAuthority();
    LabCertificateAuthority(const LabCertificateAuthority&) = delete;
    LabCertificateAuthority& operator=(const LabCertificateAuthority&) = delete;

    // Makes the CA (valid from a day ago for 30 days). False, with *error, if OpenSSL refuses.
    bool create(const QString& commonName, QString* error);
    QSslCertificate certificate() const { return m_certificate; }

    // A server certificate for `dnsNames` (the first is also the common name) valid in [notBefore, notAfter].
    Issued issue(const QStringList& dnsNames, const QDateTime& notBefore, const QDateTime& notAfter,
                 QString* error) const;

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    QSslCertificate m_certificate;
};

} // namespace o365
