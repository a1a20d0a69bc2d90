#include "TrainingPaApi.h"

#include "paapi/XmlRpc.h"

namespace o365 {

namespace {

QVariantMap ok(const QVariant& result) { return {{QStringLiteral("status"), 0}, {QStringLiteral("result"), result}}; }

// PA's error envelope (DESIGN.md): status -1, the code in extype_id, the module, the message and
// properties.reason.
QVariantMap error(const QString& message, int extype, const QString& module, const QString& reason = QString())
{
    return {{QStringLiteral("status"), -1},
            {QStringLiteral("extype_id"), extype},
            {QStringLiteral("module_id"), module},
            {QStringLiteral("error_message"), message},
            {QStringLiteral("properties"), QVariantMap{{QStringLiteral("reason"), reason.isEmpty() ? message : reason}}}};
}

QVariantMap nameValue(const QString& name, const QVariant& value)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

const QStringList& knownMethods()
{
    static const QStringList m{QStringLiteral("pem.getMethodSignature"),
                               QStringLiteral("pem.statistics.getStatisticsReport"),
                               QStringLiteral("pem.APS.getApplicationInstances"),
                               QStringLiteral("pem.APS.getApplicationInstance"),
                               QStringLiteral("pem.APS.getApplicationInstanceSettings"),
                               QStringLiteral("pem.APS.getApplicationInstanceServiceResourceTypes"),
                               QStringLiteral("pem.getResourceTypesByClass"),
                               QStringLiteral("pem.getServiceTemplateList"),
                               QStringLiteral("pem.getServiceTemplate")};
    return m;
}

} // namespace

TrainingPaApi::TrainingPaApi(const TrainingScenario& scenario, const QString& login, const QByteArray& password)
    : m_scenario(scenario), m_authorization("Basic " + (login.toUtf8() + ':' + password).toBase64())
{
}

LabHttpsServer::Response TrainingPaApi::handle(const LabHttpsServer::Request& request) const
{
    LabHttpsServer::Response resp;
    if (!m_scenario.paAllowed) { // a caller outside the Allowed Networks: the connection is reset
        resp.reset = true;
        return resp;
    }
    resp.contentType = "text/xml";
    if (request.path != QLatin1String("/RPC2")) {
        resp.status = 404;
        resp.contentType = "text/plain";
        resp.body = "Not found";
        return resp;
    }
    if (request.method != "POST") {
        resp.status = 405;
        resp.contentType = "text/plain";
        resp.body = "XML-RPC answers POST only";
        return resp;
    }
    if (request.headers.value("authorization") != m_authorization) {
        resp.status = 401;
        resp.contentType = "text/plain";
        resp.headers << qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"PA API\""));
        return resp;
    }
    const XmlRpc::Call c = XmlRpc::decodeCall(request.body);
    if (!c.valid) {
        resp.body = XmlRpc::encodeFault(-32700, QStringLiteral("parse error: ") + c.error);
        return resp;
    }
    if (c.method == QLatin1String("system.listMethods")) { // introspection: the bare list, no parameters
        QVariantList names;
        for (const QString& m : knownMethods())
            names << m;
        resp.body = XmlRpc::encodeResponse(names);
        return resp;
    }
    if (c.params.size() != 1 || c.params.first().typeId() != QMetaType::QVariantMap) {
        resp.body = XmlRpc::encodeResponse(error(QStringLiteral("Each method takes one struct parameter"), 10,
                                                 QStringLiteral("PEM")));
        return resp;
    }
    bool known = false;
    const QVariant result = call(c.method, c.params.first().toMap(), &known);
    resp.body = known ? XmlRpc::encodeResponse(result)
                      : XmlRpc::encodeFault(1, QStringLiteral("method \"%1\" is not supported").arg(c.method));
    return resp;
}

QVariantMap TrainingPaApi::instance(int id) const
{
    for (const TrainingScenario::Instance& i : m_scenario.instances)
        if (i.id == id)
            return {{QStringLiteral("application_instance_id"), i.id},
                    {QStringLiteral("package_version"), m_upgraded ? m_scenario.targetVersion : i.packageVersion},
                    {QStringLiteral("status"), i.status},
                    {QStringLiteral("rt_id"), 300 + i.id}};
    return {};
}

QVariant TrainingPaApi::call(const QString& method, const QVariantMap& params, bool* known) const
{
    *known = knownMethods().contains(method);
    if (!*known)
        return {};
    if (method == QLatin1String("pem.getMethodSignature")) {
        if (knownMethods().contains(params.value(QStringLiteral("method_name")).toString()))
            return ok(QVariantList{QStringLiteral("struct"), QStringLiteral("struct")});
        return error(QStringLiteral("Method \"%1\" not found").arg(params.value(QStringLiteral("method_name")).toString()),
                     1, QStringLiteral("PEM"));
    }
    if (method == QLatin1String("pem.statistics.getStatisticsReport"))
        return statisticsReport(params);
    if (method == QLatin1String("pem.getResourceTypesByClass")) {
        QVariantList types;
        if (params.value(QStringLiteral("resclass_name")).toString() == QLatin1String("rc.saas.service"))
            for (const QVariantMap& t : applicationServiceResourceTypes())
                types << QVariantMap{{QStringLiteral("resource_type_id"), t.value(QStringLiteral("resource_type_id"))},
                                     {QStringLiteral("resource_type_name"), t.value(QStringLiteral("resource_type_name"))}};
        return ok(types); // no activation parameters here: PA gives them with a service template
    }
    if (method == QLatin1String("pem.getServiceTemplateList")) {
        // Both parameters are required, active a boolean (DESIGN.md).
        if (params.value(QStringLiteral("owner_id")).typeId() != QMetaType::Int ||
            params.value(QStringLiteral("active")).typeId() != QMetaType::Bool)
            return error(QStringLiteral("Invalid set of arguments"), 2001, QStringLiteral("PEM"),
                         QStringLiteral("owner_id (int) and active (boolean) are required"));
        QVariantList list;
        if (params.value(QStringLiteral("owner_id")).toInt() == 1)
            list << QVariantMap{{QStringLiteral("st_id"), 1},
                                {QStringLiteral("name"), QStringLiteral("Office 365 Business")},
                                {QStringLiteral("active"), true},
                                {QStringLiteral("owner_id"), 1}};
        return ok(list);
    }
    if (method == QLatin1String("pem.getServiceTemplate")) {
        if (params.value(QStringLiteral("st_id")).toInt() != 1)
            return error(QStringLiteral("Service template %1 not found").arg(params.value(QStringLiteral("st_id")).toString()),
                         2002, QStringLiteral("PEM"));
        QVariantMap t{{QStringLiteral("st_id"), 1}, {QStringLiteral("name"), QStringLiteral("Office 365 Business")}};
        if (params.value(QStringLiteral("get_resources")).toBool()) {
            const bool full = params.value(QStringLiteral("get_full_info")).toBool();
            QVariantList types;
            for (QVariantMap rt : applicationServiceResourceTypes()) {
                if (!full)
                    rt.remove(QStringLiteral("act_params"));
                types << rt;
            }
            t.insert(QStringLiteral("resource_types"), types);
        }
        return ok(t);
    }
    if (method == QLatin1String("pem.APS.getApplicationInstances")) {
        if (params.value(QStringLiteral("app_id")).toInt() != m_scenario.appId)
            return error(QStringLiteral("Application %1 not found").arg(params.value(QStringLiteral("app_id")).toString()),
                         2, QStringLiteral("APS"));
        QVariantList list;
        for (const TrainingScenario::Instance& i : m_scenario.instances)
            list << QVariantMap{{QStringLiteral("application_instance_id"), i.id}};
        return ok(list);
    }
    const int id = params.value(QStringLiteral("application_instance_id")).toInt();
    const QVariantMap inst = instance(id);
    if (inst.isEmpty())
        return error(QStringLiteral("Application instance %1 not found").arg(id), 3, QStringLiteral("APS"));
    if (method == QLatin1String("pem.APS.getApplicationInstance"))
        return ok(inst);
    if (method == QLatin1String("pem.APS.getApplicationInstanceSettings"))
        return ok(QVariantList{nameValue(QStringLiteral("Administrator's login"),
                                         QStringLiteral("admin@lab.onmicrosoft.com")),
                               nameValue(QStringLiteral("URL for MOSI Connector"), m_scenario.mosiUrlSetting)});
    // pem.APS.getApplicationInstanceServiceResourceTypes: service_id "" answers every service.
    const QString service = params.value(QStringLiteral("service_id")).toString();
    QVariantList types;
    for (const QString& name : {QStringLiteral("Administration"), QStringLiteral("Mailbox")}) {
        if (!service.isEmpty() && service != name)
            continue;
        types << QVariantMap{{QStringLiteral("service_id"), name},
                             {QStringLiteral("service_resource_type_id"), serviceResourceTypeId(id, name)},
                             {QStringLiteral("settings"), QVariantList{}}};
    }
    return ok(types);
}

int TrainingPaApi::serviceResourceTypeId(int instance, const QString& service)
{
    return (service == QLatin1String("Administration") ? 100 : 200) + instance;
}

// The scenario's rc.saas.service resource types with their activation parameters, as a service
// template with get_full_info gives them: an Office 365 plan, each instance's Administration and
// Mailbox services, and the Empty Service Set when the scenario has one.
QList<QVariantMap> TrainingPaApi::applicationServiceResourceTypes() const
{
    auto param = [](const QString& name, const QString& value) {
        return QVariantMap{{QStringLiteral("var_name"), name}, {QStringLiteral("var_value"), value}};
    };
    auto type = [](int id, const QString& name, const QVariantList& params) {
        return QVariantMap{{QStringLiteral("resource_type_id"), id},
                           {QStringLiteral("resource_type_name"), name},
                           {QStringLiteral("act_params"), params}};
    };
    QList<QVariantMap> out;
    out << type(5, QStringLiteral("Office 365 Plan E3"),
                {param(QStringLiteral("service_id"), QStringLiteral("E3")), param(QStringLiteral("autoprovide_service"), QStringLiteral("0"))});
    for (const TrainingScenario::Instance& i : m_scenario.instances) {
        out << type(serviceResourceTypeId(i.id, QStringLiteral("Administration")),
                    QStringLiteral("Office 365 Administration #%1").arg(i.id),
                    {param(QStringLiteral("service_id"), QStringLiteral("Administration")),
                     param(QStringLiteral("autoprovide_service"),
                           m_scenario.autoprovide ? QStringLiteral("1") : QStringLiteral("0"))});
        out << type(serviceResourceTypeId(i.id, QStringLiteral("Mailbox")), QStringLiteral("Office 365 Mailbox #%1").arg(i.id),
                    {param(QStringLiteral("service_id"), QStringLiteral("Mailbox")),
                     param(QStringLiteral("autoprovide_service"), QStringLiteral("0"))});
    }
    if (m_scenario.emptyServiceSet)
        out << type(6, QStringLiteral("Empty Service Set"),
                    {param(QStringLiteral("service_id"), QStringLiteral("Administration")),
                     param(QStringLiteral("included_offers"), m_scenario.emptyServiceSetOffers),
                     param(QStringLiteral("trial_offer_id"), m_scenario.emptyServiceSetOffers)});
    return out;
}

// report-for-cep answers an XML text whose <ClientVersion> holds the version ("oa-5.4.4-…");
// the older report name answers {name, value}; any other report is refused.
QVariantMap TrainingPaApi::statisticsReport(const QVariantMap& params) const
{
    const QVariantList reports = params.value(QStringLiteral("reports")).toList();
    const QString name = reports.isEmpty() ? QString() : reports.first().toMap().value(QStringLiteral("name")).toString();
    if (name == QLatin1String("report-for-cep")) {
        const QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CEPReport><ClientVersion>oa-%1-"
                                           "2741</ClientVersion><Accounts>42</Accounts></CEPReport>")
                                .arg(m_scenario.paApiVersion.toHtmlEscaped());
        return ok(QVariantList{QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("value"), xml}}});
    }
    if (name == QLatin1String("poaVersion"))
        return ok(QVariantList{nameValue(QStringLiteral("poaVersion"), m_scenario.paApiVersion)});
    return error(QStringLiteral("Report '%1' is not found").arg(name), 3001, QStringLiteral("Statistics"));
}

} // namespace o365
