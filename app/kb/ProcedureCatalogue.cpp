#include "ProcedureCatalogue.h"

#include "core/Version.h"

namespace o365 {

ProcedureCatalogue::ProcedureCatalogue() { buildCatalogue(*this); }

const ProcedureCatalogue& ProcedureCatalogue::instance()
{
    static const ProcedureCatalogue catalogue;
    return catalogue;
}

const Stage& ProcedureCatalogue::stage(StageId id) const
{
    for (const Stage& s : m_stages) {
        if (s.id == id)
            return s;
    }
    Q_UNREACHABLE();
}

const Stage* ProcedureCatalogue::stageByKey(const QString& key) const
{
    for (const Stage& s : m_stages) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const Step* ProcedureCatalogue::step(const QString& stepId) const
{
    for (const Stage& s : m_stages) {
        for (const Step& st : s.steps) {
            if (st.id == stepId)
                return &st;
        }
    }
    return nullptr;
}

QList<FeatureRow> ProcedureCatalogue::featuresBetween(const QString& installed, const QString& target) const
{
    const Version from = Version::parse(installed);
    const Version to = Version::parse(target);
    QList<FeatureRow> rows;
    if (!from.isValid() || !to.isValid())
        return rows;
    for (const FeatureRow& row : m_features) {
        const Version v = Version::parse(row.version);
        if (v > from && v <= to)
            rows.append(row);
    }
    return rows;
}

QString ProcedureCatalogue::stageKey(StageId id)
{
    switch (id) {
    case StageId::Start: return QStringLiteral("start");
    case StageId::Gateway: return QStringLiteral("gateway");
    case StageId::Dispatcher: return QStringLiteral("dispatcher");
    case StageId::Provisioning: return QStringLiteral("provisioning");
    case StageId::PaApplication: return QStringLiteral("paapp");
    case StageId::NewFeatures: return QStringLiteral("features");
    case StageId::SignOff: return QStringLiteral("signoff");
    }
    return {};
}

} // namespace o365
