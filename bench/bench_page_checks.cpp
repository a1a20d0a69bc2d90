// Responsiveness of a real page while its checks run: the Gateway page of the training lab's
// happy path (TrainingLab: HTTPS hosts, resolver and PA API on 127.0.0.1), its checks re-run
// (StepListWidget::runChecks, the "Re-run" button) with every row and the session updated as the
// results come in. The worst lateness of a 1 ms timer on the GUI thread, per run (target <= 16 ms).
// The lab's servers run on the same thread here, so their TLS work counts too: an upper bound.
//
//   bench_page_checks [--iterations N]      (default 10)

#include "BenchUtil.h"

#include "pages/GatewayPage.h"
#include "session/Session.h"
#include "widgets/StepListWidget.h"
#include "training/TrainingLab.h"
#include "training/TrainingScenario.h"
#include "pages/UpgradeWizard.h"

#include <QApplication>
#include <QEventLoop>
#include <QLoggingCategory>

using namespace o365;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("o365.*=false"));
    const int n = bench::iterations(10);

    Session session;
    QString error;
    const std::unique_ptr<TrainingLab> lab = TrainingLab::start(TrainingScenario::defaultId(), &session, &error);
    if (!lab) {
        std::fprintf(stderr, "training lab: %s\n", qPrintable(error));
        return 1;
    }
    UpgradeWizard wizard(&session, lab->networkContext());
    wizard.setStartId(UpgradeWizard::Page_Gateway);
    wizard.show();
    auto* page = qobject_cast<GatewayPage*>(wizard.currentPage());
    StepListWidget* steps = page ? page->stepsFor(QStringLiteral("gw1")) : nullptr;
    if (!steps) {
        std::fprintf(stderr, "the Gateway page did not open (page %d)\n", wizard.currentId());
        return 1;
    }

    auto runOnce = [&](double* ms) {
        QEventLoop loop;
        const QMetaObject::Connection c =
            QObject::connect(steps, &StepListWidget::checksFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        bench::LagMeter lag;
        QElapsedTimer clock;
        lag.start();
        clock.start();
        steps->runChecks();
        loop.exec();
        *ms = clock.nsecsElapsed() / 1e6;
        QObject::disconnect(c);
        return lag.stop();
    };
    double ms = 0;
    runOnce(&ms); // warm-up (and the checks the page started when it opened)
    QList<double> lags, times;
    for (int i = 0; i < n; ++i) {
        lags << runOnce(&ms);
        times << ms;
    }
    const int checks = session.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.6b")).checks.size();
    std::printf("Gateway page of the training lab (happy path), its checks re-run %d times (median); 6b results "
                "recorded: %d\n",
                n, checks);
    bench::figure("page_checks.gui_stall (Gateway page)", bench::median(lags), 0, 16, "ms",
                  QStringLiteral("worst lateness per run [%1] ms; max %2 ms; the checks took [%3] ms")
                      .arg(bench::join(lags, 2))
                      .arg(bench::maximum(lags), 0, 'f', 2)
                      .arg(bench::join(times)));
    lab->stop();
    return 0;
}
