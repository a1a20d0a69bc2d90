#pragma once

#include "paapi/PaApiCheck.h"
#include "paapi/PaApiParse.h"
#include "paapi/PaTemplateReader.h"

namespace o365 {

// Step 2: Autoprovisioning = Yes for the "Administration" service in the application's resource
// types. The resource types are each instance's service resource types
// (pem.APS.getApplicationInstanceServiceResourceTypes with service_id "" — every service — the
// Administration ones selected here); Autoprovisioning is their activation parameter
// autoprovide_service ("1" Yes, "0" No), which PA gives only with a service template
// (PaTemplateReader). A resource type in no template cannot be read: the step is left to the engineer.
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
    QString manualWhat() const;
    void readTypes(const QList<int>& instanceIds);
    void judge(const PaTemplateReader::Outcome& templates);

    int m_appId;
    QString m_serviceId;
    QList<QPair<int, PaApiParse::ServiceResourceType>> m_types; // instance id, its Administration resource type
    int m_outstanding = 0;
};

} // namespace o365
