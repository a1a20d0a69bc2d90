// DNS and HTTPS checks against real servers on 127.0.0.1 with certificates made by
// openssl in the test: every fault gives its own message, within the check's timeout.

#include "checks/CheckRunner.h"
#include "checks/DnsCheck.h"
#include "net/HostResolver.h"
#include "checks/HttpsProbeCheck.h"
#include "net/CaptureRecorder.h"
#include "support/TestHttpsServer.h"
#include "support/TestPki.h"
#include "net/TlsEvidence.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace o365;

class TestNetworkChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dns_data();
    void dns();
    void probe_data();
    void probe();
    void tlsEvidenceMatchesOpenssl();
    void acceptedCertificateOnlyByItsFingerprint();
    void probesRunConcurrently();

private:
    CheckResult runCheck(Check* check, int waitMs = 20000);
    QUrl url(quint16 port, const QString& path, const QString& host = QStringLiteral("gw1.lab.example")) const;

    std::unique_ptr<TestPki> m_pki;
    QNetworkAccessManager m_nam;
    StaticHostResolver m_resolver;
    NetworkContext m_net;
    TestPki::Leaf m_valid, m_expired, m_wrongHost, m_selfSigned, m_expiring;
    std::unique_ptr<TestHttpsServer> m_good, m_expiredServer, m_wrongHostServer, m_selfSignedServer, m_expiringServer;
    std::unique_ptr<SilentTcpServer> m_silent;
    quint16 m_refused = 0;
};

void TestNetworkChecks::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList names{QStringLiteral("gw1.lab.example"), QStringLiteral("gw2.lab.example")};
    m_valid = m_pki->issue(QStringLiteral("valid"), names, now.addDays(-1), now.addDays(365));
    m_expired = m_pki->issue(QStringLiteral("expired"), names, now.addDays(-400), now.addDays(-35));
    m_wrongHost = m_pki->issue(QStringLiteral("wronghost"), {QStringLiteral("other.lab.example")}, now.addDays(-1),
                               now.addDays(365));
    m_selfSigned = m_pki->selfSigned(QStringLiteral("selfsigned"), names, 30);
    m_expiring = m_pki->issue(QStringLiteral("expiring"), names, now.addDays(-300), now.addDays(10));
    for (const TestPki::Leaf* leaf : {&m_valid, &m_expired, &m_wrongHost, &m_selfSigned, &m_expiring})
        QVERIFY2(leaf->ok(), qPrintable(m_pki->error()));

    m_good = std::make_unique<TestHttpsServer>(m_valid.certificate, m_valid.key);
    m_good->route(QStringLiteral("/O365Gateway/HTTPEndpoint.aspx"), {200, "<html>MOSI endpoint</html>"});
    m_good->route(QStringLiteral("/O365Gateway/SubscriptionEvents.svc"),
                  {200, LabHttpsServer::wcfHelpPage(QStringLiteral("SubscriptionEvents"))});
    m_good->route(QStringLiteral("/Broken/SubscriptionEvents.svc"), {500, "<html>Runtime Error</html>"});
    m_good->route(QStringLiteral("/Pool/SubscriptionEvents.svc"), {503, "Service Unavailable"});
    m_good->route(QStringLiteral("/Locked/SubscriptionEvents.svc"), {403, "Forbidden"});
    m_good->route(QStringLiteral("/Loop/SubscriptionEvents.svc"), {302, {}, TestHttpsServer::Mode::RedirectLoop});
    m_good->route(QStringLiteral("/Hang/SubscriptionEvents.svc"), {200, {}, TestHttpsServer::Mode::Hang});
    m_good->route(QStringLiteral("/Drip/SubscriptionEvents.svc"), {200, {}, TestHttpsServer::Mode::Drip});
    m_good->route(QStringLiteral("/Endpoint/HTTPEndpoint.aspx"), {405, "Method not allowed"});
    QVERIFY(m_good->listen());
    auto makeServer = [](const TestPki::Leaf& leaf) {
        auto s = std::make_unique<TestHttpsServer>(leaf.certificate, leaf.key);
        s->route(QStringLiteral("/O365Gateway/SubscriptionEvents.svc"),
                 {200, LabHttpsServer::wcfHelpPage(QStringLiteral("SubscriptionEvents"))});
        return s;
    };
    m_expiredServer = makeServer(m_expired);
    m_wrongHostServer = makeServer(m_wrongHost);
    m_selfSignedServer = makeServer(m_selfSigned);
    m_expiringServer = makeServer(m_expiring);
    for (auto* s : {m_expiredServer.get(), m_wrongHostServer.get(), m_selfSignedServer.get(), m_expiringServer.get()})
        QVERIFY(s->listen());
    m_silent = std::make_unique<SilentTcpServer>();
    QVERIFY(m_silent->listen());
    m_refused = refusedPort();

    m_resolver.addHost(QStringLiteral("gw1.lab.example"), {QHostAddress(QHostAddress::LocalHost)});
    m_resolver.addHost(QStringLiteral("gw2.lab.example"), {QHostAddress(QHostAddress::LocalHost)});
    m_resolver.addHost(QStringLiteral("multi.lab.example"),
                       {QHostAddress(QStringLiteral("203.0.113.10")), QHostAddress(QStringLiteral("203.0.113.11"))});
    m_resolver.addFailure(QStringLiteral("broken.lab.example"), QHostInfo::UnknownError,
                          QStringLiteral("Temporary failure in name resolution"));
    m_resolver.addHang(QStringLiteral("slow.lab.example"));
    m_net.nam = &m_nam;
    m_net.resolver = &m_resolver;
    m_net.extraCaCertificates = {m_pki->caCertificate()};
}

CheckResult TestNetworkChecks::runCheck(Check* check, int waitMs)
{
    std::unique_ptr<Check> owner(check);
    QSignalSpy spy(check, &Check::finished);
    check->start();
    if (spy.isEmpty() && !spy.wait(waitMs))
        return {};
    return spy.first().first().value<CheckResult>();
}

QUrl TestNetworkChecks::url(quint16 port, const QString& path, const QString& host) const
{
    return QUrl(QStringLiteral("https://%1:%2%3").arg(host).arg(port).arg(path));
}

void TestNetworkChecks::dns_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("one address") << "gw1.lab.example" << int(CheckStatus::Passed) << "resolves to 127.0.0.1";
    QTest::newRow("several") << "multi.lab.example" << int(CheckStatus::Warning) << "several addresses";
    QTest::newRow("nxdomain") << "nowhere.lab.example" << int(CheckStatus::Failed) << "NXDOMAIN";
    QTest::newRow("resolver error") << "broken.lab.example" << int(CheckStatus::Failed) << "Temporary failure";
    QTest::newRow("timeout") << "slow.lab.example" << int(CheckStatus::Failed) << "DNS gave no answer";
    QTest::newRow("no host") << "" << int(CheckStatus::Skipped) << "Enter a valid URL";
}

void TestNetworkChecks::dns()
{
    QFETCH(QString, host);
    QFETCH(int, status);
    QFETCH(QString, phrase);
    Check::Spec spec{QStringLiteral("gateway.dns"), QStringLiteral("gateway.1g"), CheckSeverity::Blocking,
                     CheckPhase::Before, 800};
    const CheckResult r = runCheck(new DnsCheck(spec, host, &m_resolver, QStringLiteral("ipAddress")));
    QCOMPARE(int(r.status), status);
    QVERIFY2(r.message.contains(phrase), qPrintable(r.message));
    if (host == QLatin1String("multi.lab.example"))
        QCOMPARE(r.evidence.value(QStringLiteral("addresses")).toArray().size(), 2);
    if (status == int(CheckStatus::Passed))
        QCOMPARE(r.evidence.value(QStringLiteral("suggestedValues")).toObject().value(QStringLiteral("ipAddress")).toString(),
                 QStringLiteral("127.0.0.1"));
    if (host == QLatin1String("slow.lab.example"))
        QCOMPARE(r.evidence.value(QStringLiteral("timedOutAfterMs")).toInt(), 800);
}

void TestNetworkChecks::probe_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expect"); // HttpsProbeCheck::Expect
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("phrase");
    const int wcf = int(HttpsProbeCheck::Expect::WcfService);
    const int endpoint = int(HttpsProbeCheck::Expect::Endpoint);
    const QString svc = QStringLiteral("/O365Gateway/SubscriptionEvents.svc");
    QTest::newRow("present") << "good" << svc << wcf << int(CheckStatus::Passed) << "is present and answers (HTTP 200)";
    QTest::newRow("404 stop") << "good" << "/Missing/SubscriptionEvents.svc" << wcf << int(CheckStatus::Failed)
                              << "contact Parallels support";
    QTest::newRow("500") << "good" << "/Broken/SubscriptionEvents.svc" << wcf << int(CheckStatus::Failed)
                         << "HTTP 500 (server error)";
    QTest::newRow("503") << "good" << "/Pool/SubscriptionEvents.svc" << wcf << int(CheckStatus::Failed)
                         << "application pool is stopped";
    QTest::newRow("403") << "good" << "/Locked/SubscriptionEvents.svc" << wcf << int(CheckStatus::Failed)
                         << "access denied";
    QTest::newRow("redirect loop") << "good" << "/Loop/SubscriptionEvents.svc" << wcf << int(CheckStatus::Failed)
                                   << "redirects in a loop";
    QTest::newRow("hang") << "good" << "/Hang/SubscriptionEvents.svc" << wcf << int(CheckStatus::Failed)
                          << "accepted the HTTPS connection but sent no answer";
    QTest::newRow("drip") << "good" << "/Drip/SubscriptionEvents.svc" << wcf << int(CheckStatus::Failed)
                          << "started answering but sent only";
    QTest::newRow("endpoint 200") << "good" << "/O365Gateway/HTTPEndpoint.aspx" << endpoint << int(CheckStatus::Passed)
                                  << "answers (HTTP 200)";
    QTest::newRow("endpoint 405") << "good" << "/Endpoint/HTTPEndpoint.aspx" << endpoint << int(CheckStatus::Warning)
                                  << "not with 200";
    QTest::newRow("endpoint 404") << "good" << "/Gone/HTTPEndpoint.aspx" << endpoint << int(CheckStatus::Failed)
                                  << "file is missing";
    QTest::newRow("expired") << "expired" << svc << wcf << int(CheckStatus::Failed) << "the certificate expired on";
    QTest::newRow("wrong host") << "wronghost" << svc << wcf << int(CheckStatus::Failed)
                                << "the certificate is for other.lab.example, not for gw1.lab.example";
    QTest::newRow("self-signed") << "selfsigned" << svc << wcf << int(CheckStatus::Failed) << "self-signed";
    QTest::newRow("expiring soon") << "expiring" << svc << wcf << int(CheckStatus::Warning) << "expires in";
    QTest::newRow("refused") << "refused" << svc << wcf << int(CheckStatus::Failed) << "refused the connection";
    QTest::newRow("silent tcp") << "silent" << svc << wcf << int(CheckStatus::Failed) << "No HTTPS connection";
}

void TestNetworkChecks::probe()
{
    QFETCH(QString, server);
    QFETCH(QString, path);
    QFETCH(int, expect);
    QFETCH(int, status);
    QFETCH(QString, phrase);
    const QHash<QString, quint16> ports{{QStringLiteral("good"), m_good->port()},
                                        {QStringLiteral("expired"), m_expiredServer->port()},
                                        {QStringLiteral("wronghost"), m_wrongHostServer->port()},
                                        {QStringLiteral("selfsigned"), m_selfSignedServer->port()},
                                        {QStringLiteral("expiring"), m_expiringServer->port()},
                                        {QStringLiteral("refused"), m_refused},
                                        {QStringLiteral("silent"), m_silent->port()}};
    Check::Spec spec{QStringLiteral("gateway.svc"), QStringLiteral("gateway.6b"), CheckSeverity::Blocking,
                     CheckPhase::Before, 2500};
    CaptureRecorder capture; // what a support bundle keeps of the answer
    NetworkContext net = m_net;
    net.capture = &capture;
    auto* check = new HttpsProbeCheck(spec, url(ports.value(server), path), HttpsProbeCheck::Expect(expect), net);
    check->setStopMessage(QStringLiteral("If there is no the SubscriptionEvents.svc file, contact Parallels support."));
    const CheckResult r = runCheck(check);
    QVERIFY2(r.isFinished(), "the check did not finish");
    QCOMPARE(int(r.status), status);
    QVERIFY2(r.message.contains(phrase), qPrintable(r.message));
    if (QByteArray(QTest::currentDataTag()) == "404 stop")
        QVERIFY(r.evidence.value(QStringLiteral("kbStop")).toBool());
    if (QByteArray(QTest::currentDataTag()) == "present") {
        QCOMPARE(r.evidence.value(QStringLiteral("httpStatus")).toInt(), 200);
        QVERIFY(r.evidence.value(QStringLiteral("bodyExcerpt")).toString().contains(QStringLiteral("You have created a service")));
        // The server was asked for the real host name, not the address it was reached at.
        QVERIFY(m_good->hostHeaders().contains(QStringLiteral("gw1.lab.example:%1").arg(m_good->port())));
        const QJsonObject recorded = capture.toJson().value(QStringLiteral("entries")).toArray().last().toObject();
        QCOMPARE(recorded.value(QStringLiteral("kind")).toString(), QStringLiteral("https"));
        QCOMPARE(recorded.value(QStringLiteral("httpStatus")).toInt(), 200);
        QVERIFY(recorded.value(QStringLiteral("body")).toString().contains(QStringLiteral("You have created a service")));
        QVERIFY(!recorded.value(QStringLiteral("certificateChain")).toArray().isEmpty());
    }
    if (server == QLatin1String("expired") || server == QLatin1String("selfsigned") || server == QLatin1String("wronghost")) {
        QVERIFY(r.evidence.value(QStringLiteral("certificateAcceptable")).toBool());
        QVERIFY(!r.evidence.value(QStringLiteral("tls")).toObject().value(QStringLiteral("sha256")).toString().isEmpty());
    }
    if (QByteArray(QTest::currentDataTag()) == "hang" || QByteArray(QTest::currentDataTag()) == "drip" ||
        QByteArray(QTest::currentDataTag()) == "silent tcp")
        QCOMPARE(r.evidence.value(QStringLiteral("timedOutAfterMs")).toInt(), 2500);
}

void TestNetworkChecks::tlsEvidenceMatchesOpenssl()
{
    Check::Spec spec{QStringLiteral("gateway.svc"), QStringLiteral("gateway.6b"), CheckSeverity::Blocking,
                     CheckPhase::Before, 5000};
    const CheckResult r = runCheck(new HttpsProbeCheck(
        spec, url(m_good->port(), QStringLiteral("/O365Gateway/SubscriptionEvents.svc")),
        HttpsProbeCheck::Expect::WcfService, m_net));
    QCOMPARE(toString(r.status), toString(CheckStatus::Passed));
    const QJsonObject tls = r.evidence.value(QStringLiteral("tls")).toObject();
    QCOMPARE(tls.value(QStringLiteral("sha256")).toString(), m_pki->opensslFingerprint(m_valid.certificatePath));
    QVERIFY(tls.value(QStringLiteral("hostnameMatch")).toBool());
    QVERIFY(tls.value(QStringLiteral("issuer")).toString().contains(QStringLiteral("O365 Wizard Test CA")));
    QVERIFY(tls.value(QStringLiteral("daysLeft")).toInt() > 300);
}

void TestNetworkChecks::acceptedCertificateOnlyByItsFingerprint()
{
    Check::Spec spec{QStringLiteral("gateway.svc"), QStringLiteral("gateway.6b"), CheckSeverity::Blocking,
                     CheckPhase::Before, 5000};
    const QUrl u = url(m_selfSignedServer->port(), QStringLiteral("/O365Gateway/SubscriptionEvents.svc"));
    const QString fp = TlsEvidence::sha256Fingerprint(m_selfSigned.certificate);
    const CheckResult accepted =
        runCheck(new HttpsProbeCheck(spec, u, HttpsProbeCheck::Expect::WcfService, m_net, fp));
    QCOMPARE(toString(accepted.status), toString(CheckStatus::Warning));
    QVERIFY2(accepted.message.contains(QStringLiteral("accepted by exception")), qPrintable(accepted.message));
    QCOMPARE(accepted.evidence.value(QStringLiteral("certificateException")).toString(), fp);
    // Another certificate's fingerprint does not open the door.
    const CheckResult other = runCheck(new HttpsProbeCheck(spec, u, HttpsProbeCheck::Expect::WcfService, m_net,
                                                           TlsEvidence::sha256Fingerprint(m_expired.certificate)));
    QCOMPARE(toString(other.status), toString(CheckStatus::Failed));
    QVERIFY(other.message.contains(QStringLiteral("self-signed")));
}

void TestNetworkChecks::probesRunConcurrently()
{
    // Three hanging probes and one good one: the good one reports first, the hanging ones
    // all end at their own timeout (not one after another).
    CheckRunner runner;
    for (int i = 0; i < 3; ++i)
        runner.addCheck(new HttpsProbeCheck({QStringLiteral("hang%1").arg(i), QStringLiteral("gateway.6b"),
                                             CheckSeverity::Blocking, CheckPhase::Before, 1500},
                                            url(m_good->port(), QStringLiteral("/Hang/SubscriptionEvents.svc")),
                                            HttpsProbeCheck::Expect::WcfService, m_net));
    runner.addCheck(new HttpsProbeCheck({QStringLiteral("good"), QStringLiteral("gateway.6b"), CheckSeverity::Blocking,
                                         CheckPhase::Before, 5000},
                                        url(m_good->port(), QStringLiteral("/O365Gateway/SubscriptionEvents.svc")),
                                        HttpsProbeCheck::Expect::WcfService, m_net));
    QSignalSpy finished(&runner, &CheckRunner::checkFinished);
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    QElapsedTimer t;
    t.start();
    runner.start();
    QVERIFY(all.wait(20000));
    QCOMPARE(finished.count(), 4);
    QCOMPARE(finished.first().first().value<CheckResult>().checkId, QStringLiteral("good"));
    // Each hanging probe started at once: its recorded start lies before the good one finished.
    const QList<CheckResult> results = runner.results();
    for (const CheckResult& r : results)
        QVERIFY(r.startedAt <= results.last().startedAt.addMSecs(results.last().durationMs));
}

QTEST_MAIN(TestNetworkChecks)
#include "tst_networkchecks.moc"
