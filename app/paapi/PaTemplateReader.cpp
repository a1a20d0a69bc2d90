#include "PaTemplateReader.h"

#include <algorithm>

namespace o365 {

QString PaTemplateReader::Template::label() const
{
    return name.isEmpty() ? tr("#%1").arg(id) : tr("\"%1\" (#%2)").arg(name).arg(id);
}

QList<QPair<PaTemplateReader::Template, PaApiParse::TemplateResourceType>>
PaTemplateReader::Outcome::including(int id) const
{
    QList<QPair<Template, PaApiParse::TemplateResourceType>> out;
    for (const Template& t : templates)
        for (const PaApiParse::TemplateResourceType& rt : t.resourceTypes)
            if (rt.id == id) {
                out.append({t, rt});
                break;
            }
    return out;
}

void PaTemplateReader::read(const Caller& call, std::function<void(const Outcome&)> done)
{
    // owner_id 1 is the provider; active false lists the inactive templates too (both are required).
    const QVariantMap listParams{{QStringLiteral("owner_id"), 1}, {QStringLiteral("active"), false}};
    call(QStringLiteral("pem.getServiceTemplateList"), listParams, [call, done](const PaApiClient::Result& r) {
        Outcome out;
        if (!r.ok()) {
            out.kind = Outcome::Kind::CallFailed;
            out.failure = r;
            done(out);
            return;
        }
        QStringList missing;
        QList<PaApiParse::ServiceTemplate> list = PaApiParse::serviceTemplates(r.result, &missing);
        if (!missing.isEmpty()) {
            out.kind = Outcome::Kind::Unexpected;
            out.method = QStringLiteral("pem.getServiceTemplateList");
            out.problems = missing;
            out.fieldsPresent = PaApiParse::fieldsPresent(r.result);
            done(out);
            return;
        }
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        out.truncated = list.size() > MaxTemplates;
        list = list.mid(0, MaxTemplates);
        if (list.isEmpty()) {
            done(out);
            return;
        }
        // The answers arrive in any order; the state is shared by the callbacks and ends with the last.
        auto state = std::make_shared<Outcome>(out);
        auto outstanding = std::make_shared<int>(int(list.size()));
        auto ended = std::make_shared<bool>(false);
        for (int i = 0; i < list.size(); ++i) {
            state->templates.append({list.at(i).id, list.at(i).name, {}});
            const QVariantMap params{{QStringLiteral("st_id"), list.at(i).id},
                                     {QStringLiteral("get_resources"), true},
                                     {QStringLiteral("get_full_info"), true}};
            call(QStringLiteral("pem.getServiceTemplate"), params,
                 [state, outstanding, ended, done, i](const PaApiClient::Result& one) {
                     if (*ended)
                         return;
                     if (!one.ok()) {
                         *ended = true;
                         Outcome failed;
                         failed.kind = Outcome::Kind::CallFailed;
                         failed.failure = one;
                         done(failed);
                         return;
                     }
                     QStringList missing;
                     const std::optional<QList<PaApiParse::TemplateResourceType>> types =
                         PaApiParse::templateResourceTypes(one.result, &missing);
                     if (!types || !missing.isEmpty()) {
                         *ended = true;
                         Outcome odd;
                         odd.kind = Outcome::Kind::Unexpected;
                         odd.method = QStringLiteral("pem.getServiceTemplate");
                         for (const QString& m : std::as_const(missing))
                             odd.problems << tr("%1 (service template #%2)").arg(m).arg(state->templates.at(i).id);
                         odd.fieldsPresent = PaApiParse::fieldsPresent(one.result);
                         done(odd);
                         return;
                     }
                     state->templates[i].resourceTypes = *types;
                     if (--*outstanding == 0) {
                         *ended = true;
                         done(*state);
                     }
                 });
        }
    });
}

} // namespace o365
