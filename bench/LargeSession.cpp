#include "LargeSession.h"

#include "session/CheckResult.h"
#include "kb/ProcedureCatalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace o365;

namespace bench
{

namespace
{

CheckResult checkResultFor(const Step& step, const QString& host, const QDateTime& at, int i)
{
    CheckResult r;
    r.checkId = step.id + QStringLiteral(".probe");
    r.stepId = step.id;
    r.severity = CheckSeverity::Blocking;
    r.phase = CheckPhase::Before;
    r.status = CheckStatus::Passed;
    r.startedAt = at;
    r.durationMs = 180 + i % 300;
    const QString url = QStringLiteral("https://%1/O365Gateway/SubscriptionEvents.svc").arg(host);
    r.message = QStringLiteral("%1 answered HTTP 200 with the service page; the certificate is trusted and matches "
                               "the host.")
                    .arg(url);
    r.detail = QStringLiteral("GET %1 -> 200; server: Microsoft-IIS/10.0; 1 redirect followed").arg(url);
    r.evidence = QJsonObject{
        {QStringLiteral("url"), url},
        {QStringLiteral("httpStatus"), 200},
        {QStringLiteral("redirects"), QJsonArray{url + QStringLiteral("/")}},
        {QStringLiteral("bodyExcerpt"),
         QStringLiteral("<html><head><title>SubscriptionEvents Service</title></head><body><p class=\"heading1\">"
                        "SubscriptionEvents Service</p><p>You have created a service.</p></body></html>")},
        {QStringLiteral("tls"),
         QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=%1, O=Contoso Hosting, C=NL").arg(host)},
                     {QStringLiteral("issuer"), QStringLiteral("CN=Contoso Issuing CA 02, O=Contoso Hosting, C=NL")},
                     {QStringLiteral("sha256"),
                      QStringLiteral("3F:0A:6C:1E:9B:2D:4A:5F:8E:7C:6B:5A:49:38:27:16:05:1F:2E:3D:4C:5B:6A:79:88:77:66:"
                                     "55:44:33:22:%1")
                          .arg(i % 100, 2, 10, QLatin1Char('0'))},
                     {QStringLiteral("notBefore"), QStringLiteral("2026-01-01T00:00:00Z")},
                     {QStringLiteral("notAfter"), QStringLiteral("2027-03-01T00:00:00Z")},
                     {QStringLiteral("daysLeft"), 97},
                     {QStringLiteral("hostMatches"), true},
                     {QStringLiteral("selfSigned"), false}}},
    };
    return r;
}

QString noteFor(const Step& step, int i)
{
    return QStringLiteral("Step %1 done together with the customer's administrator (change CHG-%2); screenshot "
                          "attached to the case. Output checked line by line, nothing unexpected; <b>not</b> HTML & "
                          "\"quoted\" text stays text.")
        .arg(step.id)
        .arg(40000 + i);
}

} // namespace

LargeSession LargeSession::make(int gateways)
{
    LargeSession t;
    t.clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone(3600)));
    t.session = std::make_unique<Session>(t.clock.get());
    Session& s = *t.session;
    ManualClock& c = *t.clock;
    s.setField(Session::fieldCustomer(), QStringLiteral("Contoso Hosting <EU> & Partners"));
    s.setField(Session::fieldCase(), QStringLiteral("CASE-117222/8"));
    s.setField(Session::fieldEngineer(), QStringLiteral("Alice Example"));
    s.setField(Session::fieldPaVersion(), QStringLiteral("5.5"));
    s.setField(Session::fieldInstalledVersion(), QStringLiteral("2.0"));
    s.setField(Session::fieldTargetVersion(), QStringLiteral("4.1"));
    s.setField(Session::fieldTopology(), Session::topologySeparate());
    s.setField(Session::fieldSyncScript(), QStringLiteral("yes"));
    s.setField(Session::fieldPackageFile(), QStringLiteral("Office365-4.1-103.app.zip"));
    s.setField(Session::fieldPackageSha256(),
               QStringLiteral("3f0a6c1e9b2d4a5f8e7c6b5a49382716051f2e3d4c5b6a798877665544332211"));
    s.setField(Session::fieldPackageVersion(), QStringLiteral("4.1-103"));
    QStringList gatewayIds = {QStringLiteral("gw1")};
    while (gatewayIds.size() < gateways)
        gatewayIds << s.addGatewayApplication();
    for (qsizetype g = 0; g < gatewayIds.size(); ++g)
        s.setGatewayLabel(gatewayIds[g], QStringLiteral("O365Gateway-%1").arg(g + 1));

    const ProcedureCatalogue& catalogue = ProcedureCatalogue::instance();
    int i = 0;
    for (const Stage& stage : catalogue.stages()) {
        QList<QPair<QString, QString>> scopes; // scope, host
        if (stage.perGatewayApplication) {
            for (qsizetype g = 0; g < gatewayIds.size(); ++g)
                scopes.append(
                    {Session::gatewayScope(gatewayIds[g]), QStringLiteral("gw%1.contoso.example").arg(g + 1)});
        } else {
            scopes.append({stage.key, QStringLiteral("%1.contoso.example").arg(stage.key)});
        }
        for (const auto& [scope, host] : scopes) {
            for (const Step& step : stage.steps) {
                if (!step.needsAction())
                    continue;
                c.advanceMs(20000);
                ++i;
                if (step.kind == StepKind::Input) {
                    for (const StepInput& input : step.inputs)
                        s.setValue(scope, step.id, input.key,
                                   input.multiline
                                       ? QStringLiteral("SITE \"Default Web Site\" (id:1,bindings:https/*:"
                                                        "443:,state:Started)\nAPP \"Default Web Site/"
                                                        "O365Gateway\" (applicationPool:O365Gateway)")
                                       : QStringLiteral("https://%1/O365Gateway/HTTPEndpoint.aspx").arg(host));
                } else if (step.kind == StepKind::AutomatedCheck) {
                    s.setCheckResult(scope, step.id, checkResultFor(step, host, c.now(), i));
                }
                s.setConfirmed(scope, step.id, true);
                s.setNote(scope, step.id, noteFor(step, i));
                ++t.rows;
            }
        }
    }
    for (const FeatureRow& row :
         catalogue.featuresBetween(s.field(Session::fieldInstalledVersion()), s.field(Session::fieldTargetVersion()))) {
        c.advanceMs(20000);
        s.setConfirmed(QStringLiteral("features"), row.id, true);
        s.setNote(QStringLiteral("features"), row.id, QStringLiteral("Deployed with the customer's offers."));
        ++t.rows;
    }
    s.acceptCertificate(QStringLiteral("gw2.contoso.example"), QStringLiteral("AB:CD:EF:01:23:45:67:89"),
                        QStringLiteral("CN=gw2.contoso.example"),
                        {QStringLiteral("self-signed certificate"), QStringLiteral("issuer not trusted")});
    c.advanceMs(60000);
    s.setConfirmed(QStringLiteral("signoff"), QStringLiteral("signoff.confirm"), true);
    s.setNote(QStringLiteral("signoff"), QStringLiteral("signoff.confirm"),
              QStringLiteral("Reviewed with the customer."));
    return t;
}

} // namespace bench
