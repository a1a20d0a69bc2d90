// Unit tests for the session (app/Session.h), its files (app/SessionStore.h), the debounced
// automatic save (app/AutoSaver.h) and the step rules that judge a session (app/StepState.h).
//
// Every file lives in a QTemporaryDir; QStandardPaths runs in test mode. No assertion depends on
// how fast the machine is.

#include "session/AutoSaver.h"
#include "session/CheckResult.h"
#include "core/Clock.h"
#include "kb/ProcedureCatalogue.h"
#include "session/Session.h"
#include "session/SessionJson.h"
#include "session/SessionStore.h"
#include "core/PrivateFile.h"
#include "kb/StageDefinition.h"
#include "kb/StepState.h"
#include "procedure/Procedure.h"
#include "stages/gateway/GatewayStage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#endif

using namespace o365;

namespace {

#define COMPARE_STATE(actual, expected) QCOMPARE(o365::toString(actual), o365::toString(expected))

const QString kGw1 = QStringLiteral("gateway/gw1");

// The stage a step belongs to decides what is stage-specific about it (its checks, its inputs).
const StageDefinition& def(const Step& step) { return Procedure::instance().stageOf(step.id); }

QDateTime utc(int y, int mo, int d, int h = 12, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

bool setMTime(const QString& path, const QDateTime& t)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite)) // setFileTime needs an open file
        return false;
    return f.setFileTime(t, QFileDevice::FileModificationTime);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

CheckResult makeResult(const QString& checkId, const QString& stepId, CheckStatus status,
                       CheckSeverity severity = CheckSeverity::Blocking, CheckPhase phase = CheckPhase::Before)
{
    CheckResult r;
    r.checkId = checkId;
    r.stepId = stepId;
    r.status = status;
    r.severity = severity;
    r.phase = phase;
    r.message = QStringLiteral("%1 is %2").arg(checkId, toString(status));
    return r;
}

Step makeStep(const QString& id, StepKind kind, const QList<StepInput>& inputs = {},
              StepRole role = StepRole::SubStep)
{
    Step s;
    s.id = id;
    s.kind = kind;
    s.role = role;
    s.inputs = inputs;
    s.text = "test step";
    return s;
}

StepInput makeInput(const char* key)
{
    StepInput in;
    in.key = QString::fromLatin1(key);
    in.label = key;
    return in;
}

// Fills every kind of data a session holds.
void fill(Session& s, ManualClock& clock)
{
    s.setField(Session::fieldCustomer(), QStringLiteral("Contoso \"Ltd\" & Søn"));
    s.setField(Session::fieldCase(), QStringLiteral("CASE-117222"));
    s.setField(Session::fieldEngineer(), QStringLiteral("Jürgen O'Brien"));
    s.setField(Session::fieldPaVersion(), QStringLiteral("5.4.4"));
    s.setField(Session::fieldInstalledVersion(), QStringLiteral("3.9-12"));
    s.setField(Session::fieldTargetVersion(), QStringLiteral("4.1-103"));
    s.setField(Session::fieldSyncScript(), QStringLiteral("yes"));
    s.setField(Session::fieldPackageFile(), QStringLiteral("C:\\Packages\\Office365 (4.1).app.zip"));
    s.setTraining(true);
    s.setLastPage(QStringLiteral("gateway"));

    const QString gw2 = s.addGatewayApplication();
    s.setGatewayLabel(QStringLiteral("gw1"), QStringLiteral("O365Gateway"));
    s.setGatewayLabel(gw2, QStringLiteral("Second «gateway»"));

    clock.advanceMs(1000);
    s.setConfirmed(kGw1, QStringLiteral("gateway.1a"), true);
    clock.advanceMs(1000);
    s.setConfirmed(Session::gatewayScope(gw2), QStringLiteral("gateway.1a"), true);
    s.setNote(kGw1, QStringLiteral("gateway.1a"),
              QStringLiteral("Привет \"quoted\" 'single' \\backslash\\ — 日本語 ✓ 🚀\nsecond line\ttab"));
    s.setValue(kGw1, QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"),
               QStringLiteral("https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx"));
    s.setValue(kGw1, QStringLiteral("gateway.1g"), QStringLiteral("ipAddress"), QStringLiteral("203.0.113.10"));
    s.setValue(kGw1, QStringLiteral("gateway.4"), QStringLiteral("siteName"), QStringLiteral("Default Web Site"));
    clock.advanceMs(1000);
    s.setOverride(Session::gatewayScope(gw2), QStringLiteral("gateway.6b"),
                  QStringLiteral("Support (ticket #42) said \"go ahead\"."));

    CheckResult r = makeResult(QStringLiteral("gateway.mosiUrl"), QStringLiteral("gateway.1f"), CheckStatus::Passed);
    r.detail = QStringLiteral("https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx");
    r.evidence = QJsonObject{{QStringLiteral("host"), QStringLiteral("gateway.example.com")},
                             {QStringLiteral("application"), QStringLiteral("O365Gateway")},
                             {QStringLiteral("addresses"), QJsonArray{QStringLiteral("203.0.113.10")}}};
    r.startedAt = clock.now();
    r.durationMs = 12;
    s.setCheckResult(kGw1, QStringLiteral("gateway.1f"), r);
    CheckResult after = makeResult(QStringLiteral("gateway.subscriptionEvents"), QStringLiteral("gateway.6b"),
                                   CheckStatus::Warning, CheckSeverity::Advisory, CheckPhase::After);
    after.startedAt = clock.now().addSecs(5);
    s.setCheckResult(kGw1, QStringLiteral("gateway.6b"), after);
    s.setCheckResult(QStringLiteral("start"), QStringLiteral("start.prerequisites"),
                     makeResult(QStringLiteral("start.paVersion"), QStringLiteral("start.prerequisites"),
                                CheckStatus::Passed));
    clock.advanceMs(1000);
    s.acknowledgePlainHttp(QStringLiteral("PA.Example.com"));
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void newSessionDefaults();
    void roundTrip();
    void confirmationRecordsEngineerAndTime();
    void overrideRecordsEngineerAndTime();
    void checkResultReplacedPerCheckAndPhase();
    void topologySkipsDispatcher();
    void gatewayApplications();

    void autoSaverDebounces();
    void autoSaverFlushWritesAtOnce();
    void autoSaverFlushesOnDestruction();
    void autoSaverReportsFailure();

    void saveLeavesNoTemporaryFiles();
    void sessionsAreTheOwnersOnly();
    void fullDiskSaysWhy();
    void saveToReadOnlyFolderFails();
    void saveOverDirectoryFails();
    void loadMissingFile();
    void loadReadOnlyFile();
    void loadCorruptFile_data();
    void loadCorruptFile();
    void listNewestFirst();
    void pathForIsUnique();

    void manualStep();
    void inputStep();
    void automatedStep();
    void informationStep();
    void summarizeGatewayStage();
    void summarizeCatalogueGatewayStage();
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("O365UpgradeWizardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_session"));
    // The default folder is inside the test-mode location, never the user's real data.
    QVERIFY(SessionStore::defaultDirectory().contains(QStringLiteral("qttest")));
}

void TestSession::newSessionDefaults()
{
    ManualClock clock(utc(2024, 5, 1, 9));
    Session s(&clock);
    QVERIFY(!s.id().isEmpty());
    QCOMPARE(s.createdAt(), clock.now());
    QCOMPARE(s.updatedAt(), clock.now());
    QCOMPARE(s.gatewayApplications().size(), 1);
    QCOMPARE(s.gatewayApplications().first().id, QStringLiteral("gw1"));
    QCOMPARE(s.field(Session::fieldTopology()), Session::topologySeparate());
    QVERIFY(!s.singleGatewayTopology());
    QVERIFY(!s.stageSkip(QStringLiteral("dispatcher")).skipped);
    QVERIFY(s.records().isEmpty());
    QCOMPARE(SessionJson::toJson(s).value(QStringLiteral("format")).toString(), SessionJson::formatName());
    QCOMPARE(SessionJson::toJson(s).value(QStringLiteral("schema")).toInt(), SessionJson::SchemaVersion);

    Session other(&clock);
    QVERIFY(other.id() != s.id());
}

void TestSession::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(utc(2024, 5, 1, 9, 0, 0, 123));
    Session s(&clock);
    fill(s, clock);

    // Single-gateway topology: the dispatcher stage is skipped, with its reason.
    clock.advanceMs(1000);
    const QDateTime skipTime = clock.now();
    s.setField(Session::fieldTopology(), Session::topologySingle());
    QVERIFY(s.singleGatewayTopology());
    QVERIFY(s.stageSkip(QStringLiteral("dispatcher")).skipped);
    QVERIFY(!s.stageSkip(QStringLiteral("dispatcher")).reason.isEmpty());
    QCOMPARE(s.stageSkip(QStringLiteral("dispatcher")).at, skipTime);

    const QString path = dir.filePath(QStringLiteral("single.json"));
    QString error;
    QVERIFY2(SessionStore::save(s, path, &error), qPrintable(error));
    {
        Session loaded;
        QVERIFY2(SessionStore::load(path, &loaded, &error), qPrintable(error));
        QCOMPARE(SessionJson::toJson(loaded), SessionJson::toJson(s));
        QVERIFY(loaded.stageSkip(QStringLiteral("dispatcher")).skipped);
        QCOMPARE(loaded.stageSkip(QStringLiteral("dispatcher")).reason, s.stageSkip(QStringLiteral("dispatcher")).reason);
        QCOMPARE(loaded.stageSkip(QStringLiteral("dispatcher")).at, skipTime);
    }

    // Back to separate applications: the skip is gone.
    clock.advanceMs(1000);
    s.setField(Session::fieldTopology(), Session::topologySeparate());
    QVERIFY(!s.stageSkip(QStringLiteral("dispatcher")).skipped);
    QVERIFY(SessionJson::toJson(s).value(QStringLiteral("skippedStages")).toObject().isEmpty());

    const QString path2 = dir.filePath(QStringLiteral("separate.json"));
    QVERIFY2(SessionStore::save(s, path2, &error), qPrintable(error));
    Session loaded;
    QVERIFY2(SessionStore::load(path2, &loaded, &error), qPrintable(error));
    const QJsonObject expected = SessionJson::toJson(s);
    QCOMPARE(SessionJson::toJson(loaded), expected);
    // And the bytes of a re-save are the same.
    QCOMPARE(SessionStore::serialize(loaded), SessionStore::serialize(s));

    // Spot checks that the JSON comparison covered real content.
    QCOMPARE(loaded.id(), s.id());
    QCOMPARE(loaded.createdAt(), s.createdAt());
    QCOMPARE(loaded.updatedAt(), s.updatedAt());
    QVERIFY(loaded.isTraining());
    QCOMPARE(loaded.lastPage(), QStringLiteral("gateway"));
    QCOMPARE(loaded.field(Session::fieldCustomer()), QStringLiteral("Contoso \"Ltd\" & Søn"));
    QCOMPARE(loaded.gatewayApplications().size(), 2);
    QCOMPARE(loaded.gatewayApplications().at(1).label, QStringLiteral("Second «gateway»"));
    const StepRecord r = loaded.record(kGw1, QStringLiteral("gateway.1a"));
    QVERIFY(r.confirmation.confirmed);
    QCOMPARE(r.confirmation.by, QStringLiteral("Jürgen O'Brien"));
    QCOMPARE(r.confirmation.at, s.record(kGw1, QStringLiteral("gateway.1a")).confirmation.at);
    QCOMPARE(r.note, s.record(kGw1, QStringLiteral("gateway.1a")).note);
    QVERIFY(r.note.contains(QStringLiteral("🚀")));
    QCOMPARE(loaded.record(kGw1, QStringLiteral("gateway.1g")).values.value(QStringLiteral("ipAddress")),
             QStringLiteral("203.0.113.10"));
    const StepRecord ov = loaded.record(QStringLiteral("gateway/gw2"), QStringLiteral("gateway.6b"));
    QVERIFY(ov.override_.isActive());
    QCOMPARE(ov.override_.by, QStringLiteral("Jürgen O'Brien"));
    const QList<CheckResult> checks = loaded.record(kGw1, QStringLiteral("gateway.1f")).checks;
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().evidence.value(QStringLiteral("host")).toString(), QStringLiteral("gateway.example.com"));
    QCOMPARE(checks.first().startedAt, s.record(kGw1, QStringLiteral("gateway.1f")).checks.first().startedAt);
    QCOMPARE(toString(loaded.record(kGw1, QStringLiteral("gateway.6b")).checks.value(0).phase),
             toString(CheckPhase::After));

    QVERIFY(loaded.plainHttpAcknowledged(QStringLiteral("pa.example.com")));
    QCOMPARE(loaded.plainHttpAcknowledgements().value(QStringLiteral("pa.example.com")).by,
             QStringLiteral("Jürgen O'Brien"));
    QCOMPARE(loaded.plainHttpAcknowledgements().value(QStringLiteral("pa.example.com")).at,
             s.plainHttpAcknowledgements().value(QStringLiteral("pa.example.com")).at);
    QVERIFY(!loaded.plainHttpAcknowledged(QStringLiteral("other.example.com")));
    loaded.withdrawPlainHttp(QStringLiteral("pa.example.com"));
    QVERIFY(loaded.plainHttpAcknowledgements().isEmpty());

    // Gateway ids are not reused after loading.
    QCOMPARE(loaded.addGatewayApplication(), QStringLiteral("gw3"));
}

void TestSession::confirmationRecordsEngineerAndTime()
{
    ManualClock clock(utc(2024, 5, 1, 9));
    Session s(&clock);
    s.setField(Session::fieldEngineer(), QStringLiteral("Alice"));
    QSignalSpy changed(&s, &Session::changed);
    QSignalSpy recordChanged(&s, &Session::recordChanged);

    clock.set(utc(2024, 5, 2, 14, 30, 15, 500));
    s.setConfirmed(kGw1, QStringLiteral("gateway.2"), true);
    StepRecord r = s.record(kGw1, QStringLiteral("gateway.2"));
    QVERIFY(r.confirmation.confirmed);
    QCOMPARE(r.confirmation.by, QStringLiteral("Alice"));
    QCOMPARE(r.confirmation.at, utc(2024, 5, 2, 14, 30, 15, 500));
    QCOMPARE(s.updatedAt(), utc(2024, 5, 2, 14, 30, 15, 500));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(recordChanged.size(), 1);
    QCOMPARE(recordChanged.first().at(0).toString(), kGw1);
    QCOMPARE(recordChanged.first().at(1).toString(), QStringLiteral("gateway.2"));
    const QJsonObject json = SessionJson::recordToJson(r);
    QCOMPARE(json.value(QStringLiteral("confirmedBy")).toString(), QStringLiteral("Alice"));
    QVERIFY(!json.value(QStringLiteral("confirmedAt")).toString().isEmpty());

    // Confirming again changes nothing (not even the time).
    clock.advanceMs(60000);
    s.setConfirmed(kGw1, QStringLiteral("gateway.2"), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(s.record(kGw1, QStringLiteral("gateway.2")).confirmation.at, utc(2024, 5, 2, 14, 30, 15, 500));

    // Unconfirming clears who and when.
    s.setConfirmed(kGw1, QStringLiteral("gateway.2"), false);
    r = s.record(kGw1, QStringLiteral("gateway.2"));
    QVERIFY(!r.confirmation.confirmed);
    QVERIFY(r.confirmation.by.isEmpty());
    QVERIFY(!r.confirmation.at.isValid());
    QCOMPARE(changed.size(), 2);
    QVERIFY(r.isEmpty());
    QVERIFY(!SessionJson::recordToJson(r).contains(QStringLiteral("confirmedBy")));
    QVERIFY(!SessionJson::toJson(s).value(QStringLiteral("records")).toObject().contains(kGw1));

    // A later confirmation by someone else records that person and the new time.
    s.setField(Session::fieldEngineer(), QStringLiteral("Bob"));
    s.setConfirmed(kGw1, QStringLiteral("gateway.2"), true);
    r = s.record(kGw1, QStringLiteral("gateway.2"));
    QCOMPARE(r.confirmation.by, QStringLiteral("Bob"));
    QCOMPARE(r.confirmation.at, clock.now());
}

void TestSession::overrideRecordsEngineerAndTime()
{
    ManualClock clock(utc(2024, 5, 1, 9));
    Session s(&clock);
    s.setField(Session::fieldEngineer(), QStringLiteral("Alice"));
    clock.advanceMs(5000);
    s.setOverride(kGw1, QStringLiteral("gateway.1f"), QStringLiteral("DNS is split-horizon here"));
    StepRecord r = s.record(kGw1, QStringLiteral("gateway.1f"));
    QVERIFY(r.override_.isActive());
    QCOMPARE(r.override_.by, QStringLiteral("Alice"));
    QCOMPARE(r.override_.at, clock.now());

    // A blank justification is no override.
    s.setOverride(kGw1, QStringLiteral("gateway.1f"), QStringLiteral("   "));
    r = s.record(kGw1, QStringLiteral("gateway.1f"));
    QVERIFY(!r.override_.isActive());
    QVERIFY(r.override_.by.isEmpty());
    QVERIFY(!r.override_.at.isValid());
    QVERIFY(!SessionJson::recordToJson(r).contains(QStringLiteral("override")));
}

void TestSession::checkResultReplacedPerCheckAndPhase()
{
    Session s;
    const QString step = QStringLiteral("gateway.1f");
    s.setCheckResult(kGw1, step, makeResult(QStringLiteral("c"), step, CheckStatus::Failed));
    s.setCheckResult(kGw1, step, makeResult(QStringLiteral("c"), step, CheckStatus::Passed));
    s.setCheckResult(kGw1, step,
                     makeResult(QStringLiteral("c"), step, CheckStatus::Warning, CheckSeverity::Blocking,
                                CheckPhase::After));
    s.setCheckResult(kGw1, step, makeResult(QStringLiteral("d"), step, CheckStatus::Skipped));
    const QList<CheckResult> checks = s.record(kGw1, step).checks;
    QCOMPARE(checks.size(), 3);
    QCOMPARE(toString(checks.at(0).status), toString(CheckStatus::Passed)); // latest result kept
    QCOMPARE(toString(checks.at(1).status), toString(CheckStatus::Warning));
    QCOMPARE(toString(checks.at(2).status), toString(CheckStatus::Skipped));
}

void TestSession::topologySkipsDispatcher()
{
    ManualClock clock(utc(2024, 5, 1, 9));
    Session s(&clock);
    QSignalSpy fieldChanged(&s, &Session::fieldChanged);
    clock.advanceMs(1234);
    s.setField(Session::fieldTopology(), Session::topologySingle());
    QCOMPARE(fieldChanged.size(), 1);
    StageSkip skip = s.stageSkip(QStringLiteral("dispatcher"));
    QVERIFY(skip.skipped);
    QVERIFY(skip.reason.contains(QStringLiteral("Single"), Qt::CaseInsensitive));
    QCOMPARE(skip.at, clock.now());
    const QJsonObject skips = SessionJson::toJson(s).value(QStringLiteral("skippedStages")).toObject();
    QVERIFY(skips.contains(QStringLiteral("dispatcher")));
    QCOMPARE(skips.value(QStringLiteral("dispatcher")).toObject().value(QStringLiteral("reason")).toString(),
             skip.reason);

    // Setting the same value again changes nothing, not even the skip's time.
    clock.advanceMs(1000);
    s.setField(Session::fieldTopology(), Session::topologySingle());
    QCOMPARE(fieldChanged.size(), 1);
    QCOMPARE(s.stageSkip(QStringLiteral("dispatcher")).at, skip.at);

    s.setField(Session::fieldTopology(), Session::topologySeparate());
    skip = s.stageSkip(QStringLiteral("dispatcher"));
    QVERIFY(!skip.skipped);
    QVERIFY(skip.reason.isEmpty());
    QVERIFY(!SessionJson::toJson(s).value(QStringLiteral("skippedStages")).toObject().contains(QStringLiteral("dispatcher")));

    // A file that says "single" but lists no skip (written by a script): the topology decides,
    // so the window and the report agree that the Dispatcher stage is skipped.
    s.setField(Session::fieldTopology(), Session::topologySingle());
    QJsonObject file = SessionJson::toJson(s);
    file.insert(QStringLiteral("skippedStages"), QJsonObject{});
    Session loaded;
    QCOMPARE(SessionJson::load(file, &loaded).error, SessionJson::LoadError::None);
    QVERIFY(loaded.stageSkip(QStringLiteral("dispatcher")).skipped);
    QVERIFY(!loaded.stageSkip(QStringLiteral("dispatcher")).reason.isEmpty());
    // And the other way: "separate" with a stale skip is not skipped.
    file.insert(QStringLiteral("fields"), QJsonObject{{Session::fieldTopology(), Session::topologySeparate()}});
    file.insert(QStringLiteral("skippedStages"),
                QJsonObject{{QStringLiteral("dispatcher"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}}}});
    Session separate;
    QCOMPARE(SessionJson::load(file, &separate).error, SessionJson::LoadError::None);
    QVERIFY(!separate.stageSkip(QStringLiteral("dispatcher")).skipped);
}

void TestSession::gatewayApplications()
{
    Session s;
    QSignalSpy gwChanged(&s, &Session::gatewayApplicationsChanged);

    // The last gateway application cannot be removed.
    QVERIFY(!s.removeGatewayApplication(QStringLiteral("gw1")));
    QCOMPARE(s.gatewayApplications().size(), 1);
    QCOMPARE(gwChanged.size(), 0);

    const QString gw2 = s.addGatewayApplication();
    QCOMPARE(gw2, QStringLiteral("gw2"));
    QCOMPARE(gwChanged.size(), 1);
    s.setConfirmed(kGw1, QStringLiteral("gateway.2"), true);
    s.setNote(Session::gatewayScope(gw2), QStringLiteral("gateway.2"), QStringLiteral("second app"));
    s.setValue(Session::gatewayScope(gw2), QStringLiteral("gateway.1g"), QStringLiteral("ipAddress"),
               QStringLiteral("203.0.113.11"));
    QVERIFY(s.records().contains(Session::gatewayScope(gw2)));

    QVERIFY(!s.removeGatewayApplication(QStringLiteral("gw9"))); // unknown
    QCOMPARE(s.gatewayApplications().size(), 2);

    QVERIFY(s.removeGatewayApplication(gw2));
    QCOMPARE(gwChanged.size(), 2);
    QCOMPARE(s.gatewayApplications().size(), 1);
    QCOMPARE(s.gatewayApplications().first().id, QStringLiteral("gw1"));
    // Its records went with it; the other application's stayed.
    QVERIFY(!s.records().contains(Session::gatewayScope(gw2)));
    QVERIFY(s.record(Session::gatewayScope(gw2), QStringLiteral("gateway.2")).isEmpty());
    QVERIFY(!SessionJson::toJson(s).value(QStringLiteral("records")).toObject().contains(Session::gatewayScope(gw2)));
    QVERIFY(s.record(kGw1, QStringLiteral("gateway.2")).confirmation.confirmed);

    // Still the last one: refused again. A new one gets a fresh id.
    QVERIFY(!s.removeGatewayApplication(QStringLiteral("gw1")));
    const QString gw3 = s.addGatewayApplication();
    QCOMPARE(gw3, QStringLiteral("gw3"));
    QVERIFY(s.record(Session::gatewayScope(gw3), QStringLiteral("gateway.2")).isEmpty());

    // Removing the first one is fine while another remains.
    QVERIFY(s.removeGatewayApplication(QStringLiteral("gw1")));
    QCOMPARE(s.gatewayApplications().size(), 1);
    QCOMPARE(s.gatewayApplications().first().id, gw3);
    QVERIFY(!s.records().contains(kGw1));
}

void TestSession::autoSaverDebounces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("auto.json"));
    Session s;
    AutoSaver saver(&s, path, 300);
    QCOMPARE(saver.delayMs(), 300);
    QSignalSpy saved(&saver, &AutoSaver::saved);
    QVERIFY(!saver.isPending());

    s.setNote(kGw1, QStringLiteral("gateway.2"), QStringLiteral("change 0"));
    QVERIFY(saver.isPending());
    QCOMPARE(saver.saveCount(), 0);
    QVERIFY(!QFileInfo::exists(path));

    // 49 more changes in quick succession, letting the event loop run between them.
    for (int i = 1; i < 50; ++i) {
        s.setNote(kGw1, QStringLiteral("gateway.2"), QStringLiteral("change %1").arg(i));
        QCoreApplication::processEvents();
    }

    QTRY_COMPARE(saver.saveCount(), 1);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), path);
    QVERIFY(!saver.isPending());
    QVERIFY(saver.lastError().isEmpty());
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.contains("change 49"));
    Session loaded;
    QVERIFY(SessionStore::load(path, &loaded));
    QCOMPARE(loaded.record(kGw1, QStringLiteral("gateway.2")).note, QStringLiteral("change 49"));

    // Nothing changed since: no further write.
    QTest::qWait(2 * saver.delayMs());
    QCOMPARE(saver.saveCount(), 1);
    QCOMPARE(saved.size(), 1);

    // A later change is saved again, once.
    s.setNote(kGw1, QStringLiteral("gateway.2"), QStringLiteral("change 50"));
    QVERIFY(saver.isPending());
    QTRY_COMPARE(saver.saveCount(), 2);
    QVERIFY(readAll(path).contains("change 50"));
}

void TestSession::autoSaverFlushWritesAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("flush.json"));
    Session s;
    AutoSaver saver(&s, path, 60 * 1000); // the timer would take a minute
    // Nothing changed yet: flush succeeds without writing.
    QVERIFY(saver.flush());
    QCOMPARE(saver.saveCount(), 0);
    QVERIFY(!QFileInfo::exists(path));

    s.setField(Session::fieldCustomer(), QStringLiteral("Flushed Inc."));
    QVERIFY(saver.isPending());
    QVERIFY(saver.flush());
    QCOMPARE(saver.saveCount(), 1);
    QVERIFY(!saver.isPending());
    QVERIFY(readAll(path).contains("Flushed Inc."));

    QVERIFY(saver.flush()); // nothing new
    QCOMPARE(saver.saveCount(), 1);
}

void TestSession::autoSaverFlushesOnDestruction()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("closing.json"));
    Session s;
    {
        AutoSaver saver(&s, path, 60 * 1000);
        s.setField(Session::fieldCustomer(), QStringLiteral("Closing Time"));
        QVERIFY(!QFileInfo::exists(path));
    }
    QVERIFY(readAll(path).contains("Closing Time"));
}

void TestSession::autoSaverReportsFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder that cannot exist: its parent is a regular file (refused even for root).
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QVERIFY(writeFile(blocker, "not a folder"));
    const QString path = blocker + QStringLiteral("/sub/s.json");
    Session s;
    AutoSaver saver(&s, path, 60 * 1000);
    QSignalSpy failed(&saver, &AutoSaver::saveFailed);
    s.setField(Session::fieldCustomer(), QStringLiteral("x"));
    QVERIFY(!saver.flush());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!saver.lastError().isEmpty());
    QCOMPARE(failed.first().first().toString(), saver.lastError());
    QCOMPARE(saver.saveCount(), 0);
    QCOMPARE(readAll(blocker), QByteArray("not a folder"));
}

// A session names customers, hosts and the PA login: 0600, in a folder of its own that is 0700.
// A folder the user chose keeps its rights; a file written before with wider rights is narrowed.
void TestSession::sessionsAreTheOwnersOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Session s;
    const QString folder = dir.filePath(QStringLiteral("new/sessions"));
    const QString path = folder + QStringLiteral("/s.json");
    QString error;
    QVERIFY2(SessionStore::save(s, path, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path), PrivateFile::OwnerOnly);
    QCOMPARE(QFile::permissions(folder), PrivateFile::OwnerOnlyFolder);

    const QString shared = dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(shared));
    const QFileDevice::Permissions sharedRights = PrivateFile::OwnerOnlyFolder | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(shared, sharedRights));
    const QString old = shared + QStringLiteral("/old.json");
    QVERIFY2(SessionStore::save(s, old, &error), qPrintable(error));
    QVERIFY(QFile::setPermissions(old, PrivateFile::OwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY2(SessionStore::save(s, old, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(old), PrivateFile::OwnerOnly);
    QCOMPARE(QFile::permissions(shared), sharedRights);
}

// A disk that takes no more bytes: the message gives the system's reason, not "Unknown error",
// and the file that was there stays as it was. RLIMIT_FSIZE makes every write past 2 KB fail
// (EFBIG) without privileges; a full file system (ENOSPC) takes the same path.
void TestSession::fullDiskSaysWhy()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("full.json"));
    Session s;
    QString error;
    QVERIFY2(SessionStore::save(s, path, &error), qPrintable(error));
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    for (int i = 0; i < 40; ++i)
        s.setNote(QStringLiteral("start"), QStringLiteral("start.1"), QString(200, QLatin1Char('x')) + QString::number(i));
    s.setNote(QStringLiteral("start"), QStringLiteral("start.1"), QString(4000, QLatin1Char('y')));
    struct rlimit old = {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 2048;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const bool saved = SessionStore::save(s, path, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, oldHandler);
    QVERIFY(!saved);
    QVERIFY2(!error.contains(QLatin1String("Unknown error")), qPrintable(error));
    QVERIFY2(error.contains(QString::fromLocal8Bit(strerror(EFBIG))), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Your work is still in memory")), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left
#else
    QSKIP("RLIMIT_FSIZE is POSIX");
#endif
}

void TestSession::saveLeavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("atomic.json"));
    ManualClock clock(utc(2024, 5, 1));
    Session s(&clock);
    fill(s, clock);
    QString error;
    for (int i = 0; i < 3; ++i) {
        s.setNote(kGw1, QStringLiteral("gateway.2"), QStringLiteral("save %1").arg(i));
        QVERIFY2(SessionStore::save(s, path, &error), qPrintable(error));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("atomic.json")});
    }
    QCOMPARE(readAll(path), SessionStore::serialize(s));

    // Into a folder that does not exist yet: it is created.
    const QString nested = dir.filePath(QStringLiteral("a/b/nested.json"));
    QVERIFY2(SessionStore::save(s, nested, &error), qPrintable(error));
    QCOMPARE(entries(dir.filePath(QStringLiteral("a/b"))), QStringList{QStringLiteral("nested.json")});
}

void TestSession::saveToReadOnlyFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ro = dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(ro));
    const QFileDevice::Permissions readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther; // 0555
    QVERIFY(QFile::setPermissions(ro, readOnly));
    auto restore = qScopeGuard([&] {
        QFile::setPermissions(ro, readOnly | QFileDevice::WriteOwner | QFileDevice::WriteUser);
    });

    // Root (and some file systems) ignore the permission: then there is nothing to test here.
    {
        QFile probe(ro + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QSKIP("The read-only folder is writable (running as root?): cannot test a refused write.");
        }
    }

    const QString path = ro + QStringLiteral("/session.json");
    Session s;
    QString error;
    QVERIFY(!SessionStore::save(s, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(entries(ro).isEmpty());
}

void TestSession::saveOverDirectoryFails()
{
    // A failed write that root cannot bypass either: the target path is a folder.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("taken.json"));
    QVERIFY(QDir().mkpath(path));
    Session s;
    QString error;
    QVERIFY(!SessionStore::save(s, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("taken.json")}); // no temporary file left
}

void TestSession::loadMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nope.json"));
    Session s;
    const QJsonObject before = SessionJson::toJson(s);
    QString error;
    QVERIFY(!SessionStore::load(path, &s, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(SessionJson::toJson(s), before);
    QVERIFY(!QFileInfo::exists(path));
}

void TestSession::loadReadOnlyFile()
{
    // A session on a read-only share (or chmod 0444) still opens, and is not touched.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("readonly.json"));
    ManualClock clock(utc(2024, 5, 1));
    Session s(&clock);
    fill(s, clock);
    QVERIFY(SessionStore::save(s, path));
    const QByteArray bytes = readAll(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto restore = qScopeGuard([&] { QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); });

    Session loaded;
    QString error;
    QVERIFY2(SessionStore::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(SessionJson::toJson(loaded), SessionJson::toJson(s));
    QCOMPARE(readAll(path), bytes);
}

void TestSession::loadCorruptFile_data()
{
    QTest::addColumn<QByteArray>("bytes");

    ManualClock clock(utc(2024, 5, 1));
    Session real(&clock);
    fill(real, clock);
    const QByteArray realBytes = SessionStore::serialize(real);
    QJsonObject noFormat = SessionJson::toJson(real);
    noFormat.remove(QStringLiteral("format"));
    QJsonObject newer = SessionJson::toJson(real);
    newer.insert(QStringLiteral("schema"), 99);

    QByteArray garbage;
    for (int i = 0; i < 512; ++i)
        garbage.append(char((i * 37 + 11) % 256));

    QTest::addColumn<QString>("says");
    QTest::newRow("garbage bytes") << garbage << QString();
    QTest::newRow("truncated session") << realBytes.left(realBytes.size() / 2) << QString();
    QTest::newRow("empty file") << QByteArray() << QString();
    QTest::newRow("only whitespace") << QByteArray(" \n\t\n") << QString();
    QTest::newRow("JSON array") << QJsonDocument(QJsonArray{SessionJson::toJson(real)}).toJson() << QString();
    QTest::newRow("object without format") << QJsonDocument(noFormat).toJson() << QString();
    QTest::newRow("newer schema 99") << QJsonDocument(newer).toJson() << QString();

    // A value of the wrong type was once dropped on load, and the next autosave wrote over it.
    const auto edited = [&](const QStringList& path, const QJsonValue& value) {
        std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject o, int i) {
            if (i == path.size() - 1)
                o.insert(path.at(i), value);
            else
                o.insert(path.at(i), set(o.value(path.at(i)).toObject(), i + 1));
            return o;
        };
        return QJsonDocument(set(SessionJson::toJson(real), 0)).toJson();
    };
    const QString gw1 = QStringLiteral("gateway/gw1");
    QTest::newRow("customer is a number") << edited({QStringLiteral("fields"), QStringLiteral("customer")}, 12)
                                          << QStringLiteral("\"fields/customer\" should be a string, not a number");
    QTest::newRow("confirmed is \"yes\"")
        << edited({QStringLiteral("records"), gw1, QStringLiteral("gateway.1a"), QStringLiteral("confirmed")},
                  QStringLiteral("yes"))
        << QStringLiteral("records/gateway/gw1/gateway.1a/confirmed\" should be true or false");
    QTest::newRow("checks is an object")
        << edited({QStringLiteral("records"), gw1, QStringLiteral("gateway.1f"), QStringLiteral("checks")},
                  QJsonObject{{QStringLiteral("a"), 1}})
        << QStringLiteral("records/gateway/gw1/gateway.1f/checks\" should be a list");
    QTest::newRow("bad date")
        << edited({QStringLiteral("records"), gw1, QStringLiteral("gateway.1a"), QStringLiteral("confirmedAt")},
                  QStringLiteral("yesterday"))
        << QStringLiteral("records/gateway/gw1/gateway.1a/confirmedAt\" should be an ISO 8601 time");
    QTest::newRow("unknown check status")
        << edited({QStringLiteral("records"), QStringLiteral("start"), QStringLiteral("start.prerequisites"),
                   QStringLiteral("checks")},
                  QJsonArray{QJsonObject{{QStringLiteral("checkId"), QStringLiteral("start.paVersion")},
                                         {QStringLiteral("status"), QStringLiteral("maybe")}}})
        << QStringLiteral("records/start/start.prerequisites/checks/0/status");
    QTest::newRow("override is a string")
        << edited({QStringLiteral("records"), QStringLiteral("gateway/gw2"), QStringLiteral("gateway.6b"),
                   QStringLiteral("override")},
                  QStringLiteral("ok"))
        << QStringLiteral("records/gateway/gw2/gateway.6b/override\" should be an object");
    // A member the format does not name, or one that would not survive the next save, was once
    // dropped silently too (the session fuzz target found each: every leaf must be kept or refused).
    QTest::newRow("unknown top-level member")
        << edited({QStringLiteral("futureThing")}, 1)
        << QStringLiteral("\"futureThing\" is not part of a session file");
    QTest::newRow("typo in a record")
        << edited({QStringLiteral("records"), gw1, QStringLiteral("gateway.1a"), QStringLiteral("confimred")}, true)
        << QStringLiteral("\"records/gateway/gw1/gateway.1a/confimred\" is not part of a session file");
    QTest::newRow("confirmedBy without confirmed")
        << edited({QStringLiteral("records"), gw1, QStringLiteral("gateway.1a"), QStringLiteral("confirmed")}, false)
        << QStringLiteral("remove confirmedBy and confirmedAt as well");
    QTest::newRow("override without justification")
        << edited({QStringLiteral("records"), QStringLiteral("gateway/gw2"), QStringLiteral("gateway.6b"),
                   QStringLiteral("override")},
                  QJsonObject{{QStringLiteral("by"), QStringLiteral("Alice")}})
        << QStringLiteral("an override needs its justification");
    QTest::newRow("unknown severity")
        << edited({QStringLiteral("records"), QStringLiteral("start"), QStringLiteral("start.prerequisites"),
                   QStringLiteral("checks")},
                  QJsonArray{QJsonObject{{QStringLiteral("checkId"), QStringLiteral("start.paVersion")},
                                         {QStringLiteral("status"), QStringLiteral("passed")},
                                         {QStringLiteral("severity"), QStringLiteral("critical")}}})
        << QStringLiteral("checks/0/severity\" should be blocking or advisory");
    QTest::newRow("host in capitals")
        << edited({QStringLiteral("certificateExceptions"), QStringLiteral("GW1.Example.com")},
                  QJsonObject{{QStringLiteral("sha256"), QStringLiteral("AB")}})
        << QStringLiteral("\"certificateExceptions/GW1.Example.com\": host names are written in lower case");
    QJsonObject tooMany = SessionJson::toJson(real);
    QJsonArray many;
    for (int i = 1; i <= Session::MaxGatewayApplications + 1; ++i)
        many.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("gw%1").arg(i)}});
    tooMany.insert(QStringLiteral("gatewayApplications"), many);
    QTest::newRow("51 gateway applications") << QJsonDocument(tooMany).toJson()
                                             << QStringLiteral("lists 51 gateway applications; a session holds at most 50");
    QJsonObject twice = SessionJson::toJson(real);
    twice.insert(QStringLiteral("gatewayApplications"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("gw1")}},
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("gw1")}}});
    QTest::newRow("gateway id twice") << QJsonDocument(twice).toJson() << QStringLiteral("\"gw1\" appears twice");
    QByteArray duplicateKey = SessionStore::serialize(real);
    const qsizetype fields = duplicateKey.indexOf("\"fields\": {");
    QVERIFY(fields > 0);
    duplicateKey.insert(fields + 11, "\n        \"customer\": \"Other customer\",");
    QTest::newRow("key twice") << duplicateKey << QStringLiteral("\"fields/customer\" appears twice");
}

void TestSession::loadCorruptFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("damaged.json"));
    QVERIFY(writeFile(path, bytes));
    const QDateTime mtime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QVERIFY(setMTime(path, mtime));
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), mtime);

    // The session that was open before stays as it was.
    ManualClock clock(utc(2024, 6, 1));
    Session s(&clock);
    s.setField(Session::fieldCustomer(), QStringLiteral("Unchanged"));
    s.setConfirmed(kGw1, QStringLiteral("gateway.2"), true);
    const QJsonObject before = SessionJson::toJson(s);
    QSignalSpy changed(&s, &Session::changed);

    QString error;
    QVERIFY(!SessionStore::load(path, &s, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(SessionJson::toJson(s), before);
    QCOMPARE(changed.size(), 0);

    // The file is exactly as it was, and nothing was added beside it.
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), mtime);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("damaged.json")});
}

void TestSession::listNewestFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SessionStore store(dir.path());
    QCOMPARE(store.directory(), dir.path());
    QVERIFY(store.list().isEmpty());

    ManualClock clockA(utc(2024, 1, 10));
    Session a(&clockA);
    a.setField(Session::fieldCustomer(), QStringLiteral("Alpha"));
    a.setField(Session::fieldEngineer(), QStringLiteral("Ann"));
    ManualClock clockB(utc(2024, 6, 10));
    Session b(&clockB);
    b.setField(Session::fieldCustomer(), QStringLiteral("Beta"));
    b.setField(Session::fieldCase(), QStringLiteral("CASE-2"));
    b.setLastPage(QStringLiteral("dispatcher"));
    b.setFinished(true);
    b.setTraining(true);

    // File names sort differently from the times, so the order can only come from the times.
    const QString pathA = dir.filePath(QStringLiteral("1-a.json"));
    const QString pathGarbage = dir.filePath(QStringLiteral("2-garbage.json"));
    const QString pathEmpty = dir.filePath(QStringLiteral("3-empty.json"));
    const QString pathB = dir.filePath(QStringLiteral("4-b.json"));
    QVERIFY(SessionStore::save(a, pathA));
    QVERIFY(SessionStore::save(b, pathB));
    QVERIFY(writeFile(pathGarbage, "{\"format\": \"o365-upgrade-wizard/session\", \"sche"));
    QVERIFY(writeFile(pathEmpty, QByteArray()));
    QVERIFY(setMTime(pathGarbage, utc(2024, 3, 10)));
    QVERIFY(setMTime(pathEmpty, utc(2023, 1, 1)));
    // Files with a session's content but the wrong name are not sessions; the list ignores them.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), SessionStore::serialize(b)));

    const QList<SessionStore::Summary> list = store.list();
    QStringList order;
    for (const SessionStore::Summary& s : list)
        order.append(QFileInfo(s.path).fileName());
    QCOMPARE(order, (QStringList{QStringLiteral("4-b.json"), QStringLiteral("2-garbage.json"),
                                 QStringLiteral("1-a.json"), QStringLiteral("3-empty.json")}));

    const SessionStore::Summary& sb = list.at(0);
    QVERIFY2(sb.error.isEmpty(), qPrintable(sb.error));
    QCOMPARE(QFileInfo(sb.path).absoluteFilePath(), QFileInfo(pathB).absoluteFilePath());
    QCOMPARE(sb.customer, QStringLiteral("Beta"));
    QCOMPARE(sb.caseId, QStringLiteral("CASE-2"));
    QCOMPARE(sb.createdAt, utc(2024, 6, 10));
    QCOMPARE(sb.updatedAt, utc(2024, 6, 10));
    QCOMPARE(sb.lastPage, QStringLiteral("dispatcher"));
    QVERIFY(sb.finished);
    QVERIFY(sb.training);

    const SessionStore::Summary& sg = list.at(1);
    QVERIFY(!sg.error.isEmpty());
    QVERIFY2(sg.error.contains(QFileInfo(pathGarbage).fileName()), qPrintable(sg.error));
    QCOMPARE(sg.updatedAt.toUTC(), utc(2024, 3, 10));

    const SessionStore::Summary& sa = list.at(2);
    QVERIFY2(sa.error.isEmpty(), qPrintable(sa.error));
    QCOMPARE(sa.customer, QStringLiteral("Alpha"));
    QCOMPARE(sa.engineer, QStringLiteral("Ann"));
    QVERIFY(!sa.finished);
    QVERIFY(!sa.training);

    QVERIFY(!list.at(3).error.isEmpty());

    // Listing reads only: the damaged files are untouched.
    QCOMPARE(QFileInfo(pathEmpty).size(), qint64(0));
    QCOMPARE(QFileInfo(pathGarbage).lastModified().toUTC(), utc(2024, 3, 10));
}

void TestSession::pathForIsUnique()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SessionStore store(dir.path());
    ManualClock clock(utc(2024, 5, 1, 9, 30));
    Session s1(&clock);
    Session s2(&clock); // same creation second

    const QString p1 = store.pathFor(s1);
    const QString p2 = store.pathFor(s2);
    QVERIFY(p1 != p2);
    QCOMPARE(QFileInfo(p1).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    QVERIFY(p1.endsWith(QLatin1String(".json")));
    QCOMPARE(store.pathFor(s1), p1); // stable while the name is free

    // Once a file has the name, the next call gives another free one.
    QVERIFY(SessionStore::save(s1, p1));
    const QString p1b = store.pathFor(s1);
    QVERIFY(p1b != p1);
    QVERIFY(!QFileInfo::exists(p1b));
    QVERIFY(p1b.endsWith(QLatin1String(".json")));
    QVERIFY(SessionStore::save(s1, p1b));
    const QString p1c = store.pathFor(s1);
    QVERIFY(p1c != p1 && p1c != p1b);
    QVERIFY(!QFileInfo::exists(p1c));

    // Names differ for many sessions created in the same second.
    QSet<QString> names;
    QList<Session*> sessions;
    for (int i = 0; i < 20; ++i) {
        sessions.append(new Session(&clock, this));
        names.insert(store.pathFor(*sessions.last()));
    }
    QCOMPARE(names.size(), 20);
    qDeleteAll(sessions);
}

void TestSession::manualStep()
{
    const Step step = makeStep(QStringLiteral("gateway.2"), StepKind::ManualConfirmation, {}, StepRole::Numbered);
    Session s;
    COMPARE_STATE(StepRules::evaluate(def(step), step, s.record(kGw1, step.id)), StepState::Open);
    QVERIFY(!StepRules::isSatisfied(StepState::Open));

    s.setConfirmed(kGw1, step.id, true);
    COMPARE_STATE(StepRules::evaluate(def(step), step, s.record(kGw1, step.id)), StepState::Done);
    QVERIFY(StepRules::isSatisfied(StepState::Done));

    s.setConfirmed(kGw1, step.id, false);
    COMPARE_STATE(StepRules::evaluate(def(step), step, s.record(kGw1, step.id)), StepState::Open);

    s.setOverride(kGw1, step.id, QStringLiteral("Done by the customer's admin before we joined"));
    COMPARE_STATE(StepRules::evaluate(def(step), step, s.record(kGw1, step.id)), StepState::Overridden);
    QVERIFY(StepRules::isSatisfied(StepState::Overridden));

    s.setOverride(kGw1, step.id, QStringLiteral("  "));
    COMPARE_STATE(StepRules::evaluate(def(step), step, s.record(kGw1, step.id)), StepState::Open);

    // Another scope is judged on its own records.
    s.setConfirmed(kGw1, step.id, true);
    COMPARE_STATE(StepRules::evaluate(def(step), step, s.record(QStringLiteral("gateway/gw2"), step.id)), StepState::Open);
}

void TestSession::inputStep()
{
    const Step ip = makeStep(QStringLiteral("gateway.1g"), StepKind::Input, {makeInput("ipAddress")});
    Session s;
    auto state = [&] { return StepRules::evaluate(def(ip), ip, s.record(kGw1, ip.id)); };
    COMPARE_STATE(state(), StepState::Open);

    // Short and non-decimal IPv4 forms parse (203.0.113 is 203.0.0.113, 010.0.0.1 is 8.0.0.1) but are
    // never what IIS shows: typos, not addresses.
    for (const char* bad : {"not an ip", "300.1.2.3", "203.0.113", "10", "0x7f.0.0.1", "010.0.0.1", "1.2.3.4.5",
                            "203.0.113.10/24", "gateway.example.com"}) {
        s.setValue(kGw1, ip.id, QStringLiteral("ipAddress"), QString::fromLatin1(bad));
        QVERIFY2(state() == StepState::Open, bad);
        QVERIFY2(!def(ip).inputError(QStringLiteral("ipAddress"), QString::fromLatin1(bad)).isEmpty(), bad);
    }
    for (const char* good : {"203.0.113.10", " 203.0.113.10 ", "0.0.0.0", "2001:db8::10", "2001:DB8::10",
                             "::ffff:203.0.113.10"}) {
        s.setValue(kGw1, ip.id, QStringLiteral("ipAddress"), QString::fromLatin1(good));
        QVERIFY2(state() == StepState::Done, good);
        QVERIFY2(def(ip).inputError(QStringLiteral("ipAddress"), QString::fromLatin1(good)).isEmpty(), good);
    }
    // Emptied again: open again (and the value is gone from the record).
    s.setValue(kGw1, ip.id, QStringLiteral("ipAddress"), QString());
    QVERIFY(!s.record(kGw1, ip.id).values.contains(QStringLiteral("ipAddress")));
    COMPARE_STATE(state(), StepState::Open);

    // A step with two inputs is done only when both are.
    const Step site = makeStep(QStringLiteral("gateway.4"), StepKind::Input,
                               {makeInput("siteName"), makeInput("siteIp")}, StepRole::Numbered);
    s.setValue(kGw1, site.id, QStringLiteral("siteName"), QStringLiteral("Default Web Site"));
    COMPARE_STATE(StepRules::evaluate(def(site), site, s.record(kGw1, site.id)), StepState::Open);
    s.setValue(kGw1, site.id, QStringLiteral("siteIp"), QStringLiteral("999.0.0.1"));
    COMPARE_STATE(StepRules::evaluate(def(site), site, s.record(kGw1, site.id)), StepState::Open);
    s.setValue(kGw1, site.id, QStringLiteral("siteIp"), QStringLiteral("203.0.113.10"));
    COMPARE_STATE(StepRules::evaluate(def(site), site, s.record(kGw1, site.id)), StepState::Done);

    // Free text must be on one line.
    QVERIFY(!def(site).inputError(QStringLiteral("siteName"), QStringLiteral("a\nb")).isEmpty());
    QVERIFY(def(site).inputError(QStringLiteral("siteName"), QStringLiteral("Default Web Site")).isEmpty());
}

void TestSession::automatedStep()
{
    const Step step = makeStep(QStringLiteral("gateway.1f"), StepKind::AutomatedCheck);
    QVERIFY(def(step).checksStep(step.id));
    Session s;
    auto state = [&] { return StepRules::evaluate(def(step), step, s.record(kGw1, step.id)); };
    const QString id = QStringLiteral("gateway.mosiUrl");

    COMPARE_STATE(state(), StepState::Open); // not run yet
    // Confirming by hand does not replace an existing automated check.
    s.setConfirmed(kGw1, step.id, true);
    COMPARE_STATE(state(), StepState::Open);

    s.setCheckResult(kGw1, step.id, makeResult(id, step.id, CheckStatus::Running));
    COMPARE_STATE(state(), StepState::Open);
    s.setCheckResult(kGw1, step.id, makeResult(id, step.id, CheckStatus::Failed));
    COMPARE_STATE(state(), StepState::Failed);
    QVERIFY(!StepRules::isSatisfied(StepState::Failed));
    s.setCheckResult(kGw1, step.id, makeResult(id, step.id, CheckStatus::Passed));
    COMPARE_STATE(state(), StepState::Done);
    s.setCheckResult(kGw1, step.id, makeResult(id, step.id, CheckStatus::Warning));
    COMPARE_STATE(state(), StepState::Done);
    s.setCheckResult(kGw1, step.id, makeResult(id, step.id, CheckStatus::Skipped));
    COMPARE_STATE(state(), StepState::Open);

    // A failed advisory check does not hold the step; a failed blocking one does.
    s.setCheckResult(kGw1, step.id, makeResult(id, step.id, CheckStatus::Passed));
    s.setCheckResult(kGw1, step.id,
                     makeResult(QStringLiteral("advice"), step.id, CheckStatus::Failed, CheckSeverity::Advisory));
    COMPARE_STATE(state(), StepState::Done);
    s.setCheckResult(kGw1, step.id, makeResult(id, step.id, CheckStatus::Failed));
    COMPARE_STATE(state(), StepState::Failed);

    // Overridden with a justification.
    s.setOverride(kGw1, step.id, QStringLiteral("The URL is correct; the parser does not know our proxy."));
    COMPARE_STATE(state(), StepState::Overridden);
    s.setOverride(kGw1, step.id, QString());
    COMPARE_STATE(state(), StepState::Failed);

    // Only "before" results say a step is ready; a failed blocking validation ("after") fails it.
    Session t;
    t.setCheckResult(kGw1, step.id,
                     makeResult(id, step.id, CheckStatus::Passed, CheckSeverity::Blocking, CheckPhase::After));
    COMPARE_STATE(StepRules::evaluate(def(step), step, t.record(kGw1, step.id)), StepState::Open);
    t.setCheckResult(kGw1, step.id,
                     makeResult(id, step.id, CheckStatus::Failed, CheckSeverity::Blocking, CheckPhase::After));
    COMPARE_STATE(StepRules::evaluate(def(step), step, t.record(kGw1, step.id)), StepState::Failed);

    // An automated step whose check does not exist yet is confirmed by hand.
    const Step manualForNow = makeStep(QStringLiteral("paapp.5"), StepKind::AutomatedCheck);
    QVERIFY(!def(manualForNow).checksStep(manualForNow.id));
    COMPARE_STATE(StepRules::evaluate(def(manualForNow), manualForNow, t.record(kGw1, manualForNow.id)), StepState::Open);
    t.setConfirmed(kGw1, manualForNow.id, true);
    COMPARE_STATE(StepRules::evaluate(def(manualForNow), manualForNow, t.record(kGw1, manualForNow.id)), StepState::Done);
}

void TestSession::informationStep()
{
    const Step info = makeStep(QStringLiteral("gateway.1"), StepKind::Information, {}, StepRole::Numbered);
    Session s;
    COMPARE_STATE(StepRules::evaluate(def(info), info, s.record(kGw1, info.id)), StepState::Info);
    s.setOverride(kGw1, info.id, QStringLiteral("why not"));
    COMPARE_STATE(StepRules::evaluate(def(info), info, s.record(kGw1, info.id)), StepState::Info);
}

void TestSession::summarizeGatewayStage()
{
    Stage stage;
    stage.id = StageId::Gateway;
    stage.key = QStringLiteral("gateway");
    stage.perGatewayApplication = true;
    stage.steps = {
        makeStep(QStringLiteral("gateway.1"), StepKind::Information, {}, StepRole::Numbered),
        makeStep(QStringLiteral("gateway.1.important"), StepKind::ManualConfirmation, {}, StepRole::Important),
        makeStep(QStringLiteral("gateway.1a"), StepKind::ManualConfirmation),
        makeStep(QStringLiteral("gateway.1e"), StepKind::Input, {makeInput("mosiUrl")}),
        makeStep(QStringLiteral("gateway.1f"), StepKind::AutomatedCheck),
        makeStep(QStringLiteral("gateway.1g"), StepKind::Input, {makeInput("ipAddress")}),
        makeStep(QStringLiteral("gateway.2"), StepKind::ManualConfirmation, {}, StepRole::Numbered),
        makeStep(QStringLiteral("gateway.7"), StepKind::Information, {}, StepRole::Numbered),
        makeStep(QStringLiteral("gateway.7.note"), StepKind::Information, {}, StepRole::Note),
    };

    Session s;
    StepRules::Summary sum = StepRules::summarize(Procedure::instance().gateway(), stage, s, kGw1);
    QCOMPARE(sum.actionable, 6);
    QCOMPARE(sum.open, 6);
    QCOMPARE(sum.done + sum.overridden + sum.failed, 0);
    QVERIFY(!sum.complete());

    s.setConfirmed(kGw1, QStringLiteral("gateway.1a"), true);
    s.setValue(kGw1, QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"),
               QStringLiteral("https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx"));
    s.setCheckResult(kGw1, QStringLiteral("gateway.1f"),
                     makeResult(QStringLiteral("gateway.mosiUrl"), QStringLiteral("gateway.1f"), CheckStatus::Failed));
    s.setValue(kGw1, QStringLiteral("gateway.1g"), QStringLiteral("ipAddress"), QStringLiteral("not.an.ip"));
    s.setOverride(kGw1, QStringLiteral("gateway.2"), QStringLiteral("RDP done by the customer"));
    sum = StepRules::summarize(Procedure::instance().gateway(), stage, s, kGw1);
    QCOMPARE(sum.actionable, 6);
    QCOMPARE(sum.done, 2);       // 1a, 1e
    QCOMPARE(sum.failed, 1);     // 1f
    QCOMPARE(sum.overridden, 1); // 2
    QCOMPARE(sum.open, 2);       // 1.important, 1g
    QVERIFY(!sum.complete());

    // The other gateway application is counted on its own.
    const QString gw2 = s.addGatewayApplication();
    const StepRules::Summary other = StepRules::summarize(Procedure::instance().gateway(), stage, s, Session::gatewayScope(gw2));
    QCOMPARE(other.actionable, 6);
    QCOMPARE(other.open, 6);

    s.setCheckResult(kGw1, QStringLiteral("gateway.1f"),
                     makeResult(QStringLiteral("gateway.mosiUrl"), QStringLiteral("gateway.1f"), CheckStatus::Passed));
    s.setValue(kGw1, QStringLiteral("gateway.1g"), QStringLiteral("ipAddress"), QStringLiteral("203.0.113.10"));
    sum = StepRules::summarize(Procedure::instance().gateway(), stage, s, kGw1);
    QCOMPARE(sum.done, 4);
    QCOMPARE(sum.failed, 0);
    QCOMPARE(sum.open, 1);
    QVERIFY(!sum.complete());

    s.setConfirmed(kGw1, QStringLiteral("gateway.1.important"), true);
    sum = StepRules::summarize(Procedure::instance().gateway(), stage, s, kGw1);
    QCOMPARE(sum.actionable, 6);
    QCOMPARE(sum.done, 5);
    QCOMPARE(sum.overridden, 1);
    QCOMPARE(sum.open, 0);
    QCOMPARE(sum.failed, 0);
    QVERIFY(sum.complete());
}

void TestSession::summarizeCatalogueGatewayStage()
{
    // The real catalogue's gateway stage, whatever its exact content: nothing done in a new session,
    // everything satisfied once every actionable step is overridden.
    const Stage* stage = ProcedureCatalogue::instance().stageByKey(QStringLiteral("gateway"));
    if (!stage)
        QSKIP("The catalogue has no gateway stage yet.");
    Session s;
    StepRules::Summary sum = StepRules::summarize(Procedure::instance().gateway(), *stage, s, kGw1);
    QVERIFY(sum.actionable > 0);
    QCOMPARE(sum.open, sum.actionable);
    QCOMPARE(sum.done + sum.overridden + sum.failed, 0);
    QVERIFY(!sum.complete());

    int actionable = 0;
    for (const Step& step : stage->steps) {
        if (!step.needsAction())
            continue;
        ++actionable;
        s.setOverride(kGw1, step.id, QStringLiteral("test"));
    }
    sum = StepRules::summarize(Procedure::instance().gateway(), *stage, s, kGw1);
    QCOMPARE(sum.actionable, actionable);
    QCOMPARE(sum.overridden, actionable);
    QVERIFY(sum.complete());

    // The URL check's step, where the catalogue has it, fails with a failed blocking check.
    if (const Step* f = ProcedureCatalogue::instance().step(QStringLiteral("gateway.1f"))) {
        Session t;
        t.setCheckResult(kGw1, f->id,
                         makeResult(QStringLiteral("gateway.mosiUrl"), f->id, CheckStatus::Failed));
        COMPARE_STATE(StepRules::evaluate(def(*f), *f, t.record(kGw1, f->id)), StepState::Failed);
        QCOMPARE(StepRules::summarize(Procedure::instance().gateway(), *stage, t, kGw1).failed, 1);
    }
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
