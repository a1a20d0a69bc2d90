#include "WizardDriver.h"

#include "kb/ProcedureCatalogue.h"
#include "pages/UpgradeWizard.h"
#include "widgets/StepListWidget.h"
#include "widgets/StepRowWidget.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QMessageBox>
#include <QtTest>

void typeInto(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(objectName);
    QVERIFY2(edit, qPrintable(QStringLiteral("no line edit named %1").arg(objectName)));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    if (!text.isEmpty()) {
        QTest::sendKeyEvent(QTest::Press, edit, Qt::Key_unknown, text, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, edit, Qt::Key_unknown, text, Qt::NoModifier);
    }
    QCOMPARE(edit->text(), text);
}

void clickNext(o365::UpgradeWizard& wizard, int timeoutMs)
{
    QTRY_VERIFY2_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(),
                              qPrintable(QString::number(wizard.currentId())), timeoutMs);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

void fillStartPage(o365::UpgradeWizard& wizard, const StartPageValues& values)
{
    QCOMPARE(wizard.currentId(), int(o365::UpgradeWizard::Page_Start));
    QWidget* page = wizard.currentPage();
    typeInto(page, QStringLiteral("customer"), values.customer);
    typeInto(page, QStringLiteral("caseId"), QStringLiteral("CASE-117222"));
    typeInto(page, QStringLiteral("engineer"), QStringLiteral("Alice Example"));
    typeInto(page, QStringLiteral("paVersion"), QStringLiteral("5.5"));
    typeInto(page, QStringLiteral("installedVersion"), values.installedVersion);
    typeInto(page, QStringLiteral("targetVersion"), QStringLiteral("4.1"));
    auto* topology = page->findChild<QRadioButton*>(values.singleTopology ? QStringLiteral("topologySingle")
                                                                          : QStringLiteral("topologySeparate"));
    QVERIFY(topology);
    topology->click();
    auto* sync = page->findChild<QCheckBox*>(QStringLiteral("syncScript"));
    QVERIFY(sync);
    if (sync->isChecked() != values.syncScript)
        sync->click();
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void overrideStep(QWidget* row, const QString& stepId, const QString& justification)
{
    auto* open = row->findChild<QAbstractButton*>(QStringLiteral("overrideButton_") + stepId);
    QVERIFY2(open && open->isVisible(), qPrintable(stepId));
    if (!open->isChecked())
        open->click();
    typeInto(row, QStringLiteral("override_") + stepId, justification);
    auto* apply = row->findChild<QAbstractButton*>(QStringLiteral("applyOverride_") + stepId);
    QVERIFY2(apply && apply->isEnabled(), qPrintable(stepId));
    apply->click();
    // Over a failed check a question names it first (non-modal).
    QTest::qWait(0);
    for (QMessageBox* box : row->findChildren<QMessageBox*>(QStringLiteral("overrideQuestion")))
        if (box->isVisible())
            box->findChild<QAbstractButton*>(QStringLiteral("overrideConfirm"))->click();
    QTRY_VERIFY2(row->findChild<QAbstractButton*>(QStringLiteral("withdrawOverride_") + stepId)->isVisible(),
                 qPrintable(stepId));
}

void completeStepList(o365::StepListWidget* list, const InputValueFor& valueFor, const OverrideFor& overrideFor)
{
    QVERIFY(list);
    for (const o365::Step& step : list->stage().steps) {
        o365::StepRowWidget* row = list->row(step.id);
        QVERIFY2(row, qPrintable(step.id));
        for (const o365::StepInput& in : step.inputs) {
            if (in.optional)
                continue;
            const QString value = valueFor(step.id, in.key);
            QVERIFY2(!value.isEmpty(), qPrintable(QStringLiteral("no test value for %1/%2").arg(step.id, in.key)));
            typeInto(row, QStringLiteral("input_%1_%2").arg(step.id, in.key), value);
        }
        if (step.id == QLatin1String("provisioning.2")) { // pasted: the default way to read pear list
            auto* pear = row->findChild<QPlainTextEdit*>(QStringLiteral("input_provisioning.2_pearOutput"));
            QVERIFY(pear);
            pear->setPlainText(kPearListComplete);
        }
        const QString justification = overrideFor ? overrideFor(step.id) : QString();
        if (!justification.isEmpty()) {
            overrideStep(row, step.id, justification);
            continue;
        }
        if (auto* box = row->findChild<QCheckBox*>(QStringLiteral("confirm_") + step.id))
            box->click();
    }
    QTRY_VERIFY2(list->isComplete(), qPrintable(list->scope()));
}

const QString kPearListComplete = QStringLiteral("Installed packages, channel pear.php.net:\n"
                                                 "=========================================\n"
                                                 "Package          Version State\n"
                                                 "Archive_Tar      1.4.14  stable\n"
                                                 "HTTP_Request     1.4.4   stable\n"
                                                 "HTTP_Request2    2.5.1   stable\n"
                                                 "PEAR             1.10.13 stable\n");
