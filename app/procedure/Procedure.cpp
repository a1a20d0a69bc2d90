#include "Procedure.h"

#include "kb/ProcedureCatalogue.h"
#include "stages/dispatcher/DispatcherStage.h"
#include "stages/gateway/GatewayStage.h"
#include "stages/paapp/PaApplicationStage.h"
#include "stages/provisioning/ProvisioningStage.h"
#include "stages/signoff/SignOffStage.h"
#include "stages/start/StartStage.h"

#include <QStringList>

namespace o365 {

const Procedure& Procedure::instance()
{
    static const Procedure procedure;
    return procedure;
}

Procedure::Procedure()
    : m_start(std::make_unique<StartStage>()), m_gateway(std::make_unique<GatewayStage>()),
      m_dispatcher(std::make_unique<DispatcherStage>()), m_provisioning(std::make_unique<ProvisioningStage>()),
      m_paApplication(std::make_unique<PaApplicationStage>()),
      m_features(std::make_unique<StageDefinition>(ProcedureCatalogue::stageKey(StageId::NewFeatures))),
      m_signOff(std::make_unique<SignOffStage>()), m_none(std::make_unique<StageDefinition>(QString()))
{
    m_order = {m_start.get(),         m_gateway.get(),  m_dispatcher.get(), m_provisioning.get(),
               m_paApplication.get(), m_features.get(), m_signOff.get()};
}

Procedure::~Procedure() = default;

const StageDefinition& Procedure::stage(const QString& key) const
{
    for (const StageDefinition* def : m_order) {
        if (def->key() == key)
            return *def;
    }
    return *m_none;
}

const StageDefinition& Procedure::stageOf(const QString& stepId) const
{
    return stage(stepId.section(QLatin1Char('.'), 0, 0));
}

QStringList Procedure::checkedStageKeys() const
{
    QStringList keys;
    for (const StageDefinition* def : m_order) {
        if (def->hasChecks())
            keys << def->key();
    }
    return keys;
}

} // namespace o365
