// Training mode in the window: the happy path walked from Start to Sign-off against the lab,
// exporting a signed report stamped TRAINING; a fault scenario stopped and overridden, as the
// training summary tells; the scenario list on the Start page.

#include "pages/GatewayPage.h"
#include "pages/NewFeaturesPage.h"
#include "kb/ProcedureCatalogue.h"
#include "report/ReportVerifier.h"
#include "session/Session.h"
#include "pages/SignOffPage.h"
#include "pages/StagePage.h"
#include "widgets/StepListWidget.h"
#include "widgets/StepRowWidget.h"
#include "dialogs/TrainingDialog.h"
#include "training/TrainingNotes.h"
#include "support/TrainingWizard.h"
#include "support/WizardDriver.h"
#include "pages/UpgradeWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace o365;

class TestTrainingGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void happyPathToSignOff();
    void faultIsStoppedAndOverridden();
    void scenarioListOnTheStartPage();

private:
    static void confirmAll(StepListWidget* list, const QString& overrideStepId = {});
};

void TestTrainingGui::confirmAll(StepListWidget* list, const QString& overrideStepId)
{
    QVERIFY(list);
    for (const Step& step : list->stage().steps) {
        StepRowWidget* row = list->row(step.id);
        QVERIFY2(row, qPrintable(step.id));
        if (step.id == overrideStepId) {
            overrideStep(row, step.id, QStringLiteral("Trainer asked to go on to see the rest of the lab"));
            continue;
        }
        if (auto* box = row->findChild<QCheckBox*>(QStringLiteral("confirm_") + step.id); box && !box->isChecked())
            box->click();
    }
    QTRY_VERIFY2_WITH_TIMEOUT(list->isComplete(), qPrintable(list->scope()), 20000);
}

void TestTrainingGui::happyPathToSignOff()
{
    TrainingWizard training(QStringLiteral("happy-path"));
    QVERIFY2(training.wizard, qPrintable(training.error));
    UpgradeWizard& w = *training.wizard;
    Session& session = training.session;
    w.show();
    QVERIFY(w.windowTitle().contains(QStringLiteral("TRAINING")));
    QVERIFY(w.currentPage()->findChild<QLabel*>(QStringLiteral("trainingBanner")));
    // The trainee view: each step explains why the KB asks for it.
    auto* why = w.currentPage()->findChild<QAbstractButton*>(QStringLiteral("why_start.prerequisites"));
    QVERIFY(why);
    auto* whyText = w.currentPage()->findChild<QLabel*>(QStringLiteral("whyText_start.prerequisites"));
    QVERIFY(whyText && whyText->isHidden());
    why->click();
    QVERIFY(whyText->isVisible());
    QCOMPARE(whyText->text(), TrainingNotes::why(QStringLiteral("start.prerequisites")));

    // Start: the lab filled the case and the installation; the prerequisite is checked by PA itself.
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Start));
    confirmAll(w.currentPage()->findChild<StepListWidget*>());
    clickNext(w, 20000);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Gateway));
    auto* gateway = qobject_cast<GatewayPage*>(w.currentPage());
    confirmAll(gateway->stepsFor(QStringLiteral("gw1")));
    const StepRecord svc = session.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.6b"));
    QCOMPARE(svc.checks.size(), 1);
    QCOMPARE(toString(svc.checks.first().status), QStringLiteral("passed"));
    // 7e confirmed: the endpoints answer again after setup.ps1.
    QTRY_COMPARE_WITH_TIMEOUT(session.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.7e")).checks.size(), 2,
                              20000);
    clickNext(w, 20000);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Dispatcher));
    confirmAll(w.currentPage()->findChild<StepListWidget*>());
    clickNext(w, 20000);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Provisioning));
    confirmAll(w.currentPage()->findChild<StepListWidget*>());
    // pear list came over "ssh" from the lab's provisioning host.
    QTRY_COMPARE(session.record(QStringLiteral("provisioning"), QStringLiteral("provisioning.2")).checks.size(), 1);
    QCOMPARE(toString(session.record(QStringLiteral("provisioning"), QStringLiteral("provisioning.2")).checks.first().status),
             QStringLiteral("passed"));
    clickNext(w, 20000);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_PaApplication));
    confirmAll(w.currentPage()->findChild<StepListWidget*>());
    // The bulk upgrade confirmed: the lab's PA reports every instance at the new version.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const CheckResult& r : session.record(QStringLiteral("paapp"), QStringLiteral("paapp.3")).checks)
                if (r.checkId == QLatin1String("paapp.instancesAfter") && r.status == CheckStatus::Passed)
                    return true;
            return false;
        }(),
        20000);
    clickNext(w, 20000);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_NewFeatures));
    for (QCheckBox* box : w.currentPage()->findChildren<QCheckBox*>())
        if (box->objectName().startsWith(QLatin1String("confirm_features.")) && !box->isChecked())
            box->click();
    clickNext(w, 20000);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_SignOff));

    const QString summary = w.currentPage()->findChild<QLabel*>(QStringLiteral("trainingSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("none: this is the happy path")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("no check failed")), qPrintable(summary));
    w.currentPage()->findChild<QCheckBox*>(QStringLiteral("signoffConfirm"))->click();

    QTemporaryDir reports;
    StagePage::reportFolderChooser() = [&reports](QWidget*) { return reports.path(); };
    QTRY_VERIFY(w.button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(w.button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(UpgradeWizard::Page_Done), 30000);
    QVERIFY(session.isFinished());
    const QStringList json = QDir(reports.path()).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(json.size(), 1);
    const QString jsonPath = QDir(reports.path()).filePath(json.first());
    // No trusted keys here: the signature holds, the signer is unproven.
    const ReportVerifier::Result verified = ReportVerifier::verify(jsonPath, TrustedKeys());
    QCOMPARE(verified.exitCode, int(ReportVerifier::Untrusted));
    QVERIFY(verified.signatureValid);
    QVERIFY(verified.training);
    QFile html(jsonPath.chopped(5) + QStringLiteral(".html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("TRAINING"));
    QVERIFY(w.currentPage()->findChild<QLabel*>(QStringLiteral("doneText"))->text().contains(QStringLiteral("Training finished")));
}

void TestTrainingGui::faultIsStoppedAndOverridden()
{
    TrainingWizard training(QStringLiteral("missing-subscription-events"));
    QVERIFY2(training.wizard, qPrintable(training.error));
    UpgradeWizard& w = *training.wizard;
    Session& session = training.session;
    w.show();
    confirmAll(w.currentPage()->findChild<StepListWidget*>());
    clickNext(w, 20000);
    auto* gateway = qobject_cast<GatewayPage*>(w.currentPage());
    StepListWidget* steps = gateway->stepsFor(QStringLiteral("gw1"));
    // The fault shows where a real one would: step 6b fails, and the page will not go on.
    QTRY_VERIFY_WITH_TIMEOUT(!session.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.6b")).checks.isEmpty(),
                             20000);
    const CheckResult r = session.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.6b")).checks.first();
    QCOMPARE(toString(r.status), QStringLiteral("failed"));
    QVERIFY2(r.message.contains(QStringLiteral("404")), qPrintable(r.message));
    QVERIFY(!steps->isComplete());
    // What is left says so, in KB numbering: the page's line, Next's tooltip, and F8 to the failure.
    auto* progress = steps->findChild<QLabel*>(QStringLiteral("progressLine"));
    QTRY_VERIFY2(progress->text().contains(QStringLiteral("1 failed (Gateway 6b)")), qPrintable(progress->text()));
    QTRY_VERIFY2(w.button(QWizard::NextButton)->toolTip().contains(QStringLiteral("failed: Gateway 6b")),
                 qPrintable(w.button(QWizard::NextButton)->toolTip()));
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.button(QWizard::CancelButton)->setFocus(); // nowhere near the failure
    QTest::keyClick(w.focusWidget(), Qt::Key_F8);
    auto inRow = [](QWidget* focus, const QString& rowName) {
        for (QWidget* p = focus; p; p = p->parentWidget())
            if (p->objectName() == rowName)
                return true;
        return false;
    };
    QTRY_VERIFY2(inRow(QApplication::focusWidget(), QStringLiteral("row_gateway.6b")),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("none")));
    // A step whose check passed offers no override.
    QTRY_VERIFY_WITH_TIMEOUT(!session.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.1g")).checks.isEmpty(),
                             20000);
    QVERIFY(!steps->row(QStringLiteral("gateway.1g"))
                 ->findChild<QAbstractButton*>(QStringLiteral("overrideButton_gateway.1g"))
                 ->isVisible());
    // Overriding the failure asks first and names it; Cancel records nothing.
    StepRowWidget* failed = steps->row(QStringLiteral("gateway.6b"));
    failed->findChild<QAbstractButton*>(QStringLiteral("overrideButton_gateway.6b"))->click();
    typeInto(failed, QStringLiteral("override_gateway.6b"), QStringLiteral("Trainer asked to go on to see the rest"));
    failed->findChild<QAbstractButton*>(QStringLiteral("applyOverride_gateway.6b"))->click();
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = failed->findChild<QMessageBox*>(QStringLiteral("overrideQuestion"))) && question->isVisible());
    QVERIFY2(question->text().contains(r.message), qPrintable(question->text()));
    question->findChild<QAbstractButton*>(QStringLiteral("overrideCancel"))->click();
    QVERIFY(!session.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.6b")).override_.isActive());
    // The trainee overrides it with a reason; the summary tells the trainer so.
    confirmAll(steps, QStringLiteral("gateway.6b"));
    QVERIFY(session.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.6b")).override_.isActive());
    w.setStartId(UpgradeWizard::Page_SignOff);
    w.restart();
    const QString summary = w.currentPage()->findChild<QLabel*>(QStringLiteral("trainingSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("SubscriptionEvents.svc missing on the gateway application")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("you overrode it: \"Trainer asked to go on")), qPrintable(summary));
}

void TestTrainingGui::scenarioListOnTheStartPage()
{
    Session session;
    UpgradeWizard w(&session, nullptr);
    w.show();
    QString requested;
    connect(&w, &UpgradeWizard::trainingRequested, this, [&](const QString& s) { requested = s; });
    w.currentPage()->findChild<QPushButton*>(QStringLiteral("trainingButton"))->click();
    auto* dialog = w.findChild<TrainingDialog*>(QStringLiteral("trainingDialog"));
    QVERIFY(dialog);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("scenarioList"));
    QCOMPARE(list->count(), TrainingScenario::builtInIds().size());
    list->setCurrentRow(list->count() - 1);
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("scenarioDetails"))->text().isEmpty());
    dialog->findChild<QPushButton*>(QStringLiteral("startTraining"))->click();
    QCOMPARE(requested, TrainingScenario::builtInIds().last());
}

QTEST_MAIN(TestTrainingGui)
#include "tst_training_gui.moc"
