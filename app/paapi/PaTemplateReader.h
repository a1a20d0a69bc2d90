#pragma once

#include "paapi/PaApiClient.h"
#include "paapi/PaApiParse.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace o365 {

// The provider's service templates with their resource types and those types' activation
// parameters — the one place the PA API gives activation parameters (DESIGN.md):
// pem.getServiceTemplateList({owner_id: 1, active: false}), then for each template
// pem.getServiceTemplate({st_id, get_resources: true, get_full_info: true}). Calls go through
// the check's own call(), so an abort or a finish of the check silences them.
class PaTemplateReader
{
    Q_DECLARE_TR_FUNCTIONS(o365::PaTemplateReader)
public:
    static constexpr int MaxTemplates = 200;
    using Caller = std::function<void(const QString& method, const QVariantMap& params, PaApiClient::Callback)>;

    struct Template {
        int id = 0;
        QString name;
        QList<PaApiParse::TemplateResourceType> resourceTypes;
        QString label() const; // "Office 365 Business" (#1), or #1
    };
    struct Outcome {
        enum class Kind { Read, CallFailed, Unexpected } kind = Kind::Read;
        PaApiClient::Result failure; // CallFailed: the call's result
        QString method;              // Unexpected: whose answer
        QStringList problems;        // Unexpected: what was lacking
        QString fieldsPresent;       // Unexpected
        QList<Template> templates;   // Read: sorted by id, at most MaxTemplates
        bool truncated = false;
        // The templates that include resource type `id`, with that type as each gives it.
        QList<QPair<Template, PaApiParse::TemplateResourceType>> including(int id) const;
    };

    static void read(const Caller& call, std::function<void(const Outcome&)> done);
};

} // namespace o365
