#pragma once

#include "checks/Check.h"
#include "net/NetworkContext.h"
#include "paapi/PaApiClient.h"

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

    // Calls method on this run's client; the callback does not run after an abort or a finish.
    void call(const QString& method, const QVariantMap& params, PaApiClient::Callback callback);
    bool ensureConfigured(const QString& manualWhat);
    // Finishes Skipped: the API's message, then what to confirm by hand; the API outcome in evidence.
    void fallBack(const PaApiClient::Result& r, const QString& manualWhat, QJsonObject evidence = {});
    QJsonObject baseEvidence() const;
    QJsonObject manualEvidence() const; // baseEvidence() with manualFallback: true
    const PaApiConfig& config() const { return m_config; }

private:
    PaApiConfig m_config;
    NetworkContext m_net;
    PaApiClient* m_client = nullptr;
    int m_generation = 0;
};

} // namespace o365
