#pragma once

#include "checks/Check.h"
#include "net/NetworkContext.h"
#include "paapi/PaApiClient.h"
#include "paapi/PaTemplateReader.h"

#include <QSet>

#include <functional>

namespace o365 {

// The common part of the checks that ask the PA public API: a client made for each run, and a
// manual fallback (Skipped, "confirm by hand") whenever the API is not configured or cannot answer.
class PaApiCheck : public Check
{
    Q_OBJECT
public:
    PaApiCheck(Spec spec, const PaApiConfig& config, const NetworkContext& net, Clock* clock, QObject* parent);
    ~PaApiCheck() override;

protected:
    void abort() override;
    QString timeoutMessage() const override;
    QJsonObject partialEvidence() const override { return baseEvidence(); }

    // Calls method on this run's client; the callback does not run after an abort or a finish. The
    // first call asks system.listMethods once which methods this PA has: a method it does not list
    // is not called, and ends as an unknown method naming it (a PA that cannot list its methods is
    // simply called).
    void call(const QString& method, const QVariantMap& params, PaApiClient::Callback callback);
    bool ensureConfigured(const QString& manualWhat);
    // Finishes Skipped: the API's message, then what to confirm by hand; the API outcome in evidence.
    void fallBack(const PaApiClient::Result& r, const QString& manualWhat, QJsonObject evidence = {});
    // Finishes Skipped: PA answered, but without the fields this check reads (or of other types, or
    // a value none of the documented ones) — never a verdict on a guess. Names the method, what was
    // wrong (`problems`, e.g. lacking(…)) and the fields present.
    void unexpectedAnswer(const QString& method, const QStringList& problems, const QString& fieldsPresent,
                          const QString& manualWhat, QJsonObject evidence = {});
    static QString lacking(const QStringList& fields); // "it lacks a, b"
    QJsonObject baseEvidence() const;
    QJsonObject manualEvidence() const; // baseEvidence() with manualFallback: true
    // evidence with what manualEvidence() holds added (the step is left to the engineer).
    QJsonObject withManualFallback(QJsonObject evidence) const;
    // The provider's service templates through this check's call(); done gets them once read. A call
    // that failed or an answer PaTemplateReader could not read ends the check here (fallBack or
    // unexpectedAnswer with manualWhat and evidence), and done is not called.
    void readTemplates(const QString& manualWhat, const QJsonObject& evidence,
                       std::function<void(const PaTemplateReader::Outcome&)> done);
    const PaApiConfig& config() const { return m_config; }

private:
    struct Queued {
        QString method;
        QVariantMap params;
        PaApiClient::Callback callback;
    };
    void send(const QString& method, const QVariantMap& params, PaApiClient::Callback callback);
    void methodsListed(const PaApiClient::Result& r);

    enum class Listing { NotAsked, Asking, Known, Unavailable };
    Listing m_listing = Listing::NotAsked;
    QSet<QString> m_methods; // Known: what system.listMethods answered
    QList<Queued> m_queued;  // calls made while it was being asked
    PaApiConfig m_config;
    NetworkContext m_net;
    PaApiClient* m_client = nullptr;
    int m_generation = 0;
};

} // namespace o365
