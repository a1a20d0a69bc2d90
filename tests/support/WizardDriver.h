#pragma once

#include <QString>

class QWidget;

namespace o365 {
class UpgradeWizard;
}

// Driving the wizard as an engineer does, for the GUI tests. On a failure they record it with
// QVERIFY/QCOMPARE and return; the caller checks QTest::currentTestFailed() when it matters.

// Types `text` into the line edit `objectName` under `parent`, replacing what was there — as one
// key event, so any character works (QTest::keyClicks is ASCII only).
void typeInto(QWidget* parent, const QString& objectName, const QString& text);
// Waits until Next is enabled, then clicks it.
void clickNext(o365::UpgradeWizard& wizard, int timeoutMs = 5000);

// A `pear list` with every package the Provisioning stage asks for.
extern const QString kPearListComplete;
