// A support bundle replayed as a training lab (--training FILE.zip): the wizard's binary runs
// --check --capture against real peers on loopback — the PA test peer (tests/support/fake_pa_api.py)
// and two gateways over HTTPS with openssl-made certificates, one of them expired — then the peers
// are shut down and the bundle is replayed with --training FILE.zip --check. Every check must give
// the same status and message; an answer changed in the bundle must show as a difference (the replay
// answers from the capture, nothing else); unusable bundles are refused with a reason.

#include "net/TlsEvidence.h"
#include "procedure/HeadlessChecker.h"
#include "session/Session.h"
#include "session/SessionJson.h"
#include "session/SessionStore.h"
#include "stages/provisioning/ProvisioningStage.h"
#include "support/TestHttpsServer.h"
#include "support/TestPki.h"
#include "support/WizardProcess.h"
#include "support/ZipEntries.h"
#include "training/TrainingLab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>


using namespace o365;

namespace {

const QString Login = QStringLiteral("api-admin");
const QString Canary = QStringLiteral("Canary-pw-Replay-7f3e");

// The check lines of a --check report ("scope<TAB>step<TAB>STATUS<TAB>message"), sorted. A
// certificate's SHA-256 fingerprint is the one thing a replay cannot give again (its imitation of a
// host's certificate has the lab's key): it reads <fingerprint> on both sides.
QStringList checkLines(const QString& out)
{
    static const QRegularExpression fingerprint(QStringLiteral("[0-9A-F]{2}(:[0-9A-F]{2}){31}"));
    QStringList lines;
    for (QString l : out.split(QLatin1Char('\n')))
        if (l.count(QLatin1Char('\t')) >= 3)
            lines << l.replace(fingerprint, QStringLiteral("<fingerprint>"));
    lines.sort();
    return lines;
}

} // namespace

class TestCaptureReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void replayGivesTheSameResults();
    void changedAnswerShows();
    void acceptedExceptionCarriesOver();
    void unusableBundles_data();
    void unusableBundles();

private:
    using Run = WizardRun;
    Run run(const QStringList& args, const QByteArray& input = {});

    QTemporaryDir m_dir;
    QString m_bundle;         // made by initTestCase from a run against the peers
    QString m_acceptedBundle; // the same run, the expired certificate accepted by the engineer
    QStringList m_capturedLines;
};

TestCaptureReplay::Run TestCaptureReplay::run(const QStringList& args, const QByteArray& input)
{
    return runWizard(QStringLiteral(WIZARD_BINARY), args, input); // the HTTPS peers live in this process
}

void TestCaptureReplay::initTestCase()
{
    // Two gateways: one sound, one whose certificate expired three days ago.
    TestPki pki;
    QVERIFY2(pki.isValid(), qPrintable(pki.error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TestPki::Leaf good = pki.issue(QStringLiteral("localhost"), {QStringLiteral("localhost")}, now.addDays(-1),
                                         now.addDays(100));
    const TestPki::Leaf expired = pki.issue(QStringLiteral("localhost"), {QStringLiteral("localhost")},
                                            now.addDays(-400), now.addDays(-3));
    QVERIFY(good.ok() && expired.ok());
    const QString caFile = m_dir.filePath(QStringLiteral("ca.crt"));
    QVERIFY(QFile::copy(pki.caCertificatePath(), caFile));
    auto gateway1 = std::make_unique<TestHttpsServer>(good.certificate, good.key);
    auto gateway2 = std::make_unique<TestHttpsServer>(expired.certificate, expired.key);
    for (TestHttpsServer* g : {gateway1.get(), gateway2.get()}) {
        g->route(QStringLiteral("/O365Gateway/HTTPEndpoint.aspx"), {200, "<html><body>Office 365 Gateway</body></html>"});
        g->route(QStringLiteral("/O365Gateway/SubscriptionEvents.svc"),
                 {200, LabHttpsServer::wcfHelpPage(QStringLiteral("SubscriptionEvents"))});
        QVERIFY(g->listen());
    }

    // The PA test peer: application 7 with one Ready instance, its service template's activation parameters.
    const QJsonObject scenario = QJsonDocument::fromJson(R"({
        "apps": {"7": [11]},
        "instances": {"11": {"package_version": "4.0", "status": "Ready"}},
        "serviceResourceTypes": {"11": [{"service_id": "Administration", "service_resource_type_id": 101, "settings": []}]},
        "serviceTemplates": [{"st_id": 1, "name": "Office 365 Business", "resource_types": [
            {"resource_type_id": 101, "resource_type_name": "O365 Administration", "act_params": [
                {"var_name": "service_id", "var_value": "Administration"},
                {"var_name": "autoprovide_service", "var_value": "1"}]}]}]
    })").object();
    QJsonObject withLogin = scenario;
    withLogin.insert(QStringLiteral("login"), Login);
    withLogin.insert(QStringLiteral("password"), Canary);
    const QString scenarioFile = m_dir.filePath(QStringLiteral("pa.json"));
    {
        QFile f(scenarioFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(withLogin).toJson());
    }
    QProcess pa;
    pa.start(QStringLiteral("python3"), {QStringLiteral(FAKE_PA_API), QStringLiteral("--scenario"), scenarioFile});
    QVERIFY(pa.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(pa.canReadLine(), 10000);
    const int paPort = pa.readLine().trimmed().toInt();
    QVERIFY(paPort > 0);

    Session s;
    s.setField(Session::fieldCustomer(), QStringLiteral("Example Customer"));
    s.setField(Session::fieldEngineer(), QStringLiteral("Alice Example"));
    s.setField(Session::fieldPaVersion(), QStringLiteral("5.4"));
    s.setField(Session::fieldInstalledVersion(), QStringLiteral("4.0"));
    s.setField(Session::fieldTargetVersion(), QStringLiteral("4.1"));
    s.setField(Session::fieldPaApiUrl(), QStringLiteral("http://127.0.0.1:%1/RPC2").arg(paPort));
    s.setField(Session::fieldPaApiLogin(), Login);
    s.setField(Session::fieldPaAppId(), QStringLiteral("7"));
    s.setField(Session::fieldPearSource(), QStringLiteral("pasted"));
    s.setValue(QStringLiteral("provisioning"), ProvisioningStage::pearStep(), ProvisioningStage::pearOutputKey(),
               QStringLiteral("Installed packages, channel pear.php.net:\n====\nPackage Version State\n"
                              "HTTP_Request2 2.5.1 stable\nPEAR 1.10.13 stable\n"));
    const QList<quint16> ports{gateway1->port(), gateway2->port()};
    for (int i = 0; i < ports.size(); ++i) {
        const QString id = i == 0 ? QStringLiteral("gw1") : s.addGatewayApplication();
        s.setValue(Session::gatewayScope(id), QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"),
                   QStringLiteral("https://localhost:%1/O365Gateway/HTTPEndpoint.aspx").arg(ports.at(i)));
    }
    const QString sessionPath = m_dir.filePath(QStringLiteral("session.json"));
    QVERIFY(SessionStore::save(s, sessionPath));
    // The same session once more, with the expired certificate accepted by its fingerprint.
    s.acceptCertificate(QStringLiteral("localhost"), TlsEvidence::sha256Fingerprint(expired.certificate),
                        expired.certificate.subjectDisplayName(), {QStringLiteral("expired")});
    const QString acceptedPath = m_dir.filePath(QStringLiteral("accepted.json"));
    QVERIFY(SessionStore::save(s, acceptedPath));

    m_bundle = m_dir.filePath(QStringLiteral("support.zip"));
    m_acceptedBundle = m_dir.filePath(QStringLiteral("support-accepted.zip"));
    Run captured;
    // The plain run last: its report is the one the replay is compared with.
    for (const auto& [session, bundle] : {std::pair{acceptedPath, m_acceptedBundle}, std::pair{sessionPath, m_bundle}}) {
        captured = run({QStringLiteral("--check"), session, QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"), caFile,
                        QStringLiteral("--capture"), bundle},
                       Canary.toUtf8() + "\n");
        QVERIFY2(captured.exitCode == 0 || captured.exitCode == 1, qPrintable(captured.err + captured.out));
        QVERIFY2(captured.err.contains(QLatin1String("Support bundle written to")), qPrintable(captured.err));
    }
    pa.kill();
    pa.waitForFinished(5000);
    m_capturedLines = checkLines(captured.out);
    // The run met what the replay must reproduce: PA answers, a sound gateway and an expired certificate.
    const QString all = m_capturedLines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("paapp\t")) && all.contains(QLatin1String("PASSED")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("expired")), qPrintable(all));
    QVERIFY2(m_capturedLines.size() >= 8, qPrintable(all));
    // The canary password is nowhere in the bundle, nor its Basic form.
    QFile raw(m_bundle);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray zipBytes = raw.readAll();
    const QByteArray entries = unzipEntries(m_bundle).values().join('\n');
    for (const QByteArray& secret : {Canary.toUtf8(), (Login + QLatin1Char(':') + Canary).toUtf8().toBase64()}) {
        QVERIFY2(!zipBytes.contains(secret), secret.constData());
        QVERIFY2(!entries.contains(secret), secret.constData());
    }
    // gateway1, gateway2 and the PA peer are gone when this returns: the replay has only the bundle.
}

void TestCaptureReplay::replayGivesTheSameResults()
{
    const Run replay = run({QStringLiteral("--training"), m_bundle, QStringLiteral("--check")});
    QVERIFY2(replay.exitCode == 0, qPrintable(replay.err + replay.out));
    QVERIFY2(replay.out.contains(QLatin1String("TRAINING scenario")), qPrintable(replay.out));
    QVERIFY2(replay.out.contains(QLatin1String("every check gave the result")), qPrintable(replay.out));
    // Every check the captured run made gives the same status and the same message.
    const QStringList replayed = checkLines(replay.out);
    for (const QString& line : std::as_const(m_capturedLines))
        QVERIFY2(replayed.contains(line), qPrintable(QStringLiteral("captured: %1\nreplayed:\n%2")
                                                         .arg(line, replayed.join(QLatin1Char('\n')))));
}

void TestCaptureReplay::changedAnswerShows()
{
    // The first gateway's answer becomes HTTP 500 in the bundle: its check must now fail, and say so.
    QMap<QString, QByteArray> entries = unzipEntries(m_bundle);
    QJsonObject capture = QJsonDocument::fromJson(entries.value(QStringLiteral("capture.json"))).object();
    QJsonArray list = capture.value(QStringLiteral("entries")).toArray();
    int changed = 0;
    for (int i = 0; i < list.size(); ++i) {
        QJsonObject o = list.at(i).toObject();
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("https") &&
            o.value(QStringLiteral("httpStatus")).toInt() == 200) {
            o.insert(QStringLiteral("httpStatus"), 500);
            o.insert(QStringLiteral("failureKind"), QStringLiteral("httpError"));
            list.replace(i, o);
            ++changed;
        }
    }
    QVERIFY(changed > 0);
    capture.insert(QStringLiteral("entries"), list);
    entries.insert(QStringLiteral("capture.json"), QJsonDocument(capture).toJson());
    const QString changedBundle = m_dir.filePath(QStringLiteral("changed.zip"));
    QVERIFY(writeZipEntries(changedBundle, entries));
    const Run replay = run({QStringLiteral("--training"), changedBundle, QStringLiteral("--check")});
    QVERIFY2(replay.exitCode == 1, qPrintable(replay.err + replay.out));
    QVERIFY2(replay.out.contains(QLatin1String("UNEXPECTED: gateway/gw1")), qPrintable(replay.out));
    QVERIFY2(replay.out.contains(QLatin1String("500")), qPrintable(replay.out));
}

// In the wizard's own process, as the window starts it: the bundle's session becomes a training
// session, and the certificate exception the engineer accepted in the captured run for the host's
// certificate holds for the replay's imitation of it — the expired gateway passes, as it did for them.
void TestCaptureReplay::acceptedExceptionCarriesOver()
{
    Session session;
    QString error;
    const std::unique_ptr<TrainingLab> lab = TrainingLab::start(m_acceptedBundle, &session, &error);
    QVERIFY2(lab, qPrintable(error));
    QVERIFY(session.isTraining());
    QCOMPARE(session.field(Session::fieldCustomer()), QStringLiteral("Example Customer"));
    QCOMPARE(session.gatewayApplications().size(), 2);
    QVERIFY(lab->scenario().replay);
    HeadlessChecker checker(&session, lab->networkContext());
    QSignalSpy finished(&checker, &HeadlessChecker::finished);
    QVERIFY2(checker.start(QStringLiteral("gateway"), &error), qPrintable(error));
    QVERIFY(finished.wait(60000));
    int passed = 0; // by exception
    for (const auto& [scope, r] : checker.results()) {
        if (r.stepId != QLatin1String("gateway.6b"))
            continue;
        QVERIFY2(r.status != CheckStatus::Failed, qPrintable(r.message));
        if (r.evidence.contains(QStringLiteral("certificateException")) &&
            r.message.contains(QLatin1String("accepted by exception")))
            ++passed; // the expired one, through the carried-over exception
    }
    QCOMPARE(passed, 1);
    TrainingScenario gatewaysOnly = lab->scenario(); // what this run of one stage can be judged on
    gatewaysOnly.expectations.removeIf(
        [](const TrainingScenario::Expectation& x) { return !x.scope.startsWith(QLatin1String("gateway/")); });
    QCOMPARE(gatewaysOnly.expectations.size(), 8); // 1f, 1g, 4 and 6b of both applications
    const QStringList differences = TrainingLab::mismatches(gatewaysOnly, checker.results());
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

void TestCaptureReplay::unusableBundles_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a zip") << QByteArray("garbage") << QStringLiteral("is not a zip file");
    QTest::newRow("no manifest") << QByteArray("nomanifest") << QStringLiteral("is not a support bundle");
    QTest::newRow("no capture") << QByteArray("nocapture") << QStringLiteral("holds no capture");
    QTest::newRow("capture not JSON") << QByteArray("badjson") << QStringLiteral("capture.json is not a JSON object");
}

void TestCaptureReplay::unusableBundles()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, says);
    const QString path = m_dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".zip"));
    QMap<QString, QByteArray> entries = unzipEntries(m_bundle);
    if (kind == "garbage") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is not really a zip file");
    } else {
        if (kind == "nomanifest")
            entries.remove(QStringLiteral("manifest.json"));
        else if (kind == "nocapture")
            entries.remove(QStringLiteral("capture.json"));
        else
            entries.insert(QStringLiteral("capture.json"), "{\"entries\": [");
        QVERIFY(writeZipEntries(path, entries));
    }
    const Run replay = run({QStringLiteral("--training"), path, QStringLiteral("--check")});
    QCOMPARE(replay.exitCode, 2);
    QVERIFY2(replay.err.contains(says), qPrintable(replay.err));
}

QTEST_GUILESS_MAIN(TestCaptureReplay)
#include "tst_capturereplay.moc"
