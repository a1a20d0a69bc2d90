#include "PaAutoprovisioningCheck.h"

#include "paapi/XmlRpc.h"
#include "stages/paapp/PaInstancesCheck.h"

#include <QJsonArray>

#include <algorithm>

namespace o365 {

PaAutoprovisioningCheck::PaAutoprovisioningCheck(const PaApiConfig& config, const NetworkContext& net, int appId,
                                                 const QString& serviceId, Clock* clock, QObject* parent)
    : PaApiCheck(defaultSpec(), config, net, clock, parent), m_appId(appId), m_serviceId(serviceId)
{
}

Check::Spec PaAutoprovisioningCheck::defaultSpec()
{
    Spec s;
    s.id = QStringLiteral("paapp.autoprovisioning");
    s.stepId = QStringLiteral("paapp.2");
    s.phase = CheckPhase::After;
    s.timeoutMs = 60000;
    return s;
}

QString PaAutoprovisioningCheck::manualWhat() const
{
    return tr("in the 'Office 365 Application' resource types, Autoprovisioning is Yes for the application service "
              "\"%1\".")
        .arg(m_serviceId);
}

void PaAutoprovisioningCheck::run()
{
    m_types.clear();
    m_outstanding = 0;
    const QString manual = manualWhat();
    if (!ensureConfigured(manual))
        return;
    if (m_appId <= 0) {
        finish(CheckStatus::Skipped,
               tr("Enter the ID of the Office 365 application in PA. Or confirm by hand: %1").arg(manual), {},
               manualEvidence());
        return;
    }
    call(QStringLiteral("pem.APS.getApplicationInstances"), {{QStringLiteral("app_id"), m_appId}},
         [this, manual](const PaApiClient::Result& r) {
             if (!r.ok()) {
                 fallBack(r, manual);
                 return;
             }
             QStringList missing;
             const QList<int> ids = PaApiParse::applicationInstanceIds(r.result, &missing);
             if (!missing.isEmpty()) {
                 unexpectedAnswer(QStringLiteral("pem.APS.getApplicationInstances"), {lacking(missing)},
                                  PaApiParse::fieldsPresent(r.result), manual);
                 return;
             }
             if (ids.isEmpty()) {
                 finish(CheckStatus::Skipped,
                        tr("PA lists no instances of application %1, so no resource type could be read. Confirm by "
                           "hand: %2")
                            .arg(m_appId)
                            .arg(manual),
                        {}, manualEvidence());
                 return;
             }
             readTypes(ids.mid(0, PaInstancesCheck::MaxInstances));
         });
}

void PaAutoprovisioningCheck::readTypes(const QList<int>& instanceIds)
{
    const QString manual = manualWhat();
    m_outstanding = int(instanceIds.size());
    for (int id : instanceIds) {
        // service_id "" answers every service of the instance; the one wanted is chosen here.
        call(QStringLiteral("pem.APS.getApplicationInstanceServiceResourceTypes"),
             {{QStringLiteral("application_instance_id"), id}, {QStringLiteral("service_id"), QString()}},
             [this, id, manual](const PaApiClient::Result& r) {
                 if (!r.ok()) {
                     fallBack(r, manual);
                     return;
                 }
                 QStringList missing;
                 const QList<PaApiParse::ServiceResourceType> types = PaApiParse::serviceResourceTypes(r.result, &missing);
                 if (!missing.isEmpty()) {
                     unexpectedAnswer(QStringLiteral("pem.APS.getApplicationInstanceServiceResourceTypes"),
                                      {tr("%1 (instance #%2)").arg(lacking(missing)).arg(id)},
                                      PaApiParse::fieldsPresent(r.result), manual);
                     return;
                 }
                 for (const QVariant& entry : r.result.toList()) {
                     if (!PaApiParse::isService(entry, m_serviceId))
                         continue;
                     for (const PaApiParse::ServiceResourceType& t : types)
                         if (t.id == entry.toMap().value(QStringLiteral("service_resource_type_id")).toInt())
                             m_types.append({id, t});
                 }
                 if (--m_outstanding > 0)
                     return;
                 if (m_types.isEmpty()) {
                     const QJsonObject ev = withManualFallback({{QStringLiteral("serviceId"), m_serviceId}});
                     finish(CheckStatus::Skipped,
                            tr("PA lists no resource type for the \"%1\" service of application %2. Confirm by hand "
                               "that one exists with Autoprovisioning = Yes.")
                                .arg(m_serviceId)
                                .arg(m_appId),
                            {}, ev);
                     return;
                 }
                 readTemplates(manual, QJsonObject{{QStringLiteral("serviceId"), m_serviceId}},
                               [this](const PaTemplateReader::Outcome& o) { judge(o); });
             });
    }
}

void PaAutoprovisioningCheck::judge(const PaTemplateReader::Outcome& templates)
{
    const QString manual = manualWhat();
    QJsonObject ev = baseEvidence();
    ev.insert(QStringLiteral("serviceId"), m_serviceId);
    // Answers arrive in any order; the message lists them by instance.
    std::sort(m_types.begin(), m_types.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
    });
    QJsonArray list;
    QStringList off, on, unread, odd;
    QString oddFields;
    for (const auto& [instance, t] : std::as_const(m_types)) {
        const QString name = tr("resource type %1 (instance #%2)").arg(t.id).arg(instance);
        QJsonObject o{{QStringLiteral("instance"), instance}, {QStringLiteral("resourceTypeId"), t.id}};
        const auto including = templates.including(t.id);
        if (including.isEmpty()) {
            unread << name;
            o.insert(QStringLiteral("autoprovide"), QJsonValue());
            list << o;
            continue;
        }
        const PaApiParse::TemplateResourceType& rt = including.first().second;
        o.insert(QStringLiteral("readFrom"), including.first().first.id);
        const QVariant value = rt.actParams.value(QStringLiteral("autoprovide_service"));
        const QString text = value.typeId() == QMetaType::QString || value.typeId() == QMetaType::Int
                                 ? value.toString().trimmed()
                                 : QString();
        if (!rt.hasActParams || !rt.actParams.contains(QStringLiteral("autoprovide_service"))) {
            odd << (rt.hasActParams ? tr("%1 has no autoprovide_service among its activation parameters (%2)")
                                          .arg(name, QStringList(rt.actParams.keys()).join(QStringLiteral(", ")))
                                    : tr("%1 lacks act_params in service template %2")
                                          .arg(name, including.first().first.label()));
            if (oddFields.isEmpty())
                oddFields = rt.fields;
        } else if (text == QLatin1String("1")) {
            on << name;
            o.insert(QStringLiteral("autoprovide"), true);
        } else if (text == QLatin1String("0")) {
            off << name;
            o.insert(QStringLiteral("autoprovide"), false);
        } else {
            odd << tr("%1 has autoprovide_service = %2, neither \"1\" nor \"0\"")
                       .arg(name, XmlRpc::describe(value, 40));
            if (oddFields.isEmpty())
                oddFields = rt.fields;
        }
        list << o;
    }
    ev.insert(QStringLiteral("resourceTypes"), list);
    const QString sep = QStringLiteral(", ");
    if (!off.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("Autoprovisioning is not Yes for the \"%1\" service in %2. Set it to Yes (step 2), then re-run.")
                   .arg(m_serviceId, off.join(sep)),
               {}, ev);
    } else if (!odd.isEmpty()) {
        unexpectedAnswer(QStringLiteral("pem.getServiceTemplate"), odd, oddFields, manual, ev);
    } else if (!unread.isEmpty()) {
        finish(CheckStatus::Skipped,
               tr("%1 is in no service template, and PA gives a resource type's activation parameters only with a "
                  "template, so Autoprovisioning could not be read. Confirm by hand: %2")
                   .arg(unread.join(sep), manual),
               {}, withManualFallback(ev));
    } else {
        finish(CheckStatus::Passed,
               tr("Autoprovisioning is Yes for the \"%1\" service in %2.").arg(m_serviceId, on.join(sep)), {}, ev);
    }
}

} // namespace o365
