#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace o365 {

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

} // namespace o365
