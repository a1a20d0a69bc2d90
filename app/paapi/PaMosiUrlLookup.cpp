#include "PaMosiUrlLookup.h"

#include "paapi/PaApiParse.h"
#include "paapi/PaMosiUrlReader.h"
#include "paapi/PaCredentials.h"
#include "session/Session.h"

namespace o365
{

const PaMosiUrlLookup::Found* PaMosiUrlLookup::Answer::firstNotIn(const QStringList& taken) const
{
    for (const Found& f : found) {
        if (!taken.contains(f.url, Qt::CaseInsensitive))
            return &f;
    }
    return nullptr;
}

bool PaMosiUrlLookup::isConfigured(const Session& session)
{
    return PaCredentials::configFrom(session).isConfigured() && session.field(Session::fieldPaAppId()).toInt() > 0;
}

PaMosiUrlLookup::PaMosiUrlLookup(const NetworkContext* net, QObject* parent) : QObject(parent), m_net(net) {}

PaMosiUrlLookup::~PaMosiUrlLookup() = default;

void PaMosiUrlLookup::start(const Session& session)
{
    if (m_running)
        return;
    m_running = true;
    const int generation = ++m_generation;
    m_answer = {};
    m_notes.clear();
    m_pending.clear();
    delete m_client;
    m_client = nullptr;
    delete m_reader;
    m_reader = nullptr;
    m_appId = session.field(Session::fieldPaAppId()).trimmed().toInt();
    if (!isConfigured(session) || !m_net) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(tr("The PA public API is not configured (address, login and application ID on the PA "
                          "Application page): enter the URL for MOSI Connector by hand."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_credentials = std::make_shared<PaCredentials>(PaCredentials::configFrom(session), m_net->secrets);
    m_credentials->obtain(this, [this, generation](const PaApiConfig& config, const SecretStore::Result& read) {
        if (generation != m_generation)
            return;
        if (!read.ok()) {
            finish(tr("The PA API password is not available from the keychain (%1): save it on the PA Application "
                      "page, or enter the URL for MOSI Connector by hand.")
                       .arg(read.message.isEmpty() ? tr("not stored") : read.message));
            return;
        }
        listInstances(config);
    });
}

void PaMosiUrlLookup::listInstances(const PaApiConfig& config)
{
    NetworkContext net = *m_net;
    m_client = new PaApiClient(config, net, this);
    m_reader = new PaMosiUrlReader(config, net, this);
    m_client->call(QStringLiteral("pem.APS.getApplicationInstances"), {{QStringLiteral("app_id"), m_appId}},
                   [this](const PaApiClient::Result& r) {
                       if (!r.ok()) {
                           finish(tr("%1 Enter the URL for MOSI Connector by hand.").arg(r.message));
                           return;
                       }
                       QStringList missing;
                       m_pending = PaApiParse::applicationInstanceIds(r.result, &missing);
                       if (m_pending.isEmpty()) {
                           finish(tr("PA lists no instances of application %1: check the application ID, or enter "
                                     "the URL for MOSI Connector by hand.")
                                      .arg(m_appId));
                           return;
                       }
                       m_pending = m_pending.mid(0, MaxInstances);
                       readNext();
                   });
}

void PaMosiUrlLookup::readNext()
{
    if (m_pending.isEmpty()) {
        QStringList read;
        for (const Found& f : std::as_const(m_answer.found))
            read << tr("instance #%1: %2").arg(f.instanceId).arg(f.url);
        finish(m_answer.ok()
                   ? tr("Read from PA (application %1) — %2.").arg(m_appId).arg(read.join(QStringLiteral("; ")))
                   : m_notes.join(QLatin1Char(' ')));
        return;
    }
    const int id = m_pending.takeFirst();
    const int generation = m_generation;
    m_reader->read(id, [this, id, generation](const PaMosiUrlReader::Answer& a) {
        if (generation != m_generation)
            return;
        if (a.found) {
            bool seen = false;
            for (const Found& f : std::as_const(m_answer.found))
                seen = seen || f.url.compare(a.url, Qt::CaseInsensitive) == 0;
            if (!seen)
                m_answer.found.append({id, a.url});
        } else {
            m_notes << a.message;
        }
        readNext();
    });
}

void PaMosiUrlLookup::finish(const QString& message)
{
    m_answer.message = message;
    m_running = false;
    ++m_generation;
    Q_EMIT finished(m_answer);
}

} // namespace o365
