#include "WizardDriver.h"

#include "pages/UpgradeWizard.h"

#include <QAbstractButton>
#include <QLineEdit>
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

const QString kPearListComplete = QStringLiteral("Installed packages, channel pear.php.net:\n"
                                                 "=========================================\n"
                                                 "Package          Version State\n"
                                                 "Archive_Tar      1.4.14  stable\n"
                                                 "HTTP_Request     1.4.4   stable\n"
                                                 "HTTP_Request2    2.5.1   stable\n"
                                                 "PEAR             1.10.13 stable\n");
