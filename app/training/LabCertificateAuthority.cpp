#include "LabCertificateAuthority.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace o365 {

namespace {

struct PkeyDeleter {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct X509Deleter {
    void operator()(X509* x) const { X509_free(x); }
};
struct BioDeleter {
    void operator()(BIO* b) const { BIO_free(b); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

QString opensslError(const char* what)
{
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    if (code)
        ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QStringLiteral("%1: %2").arg(QLatin1String(what), code ? QLatin1String(buffer) : QLatin1String("failed"));
}

PkeyPtr newKey() { return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")); }

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for `subjectKey`, unsigned yet: serial, validity and subject set.
X509Ptr newCertificate(EVP_PKEY* subjectKey, const QString& commonName, const QDateTime& notBefore,
                       const QDateTime& notAfter)
{
    X509Ptr cert(X509_new());
    if (!cert)
        return nullptr;
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return nullptr;
    serial[0] &= 0x7f; // positive
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialOk = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    if (!serialOk || X509_set_version(cert.get(), 2) != 1 ||
        !ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore.toSecsSinceEpoch())) ||
        !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter.toSecsSinceEpoch())) ||
        X509_set_pubkey(cert.get(), subjectKey) != 1)
        return nullptr;
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Training lab"),
                                   -1, -1, 0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                                   -1, -1, 0) != 1)
        return nullptr;
    return cert;
}

QByteArray pem(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QByteArray pem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

} // namespace

struct LabCertificateAuthority::Key {
    PkeyPtr pkey;
    X509Ptr cert;
};

LabCertificateAuthority::LabCertificateAuthority() = default;
LabCertificateAuthority::~LabCertificateAuthority() = default;

bool LabCertificateAuthority::create(const QString& commonName, QString* error)
{
    auto key = std::make_unique<Key>();
    key->pkey = newKey();
    if (!key->pkey) {
        *error = opensslError("creating the lab CA key");
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    key->cert = newCertificate(key->pkey.get(), commonName, now.addDays(-1), now.addDays(30));
    if (!key->cert || X509_set_issuer_name(key->cert.get(), X509_get_subject_name(key->cert.get())) != 1 ||
        !addExtension(key->cert.get(), key->cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(key->cert.get(), key->cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(key->cert.get(), key->cert.get(), NID_subject_key_identifier, "hash") ||
        X509_sign(key->cert.get(), key->pkey.get(), EVP_sha256()) == 0) {
        *error = opensslError("creating the lab CA certificate");
        return false;
    }
    m_certificate = QSslCertificate(pem(key->cert.get()), QSsl::Pem);
    if (m_certificate.isNull()) {
        *error = QStringLiteral("the lab CA certificate could not be read back");
        return false;
    }
    m_key = std::move(key);
    return true;
}

LabCertificateAuthority::Issued LabCertificateAuthority::issue(const QStringList& dnsNames, const QDateTime& notBefore,
                                                               const QDateTime& notAfter, QString* error) const
{
    Issued out;
    if (!m_key || dnsNames.isEmpty()) {
        *error = QStringLiteral("the lab CA is not created, or no host name was given");
        return out;
    }
    PkeyPtr key = newKey();
    X509Ptr cert = key ? newCertificate(key.get(), dnsNames.first(), notBefore, notAfter) : nullptr;
    QStringList san;
    for (const QString& n : dnsNames)
        san << QStringLiteral("DNS:") + n;
    const QByteArray sanValue = san.join(QLatin1Char(',')).toUtf8();
    if (!cert || X509_set_issuer_name(cert.get(), X509_get_subject_name(m_key->cert.get())) != 1 ||
        !addExtension(cert.get(), m_key->cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), m_key->cert.get(), NID_key_usage, "critical,digitalSignature,keyAgreement") ||
        !addExtension(cert.get(), m_key->cert.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), m_key->cert.get(), NID_subject_alt_name, sanValue.constData()) ||
        !addExtension(cert.get(), m_key->cert.get(), NID_authority_key_identifier, "keyid:always") ||
        X509_sign(cert.get(), m_key->pkey.get(), EVP_sha256()) == 0) {
        *error = opensslError("issuing a lab server certificate");
        return out;
    }
    out.certificate = QSslCertificate(pem(cert.get()), QSsl::Pem);
    out.key = QSslKey(pem(key.get()), QSsl::Ec, QSsl::Pem);
    if (out.certificate.isNull() || out.key.isNull())
        *error = QStringLiteral("a lab server certificate could not be read back");
    return out;
}

} // namespace o365
