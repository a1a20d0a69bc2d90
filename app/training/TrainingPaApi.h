#pragma once

#include "training/LabHttpsServer.h"
#include "training/TrainingScenario.h"

#include <QVariant>

namespace o365 {

// The training lab's PA public API: XML-RPC at /RPC2 behind HTTP Basic authentication,
// answering the methods the PA checks call from the scenario's data in the shapes DESIGN.md
// documents ({status: 0, result} or {status: -1, extype_id, module_id, error_message,
// properties: {reason}}; activation parameters only with a service template); other methods get
// an "unknown method" fault.
class TrainingPaApi
{
public:
    TrainingPaApi(const TrainingScenario& scenario, const QString& login, const QByteArray& password);

    LabHttpsServer::Response handle(const LabHttpsServer::Request& request) const;
    // After the simulated bulk upgrade, the instances report the package's version.
    void setUpgraded(bool upgraded) { m_upgraded = upgraded; }
    // One call, after decoding (public for tests).
    QVariant call(const QString& method, const QVariantMap& params, bool* known) const;

private:
    QVariantMap instance(int id) const;
    QVariantMap statisticsReport(const QVariantMap& params) const;
    QList<QVariantMap> applicationServiceResourceTypes() const;
    static int serviceResourceTypeId(int instance, const QString& service);

    TrainingScenario m_scenario;
    QByteArray m_authorization;
    bool m_upgraded = false;
};

} // namespace o365
