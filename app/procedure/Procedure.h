#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace o365 {

class DispatcherStage;
class GatewayStage;
class PaApplicationStage;
class ProvisioningStage;
class StageDefinition;
class StartStage;

// Every stage of KB 117222 the wizard walks, in page order: what each checks and offers comes
// from its StageDefinition. The pages, --check and the report ask here, never a step id.
class Procedure
{
public:
    static const Procedure& instance();

    const QList<const StageDefinition*>& stages() const { return m_order; }
    // The stage `key` names; a plain definition without checks for an unknown key.
    const StageDefinition& stage(const QString& key) const;
    // The stage a step id belongs to ("gateway.7e" → gateway).
    const StageDefinition& stageOf(const QString& stepId) const;
    // Stages that have automated checks, in page order ("start", "gateway", …).
    QStringList checkedStageKeys() const;

    const StartStage& start() const { return *m_start; }
    const GatewayStage& gateway() const { return *m_gateway; }
    const DispatcherStage& dispatcher() const { return *m_dispatcher; }
    const ProvisioningStage& provisioning() const { return *m_provisioning; }
    const PaApplicationStage& paApplication() const { return *m_paApplication; }

    ~Procedure();

private:
    Procedure();

    std::unique_ptr<StartStage> m_start;
    std::unique_ptr<GatewayStage> m_gateway;
    std::unique_ptr<DispatcherStage> m_dispatcher;
    std::unique_ptr<ProvisioningStage> m_provisioning;
    std::unique_ptr<PaApplicationStage> m_paApplication;
    std::unique_ptr<StageDefinition> m_features;
    std::unique_ptr<StageDefinition> m_signOff;
    std::unique_ptr<StageDefinition> m_none;
    QList<const StageDefinition*> m_order;
};

} // namespace o365
