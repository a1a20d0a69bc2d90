// The training lab: every scenario's checks give what the scenario declares, the lab binds to
// loopback only and leaves no listening port behind, the command line's exit codes.

#include "procedure/HeadlessChecker.h"
#include "training/LabCertificateAuthority.h"
#include "session/Session.h"
#include "training/TrainingLab.h"
#include "training/TrainingScenario.h"
#include "paapi/XmlRpc.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace o365;

namespace {

// The local addresses of the TCP sockets listening on `port` (from /proc/net/tcp and tcp6).
QStringList listeners(quint16 port)
{
    QStringList out;
    for (const char* file : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f{QString::fromLatin1(file)};
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cols = lines.at(i).simplified().split(' ');
            if (cols.size() < 4 || cols.at(3) != "0A") // 0A: LISTEN
                continue;
            const QList<QByteArray> local = cols.at(1).split(':');
            if (local.size() == 2 && local.at(1).toUInt(nullptr, 16) == port)
                out << QString::fromLatin1(local.at(0));
        }
    }
    return out;
}

QList<QPair<QString, CheckResult>> runChecks(TrainingLab& lab, Session& session)
{
    HeadlessChecker checker(&session, lab.networkContext());
    QSignalSpy done(&checker, &HeadlessChecker::finished);
    QString error;
    if (!checker.start(QString(), &error))
        qFatal("%s", qPrintable(error));
    if (!done.wait(30000))
        qWarning("the checks did not finish");
    return checker.results();
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void atLeastThirteenScenarios();
    void scenario_data();
    void scenario();
    void startFromIdOrPath();
    void labListensOnLoopbackOnlyAndStopsCleanly();
    void certificatesFromTheLabCa();
    void bulkUpgradeIsPlayed();
    void badScenarioFiles_data();
    void badScenarioFiles();
    void commandLine();
};

void TestTraining::atLeastThirteenScenarios()
{
    const QStringList ids = TrainingScenario::builtInIds();
    QVERIFY2(ids.size() >= 13, qPrintable(ids.join(QLatin1Char(' '))));
    QCOMPARE(ids.first(), TrainingScenario::defaultId());
    for (const QString& id : ids) {
        TrainingScenario s;
        QString error;
        QVERIFY2(TrainingScenario::load(id, &s, &error), qPrintable(error));
        QVERIFY(!s.title.isEmpty() && !s.summary.isEmpty() && !s.notice.isEmpty());
        // A scenario with a fault declares where the fault must show, and names it: a failing check,
        // or one the fault keeps from reading what it needs (skipped, left to the engineer).
        bool failing = false;
        for (const TrainingScenario::Expectation& x : s.expectations)
            failing = failing || x.status == QLatin1String("failed") || x.status == QLatin1String("skipped");
        QCOMPARE(failing, !s.faults.isEmpty());
    }
}

void TestTraining::scenario_data()
{
    QTest::addColumn<QString>("id");
    for (const QString& id : TrainingScenario::builtInIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestTraining::scenario()
{
    QFETCH(QString, id);
    Session session;
    QString error;
    const std::unique_ptr<TrainingLab> lab = TrainingLab::start(id, &session, &error);
    QVERIFY2(lab, qPrintable(error));
    QVERIFY(session.isTraining());
    QCOMPARE(session.field(Session::fieldTrainingScenario()), id);
    const auto results = runChecks(*lab, session);
    QVERIFY(!results.isEmpty());
    const QStringList differences = TrainingLab::mismatches(lab->scenario(), results);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    // The results reached the session, as the wizard's pages would record them.
    for (const auto& [scope, r] : results)
        QVERIFY(!session.record(scope, r.stepId).checks.isEmpty());
}

// The scenario's own message when it cannot be loaded, and the session left as it was; a resumed
// session keeps what the trainee entered.
void TestTraining::startFromIdOrPath()
{
    Session session;
    QString error;
    QVERIFY(!TrainingLab::start(QStringLiteral("no-such-scenario"), &session, &error));
    QVERIFY2(error.contains(QStringLiteral("There is no training scenario \"no-such-scenario\"")), qPrintable(error));
    const QString missing = QStringLiteral("/nonexistent/my-lab.json");
    QVERIFY(!TrainingLab::start(missing, &session, &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot read the scenario file ") + missing), qPrintable(error));
    QVERIFY(!session.isTraining());

    session.setField(Session::fieldCustomer(), QStringLiteral("Entered by the trainee"));
    const std::unique_ptr<TrainingLab> lab =
        TrainingLab::start(QStringLiteral("happy-path"), &session, &error, TrainingLab::SessionKind::Resumed);
    QVERIFY2(lab, qPrintable(error));
    QVERIFY(lab->isRunning());
    QCOMPARE(session.field(Session::fieldCustomer()), QStringLiteral("Entered by the trainee"));
}

void TestTraining::labListensOnLoopbackOnlyAndStopsCleanly()
{
    QString error;
    QList<quint16> ports;
    {
        const std::unique_ptr<TrainingLab> lab = TrainingLab::start(QStringLiteral("two-gateways"), nullptr, &error);
        QVERIFY2(lab, qPrintable(error));
        ports = lab->listeningPorts();
        QCOMPARE(ports.size(), 4); // gw1, gw2, the dispatcher host, PA
        for (quint16 p : ports)
            QCOMPARE(listeners(p), QStringList{QStringLiteral("0100007F")}); // 127.0.0.1 only
        // A connection left open (as a hanging client would) does not keep a port after stop().
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, ports.first());
        QVERIFY(client.waitForConnected(5000));
        lab->stop();
        QVERIFY(lab->listeningPorts().isEmpty());
    }
    for (quint16 p : ports)
        QVERIFY2(listeners(p).isEmpty(), qPrintable(QString::number(p)));
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, ports.first());
    QVERIFY(!late.waitForConnected(2000));
}

void TestTraining::certificatesFromTheLabCa()
{
    LabCertificateAuthority ca;
    QString error;
    QVERIFY2(ca.create(QStringLiteral("Test Lab CA"), &error), qPrintable(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto good = ca.issue({QStringLiteral("gw1.lab.example")}, now.addDays(-1), now.addDays(10), &error);
    QVERIFY2(!good.certificate.isNull() && !good.key.isNull(), qPrintable(error));
    QCOMPARE(good.certificate.subjectAlternativeNames().values(QSsl::DnsEntry), QStringList{"gw1.lab.example"});
    QCOMPARE(good.certificate.issuerDisplayName(), QStringLiteral("Test Lab CA"));
    QVERIFY(ca.certificate().isSelfSigned());
    // Trusted only through the lab's NetworkContext: against the system's authorities it is not.
    const QList<QSslError> errors = QSslCertificate::verify({good.certificate}, QStringLiteral("gw1.lab.example"));
    QVERIFY(!errors.isEmpty());
    const auto expired = ca.issue({QStringLiteral("gw1.lab.example")}, now.addDays(-40), now.addDays(-2), &error);
    QVERIFY(expired.certificate.expiryDate() < now);
    QVERIFY(expired.certificate.effectiveDate() > now.addDays(-41));
}

void TestTraining::bulkUpgradeIsPlayed()
{
    Session session;
    QString error;
    const std::unique_ptr<TrainingLab> lab = TrainingLab::start(QStringLiteral("happy-path"), &session, &error);
    QVERIFY2(lab, qPrintable(error));
    session.setField(Session::fieldEngineer(), QStringLiteral("Trainee"));
    session.setConfirmed(QStringLiteral("paapp"), QStringLiteral("paapp.3"), true);
    HeadlessChecker checker(&session, lab->networkContext());
    QSignalSpy done(&checker, &HeadlessChecker::finished);
    QVERIFY(checker.start(QStringLiteral("paapp"), &error));
    QVERIFY(done.wait(30000));
    bool sawAfter = false;
    for (const auto& [scope, r] : checker.results()) {
        if (r.checkId == QLatin1String("paapp.instancesAfter")) {
            sawAfter = true;
            QVERIFY2(r.status == CheckStatus::Passed, qPrintable(r.message));
            QVERIFY2(r.message.contains(lab->scenario().targetVersion), qPrintable(r.message));
        }
    }
    QVERIFY(sawAfter);
}

void TestTraining::badScenarioFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{ nope") << "is not a JSON object";
    QTest::newRow("array") << QByteArray("[1, 2]") << "is not a JSON object";
    QTest::newRow("no title") << QByteArray("{}") << "\"title\" is missing or empty";
    QByteArray noGateways = R"({"title": "t", "summary": "s", "notice": "n",
        "start": {"paVersion": "5.5", "installedVersion": "3.5", "targetVersion": "4.1"}})";
    QTest::newRow("no gateways") << noGateways << "\"gateways\" must list at least one";
    QByteArray hostile = R"({"title": "t", "summary": "s", "notice": "n",
        "start": {"paVersion": "5.5", "installedVersion": "3.5", "targetVersion": "4.1", "topology": "single"},
        "gateways": [{"host": "-oProxyCommand=x", "application": "A"}]})";
    QTest::newRow("hostile host") << hostile << "\"host\" must be a host name";
    QByteArray badStatus = R"({"title": "t", "summary": "s", "notice": "n",
        "start": {"paVersion": "5.5", "installedVersion": "3.5", "targetVersion": "4.1", "topology": "single"},
        "gateways": [{"host": "gw.lab.example", "application": "A"}],
        "provisioningHost": {"pearList": "x"},
        "expect": [{"scope": "start", "check": "start.paVersion", "status": "great"}]})";
    QTest::newRow("bad status") << badStatus << "\"expect\": each entry needs";
    // The fuzz target found it: a NUL in a text the lab sends as XML-RPC made its PA API answer
    // unencodable; such a file is refused, naming the value.
    QByteArray control = R"({"title": "t", "summary": "s", "notice": "n",
        "start": {"paVersion": "5.5", "installedVersion": "3.5", "targetVersion": "4.1", "topology": "single"},
        "gateways": [{"host": "gw.lab.example", "application": "A"}],
        "provisioningHost": {"pearList": "x"},
        "pa": {"version": "5.5.\u00002"}})";
    QTest::newRow("control character") << control << "\"pa.version\" holds a control character";
}

void TestTraining::badScenarioFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    TrainingScenario s;
    QString error;
    QVERIFY(!TrainingScenario::load(path, &s, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.contains(path));
    QVERIFY(!TrainingScenario::load(QStringLiteral("no-such-scenario"), &s, &error));
    QVERIFY2(error.contains(QStringLiteral("happy-path")), qPrintable(error)); // lists the ones there are
}

void TestTraining::commandLine()
{
    QTemporaryDir dir;
    auto run = [&](const QStringList& args, QString* out) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(WIZARD_BINARY), args);
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAll());
        return p.exitCode();
    };
    QString out;
    QCOMPARE(run({QStringLiteral("--training"), QStringLiteral("missing-callbacks"), QStringLiteral("--check")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("dispatcher\tdispatcher.6b\tFAILED")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("every check gave the result scenario missing-callbacks expects")), qPrintable(out));
    // A name DNS does not know fails step 1g; 6b, which needs that name, is blocked by 1g, not a failure of its own.
    QCOMPARE(run({QStringLiteral("--training"), QStringLiteral("dns-failure"), QStringLiteral("--check")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("gateway/gw1\tgateway.1g\tFAILED")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("gateway/gw1\tgateway.6b\tSKIPPED\tBlocked by step 1g: gw1.lab.example is not "
                                         "found in DNS")),
             qPrintable(out));

    // A trainer's own file, whose expectation the lab does not meet: exit 1, the difference named.
    QFile builtIn(QStringLiteral(":/training/happy-path.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonObject gw = o.value(QStringLiteral("gateways")).toArray().first().toObject();
    gw.insert(QStringLiteral("certificate"), QStringLiteral("expired"));
    o.insert(QStringLiteral("gateways"), QJsonArray{gw});
    const QString mine = dir.filePath(QStringLiteral("my-lab.json"));
    QFile f(mine);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
    f.close();
    const QString saved = dir.filePath(QStringLiteral("saved.o365session"));
    QCOMPARE(run({QStringLiteral("--training"), mine, QStringLiteral("--check"), QStringLiteral("--out"), saved}, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("UNEXPECTED: gateway/gw1 gateway.svc: expected passed, got failed")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("certificate expired")), qPrintable(out));
    // The session written with --out is a TRAINING session.
    QFile sf(saved);
    QVERIFY(sf.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(sf.readAll()).object().value(QStringLiteral("training")).toBool());

    QCOMPARE(run({QStringLiteral("--training"), QStringLiteral("no-such-scenario"), QStringLiteral("--check")}, &out), 2);
    QVERIFY2(out.contains(QStringLiteral("There is no training scenario")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("--training-list")}, &out), 0);
    for (const QString& id : TrainingScenario::builtInIds())
        QVERIFY2(out.contains(id + QLatin1Char('\t')), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
