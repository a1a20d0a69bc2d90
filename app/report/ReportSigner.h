#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace o365
{

// An Ed25519 key (OpenSSL EVP): signs and verifies report bytes. A signer made from a public
// key only can verify but not sign. Signatures are the raw 64 bytes, as
// `openssl pkeyutl -sign -rawin` writes them.
class ReportSigner
{
    Q_DECLARE_TR_FUNCTIONS(ReportSigner)
public:
    ReportSigner() = default;

    static ReportSigner generate();
    // PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"); a null signer and *error on failure.
    static ReportSigner fromPrivateKeyPem(const QByteArray& pem, QString* error = nullptr);
    // SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----").
    static ReportSigner fromPublicKeyPem(const QByteArray& pem, QString* error = nullptr);

    bool isNull() const { return !m_key; }
    bool hasPrivateKey() const { return m_hasPrivate; }

    QByteArray privateKeyPem() const; // empty without a private key
    QByteArray publicKeyPem() const;
    QByteArray publicKeyDer() const;
    // SHA-256 of the DER public key, upper-case hex with colons ("AB:CD:…").
    QString fingerprint() const;

    QByteArray sign(const QByteArray& data) const; // 64 bytes; empty on failure
    bool verify(const QByteArray& data, const QByteArray& signature) const;

    static QString sha256Hex(const QByteArray& data); // lower-case hex, no separators

private:
    std::shared_ptr<EVP_PKEY> m_key;
    bool m_hasPrivate = false;
};

} // namespace o365
