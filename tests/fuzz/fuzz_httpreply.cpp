// What the wizard makes of a server's raw HTTP answer: the bytes after the first are whole HTTP
// responses (status line, headers, body) written on loopback connections as they are — the input
// split at "\n--8<--\n", one per connection in order (a redirect's next hop gets the next one), the
// last one again — to (first byte even) a PA API call over plain http, or (odd) the HTTPS probe of
// a gateway's SubscriptionEvents.svc, over TLS with a lab certificate the probe trusts.
// Invariants: the call ends with exactly one callback and the probe with one result, each with a
// message; the password and its Basic-credential form appear in neither; a PA answer is Ok only
// when a 200 came, and the probe passes only on a 200 it was sent.

#include "FuzzCommon.h"
#include "FuzzServer.h"

#include "checks/HttpsProbeCheck.h"
#include "net/HostResolver.h"
#include "paapi/PaApiClient.h"
#include "training/LabCertificateAuthority.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <memory>

using namespace o365;

namespace
{

const QString kPassword = QStringLiteral("Fuzz-Pa55word!");
const QString kHost = QStringLiteral("gw.fuzz.example");

void assertNoSecret(const QByteArray& text)
{
    static const QByteArray basic = (QStringLiteral("fuzz-login:") + kPassword).toUtf8().toBase64();
    FUZZ_ASSERT(!text.contains(kPassword.toUtf8()));
    FUZZ_ASSERT(!text.contains(basic));
}

// A response the server wrote began with an HTTP 200 status line.
bool served200(const QList<QByteArray>& served)
{
    // Qt reads any "HTTP/d.d" version (a fuzzed "HTTP/0.1 200 OK" is a 200 to it, and to the server).
    static const QRegularExpression ok(QStringLiteral("^HTTP/[0-9]\\.[0-9] +200"));
    for (const QByteArray& r : served)
        if (ok.match(QString::fromLatin1(r.left(16))).hasMatch())
            return true;
    return false;
}

struct Tls {
    LabCertificateAuthority ca;
    LabCertificateAuthority::Issued leaf;
};

Tls* tls()
{
    static Tls* t = [] {
        auto* made = new Tls;
        QString error;
        FUZZ_ASSERT(made->ca.create(QStringLiteral("Fuzz CA"), &error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        made->leaf = made->ca.issue({kHost}, now.addDays(-1), now.addDays(200), &error);
        FUZZ_ASSERT(!made->leaf.certificate.isNull());
        return made;
    }();
    return t;
}

void paApiCall(fuzz::FuzzServer& server)
{
    PaApiConfig config;
    config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/RPC2").arg(server.serverPort()));
    config.login = QStringLiteral("fuzz-login");
    config.password = kPassword;
    config.timeoutMs = 5000;
    PaApiClient client(config, NetworkContext());
    int calls = 0;
    PaApiClient::Result result;
    client.call(QStringLiteral("pem.statistics.getStatisticsReport"), {}, [&](const PaApiClient::Result& r) {
        ++calls;
        result = r;
    });
    FUZZ_ASSERT(fuzz::runUntil([&] { return calls > 0; }, 60000));
    QCoreApplication::processEvents();
    fuzz::trace(QStringLiteral("PA API: %1 %2").arg(PaApiClient::outcomeName(result.outcome), result.message));
    FUZZ_ASSERT(calls == 1);
    FUZZ_ASSERT(result.ok() || !result.message.isEmpty());
    assertNoSecret(result.message.toUtf8() + result.detail.toUtf8() + result.moduleId.toUtf8() +
                   QJsonDocument(result.evidence()).toJson());
    if (result.ok())
        FUZZ_ASSERT(served200(server.served()));
}

void httpsProbe(fuzz::FuzzServer& server)
{
    StaticHostResolver resolver;
    resolver.addHost(kHost, {QHostAddress(QHostAddress::LocalHost)});
    resolver.addPortMapping(kHost, 443, server.serverPort());
    NetworkContext net;
    net.resolver = &resolver;
    net.extraCaCertificates = {tls()->ca.certificate()};
    Check::Spec spec;
    spec.id = QStringLiteral("fuzz.probe");
    spec.stepId = QStringLiteral("fuzz.step");
    spec.timeoutMs = 5000;
    HttpsProbeCheck probe(spec, QUrl(QStringLiteral("https://%1/O365Gateway/SubscriptionEvents.svc").arg(kHost)),
                          HttpsProbeCheck::Expect::WcfService, net);
    int finished = 0;
    CheckResult result;
    QObject::connect(&probe, &Check::finished, [&](const CheckResult& r) {
        ++finished;
        result = r;
    });
    probe.start();
    FUZZ_ASSERT(fuzz::runUntil([&] { return finished > 0; }, 60000));
    QCoreApplication::processEvents();
    fuzz::trace(QStringLiteral("probe: %1 %2").arg(toString(result.status), result.message));
    FUZZ_ASSERT(finished == 1);
    FUZZ_ASSERT(!result.message.isEmpty());
    const QJsonObject evidence = result.evidence;
    FUZZ_ASSERT(evidence.value(QStringLiteral("bodyExcerpt")).toString().size() <= HttpsProbeCheck::ExcerptChars);
    if (result.status == CheckStatus::Passed)
        FUZZ_ASSERT(served200(server.served()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1 || size > 128 * 1024)
        return 0;
    static fuzz::FuzzServer* plain = [] {
        auto* s = new fuzz::FuzzServer;
        FUZZ_ASSERT(s->listenLoopback());
        return s;
    }();
    static fuzz::FuzzServer* secure = [] {
        auto* s = new fuzz::FuzzServer(tls()->leaf.certificate, tls()->leaf.key);
        FUZZ_ASSERT(s->listenLoopback());
        return s;
    }();
    const QList<QByteArray> responses =
        fuzz::splitParts(QByteArray(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1)));
    if (data[0] % 2 == 0) {
        plain->serve(responses);
        paApiCall(*plain);
    } else {
        secure->serve(responses);
        httpsProbe(*secure);
    }
    return 0;
}
