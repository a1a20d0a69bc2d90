#include "PaEmptyServiceSetCheck.h"

#include "paapi/XmlRpc.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace o365 {

namespace {

QString label(int id, const QString& name) { return QStringLiteral("\"%1\" (%2)").arg(name).arg(id); }

} // namespace

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

QString PaEmptyServiceSetCheck::manualWhat() const
{
    return tr("an \"Empty Service Set\" application service resource type exists with Included Offers and Trial "
              "Offer ID set to %1, and it is included in the Office 365 service templates.")
        .arg(zeroGuid());
}

void PaEmptyServiceSetCheck::run()
{
    if (!m_syncScriptUsed) {
        finish(CheckStatus::Skipped,
               tr("Step 4 does not apply: the synchronization script is not used on this installation."), {},
               baseEvidence());
        return;
    }
    const QString manual = manualWhat();
    if (!ensureConfigured(manual))
        return;
    m_emptyServiceSets.clear();
    m_evidence = {};
    call(QStringLiteral("pem.getResourceTypesByClass"), {{QStringLiteral("resclass_name"), m_resclass}},
         [this, manual](const PaApiClient::Result& r) {
             if (!r.ok()) {
                 fallBack(r, manual);
                 return;
             }
             judgeClass(r.result);
         });
}

void PaEmptyServiceSetCheck::judgeClass(const QVariant& result)
{
    const QString manual = manualWhat();
    QStringList missing;
    const QList<PaApiParse::ResourceType> types = PaApiParse::resourceTypesByClass(result, &missing);
    QJsonObject ev = baseEvidence();
    ev.insert(QStringLiteral("resclass"), m_resclass);
    ev.insert(QStringLiteral("resourceTypeCount"), int(types.size()));
    if (!missing.isEmpty()) { // a nameless entry could be the Empty Service Set: no verdict
        unexpectedAnswer(QStringLiteral("pem.getResourceTypesByClass"), {lacking(missing)},
                         PaApiParse::fieldsPresent(result), manual, ev);
        return;
    }
    if (types.isEmpty()) {
        const QJsonObject manualEv = withManualFallback({{QStringLiteral("resclass"), m_resclass}});
        finish(CheckStatus::Skipped,
               tr("PA lists no resource types of class %1: the class may be named differently on this installation. "
                  "Confirm by hand: %2")
                   .arg(m_resclass, manual),
               {}, manualEv);
        return;
    }
    static const QRegularExpression essName(QStringLiteral(R"(empty\s*service\s*set)"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const PaApiParse::ResourceType& t : types)
        if (essName.match(t.name).hasMatch())
            m_emptyServiceSets << t;
    if (m_emptyServiceSets.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("There is no \"Empty Service Set\" resource type among the %n resource type(s) of class %1. Create "
                  "it (step 4) with Included Offers and Trial Offer ID set to %2, include it in the Office 365 "
                  "service templates, then re-run.",
                  nullptr, int(types.size()))
                   .arg(m_resclass, zeroGuid()),
               {}, ev);
        return;
    }
    QJsonArray found;
    for (const PaApiParse::ResourceType& t : std::as_const(m_emptyServiceSets))
        found << QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}};
    ev.insert(QStringLiteral("emptyServiceSets"), found);
    m_evidence = ev;
    readTemplates(templatesManualWhat(), ev, [this](const PaTemplateReader::Outcome& o) { judgeTemplates(o); });
}

QString PaEmptyServiceSetCheck::templatesManualWhat() const
{
    QStringList names;
    for (const PaApiParse::ResourceType& t : std::as_const(m_emptyServiceSets))
        names << label(t.id, t.name);
    return tr("the Empty Service Set resource type %1 has Included Offers and Trial Offer ID set to %2, is included "
              "in every Office 365 service template, and the existing Office 365 subscriptions were updated "
              "accordingly.")
        .arg(names.join(QStringLiteral(", ")), zeroGuid());
}

void PaEmptyServiceSetCheck::judgeTemplates(const PaTemplateReader::Outcome& templates)
{
    const QString sep = QStringLiteral(", ");
    const QString manual = templatesManualWhat();
    QJsonObject ev = m_evidence;
    if (templates.templates.isEmpty()) {
        finish(CheckStatus::Skipped, tr("PA lists no service templates. Confirm by hand: %1").arg(manual), {},
               withManualFallback(ev));
        return;
    }
    // The activation parameters, as the first template that includes each Empty Service Set gives them.
    QJsonArray params;
    QStringList good, wrong, notIncluded;
    QList<int> goodIds;
    for (const PaApiParse::ResourceType& t : std::as_const(m_emptyServiceSets)) {
        const auto including = templates.including(t.id);
        if (including.isEmpty()) {
            notIncluded << label(t.id, t.name);
            continue;
        }
        const PaApiParse::TemplateResourceType& rt = including.first().second;
        if (!rt.hasActParams) {
            unexpectedAnswer(QStringLiteral("pem.getServiceTemplate"),
                             {tr("it lacks act_params of resource type %1 in service template %2")
                                  .arg(t.id)
                                  .arg(including.first().first.label())},
                             rt.fields, manual, ev);
            return;
        }
        QString included, trial;
        bool haveIncluded = false, haveTrial = false;
        for (auto it = rt.actParams.begin(); it != rt.actParams.end(); ++it) {
            const QString n = PaApiParse::normalizedName(it.key());
            if (n == QLatin1String("includedoffers")) {
                haveIncluded = true;
                included = it.value().toString().trimmed();
            } else if (n == QLatin1String("trialofferid")) {
                haveTrial = true;
                trial = it.value().toString().trimmed();
            }
        }
        params << QJsonObject{{QStringLiteral("id"), t.id},
                              {QStringLiteral("includedOffers"), haveIncluded ? QJsonValue(included) : QJsonValue()},
                              {QStringLiteral("trialOfferId"), haveTrial ? QJsonValue(trial) : QJsonValue()},
                              {QStringLiteral("readFrom"), including.first().first.id}};
        const QString present = QStringList(rt.actParams.keys()).join(sep);
        QStringList bad;
        if (included.compare(zeroGuid(), Qt::CaseInsensitive) != 0)
            bad << (haveIncluded ? tr("Included Offers is \"%1\"").arg(included)
                                 : tr("Included Offers is not among its activation parameters (%1)")
                                       .arg(present.isEmpty() ? tr("none") : present));
        if (trial.compare(zeroGuid(), Qt::CaseInsensitive) != 0)
            bad << (haveTrial ? tr("Trial Offer ID is \"%1\"").arg(trial)
                              : tr("Trial Offer ID is not among its activation parameters (%1)")
                                    .arg(present.isEmpty() ? tr("none") : present));
        if (bad.isEmpty()) {
            good << label(t.id, t.name);
            goodIds << t.id;
        } else {
            wrong << tr("%1: %2").arg(label(t.id, t.name), bad.join(sep));
        }
    }
    ev.insert(QStringLiteral("activationParameters"), params);
    QJsonArray list;
    QStringList with, without;
    for (const PaTemplateReader::Template& st : templates.templates) {
        bool includes = false;
        for (const PaApiParse::TemplateResourceType& rt : st.resourceTypes)
            includes = includes || goodIds.contains(rt.id);
        (includes ? with : without) << st.label();
        list << QJsonObject{{QStringLiteral("id"), st.id},
                            {QStringLiteral("name"), st.name},
                            {QStringLiteral("includesEmptyServiceSet"), includes}};
    }
    ev.insert(QStringLiteral("serviceTemplates"), list);
    if (templates.truncated)
        ev.insert(QStringLiteral("templatesTruncatedTo"), PaTemplateReader::MaxTemplates);
    if (good.isEmpty() && !wrong.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("The Empty Service Set resource type is not set up as step 4 requires — %1. Set both activation "
                  "parameters to %2, then re-run.")
                   .arg(wrong.join(QStringLiteral("; ")), zeroGuid()),
               {}, ev);
        return;
    }
    if (good.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("The Empty Service Set resource type %1 is included in none of the %n service template(s) (%2), so "
                  "its activation parameters (which PA gives only with a template) could not be read either. "
                  "Include it in the Office 365 service templates (step 4), update the existing Office 365 "
                  "subscriptions, then re-run.",
                  nullptr, int(templates.templates.size()))
                   .arg(notIncluded.join(sep), without.join(sep)),
               {}, ev);
        return;
    }
    const QString goodLabels = good.join(sep);
    const QString subscriptions = tr("Existing Office 365 subscriptions must be updated accordingly (not readable "
                                     "through the API).");
    if (without.isEmpty()) {
        finish(CheckStatus::Passed,
               tr("The Empty Service Set resource type %1 has Included Offers and Trial Offer ID set to %2 and is "
                  "included in every service template: %3. %4")
                   .arg(goodLabels, zeroGuid(), with.join(sep), subscriptions),
               {}, ev);
        return;
    }
    ev = withManualFallback(ev);
    finish(CheckStatus::Skipped,
           tr("The Empty Service Set resource type %1 is set up and included in %2, but not in %3. PA does not say "
              "which templates are the Office 365 ones. Confirm by hand: none of %3 is an Office 365 service "
              "template (or include the Empty Service Set there), and the existing Office 365 subscriptions were "
              "updated accordingly.")
               .arg(goodLabels, with.join(sep), without.join(sep)),
           {}, ev);
}

} // namespace o365
