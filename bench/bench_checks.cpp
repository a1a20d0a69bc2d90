// Concurrency and responsiveness of a page's checks: 8 HTTPS probes (HttpsProbeCheck, run by the
// CheckRunner the pages use) against 8 loopback HTTPS servers (certificates from an in-memory CA)
// that each answer 300 ms after the request. The servers run on their own thread, so that only
// the checks' own work lands on the GUI thread.
//
// Figures: the 8 checks together against the slowest of the same 8 run one at a time (target
// <= 1.1x), and the worst lateness of a 1 ms timer on the GUI thread while they run (<= 16 ms).
//
//   bench_checks [--iterations N]      (default 10)

#include "BenchUtil.h"

#include "checks/Check.h"
#include "checks/CheckRunner.h"
#include "checks/HttpsProbeCheck.h"
#include "training/LabCertificateAuthority.h"
#include "net/NetworkContext.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QThread>

#include <memory>

using namespace o365;

namespace
{

constexpr int ServerCount = 8;
constexpr int AnswerDelayMs = 300;

// An HTTPS server that answers every request with a WCF service page, AnswerDelayMs after it
// arrived; lives on the server thread.
class DelayedHttpsServer : public QObject
{
public:
    DelayedHttpsServer(const QSslCertificate& cert, const QSslKey& key) : m_server(this) // moves with this
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(cert);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(conf);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &DelayedHttpsServer::onConnection);
    }
    quint16 listen()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        return m_server.serverPort();
    }

private:
    void onConnection()
    {
        while (m_server.hasPendingConnections()) {
            auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection());
            if (!socket)
                continue;
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QSslSocket::readyRead, socket, [socket, buffer] {
                buffer->append(socket->readAll());
                if (!buffer->contains("\r\n\r\n"))
                    return;
                buffer->clear();
                QTimer::singleShot(AnswerDelayMs, socket, [socket] {
                    const QByteArray body = "<html><head><title>SubscriptionEvents Service</title></head><body>"
                                            "<p class=\"heading1\">SubscriptionEvents Service</p><p>You have created "
                                            "a service.</p></body></html>";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            });
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    QSslServer m_server;
};

struct Outcome {
    double ms = 0;
    double worstLagMs = 0;
    int passed = 0;
    QString firstProblem;
};

Outcome runChecks(const QList<quint16>& ports, const NetworkContext& net)
{
    CheckRunner runner;
    for (qsizetype i = 0; i < ports.size(); ++i) {
        Check::Spec spec;
        spec.id = QStringLiteral("bench.svc.%1").arg(i);
        spec.stepId = QStringLiteral("gateway.6b");
        spec.timeoutMs = 15000;
        const QUrl url(
            QStringLiteral("https://localhost:%1/O365Gateway%2/SubscriptionEvents.svc").arg(ports[i]).arg(i));
        runner.addCheck(new HttpsProbeCheck(spec, url, HttpsProbeCheck::Expect::WcfService, net));
    }
    Outcome o;
    QEventLoop loop;
    QObject::connect(&runner, &CheckRunner::allFinished, &loop, &QEventLoop::quit);
    QObject::connect(&runner, &CheckRunner::checkFinished, &loop, [&o](const CheckResult& r) {
        if (r.status == CheckStatus::Passed)
            ++o.passed;
        else if (o.firstProblem.isEmpty())
            o.firstProblem = r.message;
    });
    bench::LagMeter lag;
    QElapsedTimer clock;
    lag.start();
    clock.start();
    runner.start();
    loop.exec();
    o.ms = clock.nsecsElapsed() / 1e6;
    o.worstLagMs = lag.stop();
    return o;
}

double idleLag(int ms)
{
    bench::LagMeter lag;
    QEventLoop loop;
    lag.start();
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return lag.stop();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("o365.*=false"));
    const int n = bench::iterations(10);

    LabCertificateAuthority ca;
    QString error;
    if (!ca.create(QStringLiteral("bench CA"), &error)) {
        std::fprintf(stderr, "CA: %s\n", qPrintable(error));
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const LabCertificateAuthority::Issued leaf =
        ca.issue({QStringLiteral("localhost")}, now.addDays(-1), now.addDays(30), &error);
    if (leaf.certificate.isNull()) {
        std::fprintf(stderr, "leaf: %s\n", qPrintable(error));
        return 1;
    }

    QThread serverThread;
    serverThread.start();
    QList<DelayedHttpsServer*> servers;
    QList<quint16> ports;
    for (int i = 0; i < ServerCount; ++i) {
        auto* s = new DelayedHttpsServer(leaf.certificate, leaf.key);
        s->moveToThread(&serverThread);
        quint16 port = 0;
        QMetaObject::invokeMethod(
            s, [s, &port] { port = s->listen(); }, Qt::BlockingQueuedConnection);
        servers << s;
        ports << port;
    }

    NetworkContext net;
    net.extraCaCertificates = {ca.certificate()};

    // Warm-up: TLS libraries, the system's certificate store.
    const Outcome warm = runChecks(ports, net);
    if (warm.passed != ServerCount) {
        std::fprintf(stderr, "warm-up: %d of %d checks passed: %s\n", warm.passed, ServerCount,
                     qPrintable(warm.firstProblem));
        return 1;
    }

    QList<double> together, slowestAlone, lagTogether, lagAlone, idle;
    for (int rep = 0; rep < n; ++rep) {
        double slowest = 0;
        double worstLag = 0;
        for (int i = 0; i < ServerCount; ++i) {
            const Outcome one = runChecks({ports[i]}, net);
            if (one.passed != 1) {
                std::fprintf(stderr, "single check failed: %s\n", qPrintable(one.firstProblem));
                return 1;
            }
            slowest = std::max(slowest, one.ms);
            worstLag = std::max(worstLag, one.worstLagMs);
        }
        const Outcome all = runChecks(ports, net);
        if (all.passed != ServerCount) {
            std::fprintf(stderr, "%d of %d checks passed: %s\n", all.passed, ServerCount, qPrintable(all.firstProblem));
            return 1;
        }
        slowestAlone << slowest;
        lagAlone << worstLag;
        together << all.ms;
        lagTogether << all.worstLagMs;
        idle << idleLag(400);
    }
    std::printf("Checks: %d HTTPS probes, each server answers %d ms after the request; %d repetitions (median)\n",
                ServerCount, AnswerDelayMs, n);
    bench::figure("checks.concurrency (8 together)", bench::median(together), bench::median(slowestAlone), 1.10, "ms",
                  QStringLiteral("together [%1] ms; slowest alone [%2] ms")
                      .arg(bench::join(together), bench::join(slowestAlone)));
    bench::figure("checks.gui_stall (8 checks)", bench::median(lagTogether), 0, 16, "ms",
                  QStringLiteral("worst lateness per run [%1] ms; max %2 ms; one check alone, worst %3 ms; "
                                 "idle event loop (floor) worst %4 ms")
                      .arg(bench::join(lagTogether, 2))
                      .arg(bench::maximum(lagTogether), 0, 'f', 2)
                      .arg(bench::maximum(lagAlone), 0, 'f', 2)
                      .arg(bench::maximum(idle), 0, 'f', 2));

    for (DelayedHttpsServer* s : servers)
        QMetaObject::invokeMethod(
            s, [s] { delete s; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
