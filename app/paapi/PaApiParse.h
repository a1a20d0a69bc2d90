#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace o365 {

// What the PA public API answers, one small parsing function per method, in the shapes DESIGN.md
// ("PA public API") documents. A field that is missing or of another type than documented is
// named in `missing` ("package_version (an integer, not a string)"); the checks then say
// "unexpected answer" with the fields present and fall back to a manual step — a reading never
// guesses at other member names.
class PaApiParse
{
    Q_DECLARE_TR_FUNCTIONS(o365::PaApiParse)
public:
    // The member names of a struct ("a, b, c"), or what the value is instead ("a list of 3 entries").
    static QString fieldsPresent(const QVariant& v);
    // "a string", "an integer", "a struct", …: what an XML-RPC value is.
    static QString typeName(const QVariant& v);

    struct FoundVersion {
        QString version; // "7.1" (the dotted number only)
        QString where;   // the path it was found at, e.g. "result[0].value <ClientVersion>"
        QString raw;     // the text it was taken from
    };
    // pem.statistics.getStatisticsReport({reports: [{name: 'report-for-cep', value: ''}]}):
    // result[0].value is an XML document; the version is the text of its <ClientVersion>
    // ("oa-7.1-2345" → 7.1). nullopt, with *problem saying why, when there is none.
    static std::optional<FoundVersion> cepReportVersion(const QVariant& result, QString* problem);
    // The older report ({name: 'poaVersion'}): an entry {name: "poaVersion", value: V}, a member named
    // "poaVersion", or a member whose name holds "version", whose text has a dotted number. An XML
    // text is never searched for a number (its first one is <?xml version="1.0").
    static std::optional<FoundVersion> paVersion(const QVariant& result);

    // pem.APS.getApplicationInstances({app_id}) → [{application_instance_id, application_resource_id}].
    static QList<int> applicationInstanceIds(const QVariant& result, QStringList* missing);

    // pem.APS.getApplicationInstance({application_instance_id}) → {package_version, status, rt_id, url}.
    struct Instance {
        int id = 0;
        QString packageVersion;
        QString status;
        QStringList missing; // documented fields absent or of another type
        QString fields;      // the fields present, when something was missing
    };
    static Instance applicationInstance(int id, const QVariant& result);

    // pem.APS.getApplicationInstanceServiceResourceTypes({application_instance_id, service_id: ""})
    // → [{service_id, service_resource_type_id, settings}]: every service; select locally.
    struct ServiceResourceType {
        int id = 0;
        QString serviceId;
    };
    static QList<ServiceResourceType> serviceResourceTypes(const QVariant& result, QStringList* missing);
    // Is this the service named (by id or name, case-insensitively)?
    static bool isService(const QVariant& entry, const QString& service);

    // pem.getResourceTypesByClass({resclass_name}) → [{resource_type_id, resource_type_name}] (no
    // activation parameters: those come with pem.getServiceTemplate and get_full_info).
    struct ResourceType {
        int id = 0;
        QString name;
    };
    static QList<ResourceType> resourceTypesByClass(const QVariant& result, QStringList* missing);

    // pem.getServiceTemplateList({owner_id: 1, active: false}) → [{st_id, name, active, owner_id}].
    struct ServiceTemplate {
        int id = 0;
        QString name;
    };
    static QList<ServiceTemplate> serviceTemplates(const QVariant& result, QStringList* missing);

    // pem.getServiceTemplate({st_id, get_resources: true, get_full_info: true}) → {resource_types:
    // [{resource_type_id, resource_type_name, act_params: [{var_name, var_value}]}]}. nullopt when
    // the answer holds no resource_types list (*missing says what it held).
    struct TemplateResourceType {
        int id = 0;
        QString name;
        bool hasActParams = false; // act_params was there, a list
        QVariantMap actParams;     // var_name → var_value
        QString fields;            // the entry's fields, to quote when act_params is not there
    };
    static std::optional<QList<TemplateResourceType>> templateResourceTypes(const QVariant& result,
                                                                            QStringList* missing);

    // pem.APS.getApplicationInstanceSettings({application_instance_id}) → [{name, value}] (a struct
    // name → value is tolerated too). Names are kept as PA gives them.
    static QVariantMap settings(const QVariant& result, QStringList* missing);
    // The "URL for MOSI Connector" among the settings: by that title, or an internal name that
    // holds both "mosi" and "url" (the package's setting id is not documented).
    static std::optional<QString> mosiConnectorUrl(const QVariantMap& settings);

    // A list of {name, value} structs, or a struct, as a map (names as given).
    static QVariantMap nameValueList(const QVariant& v, bool* ok);

    // "Included Offers" == "included_offers" == "IncludedOffers".
    static QString normalizedName(const QString& name);
};

} // namespace o365
