#include "TrainingWizard.h"

using namespace o365;

TrainingWizard::TrainingWizard(const QString& scenarioIdOrPath)
    : lab(TrainingLab::start(scenarioIdOrPath, &session, &error))
{
    if (lab)
        wizard = std::make_unique<UpgradeWizard>(&session, lab->networkContext());
}
