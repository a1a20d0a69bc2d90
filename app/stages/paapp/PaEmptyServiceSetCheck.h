#pragma once

#include "paapi/PaApiCheck.h"
#include "paapi/PaApiParse.h"
#include "paapi/PaTemplateReader.h"

namespace o365 {

// Step 4 (only when the synchronization script is used): an "Empty Service Set" application
// service resource type (class rc.saas.service, pem.getResourceTypesByClass) whose activation
// parameters Included Offers and Trial Offer ID are the zero GUID, included in the service
// templates. Activation parameters come only with a template (pem.getServiceTemplate, get_full_info:
// act_params [{var_name, var_value}]), so they are read there. PA does not say which templates are
// the Office 365 ones: included in every template passes, in none fails, in some leaves the step to
// a confirmation by hand that names the templates without it. Whether existing subscriptions were
// updated cannot be read through the API: the message says so.
class PaEmptyServiceSetCheck : public PaApiCheck
{
    Q_OBJECT
public:
    static QString zeroGuid() { return QStringLiteral("00000000-0000-0000-0000-000000000000"); }

    PaEmptyServiceSetCheck(const PaApiConfig& config, const NetworkContext& net, bool syncScriptUsed,
                           const QString& resclassName = QStringLiteral("rc.saas.service"), Clock* clock = nullptr,
                           QObject* parent = nullptr);
    static Spec defaultSpec();

protected:
    void run() override;

private:
    QString manualWhat() const;          // what to confirm by hand when the class cannot be read
    QString templatesManualWhat() const; // … when the templates cannot be, naming the Empty Service Sets found
    void judgeClass(const QVariant& result);
    void judgeTemplates(const PaTemplateReader::Outcome& templates);

    bool m_syncScriptUsed;
    QString m_resclass;
    QJsonObject m_evidence;
    QList<PaApiParse::ResourceType> m_emptyServiceSets; // by name, among the class's resource types
};

} // namespace o365
