#include "PaCredentials.h"

#include "session/Session.h"
#include "core/SecretMemory.h"
#include "core/SessionLog.h"

#include <QTimer>

namespace o365 {

// ---- PaCredentials ---------------------------------------------------------------------

QString PaCredentials::secretKey(const QString& login, const QUrl& endpoint)
{
    return QStringLiteral("pa-api/%1@%2").arg(login, endpoint.host().toLower());
}

PaApiConfig PaCredentials::configFrom(const Session& session)
{
    PaApiConfig c;
    const QString url = session.field(Session::fieldPaApiUrl()).trimmed();
    if (!url.isEmpty())
        c.endpoint = QUrl(url, QUrl::StrictMode);
    // Credentials written into the address are never used (nor kept: a password belongs in the store).
    c.endpoint.setUserInfo(QString());
    c.login = session.field(Session::fieldPaApiLogin()).trimmed();
    c.plainHttpAcknowledged = session.plainHttpAcknowledged(c.endpoint.host());
    return c;
}

PaCredentials::PaCredentials(const PaApiConfig& config, SecretStore* store) : m_config(config), m_store(store)
{
    m_config.password.clear();
}

PaCredentials::~PaCredentials()
{
    SecretMemory::wipe(m_config.password);
}

void PaCredentials::obtain(QObject* context, Done done)
{
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    switch (m_state) {
    case State::Reading:
        return;
    case State::Ready:
        QTimer::singleShot(0, this, &PaCredentials::deliver);
        return;
    case State::Idle:
        break;
    }
    m_state = State::Reading;
    if (!m_store) {
        m_read.error = SecretStore::Error::Unavailable;
        m_read.message = tr("No keychain is available to this run, so the PA API password cannot be read.");
        m_state = State::Ready;
        QTimer::singleShot(0, this, &PaCredentials::deliver);
        return;
    }
    m_store->read(key(), this, [this](const SecretStore::Result& r) {
        m_read = r;
        if (r.ok() && r.secret.isEmpty()) {
            m_read.error = SecretStore::Error::NotFound;
            m_read.message = tr("The stored PA API password is empty.");
        }
        if (m_read.ok()) {
            SessionLog::addSecret(m_read.secret);
            m_config.password = QString::fromUtf8(m_read.secret);
        }
        SecretMemory::wipe(m_read.secret); // kept once, in the config
        m_state = State::Ready;
        deliver();
    });
}

void PaCredentials::deliver()
{
    // A waiting check may end its run (and with it the last owner of this object) from its callback.
    const std::shared_ptr<PaCredentials> keep = weak_from_this().lock();
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& [context, done] : waiting) {
        if (context)
            done(m_config, m_read);
    }
}

// ---- PaCredentialedCheck ---------------------------------------------------------------

PaCredentialedCheck::PaCredentialedCheck(Spec spec, std::shared_ptr<PaCredentials> credentials, Make make,
                                         Clock* clock, QObject* parent)
    : Check(std::move(spec), clock, parent), m_credentials(std::move(credentials)), m_make(std::move(make))
{
}

PaCredentialedCheck::~PaCredentialedCheck() { dropInner(); }

void PaCredentialedCheck::run()
{
    const int generation = ++m_generation;
    // Unconfigured, or plain http not agreed to: the check says so itself, and no password is read.
    if (!m_credentials->config().isConfigured() || m_credentials->config().plainHttpRefused()) {
        runInner(m_credentials->config());
        return;
    }
    m_credentials->obtain(this, [this, generation](const PaApiConfig& config, const SecretStore::Result& read) {
        if (generation != m_generation || !isRunning())
            return;
        if (!read.ok())
            noPassword(read);
        else
            runInner(config);
    });
}

void PaCredentialedCheck::runInner(const PaApiConfig& config)
{
    dropInner();
    Check* inner = m_make(config);
    inner->setParent(this);
    inner->setLogged(false); // this check logs the result it passes on
    m_inner = inner;
    connect(inner, &Check::finished, this, [this, inner](const CheckResult& r) {
        if (inner == m_inner)
            finish(r.status, r.message, r.detail, r.evidence);
    });
    inner->start(); // may finish at once (not configured)
}

void PaCredentialedCheck::noPassword(const SecretStore::Result& read)
{
    const PaApiConfig& c = m_credentials->config();
    QJsonObject ev{{QStringLiteral("endpoint"), c.endpoint.toString(QUrl::RemoveUserInfo)},
                   {QStringLiteral("secretKey"), m_credentials->key()},
                   {QStringLiteral("manualFallback"), true}};
    QString message;
    if (read.error == SecretStore::Error::NotFound) {
        ev.insert(QStringLiteral("secret"), QStringLiteral("notFound"));
        message = tr("No PA API password is stored for %1 at %2: enter it on the PA Application page and save it in "
                     "the keychain (or use it for this run only). Until then, confirm this step by hand.")
                      .arg(c.login, c.endpoint.host());
    } else {
        const bool unavailable = read.error == SecretStore::Error::Unavailable;
        ev.insert(QStringLiteral("secret"), unavailable ? QStringLiteral("unavailable") : QStringLiteral("error"));
        message = tr("The PA API password for %1 at %2 could not be read: %3 Until then, confirm this step by hand.")
                      .arg(c.login, c.endpoint.host(), read.message);
    }
    finish(CheckStatus::Skipped, message, {}, ev);
}

void PaCredentialedCheck::abort()
{
    ++m_generation;
    dropInner();
}

QString PaCredentialedCheck::timeoutMessage() const
{
    return tr("The PA API password could not be read, or the PA public API did not answer, within %1 seconds. "
              "Re-run later, or confirm this step by hand.")
        .arg(spec().timeoutMs / 1000.0, 0, 'g', 3);
}

void PaCredentialedCheck::dropInner()
{
    if (!m_inner)
        return;
    Check* inner = m_inner;
    m_inner = nullptr;
    inner->disconnect(this);
    inner->cancel(); // its network calls stop now
    inner->deleteLater();
}

} // namespace o365
