#include "PaApiCheck.h"

#include "paapi/XmlRpc.h"

#include <QJsonArray>
#include <QTimer>

#include <utility>

namespace o365 {

PaApiCheck::PaApiCheck(Spec spec, const PaApiConfig& config, const NetworkContext& net, Clock* clock, QObject* parent)
    : Check(std::move(spec), clock, parent), m_config(config), m_net(net), m_client(new PaApiClient(config, net, this))
{
}

PaApiCheck::~PaApiCheck()
{
    m_client->abortAll();
}

void PaApiCheck::abort()
{
    ++m_generation;
    m_queued.clear();
    if (m_listing == Listing::Asking)
        m_listing = Listing::NotAsked;
    m_client->abortAll();
}

QString PaApiCheck::timeoutMessage() const
{
    return tr("The PA public API at %1 did not answer within %2 seconds. Re-run later, or confirm this step by hand.")
        .arg(m_config.endpoint.host())
        .arg(spec().timeoutMs / 1000.0, 0, 'g', 3);
}

void PaApiCheck::call(const QString& method, const QVariantMap& params, PaApiClient::Callback callback)
{
    switch (m_listing) {
    case Listing::NotAsked: {
        m_listing = Listing::Asking;
        m_queued.append({method, params, std::move(callback)});
        const int generation = m_generation;
        m_client->call(QStringLiteral("system.listMethods"), {}, [this, generation](const PaApiClient::Result& r) {
            if (generation == m_generation && isRunning())
                methodsListed(r);
        });
        return;
    }
    case Listing::Asking:
        m_queued.append({method, params, std::move(callback)});
        return;
    case Listing::Known:
        if (!m_methods.contains(method)) {
            PaApiClient::Result r;
            r.method = method;
            r.outcome = PaApiClient::Outcome::UnknownMethod;
            r.unknownMethod = true;
            r.message = tr("This PA does not offer the API method %1 (system.listMethods does not list it). Confirm "
                           "this step by hand.")
                            .arg(method);
            const int generation = m_generation;
            QTimer::singleShot(0, this, [this, generation, r, callback] {
                if (generation == m_generation && isRunning())
                    callback(r);
            });
            return;
        }
        break;
    case Listing::Unavailable:
        break;
    }
    send(method, params, std::move(callback));
}

void PaApiCheck::methodsListed(const PaApiClient::Result& r)
{
    m_methods.clear();
    m_listing = Listing::Unavailable;
    if (r.ok() && r.result.typeId() == QMetaType::QVariantList) {
        for (const QVariant& name : r.result.toList())
            if (name.typeId() == QMetaType::QString)
                m_methods.insert(name.toString());
        if (!m_methods.isEmpty())
            m_listing = Listing::Known;
    }
    const QList<Queued> queued = std::exchange(m_queued, {});
    for (const Queued& q : queued)
        call(q.method, q.params, q.callback);
}

void PaApiCheck::send(const QString& method, const QVariantMap& params, PaApiClient::Callback callback)
{
    const int generation = m_generation;
    m_client->call(method, params, [this, generation, callback](const PaApiClient::Result& r) {
        if (generation == m_generation && isRunning())
            callback(r);
    });
}

bool PaApiCheck::ensureConfigured(const QString& manualWhat)
{
    if (m_config.isConfigured())
        return true;
    finish(CheckStatus::Skipped,
           tr("The PA public API is not configured (address and login), so this is not checked automatically. "
              "Confirm by hand: %1")
               .arg(manualWhat),
           {}, manualEvidence());
    return false;
}

void PaApiCheck::fallBack(const PaApiClient::Result& r, const QString& manualWhat, QJsonObject evidence)
{
    m_client->abortAll(); // the other calls of this run no longer matter
    const QJsonObject base = baseEvidence();
    for (auto it = base.begin(); it != base.end(); ++it)
        evidence.insert(it.key(), it.value());
    evidence.insert(QStringLiteral("api"), r.evidence());
    evidence.insert(QStringLiteral("manualFallback"), true);
    if (r.unknownMethod)
        evidence.insert(QStringLiteral("unknownMethod"), true);
    // The client's own "confirm by hand" ending gives way to what exactly to confirm.
    QString message = r.message;
    static const QRegularExpression orByHand(QStringLiteral(R"(,\s+or confirm by hand\.$)"));
    static const QRegularExpression byHand(QStringLiteral(R"(\s*[Cc]onfirm (this step )?by hand\.$)"));
    if (message.contains(orByHand))
        message.replace(orByHand, tr(", or confirm by hand: %1").arg(manualWhat));
    else {
        message.remove(byHand);
        if (!message.isEmpty() && !message.endsWith(QLatin1Char('.')) && !message.endsWith(QLatin1Char(')')))
            message += QLatin1Char('.');
        message = tr("%1 Confirm by hand: %2").arg(message, manualWhat);
    }
    finish(CheckStatus::Skipped, message, r.detail, evidence);
}

void PaApiCheck::unexpectedAnswer(const QString& method, const QStringList& problems, const QString& fieldsPresent,
                                  const QString& manualWhat, QJsonObject evidence)
{
    m_client->abortAll();
    evidence = withManualFallback(evidence);
    const QStringList shown = problems.mid(0, 8);
    evidence.insert(QStringLiteral("unexpectedAnswer"),
                    QJsonObject{{QStringLiteral("method"), method},
                                {QStringLiteral("problems"), QJsonArray::fromStringList(shown)},
                                {QStringLiteral("fieldsPresent"), fieldsPresent}});
    QString what = shown.join(QStringLiteral("; "));
    if (problems.size() > shown.size())
        what += tr(" and %n more", nullptr, int(problems.size() - shown.size()));
    finish(CheckStatus::Skipped,
           tr("Unexpected answer from %1: %2 (fields present: %3). Confirm by hand: %4")
               .arg(method, what, fieldsPresent, manualWhat),
           {}, evidence);
}

QString PaApiCheck::lacking(const QStringList& fields)
{
    return tr("it lacks %1").arg(fields.join(QStringLiteral(", ")));
}

QJsonObject PaApiCheck::withManualFallback(QJsonObject evidence) const
{
    const QJsonObject manual = manualEvidence();
    for (auto it = manual.begin(); it != manual.end(); ++it)
        evidence.insert(it.key(), it.value());
    return evidence;
}

void PaApiCheck::readTemplates(const QString& manualWhat, const QJsonObject& evidence,
                               std::function<void(const PaTemplateReader::Outcome&)> done)
{
    PaTemplateReader::read(
        [this](const QString& method, const QVariantMap& params, PaApiClient::Callback cb) {
            call(method, params, std::move(cb));
        },
        [this, manualWhat, evidence, done](const PaTemplateReader::Outcome& o) {
            using Kind = PaTemplateReader::Outcome::Kind;
            if (o.kind == Kind::CallFailed)
                fallBack(o.failure, manualWhat, evidence);
            else if (o.kind == Kind::Unexpected)
                unexpectedAnswer(o.method, {lacking(o.problems)}, o.fieldsPresent, manualWhat, evidence);
            else
                done(o);
        });
}

QJsonObject PaApiCheck::manualEvidence() const
{
    QJsonObject ev = baseEvidence();
    ev.insert(QStringLiteral("manualFallback"), true);
    return ev;
}

QJsonObject PaApiCheck::baseEvidence() const
{
    QJsonObject ev;
    ev.insert(QStringLiteral("endpoint"), m_config.endpoint.toString(QUrl::RemoveUserInfo));
    if (m_config.sendsPasswordInClear())
        ev.insert(QStringLiteral("plainHttp"), m_config.plainHttpAcknowledged ? QStringLiteral("acknowledged")
                                                                              : QStringLiteral("notAcknowledged"));
    return ev;
}

} // namespace o365
