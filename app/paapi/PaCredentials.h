#pragma once

#include "checks/Check.h"
#include "paapi/PaApiClient.h"
#include "net/SecretStore.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace o365 {

class Session;

// The PA public API's address and login (from the session) and its password (from the
// SecretStore, under secretKey()). The checks of one run of a page share one PaCredentials: the
// store is read once, on the first obtain(), and every waiting check gets the same answer. The
// password stays in memory; it is registered with SessionLog so that no log line can hold it.
class PaCredentials : public QObject, public std::enable_shared_from_this<PaCredentials>
{
    Q_OBJECT
public:
    // How long reading the store may add to a check's own timeout.
    static constexpr int ReadAllowanceMs = 15000;

    // "pa-api/<login>@<host>": the SecretStore key of a login at the API's host.
    static QString secretKey(const QString& login, const QUrl& endpoint);
    // The address and login from the session's fields; never a password.
    static PaApiConfig configFrom(const Session& session);

    using Done = std::function<void(const PaApiConfig& withPassword, const SecretStore::Result& read)>;

    // store may be null: then every obtain() answers Unavailable.
    PaCredentials(const PaApiConfig& config, SecretStore* store);
    ~PaCredentials() override;

    const PaApiConfig& config() const { return m_config; }
    QString key() const { return secretKey(m_config.login, m_config.endpoint); }

    // Calls done once, from a later event-loop turn, unless context is gone by then. On success the
    // config carries the password; otherwise read says why (NotFound, Unavailable, …).
    void obtain(QObject* context, Done done);

private:
    void deliver();

    enum class State { Idle, Reading, Ready };
    PaApiConfig m_config;
    SecretStore* m_store;
    State m_state = State::Idle;
    SecretStore::Result m_read;
    QList<QPair<QPointer<QObject>, Done>> m_waiting;
};

// One PA API check that first gets its password from the run's PaCredentials, then builds and
// runs the real check (a PaApiCheck made by `make`) and reports its result under its own spec.
// Without an address and login the real check runs at once, unconfigured: it ends Skipped with its
// own manual-fallback message. Without a stored password it ends Skipped (manualFallback: true)
// and says how to provide one.
class PaCredentialedCheck : public Check
{
    Q_OBJECT
public:
    using Make = std::function<Check*(const PaApiConfig& config)>;
    PaCredentialedCheck(Spec spec, std::shared_ptr<PaCredentials> credentials, Make make, Clock* clock = nullptr,
                        QObject* parent = nullptr);
    ~PaCredentialedCheck() override;

protected:
    void run() override;
    void abort() override;
    QString timeoutMessage() const override;

private:
    void runInner(const PaApiConfig& config);
    void noPassword(const SecretStore::Result& read);
    void dropInner();

    std::shared_ptr<PaCredentials> m_credentials;
    Make m_make;
    QPointer<Check> m_inner;
    int m_generation = 0;
};

} // namespace o365
