#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace o365 {

// Where secrets live: the OS keychain in the application (KeychainSecretStore), memory for
// "this run only" and for tests (MemorySecretStore). Every call is asynchronous: `done`
// runs later in `context`'s thread, unless `context` is gone by then. The session and every
// file, log and report hold only a key, never the secret.
class SecretStore
{
public:
    enum class Error {
        None,
        NotFound,    // nothing stored under that key
        Unavailable, // no keychain (no D-Bus, no Secret Service, locked, refused)
        Other,
    };
    struct Result
    {
        Error error = Error::None;
        QString message; // plain, says what to do; empty when ok
        QByteArray secret;
        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Result&)>;

    virtual ~SecretStore();
    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QByteArray& secret, QObject* context, Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;
};

// The OS keychain through QtKeychain (libsecret / Secret Service on Linux), with the insecure
// plain-text fallback switched off.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString& service = QStringLiteral("o365-upgrade-wizard"));
    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

private:
    QString m_service;
};

// Secrets kept in memory only, for the length of the run.
class MemorySecretStore : public SecretStore
{
public:
    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace o365
