// The Gateway and Callbacks-Dispatcher stages asserted from their StageDefinition alone (no
// widgets, no network): which checks a session gives, which steps they decide, what starts the
// validation, the commands offered, and how URLs for MOSI Connector read from PA fill step 1e.

#include "checks/Check.h"
#include "kb/ProcedureCatalogue.h"
#include "net/HostResolver.h"
#include "net/NetworkContext.h"
#include "procedure/Procedure.h"
#include "session/Session.h"
#include "stages/dispatcher/DispatcherStage.h"
#include "stages/gateway/GatewayStage.h"

#include <QtTest>

#include <memory>

using namespace o365;

namespace {

const QString kScope = QStringLiteral("gateway/gw1");
const QString kUrl = QStringLiteral("https://gw.example.com/O365Gateway/HTTPEndpoint.aspx");

// "id step phase" per check, in the order the stage creates them.
QStringList describe(const QList<Check*>& checks)
{
    QStringList out;
    for (Check* c : checks)
        out << QStringLiteral("%1 %2 %3").arg(c->id(), c->spec().stepId, toString(c->spec().phase));
    qDeleteAll(checks);
    return out;
}

const GatewayStage& gateway() { return Procedure::instance().gateway(); }
const DispatcherStage& dispatcher() { return Procedure::instance().dispatcher(); }

} // namespace

class TestGatewayStage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whatTheStageDecides();
    void checksFollowTheSession();
    void urlParsedByTheStage();
    void setupCommand();
    void scopesPerApplication();
    void fillMosiUrls();
    void dispatcherStepEight();
};

void TestGatewayStage::whatTheStageDecides()
{
    const QStringList checked = {QStringLiteral("gateway.1f"), QStringLiteral("gateway.1g"),
                                 QStringLiteral("gateway.4"), QStringLiteral("gateway.6b"),
                                 QStringLiteral("gateway.7e")};
    for (const Step& step : gateway().stage().steps) {
        QCOMPARE(gateway().checksStep(step.id), checked.contains(step.id));
        QCOMPARE(gateway().startsValidation(step.id), step.id == QLatin1String("gateway.7e"));
        QCOMPARE(gateway().hasCommand(step.id),
                 step.id == QLatin1String("gateway.4") || step.id == QLatin1String("gateway.7e"));
        QVERIFY(!gateway().mayFallBackToManual(step.id));
    }
    // Every step the stage names is one of the KB's.
    for (const QString& id : checked)
        QVERIFY2(ProcedureCatalogue::instance().step(id), qPrintable(id));
    QVERIFY(&Procedure::instance().stageOf(QStringLiteral("gateway.7e")) == &gateway());
    QVERIFY(Procedure::instance().checkedStageKeys().contains(QStringLiteral("gateway")));
}

void TestGatewayStage::checksFollowTheSession()
{
    Session s;
    // Without network access only what the session itself says is checked.
    QCOMPARE(describe(gateway().createChecks(s, kScope, nullptr, nullptr)),
             (QStringList{QStringLiteral("gateway.mosiUrl gateway.1f before"),
                          QStringLiteral("gateway.iis gateway.4 before")}));
    StaticHostResolver resolver;
    NetworkContext net;
    net.resolver = &resolver;
    const QStringList beforeOnly = {QStringLiteral("gateway.mosiUrl gateway.1f before"),
                                    QStringLiteral("gateway.iis gateway.4 before"),
                                    QStringLiteral("gateway.dns gateway.1g before"),
                                    QStringLiteral("gateway.svc gateway.6b before")};
    QCOMPARE(describe(gateway().createChecks(s, kScope, &net, nullptr)), beforeOnly);
    // 7e confirmed without a usable URL: nothing to validate yet.
    s.setConfirmed(kScope, QStringLiteral("gateway.7e"), true);
    QCOMPARE(describe(gateway().createChecks(s, kScope, &net, nullptr)), beforeOnly);
    // With the URL: both endpoints are probed again after setup.ps1.
    s.setValue(kScope, GatewayStage::mosiUrlStep(), GatewayStage::mosiUrlKey(), kUrl);
    const QStringList withValidation = beforeOnly + QStringList{QStringLiteral("gateway.endpointAfter gateway.7e after"),
                                                                 QStringLiteral("gateway.svcAfter gateway.7e after")};
    QCOMPARE(describe(gateway().createChecks(s, kScope, &net, nullptr)), withValidation);
}

void TestGatewayStage::urlParsedByTheStage()
{
    Session s;
    QVERIFY(!gateway().mosiUrl(s, kScope).ok());
    s.setValue(kScope, GatewayStage::mosiUrlStep(), GatewayStage::mosiUrlKey(), kUrl);
    const GatewayUrl u = gateway().mosiUrl(s, kScope);
    QVERIFY(u.ok());
    QCOMPARE(u.host, QStringLiteral("gw.example.com"));
    QCOMPARE(u.application, QStringLiteral("O365Gateway"));
    // The dispatcher's URL is a different rule: the gateway's endpoint file is not one of its.
    QVERIFY(gateway().inputError(ApplicationStage::ipAddressKey(), QStringLiteral("203.0.113")).contains("203.0.113"));
    QVERIFY(gateway().inputError(ApplicationStage::siteIpKey(), QStringLiteral("2001:db8::10")).isEmpty());
    QVERIFY(!gateway().inputError(ApplicationStage::siteNameKey(), QStringLiteral("a\nb")).isEmpty());
}

void TestGatewayStage::setupCommand()
{
    Session s;
    const QString step = QStringLiteral("gateway.7e");
    StepCommand c = gateway().commandFor(step, s, kScope);
    QVERIFY(c.text.isEmpty());
    QCOMPARE(c.errors.size(), 3); // the URL (1e), the site name and its address (4)
    QVERIFY2(c.errors.first().contains(QStringLiteral("1e")), qPrintable(c.errors.first()));

    s.setValue(kScope, GatewayStage::mosiUrlStep(), GatewayStage::mosiUrlKey(), kUrl);
    s.setValue(kScope, QStringLiteral("gateway.4"), ApplicationStage::siteNameKey(), QStringLiteral("Default Web Site"));
    s.setValue(kScope, QStringLiteral("gateway.4"), ApplicationStage::siteIpKey(), QStringLiteral("203.0.113.10"));
    c = gateway().commandFor(step, s, kScope);
    QVERIFY2(c.errors.isEmpty(), qPrintable(c.errors.join(QLatin1Char(' '))));
    QCOMPARE(c.text, QStringLiteral(".\\setup.ps1 -SiteName 'Default Web Site' -IPAddress '203.0.113.10' "
                                    "-GatewayAppName 'O365Gateway'"));
    // Step 4 offers the read-only IIS inventory.
    QVERIFY(gateway().commandFor(QStringLiteral("gateway.4"), s, kScope).text.contains(QStringLiteral("Get-")));
    QVERIFY(gateway().commandFor(QStringLiteral("gateway.2"), s, kScope).text.isEmpty());
}

void TestGatewayStage::scopesPerApplication()
{
    Session s;
    QCOMPARE(gateway().scopes(s), QStringList{kScope});
    const QString second = s.addGatewayApplication();
    QCOMPARE(gateway().scopes(s), (QStringList{kScope, Session::gatewayScope(second)}));
    QCOMPARE(dispatcher().scopes(s), QStringList{QStringLiteral("dispatcher")});
}

void TestGatewayStage::fillMosiUrls()
{
    Session s;
    const QString second = Session::gatewayScope(s.addGatewayApplication());
    const QString third = Session::gatewayScope(s.addGatewayApplication());
    s.setValue(kScope, GatewayStage::mosiUrlStep(), GatewayStage::mosiUrlKey(), kUrl);
    QVERIFY(gateway().anyMosiUrlEmpty(s));
    PaMosiUrlLookup::Answer answer;
    const QString other = QStringLiteral("https://gw2.example.com/O365Gateway/HTTPEndpoint.aspx");
    answer.found = {{7, kUrl}, {9, other}};
    const QList<GatewayStage::Filled> filled = gateway().fillMosiUrls(&s, answer);
    // The URL already entered is not given twice; the third application stays empty.
    QCOMPARE(filled.size(), 1);
    QCOMPARE(filled.first().instanceId, 9);
    QCOMPARE(Session::gatewayScope(filled.first().gatewayId), second);
    QCOMPARE(gateway().urlText(s, second), other);
    QVERIFY(s.record(second, GatewayStage::mosiUrlStep()).note.contains(QStringLiteral("#9")));
    QVERIFY(gateway().urlText(s, third).isEmpty());
    QVERIFY(gateway().anyMosiUrlEmpty(s));
    // Read again: nothing new, the note is not repeated.
    QVERIFY(gateway().fillMosiUrls(&s, answer).isEmpty());
    QCOMPARE(s.record(second, GatewayStage::mosiUrlStep()).note.count(QStringLiteral("#9")), 1);
}

void TestGatewayStage::dispatcherStepEight()
{
    Session s;
    const QString scope = QStringLiteral("dispatcher");
    const Step* copy = ProcedureCatalogue::instance().step(QStringLiteral("dispatcher.8c"));
    QVERIFY(copy);
    // Without a URL nobody knows yet whether step 8 is needed.
    QVERIFY(dispatcher().notApplicableReason(*copy, s, scope).isEmpty());
    s.setValue(scope, QStringLiteral("dispatcher.1a"), QStringLiteral("dispatcherUrl"),
               QStringLiteral("https://d.example.com/Office365/"));
    QVERIFY(!dispatcher().notApplicableReason(*copy, s, scope).isEmpty());
    s.setValue(scope, QStringLiteral("dispatcher.1a"), QStringLiteral("dispatcherUrl"),
               QStringLiteral("https://d.example.com/Office365/Notify.aspx"));
    QVERIFY(dispatcher().notApplicableReason(*copy, s, scope).isEmpty());
    QVERIFY(dispatcher().startsValidation(QStringLiteral("dispatcher.8c")));

    StaticHostResolver resolver;
    NetworkContext net;
    net.resolver = &resolver;
    s.setConfirmed(scope, QStringLiteral("dispatcher.8c"), true);
    const QStringList ids = describe(dispatcher().createChecks(s, scope, &net, nullptr));
    QVERIFY2(ids.contains(QStringLiteral("dispatcher.copyAfter dispatcher.8c after")), qPrintable(ids.join(", ")));
    QVERIFY2(!ids.contains(QStringLiteral("dispatcher.svcAfter dispatcher.7e after")), qPrintable(ids.join(", ")));
}

QTEST_GUILESS_MAIN(TestGatewayStage)
#include "tst_gatewaystage.moc"
