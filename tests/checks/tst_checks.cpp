// Unit tests for the asynchronous checks (app/Check.h), the runner that starts a page's checks
// together (app/CheckRunner.h), the saved form of a check's outcome (app/CheckResult.h) and the
// "POA 5.4.4 or later" prerequisite check (app/PaVersionCheck.h).
//
// No assertion here depends on how fast the machine is: order of signals, counts and states only.

#include "procedure/Procedure.h"
#include "stages/start/StartStage.h"
#include "session/CheckResult.h"
#include "checks/CheckRunner.h"
#include "core/Clock.h"
#include "stages/start/PaVersionCheck.h"
#include "kb/ProcedureCatalogue.h"
#include "session/Session.h"
#include "kb/StepState.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace o365;

namespace {

// QCOMPARE cannot print the core's enums itself (their toString() returns QString): compare names.
#define COMPARE_STATUS(actual, expected) QCOMPARE(o365::toString(actual), o365::toString(expected))

Check::Spec testSpec(const QString& id, int timeoutMs = 10000)
{
    Check::Spec s;
    s.id = id;
    s.stepId = QStringLiteral("test.step");
    s.timeoutMs = timeoutMs;
    return s;
}

} // namespace

// Finishes `delayMs` after run() with `status`. abort() is counted but deliberately leaves the timer
// running, so that a finish arriving after a timeout or a cancel can be observed being ignored.
class DelayedCheck : public Check
{
    Q_OBJECT
public:
    DelayedCheck(const QString& id, int delayMs, CheckStatus status = CheckStatus::Passed, int timeoutMs = 10000,
                 Clock* clock = nullptr)
        : Check(testSpec(id, timeoutMs), clock), m_delayMs(delayMs), m_status(status)
    {
    }
    int runCount = 0;
    int abortCount = 0;

Q_SIGNALS:
    void finishAttempted(); // emitted right after the delayed finish() call, whether or not it counted

protected:
    void run() override
    {
        const int run = ++runCount;
        QTimer::singleShot(m_delayMs, this, [this, run] {
            finish(m_status, QStringLiteral("delayed finish of run %1").arg(run), QString(),
                   QJsonObject{{QStringLiteral("run"), run}});
            Q_EMIT finishAttempted();
        });
    }
    void abort() override { ++abortCount; }

private:
    int m_delayMs;
    CheckStatus m_status;
};

// Never calls finish(): only a timeout or a cancel ends it.
class NeverFinishingCheck : public Check
{
    Q_OBJECT
public:
    explicit NeverFinishingCheck(const QString& id, int timeoutMs = 0) : Check(testSpec(id, timeoutMs)) {}
    int abortCount = 0;

protected:
    void run() override {}
    void abort() override { ++abortCount; }
};

// Finishes inside run(), before start() returns. Its outcome alternates Passed / Failed per run.
class SyncCheck : public Check
{
    Q_OBJECT
public:
    explicit SyncCheck(const QString& id, Clock* clock = nullptr) : Check(testSpec(id), clock) {}
    int runCount = 0;

protected:
    void run() override
    {
        ++runCount;
        if (runCount % 2 == 1)
            finish(CheckStatus::Passed, QStringLiteral("run %1 passed").arg(runCount), QStringLiteral("detail"),
                   QJsonObject{{QStringLiteral("run"), runCount}});
        else
            finish(CheckStatus::Failed, QStringLiteral("run %1 failed").arg(runCount));
    }
};

// Calls finish() twice at once, and a third time on a later event-loop turn.
class DoubleFinishCheck : public Check
{
    Q_OBJECT
public:
    explicit DoubleFinishCheck(const QString& id) : Check(testSpec(id)) {}

Q_SIGNALS:
    void laterFinishAttempted();

protected:
    void run() override
    {
        finish(CheckStatus::Passed, QStringLiteral("first"));
        finish(CheckStatus::Failed, QStringLiteral("second"));
        QTimer::singleShot(0, this, [this] {
            finish(CheckStatus::Warning, QStringLiteral("third"));
            Q_EMIT laterFinishAttempted();
        });
    }
};

class TestChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runnerRunsChecksConcurrently();
    void timeoutFailsAndIgnoresLateFinish();
    void timeoutMessageNamesSeconds_data();
    void timeoutMessageNamesSeconds();
    void cancelGivesSkipped();
    void cancelledCheckIgnoresLateFinish();
    void synchronousFinish();
    void synchronousAndAsynchronousTogether();
    void emptyRunnerFinishesAtOnce();
    void finishTwiceCountsOnce();
    void rerunResetsResults();
    void rerunWhileRunningReportsOnce();
    void startedAtComesFromClock();
    void durationIsNotNegative();
    void checkResultRoundTrip_data();
    void checkResultRoundTrip();
    void checkResultStartTimeKeepsItsOffset();
    void checkResultEnumNames();
    void checkResultBlocks();
    void paVersion_data();
    void paVersion();
};

void TestChecks::runnerRunsChecksConcurrently()
{
    CheckRunner runner;
    QList<DelayedCheck*> checks;
    for (const char* id : {"a", "b", "c"}) {
        auto* c = new DelayedCheck(QString::fromLatin1(id), 200);
        checks.append(c);
        runner.addCheck(c);
    }
    QStringList events;
    connect(&runner, &CheckRunner::checkStarted, this,
            [&events](const QString& id) { events.append(QStringLiteral("start:") + id); });
    connect(&runner, &CheckRunner::checkFinished, this,
            [&events](const CheckResult& r) { events.append(QStringLiteral("finish:") + r.checkId); });
    for (DelayedCheck* c : checks)
        connect(c, &Check::started, this, [&events, c] { events.append(QStringLiteral("started:") + c->id()); });
    QSignalSpy all(&runner, &CheckRunner::allFinished);

    runner.start();
    // All three are under way at the same time.
    QVERIFY(runner.isRunning());
    for (DelayedCheck* c : checks) {
        QVERIFY2(c->isRunning(), qPrintable(c->id()));
        COMPARE_STATUS(c->result().status, CheckStatus::Running);
    }

    QVERIFY(all.wait(10000));
    QCOMPARE(all.size(), 1);
    QVERIFY(!runner.isRunning());

    // Every check had started before the first one finished.
    QCOMPARE(events.size(), 9);
    int firstFinish = -1;
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).startsWith(QLatin1String("finish:"))) {
            firstFinish = i;
            break;
        }
    }
    QVERIFY(firstFinish >= 0);
    for (const char* id : {"a", "b", "c"}) {
        const int s1 = events.indexOf(QStringLiteral("start:") + QLatin1String(id));
        const int s2 = events.indexOf(QStringLiteral("started:") + QLatin1String(id));
        QVERIFY2(s1 >= 0 && s1 < firstFinish, qPrintable(events.join(QLatin1Char(' '))));
        QVERIFY2(s2 >= 0 && s2 < firstFinish, qPrintable(events.join(QLatin1Char(' '))));
    }
    const QList<CheckResult> results = runner.results();
    QCOMPARE(results.size(), 3);
    for (const CheckResult& r : results)
        COMPARE_STATUS(r.status, CheckStatus::Passed);
}

void TestChecks::timeoutFailsAndIgnoresLateFinish()
{
    CheckRunner runner;
    // Would pass after 500 ms, but its timeout is 100 ms.
    auto* slow = new DelayedCheck(QStringLiteral("slow"), 500, CheckStatus::Passed, 100);
    runner.addCheck(slow);
    QSignalSpy finished(slow, &Check::finished);
    QSignalSpy runnerFinished(&runner, &CheckRunner::checkFinished);
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    QSignalSpy lateAttempt(slow, &DelayedCheck::finishAttempted);

    runner.start();
    QVERIFY(all.wait(10000));
    QCOMPARE(finished.size(), 1);
    CheckResult r = slow->result();
    COMPARE_STATUS(r.status, CheckStatus::Failed);
    QVERIFY2(r.message.contains(QLatin1String("seconds")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("0.1")), qPrintable(r.message));
    QVERIFY2(r.detail.contains(QLatin1String("100")), qPrintable(r.detail));
    QCOMPARE(slow->abortCount, 1);
    QVERIFY(!slow->isRunning());

    // The reply that arrives after the timeout is ignored: no second finished(), result kept.
    QVERIFY(lateAttempt.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runnerFinished.size(), 1);
    QCOMPARE(all.size(), 1);
    r = slow->result();
    COMPARE_STATUS(r.status, CheckStatus::Failed);
    QVERIFY(!r.message.contains(QLatin1String("delayed finish")));
    QVERIFY(!r.evidence.contains(QStringLiteral("run")));
}

void TestChecks::timeoutMessageNamesSeconds_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("seconds");
    QTest::newRow("50 ms") << 50 << "0.05 seconds";
    QTest::newRow("250 ms") << 250 << "0.25 seconds";
}

void TestChecks::timeoutMessageNamesSeconds()
{
    QFETCH(int, timeoutMs);
    QFETCH(QString, seconds);
    NeverFinishingCheck check(QStringLiteral("dead"), timeoutMs);
    QSignalSpy finished(&check, &Check::finished);
    check.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    COMPARE_STATUS(check.result().status, CheckStatus::Failed);
    QVERIFY2(check.result().message.contains(seconds), qPrintable(check.result().message));
    QCOMPARE(check.abortCount, 1);
}

void TestChecks::cancelGivesSkipped()
{
    CheckRunner runner;
    auto* a = new NeverFinishingCheck(QStringLiteral("a"));
    auto* b = new NeverFinishingCheck(QStringLiteral("b"));
    runner.addCheck(a);
    runner.addCheck(b);
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    QSignalSpy each(&runner, &CheckRunner::checkFinished);

    runner.start();
    QCoreApplication::processEvents();
    QVERIFY(runner.isRunning());
    QCOMPARE(all.size(), 0);

    runner.cancel();
    QVERIFY(!runner.isRunning());
    QCOMPARE(all.size(), 1);
    QCOMPARE(each.size(), 2);
    for (NeverFinishingCheck* c : {a, b}) {
        COMPARE_STATUS(c->result().status, CheckStatus::Skipped);
        QVERIFY(!c->result().message.isEmpty());
        QVERIFY(!c->isRunning());
        QCOMPARE(c->abortCount, 1);
    }

    // Cancelling again (nothing running) changes nothing.
    runner.cancel();
    QCOMPARE(all.size(), 1);
    QCOMPARE(each.size(), 2);
    QCOMPARE(a->abortCount, 1);
}

void TestChecks::cancelledCheckIgnoresLateFinish()
{
    DelayedCheck check(QStringLiteral("c"), 50, CheckStatus::Passed);
    QSignalSpy finished(&check, &Check::finished);
    QSignalSpy attempt(&check, &DelayedCheck::finishAttempted);
    check.start();
    check.cancel();
    QCOMPARE(finished.size(), 1);
    COMPARE_STATUS(check.result().status, CheckStatus::Skipped);
    QVERIFY(attempt.wait(10000));
    QCOMPARE(finished.size(), 1);
    COMPARE_STATUS(check.result().status, CheckStatus::Skipped);
}

void TestChecks::synchronousFinish()
{
    CheckRunner runner;
    auto* a = new SyncCheck(QStringLiteral("a"));
    auto* b = new SyncCheck(QStringLiteral("b"));
    runner.addCheck(a);
    runner.addCheck(b);
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    QSignalSpy each(&runner, &CheckRunner::checkFinished);
    QSignalSpy started(&runner, &CheckRunner::checkStarted);

    runner.start();
    // Both finished before start() returned, and allFinished came exactly once.
    QCOMPARE(all.size(), 1);
    QCOMPARE(each.size(), 2);
    QCOMPARE(started.size(), 2);
    QVERIFY(!runner.isRunning());
    COMPARE_STATUS(a->result().status, CheckStatus::Passed);
    COMPARE_STATUS(b->result().status, CheckStatus::Passed);
    QCOMPARE(a->result().message, QStringLiteral("run 1 passed"));

    // Nothing more arrives later (no timeout firing for a finished check, no second allFinished).
    QTest::qWait(50);
    QCOMPARE(all.size(), 1);
    QCOMPARE(each.size(), 2);
}

void TestChecks::synchronousAndAsynchronousTogether()
{
    CheckRunner runner;
    runner.addCheck(new SyncCheck(QStringLiteral("sync")));
    runner.addCheck(new DelayedCheck(QStringLiteral("async"), 20));
    runner.addCheck(new SyncCheck(QStringLiteral("sync2")));
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    runner.start();
    QCOMPARE(all.size(), 0); // the asynchronous one is still running
    QVERIFY(runner.isRunning());
    QVERIFY(all.wait(10000));
    QCOMPARE(all.size(), 1);
    QTest::qWait(50);
    QCOMPARE(all.size(), 1);
}

void TestChecks::emptyRunnerFinishesAtOnce()
{
    CheckRunner runner;
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    runner.start();
    QCOMPARE(all.size(), 1);
    QVERIFY(!runner.isRunning());
    QVERIFY(runner.results().isEmpty());
}

void TestChecks::finishTwiceCountsOnce()
{
    CheckRunner runner;
    auto* c = new DoubleFinishCheck(QStringLiteral("twice"));
    runner.addCheck(c);
    QSignalSpy finished(c, &Check::finished);
    QSignalSpy each(&runner, &CheckRunner::checkFinished);
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    QSignalSpy later(c, &DoubleFinishCheck::laterFinishAttempted);

    runner.start();
    QCOMPARE(finished.size(), 1);
    QVERIFY(later.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(each.size(), 1);
    QCOMPARE(all.size(), 1);
    COMPARE_STATUS(c->result().status, CheckStatus::Passed);
    QCOMPARE(c->result().message, QStringLiteral("first"));
}

void TestChecks::rerunResetsResults()
{
    ManualClock clock(QDateTime(QDate(2024, 3, 1), QTime(10, 0, 0), Qt::UTC));
    CheckRunner runner;
    auto* sync = new SyncCheck(QStringLiteral("sync"), &clock);
    auto* delayed = new DelayedCheck(QStringLiteral("delayed"), 20, CheckStatus::Warning, 10000, &clock);
    runner.addCheck(sync);
    runner.addCheck(delayed);
    QSignalSpy all(&runner, &CheckRunner::allFinished);

    runner.start();
    QVERIFY(all.wait(10000));
    QCOMPARE(all.size(), 1);
    COMPARE_STATUS(sync->result().status, CheckStatus::Passed);
    COMPARE_STATUS(delayed->result().status, CheckStatus::Warning);
    QCOMPARE(delayed->result().evidence.value(QStringLiteral("run")).toInt(), 1);
    QCOMPARE(delayed->result().startedAt, clock.now());

    clock.advanceMs(60 * 1000);
    runner.start(); // "Re-run"

    // The asynchronous check's previous outcome is gone at once.
    const CheckResult running = delayed->result();
    COMPARE_STATUS(running.status, CheckStatus::Running);
    QVERIFY(running.message.isEmpty());
    QVERIFY(running.evidence.isEmpty());
    QCOMPARE(running.durationMs, qint64(0));
    QCOMPARE(running.startedAt, clock.now());
    QCOMPARE(running.checkId, QStringLiteral("delayed"));
    QCOMPARE(running.stepId, QStringLiteral("test.step"));
    // The synchronous one already has its second outcome.
    COMPARE_STATUS(sync->result().status, CheckStatus::Failed);
    QCOMPARE(sync->result().message, QStringLiteral("run 2 failed"));
    QVERIFY(sync->result().evidence.isEmpty());
    QVERIFY(sync->result().detail.isEmpty());

    QVERIFY(all.wait(10000));
    QCOMPARE(all.size(), 2);
    QCOMPARE(delayed->runCount, 2);
    QCOMPARE(delayed->result().evidence.value(QStringLiteral("run")).toInt(), 2);
    QCOMPARE(runner.results().size(), 2);
}

void TestChecks::rerunWhileRunningReportsOnce()
{
    // "Re-run" pressed while the first run is still under way: the first run ends quietly, and
    // only the second one reports (one allFinished, no "cancelled" result).
    CheckRunner runner;
    auto* delayed = new DelayedCheck(QStringLiteral("delayed"), 100);
    runner.addCheck(delayed);
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    QSignalSpy each(&runner, &CheckRunner::checkFinished);
    runner.start();
    QVERIFY(runner.isRunning());
    runner.start();
    QVERIFY(all.wait(10000));
    QTest::qWait(200); // a late report of the first run would come by now
    QCOMPARE(all.size(), 1);
    QCOMPARE(each.size(), 1);
    COMPARE_STATUS(each.first().first().value<CheckResult>().status, CheckStatus::Passed);
    QCOMPARE(delayed->runCount, 2);
}

void TestChecks::startedAtComesFromClock()
{
    const QDateTime t0(QDate(2023, 12, 31), QTime(23, 59, 58, 250), Qt::UTC);
    ManualClock clock(t0);
    SyncCheck check(QStringLiteral("clocked"), &clock);
    check.start();
    QCOMPARE(check.result().startedAt, t0);
    QCOMPARE(check.result().startedAt.toString(Qt::ISODateWithMs), t0.toString(Qt::ISODateWithMs));

    clock.advanceMs(1500);
    check.start();
    QCOMPARE(check.result().startedAt, t0.addMSecs(1500));

    // Through a runner as well.
    clock.set(QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
    CheckRunner runner;
    runner.addCheck(new DelayedCheck(QStringLiteral("d"), 10, CheckStatus::Passed, 10000, &clock));
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    runner.start();
    QVERIFY(all.wait(10000));
    QCOMPARE(runner.results().value(0).startedAt, clock.now());
}

void TestChecks::durationIsNotNegative()
{
    SyncCheck sync(QStringLiteral("sync"));
    sync.start();
    QVERIFY(sync.result().isFinished());
    QVERIFY(sync.result().durationMs >= 0);

    DelayedCheck delayed(QStringLiteral("delayed"), 30);
    QSignalSpy finished(&delayed, &Check::finished);
    delayed.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(delayed.result().durationMs >= 0);
    QCOMPARE(finished.first().first().value<CheckResult>().durationMs, delayed.result().durationMs);

    NeverFinishingCheck never(QStringLiteral("never"), 20);
    QSignalSpy timedOut(&never, &Check::finished);
    never.start();
    QVERIFY(timedOut.wait(10000));
    QVERIFY(never.result().durationMs >= 0);
}

void TestChecks::checkResultRoundTrip_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("phase");

    const QList<CheckStatus> statuses = {CheckStatus::NotRun, CheckStatus::Running, CheckStatus::Passed,
                                         CheckStatus::Warning, CheckStatus::Failed, CheckStatus::Skipped};
    for (CheckStatus st : statuses) {
        for (CheckSeverity sev : {CheckSeverity::Blocking, CheckSeverity::Advisory}) {
            for (CheckPhase ph : {CheckPhase::Before, CheckPhase::After}) {
                const QString name = QStringLiteral("%1/%2/%3").arg(toString(st), toString(sev), toString(ph));
                QTest::newRow(qPrintable(name)) << int(st) << int(sev) << int(ph);
            }
        }
    }
}

void TestChecks::checkResultRoundTrip()
{
    QFETCH(int, status);
    QFETCH(int, severity);
    QFETCH(int, phase);

    CheckResult r;
    r.checkId = QStringLiteral("gateway.mosiUrl");
    r.stepId = QStringLiteral("gateway.1f");
    r.status = CheckStatus(status);
    r.severity = CheckSeverity(severity);
    r.phase = CheckPhase(phase);
    r.message = QStringLiteral("Host \"gw.example.com\" — ünïcode ✓");
    r.detail = QStringLiteral("line 1\nline 2\t'quoted'");
    r.evidence = QJsonObject{{QStringLiteral("host"), QStringLiteral("gw.example.com")},
                             {QStringLiteral("addresses"), QJsonArray{QStringLiteral("203.0.113.10"),
                                                                      QStringLiteral("2001:db8::10")}},
                             {QStringLiteral("port"), 8443},
                             {QStringLiteral("nested"), QJsonObject{{QStringLiteral("ok"), true}}}};
    r.startedAt = QDateTime(QDate(2024, 2, 29), QTime(13, 14, 15, 678), Qt::UTC);
    r.durationMs = 5'000'000'123LL; // beyond 32 bits

    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), toString(r.status));
    QCOMPARE(json.value(QStringLiteral("severity")).toString(), toString(r.severity));
    QCOMPARE(json.value(QStringLiteral("phase")).toString(), toString(r.phase));

    const CheckResult back = CheckResult::fromJson(json);
    QCOMPARE(back.checkId, r.checkId);
    QCOMPARE(back.stepId, r.stepId);
    COMPARE_STATUS(back.status, r.status);
    QCOMPARE(toString(back.severity), toString(r.severity));
    QCOMPARE(toString(back.phase), toString(r.phase));
    QCOMPARE(back.message, r.message);
    QCOMPARE(back.detail, r.detail);
    QCOMPARE(back.evidence, r.evidence);
    QCOMPARE(back.startedAt, r.startedAt);
    QCOMPARE(back.durationMs, r.durationMs);
    QCOMPARE(back.isFinished(), r.isFinished());
    QCOMPARE(back.blocks(), r.blocks());
    QCOMPARE(back.toJson(), json);
}

void TestChecks::checkResultStartTimeKeepsItsOffset()
{
    // The system clock gives local times: saved without their offset they would mean another
    // instant once the session is opened in another time zone (or after a DST change).
    const QDateTime local(QDate(2024, 7, 1), QTime(12, 30, 0, 5), Qt::LocalTime);
    for (const QDateTime& t : {local, local.toUTC(), local.toOffsetFromUtc(-5 * 3600), QDateTime::currentDateTime()}) {
        CheckResult r;
        r.startedAt = t;
        const QString text = r.toJson().value(QStringLiteral("startedAt")).toString();
        static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"));
        QVERIFY2(zone.match(text).hasMatch(), qPrintable(text));
        const QDateTime back = CheckResult::fromJson(r.toJson()).startedAt;
        QVERIFY(back.isValid());
        QCOMPARE(back.toMSecsSinceEpoch(), t.toMSecsSinceEpoch());
        QCOMPARE(back.offsetFromUtc(), t.offsetFromUtc());
    }
}

void TestChecks::checkResultEnumNames()
{
    const QList<CheckStatus> statuses = {CheckStatus::NotRun, CheckStatus::Running, CheckStatus::Passed,
                                         CheckStatus::Warning, CheckStatus::Failed, CheckStatus::Skipped};
    QSet<QString> names;
    for (CheckStatus s : statuses) {
        QVERIFY(!toString(s).isEmpty());
        names.insert(toString(s));
        COMPARE_STATUS(checkStatusFromString(toString(s)), s);
    }
    QCOMPARE(names.size(), statuses.size());
    QVERIFY(toString(CheckSeverity::Blocking) != toString(CheckSeverity::Advisory));
    QVERIFY(toString(CheckPhase::Before) != toString(CheckPhase::After));
    // Unknown text falls back to the harmless defaults.
    COMPARE_STATUS(checkStatusFromString(QStringLiteral("bogus")), CheckStatus::NotRun);

    // A result never run keeps an invalid start time through JSON.
    const CheckResult empty = CheckResult::fromJson(CheckResult().toJson());
    QVERIFY(!empty.startedAt.isValid());
    COMPARE_STATUS(empty.status, CheckStatus::NotRun);
}

void TestChecks::checkResultBlocks()
{
    CheckResult r;
    r.severity = CheckSeverity::Blocking;
    r.status = CheckStatus::Failed;
    QVERIFY(r.blocks());
    r.severity = CheckSeverity::Advisory;
    QVERIFY(!r.blocks());
    r.severity = CheckSeverity::Blocking;
    r.status = CheckStatus::Warning;
    QVERIFY(!r.blocks());
    QVERIFY(r.isFinished());
    r.status = CheckStatus::Running;
    QVERIFY(!r.isFinished());
}

void TestChecks::paVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("status"); // CheckStatus name

    QTest::newRow("5.4.4") << "5.4.4" << toString(CheckStatus::Passed);
    QTest::newRow("5.5") << "5.5" << toString(CheckStatus::Passed);
    QTest::newRow("5.4.10") << "5.4.10" << toString(CheckStatus::Passed);
    QTest::newRow("6") << "6" << toString(CheckStatus::Passed);
    QTest::newRow("v5.4.4 with spaces") << " v5.4.4 " << toString(CheckStatus::Passed);
    QTest::newRow("5.4.4-100") << "5.4.4-100" << toString(CheckStatus::Passed);
    QTest::newRow("5.4.3") << "5.4.3" << toString(CheckStatus::Failed);
    QTest::newRow("5.4") << "5.4" << toString(CheckStatus::Failed);
    QTest::newRow("4.9.9") << "4.9.9" << toString(CheckStatus::Failed);
    QTest::newRow("abc") << "abc" << toString(CheckStatus::Failed);
    // Nothing entered yet: the check cannot be judged and says what to enter. It ends Skipped, which
    // keeps the prerequisite step open (see below), so an empty version never lets the engineer on.
    QTest::newRow("empty") << "" << toString(CheckStatus::Skipped);
    QTest::newRow("blank") << "   " << toString(CheckStatus::Skipped);
}

void TestChecks::paVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, status);

    CheckRunner runner;
    auto* check = new PaVersionCheck(version);
    runner.addCheck(check);
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    runner.start();
    if (all.isEmpty())
        QVERIFY(all.wait(10000));
    QCOMPARE(all.size(), 1);

    const CheckResult r = check->result();
    QCOMPARE(toString(r.status), status);
    QCOMPARE(r.checkId, QStringLiteral("start.paVersion"));
    QCOMPARE(r.stepId, QStringLiteral("start.prerequisites"));
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(r.evidence.value(QStringLiteral("paVersion")).toString(), version);
    QCOMPARE(r.evidence.value(QStringLiteral("minimum")).toString(), QStringLiteral("5.4.4"));
    if (r.status == CheckStatus::Failed && !version.trimmed().isEmpty())
        QVERIFY2(r.message.contains(version), qPrintable(r.message));

    // What the step makes of it: only a pass satisfies the prerequisite.
    Step step;
    step.id = QStringLiteral("start.prerequisites");
    step.role = StepRole::Text;
    step.kind = StepKind::AutomatedCheck;
    StepRecord record;
    record.checks.append(r);
    const StepState state = StepRules::evaluate(Procedure::instance().start(), step, record);
    QCOMPARE(StepRules::isSatisfied(state), r.status == CheckStatus::Passed);
}

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
