#pragma once

#include "session/Session.h"
#include "training/TrainingLab.h"
#include "pages/UpgradeWizard.h"

#include <memory>

// The wizard in training mode as main opens it for a new session: the scenario's lab running, the
// session prepared for it and observed, the wizard on the lab's network (not yet shown, so a test
// can size it first). The GUI tests and the screenshots start from this, as a trainee does.
struct TrainingWizard {
    explicit TrainingWizard(const QString& scenarioIdOrPath);

    // In this order, so that the wizard goes first and the session last.
    QString error; // why the lab did not start; then lab and wizard are null
    o365::Session session;
    std::unique_ptr<o365::TrainingLab> lab;
    std::unique_ptr<o365::UpgradeWizard> wizard;
};
