#include "PaEmptyServiceSetCheck.h"

#include "paapi/XmlRpc.h"

#include <QJsonArray>

#include <algorithm>

namespace o365 {

PaEmptyServiceSetCheck::PaEmptyServiceSetCheck(const PaApiConfig& config, const NetworkContext& net,
                                               bool syncScriptUsed, const QString& resclassName, Clock* clock,
                                               QObject* parent)
    : PaApiCheck(defaultSpec(), config, net, clock, parent), m_syncScriptUsed(syncScriptUsed), m_resclass(resclassName)
{
}

Check::Spec PaEmptyServiceSetCheck::defaultSpec()
{
    Spec s;
    s.id = QStringLiteral("paapp.emptyServiceSet");
    s.stepId = QStringLiteral("paapp.4");
    s.phase = CheckPhase::After;
    s.timeoutMs = 30000;
    return s;
}

void PaEmptyServiceSetCheck::run()
{
    if (!m_syncScriptUsed) {
        finish(CheckStatus::Skipped,
               tr("Step 4 does not apply: the synchronization script is not used on this installation."), {},
               baseEvidence());
        return;
    }
    const QString manual =
        tr("an \"Empty Service Set\" application service resource type exists with Included Offers and Trial Offer "
           "ID set to %1, and it is included in the Office 365 service templates.")
            .arg(zeroGuid());
    if (!ensureConfigured(manual))
        return;
    call(QStringLiteral("pem.getResourceTypesByClass"), {{QStringLiteral("resclass_name"), m_resclass}},
         [this, manual](const PaApiClient::Result& r) {
             if (!r.ok()) {
                 fallBack(r, manual);
                 return;
             }
             judge(r.result);
         });
}

void PaEmptyServiceSetCheck::judge(const QVariant& result)
{
    const QString manual = tr("its Included Offers and Trial Offer ID are %1, and it is included in the Office 365 "
                              "service templates.")
                               .arg(zeroGuid());
    m_goodIds.clear();
    QStringList missing;
    const QList<PaApiParse::ResourceType> types = PaApiParse::resourceTypesByClass(result, &missing);
    QJsonObject ev = baseEvidence();
    ev.insert(QStringLiteral("resclass"), m_resclass);
    ev.insert(QStringLiteral("resourceTypeCount"), int(types.size()));
    if (!missing.isEmpty())
        ev.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
    static const QRegularExpression essName(QStringLiteral(R"(empty\s*service\s*set)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<PaApiParse::ResourceType> found;
    for (const PaApiParse::ResourceType& t : types)
        if (essName.match(t.name).hasMatch())
            found << t;
    if (types.isEmpty()) {
        finish(CheckStatus::Warning,
               tr("PA lists no resource types of class %1%2: the class may be named differently on this "
                  "installation. Confirm by hand that an \"Empty Service Set\" resource type exists and that %3")
                   .arg(m_resclass,
                        missing.isEmpty() ? QString()
                                          : tr(" (its answer lacked %1)").arg(missing.join(QStringLiteral(", "))),
                        manual),
               {}, ev);
        return;
    }
    if (found.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("There is no \"Empty Service Set\" resource type among the %n resource type(s) of class %1. Create "
                  "it (step 4) with Included Offers and Trial Offer ID set to %2, include it in the Office 365 "
                  "service templates, then re-run.",
                  nullptr, int(types.size()))
                   .arg(m_resclass, zeroGuid()),
               {}, ev);
        return;
    }
    QJsonArray list;
    QStringList wrong, unread, good;
    for (const PaApiParse::ResourceType& t : found) {
        QJsonObject o{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}};
        const QString label = tr("\"%1\" (%2)").arg(t.name).arg(t.id);
        if (!t.hasParameters) {
            unread << label;
            list << o;
            continue;
        }
        QString included, trial;
        bool haveIncluded = false, haveTrial = false;
        for (auto it = t.parameters.begin(); it != t.parameters.end(); ++it) {
            const QString n = PaApiParse::normalizedName(it.key());
            if (n == QLatin1String("includedoffers")) {
                haveIncluded = true;
                included = it.value().toString().trimmed();
            } else if (n == QLatin1String("trialofferid")) {
                haveTrial = true;
                trial = it.value().toString().trimmed();
            }
        }
        o.insert(QStringLiteral("includedOffers"), haveIncluded ? QJsonValue(included) : QJsonValue());
        o.insert(QStringLiteral("trialOfferId"), haveTrial ? QJsonValue(trial) : QJsonValue());
        list << o;
        QStringList bad;
        if (included.compare(zeroGuid(), Qt::CaseInsensitive) != 0)
            bad << (haveIncluded ? tr("Included Offers is \"%1\"").arg(included) : tr("Included Offers is not set"));
        if (trial.compare(zeroGuid(), Qt::CaseInsensitive) != 0)
            bad << (haveTrial ? tr("Trial Offer ID is \"%1\"").arg(trial) : tr("Trial Offer ID is not set"));
        if (bad.isEmpty()) {
            good << label;
            m_goodIds << t.id;
        }
        else
            wrong << tr("%1: %2").arg(label, bad.join(QStringLiteral(", ")));
    }
    ev.insert(QStringLiteral("emptyServiceSets"), list);
    if (!good.isEmpty()) {
        m_evidence = ev;
        m_goodLabels = good.join(QStringLiteral(", "));
        checkTemplates();
    } else if (!wrong.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("The Empty Service Set resource type is not set up as step 4 requires — %1. Set both activation "
                  "parameters to %2, then re-run.")
                   .arg(wrong.join(QStringLiteral("; ")), zeroGuid()),
               {}, ev);
    } else {
        finish(CheckStatus::Warning,
               tr("The Empty Service Set resource type %1 exists, but PA's answer does not give its activation "
                  "parameters. Confirm by hand that %2")
                   .arg(unread.join(QStringLiteral(", ")), manual),
               {}, ev);
    }
}

void PaEmptyServiceSetCheck::checkTemplates()
{
    // What cannot be read through the API is left to the engineer, said exactly.
    const QString manual = tr("the Empty Service Set resource type %1 (its activation parameters are right, checked "
                              "through the API) is included in every Office 365 service template, and the existing "
                              "Office 365 subscriptions were updated accordingly.")
                               .arg(m_goodLabels);
    m_templates.clear();
    m_templateTypes.clear();
    call(QStringLiteral("pem.getServiceTemplateList"), {}, [this, manual](const PaApiClient::Result& r) {
        if (!r.ok()) {
            fallBack(r, manual, m_evidence);
            return;
        }
        QStringList missing;
        m_templates = PaApiParse::serviceTemplates(r.result, &missing).mid(0, MaxTemplates);
        if (m_templates.isEmpty()) {
            QJsonObject ev = m_evidence;
            const QJsonObject manualEv = manualEvidence();
            for (auto it = manualEv.begin(); it != manualEv.end(); ++it)
                ev.insert(it.key(), it.value());
            finish(CheckStatus::Skipped,
                   tr("PA lists no service templates%1. Confirm by hand: %2")
                       .arg(missing.isEmpty()
                                ? QString()
                                : tr(" (its answer lacked %1)").arg(missing.join(QStringLiteral(", "))),
                            manual),
                   {}, ev);
            return;
        }
        m_outstanding = int(m_templates.size());
        for (const PaApiParse::ServiceTemplate& t : std::as_const(m_templates)) {
            const int id = t.id;
            call(QStringLiteral("pem.getServiceTemplate"),
                 {{QStringLiteral("st_id"), id}, {QStringLiteral("get_resources"), 1}},
                 [this, id, manual](const PaApiClient::Result& one) {
                     if (!one.ok()) {
                         fallBack(one, manual, m_evidence);
                         return;
                     }
                     const std::optional<QList<int>> ids = PaApiParse::templateResourceTypeIds(one.result);
                     if (!ids) {
                         PaApiClient::Result unusable = one;
                         unusable.message = tr("PA's answer for service template %1 lists no resource types.").arg(id);
                         fallBack(unusable, manual, m_evidence);
                         return;
                     }
                     m_templateTypes.insert(id, *ids);
                     if (--m_outstanding == 0)
                         judgeTemplates();
                 });
        }
    });
}

void PaEmptyServiceSetCheck::judgeTemplates()
{
    QStringList with, without;
    QJsonArray list;
    for (const PaApiParse::ServiceTemplate& t : std::as_const(m_templates)) {
        bool includes = false;
        for (int id : m_templateTypes.value(t.id))
            includes = includes || m_goodIds.contains(id);
        const QString label = t.name.isEmpty() ? tr("#%1").arg(t.id) : tr("\"%1\" (#%2)").arg(t.name).arg(t.id);
        (includes ? with : without) << label;
        list << QJsonObject{{QStringLiteral("id"), t.id},
                            {QStringLiteral("name"), t.name},
                            {QStringLiteral("includesEmptyServiceSet"), includes}};
    }
    QJsonObject ev = m_evidence;
    ev.insert(QStringLiteral("serviceTemplates"), list);
    const QString sep = QStringLiteral(", ");
    const QString subscriptions = tr("Existing Office 365 subscriptions must be updated accordingly (not readable "
                                     "through the API).");
    if (with.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("The Empty Service Set resource type %1 is set up, but it is included in none of the %n service "
                  "template(s) (%2). Include it in the Office 365 service templates (step 4), update the existing "
                  "Office 365 subscriptions, then re-run.",
                  nullptr, int(m_templates.size()))
                   .arg(m_goodLabels, without.join(sep)),
               {}, ev);
    } else if (without.isEmpty()) {
        finish(CheckStatus::Passed,
               tr("The Empty Service Set resource type %1 has Included Offers and Trial Offer ID set to %2 and is "
                  "included in every service template: %3. %4")
                   .arg(m_goodLabels, zeroGuid(), with.join(sep), subscriptions),
               {}, ev);
    } else {
        const QJsonObject manual = manualEvidence();
        for (auto it = manual.begin(); it != manual.end(); ++it)
            ev.insert(it.key(), it.value());
        finish(CheckStatus::Skipped,
               tr("The Empty Service Set resource type %1 is set up and included in %2, but not in %3. PA does not say "
                  "which templates are the Office 365 ones. Confirm by hand: none of %3 is an Office 365 service "
                  "template (or include the Empty Service Set there), and the existing Office 365 subscriptions were "
                  "updated accordingly.")
                   .arg(m_goodLabels, with.join(sep), without.join(sep)),
               {}, ev);
    }
}

} // namespace o365
