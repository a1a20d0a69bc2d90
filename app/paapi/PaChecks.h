#pragma once

#include "checks/Check.h"
#include "net/NetworkContext.h"
#include "paapi/PaApiClient.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>
#include <optional>

namespace o365
{

// What the PA public API answers, one small parsing function per method. Shapes follow
// DESIGN.md; those marked "assumed" there are not confirmed, so every function tolerates
// missing or differently typed fields and reports what was missing instead of failing.
class PaApiParse
{
    Q_DECLARE_TR_FUNCTIONS(o365::PaApiParse)
public:
    // pem.statistics.getStatisticsReport({reports: [{name: 'poaVersion', value: '0'}]}) (assumed shape).
    // Looked for, in this order: an entry {name: "poaVersion", value: V}; a member named
    // "poaVersion"; a member whose name contains "version". V must hold a dotted version.
    struct FoundVersion {
        QString version; // "5.4.4" (the dotted number only)
        QString where;   // the path it was found at, e.g. "result[0].value"
        QString raw;     // the text it was taken from
    };
    static std::optional<FoundVersion> paVersion(const QVariant& result);

    // pem.APS.getApplicationInstances({app_id}) → [{application_instance_id, …}].
    static QList<int> applicationInstanceIds(const QVariant& result, QStringList* missing);

    // pem.APS.getApplicationInstance({application_instance_id}) → {package_version, status, rt_id, …}.
    struct Instance {
        int id = 0;
        QString packageVersion;
        QString status;
        QStringList missing; // field names that were not in the answer
    };
    static Instance applicationInstance(int id, const QVariant& result);

    // pem.APS.getApplicationInstanceServiceResourceTypes({application_instance_id, service_id})
    // → [{service_id, service_resource_type_id, settings: [{name, value}]}]; autoprovisioning is
    // the setting autoprovide_service = 1 (assumed).
    struct ServiceResourceType {
        int id = 0;
        QString serviceId;
        std::optional<bool> autoprovide; // nullopt: the setting was not in the answer
        QString autoprovideRaw;
    };
    static QList<ServiceResourceType> serviceResourceTypes(const QVariant& result, QStringList* missing);

    // pem.getResourceTypesByClass({resclass_name}) → [{resource_type_id, resource_type_name}]. The
    // activation parameters are read where an entry carries them (assumed member names:
    // activation_parameters, act_params, parameters or settings; a list of {name, value} or a struct).
    struct ResourceType {
        int id = 0;
        QString name;
        bool hasParameters = false;
        QVariantMap parameters; // name → value as given
    };
    static QList<ResourceType> resourceTypesByClass(const QVariant& result, QStringList* missing);

    // pem.APS.getApplicationInstanceSettings({application_instance_id}) → [{name, value}] (a struct
    // name → value is tolerated too). Names are kept as PA gives them.
    static QVariantMap settings(const QVariant& result, QStringList* missing);
    // The "URL for MOSI Connector" among the settings: by that title, or an internal name that
    // holds both "mosi" and "url" (assumed; the package's setting id is not documented).
    static std::optional<QString> mosiConnectorUrl(const QVariantMap& settings);

    // A list of {name, value} structs, or a struct, as a map (names as given).
    static QVariantMap nameValueList(const QVariant& v, bool* ok);
    // pem.getServiceTemplateList({}) → [{st_id, name, …}] (assumed member names: st_id,
    // service_template_id or id; name or service_template_name).
    struct ServiceTemplate {
        int id = 0;
        QString name;
    };
    static QList<ServiceTemplate> serviceTemplates(const QVariant& result, QStringList* missing);
    // pem.getServiceTemplate({st_id, get_resources: 1}) → the ids of the resource types it includes,
    // from a list under resource_types, resources, resourceTypes or rates (or the result itself), each
    // {resource_type_id | rt_id | id}. nullopt when the answer holds no such list.
    static std::optional<QList<int>> templateResourceTypeIds(const QVariant& result);

    // "Included Offers" == "included_offers" == "IncludedOffers".
    static QString normalizedName(const QString& name);
};

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

// The prerequisite "POA 5.4.4 or later", from the PA public API.
class PaApiVersionCheck : public PaApiCheck
{
    Q_OBJECT
public:
    PaApiVersionCheck(const PaApiConfig& config, const NetworkContext& net, const QString& minimum = QString(),
                      Clock* clock = nullptr, QObject* parent = nullptr);
    static Spec defaultSpec();

protected:
    void run() override;

private:
    QString m_minimum;
};

// The Office 365 application's instances with their package_version and status. Before step 3
// it lists them (evidence); after it, all must be at the package's version, none left
// "Upgrading" or failed.
class PaInstancesCheck : public PaApiCheck
{
    Q_OBJECT
public:
    enum class Mode { Before, After };
    static constexpr int MaxInstances = 200;

    PaInstancesCheck(Mode mode, const PaApiConfig& config, const NetworkContext& net, int appId,
                     const QString& targetVersion, Clock* clock = nullptr, QObject* parent = nullptr);
    static Spec defaultSpec(Mode mode);

protected:
    void run() override;

private:
    void judge();

    Mode m_mode;
    int m_appId;
    QString m_target;
    QList<PaApiParse::Instance> m_instances;
    int m_outstanding = 0;
    bool m_truncated = false;
};

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

// Reads the "URL for MOSI Connector" from an application instance's settings, to prefill the
// Office 365 Gateway page. Not a check: the answer goes to the callback once.
class PaMosiUrlReader : public QObject
{
    Q_OBJECT
public:
    struct Answer {
        bool found = false;
        QString url;
        QString message;      // what was found, or why not (plain, no secret)
        bool manual = false;  // the engineer must enter the URL by hand
        QVariantMap settings; // every setting as given (names → values)
    };
    PaMosiUrlReader(const PaApiConfig& config, const NetworkContext& net, QObject* parent = nullptr);
    void read(int applicationInstanceId, std::function<void(const Answer&)> done);

private:
    PaApiClient m_client;
};

} // namespace o365
