#include "SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace o365 {

SecretStore::~SecretStore() = default;

namespace {

SecretStore::Result resultOf(const QKeychain::Job* job)
{
    SecretStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.error = SecretStore::Error::NotFound;
        r.message = QCoreApplication::translate("SecretStore", "Nothing is stored in the keychain for this entry yet.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
        r.error = SecretStore::Error::Unavailable;
        break;
    default:
        // Without a Secret Service (no D-Bus session, keyring locked) libsecret reports OtherError.
        r.error = SecretStore::Error::Unavailable;
        break;
    }
    r.message = QCoreApplication::translate("SecretStore", "The keychain cannot be used (%1). Unlock the desktop keyring (or start one), or use the secret "
                   "for this run only.")
                    .arg(job->errorString());
    return r;
}

template <typename JobT> void run(JobT* job, QObject* context, SecretStore::Callback done, bool read)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [done, read](QKeychain::Job* j) {
        SecretStore::Result r = resultOf(j);
        if (r.ok() && read)
            r.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData();
        done(r);
    });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service) : m_service(service) {}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done), true);
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    run(job, context, std::move(done), false);
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done), false);
}

void MemorySecretStore::read(const QString& key, QObject* context, Callback done)
{
    Result r;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        r.error = Error::NotFound;
        r.message = QCoreApplication::translate("SecretStore", "Nothing is stored for this entry in this run.");
    } else {
        r.secret = *it;
    }
    QTimer::singleShot(0, context, [done, r] { done(r); });
}

void MemorySecretStore::write(const QString& key, const QByteArray& secret, QObject* context, Callback done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, context, [done] { done(Result{}); });
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, context, [done] { done(Result{}); });
}

} // namespace o365
