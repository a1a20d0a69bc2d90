// Drives the whole wizard offscreen: both topologies, several gateway applications,
// an override, New Features filtering, sign-off, and resume after a simulated crash.

#include "AutoSaver.h"
#include "GatewayPage.h"
#include "NewFeaturesPage.h"
#include "ProcedureCatalogue.h"
#include "ResumeDialog.h"
#include "Session.h"
#include "SessionStore.h"
#include "StepListWidget.h"
#include "StepRowWidget.h"
#include "UpgradeWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace o365;

namespace {

QJsonObject withoutChecks(const QJsonObject& session)
{
    QJsonObject records = session.value(QStringLiteral("records")).toObject();
    for (const QString& scope : records.keys()) {
        QJsonObject steps = records.value(scope).toObject();
        for (const QString& id : steps.keys()) {
            QJsonObject r = steps.value(id).toObject();
            r.remove(QStringLiteral("checks"));
            if (r.isEmpty())
                steps.remove(id);
            else
                steps.insert(id, r);
        }
        records.insert(scope, steps);
    }
    return records;
}

} // namespace

class TestWizardGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walkSeparateTopology();
    void walkSingleTopology();
    void overrideNeedsJustification();
    void badInputKeepsNextClosed();
    void quitMidwayAndResume();
    void resumeDialogListsSessions();

private:
    struct Harness
    {
        std::unique_ptr<Session> session;
        std::unique_ptr<AutoSaver> saver;
        std::unique_ptr<UpgradeWizard> wizard;
        QString path;
    };
    Harness start(const QString& path = {});
    void fillStart(UpgradeWizard& w, bool single, const QString& installed = QStringLiteral("3.0"));
    void typeInto(QWidget* parent, const QString& objectName, const QString& text);
    void completeSteps(StepListWidget* list, const QString& overrideStepId = {});
    void clickNext(UpgradeWizard& w);
    QString valueFor(const QString& stepId, const QString& key, int gatewayIndex) const;

    QTemporaryDir m_dir;
};

void TestWizardGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Never ask: the removal question is a seam.
    GatewayPage::confirmRemoval() = [](QWidget*, const QString&) { return true; };
}

TestWizardGui::Harness TestWizardGui::start(const QString& path)
{
    Harness h;
    h.session = std::make_unique<Session>();
    if (!path.isEmpty()) {
        QString error;
        if (!SessionStore::load(path, h.session.get(), &error))
            qFatal("load failed: %s", qPrintable(error));
        h.path = path;
    } else {
        h.path = SessionStore(m_dir.path()).pathFor(*h.session);
    }
    h.saver = std::make_unique<AutoSaver>(h.session.get(), h.path, 100);
    h.wizard = std::make_unique<UpgradeWizard>(h.session.get());
    h.wizard->show();
    if (!QTest::qWaitForWindowExposed(h.wizard.get()))
        qWarning("window not exposed");
    return h;
}

void TestWizardGui::typeInto(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(objectName);
    QVERIFY2(edit, qPrintable(QStringLiteral("no line edit named %1").arg(objectName)));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // Types the text as one key event: works for any character, unlike keyClicks (ASCII only).
    if (!text.isEmpty()) {
        QTest::sendKeyEvent(QTest::Press, edit, Qt::Key_unknown, text, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, edit, Qt::Key_unknown, text, Qt::NoModifier);
    }
    QCOMPARE(edit->text(), text);
}

void TestWizardGui::fillStart(UpgradeWizard& w, bool single, const QString& installed)
{
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Start));
    QWidget* page = w.currentPage();
    typeInto(page, QStringLiteral("customer"), QStringLiteral("Contoso \"Ltd\"; $x"));
    typeInto(page, QStringLiteral("caseId"), QStringLiteral("CASE-117222"));
    typeInto(page, QStringLiteral("engineer"), QStringLiteral("Alice Example"));
    typeInto(page, QStringLiteral("paVersion"), QStringLiteral("5.5"));
    typeInto(page, QStringLiteral("installedVersion"), installed);
    typeInto(page, QStringLiteral("targetVersion"), QStringLiteral("4.1"));
    page->findChild<QRadioButton*>(single ? QStringLiteral("topologySingle") : QStringLiteral("topologySeparate"))
        ->click();
    QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
}

QString TestWizardGui::valueFor(const QString& stepId, const QString& key, int gatewayIndex) const
{
    if (key == QLatin1String("mosiUrl"))
        return QStringLiteral("https://gw%1.example.com/O365Gateway%1/HTTPEndpoint.aspx").arg(gatewayIndex + 1);
    if (key == QLatin1String("dispatcherUrl"))
        return QStringLiteral("https://gw1.example.com/O365Dispatcher/");
    if (key == QLatin1String("ipAddress") || key == QLatin1String("siteIp"))
        return QStringLiteral("203.0.113.%1").arg(10 + gatewayIndex);
    if (key == QLatin1String("siteName"))
        return QStringLiteral("Default Web Site");
    qFatal("no test value for %s/%s", qPrintable(stepId), qPrintable(key));
    return {};
}

// Confirms every manual step, fills every input; overrides `overrideStepId` instead of confirming it.
void TestWizardGui::completeSteps(StepListWidget* list, const QString& overrideStepId)
{
    QVERIFY(list);
    const QString scope = list->scope();
    const int gatewayIndex = scope.startsWith(QLatin1String("gateway/")) ? scope.mid(10).toInt() - 1 : 0;
    for (const Step& step : list->stage().steps) {
        StepRowWidget* row = list->row(step.id);
        QVERIFY2(row, qPrintable(step.id));
        for (const StepInput& in : step.inputs)
            typeInto(row, QStringLiteral("input_%1_%2").arg(step.id, in.key), valueFor(step.id, in.key, gatewayIndex));
        if (step.id == overrideStepId) {
            row->findChild<QAbstractButton*>(QStringLiteral("overrideButton_") + step.id)->click();
            typeInto(row, QStringLiteral("override_") + step.id,
                     QStringLiteral("IIS manager unavailable; file listed by the customer's admin on the phone"));
            continue;
        }
        if (auto* box = row->findChild<QCheckBox*>(QStringLiteral("confirm_") + step.id))
            box->click();
    }
    QTRY_VERIFY2(list->isComplete(), qPrintable(scope));
}

void TestWizardGui::clickNext(UpgradeWizard& w)
{
    QTRY_VERIFY2(w.button(QWizard::NextButton)->isEnabled(), qPrintable(QString::number(w.currentId())));
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
}

void TestWizardGui::walkSeparateTopology()
{
    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    fillStart(w, false);
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Gateway));

    auto* gwPage = qobject_cast<GatewayPage*>(w.currentPage());
    QVERIFY(gwPage);
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    completeSteps(gwPage->stepsFor(QStringLiteral("gw1")));
    // The 1f check named the tab after the application.
    QTRY_COMPARE(gwPage->tabs()->tabText(0), QStringLiteral("O365Gateway1 on gw1.example.com"));
    QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());

    // A second gateway application walks steps 1–7 on its own; one step is overridden.
    gwPage->findChild<QPushButton*>(QStringLiteral("addGateway"))->click();
    QCOMPARE(gwPage->tabs()->count(), 2);
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    completeSteps(gwPage->stepsFor(QStringLiteral("gw2")), QStringLiteral("gateway.6b"));
    QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(h.session->record(QStringLiteral("gateway/gw2"), QStringLiteral("gateway.6b")).override_.by,
             QStringLiteral("Alice Example"));

    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Dispatcher));
    completeSteps(w.currentPage()->findChild<StepListWidget*>());
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Provisioning));
    completeSteps(w.currentPage()->findChild<StepListWidget*>());
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_PaApplication));
    completeSteps(w.currentPage()->findChild<StepListWidget*>());
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_NewFeatures));

    // Installed 3.0 → target 4.1: only the 4.0 and 4.1 rows.
    auto* features = qobject_cast<NewFeaturesPage*>(w.currentPage());
    QCOMPARE(features->shownFeatureIds(), (QStringList{QStringLiteral("features.4.0"), QStringLiteral("features.4.1")}));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    features->findChild<QCheckBox*>(QStringLiteral("confirm_features.4.0"))->click();
    features->findChild<QAbstractButton*>(QStringLiteral("overrideButton_features.4.1"))->click();
    typeInto(features, QStringLiteral("override_features.4.1"), QStringLiteral("Customer deploys it next quarter"));
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_SignOff));

    const QString summary = w.currentPage()->findChild<QLabel*>(QStringLiteral("signoffSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("IIS manager unavailable")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Customer deploys it next quarter")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("deployed: features.4.0")), qPrintable(summary));
    QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
    w.currentPage()->findChild<QCheckBox*>(QStringLiteral("signoffConfirm"))->click();
    QTRY_VERIFY(w.button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(h.session->isFinished());
    QVERIFY(!h.session->stageSkip(QStringLiteral("dispatcher")).skipped);

    // What reached the disk holds every confirmation, with who.
    QVERIFY(h.saver->flush());
    Session reloaded;
    QString error;
    QVERIFY2(SessionStore::load(h.path, &reloaded, &error), qPrintable(error));
    QCOMPARE(reloaded.toJson(), h.session->toJson());
    const StepRecord r = reloaded.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.6b"));
    QVERIFY(r.confirmation.confirmed);
    QCOMPARE(r.confirmation.by, QStringLiteral("Alice Example"));
    QVERIFY(r.confirmation.at.isValid());
    QCOMPARE(reloaded.record(QStringLiteral("features"), QStringLiteral("features.4.1")).override_.justification,
             QStringLiteral("Customer deploys it next quarter"));
    QCOMPARE(reloaded.field(Session::fieldCustomer()), QStringLiteral("Contoso \"Ltd\"; $x"));
}

void TestWizardGui::walkSingleTopology()
{
    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    fillStart(w, true, QStringLiteral("4.0"));
    // 4.1 → 4.1 is not an upgrade: Next stays closed until the target is newer.
    typeInto(w.currentPage(), QStringLiteral("installedVersion"), QStringLiteral("4.1"));
    QTRY_VERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QVERIFY(w.currentPage()->findChild<QLabel*>(QStringLiteral("versionHint"))->text().contains(
        QStringLiteral("not an upgrade")));
    typeInto(w.currentPage(), QStringLiteral("installedVersion"), QStringLiteral("4.0"));
    clickNext(w);
    auto* gwPage = qobject_cast<GatewayPage*>(w.currentPage());
    completeSteps(gwPage->stepsFor(QStringLiteral("gw1")));
    clickNext(w);
    // The Callbacks-Dispatcher page is skipped, and why is recorded.
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Provisioning));
    const StageSkip skip = h.session->stageSkip(QStringLiteral("dispatcher"));
    QVERIFY(skip.skipped);
    QVERIFY(skip.reason.contains(QStringLiteral("Single Office 365 Gateway Application")));
    QVERIFY(!w.visitedIds().contains(UpgradeWizard::Page_Dispatcher));
    completeSteps(w.currentPage()->findChild<StepListWidget*>());
    clickNext(w);
    completeSteps(w.currentPage()->findChild<StepListWidget*>());
    clickNext(w);
    auto* features = qobject_cast<NewFeaturesPage*>(w.currentPage());
    QCOMPARE(features->shownFeatureIds(), QStringList{QStringLiteral("features.4.1")});
    features->findChild<QCheckBox*>(QStringLiteral("confirm_features.4.1"))->click();
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_SignOff));
    const QString summary = w.currentPage()->findChild<QLabel*>(QStringLiteral("signoffSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("skipped")), qPrintable(summary));
    QVERIFY(h.saver->flush());
    Session reloaded;
    QVERIFY(SessionStore::load(h.path, &reloaded));
    QVERIFY(reloaded.stageSkip(QStringLiteral("dispatcher")).skipped);
}

void TestWizardGui::overrideNeedsJustification()
{
    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    fillStart(w, false);
    clickNext(w);
    auto* gwPage = qobject_cast<GatewayPage*>(w.currentPage());
    StepListWidget* list = gwPage->stepsFor(QStringLiteral("gw1"));
    completeSteps(list);
    // Un-confirm 2; opening "Override…" without a justification does not count.
    StepRowWidget* row = list->row(QStringLiteral("gateway.2"));
    row->findChild<QCheckBox*>(QStringLiteral("confirm_gateway.2"))->click();
    QTRY_VERIFY(!w.button(QWizard::NextButton)->isEnabled());
    row->findChild<QAbstractButton*>(QStringLiteral("overrideButton_gateway.2"))->click();
    typeInto(row, QStringLiteral("override_gateway.2"), QStringLiteral("   "));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    typeInto(row, QStringLiteral("override_gateway.2"), QStringLiteral("RDP done by the customer"));
    QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(row->findChild<QLabel*>(QStringLiteral("state_gateway.2"))->text(), QStringLiteral("Overridden"));
}

void TestWizardGui::badInputKeepsNextClosed()
{
    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    typeInto(w.currentPage(), QStringLiteral("paVersion"), QStringLiteral("5.4.3"));
    fillStart(w, false); // sets 5.5 again
    typeInto(w.currentPage(), QStringLiteral("paVersion"), QStringLiteral("5.4.3"));
    QTRY_VERIFY(!w.button(QWizard::NextButton)->isEnabled());
    auto* check = w.currentPage()->findChild<QLabel*>(QStringLiteral("check_start.prerequisites"));
    QTRY_VERIFY2(check->text().contains(QStringLiteral("older than 5.4.4")), qPrintable(check->text()));
    typeInto(w.currentPage(), QStringLiteral("paVersion"), QStringLiteral("5.4.4"));
    clickNext(w);

    auto* gwPage = qobject_cast<GatewayPage*>(w.currentPage());
    StepListWidget* list = gwPage->stepsFor(QStringLiteral("gw1"));
    completeSteps(list);
    StepRowWidget* row1e = list->row(QStringLiteral("gateway.1e"));
    typeInto(row1e, QStringLiteral("input_gateway.1e_mosiUrl"), QStringLiteral("http://gw1.example.com/App/HTTPEndpoint.aspx"));
    QTRY_VERIFY(!w.button(QWizard::NextButton)->isEnabled());
    auto* check1f = list->row(QStringLiteral("gateway.1f"))->findChild<QLabel*>(QStringLiteral("check_gateway.1f"));
    QTRY_VERIFY2(check1f->text().contains(QStringLiteral("https://")), qPrintable(check1f->text()));
    StepRowWidget* row1g = list->row(QStringLiteral("gateway.1g"));
    typeInto(row1g, QStringLiteral("input_gateway.1g_ipAddress"), QStringLiteral("999.1.1.1"));
    QVERIFY(row1g->findChild<QLabel*>(QStringLiteral("inputError_gateway.1g_ipAddress"))->isVisibleTo(row1g));
    typeInto(row1e, QStringLiteral("input_gateway.1e_mosiUrl"), QStringLiteral("https://gw1.example.com/App/HTTPEndpoint.aspx"));
    typeInto(row1g, QStringLiteral("input_gateway.1g_ipAddress"), QStringLiteral("203.0.113.7"));
    QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
}

void TestWizardGui::quitMidwayAndResume()
{
    QString crashCopy = m_dir.filePath(QStringLiteral("crash-copy.json"));
    QJsonObject before;
    {
        Harness h = start();
        UpgradeWizard& w = *h.wizard;
        fillStart(w, false);
        clickNext(w);
        auto* gwPage = qobject_cast<GatewayPage*>(w.currentPage());
        completeSteps(gwPage->stepsFor(QStringLiteral("gw1")), QStringLiteral("gateway.3"));
        StepRowWidget* row = gwPage->stepsFor(QStringLiteral("gw1"))->row(QStringLiteral("gateway.4"));
        row->findChild<QAbstractButton*>(QStringLiteral("noteButton_gateway.4"))->click();
        typeInto(row, QStringLiteral("note_gateway.4"), QStringLiteral("Site bound to two IPs — used the first"));
        clickNext(w);
        QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Dispatcher));
        StepListWidget* dispatcher = w.currentPage()->findChild<StepListWidget*>();
        dispatcher->row(QStringLiteral("dispatcher.important"))
            ->findChild<QCheckBox*>(QStringLiteral("confirm_dispatcher.important"))
            ->click();
        // A kill leaves whatever the debounced autosave wrote: wait for it, copy the file as a
        // killed process would leave it, and never flush.
        QTRY_VERIFY(!h.saver->isPending());
        QVERIFY(QFile::copy(h.path, crashCopy));
        before = h.session->toJson();
        h.saver.reset(); // (flushes nothing new: the copy is what survives)
    }
    Harness h = start(crashCopy);
    UpgradeWizard& w = *h.wizard;
    QSignalSpy resumed(&w, &UpgradeWizard::resumeFinished);
    w.resumeAtLastPage();
    QTRY_COMPARE(resumed.count(), 1);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Dispatcher));
    // Every confirmation, note, value and override is back (checks re-ran on resume: compare without them).
    QCOMPARE(withoutChecks(h.session->toJson()), withoutChecks(before));
    QCOMPARE(h.session->toJson().value(QStringLiteral("fields")), before.value(QStringLiteral("fields")));

    StepListWidget* dispatcher = w.currentPage()->findChild<StepListWidget*>();
    QVERIFY(dispatcher->row(QStringLiteral("dispatcher.important"))
                ->findChild<QCheckBox*>(QStringLiteral("confirm_dispatcher.important"))
                ->isChecked());
    QVERIFY(dispatcher->row(QStringLiteral("dispatcher.important"))
                ->findChild<QLabel*>(QStringLiteral("confirmedBy_dispatcher.important"))
                ->text()
                .contains(QStringLiteral("Alice Example")));
    // Back on the Gateway page every confirmation, the note and the override are still there.
    QTest::mouseClick(w.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Gateway));
    auto* gwPage = qobject_cast<GatewayPage*>(w.currentPage());
    StepListWidget* list = gwPage->stepsFor(QStringLiteral("gw1"));
    for (const Step& step : list->stage().steps) {
        if (auto* box = list->row(step.id)->findChild<QCheckBox*>(QStringLiteral("confirm_") + step.id))
            QVERIFY2(box->isChecked() || step.id == QLatin1String("gateway.3"), qPrintable(step.id));
    }
    QCOMPARE(list->row(QStringLiteral("gateway.4"))->findChild<QLineEdit*>(QStringLiteral("note_gateway.4"))->text(),
             QStringLiteral("Site bound to two IPs — used the first"));
    QVERIFY(list->row(QStringLiteral("gateway.3"))->findChild<QLineEdit*>(QStringLiteral("override_gateway.3"))->text()
                .startsWith(QStringLiteral("IIS manager unavailable")));
    QCOMPARE(list->row(QStringLiteral("gateway.1e"))
                 ->findChild<QLineEdit*>(QStringLiteral("input_gateway.1e_mosiUrl"))
                 ->text(),
             QStringLiteral("https://gw1.example.com/O365Gateway1/HTTPEndpoint.aspx"));
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
}

void TestWizardGui::resumeDialogListsSessions()
{
    QTemporaryDir dir;
    SessionStore store(dir.path());
    Session a;
    a.setField(Session::fieldCustomer(), QStringLiteral("Fabrikam"));
    a.setLastPage(QStringLiteral("gateway"));
    QVERIFY(SessionStore::save(a, store.pathFor(a)));
    const QString corrupt = dir.filePath(QStringLiteral("session-corrupt.json"));
    {
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"o365-upgrade-wizard/session\", \"sche");
    }
    const QList<SessionStore::Summary> list = store.list();
    QCOMPARE(list.size(), 2);
    ResumeDialog dialog(list);
    auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("sessionList"));
    QCOMPARE(tree->topLevelItemCount(), 2);
    int disabled = 0;
    for (int i = 0; i < 2; ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(i);
        if (!(item->flags() & Qt::ItemIsEnabled)) {
            ++disabled;
            QVERIFY(item->toolTip(0).contains(corrupt));
        }
    }
    QCOMPARE(disabled, 1);
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Fabrikam"));
    QVERIFY(dialog.selectedPath().endsWith(QStringLiteral(".json")));
    QVERIFY(dialog.selectedPath() != corrupt);
    Session picked;
    QVERIFY(SessionStore::load(dialog.selectedPath(), &picked));
    QCOMPARE(picked.id(), a.id());
    dialog.findChild<QPushButton*>(QStringLiteral("newSessionButton"))->click();
    QVERIFY(dialog.selectedPath().isEmpty());
}

QTEST_MAIN(TestWizardGui)
#include "tst_wizard_gui.moc"
