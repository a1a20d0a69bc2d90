#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace o365 {
class StepListWidget;
class UpgradeWizard;
}

// Driving the wizard as an engineer does, for the GUI tests. On a failure they record it with
// QVERIFY/QCOMPARE and return; the caller checks QTest::currentTestFailed() when it matters.

// Types `text` into the line edit `objectName` under `parent`, replacing what was there — as one
// key event, so any character works (QTest::keyClicks is ASCII only).
void typeInto(QWidget* parent, const QString& objectName, const QString& text);
// Waits until Next is enabled, then clicks it.
void clickNext(o365::UpgradeWizard& wizard, int timeoutMs = 5000);

// Overrides a step as an engineer does: "Override…", the justification, "Override", and — over a
// failed check — "Override anyway" in the question that names it; then the override is recorded.
void overrideStep(QWidget* row, const QString& stepId, const QString& justification);

// What the engineer types on the Start page; the rest of it keeps its defaults.
struct StartPageValues {
    QString customer = QStringLiteral("Contoso");
    QString installedVersion = QStringLiteral("4.0");
    bool singleTopology = false;
    bool syncScript = false; // step 4 applies
};
// Fills the Start page (the wizard must be on it) and waits until Next is enabled.
void fillStartPage(o365::UpgradeWizard& wizard, const StartPageValues& values);

// The value a test types into a step's required input; empty fails the test ("no test value").
using InputValueFor = std::function<QString(const QString& stepId, const QString& key)>;
// The justification for overriding a step instead of confirming it; empty confirms it.
using OverrideFor = std::function<QString(const QString& stepId)>;
// Fills every required input of the list, pastes kPearListComplete into provisioning.2, overrides
// the steps overrideFor names and confirms the rest; waits until the list is complete.
void completeStepList(o365::StepListWidget* list, const InputValueFor& valueFor, const OverrideFor& overrideFor = {});

// A `pear list` with every package the Provisioning stage asks for.
extern const QString kPearListComplete;
