#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Certificates made by the openssl command line for a test: a test CA and leaf
// certificates signed by it (valid, expired, for another host, soon to expire), or
// self-signed. Test code only: it runs openssl synchronously.
class TestPki
{
public:
    struct Leaf
    {
        QSslCertificate certificate;
        QSslKey key;
        QString certificatePath;
        bool ok() const { return !certificate.isNull() && !key.isNull(); }
    };

    TestPki();
    bool isValid() const { return m_ok; }
    QString error() const { return m_error; }
    QSslCertificate caCertificate() const { return m_ca; }
    QString caCertificatePath() const { return m_dir.path() + QStringLiteral("/ca.crt"); }

    // Signed by the test CA, valid from `notBefore` to `notAfter`, for the DNS names given.
    Leaf issue(const QString& name, const QStringList& dnsNames, const QDateTime& notBefore, const QDateTime& notAfter);
    Leaf selfSigned(const QString& name, const QStringList& dnsNames, int days);
    // What `openssl x509 -fingerprint -sha256` prints for a certificate file ("AB:CD:…").
    QString opensslFingerprint(const QString& certificatePath);

private:
    bool run(const QStringList& args);
    Leaf load(const QString& base);

    QTemporaryDir m_dir;
    QSslCertificate m_ca;
    bool m_ok = false;
    QString m_error;
};
