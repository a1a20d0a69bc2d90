// The PA API's answers judged above the XML-RPC decoder: the PA checks (version, instances before
// and after, autoprovisioning, the Empty Service Set) and the MOSI URL reader call a loopback PA
// that answers with fuzzed XML-RPC bodies — the input split at "\n--8<--\n", one body per call in
// order, the last one again for later calls — each sent as HTTP 200 with its Content-Length.
// Invariants: every check ends once, with a message; the password, and its Basic-credential form,
// appear in no result; a check passes or fails only on an answer it could read (some body decoded to
// a non-fault struct); the MOSI reader either found a URL or says to enter it by hand.

#include "FuzzCommon.h"
#include "FuzzServer.h"

#include "checks/Check.h"
#include "paapi/PaMosiUrlReader.h"
#include "paapi/XmlRpc.h"
#include "stages/paapp/PaAutoprovisioningCheck.h"
#include "stages/paapp/PaEmptyServiceSetCheck.h"
#include "stages/paapp/PaInstancesCheck.h"
#include "stages/start/PaApiVersionCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <memory>

using namespace o365;

namespace
{

const QString kPassword = QStringLiteral("Fuzz-Pa55word!");

QByteArray http200(const QByteArray& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Some body is an XML-RPC answer a check could read: a struct that is not a fault.
bool someBodyReadable(const QList<QByteArray>& bodies)
{
    for (const QByteArray& b : bodies) {
        const XmlRpc::Response r = XmlRpc::decodeResponse(b);
        if (r.valid && !r.isFault && r.value.typeId() == QMetaType::QVariantMap)
            return true;
    }
    return false;
}

void assertNoSecret(const QByteArray& text)
{
    static const QByteArray basic = (QStringLiteral("fuzz-login:") + kPassword).toUtf8().toBase64();
    FUZZ_ASSERT(!text.contains(kPassword.toUtf8()));
    FUZZ_ASSERT(!text.contains(basic));
}

void runCheck(fuzz::FuzzServer& server, const QList<QByteArray>& responses, const QList<QByteArray>& bodies,
              Check* check)
{
    std::unique_ptr<Check> owned(check);
    server.serve(responses);
    int finished = 0;
    CheckResult result;
    QObject::connect(check, &Check::finished, [&](const CheckResult& r) {
        ++finished;
        result = r;
    });
    check->start();
    FUZZ_ASSERT(fuzz::runUntil([&] { return finished > 0; }, 60000));
    QCoreApplication::processEvents(); // deliver anything late: a second finish would show
    fuzz::trace(QStringLiteral("%1: %2 %3").arg(result.checkId, toString(result.status), result.message));
    FUZZ_ASSERT(finished == 1);
    FUZZ_ASSERT(!result.message.isEmpty());
    assertNoSecret(QJsonDocument(result.toJson()).toJson());
    if (result.status == CheckStatus::Passed || result.status == CheckStatus::Failed)
        FUZZ_ASSERT(someBodyReadable(bodies));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 128 * 1024)
        return 0;
    static fuzz::FuzzServer* server = [] {
        auto* s = new fuzz::FuzzServer;
        FUZZ_ASSERT(s->listenLoopback());
        return s;
    }();
    const QList<QByteArray> bodies =
        fuzz::splitParts(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    QList<QByteArray> responses;
    for (const QByteArray& b : bodies)
        responses << http200(b);

    PaApiConfig config;
    config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/RPC2").arg(server->serverPort()));
    config.login = QStringLiteral("fuzz-login");
    config.password = kPassword;
    config.timeoutMs = 5000;
    const NetworkContext net;
    runCheck(*server, responses, bodies, new PaApiVersionCheck(config, net, QStringLiteral("5.4")));
    runCheck(*server, responses, bodies,
             new PaInstancesCheck(PaInstancesCheck::Mode::Before, config, net, 7, QStringLiteral("4.5.1")));
    runCheck(*server, responses, bodies,
             new PaInstancesCheck(PaInstancesCheck::Mode::After, config, net, 7, QStringLiteral("4.5.1")));
    runCheck(*server, responses, bodies, new PaAutoprovisioningCheck(config, net, 7));
    runCheck(*server, responses, bodies, new PaEmptyServiceSetCheck(config, net, true));

    server->serve(responses);
    PaMosiUrlReader reader(config, net);
    int answers = 0;
    PaMosiUrlReader::Answer answer;
    reader.read(3, [&](const PaMosiUrlReader::Answer& a) {
        ++answers;
        answer = a;
    });
    FUZZ_ASSERT(fuzz::runUntil([&] { return answers > 0; }, 60000));
    FUZZ_ASSERT(answers == 1);
    FUZZ_ASSERT(!answer.message.isEmpty());
    FUZZ_ASSERT(answer.found != answer.manual);
    FUZZ_ASSERT(!answer.found || !answer.url.isEmpty());
    assertNoSecret(answer.message.toUtf8());
    return 0;
}
