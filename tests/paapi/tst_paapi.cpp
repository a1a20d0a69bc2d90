// The PA public API client and the PA checks against a real XML-RPC peer on loopback:
// tests/support/fake_pa_api.py (Python's xmlrpc.server), one process per scenario.

#include "paapi/PaApiAnswer.h"
#include "paapi/PaApiClient.h"
#include "paapi/PaApiParse.h"
#include "paapi/PaCredentials.h"
#include "paapi/PaMosiUrlReader.h"
#include "core/SessionLog.h"
#include "stages/paapp/PaAutoprovisioningCheck.h"
#include "stages/paapp/PaEmptyServiceSetCheck.h"
#include "stages/paapp/PaInstancesCheck.h"
#include "stages/start/PaApiVersionCheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace o365;

Q_DECLARE_METATYPE(o365::CheckStatus)

namespace QTest
{
template <> char* toString(const o365::PaApiClient::Outcome& o)
{
    return qstrdup(qPrintable(o365::PaApiClient::outcomeName(o)));
}
} // namespace QTest

namespace
{

const QString Login = QStringLiteral("api-admin");
const QString Canary = QStringLiteral("Canary-pw-7f3a9c");
const QString ZeroGuid = QStringLiteral("00000000-0000-0000-0000-000000000000");

// fake_pa_api.py, started for one scenario; killed when this goes.
class FakePa
{
public:
    explicit FakePa(QJsonObject scenario, const QStringList& extraArgs = {})
    {
        scenario.insert(QStringLiteral("login"), Login);
        if (!scenario.contains(QStringLiteral("password")))
            scenario.insert(QStringLiteral("password"), Canary);
        const QString file = m_dir.filePath(QStringLiteral("scenario.json"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(scenario).toJson()) < 0)
            qFatal("cannot write the scenario file");
        f.close();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("python3"),
                        QStringList{QStringLiteral(FAKE_PA_API), QStringLiteral("--scenario"), file} + extraArgs);
        // Test code may block here: wait for the port line.
        if (!m_process.waitForStarted(10000))
            qFatal("python3 did not start");
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(10000);
        const QByteArray line = m_process.readLine().trimmed();
        m_port = line.toInt();
        if (m_port <= 0)
            qFatal("fake_pa_api.py printed no port: %s %s", line.constData(),
                   m_process.readAllStandardError().constData());
    }
    ~FakePa()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port() const { return m_port; }
    QUrl url(const QString& path = QStringLiteral("/RPC2")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    PaApiConfig config(int timeoutMs = 5000) const
    {
        PaApiConfig c;
        c.endpoint = url();
        c.login = Login;
        c.password = Canary;
        c.timeoutMs = timeoutMs;
        return c;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

QJsonObject json(const char* text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text), &e);
    if (d.isNull())
        qFatal("bad test JSON: %s", qPrintable(e.errorString()));
    return d.object();
}

// Instances of application 7: #11 and #12.
QJsonObject instancesScenario(const char* v11, const char* s11, const char* v12, const char* s12)
{
    QJsonObject s = json(R"({"apps": {"7": [11, 12]}})");
    s.insert(QStringLiteral("instances"),
             QJsonObject{{QStringLiteral("11"), QJsonObject{{QStringLiteral("package_version"), QLatin1String(v11)},
                                                            {QStringLiteral("status"), QLatin1String(s11)},
                                                            {QStringLiteral("rt_id"), 301}}},
                         {QStringLiteral("12"), QJsonObject{{QStringLiteral("package_version"), QLatin1String(v12)},
                                                            {QStringLiteral("status"), QLatin1String(s12)},
                                                            {QStringLiteral("rt_id"), 302}}}});
    return s;
}

} // namespace

class TestPaApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognisers_data();
    void recognisers();

    void callOk();
    void badLogin();
    void hostNotAllowed();
    void connectionReset();
    void errorEnvelope();
    void fault();
    void unknownMethodFault();
    void unknownMethodStatus();
    void methodExists();
    void apiErrorStatus();
    void slowReplyTimesOut();
    void malformedReply();
    void oversizedReply();
    void endlessReply_data();
    void endlessReply();
    void connectionRefused();
    void wrongPath();
    void notConfigured();
    void passwordNeverInMessages();
    void basicCredentialNeverShown_data();
    void basicCredentialNeverShown();
    void plainHttpNeedsAgreement_data();
    void plainHttpNeedsAgreement();
    void plainHttpRefusedSendsNothing();
    void plainHttpAgreedIsUsed();
    void wrappedCheckLoggedOnce();
    void destroyWithPendingCall();

    void versionCheck_data();
    void versionCheck();
    void versionCheckFallbacks_data();
    void versionCheckFallbacks();
    void instancesBefore();
    void instancesAfter_data();
    void instancesAfter();
    void instancesFallbacks();
    void autoprovisioning_data();
    void autoprovisioning();
    void emptyServiceSet_data();
    void emptyServiceSet();
    void mosiUrlReader();
    void checkSurvivesSlowPeer();

private:
    PaApiClient::Result callAndWait(const PaApiConfig& config, const QString& method, const QVariantMap& params = {});
    CheckResult runCheck(Check* check, int timeoutMs = 15000);
    void assertNoSecret(const QString& text);
    void assertNoSecret(const PaApiClient::Result& r);
    void assertNoSecret(const CheckResult& r);
};

PaApiClient::Result TestPaApi::callAndWait(const PaApiConfig& config, const QString& method, const QVariantMap& params)
{
    PaApiClient client(config, NetworkContext{});
    std::optional<PaApiClient::Result> result;
    int calls = 0;
    client.call(method, params, [&](const PaApiClient::Result& r) {
        result = r;
        ++calls;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
    QTest::qWait(50); // a second callback would show here
    [&] { QCOMPARE(calls, 1); }();
    assertNoSecret(result.value_or(PaApiClient::Result{}));
    return result.value_or(PaApiClient::Result{});
}

CheckResult TestPaApi::runCheck(Check* check, int timeoutMs)
{
    QSignalSpy spy(check, &Check::finished);
    check->start();
    if (spy.isEmpty())
        [&] { QVERIFY(spy.wait(timeoutMs)); }();
    QTest::qWait(20);
    [&] { QCOMPARE(spy.size(), 1); }();
    const CheckResult r = check->result();
    assertNoSecret(r);
    return r;
}

void TestPaApi::assertNoSecret(const QString& text)
{
    QVERIFY2(!text.contains(Canary), qPrintable(text));
}

void TestPaApi::assertNoSecret(const PaApiClient::Result& r)
{
    assertNoSecret(r.message);
    assertNoSecret(r.detail);
    assertNoSecret(QString::fromUtf8(QJsonDocument(r.evidence()).toJson()));
}

void TestPaApi::assertNoSecret(const CheckResult& r)
{
    assertNoSecret(QString::fromUtf8(QJsonDocument(r.toJson()).toJson()));
    QVERIFY(!r.message.isEmpty());
}

// ---- the client ------------------------------------------------------------------------

void TestPaApi::recognisers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hostNotAllowed");
    QTest::addColumn<bool>("unknownMethod");
    QTest::newRow("fake peer") << "Access denied: host 127.0.0.1 is not allowed to use the public API" << true << false;
    QTest::newRow("host not allowed") << "Host 10.1.2.3 not allowed" << true << false;
    QTest::newRow("allowed hosts") << "The request did not come from one of the allowed hosts" << true << false;
    QTest::newRow("ip access denied") << "IP address 10.0.0.1: access denied" << true << false;
    QTest::newRow("python unknown") << "method \"pem.x\" is not supported" << false << true;
    QTest::newRow("pa unknown") << "Unknown method pem.x" << false << true;
    QTest::newRow("not found") << "Method pem.APS.foo not found" << false << true;
    QTest::newRow("no such method") << "No such method: pem.x" << false << true;
    QTest::newRow("object not found") << "Application instance 12 not found" << false << false;
    QTest::newRow("method failed") << "Method failed: account 5 not found" << false << false;
    QTest::newRow("plain error") << "Internal error" << false << false;
    QTest::newRow("login denied") << "Access denied" << false << false;
}

void TestPaApi::recognisers()
{
    QFETCH(QString, text);
    QFETCH(bool, hostNotAllowed);
    QFETCH(bool, unknownMethod);
    QCOMPARE(PaApiAnswer::saysHostNotAllowed(text), hostNotAllowed);
    QCOMPARE(PaApiAnswer::saysUnknownMethod(text), unknownMethod);
}

void TestPaApi::callOk()
{
    FakePa pa(json(R"({"version": "5.4.7"})"));
    const PaApiClient::Result r =
        callAndWait(pa.config(), QStringLiteral("pem.statistics.getStatisticsReport"),
                    {{QStringLiteral("reports"),
                      QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("poaVersion")}}}}});
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.method, QStringLiteral("pem.statistics.getStatisticsReport"));
    const QVariantList list = r.result.toList();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toMap().value(QStringLiteral("value")).toString(), QStringLiteral("5.4.7"));
}

void TestPaApi::badLogin()
{
    FakePa pa(json(R"({"password": "another-password"})"));
    const PaApiClient::Result r = callAndWait(pa.config(), QStringLiteral("pem.statistics.getStatisticsReport"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::BadLogin);
    QCOMPARE(r.httpStatus, 401);
    QVERIFY2(r.message.contains(Login) && r.message.contains(QLatin1String("HTTP 401")), qPrintable(r.message));
    QVERIFY(!r.unknownMethod);
}

void TestPaApi::hostNotAllowed()
{
    FakePa pa(json(R"({"mode": "host-not-allowed"})"));
    const PaApiClient::Result r = callAndWait(pa.config(), QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::HostNotAllowed);
    QCOMPARE(r.status, -1);
    QCOMPARE(r.moduleId, QStringLiteral("PEM"));
    QVERIFY2(r.message.contains(QLatin1String("is not allowed to use the public API")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("Public API's Allowed Networks")) &&
                 r.message.contains(QLatin1String("KB 121937")),
             qPrintable(r.message));
}

// A caller outside the Public API's Allowed Networks sees the connection reset, not an HTTP 403
// (CloudBlue KB 121937): the message names that, both menu paths, the KB, and http vs https second.
void TestPaApi::connectionReset()
{
    FakePa pa(json(R"({"mode": "reset"})"));
    const PaApiClient::Result r = callAndWait(pa.config(), QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::HostNotAllowed);
    for (const char* part : {"closed the connection", "probably not in the Public API's Allowed Networks",
                             "Top > System Director > Public API Manager > Allowed Networks",
                             "System > Settings > Public API", "Only from allowed networks", "KB 121937",
                             "http where PA expects https"})
        QVERIFY2(r.message.contains(QLatin1String(part)), qPrintable(part + (": " + r.message)));
}

// PA's error envelope: extype_id is the code (error_code only where it is missing), module_id and
// properties.reason are shown.
void TestPaApi::errorEnvelope()
{
    FakePa pa(json(R"({"results": {
        "pem.APS.getApplicationInstance": {"status": -1, "extype_id": 17, "module_id": "APS",
            "error_message": "Object not found", "properties": {"reason": "instance 999 was removed"}},
        "pem.APS.getApplicationInstances": {"status": 1, "error_code": 5, "module_id": "PEM",
            "error_message": "Database is locked"},
        "pem.getResourceTypesByClass": {"result": []}}})"));
    const PaApiClient::Result r = callAndWait(pa.config(), QStringLiteral("pem.APS.getApplicationInstance"),
                                              {{QStringLiteral("application_instance_id"), 999}});
    QCOMPARE(r.outcome, PaApiClient::Outcome::ApiError);
    QCOMPARE(r.status, -1);
    QCOMPARE(r.errorCode, 17);
    QCOMPARE(r.moduleId, QStringLiteral("APS"));
    QCOMPARE(r.reason, QStringLiteral("instance 999 was removed"));
    QVERIFY2(r.message.contains(QLatin1String("module APS, extype_id 17")) &&
                 r.message.contains(QLatin1String("Object not found (instance 999 was removed)")),
             qPrintable(r.message));
    QVERIFY2(r.detail.contains(QLatin1String("extype_id 17")) && r.detail.contains(QLatin1String("reason instance 999")),
             qPrintable(r.detail));
    QCOMPARE(r.evidence().value(QStringLiteral("reason")).toString(), QStringLiteral("instance 999 was removed"));

    const PaApiClient::Result legacy = callAndWait(pa.config(), QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(legacy.outcome, PaApiClient::Outcome::ApiError);
    QCOMPARE(legacy.errorCode, 5);
    QVERIFY2(legacy.message.contains(QLatin1String("error_code 5")), qPrintable(legacy.message));

    // No status at all is not PA's shape: never taken for a success.
    const PaApiClient::Result bare = callAndWait(pa.config(), QStringLiteral("pem.getResourceTypesByClass"));
    QCOMPARE(bare.outcome, PaApiClient::Outcome::BadReply);
    QVERIFY2(bare.message.contains(QLatin1String("Unexpected answer from pem.getResourceTypesByClass")) &&
                 bare.message.contains(QLatin1String("fields present: result")),
             qPrintable(bare.message));
}

void TestPaApi::fault()
{
    FakePa pa(json(R"({"mode": "fault"})"));
    const PaApiClient::Result r = callAndWait(pa.config(), QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::Fault);
    QCOMPARE(r.errorCode, 42);
    QVERIFY2(r.message.contains(QLatin1String("the database is locked")), qPrintable(r.message));
    QVERIFY(!r.unknownMethod);
}

void TestPaApi::unknownMethodFault()
{
    FakePa pa(QJsonObject{});
    const PaApiClient::Result r = callAndWait(pa.config(), QStringLiteral("pem.noSuchThing"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::UnknownMethod);
    QVERIFY(r.unknownMethod);
    QVERIFY2(r.message.contains(QLatin1String("pem.noSuchThing")) &&
                 r.message.contains(QLatin1String("Confirm this step by hand")),
             qPrintable(r.message));
}

void TestPaApi::unknownMethodStatus()
{
    FakePa pa(json(R"({"mode": "unknown-method-status"})"));
    const PaApiClient::Result r = callAndWait(pa.config(), QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::UnknownMethod);
    QVERIFY(r.unknownMethod);
}

void TestPaApi::methodExists()
{
    FakePa pa(json(R"({"unknownMethods": ["pem.getResourceTypesByClass"]})"));
    PaApiClient client(pa.config(), NetworkContext{});
    std::optional<PaApiClient::Result> known, unknown;
    client.methodExists(QStringLiteral("pem.APS.getApplicationInstances"), [&](const auto& r) { known = r; });
    client.methodExists(QStringLiteral("pem.getResourceTypesByClass"), [&](const auto& r) { unknown = r; });
    QTRY_VERIFY_WITH_TIMEOUT(known && unknown, 10000);
    QVERIFY2(known->ok(), qPrintable(known->message));
    QCOMPARE(known->result, QVariant(true));
    QCOMPARE(unknown->outcome, PaApiClient::Outcome::UnknownMethod);
    QVERIFY(unknown->unknownMethod);
    QVERIFY2(unknown->message.contains(QLatin1String("pem.getResourceTypesByClass")), qPrintable(unknown->message));
}

void TestPaApi::apiErrorStatus()
{
    FakePa pa(QJsonObject{});
    const PaApiClient::Result r = callAndWait(pa.config(), QStringLiteral("pem.APS.getApplicationInstance"),
                                              {{QStringLiteral("application_instance_id"), 999}});
    QCOMPARE(r.outcome, PaApiClient::Outcome::ApiError);
    QCOMPARE(r.status, -1);
    QCOMPARE(r.errorCode, 3);
    QCOMPARE(r.moduleId, QStringLiteral("APS"));
    QVERIFY2(r.message.contains(QLatin1String("Application instance 999 not found")) &&
                 r.message.contains(QLatin1String("module APS")),
             qPrintable(r.message));
    QVERIFY(!r.unknownMethod);
}

void TestPaApi::slowReplyTimesOut()
{
    FakePa pa(json(R"({"mode": "slow", "slowSeconds": 4})"));
    const PaApiClient::Result r = callAndWait(pa.config(500), QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::Timeout);
    QVERIFY2(r.message.contains(QLatin1String("within 0.5 seconds")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("took the call")), qPrintable(r.message)); // connected, no answer
    QVERIFY(r.elapsedMs < 3000);
}

void TestPaApi::malformedReply()
{
    FakePa pa(json(R"({"mode": "malformed"})"));
    const PaApiClient::Result r = callAndWait(pa.config(), QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::BadReply);
    QVERIFY2(r.message.contains(QLatin1String("not a valid XML-RPC reply")) &&
                 r.message.contains(QLatin1String("Confirm this step by hand")),
             qPrintable(r.message));
}

void TestPaApi::oversizedReply()
{
    FakePa pa(json(R"({"mode": "oversized"})"));
    const PaApiClient::Result r = callAndWait(pa.config(10000), QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::BadReply);
    QVERIFY2(r.message.contains(QLatin1String("more than 8 MiB")), qPrintable(r.message));
}

void TestPaApi::endlessReply_data()
{
    QTest::addColumn<bool>("declared");
    QTest::addColumn<qint64>("maxSent");
    // Declared over the cap: refused from the headers, before the body is taken. Not declared:
    // taken up to the cap and no further (plus what the socket buffers hold).
    QTest::newRow("declares 1 GiB") << true << qint64(4) * 1024 * 1024;
    QTest::newRow("no length") << false << qint64(12) * 1024 * 1024;
}

void TestPaApi::endlessReply()
{
    QFETCH(bool, declared);
    QFETCH(qint64, maxSent);
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("sent.txt"));
    QJsonObject scenario = json(R"({"mode": "endless"})");
    scenario.insert(QStringLiteral("sentLog"), log);
    if (declared)
        scenario.insert(QStringLiteral("declaredLength"), double(1024LL * 1024 * 1024));
    FakePa pa(scenario);
    const PaApiClient::Result r = callAndWait(pa.config(30000), QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::BadReply);
    QVERIFY2(r.message.contains(QLatin1String("more than 8 MiB")), qPrintable(r.message));
    // The peer notices the closed connection at its next write and logs what it sent.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(log), 10000);
    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const qint64 sent = f.readAll().trimmed().toLongLong();
    QVERIFY2(sent < maxSent, qPrintable(QStringLiteral("the peer wrote %1 bytes before the client went away").arg(sent)));
}

void TestPaApi::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    PaApiConfig c;
    c.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/RPC2").arg(port));
    c.login = Login;
    c.password = Canary;
    const PaApiClient::Result r = callAndWait(c, QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::ConnectionRefused);
    QVERIFY2(r.message.contains(QLatin1String("refused the connection")) && r.message.contains(QLatin1String("8440")),
             qPrintable(r.message));
}

void TestPaApi::wrongPath()
{
    FakePa pa(QJsonObject{});
    PaApiConfig c = pa.config();
    c.endpoint = pa.url(QStringLiteral("/api"));
    const PaApiClient::Result r = callAndWait(c, QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::HttpError);
    QCOMPARE(r.httpStatus, 404);
    QVERIFY2(r.message.contains(QLatin1String("/RPC2")), qPrintable(r.message));
}

void TestPaApi::notConfigured()
{
    PaApiClient client(PaApiConfig{}, NetworkContext{});
    bool called = false;
    PaApiClient::Result result;
    client.call(QStringLiteral("pem.x"), {}, [&](const PaApiClient::Result& r) {
        called = true;
        result = r;
    });
    QVERIFY(!called); // always from a later event-loop turn
    QTRY_VERIFY(called);
    QCOMPARE(result.outcome, PaApiClient::Outcome::NotConfigured);
    QVERIFY2(result.message.contains(QLatin1String("confirm by hand")), qPrintable(result.message));
}

void TestPaApi::passwordNeverInMessages()
{
    // A server that echoes the password in its error text: the client scrubs it.
    FakePa pa(json(R"({"mode": "leaky-error"})"));
    const PaApiClient::Result r = callAndWait(pa.config(), QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::ApiError);
    QVERIFY2(r.message.contains(QLatin1String("********")), qPrintable(r.message));
    assertNoSecret(r);
    // Credentials in the endpoint URL are dropped, never sent or shown.
    PaApiConfig c = pa.config();
    QUrl withUser = c.endpoint;
    withUser.setUserName(QStringLiteral("someone"));
    withUser.setPassword(Canary);
    c.endpoint = withUser;
    PaApiClient client(c, NetworkContext{});
    QVERIFY(!client.config().endpoint.toString().contains(Canary));
}

// A server that quotes the request's headers back (in an error text, or in a result a check may
// quote): the base64 of login:password is as good as the password and is scrubbed like it.
void TestPaApi::basicCredentialNeverShown_data()
{
    QTest::addColumn<QString>("echoIn");
    QTest::newRow("error message") << QStringLiteral("error");
    QTest::newRow("result") << QStringLiteral("result");
}

void TestPaApi::basicCredentialNeverShown()
{
    QFETCH(QString, echoIn);
    QJsonObject scenario = json(R"({"mode": "echo-auth"})");
    scenario.insert(QStringLiteral("echoAuthIn"), echoIn);
    FakePa pa(scenario);
    const QByteArray basic = (Login + QLatin1Char(':') + Canary).toUtf8().toBase64();
    const PaApiClient::Result r = callAndWait(pa.config(), QStringLiteral("pem.APS.getApplicationInstances"));
    const QString all = r.message + r.detail + QString::fromUtf8(QJsonDocument(r.evidence()).toJson()) +
                        QString::fromUtf8(QJsonDocument::fromVariant(r.result).toJson());
    QVERIFY2(all.contains(QLatin1String("Basic ********")), qPrintable(all)); // the peer did echo it
    QVERIFY2(!all.contains(QString::fromLatin1(basic)), qPrintable(all));
    QVERIFY(!SessionLog::redact(QString::fromLatin1(basic)).contains(QString::fromLatin1(basic)));
    assertNoSecret(r);
}

void TestPaApi::plainHttpNeedsAgreement_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("inClear");
    QTest::newRow("https") << QStringLiteral("https://pa.example.com:8440/RPC2") << false;
    QTest::newRow("http to a host") << QStringLiteral("http://pa.example.com:8440/RPC2") << true;
    QTest::newRow("HTTP upper case") << QStringLiteral("HTTP://pa.example.com:8440/RPC2") << true;
    QTest::newRow("http to an address") << QStringLiteral("http://10.0.0.5:8440/RPC2") << true;
    QTest::newRow("http to IPv6") << QStringLiteral("http://[2001:db8::5]:8440/RPC2") << true;
    QTest::newRow("ssh tunnel, 127.0.0.1") << QStringLiteral("http://127.0.0.1:8440/RPC2") << false;
    QTest::newRow("ssh tunnel, 127.0.0.2") << QStringLiteral("http://127.0.0.2:8440/RPC2") << false;
    QTest::newRow("ssh tunnel, ::1") << QStringLiteral("http://[::1]:8440/RPC2") << false;
    QTest::newRow("ssh tunnel, localhost") << QStringLiteral("http://LocalHost:8440/RPC2") << false;
}

void TestPaApi::plainHttpNeedsAgreement()
{
    QFETCH(QString, url);
    QFETCH(bool, inClear);
    PaApiConfig c;
    c.endpoint = QUrl(url);
    c.login = Login;
    QCOMPARE(c.sendsPasswordInClear(), inClear);
    QCOMPARE(c.plainHttpRefused(), inClear);
    QCOMPARE(PaApiClient::plainHttpWarning(c).isEmpty(), !inClear);
    c.plainHttpAcknowledged = true;
    QVERIFY(!c.plainHttpRefused());
    if (inClear)
        QVERIFY2(PaApiClient::plainHttpWarning(c).contains(QLatin1String("You agreed")),
                 qPrintable(PaApiClient::plainHttpWarning(c)));
}

// http:// to another machine without the engineer's word: nothing is sent, not even a connection.
// On Linux 0.0.0.0 connects to this machine, but it is not a loopback name, so it stands for a
// remote PA while reaching the fake one.
void TestPaApi::plainHttpRefusedSendsNothing()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    PaApiConfig c;
    c.endpoint = QUrl(QStringLiteral("http://0.0.0.0:%1/RPC2").arg(listener.serverPort()));
    c.login = Login;
    c.password = Canary;
    const PaApiClient::Result r = callAndWait(c, QStringLiteral("pem.APS.getApplicationInstances"));
    QCOMPARE(r.outcome, PaApiClient::Outcome::PlainHttpRefused);
    QVERIFY2(r.message.contains(QLatin1String("plain http")) && r.message.contains(QLatin1String("https://0.0.0.0:8440")) &&
                 r.message.contains(QLatin1String("--allow-plain-http 0.0.0.0")),
             qPrintable(r.message));
    QTest::qWait(200);
    QVERIFY(!listener.hasPendingConnections());
    assertNoSecret(r);

    // The check built on it says so and falls back to a confirmation by hand.
    auto* check = new PaInstancesCheck(PaInstancesCheck::Mode::Before, c, NetworkContext{}, 7, QString());
    const CheckResult cr = runCheck(check);
    QCOMPARE(toString(cr.status), toString(CheckStatus::Skipped));
    QVERIFY2(cr.message.contains(QLatin1String("plain http")), qPrintable(cr.message));
    QCOMPARE(cr.evidence.value(QStringLiteral("plainHttp")).toString(), QStringLiteral("notAcknowledged"));
    QVERIFY(cr.evidence.value(QStringLiteral("manualFallback")).toBool());
    QVERIFY(!listener.hasPendingConnections());
}

void TestPaApi::plainHttpAgreedIsUsed()
{
    FakePa pa(json(R"({"apps": {"7": [11]}})"));
    PaApiConfig c = pa.config();
    c.endpoint = QUrl(QStringLiteral("http://0.0.0.0:%1/RPC2").arg(pa.port()));
    c.plainHttpAcknowledged = true;
    const PaApiClient::Result r = callAndWait(c, QStringLiteral("pem.APS.getApplicationInstances"), {{QStringLiteral("app_id"), 7}});
    QVERIFY2(r.ok(), qPrintable(r.message));
}

// A PA check runs inside PaCredentialedCheck under the same id: its result is logged once, by the
// outer check (it was written twice).
void TestPaApi::wrappedCheckLoggedOnce()
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("run.log"));
    QVERIFY(SessionLog::open(logPath));
    QVERIFY(SessionLog::setLevel(QStringLiteral("info")));
    PaApiConfig unconfigured; // the inner check ends at once: "not configured"
    auto credentials = std::make_shared<PaCredentials>(unconfigured, nullptr);
    const Check::Spec spec = PaInstancesCheck::defaultSpec(PaInstancesCheck::Mode::Before);
    auto* check = new PaCredentialedCheck(spec, credentials, [](const PaApiConfig& c) -> Check* {
        return new PaInstancesCheck(PaInstancesCheck::Mode::Before, c, NetworkContext{}, 7, QString());
    });
    const CheckResult r = runCheck(check);
    QCOMPARE(toString(r.status), toString(CheckStatus::Skipped));
    SessionLog::close();
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QCOMPARE(text.count(QByteArray(spec.id.toUtf8() + " skipped")), qsizetype(1));
}

void TestPaApi::destroyWithPendingCall()
{
    FakePa pa(json(R"({"mode": "slow", "slowSeconds": 2})"));
    bool called = false;
    {
        auto client = std::make_unique<PaApiClient>(pa.config(), NetworkContext{});
        client->call(QStringLiteral("pem.APS.getApplicationInstances"), {}, [&](const auto&) { called = true; });
        QTest::qWait(200);
    }
    QTest::qWait(300);
    QVERIFY(!called);
}

// ---- the checks ------------------------------------------------------------------------

void TestPaApi::versionCheck_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("where");
    const QString cep = QStringLiteral("result[0].value <ClientVersion>");
    QTest::newRow("5.4.4") << json(R"({"version": "5.4.4"})") << CheckStatus::Passed << "5.4.4" << cep;
    QTest::newRow("7.1") << json(R"({"version": "7.1"})") << CheckStatus::Passed << "7.1" << cep;
    QTest::newRow("5.4.3") << json(R"({"version": "5.4.3"})") << CheckStatus::Failed << "5.4.3" << cep;
    // An XML report under the old name: read its <ClientVersion>, never the "1.0" of <?xml version="1.0"
    // (which read as PA 1.0, "older than 5.4.4", before).
    QTest::newRow("xml, not 1.0") << json(R"({"results": {"pem.statistics.getStatisticsReport": {"status": 0,
                     "result": [{"name": "poaVersion", "value":
                       "<?xml version=\"1.0\"?><CEPReport><ClientVersion>oa-7.1-3</ClientVersion></CEPReport>"}]}}})")
                                  << CheckStatus::Passed << "7.1" << cep;
    // A PA without report-for-cep: the older report name, second.
    QTest::newRow("older PA") << json(R"J({"reportForCep": false, "version": "POA 5.4.10 (build 123)"})J")
                              << CheckStatus::Passed << "5.4.10" << "result[0].value";
    QTest::newRow("other shape") << json(R"({"results": {"pem.statistics.getStatisticsReport":
                     {"status": 0, "result": {"report": {"poa_version": "5.4.2"}}}}})")
                                 << CheckStatus::Failed << "5.4.2"
                                 << "result.report.poa_version";
    QTest::newRow("key poaVersion") << json(R"({"results": {"pem.statistics.getStatisticsReport":
                     {"status": 0, "result": [{"poaVersion": "6.0"}]}}})")
                                    << CheckStatus::Passed << "6.0"
                                    << "result[0].poaVersion";
}

void TestPaApi::versionCheck()
{
    QFETCH(QJsonObject, scenario);
    QFETCH(CheckStatus, status);
    QFETCH(QString, version);
    QFETCH(QString, where);
    FakePa pa(scenario);
    PaApiVersionCheck check(pa.config(), NetworkContext{});
    const CheckResult r = runCheck(&check);
    QVERIFY2(r.status == status, qPrintable(r.message));
    QCOMPARE(r.checkId, QStringLiteral("start.paVersionApi"));
    QCOMPARE(r.stepId, QStringLiteral("start.prerequisites"));
    QCOMPARE(r.evidence.value(QStringLiteral("paVersion")).toString(), version);
    QCOMPARE(r.evidence.value(QStringLiteral("foundAt")).toString(), where);
    QVERIFY2(r.message.contains(version) && r.message.contains(where), qPrintable(r.message));
    if (status == CheckStatus::Failed)
        QVERIFY2(r.message.contains(QLatin1String("Upgrade PA first")), qPrintable(r.message));
}

void TestPaApi::versionCheckFallbacks_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::addColumn<bool>("configured");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not configured") << QJsonObject{} << false << "not configured";
    QTest::newRow("no version in answer")
        << json(R"({"results": {"pem.statistics.getStatisticsReport": {"status": 0, "result": [{"name": "x"}]}}})")
        << true << "Unexpected answer from pem.statistics.getStatisticsReport: no PA version in either report";
    QTest::newRow("xml without ClientVersion")
        << json(R"({"results": {"pem.statistics.getStatisticsReport": {"status": 0, "result": [{"name": "report-for-cep",
              "value": "<?xml version=\"1.0\"?><CEPReport><Accounts>3</Accounts></CEPReport>"}]}}})")
        << true << "report-for-cep: result[0].value has no <ClientVersion> element";
    QTest::newRow("unknown method") << json(R"({"unknownMethods": ["pem.statistics.getStatisticsReport"]})") << true
                                    << "does not offer the API method pem.statistics.getStatisticsReport "
                                       "(system.listMethods does not list it)";
    QTest::newRow("unknown method, no listing")
        << json(R"({"unknownMethods": ["pem.statistics.getStatisticsReport"], "listMethods": false})") << true
        << "does not know the API method pem.statistics.getStatisticsReport";
    QTest::newRow("host not allowed") << json(R"({"mode": "host-not-allowed"})") << true << "Allowed Networks";
    QTest::newRow("bad login") << json(R"({"password": "other"})") << true << "HTTP 401";
    QTest::newRow("malformed") << json(R"({"mode": "malformed"})") << true << "not a valid XML-RPC reply";
}

void TestPaApi::versionCheckFallbacks()
{
    QFETCH(QJsonObject, scenario);
    QFETCH(bool, configured);
    QFETCH(QString, expected);
    FakePa pa(scenario);
    PaApiConfig c = pa.config();
    if (!configured)
        c.endpoint = QUrl();
    PaApiVersionCheck check(c, NetworkContext{});
    const CheckResult r = runCheck(&check);
    QCOMPARE(toString(r.status), toString(CheckStatus::Skipped));
    QVERIFY2(r.message.contains(expected), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("onfirm by hand")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("5.4.4")), qPrintable(r.message));
    if (QString::fromLatin1(QTest::currentDataTag()).startsWith(QLatin1String("unknown method")))
        QVERIFY(r.evidence.value(QStringLiteral("unknownMethod")).toBool());
}

void TestPaApi::instancesBefore()
{
    FakePa pa(instancesScenario("3.0", "Ready", "4.0-15", "Ready"));
    PaInstancesCheck check(PaInstancesCheck::Mode::Before, pa.config(), NetworkContext{}, 7, QStringLiteral("4.1"));
    const CheckResult r = runCheck(&check);
    QCOMPARE(toString(r.status), toString(CheckStatus::Passed));
    QCOMPARE(toString(r.phase), toString(CheckPhase::Before));
    QCOMPARE(r.stepId, QStringLiteral("paapp.3"));
    QVERIFY2(r.message.contains(QLatin1String("#11 3.0 (Ready)")) &&
                 r.message.contains(QLatin1String("#12 4.0-15 (Ready)")),
             qPrintable(r.message));
    const QJsonArray list = r.evidence.value(QStringLiteral("instances")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("packageVersion")).toString(), QStringLiteral("4.0-15"));

    // An instance already in trouble before the upgrade is a warning.
    FakePa busy(instancesScenario("3.0", "Upgrading", "4.0", "Ready"));
    PaInstancesCheck check2(PaInstancesCheck::Mode::Before, busy.config(), NetworkContext{}, 7, QString());
    const CheckResult r2 = runCheck(&check2);
    QCOMPARE(toString(r2.status), toString(CheckStatus::Warning));
    QVERIFY2(r2.message.contains(QLatin1String("let PA finish these before the bulk upgrade")),
             qPrintable(r2.message));
}

void TestPaApi::instancesAfter_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::addColumn<QString>("target");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all upgraded") << instancesScenario("4.1-103", "Ready", "4.1", "Ready") << "4.1"
                                  << CheckStatus::Passed << "All 2 instance(s) are at version 4.1";
    QTest::newRow("one behind") << instancesScenario("4.1", "Ready", "4.0", "Ready") << "4.1" << CheckStatus::Failed
                                << "not at version 4.1: #12 4.0 (Ready)";
    QTest::newRow("still upgrading") << instancesScenario("4.1", "Ready", "4.1", "Upgrading") << "4.1"
                                     << CheckStatus::Failed << "busy, wait until PA finishes and re-check: #12";
    // "Backing Up" passed before: the wizard knew only "upgrad…" and "provisioning" as busy.
    QTest::newRow("backing up") << instancesScenario("4.1", "Backing Up", "4.1", "Ready") << "4.1"
                                << CheckStatus::Failed << "busy, wait until PA finishes and re-check: #11 4.1 (Backing Up)";
    QTest::newRow("configuring service") << instancesScenario("4.1", "Ready", "4.1", "Configuring Service") << "4.1"
                                         << CheckStatus::Failed << "busy, wait until PA finishes and re-check: #12";
    QTest::newRow("disabled") << instancesScenario("4.1", "Disabled", "4.1", "Ready") << "4.1" << CheckStatus::Failed
                              << "not ready (Disabled): #11 4.1 (Disabled)";
    // There is no "Failed" state: an unknown one is no verdict.
    QTest::newRow("unexpected status") << instancesScenario("4.1", "Upgrade failed", "4.1", "Ready") << "4.1"
                                       << CheckStatus::Skipped
                                       << "Unexpected answer from pem.APS.getApplicationInstance: unexpected status "
                                          "'Upgrade failed' of #11";
    QTest::newRow("no target") << instancesScenario("4.1", "Ready", "4.1", "Ready") << "" << CheckStatus::Warning
                               << "package's version is not known";
    QTest::newRow("missing fields") << json(R"({"apps": {"7": [11]}, "instances": {"11": {"rt_id": 1}}})") << "4.1"
                                    << CheckStatus::Skipped
                                    << "Unexpected answer from pem.APS.getApplicationInstance: #11: it lacks "
                                       "package_version, status (fields present: application_instance_id, rt_id)";
    QTest::newRow("wrong type") << json(R"({"apps": {"7": [11]}, "instances": {"11": {"package_version": 4,
                                        "status": "Ready"}}})")
                                << "4.1" << CheckStatus::Skipped
                                << "#11: it lacks package_version (an integer, not a string)";
    QTest::newRow("no instances") << json(R"({"apps": {"7": []}})") << "4.1" << CheckStatus::Skipped
                                  << "no instances of application 7";
    QTest::newRow("odd list")
        << json(R"({"results": {"pem.APS.getApplicationInstances": {"status": 0, "result": [{"x": 1}]}}})") << "4.1"
        << CheckStatus::Skipped
        << "Unexpected answer from pem.APS.getApplicationInstances: it lacks application_instance_id of entry 0 "
           "(fields present: a list of 1 entries; the first has x)";
}

void TestPaApi::instancesAfter()
{
    QFETCH(QJsonObject, scenario);
    QFETCH(QString, target);
    QFETCH(CheckStatus, status);
    QFETCH(QString, expected);
    FakePa pa(scenario);
    PaInstancesCheck check(PaInstancesCheck::Mode::After, pa.config(), NetworkContext{}, 7, target);
    const CheckResult r = runCheck(&check);
    QVERIFY2(r.status == status, qPrintable(toString(r.status) + QStringLiteral(": ") + r.message));
    if (status == CheckStatus::Skipped)
        QVERIFY(r.evidence.value(QStringLiteral("manualFallback")).toBool());
    QCOMPARE(toString(r.phase), toString(CheckPhase::After));
    QCOMPARE(r.checkId, QStringLiteral("paapp.instancesAfter"));
    QVERIFY2(r.message.contains(expected), qPrintable(r.message));
}

void TestPaApi::instancesFallbacks()
{
    FakePa pa(instancesScenario("4.1", "Ready", "4.1", "Ready"));
    {
        PaInstancesCheck check(PaInstancesCheck::Mode::After, pa.config(), NetworkContext{}, 0, QStringLiteral("4.1"));
        const CheckResult r = runCheck(&check);
        QCOMPARE(toString(r.status), toString(CheckStatus::Skipped));
        QVERIFY2(r.message.contains(QLatin1String("Enter the ID")), qPrintable(r.message));
    }
    {
        // Application 8 does not exist: PA's error, and a manual fallback.
        PaInstancesCheck check(PaInstancesCheck::Mode::After, pa.config(), NetworkContext{}, 8, QStringLiteral("4.1"));
        const CheckResult r = runCheck(&check);
        QCOMPARE(toString(r.status), toString(CheckStatus::Skipped));
        QVERIFY2(r.message.contains(QLatin1String("Application 8 not found")) &&
                     r.message.contains(QLatin1String("Confirm by hand")),
                 qPrintable(r.message));
        QVERIFY(r.evidence.value(QStringLiteral("manualFallback")).toBool());
    }
    FakePa unknown(json(R"({"apps": {"7": [11]}, "unknownMethods": ["pem.APS.getApplicationInstance"]})"));
    {
        PaInstancesCheck check(PaInstancesCheck::Mode::After, unknown.config(), NetworkContext{}, 7,
                               QStringLiteral("4.1"));
        const CheckResult r = runCheck(&check);
        QCOMPARE(toString(r.status), toString(CheckStatus::Skipped));
        QVERIFY(r.evidence.value(QStringLiteral("unknownMethod")).toBool());
        QVERIFY2(r.message.contains(QLatin1String("pem.APS.getApplicationInstance")), qPrintable(r.message));
    }
}

namespace {

// Instances #11 and #12 of application 7, their service resource types (Administration 101/102,
// Mailbox 103), and one service template holding the resource types given, with act_params.
QJsonObject autoprovisioningScenario(const char* templateTypes, const char* serviceTypes = nullptr)
{
    QJsonObject s = json(R"({"apps": {"7": [11, 12]}})");
    s.insert(QStringLiteral("serviceResourceTypes"),
             QJsonDocument::fromJson(serviceTypes ? QByteArray(serviceTypes) : QByteArray(R"({
                 "11": [{"service_id": "Administration", "service_resource_type_id": 101,
                         "settings": [{"name": "autoprovide_service", "value": "1"}]}],
                 "12": [{"service_id": "Administration", "service_resource_type_id": 102, "settings": []},
                        {"service_id": "Mailbox", "service_resource_type_id": 103, "settings": []}]})"))
                 .object());
    const QByteArray templates = QByteArray(R"([{"st_id": 1, "name": "Office 365 Business", "resource_types": )") +
                                 templateTypes + "}]";
    s.insert(QStringLiteral("serviceTemplates"), QJsonDocument::fromJson(templates).array());
    return s;
}

QByteArray autoprovide(int id, const char* value)
{
    return QByteArray(R"({"resource_type_id": )") + QByteArray::number(id) +
           R"(, "resource_type_name": "O365 Administration", "act_params": [{"var_name": "service_id", "var_value": "Administration"}, {"var_name": "autoprovide_service", "var_value": ")" +
           value + R"("}]})";
}

} // namespace

void TestPaApi::autoprovisioning_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("expected");
    const QByteArray mailboxOff = autoprovide(103, "0");
    QTest::newRow("yes") << autoprovisioningScenario("[" + autoprovide(101, "1") + "," + autoprovide(102, "1") + "," +
                                                     mailboxOff + "]")
                         << CheckStatus::Passed << "resource type 101 (instance #11), resource type 102 (instance #12)";
    QTest::newRow("no") << autoprovisioningScenario("[" + autoprovide(101, "0") + "," + autoprovide(102, "1") + "]")
                        << CheckStatus::Failed << "not Yes for the \"Administration\" service in resource type 101";
    // The service's settings say 1, the activation parameter says 0: the activation parameter is what
    // Autoprovisioning is (this passed before, read from the settings).
    QTest::newRow("settings are not activation parameters")
        << autoprovisioningScenario("[" + autoprovide(101, "0") + "," + autoprovide(102, "0") + "]",
                                    R"({"11": [{"service_id": "Administration", "service_resource_type_id": 101,
                                               "settings": [{"name": "autoprovide_service", "value": "1"}]}],
                                        "12": [{"service_id": "Administration", "service_resource_type_id": 102,
                                               "settings": [{"name": "autoprovide_service", "value": "1"}]}]})")
        << CheckStatus::Failed << "resource type 101 (instance #11), resource type 102 (instance #12)";
    // service_id "" asks for every service, selected here case-insensitively: PA's own spelling
    // counts (the call for "Administration" found nothing before).
    QTest::newRow("every service asked for")
        << autoprovisioningScenario("[" + autoprovide(101, "1") + "]",
                                    R"({"11": [{"service_id": "administration", "service_resource_type_id": 101}],
                                        "12": []})")
        << CheckStatus::Passed << "resource type 101 (instance #11)";
    QTest::newRow("parameter missing")
        << autoprovisioningScenario(R"([{"resource_type_id": 101, "act_params": [{"var_name": "service_id",
                                        "var_value": "Administration"}]}, )" + autoprovide(102, "1") + "]")
        << CheckStatus::Skipped
        << "Unexpected answer from pem.getServiceTemplate: resource type 101 (instance #11) has no autoprovide_service "
           "among its activation parameters (service_id)";
    QTest::newRow("name/value parameters")
        << autoprovisioningScenario(R"([{"resource_type_id": 101, "act_params": [{"name": "autoprovide_service",
                                        "value": "1"}]}])")
        << CheckStatus::Skipped << "var_name and var_value of act_params entry 0 of resource type 101";
    QTest::newRow("odd value") << autoprovisioningScenario("[" + autoprovide(101, "yes") + "," + autoprovide(102, "1") + "]")
                               << CheckStatus::Skipped << "autoprovide_service = \"yes\", neither \"1\" nor \"0\"";
    QTest::newRow("in no template") << autoprovisioningScenario("[" + autoprovide(102, "1") + "]")
                                    << CheckStatus::Skipped
                                    << "resource type 101 (instance #11) is in no service template";
    QTest::newRow("no resource type") << json(R"({"apps": {"7": [11]}})") << CheckStatus::Skipped
                                      << "no resource type for the \"Administration\" service";
    QTest::newRow("entry without id")
        << autoprovisioningScenario("[]", R"({"11": [{"service_id": "Administration"}], "12": []})")
        << CheckStatus::Skipped
        << "Unexpected answer from pem.APS.getApplicationInstanceServiceResourceTypes: it lacks "
           "service_resource_type_id of entry 0 (instance #11)";
    QTest::newRow("unknown method")
        << json(R"({"apps": {"7": [11]}, "unknownMethods": ["pem.APS.getApplicationInstanceServiceResourceTypes"]})")
        << CheckStatus::Skipped << "Confirm by hand: in the 'Office 365 Application' resource types";
}

void TestPaApi::autoprovisioning()
{
    QFETCH(QJsonObject, scenario);
    QFETCH(CheckStatus, status);
    QFETCH(QString, expected);
    FakePa pa(scenario);
    PaAutoprovisioningCheck check(pa.config(), NetworkContext{}, 7);
    const CheckResult r = runCheck(&check);
    QVERIFY2(r.status == status, qPrintable(toString(r.status) + QStringLiteral(": ") + r.message));
    if (status == CheckStatus::Skipped)
        QVERIFY(r.evidence.value(QStringLiteral("manualFallback")).toBool());
    QCOMPARE(r.stepId, QStringLiteral("paapp.2"));
    QVERIFY2(r.message.contains(expected), qPrintable(r.message));
}

void TestPaApi::emptyServiceSet_data()
{
    QTest::addColumn<QJsonObject>("scenario");
    QTest::addColumn<bool>("syncScript");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("expected");
    const QJsonObject classTypes = json(R"({"resourceTypes": {"rc.saas.service": [
            {"resource_type_id": 5, "resource_type_name": "Office 365 Plan E3"},
            {"resource_type_id": 6, "resource_type_name": "Empty Service Set"}]}})");
    // The Empty Service Set as a template gives it with get_full_info: act_params [{var_name, var_value}]
    // (read as "not set" before, a wrong FAILED, when only {name, value} was understood).
    auto ess = [](const QString& included, const QString& trial) {
        return QStringLiteral(R"({"resource_type_id": 6, "resource_type_name": "Empty Service Set", "act_params": [
                   {"var_name": "included_offers", "var_value": "%1"}, {"var_name": "trial_offer_id", "var_value": "%2"}]})")
            .arg(included, trial);
    };
    const QString plan = QStringLiteral(R"({"resource_type_id": 5, "resource_type_name": "Office 365 Plan E3",
                                            "act_params": []})");
    // Service templates: "templates" is a JSON list with %ESS% and %PLAN% standing for the resource types.
    auto withTemplates = [&](const QString& templates, const QString& essType = QString()) {
        QJsonObject o = classTypes;
        QString t = templates;
        t.replace(QStringLiteral("%ESS%"), essType.isEmpty() ? ess(ZeroGuid, ZeroGuid) : essType);
        t.replace(QStringLiteral("%PLAN%"), plan);
        o.insert(QStringLiteral("serviceTemplates"), QJsonDocument::fromJson(t.toUtf8()).array());
        return o;
    };
    const QString everyTemplate = QStringLiteral(
        R"([{"st_id": 1, "name": "Office 365 Business", "resource_types": [%PLAN%, %ESS%]},
            {"st_id": 2, "name": "Office 365 Enterprise", "resource_types": [%ESS%]}])");
    QTest::newRow("set up, in every template")
        << withTemplates(everyTemplate) << true << CheckStatus::Passed
        << "\"Empty Service Set\" (6) has Included Offers and Trial Offer ID set to "
           "00000000-0000-0000-0000-000000000000 and is included in every service template: \"Office 365 Business\" "
           "(#1), \"Office 365 Enterprise\" (#2). Existing Office 365 subscriptions must be updated";
    QTest::newRow("set up, in some templates")
        << withTemplates(QStringLiteral(R"([{"st_id": 1, "name": "Office 365 Business", "resource_types": [%ESS%]},
                                            {"st_id": 3, "name": "Hosting", "resource_types": [{"resource_type_id": 9}]}])"))
        << true << CheckStatus::Skipped
        << "included in \"Office 365 Business\" (#1), but not in \"Hosting\" (#3). PA does not say which templates "
           "are the Office 365 ones. Confirm by hand: none of \"Hosting\" (#3) is an Office 365 service template";
    QTest::newRow("set up, in no template")
        << withTemplates(QStringLiteral(R"([{"st_id": 1, "name": "Office 365 Business", "resource_types": [%PLAN%]}])"))
        << true << CheckStatus::Failed
        << "\"Empty Service Set\" (6) is included in none of the 1 service template(s) (\"Office 365 Business\" (#1))";
    QTest::newRow("templates not readable")
        << classTypes << true << CheckStatus::Skipped
        << "Confirm by hand: the Empty Service Set resource type \"Empty Service Set\" (6) has Included Offers and "
           "Trial Offer ID set to 00000000-0000-0000-0000-000000000000, is included in every Office 365 service "
           "template";
    QTest::newRow("wrong trial") << withTemplates(everyTemplate, ess(ZeroGuid, QStringLiteral("1234"))) << true
                                 << CheckStatus::Failed << "Trial Offer ID is \"1234\"";
    QTest::newRow("parameter not there")
        << withTemplates(everyTemplate, QStringLiteral(R"({"resource_type_id": 6, "act_params": [
               {"var_name": "included_offers", "var_value": "00000000-0000-0000-0000-000000000000"}]})"))
        << true << CheckStatus::Failed << "Trial Offer ID is not among its activation parameters (included_offers)";
    QTest::newRow("no act_params in the template")
        << withTemplates(everyTemplate, QStringLiteral(R"({"resource_type_id": 6, "resource_type_name": "ESS"})"))
        << true << CheckStatus::Skipped
        << "Unexpected answer from pem.getServiceTemplate: it lacks act_params of resource type 6 in service template "
           "\"Office 365 Business\" (#1) (fields present: resource_type_id, resource_type_name)";
    // system.listMethods says which methods this PA has: one it leaves out is not called (it would
    // answer here), and the step falls back naming it. A PA that cannot list its methods is called as is.
    QJsonObject unlisted = withTemplates(everyTemplate);
    unlisted.insert(QStringLiteral("unlisted"), QJsonArray{QStringLiteral("pem.getServiceTemplate")});
    QTest::newRow("method not listed") << unlisted << true << CheckStatus::Skipped
                                       << "This PA does not offer the API method pem.getServiceTemplate "
                                          "(system.listMethods does not list it). Confirm by hand: the Empty Service Set";
    QJsonObject noListing = withTemplates(everyTemplate);
    noListing.insert(QStringLiteral("listMethods"), false);
    QTest::newRow("no method listing") << noListing << true << CheckStatus::Passed
                                       << "is included in every service template";
    QTest::newRow("not used") << withTemplates(everyTemplate) << false << CheckStatus::Skipped
                              << "synchronization script is not used";
    QTest::newRow("missing") << json(R"({"resourceTypes": {"rc.saas.service": [
            {"resource_type_id": 5, "resource_type_name": "Office 365 Plan E3"}]}})")
                             << true << CheckStatus::Failed << "There is no \"Empty Service Set\" resource type";
    // An entry without its name could be the Empty Service Set: no verdict (this FAILED before).
    QTest::newRow("nameless entry") << json(R"({"resourceTypes": {"rc.saas.service": [
            {"resource_type_id": 5, "resource_type_name": "Office 365 Plan E3"}, {"resource_type_id": 6}]}})")
                                    << true << CheckStatus::Skipped
                                    << "Unexpected answer from pem.getResourceTypesByClass: it lacks resource_type_name "
                                       "of entry 1";
    QTest::newRow("name of another type") << json(R"({"resourceTypes": {"rc.saas.service": [
            {"resource_type_id": 5, "resource_type_name": "Office 365 Plan E3"},
            {"resource_type_id": 6, "resource_type_name": 6}]}})")
                                          << true << CheckStatus::Skipped
                                          << "it lacks resource_type_name (an integer, not a string) of entry 1";
    QJsonObject badTemplateId = withTemplates(everyTemplate);
    badTemplateId.insert(QStringLiteral("results"),
                         json(R"({"pem.getServiceTemplateList": {"status": 0, "result": [{"st_id": "one", "name": "O365"}]}})"));
    QTest::newRow("template id of another type")
        << badTemplateId << true << CheckStatus::Skipped
        << "Unexpected answer from pem.getServiceTemplateList: it lacks st_id (a string, not a positive integer) of "
           "entry 0";
    QTest::newRow("empty class") << QJsonObject{} << true << CheckStatus::Skipped
                                 << "no resource types of class rc.saas.service";
    QTest::newRow("unknown method") << json(R"({"mode": "unknown-method"})") << true << CheckStatus::Skipped
                                    << "Confirm by hand: an \"Empty Service Set\"";
}

void TestPaApi::emptyServiceSet()
{
    QFETCH(QJsonObject, scenario);
    QFETCH(bool, syncScript);
    QFETCH(CheckStatus, status);
    QFETCH(QString, expected);
    FakePa pa(scenario);
    PaEmptyServiceSetCheck check(pa.config(), NetworkContext{}, syncScript);
    const CheckResult r = runCheck(&check);
    QVERIFY2(r.status == status, qPrintable(toString(r.status) + QStringLiteral(": ") + r.message));
    QCOMPARE(r.stepId, QStringLiteral("paapp.4"));
    QVERIFY2(r.message.contains(expected), qPrintable(r.message));
}

void TestPaApi::mosiUrlReader()
{
    FakePa pa(json(R"({"settings": {
            "11": [{"name": "Administrator's login", "value": "x"},
                   {"name": "URL for MOSI Connector", "value": "https://gw.example.com/O365/HTTPEndpoint.aspx"}],
            "12": [{"name": "other", "value": "y"}]}})"));
    PaMosiUrlReader reader(pa.config(), NetworkContext{});
    std::optional<PaMosiUrlReader::Answer> found, none, failed;
    reader.read(11, [&](const auto& a) { found = a; });
    reader.read(12, [&](const auto& a) { none = a; });
    QTRY_VERIFY_WITH_TIMEOUT(found && none, 10000);
    QVERIFY(found->found);
    QCOMPARE(found->url, QStringLiteral("https://gw.example.com/O365/HTTPEndpoint.aspx"));
    QCOMPARE(found->settings.size(), 2);
    QVERIFY(!none->found);
    QVERIFY(none->manual);
    QVERIFY2(none->message.contains(QLatin1String("by hand")), qPrintable(none->message));

    FakePa denied(json(R"({"mode": "host-not-allowed"})"));
    PaMosiUrlReader reader2(denied.config(), NetworkContext{});
    reader2.read(11, [&](const auto& a) { failed = a; });
    QTRY_VERIFY_WITH_TIMEOUT(failed.has_value(), 10000);
    QVERIFY(failed->manual);
    QVERIFY2(failed->message.contains(QLatin1String("Allowed Networks")), qPrintable(failed->message));
    assertNoSecret(failed->message);

    // Internal setting names are recognised too.
    QVERIFY(PaApiParse::mosiConnectorUrl({{QStringLiteral("mosi_connector_url"), QStringLiteral("https://a/b")}}));
    QVERIFY(!PaApiParse::mosiConnectorUrl({{QStringLiteral("mosi_connector_url"), QString()}}));
}

void TestPaApi::checkSurvivesSlowPeer()
{
    // The client's timeout comes first: a manual fallback with the timeout's message, and no
    // late second result when the slow answer arrives.
    FakePa pa(json(R"({"mode": "slow", "slowSeconds": 2, "apps": {"7": [11]}})"));
    PaInstancesCheck check(PaInstancesCheck::Mode::Before, pa.config(500), NetworkContext{}, 7, QString());
    QSignalSpy spy(&check, &Check::finished);
    const CheckResult r = runCheck(&check);
    QCOMPARE(toString(r.status), toString(CheckStatus::Skipped));
    QVERIFY2(r.message.contains(QLatin1String("within 0.5 seconds")) &&
                 r.message.contains(QLatin1String("confirm by hand: list the Office 365")),
             qPrintable(r.message));
    QTest::qWait(2500);
    QCOMPARE(spy.size(), 1);

    // Cancelled while a call is pending: Skipped "cancelled", nothing later.
    PaApiVersionCheck version(pa.config(5000), NetworkContext{});
    QSignalSpy spy2(&version, &Check::finished);
    version.start();
    QTest::qWait(100);
    version.cancel();
    QCOMPARE(spy2.size(), 1);
    QCOMPARE(toString(version.result().status), toString(CheckStatus::Skipped));
    QTest::qWait(2500);
    QCOMPARE(spy2.size(), 1);
}

QTEST_GUILESS_MAIN(TestPaApi)
#include "tst_paapi.moc"
