#include "TrainingPaApi.h"

#include "paapi/XmlRpc.h"

namespace o365 {

namespace {

QVariantMap ok(const QVariant& result) { return {{QStringLiteral("status"), 0}, {QStringLiteral("result"), result}}; }

QVariantMap error(const QString& message, int code, const QString& module)
{
    return {{QStringLiteral("status"), 1},
            {QStringLiteral("error_message"), message},
            {QStringLiteral("error_code"), code},
            {QStringLiteral("module_id"), module}};
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
                               QStringLiteral("pem.getResourceTypesByClass")};
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
        return QVariantMap{{QStringLiteral("status"), -1},
                           {QStringLiteral("error_message"),
                            QStringLiteral("Method \"%1\" not found").arg(params.value(QStringLiteral("method_name")).toString())},
                           {QStringLiteral("error_code"), 1},
                           {QStringLiteral("module_id"), QStringLiteral("PEM")}};
    }
    if (method == QLatin1String("pem.statistics.getStatisticsReport"))
        return ok(QVariantList{nameValue(QStringLiteral("poaVersion"), m_scenario.paApiVersion)});
    if (method == QLatin1String("pem.getResourceTypesByClass")) {
        QVariantList types;
        if (params.value(QStringLiteral("resclass_name")).toString() == QLatin1String("rc.saas.service")) {
            types << QVariantMap{{QStringLiteral("resource_type_id"), 5},
                                 {QStringLiteral("resource_type_name"), QStringLiteral("Office 365 Plan E3")}};
            if (m_scenario.emptyServiceSet)
                types << QVariantMap{
                    {QStringLiteral("resource_type_id"), 6},
                    {QStringLiteral("resource_type_name"), QStringLiteral("Empty Service Set")},
                    {QStringLiteral("activation_parameters"),
                     QVariantList{nameValue(QStringLiteral("Included Offers"), m_scenario.emptyServiceSetOffers),
                                  nameValue(QStringLiteral("Trial Offer ID"), m_scenario.emptyServiceSetOffers)}}};
        }
        return ok(types);
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
    // pem.APS.getApplicationInstanceServiceResourceTypes
    const QVariantMap administration{
        {QStringLiteral("service_id"), QStringLiteral("Administration")},
        {QStringLiteral("service_resource_type_id"), 100 + id},
        {QStringLiteral("settings"),
         QVariantList{nameValue(QStringLiteral("autoprovide_service"),
                                m_scenario.autoprovide ? QStringLiteral("1") : QStringLiteral("0"))}}};
    const QString service = params.value(QStringLiteral("service_id")).toString();
    if (!service.isEmpty() && service != QLatin1String("Administration"))
        return ok(QVariantList{});
    return ok(QVariantList{administration});
}

} // namespace o365
