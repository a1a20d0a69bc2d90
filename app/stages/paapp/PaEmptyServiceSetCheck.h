#pragma once

#include "paapi/PaApiCheck.h"
#include "paapi/PaApiParse.h"

#include <QMap>

namespace o365 {

// Step 4 (only when the synchronization script is used): an "Empty Service Set" application
// service resource type whose Included Offers and Trial Offer ID are the zero GUID, included in the
// service templates (pem.getServiceTemplateList, pem.getServiceTemplate with get_resources). PA does
// not say which templates are the Office 365 ones: included in every template passes, in none fails,
// in some leaves the step to a confirmation by hand that names the templates without it. Whether
// existing subscriptions were updated cannot be read through the API: the message says so.
class PaEmptyServiceSetCheck : public PaApiCheck
{
    Q_OBJECT
public:
    static QString zeroGuid() { return QStringLiteral("00000000-0000-0000-0000-000000000000"); }

    // resclassName: the class of application service resource types (assumed "rc.saas.service").
    PaEmptyServiceSetCheck(const PaApiConfig& config, const NetworkContext& net, bool syncScriptUsed,
                           const QString& resclassName = QStringLiteral("rc.saas.service"), Clock* clock = nullptr,
                           QObject* parent = nullptr);
    static Spec defaultSpec();

protected:
    void run() override;

    static constexpr int MaxTemplates = 200;

private:
    void judge(const QVariant& result);
    void checkTemplates();
    void judgeTemplates();

    bool m_syncScriptUsed;
    QString m_resclass;
    QJsonObject m_evidence;
    QList<int> m_goodIds;
    QString m_goodLabels;
    QList<PaApiParse::ServiceTemplate> m_templates;
    QMap<int, QList<int>> m_templateTypes; // template id → resource type ids
    int m_outstanding = 0;
};

} // namespace o365
