// page_screenshots OUT_DIR [WIDTHxHEIGHT]
// Fills a demo session (two gateway applications, one stopped at an override, a note),
// walks the wizard page by page and saves a PNG of each page: "look at the pages as a
// user would". Run under xvfb-run for the real xcb look (scripts/screenshots.sh), or
// offscreen (as the smoke test in CTest does).

#include "core/LanguageSetup.h"
#include "pages/DonePage.h"
#include "pages/GatewayPage.h"
#include "net/HostResolver.h"
#include "net/NetworkContext.h"
#include "session/Session.h"
#include "widgets/StepListWidget.h"
#include "pages/UpgradeWizard.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>
#include <QWizard>

#include <cstdio>

using namespace o365;

namespace {

void fillDemo(Session& s)
{
    s.setField(Session::fieldCustomer(), QStringLiteral("Contoso Hosting"));
    s.setField(Session::fieldCase(), QStringLiteral("CASE-117222"));
    s.setField(Session::fieldEngineer(), QStringLiteral("Alice Example"));
    s.setField(Session::fieldPaVersion(), QStringLiteral("5.5"));
    s.setField(Session::fieldInstalledVersion(), QStringLiteral("3.0"));
    s.setField(Session::fieldTargetVersion(), QStringLiteral("4.1"));
    const QString gw1 = Session::gatewayScope(QStringLiteral("gw1"));
    s.setValue(gw1, QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"),
               QStringLiteral("https://gw1.contoso.example/O365Gateway/HTTPEndpoint.aspx"));
    s.setValue(gw1, QStringLiteral("gateway.1g"), QStringLiteral("ipAddress"), QStringLiteral("203.0.113.10"));
    for (const char* id : {"gateway.1.important", "gateway.1a", "gateway.1b", "gateway.1c", "gateway.1d", "gateway.2"})
        s.setConfirmed(gw1, QString::fromLatin1(id), true);
    s.setOverride(gw1, QStringLiteral("gateway.3"), QStringLiteral("IIS Manager opened by the customer's admin"));
    s.setNote(gw1, QStringLiteral("gateway.2"), QStringLiteral("RDP through the customer's jump host"));
    const QString id2 = s.addGatewayApplication();
    s.setValue(Session::gatewayScope(id2), QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"),
               QStringLiteral("http://gw2.contoso.example/O365Gateway2/HTTPEndpoint.aspx"));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: page_screenshots OUT_DIR [WIDTHxHEIGHT [LANGUAGE]]\n");
        return 2;
    }
    const QString out = args.at(1);
    if (args.size() > 3 && !LanguageSetup::install(args.at(3))) {
        std::fprintf(stderr, "no translation for %s\n", qPrintable(args.at(3)));
        return 2;
    }
    QDir().mkpath(out);
    QSize size(1000, 760);
    if (args.size() > 2) {
        const QStringList wh = args.at(2).split(QLatin1Char('x'));
        if (wh.size() == 2)
            size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    }

    Session session;
    fillDemo(session);
    // No network in the screenshots: the checks that need it say so (the network checks
    // have their own tests against local servers).
    NetworkContext net;
    StaticHostResolver resolver;
    resolver.addFailure(QStringLiteral("gw1.contoso.example"), QHostInfo::HostNotFound,
                        QStringLiteral("Host gw1.contoso.example not found"));
    net.resolver = &resolver;
    net.httpTimeoutMs = 200;
    UpgradeWizard wizard(&session, &net);
    wizard.resize(size);
    wizard.show();

    int shots = 0;
    bool ok = true;
    auto grab = [&](const QString& name) {
        QApplication::processEvents();
        const QString file = QStringLiteral("%1/%2.png").arg(out, name);
        if (!wizard.grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            ok = false;
        }
        ++shots;
    };
    // Let each page's checks finish before the picture; then move on (forcing past pages
    // that are still incomplete, as the demo is deliberately unfinished).
    QTimer::singleShot(300, &app, [&] {
        grab(QStringLiteral("01-start"));
        wizard.next();
        QTimer::singleShot(400, &app, [&] {
            grab(QStringLiteral("02-gateway"));
            auto* gw = qobject_cast<GatewayPage*>(wizard.currentPage());
            gw->tabs()->setCurrentIndex(1);
            QTimer::singleShot(400, &app, [&] {
                grab(QStringLiteral("03-gateway-second-application"));
                const int ids[] = {UpgradeWizard::Page_Dispatcher, UpgradeWizard::Page_Provisioning,
                                   UpgradeWizard::Page_PaApplication, UpgradeWizard::Page_NewFeatures,
                                   UpgradeWizard::Page_SignOff};
                const char* names[] = {"04-dispatcher", "05-provisioning", "06-paapp", "07-features", "08-signoff"};
                for (int i = 0; i < 5; ++i) {
                    // QWizard has no "go to": start afresh at the page (a screenshot, not a walk).
                    wizard.setStartId(ids[i]);
                    wizard.restart();
                    grab(QString::fromLatin1(names[i]));
                }
                // After "Sign off and save the report": the Done page (a report that was not written: a picture).
                ReportExporter::Result report;
                report.baseName = QDir(out).filePath(QStringLiteral("o365-upgrade-Contoso-CASE-1234-20261208-101500"));
                report.jsonPath = report.baseName + QStringLiteral(".json");
                for (const char* ext : {".json", ".json.sig", ".pub.pem", ".html", ".pdf"})
                    report.files << report.baseName + QLatin1String(ext);
                report.seal.fingerprint = QStringLiteral("0C:CF:38:9F:7C:9F:B8:49:2F:25:DD:84:BD:32:10:AF:C5:69:61:68:43:"
                                                         "C3:39:55:14:84:FB:13:0A:A8:1F:0B");
                auto* done = qobject_cast<DonePage*>(wizard.page(UpgradeWizard::Page_Done));
                done->setReport(report);
                wizard.setStartId(UpgradeWizard::Page_Done);
                wizard.restart();
                grab(QStringLiteral("09-done"));
                // Esc before the sign-off: the question that keeps the work from being closed by accident.
                wizard.setStartId(UpgradeWizard::Page_Gateway);
                wizard.restart();
                wizard.reject();
                QApplication::processEvents();
                auto* question = wizard.findChild<QMessageBox*>(QStringLiteral("closeQuestion"));
                const QString file = QStringLiteral("%1/10-close-question.png").arg(out);
                if (!question || !question->grab().save(file)) {
                    std::fprintf(stderr, "no close question to picture (%s)\n", qPrintable(file));
                    ok = false;
                }
                ++shots;
                app.exit(ok && shots == 10 ? 0 : 1);
            });
        });
    });
    return app.exec();
}
