#include "ReportSigner.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace o365
{

namespace
{

std::shared_ptr<EVP_PKEY> wrap(EVP_PKEY* key)
{
    return key ? std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free) : nullptr;
}

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return {};
    char buffer[256];
    ERR_error_string_n(e, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, int(size)) : QByteArray();
}

} // namespace

ReportSigner ReportSigner::generate()
{
    ReportSigner s;
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    EVP_PKEY* key = nullptr;
    if (ctx && EVP_PKEY_keygen_init(ctx) > 0 && EVP_PKEY_keygen(ctx, &key) > 0) {
        s.m_key = wrap(key);
        s.m_hasPrivate = true;
    }
    EVP_PKEY_CTX_free(ctx);
    return s;
}

ReportSigner ReportSigner::fromPrivateKeyPem(const QByteArray& pem, QString* error)
{
    ReportSigner s;
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* key = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (!key || EVP_PKEY_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        if (error)
            *error = tr("The stored signing key is not an Ed25519 private key in PEM form. %1").arg(opensslError());
        return s;
    }
    s.m_key = wrap(key);
    s.m_hasPrivate = true;
    return s;
}

ReportSigner ReportSigner::fromPublicKeyPem(const QByteArray& pem, QString* error)
{
    ReportSigner s;
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* key = bio ? PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (!key || EVP_PKEY_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        if (error)
            *error = tr("The public key is not an Ed25519 public key in PEM form. %1").arg(opensslError());
        return s;
    }
    s.m_key = wrap(key);
    return s;
}

QByteArray ReportSigner::privateKeyPem() const
{
    if (!m_key || !m_hasPrivate)
        return {};
    BIO* bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) > 0)
        out = bioBytes(bio);
    BIO_free(bio);
    return out;
}

QByteArray ReportSigner::publicKeyPem() const
{
    if (!m_key)
        return {};
    BIO* bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (PEM_write_bio_PUBKEY(bio, m_key.get()) > 0)
        out = bioBytes(bio);
    BIO_free(bio);
    return out;
}

QByteArray ReportSigner::publicKeyDer() const
{
    if (!m_key)
        return {};
    unsigned char* der = nullptr;
    const int size = i2d_PUBKEY(m_key.get(), &der);
    if (size <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), size);
    OPENSSL_free(der);
    return out;
}

QString ReportSigner::fingerprint() const
{
    const QByteArray der = publicKeyDer();
    if (der.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
}

QByteArray ReportSigner::sign(const QByteArray& data) const
{
    if (!m_key || !m_hasPrivate)
        return {};
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    QByteArray sig(64, '\0');
    size_t length = size_t(sig.size());
    const bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key.get()) > 0 &&
                    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &length,
                                   reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) > 0;
    EVP_MD_CTX_free(ctx);
    if (!ok || length != 64)
        return {};
    return sig;
}

bool ReportSigner::verify(const QByteArray& data, const QByteArray& signature) const
{
    if (!m_key || signature.size() != 64)
        return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, m_key.get()) > 0 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
                         reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

QString ReportSigner::sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace o365
