// Keyboard only: the whole wizard, Start to Sign-off and Finish, against the training lab's happy path, with key
// events alone (Tab, Backtab, Space, Return and typing). Every confirmation is reached by tabbing and toggled
// with Space; Next is pressed with its mnemonic, Finish with Return on the default button. On the way: the
// focused widget is always scrolled into view, and every input and button on each page has a name a screen
// reader can say.

#include "pages/StagePage.h"
#include "pages/UpgradeWizard.h"
#include "support/TrainingWizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QWizard>
#include <QtTest>

using namespace o365;

class TestKeyboardGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeWizardWithKeysOnly();
    void escapeAsksFirst();

private:
    // Tabs through the page, toggling every unchecked confirmation checkbox with Space, until the page is complete.
    void confirmPageByKeyboard(UpgradeWizard& w, const QString& confirmPrefix);
    static void pressNext(UpgradeWizard& w);
    static QWidget* focused();
    static void tab(bool forward = true);
    static void verifyFocusVisible();
    static void verifyAccessibleNames(QWidget* page);
    static void verifyMnemonicsUnique(QWidget* page);
};

QWidget* TestKeyboardGui::focused() { return QApplication::focusWidget(); }

void TestKeyboardGui::tab(bool forward)
{
    QWidget* f = focused();
    QVERIFY(f);
    QTest::keyClick(f, forward ? Qt::Key_Tab : Qt::Key_Backtab, forward ? Qt::NoModifier : Qt::ShiftModifier);
}

void TestKeyboardGui::verifyFocusVisible()
{
    QWidget* f = focused();
    QVERIFY(f);
    // Inside a scrolling page, the focused widget is in the visible part of it.
    for (QWidget* p = f->parentWidget(); p; p = p->parentWidget()) {
        auto* area = qobject_cast<QScrollArea*>(p);
        if (!area || !area->widget() || !area->widget()->isAncestorOf(f))
            continue;
        const QRect inViewport(f->mapTo(area->viewport(), QPoint(0, 0)), f->size());
        QVERIFY2(area->viewport()->rect().intersects(inViewport),
                 qPrintable(QStringLiteral("%1 has the focus but is scrolled out of view").arg(f->objectName())));
    }
}

void TestKeyboardGui::verifyAccessibleNames(QWidget* page)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = page->window()->findChildren<QWidget*>();
    for (QWidget* wdg : widgets) {
        if (!wdg->isVisible() || !(page->isAncestorOf(wdg) || qobject_cast<QAbstractButton*>(wdg)))
            continue;
        const bool input = qobject_cast<QLineEdit*>(wdg) || qobject_cast<QPlainTextEdit*>(wdg) ||
                           qobject_cast<QComboBox*>(wdg) || qobject_cast<QCheckBox*>(wdg) ||
                           qobject_cast<QRadioButton*>(wdg) || qobject_cast<QAbstractButton*>(wdg);
        if (!input)
            continue;
        if (qobject_cast<QLineEdit*>(wdg) && qobject_cast<QComboBox*>(wdg->parentWidget()))
            continue; // a combo box's own editor: the combo box has the name
        QString name = wdg->accessibleName();
        if (auto* b = qobject_cast<QAbstractButton*>(wdg); b && name.isEmpty())
            name = b->text().remove(QLatin1Char('&')).trimmed();
        if (name.isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(wdg->objectName(), QLatin1String(wdg->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name on %1: %2")
                                               .arg(page->objectName(), unnamed.join(QStringLiteral(", ")))));
}

void TestKeyboardGui::verifyMnemonicsUnique(QWidget* page)
{
    // Alt+letter reaches one control: a letter used twice on a page only moves the focus between them.
    QMap<QString, QStringList> owners;
    for (QWidget* wdg : page->window()->findChildren<QWidget*>()) {
        if (!wdg->isVisible())
            continue;
        QString text;
        if (auto* b = qobject_cast<QAbstractButton*>(wdg))
            text = b->text();
        else if (auto* l = qobject_cast<QLabel*>(wdg); l && l->buddy())
            text = l->text();
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty())
            owners[mnemonic.toString()] << text;
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" | ")));
    QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("mnemonics used twice on %1: %2")
                                               .arg(page->objectName(), clashes.join(QStringLiteral("; ")))));
}

void TestKeyboardGui::confirmPageByKeyboard(UpgradeWizard& w, const QString& confirmPrefix)
{
    QWidget* page = w.currentPage();
    verifyAccessibleNames(page);
    verifyMnemonicsUnique(page);
    QWidget* next = w.button(QWizard::NextButton);
    QDeadlineTimer deadline(60000);
    int toggled = 0;
    int tabs = 0;
    while (!deadline.hasExpired()) {
        // Complete when Next opens and no confirmation on the page is left unchecked.
        bool open = false;
        for (QCheckBox* box : page->findChildren<QCheckBox*>()) {
            if (box->objectName().startsWith(confirmPrefix) && box->isVisible() && !box->isChecked() &&
                box->isEnabled()) {
                open = true;
                break;
            }
        }
        if (!open && next->isEnabled())
            break;
        tab();
        ++tabs;
        QWidget* f = focused();
        QVERIFY(f);
        verifyFocusVisible();
        if (QTest::currentTestFailed())
            return;
        auto* box = qobject_cast<QCheckBox*>(f);
        if (box && box->objectName().startsWith(confirmPrefix) && !box->isChecked()) {
            QTest::keyClick(box, Qt::Key_Space);
            QVERIFY2(box->isChecked(), qPrintable(box->objectName()));
            ++toggled;
            QCoreApplication::processEvents();
        }
        if (tabs % 200 == 0)
            QTest::qWait(100); // let checks started by the confirmations finish
    }
    QVERIFY2(next->isEnabled(),
             qPrintable(QStringLiteral("page %1 not complete after %2 tabs").arg(page->objectName()).arg(tabs)));
    qInfo("%s: %d confirmations toggled with Space, %d tabs", qPrintable(page->objectName()), toggled, tabs);
}

void TestKeyboardGui::pressNext(UpgradeWizard& w)
{
    const int before = w.currentId();
    QTRY_VERIFY_WITH_TIMEOUT(w.button(QWizard::NextButton)->isEnabled(), 20000);
    // Next's mnemonic (QWizard's "&Next >"), sent wherever the focus is.
    QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(w.currentId() != before);
    // The new page has the focus somewhere in the window.
    QTRY_VERIFY(focused() && focused()->window() == &w);
}

void TestKeyboardGui::wholeWizardWithKeysOnly()
{
    TrainingWizard training(QStringLiteral("happy-path"));
    QVERIFY2(training.wizard, qPrintable(training.error));
    UpgradeWizard& w = *training.wizard;
    w.resize(1024, 600);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    if (!focused())
        w.setFocus(); // the window itself: from here on only keys move the focus
    QVERIFY(focused());

    const QList<UpgradeWizard::PageId> pages = {UpgradeWizard::Page_Start, UpgradeWizard::Page_Gateway,
                                                UpgradeWizard::Page_Dispatcher, UpgradeWizard::Page_Provisioning,
                                                UpgradeWizard::Page_PaApplication};
    // A mnemonic moves the focus to a field out of view: the page scrolls to it.
    auto* startScroll = w.currentPage()->findChild<QScrollArea*>();
    QVERIFY(startScroll);
    for (int i = 0; i < 300 && startScroll->verticalScrollBar()->value() == 0; ++i)
        tab();
    QVERIFY2(startScroll->verticalScrollBar()->value() > 0, "the Start page does not scroll at 1024x600");
    QTest::keyClick(focused(), Qt::Key_U, Qt::AltModifier); // "C&ustomer:"
    QCOMPARE(focused()->objectName(), QStringLiteral("customer"));
    verifyFocusVisible();

    for (UpgradeWizard::PageId id : pages) {
        QCOMPARE(w.currentId(), int(id));
        confirmPageByKeyboard(w, QStringLiteral("confirm_"));
        if (QTest::currentTestFailed())
            return;
        pressNext(w);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_NewFeatures));
    confirmPageByKeyboard(w, QStringLiteral("confirm_features."));
    if (QTest::currentTestFailed())
        return;
    pressNext(w);
    if (QTest::currentTestFailed())
        return;

    // Sign-off: reach the engineer's confirmation, tick it, and Finish with Return (the default button).
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_SignOff));
    verifyAccessibleNames(w.currentPage());
    verifyMnemonicsUnique(w.currentPage());
    auto* confirm = w.currentPage()->findChild<QCheckBox*>(QStringLiteral("signoffConfirm"));
    QVERIFY(confirm);
    for (int i = 0; i < 200 && focused() != confirm; ++i) {
        tab();
        verifyFocusVisible();
    }
    QCOMPARE(focused(), confirm);
    QTest::keyClick(confirm, Qt::Key_Space);
    QVERIFY(confirm->isChecked());
    // Backtab and Tab come back to it.
    tab(false);
    QVERIFY(focused() != confirm);
    tab();
    QCOMPARE(focused(), confirm);
    QTemporaryDir reports;
    StagePage::reportFolderChooser() = [&reports](QWidget*) { return reports.path(); };
    QTRY_VERIFY(w.button(QWizard::CommitButton)->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(UpgradeWizard::Page_Done), 30000);
    QVERIFY(training.session.isFinished());
    // Done: its buttons have names and mnemonics of their own, and Return closes the wizard.
    verifyAccessibleNames(w.currentPage());
    verifyMnemonicsUnique(w.currentPage());
}

// Esc in the middle of an upgrade asks before closing, says the work is saved and how to resume
// it; a second Esc (or Return) keeps working; only "Close the wizard" closes.
void TestKeyboardGui::escapeAsksFirst()
{
    TrainingWizard training(QStringLiteral("happy-path"));
    QVERIFY2(training.wizard, qPrintable(training.error));
    UpgradeWizard& w = *training.wizard;
    w.setSessionPath(QStringLiteral("/home/alice/.local/share/o365/session-1.json"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_Escape);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = w.findChild<QMessageBox*>(QStringLiteral("closeQuestion"))) && question->isVisible());
    QVERIFY(w.isVisible());
    QVERIFY2(question->text().contains(QStringLiteral("saved")) &&
                 question->text().contains(QStringLiteral("--resume \"/home/alice/.local/share/o365/session-1.json\"")),
             qPrintable(question->text()));
    // Esc again: the question goes, the wizard stays.
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!w.findChild<QMessageBox*>(QStringLiteral("closeQuestion")));
    QVERIFY(w.isVisible());
    // The window's Close button asks the same; "Close the wizard" closes it.
    QTest::mouseClick(w.button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY((question = w.findChild<QMessageBox*>(QStringLiteral("closeQuestion"))) && question->isVisible());
    QVERIFY(w.isVisible());
    question->findChild<QPushButton*>(QStringLiteral("closeConfirm"))->click();
    QTRY_VERIFY(!w.isVisible());
    QCOMPARE(w.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestKeyboardGui)
#include "tst_keyboard_gui.moc"
