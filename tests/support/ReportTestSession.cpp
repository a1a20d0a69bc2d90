#include "ReportTestSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace o365;

QString ReportTestSession::failedMessage()
{
    return QStringLiteral("https://gw2.contoso.example/O365Gateway/Office365Gateway.svc answered HTTP 404 Not Found: "
                          "the Office 365 Gateway application is not deployed at this address. Check the "
                          "application name in IIS (step 4) and that step 6a was done, then run the check again.");
}

ReportTestSession ReportTestSession::make(bool training)
{
    ReportTestSession t;
    t.clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 24), QTime(13, 20, 1, 112), QTimeZone(3600)));
    t.session = std::make_unique<Session>(t.clock.get());
    Session& s = *t.session;
    ManualClock& c = *t.clock;
    s.setTraining(training);
    s.setField(Session::fieldCustomer(), QStringLiteral("Contoso Hosting <EU> & Partners"));
    s.setField(Session::fieldCase(), QStringLiteral("CASE-117222/7"));
    s.setField(Session::fieldEngineer(), QStringLiteral("Alice Example"));
    s.setField(Session::fieldPaVersion(), QStringLiteral("5.5"));
    s.setField(Session::fieldInstalledVersion(), QStringLiteral("3.0"));
    s.setField(Session::fieldTargetVersion(), QStringLiteral("4.1"));
    s.setField(Session::fieldTopology(), Session::topologySingle());
    s.setField(Session::fieldPackageFile(), QStringLiteral("Office365-4.1-103.app.zip"));
    s.setField(Session::fieldPackageSha256(),
               QStringLiteral("3f0a6c1e9b2d4a5f8e7c6b5a49382716051f2e3d4c5b6a798877665544332211"));
    s.setField(Session::fieldPackageVersion(), QStringLiteral("4.1-103"));
    const QString gw2 = s.addGatewayApplication();
    s.setGatewayLabel(QStringLiteral("gw1"), QStringLiteral("O365Gateway"));
    s.setGatewayLabel(gw2, QStringLiteral("O365Gateway-B"));

    for (const QString& id : {QStringLiteral("gw1"), gw2}) {
        const QString scope = Session::gatewayScope(id);
        const QString host =
            id == QLatin1String("gw1") ? QStringLiteral("gw1.contoso.example") : QStringLiteral("gw2.contoso.example");
        c.advanceMs(60000);
        s.setConfirmed(scope, QStringLiteral("gateway.1a"), true);
        s.setValue(scope, QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"),
                   QStringLiteral("https://%1/O365Gateway/HTTPEndpoint.aspx").arg(host));
        s.setValue(scope, QStringLiteral("gateway.1g"), QStringLiteral("ipAddress"), QStringLiteral("10.0.4.21"));
        c.advanceMs(30000);
        s.setConfirmed(scope, QStringLiteral("gateway.2"), true);
        s.setValue(scope, QStringLiteral("gateway.4"), QStringLiteral("iisOutput"),
                   QStringLiteral("SITE \"Default Web Site\" (id:1,bindings:https/*:443:,state:Started)\n"
                                  "APP \"Default Web Site/O365Gateway\" (applicationPool:O365Gateway)"));
        CheckResult r;
        r.checkId = QStringLiteral("gateway.svc");
        r.stepId = QStringLiteral("gateway.6b");
        r.severity = CheckSeverity::Blocking;
        r.phase = CheckPhase::Before;
        r.startedAt = c.now();
        r.durationMs = 412;
        const QString url = QStringLiteral("https://%1/O365Gateway/Office365Gateway.svc").arg(host);
        if (id == QLatin1String("gw1")) {
            r.status = CheckStatus::Passed;
            r.message = QStringLiteral("The service answered HTTP 200 with the service page.");
            r.evidence = QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("httpStatus"), 200}};
        } else {
            r.status = CheckStatus::Failed;
            r.message = failedMessage();
            r.detail = QStringLiteral("GET %1 → 404; server: Microsoft-IIS/10.0").arg(url);
            r.evidence = QJsonObject{
                {QStringLiteral("url"), url},
                {QStringLiteral("httpStatus"), 404},
                {QStringLiteral("bodyExcerpt"), QStringLiteral("<h2>404 - File or directory not found.</h2>")},
                {QStringLiteral("tls"),
                 QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=gw2.contoso.example")},
                             {QStringLiteral("sha256"), QStringLiteral("AB:CD:EF:01:23:45:67:89")},
                             {QStringLiteral("notAfter"), QStringLiteral("2027-03-01T00:00:00Z")},
                             {QStringLiteral("daysLeft"), 97},
                             {QStringLiteral("selfSigned"), true}}},
                {QStringLiteral("certificateException"), true},
            };
        }
        s.setCheckResult(scope, QStringLiteral("gateway.6b"), r);
    }
    c.advanceMs(45000);
    s.setOverride(Session::gatewayScope(gw2), QStringLiteral("gateway.3"),
                  QStringLiteral("IIS Manager opened by the customer's admin; screenshot in the case"));
    s.setNote(Session::gatewayScope(QStringLiteral("gw1")), QStringLiteral("gateway.2"),
              QStringLiteral("RDP through the customer's jump host <jump01> — see https://wiki.contoso.example/rdp"));
    s.acceptCertificate(QStringLiteral("gw2.contoso.example"), QStringLiteral("AB:CD:EF:01:23:45:67:89"),
                        QStringLiteral("CN=gw2.contoso.example"),
                        {QStringLiteral("self-signed certificate"), QStringLiteral("issuer not trusted")});
    s.acknowledgePlainHttp(QStringLiteral("pa.contoso.example"));
    c.advanceMs(120000);
    s.setConfirmed(QStringLiteral("provisioning"), QStringLiteral("provisioning.1"), true);
    s.setConfirmed(QStringLiteral("features"), QStringLiteral("features.4.0"), true);
    s.setOverride(QStringLiteral("features"), QStringLiteral("features.4.1"),
                  QStringLiteral("Customer deploys offers in the next maintenance window"));
    c.advanceMs(60000);
    s.setConfirmed(QStringLiteral("signoff"), QStringLiteral("signoff.confirm"), true);
    s.setNote(QStringLiteral("signoff"), QStringLiteral("signoff.confirm"),
              QStringLiteral("Upgrade reviewed with the customer."));
    return t;
}
