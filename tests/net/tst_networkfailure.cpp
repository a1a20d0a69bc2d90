// NetworkFailure against real peers on 127.0.0.1: a closed port, a server that hangs up, one that
// speaks no TLS, HTTPS servers with an untrusted and a trusted certificate, a proxy that wants
// credentials, a request the caller aborts. Then the sorting of the errors no loopback peer provokes.

#include "support/TestHttpsServer.h"
#include "support/TestPki.h"
#include "net/HostResolver.h"
#include "net/NetworkContext.h"
#include "net/NetworkFailure.h"
#include "net/SecureRequest.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace o365;

namespace
{

const QString kHost = QStringLiteral("gw1.lab.example");

// Accepts each connection and at once says `greeting` (if any) and/or hangs up.
class RudeTcpServer : public QObject
{
public:
    RudeTcpServer(QByteArray greeting, bool hangUp) : m_greeting(std::move(greeting)), m_hangUp(hangUp)
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                if (!m_greeting.isEmpty())
                    socket->write(m_greeting);
                if (m_hangUp)
                    socket->disconnectFromHost();
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QTcpServer& server() { return m_server; }

private:
    QTcpServer m_server;
    QByteArray m_greeting;
    bool m_hangUp;
};

} // namespace

class TestNetworkFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectionRefused();
    void remoteClosed();
    void notTls();
    void untrustedCertificate();
    void httpErrorAndSuccess();
    void proxyWantsCredentials();
    void canceledByTheCaller();
    void timedOut_data();
    void timedOut();
    void fromError_data();
    void fromError();

private:
    // Sends `request` and waits for the reply to finish; at sslErrors it refuses the certificate
    // and keeps the reasons, as the wizard's callers do.
    NetworkFailure fetch(const QNetworkRequest& request, QNetworkAccessManager* nam = nullptr);

    std::unique_ptr<TestPki> m_pki;
    TestPki::Leaf m_valid, m_selfSigned;
    std::unique_ptr<TestHttpsServer> m_good, m_selfSignedServer;
    StaticHostResolver m_resolver;
    NetworkContext m_net;
};

void TestNetworkFailure::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_valid = m_pki->issue(QStringLiteral("valid"), {kHost}, now.addDays(-1), now.addDays(365));
    m_selfSigned = m_pki->selfSigned(QStringLiteral("selfsigned"), {kHost}, 30);
    QVERIFY2(m_valid.ok() && m_selfSigned.ok(), qPrintable(m_pki->error()));
    m_good = std::make_unique<TestHttpsServer>(m_valid.certificate, m_valid.key);
    m_good->route(QStringLiteral("/here"), {200, "here"});
    QVERIFY(m_good->listen());
    m_selfSignedServer = std::make_unique<TestHttpsServer>(m_selfSigned.certificate, m_selfSigned.key);
    QVERIFY(m_selfSignedServer->listen());
    m_resolver.addHost(kHost, {QHostAddress(QHostAddress::LocalHost)});
    m_net.resolver = &m_resolver;
    m_net.extraCaCertificates = {m_pki->caCertificate()};
}

NetworkFailure TestNetworkFailure::fetch(const QNetworkRequest& request, QNetworkAccessManager* nam)
{
    QNetworkAccessManager own;
    own.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply* reply = (nam ? nam : &own)->get(request);
    QStringList problems;
    connect(reply, &QNetworkReply::sslErrors, reply, [&problems, reply, request](const QList<QSslError>& errors) {
        problems = NetworkFailure::explainSslErrors(errors, request.peerVerifyName());
        reply->abort();
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        qWarning("the reply did not finish");
    const NetworkFailure failure = NetworkFailure::fromReply(*reply, problems);
    delete reply;
    return failure;
}

void TestNetworkFailure::connectionRefused()
{
    const NetworkFailure f = fetch(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(refusedPort()))));
    QCOMPARE(NetworkFailure::kindName(f.kind), QStringLiteral("connectionRefused"));
    QCOMPARE(f.error, QNetworkReply::ConnectionRefusedError);
    QVERIFY(f.failed());
    QCOMPARE(f.httpStatus, 0);
    QVERIFY(!f.detail.isEmpty());
    QVERIFY(f.remedy.isEmpty()); // the caller phrases it: it knows what should listen there
}

void TestNetworkFailure::remoteClosed()
{
    RudeTcpServer server({}, true);
    QVERIFY(server.listen());
    const NetworkFailure f = fetch(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.port()))));
    QCOMPARE(NetworkFailure::kindName(f.kind), QStringLiteral("remoteClosed"));
    QCOMPARE(f.httpStatus, 0);
}

void TestNetworkFailure::notTls()
{
    // A plain HTTP server on the https port: its first bytes are no TLS record.
    RudeTcpServer server("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n", false);
    QVERIFY(server.listen());
    const QUrl url(QStringLiteral("https://%1:%2/").arg(kHost).arg(server.port()));
    const NetworkFailure f = fetch(makeSecureRequest(url, m_net));
    QCOMPARE(NetworkFailure::kindName(f.kind), QStringLiteral("tlsHandshake"));
    QVERIFY(f.tlsProblems.isEmpty());
    QVERIFY(!f.detail.isEmpty());
}

void TestNetworkFailure::untrustedCertificate()
{
    const QUrl url(QStringLiteral("https://%1:%2/here").arg(kHost).arg(m_selfSignedServer->port()));
    const NetworkFailure f = fetch(makeSecureRequest(url, m_net));
    QCOMPARE(NetworkFailure::kindName(f.kind), QStringLiteral("untrustedCertificate"));
    QVERIFY2(f.tlsProblems.join(QLatin1Char(' ')).contains(QLatin1String("self-signed")),
             qPrintable(f.tlsProblems.join(QLatin1Char(' '))));
    QStringList once = f.tlsProblems;
    QCOMPARE(once.removeDuplicates(), 0); // each reason once

    QCOMPARE(f.httpStatus, 0);
}

void TestNetworkFailure::httpErrorAndSuccess()
{
    const QUrl missing(QStringLiteral("https://%1:%2/missing").arg(kHost).arg(m_good->port()));
    const NetworkFailure notFound = fetch(makeSecureRequest(missing, m_net));
    QCOMPARE(NetworkFailure::kindName(notFound.kind), QStringLiteral("httpError"));
    QCOMPARE(notFound.httpStatus, 404);

    const QUrl here(QStringLiteral("https://%1:%2/here").arg(kHost).arg(m_good->port()));
    const NetworkFailure ok = fetch(makeSecureRequest(here, m_net));
    QCOMPARE(NetworkFailure::kindName(ok.kind), QStringLiteral("none"));
    QVERIFY(!ok.failed());
    QCOMPARE(ok.httpStatus, 200);
    QVERIFY(ok.remedy.isEmpty());
}

void TestNetworkFailure::proxyWantsCredentials()
{
    // A proxy that asks every CONNECT for credentials; the manager has none to give.
    RudeTcpServer proxy("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"lab\"\r\n"
                        "Content-Length: 0\r\n\r\n",
                        false);
    QVERIFY(proxy.listen());
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
    const NetworkFailure f = fetch(QNetworkRequest(QUrl(QStringLiteral("https://gw.proxytest.example/"))), &nam);
    QCOMPARE(NetworkFailure::kindName(f.kind), QStringLiteral("proxy"));
    QCOMPARE(f.error, QNetworkReply::ProxyAuthenticationRequiredError);
    QVERIFY2(f.remedy.contains(QLatin1String("The proxy asks for a user name and password")), qPrintable(f.remedy));
}

void TestNetworkFailure::canceledByTheCaller()
{
    RudeTcpServer server({}, false); // takes the request and never answers
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.port()))));
    connect(&server.server(), &QTcpServer::pendingConnectionAvailable, reply, &QNetworkReply::abort,
            Qt::QueuedConnection);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    const NetworkFailure f = NetworkFailure::fromReply(*reply);
    delete reply;
    QCOMPARE(NetworkFailure::kindName(f.kind), QStringLiteral("canceled"));
}

void TestNetworkFailure::timedOut_data()
{
    QTest::addColumn<bool>("connected");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<int>("progress");
    QTest::newRow("no connection") << false << qint64(0) << int(NetworkFailure::Progress::NotConnected);
    QTest::newRow("no answer") << true << qint64(0) << int(NetworkFailure::Progress::Connected);
    QTest::newRow("stalled answer") << true << qint64(120) << int(NetworkFailure::Progress::Answering);
}

void TestNetworkFailure::timedOut()
{
    QFETCH(bool, connected);
    QFETCH(qint64, received);
    QFETCH(int, progress);
    const NetworkFailure f = NetworkFailure::timedOut(connected, received);
    QCOMPARE(f.kind, NetworkFailure::Kind::Timeout);
    QCOMPARE(int(f.progress), progress);
    QVERIFY(f.failed());
}

void TestNetworkFailure::fromError_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("tlsProblem");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("remedy"); // a phrase of it, or empty
    using E = QNetworkReply;
    QTest::newRow("host not found") << int(E::HostNotFoundError) << 0 << false << "hostNotFound"
                                    << "";
    QTest::newRow("stack timeout") << int(E::TimeoutError) << 0 << false << "timeout"
                                   << "";
    QTest::newRow("redirect loop") << int(E::TooManyRedirectsError) << 0 << false << "tooManyRedirects"
                                   << "";
    QTest::newRow("to plain http") << int(E::InsecureRedirectError) << 0 << false << "insecureRedirect"
                                   << "";
    QTest::newRow("proxy credentials") << int(E::ProxyAuthenticationRequiredError) << 0 << false << "proxy"
                                       << "asks for a user name and password";
    QTest::newRow("proxy not found") << int(E::ProxyNotFoundError) << 0 << false << "proxy"
                                     << "host name was not found";
    QTest::newRow("proxy timeout") << int(E::ProxyTimeoutError) << 0 << false << "proxy"
                                   << "The proxy failed";
    QTest::newRow("other proxy error") << int(E::UnknownProxyError) << 0 << false << "other"
                                       << "";
    QTest::newRow("server error") << int(E::InternalServerError) << 500 << false << "httpError"
                                  << "";
    QTest::newRow("cut after 200") << int(E::RemoteHostClosedError) << 200 << false << "remoteClosed"
                                   << "";
    // The abort after a refused certificate is not what went wrong.
    QTest::newRow("refused certificate") << int(E::OperationCanceledError) << 0 << true << "untrustedCertificate"
                                         << "";
}

void TestNetworkFailure::fromError()
{
    QFETCH(int, error);
    QFETCH(int, httpStatus);
    QFETCH(bool, tlsProblem);
    QFETCH(QString, kind);
    QFETCH(QString, remedy);
    const QStringList problems =
        tlsProblem ? QStringList{QStringLiteral("the certificate is self-signed")} : QStringList();
    const NetworkFailure f =
        NetworkFailure::fromError(QNetworkReply::NetworkError(error), httpStatus, QStringLiteral("detail"), problems);
    QCOMPARE(NetworkFailure::kindName(f.kind), kind);
    QCOMPARE(f.httpStatus, httpStatus);
    QCOMPARE(f.detail, QStringLiteral("detail"));
    QCOMPARE(f.tlsProblems, problems);
    if (remedy.isEmpty())
        QVERIFY2(f.remedy.isEmpty(), qPrintable(f.remedy));
    else
        QVERIFY2(f.remedy.contains(remedy), qPrintable(f.remedy));
}

QTEST_GUILESS_MAIN(TestNetworkFailure)
#include "tst_networkfailure.moc"
