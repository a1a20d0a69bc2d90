// `o365-upgrade-wizard --check SESSION`: the real executable against a real HTTPS server on
// loopback ("localhost", through the system resolver), trusting the test CA with --ca-file.

#include "session/Session.h"
#include "session/SessionStore.h"
#include "support/TestHttpsServer.h"
#include "support/TestPki.h"
#include "support/WizardProcess.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

using namespace o365;

namespace
{

// A gateway that takes connections and never answers; the sockets live as long as it does.
class SilentGateway : public QObject
{
public:
    SilentGateway()
    {
        m_listening = m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                m_held << s;
        });
    }
    ~SilentGateway() override { qDeleteAll(m_held); }
    bool listening() const { return m_listening; }
    quint16 port() const { return m_server.serverPort(); }
    bool reached() const { return !m_held.isEmpty(); }

private:
    QTcpServer m_server;
    QList<QTcpSocket*> m_held;
    bool m_listening = false;
};

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passingSessionExitsZero();
    void stoppedApplicationExitsOne();
    void untrustedWithoutCaFile();
    void unusableInputExitsTwo_data();
    void unusableInputExitsTwo();
    void emptySessionEnds_data();
    void emptySessionEnds();
    void pastedPearListEnds();
    void watchdogEndsAHungRun();
    void plainHttpNeedsAgreement();
    void sigtermEndsARunAndRecords();
    void windowQuitsOnSigterm();
    void reviewWindowQuitsOnSigterm();

private:
    using Run = WizardRun;
    Run run(const QStringList& args);
    QString writeSession(const QStringList& applications, const QString& name);
    // One gateway application whose MOSI URL points at port (a gateway that never answers).
    QString writeHungSession(quint16 port, const QString& name);

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestHttpsServer> m_server;
    QTemporaryDir m_dir;
};

void TestHeadless::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TestPki::Leaf leaf = m_pki->issue(QStringLiteral("localhost"), {QStringLiteral("localhost")}, now.addDays(-1),
                                            now.addDays(100));
    QVERIFY2(leaf.ok(), qPrintable(m_pki->error()));
    m_server = std::make_unique<TestHttpsServer>(leaf.certificate, leaf.key);
    m_server->route(QStringLiteral("/O365Gateway/SubscriptionEvents.svc"),
                    {200, LabHttpsServer::wcfHelpPage(QStringLiteral("SubscriptionEvents"))});
    QVERIFY(m_server->listen());
}

TestHeadless::Run TestHeadless::run(const QStringList& args)
{
    return runWizard(QStringLiteral(WIZARD_BINARY), args, {}, 60000); // the server lives in this process
}

QString TestHeadless::writeSession(const QStringList& applications, const QString& name)
{
    Session s;
    s.setField(Session::fieldPaVersion(), QStringLiteral("5.5"));
    s.setField(Session::fieldTopology(), Session::topologySingle());
    s.setField(Session::fieldInstalledVersion(), QStringLiteral("4.0"));
    s.setValue(QStringLiteral("provisioning"), QStringLiteral("provisioning.2"), QStringLiteral("pearOutput"),
               QStringLiteral("Installed packages, channel pear.php.net:\n==========\nPackage Version State\n"
                              "HTTP_Request2 2.5.1 stable\nPEAR 1.10.13 stable\n"));
    for (int i = 0; i < applications.size(); ++i) {
        const QString id = i == 0 ? QStringLiteral("gw1") : s.addGatewayApplication();
        s.setValue(Session::gatewayScope(id), QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"),
                   QStringLiteral("https://localhost:%1/%2/HTTPEndpoint.aspx").arg(m_server->port()).arg(applications.at(i)));
    }
    const QString path = m_dir.filePath(name);
    if (!SessionStore::save(s, path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestHeadless::writeHungSession(quint16 port, const QString& name)
{
    Session s;
    s.setField(Session::fieldTopology(), Session::topologySingle());
    s.setValue(Session::gatewayScope(QStringLiteral("gw1")), QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"),
               QStringLiteral("https://localhost:%1/O365Gateway/HTTPEndpoint.aspx").arg(port));
    const QString path = m_dir.filePath(name);
    if (!SessionStore::save(s, path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestHeadless::passingSessionExitsZero()
{
    const QString path = writeSession({QStringLiteral("O365Gateway")}, QStringLiteral("good.json"));
    const QString out = m_dir.filePath(QStringLiteral("good-out.json"));
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const Run r = run({QStringLiteral("--check"), path, QStringLiteral("--ca-file"), m_pki->caCertificatePath(),
                       QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("gateway/gw1\tgateway.6b\tPASSED\tSubscriptionEvents.svc is present")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("start\tstart.prerequisites\tPASSED")));
    QVERIFY(r.out.contains(QStringLiteral("gateway/gw1\tgateway.1f\tPASSED")));
    QVERIFY(!r.out.contains(QStringLiteral("dispatcher"))); // single-gateway topology: skipped
    QVERIFY(r.out.contains(QStringLiteral("provisioning\tprovisioning.2\tPASSED")));
    QVERIFY(r.out.contains(QStringLiteral("provisioning\tprovisioning.3\tPASSED"))); // no instance older than 4.0

    // --out got the results; the input session was left as it was.
    Session written;
    QVERIFY(SessionStore::load(out, &written));
    const StepRecord svc = written.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.6b"));
    QCOMPARE(svc.checks.size(), 1);
    QCOMPARE(svc.checks.first().evidence.value(QStringLiteral("httpStatus")).toInt(), 200);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestHeadless::stoppedApplicationExitsOne()
{
    const QString path =
        writeSession({QStringLiteral("O365Gateway"), QStringLiteral("Legacy")}, QStringLiteral("stopped.json"));
    const Run r = run({QStringLiteral("--check"), path, QStringLiteral("--stage"), QStringLiteral("gateway"),
                       QStringLiteral("--ca-file"), m_pki->caCertificatePath()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("gateway/gw2\tgateway.6b\tFAILED")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("contact Parallels support")));
    QVERIFY(r.out.contains(QStringLiteral("gateway/gw1\tgateway.6b\tPASSED")));
    QVERIFY(!r.out.contains(QStringLiteral("start.prerequisites"))); // --stage gateway only
    // Without --out the session file itself records the results.
    Session written;
    QVERIFY(SessionStore::load(path, &written));
    QVERIFY(written.record(QStringLiteral("gateway/gw2"), QStringLiteral("gateway.6b"))
                .checks.first()
                .evidence.value(QStringLiteral("kbStop"))
                .toBool());
}

void TestHeadless::untrustedWithoutCaFile()
{
    const QString path = writeSession({QStringLiteral("O365Gateway")}, QStringLiteral("untrusted.json"));
    const Run r = run({QStringLiteral("--check"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("gateway.6b\tFAILED\tThe certificate of localhost")), qPrintable(r.out));
}

void TestHeadless::unusableInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("phrase");
    const QString good = m_dir.filePath(QStringLiteral("good.json"));
    QTest::newRow("missing session") << QStringList{QStringLiteral("--check"), m_dir.filePath(QStringLiteral("none.json"))}
                                     << QStringLiteral("does not exist");
    QTest::newRow("unknown stage") << QStringList{QStringLiteral("--check"), good, QStringLiteral("--stage"),
                                                  QStringLiteral("billing")}
                                   << QStringLiteral("not a stage with automated checks");
    QTest::newRow("bad ca file") << QStringList{QStringLiteral("--check"), good, QStringLiteral("--ca-file"), good}
                                 << QStringLiteral("No PEM certificate");
    QTest::newRow("/dev/zero as session") << QStringList{QStringLiteral("--check"), QStringLiteral("/dev/zero")}
                                          << QStringLiteral("not a regular file");
    const QString fifo = m_dir.filePath(QStringLiteral("session.fifo"));
    if (!QFile::exists(fifo) && ::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
        qFatal("mkfifo failed");
    QTest::newRow("FIFO as session") << QStringList{QStringLiteral("--check"), fifo}
                                     << QStringLiteral("not a regular file");
    QTest::newRow("/dev/zero as CA file") << QStringList{QStringLiteral("--check"), good, QStringLiteral("--ca-file"),
                                                         QStringLiteral("/dev/zero")}
                                          << QStringLiteral("not a regular file");
    QTest::newRow("zero timeout") << QStringList{QStringLiteral("--check"), good, QStringLiteral("--timeout"),
                                                 QStringLiteral("0")}
                                  << QStringLiteral("is not a number of seconds");
    QTest::newRow("word timeout") << QStringList{QStringLiteral("--check"), good, QStringLiteral("--timeout"),
                                                 QStringLiteral("soon")}
                                  << QStringLiteral("is not a number of seconds");
}

void TestHeadless::unusableInputExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, phrase);
    writeSession({QStringLiteral("O365Gateway")}, QStringLiteral("good.json"));
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(phrase), qPrintable(r.err));
}

// Nothing entered yet: every check of the run ends at once (missing input). The end must still
// reach the event loop — it once came before app.exec() and --check hung, printing nothing.
void TestHeadless::emptySessionEnds_data()
{
    QTest::addColumn<QString>("stage");
    QTest::newRow("all stages") << QString();
    for (const char* stage : {"start", "gateway", "dispatcher", "provisioning", "paapp"})
        QTest::newRow(stage) << QString::fromLatin1(stage);
}

void TestHeadless::emptySessionEnds()
{
    QFETCH(QString, stage);
    Session empty;
    const QString path = m_dir.filePath(QStringLiteral("empty-%1.json").arg(stage));
    QVERIFY(SessionStore::save(empty, path));
    QStringList args{QStringLiteral("--check"), path};
    if (!stage.isEmpty())
        args << QStringLiteral("--stage") << stage;
    const Run r = run(args);
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2%3").arg(r.exitCode).arg(r.out, r.err)));
    QVERIFY2(r.out.contains(QStringLiteral("blocking failure(s); results recorded in")), qPrintable(r.out));
}

void TestHeadless::pastedPearListEnds()
{
    const QString path = writeSession({QStringLiteral("O365Gateway")}, QStringLiteral("pear.json"));
    const Run r = run({QStringLiteral("--check"), path, QStringLiteral("--stage"), QStringLiteral("provisioning")});
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2%3").arg(r.exitCode).arg(r.out, r.err)));
    QVERIFY2(r.out.contains(QStringLiteral("provisioning\tprovisioning.2\tPASSED")), qPrintable(r.out));
}

// A gateway that takes the connection and never answers: the run gives up at --timeout, says what
// was still running, records what ended, and exits 2.
void TestHeadless::watchdogEndsAHungRun()
{
    SilentGateway silent;
    QVERIFY(silent.listening());
    const QString path = writeHungSession(silent.port(), QStringLiteral("hung.json"));
    const QString out = m_dir.filePath(QStringLiteral("hung-out.json"));
    const Run r = run({QStringLiteral("--check"), path, QStringLiteral("--stage"), QStringLiteral("gateway"),
                       QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2%3").arg(r.exitCode).arg(r.out, r.err)));
    QVERIFY2(r.err.contains(QStringLiteral("--check gave up after 1 s with checks still running: gateway/gw1 gateway.")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("The checks that ended are recorded in %1").arg(out)), qPrintable(r.err));
    QVERIFY(silent.reached()); // the probe did reach the silent gateway
    Session written;
    QVERIFY(SessionStore::load(out, &written));
}

// SIGTERM (a logout, `kill`) during a run: like the watchdog, what ended is printed and recorded,
// and the process exits 2 normally — it used to die where it stood, saving nothing.
void TestHeadless::sigtermEndsARunAndRecords()
{
    SilentGateway silent;
    QVERIFY(silent.listening());
    const QString path = writeHungSession(silent.port(), QStringLiteral("term.json"));
    const QString out = m_dir.filePath(QStringLiteral("term-out.json"));
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--check"), path, QStringLiteral("--stage"),
                                           QStringLiteral("gateway"), QStringLiteral("--out"), out});
    QTRY_VERIFY_WITH_TIMEOUT(silent.reached(), 20000); // the run is under way, waiting on the gateway
    p.terminate(); // SIGTERM
    QVERIFY(done.wait(20000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 2, qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("--check was interrupted (SIGTERM) with checks still running: gateway/gw1")),
             qPrintable(err));
    Session written;
    QVERIFY(SessionStore::load(out, &written));
}

namespace {

// The window offscreen, with its data and settings in `home`.
QProcessEnvironment windowEnvironment(const QTemporaryDir& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    return env;
}

} // namespace

// The window, too: SIGTERM ends the event loop like Close, so the last changes are saved and the
// process exits 0 (it used to be killed where it stood).
void TestHeadless::windowQuitsOnSigterm()
{
    QTemporaryDir home;
    QProcess p;
    p.setProcessEnvironment(windowEnvironment(home));
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--new")});
    const QString sessions = home.filePath(QStringLiteral("data/O365UpgradeWizard/o365-upgrade-wizard/sessions"));
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(sessions).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty(), 30000);
    p.terminate();
    QVERIFY(done.wait(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QStringList logs = QDir(sessions).entryList({QStringLiteral("*.log")}, QDir::Files);
    QCOMPARE(logs.size(), 1);
    QFile log(QDir(sessions).filePath(logs.first()));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("quitting on SIGTERM"));
}

// The review window (a dialog's own event loop, opened before any wizard window) ends on SIGTERM
// too, exit 0 — it used to be killed where it stood, as the resume choice was. Sent once the process
// catches SIGTERM (/proc's SigCgt), so the test never races the start-up.
void TestHeadless::reviewWindowQuitsOnSigterm()
{
    QTemporaryDir home;
    QProcess p;
    p.setProcessEnvironment(windowEnvironment(home));
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--review"), home.filePath(QStringLiteral("none.json"))});
    QVERIFY(p.waitForStarted(20000));
    const auto catchesSigterm = [&p] {
        QFile status(QStringLiteral("/proc/%1/status").arg(p.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("SigCgt:"))
                return ((line.mid(7).trimmed().toULongLong(nullptr, 16) >> (SIGTERM - 1)) & 1) != 0;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(catchesSigterm(), 30000);
    QTest::qWait(300); // well inside the dialog's loop; a signal before it is kept and read there
    p.terminate();
    QVERIFY(done.wait(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

// A plain-http PA API address on another machine (0.0.0.0 connects to this one on Linux, but is no
// loopback name): --check says so, runs no PA API call without --allow-plain-http for that host,
// and records the agreement when given.
void TestHeadless::plainHttpNeedsAgreement()
{
    QTcpServer pa;
    QVERIFY(pa.listen(QHostAddress::LocalHost));
    Session s;
    s.setField(Session::fieldEngineer(), QStringLiteral("Alice Example"));
    s.setField(Session::fieldPaApiUrl(), QStringLiteral("http://0.0.0.0:%1/RPC2").arg(pa.serverPort()));
    s.setField(Session::fieldPaApiLogin(), QStringLiteral("api-admin"));
    s.setField(Session::fieldPaAppId(), QStringLiteral("7"));
    const QString path = m_dir.filePath(QStringLiteral("plain-http.json"));
    QVERIFY(SessionStore::save(s, path));

    const Run refused = run({QStringLiteral("--check"), path, QStringLiteral("--stage"), QStringLiteral("paapp")});
    QVERIFY2(refused.exitCode == 0 || refused.exitCode == 1, qPrintable(refused.out + refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("Warning: The PA API address uses plain http")) &&
                 refused.err.contains(QLatin1String("--allow-plain-http 0.0.0.0")),
             qPrintable(refused.err));
    QVERIFY2(refused.out.contains(QLatin1String("paapp\tpaapp.2\tSKIPPED\tThe PA API address uses plain http")),
             qPrintable(refused.out));
    QVERIFY(!pa.hasPendingConnections());
    Session after;
    QVERIFY(SessionStore::load(path, &after));
    QVERIFY(after.plainHttpAcknowledgements().isEmpty());

    const Run wrongHost = run({QStringLiteral("--check"), path, QStringLiteral("--allow-plain-http"),
                               QStringLiteral("pa.example.com")});
    QCOMPARE(wrongHost.exitCode, 2);
    QVERIFY2(wrongHost.err.contains(QLatin1String("the session's PA API host is 0.0.0.0")), qPrintable(wrongHost.err));

    const QString out = m_dir.filePath(QStringLiteral("plain-http-agreed.json"));
    const Run agreed = run({QStringLiteral("--check"), path, QStringLiteral("--stage"), QStringLiteral("paapp"),
                            QStringLiteral("--allow-plain-http"), QStringLiteral("0.0.0.0"), QStringLiteral("--out"), out});
    QVERIFY2(agreed.err.contains(QLatin1String("You agreed to plain http for 0.0.0.0")), qPrintable(agreed.err));
    QVERIFY2(!agreed.out.contains(QLatin1String("uses plain http")), qPrintable(agreed.out));
    Session recorded;
    QVERIFY(SessionStore::load(out, &recorded));
    QVERIFY(recorded.plainHttpAcknowledged(QStringLiteral("0.0.0.0")));
    QCOMPARE(recorded.plainHttpAcknowledgements().value(QStringLiteral("0.0.0.0")).by, QStringLiteral("Alice Example"));
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
