// The wizard's pages and `--check` run the same check loop (StageController): on the same
// session they must give every step the same state and every check the same status. Every
// shipped training scenario is run both ways, each in a lab of its own — first as the scenario
// starts, then again once every step that starts a validation (7e, 8c, the PA bulk upgrade) is
// confirmed.

#include "support/TrainingWizard.h"
#include "kb/ProcedureCatalogue.h"
#include "kb/StageDefinition.h"
#include "kb/StepState.h"
#include "pages/StagePage.h"
#include "pages/UpgradeWizard.h"
#include "procedure/HeadlessChecker.h"
#include "procedure/Procedure.h"
#include "procedure/StageController.h"
#include "session/Session.h"
#include "training/TrainingLab.h"
#include "training/TrainingScenario.h"
#include "widgets/StepListWidget.h"

#include <QtTest>

using namespace o365;

namespace {

// "<stage>#<n>" for the n-th scope of a stage: gateway application ids are the session's own.
QString scopeName(const StageDefinition& def, int index) { return QStringLiteral("%1#%2").arg(def.key()).arg(index); }

// Every step's state and every check's status, by scope.
QMap<QString, QString> outcome(const Session& session)
{
    QMap<QString, QString> out;
    for (const StageDefinition* def : Procedure::instance().stages()) {
        if (!def->hasChecks())
            continue;
        const QStringList scopes = def->scopes(session);
        for (int i = 0; i < scopes.size(); ++i) {
            for (const Step& step : def->stage().steps) {
                const QString where = scopeName(*def, i) + QLatin1Char(' ') + step.id;
                out.insert(where, toString(StepRules::evaluateIn(*def, step, session, scopes.at(i))));
                for (const CheckResult& r : session.record(scopes.at(i), step.id).checks)
                    out.insert(where + QLatin1Char(' ') + r.checkId + QLatin1Char('/') + toString(r.phase),
                               toString(r.status));
            }
        }
    }
    return out;
}

// Confirms every step whose confirmation starts a validation, in every scope.
void confirmValidationTriggers(Session& session)
{
    for (const StageDefinition* def : Procedure::instance().stages()) {
        for (const QString& scope : def->scopes(session)) {
            for (const Step& step : def->stage().steps) {
                if (def->startsValidation(step.id))
                    session.setConfirmed(scope, step.id, true);
            }
        }
    }
}

bool allAtRest(const UpgradeWizard& wizard)
{
    const QList<StepListWidget*> lists = wizard.findChildren<StepListWidget*>();
    return !lists.isEmpty() && std::all_of(lists.cbegin(), lists.cend(), [](const StepListWidget* l) {
        return l->controller().isIdle();
    });
}

bool runHeadless(Session& session, const NetworkContext* net)
{
    HeadlessChecker checker(&session, net);
    QSignalSpy done(&checker, &HeadlessChecker::finished);
    QString error;
    if (!checker.start(QString(), &error))
        return false;
    return !done.isEmpty() || done.wait(60000);
}

QString differences(const QMap<QString, QString>& gui, const QMap<QString, QString>& cli)
{
    QStringList lines;
    QStringList keys = gui.keys() + cli.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& k : std::as_const(keys)) {
        if (gui.value(k, QStringLiteral("-")) != cli.value(k, QStringLiteral("-")))
            lines << QStringLiteral("%1: GUI %2, --check %3").arg(k, gui.value(k, QStringLiteral("-")),
                                                                  cli.value(k, QStringLiteral("-")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestGuiVsCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameResult_data();
    void sameResult();
};

void TestGuiVsCheck::sameResult_data()
{
    QTest::addColumn<QString>("scenario");
    for (const QString& id : TrainingScenario::builtInIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestGuiVsCheck::sameResult()
{
    QFETCH(QString, scenario);
    // The GUI path: every page opened in order, as the engineer walks them.
    TrainingWizard gui(scenario);
    QVERIFY2(gui.lab, qPrintable(gui.error));
    gui.wizard->show();
    for (int id : gui.wizard->pageIds())
        gui.wizard->page(id)->initializePage();
    QTRY_VERIFY_WITH_TIMEOUT(allAtRest(*gui.wizard), 60000);

    // The --check path, on a session the same scenario prepared in a lab of its own.
    Session session;
    QString error;
    const std::unique_ptr<TrainingLab> lab = TrainingLab::start(scenario, &session, &error);
    QVERIFY2(lab, qPrintable(error));
    QVERIFY(runHeadless(session, lab->networkContext()));

    const QMap<QString, QString> before = outcome(gui.session);
    QVERIFY(before.size() > 20); // steps and checks of every stage with checks
    QVERIFY2(before.values().contains(QStringLiteral("passed")), "no check passed: the lab did not answer");
    QCOMPARE(differences(before, outcome(session)), QString());

    // Validation: the page starts it when the step is confirmed; --check finds it confirmed.
    confirmValidationTriggers(gui.session);
    QTRY_VERIFY_WITH_TIMEOUT(allAtRest(*gui.wizard), 60000);
    confirmValidationTriggers(session);
    QVERIFY(runHeadless(session, lab->networkContext()));
    const QMap<QString, QString> after = outcome(gui.session);
    QVERIFY2(std::any_of(after.keyBegin(), after.keyEnd(),
                         [](const QString& k) { return k.endsWith(QLatin1String("/after")); }),
             "no validation ran");
    QCOMPARE(differences(after, outcome(session)), QString());
}

QTEST_MAIN(TestGuiVsCheck)
#include "tst_guivscheck.moc"
