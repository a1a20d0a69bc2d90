// Crash-resume: crashresume_child runs a scripted session (confirmations, notes, overrides, values,
// check results, report exports; CrashResumeScript.h) and is killed with SIGKILL at known points —
// right after a save, in the middle of one, during checks, during an export — and at random moments.
// After every kill the session file must load, hold every change up to the last completed save and
// nothing half-made, and the next run must resume from it; every exported report must be whole.

#include "session/CrashResumeScript.h"

#include "report/Report.h"
#include "report/ReportJson.h"
#include "session/Session.h"
#include "session/SessionStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace o365;

class TestCrashResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killAtKnownPoints();
    void killAtRandomMoments();

private:
    struct Run {
        bool killed = false;
        bool finished = false; // ran to "done"
        int lastSaved = -1;    // the last "saved K" it printed
        QString killedAfter;   // the line read just before the kill
        QString error;
    };
    // Runs the child; kills it once `killAt` returns true for a line it printed, or after `delayMs`
    // from its "resumed" line (when >= 0).
    Run runChild(const std::function<bool(const QString&)>& killAt, int delayMs = -1);
    // Loads the session as a restart would and checks everything made up to lastSaved is there.
    void verifyOnDisk(int lastSaved, int* progress);

    QTemporaryDir m_dir;
    QString m_session;
    QString m_reports;
    int m_kills = 0;
    static constexpr int Total = 90;
};

void TestCrashResume::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = m_dir.filePath(QStringLiteral("sessions/session-crash.json"));
    m_reports = m_dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(QFileInfo(m_session).absolutePath()));
    QVERIFY(QDir().mkpath(m_reports));
}

TestCrashResume::Run TestCrashResume::runChild(const std::function<bool(const QString&)>& killAt, int delayMs)
{
    Run run;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(CRASHRESUME_CHILD), {m_session, m_reports, QString::number(Total)});
    if (!child.waitForStarted(10000)) {
        run.error = QStringLiteral("the child did not start");
        return run;
    }
    auto takeLine = [&](const QString& line) {
        if (line.startsWith(QLatin1String("saved ")))
            run.lastSaved = line.mid(6).toInt();
        if (line == QLatin1String("done"))
            run.finished = true;
        if (line.startsWith(QLatin1String("load-failed")) || line.startsWith(QLatin1String("save-failed")))
            run.error = line;
    };
    QElapsedTimer sinceResumed;
    while (!run.killed && !run.finished && run.error.isEmpty()) {
        if (!child.canReadLine()) {
            const int wait = delayMs >= 0 && sinceResumed.isValid() ? 1 : 100;
            if (!child.waitForReadyRead(wait) && child.state() != QProcess::Running && !child.canReadLine()) {
                run.error = QStringLiteral("the child ended early (exit %1)").arg(child.exitCode());
                break;
            }
        }
        while (child.canReadLine() && !run.killed) {
            const QString line = QString::fromUtf8(child.readLine()).trimmed();
            takeLine(line);
            if (line.startsWith(QLatin1String("resumed")) && delayMs >= 0)
                sinceResumed.start();
            if (killAt && killAt(line)) {
                ::kill(pid_t(child.processId()), SIGKILL);
                run.killed = true;
                run.killedAfter = line;
            }
        }
        if (!run.killed && sinceResumed.isValid() && sinceResumed.elapsed() >= delayMs) {
            ::kill(pid_t(child.processId()), SIGKILL);
            run.killed = true;
            run.killedAfter = QStringLiteral("%1 ms after resuming").arg(delayMs);
        }
        if (sinceResumed.isValid() && !child.canReadLine() && !run.killed)
            QThread::usleep(200);
    }
    if (run.killed)
        ++m_kills;
    child.waitForFinished(30000);
    // What it printed before it died: a "saved K" there is a save that completed.
    const QList<QByteArray> rest = child.readAllStandardOutput().split('\n');
    for (const QByteArray& line : rest)
        takeLine(QString::fromUtf8(line).trimmed());
    return run;
}

void TestCrashResume::verifyOnDisk(int lastSaved, int* progress)
{
    *progress = -1;
    Session session;
    QString error;
    QVERIFY2(SessionStore::load(m_session, &session, &error), qPrintable(error));
    const int p = session.field(crashresume::progressField()).toInt();
    QVERIFY2(p >= lastSaved, qPrintable(QStringLiteral("on disk %1, last completed save %2").arg(p).arg(lastSaved)));
    for (int k = 1; k <= p; ++k) {
        const QString problem = crashresume::verify(session, k);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // Nothing beyond the recorded progress: every change is saved whole or not at all.
    for (int k = p + 1; k <= p + 4; ++k)
        QVERIFY(session.record(crashresume::scopeOf(k), crashresume::stepOf(k)).isEmpty());
    if (session.field(QStringLiteral("crashresume.checks")).toInt() > 0) {
        const auto gateway = session.records().value(Session::gatewayScope(QStringLiteral("gw1")));
        bool anyResult = false;
        for (const StepRecord& r : gateway)
            anyResult = anyResult || !r.checks.isEmpty();
        QVERIFY2(anyResult, "the check results recorded before the save are missing");
    }
    // The store lists the file, readable (a temporary file left by a killed save is not a session).
    const QList<SessionStore::Summary> listed = SessionStore(QFileInfo(m_session).absolutePath()).list();
    QCOMPARE(listed.size(), 1);
    QVERIFY2(listed.first().error.isEmpty(), qPrintable(listed.first().error));
    // Every report written is whole.
    const QFileInfoList reports = QDir(m_reports).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo& fi : reports) {
        QFile f(fi.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        Report report;
        QVERIFY2(ReportJson::fromBytes(f.readAll(), &report, &error),
                 qPrintable(fi.fileName() + QLatin1Char(' ') + error));
    }
    *progress = p;
}

// After a save, during one, during checks, during an export: four kinds of point, four rounds.
void TestCrashResume::killAtKnownPoints()
{
    const QStringList kinds{QStringLiteral("saved"), QStringLiteral("saving"), QStringLiteral("checking"),
                            QStringLiteral("exporting")};
    int progress = 0;
    for (int round = 0; round < 4; ++round) {
        for (const QString& kind : kinds) {
            // The next change after `progress` at which the child prints this kind of line.
            int target = progress + 1 + round % 2;
            while ((kind == QLatin1String("checking") && target % crashresume::checkEvery != 0) ||
                   (kind == QLatin1String("exporting") && target % crashresume::exportEvery != 0))
                ++target;
            const QString line = QStringLiteral("%1 %2").arg(kind).arg(target);
            const Run run = runChild([&](const QString& l) { return l == line; });
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            QVERIFY2(run.killed, qPrintable(QStringLiteral("never printed '%1'").arg(line)));
            verifyOnDisk(run.lastSaved, &progress);
            if (QTest::currentTestFailed())
                return;
            qInfo().noquote() << "killed after" << run.killedAfter << "- last save" << run.lastSaved << "- on disk"
                              << progress;
        }
    }
    QVERIFY(m_kills >= 16);
}

// At random moments (mostly in the middle of writing), then a run to the end.
void TestCrashResume::killAtRandomMoments()
{
    QRandomGenerator random(20240117); // fixed: the same moments every run
    int progress = 0;
    for (int i = 0; i < 10; ++i) {
        const Run run = runChild({}, int(random.bounded(5, 120)));
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        verifyOnDisk(run.lastSaved, &progress);
        if (QTest::currentTestFailed())
            return;
        qInfo().noquote() << "killed" << run.killedAfter << "- last save" << run.lastSaved << "- on disk" << progress;
    }
    const Run last = runChild({});
    QVERIFY2(last.error.isEmpty(), qPrintable(last.error));
    QVERIFY(last.finished);
    verifyOnDisk(Total, &progress);
    QCOMPARE(progress, Total);
    qInfo() << "SIGKILLs in all:" << m_kills;
    QVERIFY(m_kills >= 20);
}

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
