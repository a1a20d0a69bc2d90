// Where the wizard's start-up time goes (a diagnostic for bench_startup, not a figure): the
// application object, the wizard with its seven pages, show(), and the first page exposed and idle,
// in one process, offscreen; then each page built again on its own (warm) to see which costs most, and
// what the Start page is made of (its widgets by class: with the text in them, they are most of the cost).
//
//   startup_phases

#include "pages/DispatcherPage.h"
#include "pages/GatewayPage.h"
#include "net/HostResolver.h"
#include "net/NetworkContext.h"
#include "pages/NewFeaturesPage.h"
#include "pages/PaApplicationPage.h"
#include "pages/ProvisioningPage.h"
#include "net/SecretStore.h"
#include "session/Session.h"
#include "pages/SignOffPage.h"
#include "pages/StartPage.h"
#include "pages/UpgradeWizard.h"

#include <QApplication>
#include <QMap>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <functional>

using namespace o365;

namespace
{

double msOf(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer total;
    total.start();
    std::unique_ptr<QApplication> app;
    const double appMs = msOf([&] { app = std::make_unique<QApplication>(argc, argv); });
    QLoggingCategory::setFilterRules(QStringLiteral("o365.*=false"));
    Session session;
    MemorySecretStore secrets;
    NetworkContext net;
    net.resolver = HostResolver::system();
    net.secrets = &secrets;
    std::unique_ptr<UpgradeWizard> wizard;
    const double wizardMs = msOf([&] { wizard = std::make_unique<UpgradeWizard>(&session, &net); });
    const double showMs = msOf([&] { wizard->show(); });
    QElapsedTimer idle;
    idle.start();
    QTimer poll;
    poll.setInterval(0);
    bool exposed = false;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!exposed && wizard->windowHandle() && wizard->windowHandle()->isExposed()) {
            exposed = true;
            QTimer::singleShot(0, [&] { app->quit(); });
        }
    });
    poll.start();
    app->exec();
    const double idleMs = idle.nsecsElapsed() / 1e6;
    std::printf("QApplication %.1f ms; UpgradeWizard (7 pages) %.1f ms; show() %.1f ms; to exposed+idle %.1f ms; "
                "total in main %.1f ms\n",
                appMs, wizardMs, showMs, idleMs, total.nsecsElapsed() / 1e6);
    std::printf(
        "each page again (warm): Start %.1f, Gateway %.1f, Dispatcher %.1f, Provisioning %.1f, "
        "PA Application %.1f, New Features %.1f, Sign-off %.1f ms\n",
        msOf([&] { delete new StartPage(&session, &net); }), msOf([&] { delete new GatewayPage(&session, &net); }),
        msOf([&] { delete new DispatcherPage(&session, &net); }),
        msOf([&] { delete new ProvisioningPage(&session, &net); }),
        msOf([&] { delete new PaApplicationPage(&session, &net); }),
        msOf([&] { delete new NewFeaturesPage(&session); }), msOf([&] { delete new SignOffPage(&session, &net); }));
    {
        QWidget* start = wizard->page(UpgradeWizard::Page_Start);
        const QList<QWidget*> all = start->findChildren<QWidget*>();
        int visible = 0;
        QMap<QString, int> byClass;
        for (QWidget* w : all) {
            if (w->isVisibleTo(start)) {
                ++visible;
                byClass[QString::fromLatin1(w->metaObject()->className())]++;
            }
        }
        std::printf("Start page: %d widgets, %d of them shown:", int(all.size()), visible);
        for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
            std::printf(" %s %d", qPrintable(it.key()), it.value());
        std::printf("\n");
    }
    wizard.reset();
    return 0;
}
