#include "StageDefinition.h"

#include "kb/ProcedureCatalogue.h"

namespace o365 {

StageDefinition::StageDefinition(const QString& key) : m_key(key)
{
    for (const Step& step : stage().steps) {
        for (const StepInput& in : step.inputs) {
            if (in.multiline)
                m_multilineKeys << in.key;
        }
    }
}

StageDefinition::~StageDefinition() = default;

const Stage& StageDefinition::stage() const
{
    static const Stage none;
    const Stage* s = ProcedureCatalogue::instance().stageByKey(m_key);
    return s ? *s : none;
}

QStringList StageDefinition::scopes(const Session&) const { return {m_key}; }

QList<Check*> StageDefinition::createChecks(const Session&, const QString&, const NetworkContext*, Clock*) const
{
    return {};
}

StepCommand StageDefinition::commandFor(const QString&, const Session&, const QString&) const { return {}; }

QString StageDefinition::notApplicableReason(const Step&, const Session&, const QString&) const { return {}; }

QString StageDefinition::inputError(const QString& key, const QString& value) const
{
    const QString v = value.trimmed();
    if (!m_multilineKeys.contains(key) && (v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))))
        return tr("The value must be on one line.");
    return {};
}

} // namespace o365
