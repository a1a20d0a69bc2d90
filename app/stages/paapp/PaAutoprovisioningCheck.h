#pragma once

#include "paapi/PaApiCheck.h"
#include "paapi/PaApiParse.h"

namespace o365 {

// Step 2: Autoprovisioning = Yes (autoprovide_service = 1) for the "Administration" service in
// the resource types of every instance of the application.
class PaAutoprovisioningCheck : public PaApiCheck
{
    Q_OBJECT
public:
    PaAutoprovisioningCheck(const PaApiConfig& config, const NetworkContext& net, int appId,
                            const QString& serviceId = QStringLiteral("Administration"), Clock* clock = nullptr,
                            QObject* parent = nullptr);
    static Spec defaultSpec();

protected:
    void run() override;

private:
    void judge();

    int m_appId;
    QString m_serviceId;
    QList<QPair<int, PaApiParse::ServiceResourceType>> m_types; // instance id, resource type
    QStringList m_missing;
    QList<int> m_instanceIds;
    int m_outstanding = 0;
};

} // namespace o365
