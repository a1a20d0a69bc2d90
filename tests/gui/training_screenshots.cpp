// training_screenshots OUT.png SCENARIO PAGE [WIDTHxHEIGHT] [STEP]: one wizard page in a training
// scenario, after its checks against the lab have finished (scripts/screenshots.sh runs it under
// Xvfb for docs/). PAGE is a stage key (start, gateway, dispatcher, provisioning, paapp, signoff);
// STEP, if given, is scrolled into view with its "Why?" explanation open.

#include "pages/StagePage.h"
#include "widgets/StepListWidget.h"
#include "widgets/StepRowWidget.h"
#include "support/TrainingWizard.h"
#include "pages/UpgradeWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QScrollArea>
#include <QTimer>

#include <cstdio>

using namespace o365;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: training_screenshots OUT.png SCENARIO PAGE [WIDTHxHEIGHT] [STEP]\n");
        return 2;
    }
    QSize size(1000, 820);
    if (args.size() > 4) {
        const QStringList wh = args.at(4).split(QLatin1Char('x'));
        if (wh.size() == 2)
            size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    const QString step = args.value(5);
    TrainingWizard training(args.at(2));
    if (!training.wizard) {
        std::fprintf(stderr, "%s\n", qPrintable(training.error));
        return 2;
    }
    UpgradeWizard& wizard = *training.wizard;
    wizard.resize(size);
    const int page = UpgradeWizard::pageForStageKey(args.at(3));
    if (page < 0) {
        std::fprintf(stderr, "unknown page %s\n", qPrintable(args.at(3)));
        return 2;
    }
    wizard.setStartId(page);
    wizard.show();
    wizard.restart();

    QElapsedTimer waited;
    waited.start();
    auto* poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [&] {
        auto* p = wizard.stagePage(wizard.currentId());
        if (p && p->isBusy() && waited.elapsed() < 20000)
            return;
        poll->stop();
        if (!step.isEmpty()) {
            for (StepRowWidget* row : wizard.currentPage()->findChildren<StepRowWidget*>()) {
                if (row->objectName() != QStringLiteral("row_") + step)
                    continue;
                if (auto* why = row->findChild<QAbstractButton*>(QStringLiteral("why_") + step))
                    why->click();
                QApplication::processEvents();
                if (auto* scroll = wizard.currentPage()->findChild<QScrollArea*>())
                    scroll->ensureWidgetVisible(row, 0, 40);
            }
        }
        QTimer::singleShot(300, &app, [&] {
            const bool ok = wizard.grab().save(args.at(1));
            if (!ok)
                std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(1)));
            app.exit(ok ? 0 : 1);
        });
    });
    poll->start(100);
    return app.exec();
}
