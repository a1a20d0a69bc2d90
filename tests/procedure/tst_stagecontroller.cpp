// The check loop without widgets (procedure/StageController), on a stage of the test's own:
// results recorded, the debounce, suggested values, the validation trigger, cancel.

#include "checks/Check.h"
#include "kb/StageDefinition.h"
#include "procedure/StageController.h"
#include "session/Session.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace o365;

namespace {

const QString kScope = QStringLiteral("gateway/gw1");
const QString kInputStep = QStringLiteral("gateway.1g");
const QString kTrigger = QStringLiteral("gateway.7e");

// Ends after `delayMs` with `status`, offering `suggested` values for its step.
class FakeCheck : public Check
{
public:
    FakeCheck(const QString& id, const QString& stepId, CheckPhase phase, int delayMs, QJsonObject suggested)
        : Check(spec(id, stepId, phase)), m_delayMs(delayMs), m_suggested(std::move(suggested))
    {
    }

protected:
    void run() override
    {
        QTimer::singleShot(m_delayMs, this, [this] {
            QJsonObject evidence;
            if (!m_suggested.isEmpty())
                evidence.insert(QStringLiteral("suggestedValues"), m_suggested);
            finish(CheckStatus::Passed, QStringLiteral("fine"), {}, evidence);
        });
    }

private:
    static Spec spec(const QString& id, const QString& stepId, CheckPhase phase)
    {
        Spec s;
        s.id = id;
        s.stepId = stepId;
        s.phase = phase;
        s.timeoutMs = 5000;
        return s;
    }
    int m_delayMs;
    QJsonObject m_suggested;
};

// One "before" check on 1g that suggests an address; after 7e is confirmed, one "after" check.
class FakeStage : public StageDefinition
{
public:
    FakeStage() : StageDefinition(QStringLiteral("gateway"))
    {
        m_checkedSteps << kInputStep << kTrigger;
        m_validationTriggers << kTrigger;
    }
    QList<Check*> createChecks(const Session& session, const QString& scope, const NetworkContext*,
                               Clock*) const override
    {
        ++created;
        QList<Check*> checks{new FakeCheck(QStringLiteral("fake.dns"), kInputStep, CheckPhase::Before, delayMs,
                                           {{QStringLiteral("ipAddress"), QStringLiteral("203.0.113.10")}})};
        if (session.record(scope, kTrigger).confirmation.confirmed)
            checks << new FakeCheck(QStringLiteral("fake.after"), kTrigger, CheckPhase::After, delayMs, {});
        return checks;
    }
    mutable int created = 0;
    int delayMs = 20;
};

} // namespace

class TestStageController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runRecordsResultsAndFillsSuggestions();
    void typedValuesAreNeverReplaced();
    void debounceRunsOnceAfterTyping();
    void confirmingTheTriggerStartsValidation();
    void triggerDuringARunWaitsForIt();
    void cancelStopsTheLoop();
};

void TestStageController::runRecordsResultsAndFillsSuggestions()
{
    FakeStage stage;
    Session s;
    StageController c(stage, &s, kScope, nullptr);
    QSignalSpy started(&c, &StageController::runStarted);
    QSignalSpy finished(&c, &StageController::checkFinished);
    QSignalSpy idle(&c, &StageController::idle);
    c.run();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toStringList(), QStringList{kInputStep});
    QVERIFY(c.isRunning());
    QVERIFY(!c.isIdle());
    QVERIFY(idle.wait(5000));
    QCOMPARE(finished.size(), 2); // the run, and the re-run for the value the check filled in
    QCOMPARE(stage.created, 2);
    QVERIFY(c.isIdle());
    QCOMPARE(s.record(kScope, kInputStep).values.value(QStringLiteral("ipAddress")), QStringLiteral("203.0.113.10"));
    QCOMPARE(s.record(kScope, kInputStep).checks.size(), 1);
    QCOMPARE(toString(s.record(kScope, kInputStep).checks.first().status), QStringLiteral("passed"));
}

void TestStageController::typedValuesAreNeverReplaced()
{
    FakeStage stage;
    Session s;
    s.setValue(kScope, kInputStep, QStringLiteral("ipAddress"), QStringLiteral("198.51.100.7"));
    StageController c(stage, &s, kScope, nullptr);
    QSignalSpy idle(&c, &StageController::idle);
    c.run();
    QVERIFY(idle.wait(5000));
    QCOMPARE(stage.created, 1); // nothing filled, so no re-run
    QCOMPARE(s.record(kScope, kInputStep).values.value(QStringLiteral("ipAddress")), QStringLiteral("198.51.100.7"));
}

void TestStageController::debounceRunsOnceAfterTyping()
{
    FakeStage stage;
    Session s;
    s.setValue(kScope, kInputStep, QStringLiteral("ipAddress"), QStringLiteral("198.51.100.7"));
    StageController c(stage, &s, kScope, nullptr);
    QSignalSpy started(&c, &StageController::runStarted);
    for (int i = 0; i < 5; ++i)
        c.scheduleRun(); // keystrokes
    QVERIFY(!c.isIdle());
    QCOMPARE(started.size(), 0);
    QVERIFY(started.wait(5000));
    QSignalSpy idle(&c, &StageController::idle);
    QVERIFY(idle.wait(5000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(stage.created, 1);
}

void TestStageController::confirmingTheTriggerStartsValidation()
{
    FakeStage stage;
    Session s;
    s.setValue(kScope, kInputStep, QStringLiteral("ipAddress"), QStringLiteral("198.51.100.7"));
    StageController c(stage, &s, kScope, nullptr);
    QSignalSpy started(&c, &StageController::runStarted);
    // Confirming another step starts nothing.
    s.setConfirmed(kScope, QStringLiteral("gateway.2"), true);
    QVERIFY(c.isIdle());
    s.setConfirmed(kScope, kTrigger, true);
    QVERIFY(!c.isIdle()); // queued for the next turn of the event loop
    QVERIFY(started.wait(5000));
    QVERIFY(started.first().first().toStringList().contains(kTrigger));
    QSignalSpy idle(&c, &StageController::idle);
    QVERIFY(idle.wait(5000));
    const QList<CheckResult> after = s.record(kScope, kTrigger).checks;
    QCOMPARE(after.size(), 1);
    QCOMPARE(toString(after.first().phase), QStringLiteral("after"));
    // Confirmed again (unticked, ticked) with a validation on record: it is not run again.
    started.clear();
    s.setConfirmed(kScope, kTrigger, false);
    s.setConfirmed(kScope, kTrigger, true);
    QVERIFY(c.isIdle());
    QTest::qWait(50);
    QCOMPARE(started.size(), 0);
}

void TestStageController::triggerDuringARunWaitsForIt()
{
    FakeStage stage;
    stage.delayMs = 100;
    Session s;
    s.setValue(kScope, kInputStep, QStringLiteral("ipAddress"), QStringLiteral("198.51.100.7"));
    StageController c(stage, &s, kScope, nullptr);
    QSignalSpy runFinished(&c, &StageController::runFinished);
    QSignalSpy checks(&c, &StageController::checkFinished);
    c.run();
    s.setConfirmed(kScope, kTrigger, true); // while the first run is under way
    QSignalSpy idle(&c, &StageController::idle);
    QVERIFY(idle.wait(5000));
    // The first run ended with its own report; the validation ran after it, not over it.
    QCOMPARE(runFinished.size(), 2);
    QCOMPARE(stage.created, 2);
    QCOMPARE(checks.size(), 3); // 1g; then 1g again and the validation of 7e
    QCOMPARE(s.record(kScope, kTrigger).checks.size(), 1);
}

void TestStageController::cancelStopsTheLoop()
{
    FakeStage stage;
    stage.delayMs = 2000;
    Session s;
    StageController c(stage, &s, kScope, nullptr);
    QSignalSpy finished(&c, &StageController::checkFinished);
    c.run();
    c.cancel();
    QVERIFY(!c.isRunning());
    QTRY_VERIFY(c.isIdle());
    // A cancelled check is recorded as such, and offers nothing.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(toString(finished.first().first().value<CheckResult>().status), QStringLiteral("skipped"));
    QVERIFY(s.record(kScope, kInputStep).values.value(QStringLiteral("ipAddress")).isEmpty());
}

QTEST_GUILESS_MAIN(TestStageController)
#include "tst_stagecontroller.moc"
