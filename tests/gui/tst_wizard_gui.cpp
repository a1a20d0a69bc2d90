// Drives the whole wizard offscreen: both topologies, several gateway applications,
// an override, New Features filtering, sign-off, and resume after a simulated crash.

#include "session/AutoSaver.h"
#include "dialogs/CertificateDialog.h"
#include "pages/GatewayPage.h"
#include "net/HostResolver.h"
#include "net/NetworkContext.h"
#include "support/TestHttpsServer.h"
#include "support/TestPki.h"
#include "pages/NewFeaturesPage.h"
#include "kb/ProcedureCatalogue.h"
#include "dialogs/ResumeDialog.h"
#include "session/Session.h"
#include "session/SessionJson.h"
#include "session/SessionStore.h"
#include "widgets/StepListWidget.h"
#include "report/ReportVerifier.h"
#include "net/SecretStore.h"
#include "pages/SignOffPage.h"
#include "pages/StagePage.h"
#include "pages/StartPage.h"
#include "widgets/StepRowWidget.h"
#include "widgets/StepInputsForm.h"
#include "stages/application/IisInventory.h"
#include "pages/DonePage.h"
#include "pages/UpgradeWizard.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QCryptographicHash>
#include <quazip.h>
#include <quazipfile.h>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include "support/WizardDriver.h"

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
    void gatewayApplicationStoppedAt6b();
    void gatewayApplicationLimit();
    void certificateAcceptedByFingerprint();
    void setupLineFollowsTheSession();
    void packageIsInspected();
    void restartKeepsEverything();
    void stageReportFromAPage();
    void supportBundleFromAnyPage();

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
    void completeSteps(StepListWidget* list, const QString& overrideStepId = {});
    QString valueFor(const QString& stepId, const QString& key, int gatewayIndex) const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestHttpsServer> m_server;
    std::unique_ptr<TestHttpsServer> m_selfSignedServer;
    StaticHostResolver m_resolver;
    MemorySecretStore m_secrets;
    NetworkContext m_net;
};

void TestWizardGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Never ask: the removal question is a seam.
    GatewayPage::confirmRemoval() = [](QWidget*, const QString&) { return true; };

    // A real HTTPS server on 127.0.0.1 plays the gateway hosts, with a certificate from a
    // test CA made by openssl; the host names are pinned to it through the resolver.
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList hosts{QStringLiteral("gw1.example.com"), QStringLiteral("gw2.example.com"),
                            QStringLiteral("gw3.example.com")};
    const TestPki::Leaf leaf = m_pki->issue(QStringLiteral("gw"), hosts, now.addDays(-1), now.addDays(200));
    QVERIFY2(leaf.ok(), qPrintable(m_pki->error()));
    m_server = std::make_unique<TestHttpsServer>(leaf.certificate, leaf.key);
    for (const char* app : {"O365Gateway1", "O365Gateway2", "O365Gateway3"}) {
        m_server->route(QStringLiteral("/%1/SubscriptionEvents.svc").arg(QLatin1String(app)),
                        {200, LabHttpsServer::wcfHelpPage(QStringLiteral("SubscriptionEvents"))});
        m_server->route(QStringLiteral("/%1/HTTPEndpoint.aspx").arg(QLatin1String(app)), {200, "<html>MOSI</html>"});
    }
    m_server->route(QStringLiteral("/O365Dispatcher/Callbacks.svc"),
                    {200, LabHttpsServer::wcfHelpPage(QStringLiteral("Callbacks"))});
    QVERIFY(m_server->listen());
    const TestPki::Leaf self = m_pki->selfSigned(QStringLiteral("self"), {QStringLiteral("gw9.example.com")}, 30);
    QVERIFY(self.ok());
    m_selfSignedServer = std::make_unique<TestHttpsServer>(self.certificate, self.key);
    m_selfSignedServer->route(QStringLiteral("/O365Gateway9/SubscriptionEvents.svc"),
                              {200, LabHttpsServer::wcfHelpPage(QStringLiteral("SubscriptionEvents"))});
    QVERIFY(m_selfSignedServer->listen());
    for (const QString& h : hosts + QStringList{QStringLiteral("gw9.example.com")})
        m_resolver.addHost(h, {QHostAddress(QHostAddress::LocalHost)});
    m_net.resolver = &m_resolver;
    m_net.secrets = &m_secrets;
    m_net.extraCaCertificates = {m_pki->caCertificate()};
    m_net.httpTimeoutMs = 5000;
    m_net.dnsTimeoutMs = 2000;
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
    h.wizard = std::make_unique<UpgradeWizard>(h.session.get(), &m_net);
    h.wizard->show();
    if (!QTest::qWaitForWindowExposed(h.wizard.get()))
        qWarning("window not exposed");
    return h;
}

void TestWizardGui::fillStart(UpgradeWizard& w, bool single, const QString& installed)
{
    StartPageValues values;
    values.customer = QStringLiteral("Contoso \"Ltd\"; $x"); // a hostile name for the generated commands
    values.installedVersion = installed;
    values.singleTopology = single;
    fillStartPage(w, values);
}

QString TestWizardGui::valueFor(const QString& stepId, const QString& key, int gatewayIndex) const
{
    if (key == QLatin1String("mosiUrl"))
        return QStringLiteral("https://gw%1.example.com:%2/O365Gateway%1/HTTPEndpoint.aspx")
            .arg(gatewayIndex + 1)
            .arg(m_server->port());
    if (key == QLatin1String("dispatcherUrl"))
        return QStringLiteral("https://gw1.example.com:%1/O365Dispatcher/").arg(m_server->port());
    if (key == QLatin1String("ipAddress") || key == QLatin1String("siteIp"))
        return QStringLiteral("203.0.113.%1").arg(10 + gatewayIndex);
    if (key == QLatin1String("siteName"))
        return QStringLiteral("Default Web Site");
    Q_UNUSED(stepId);
    return {}; // completeStepList fails the test: no test value
}

// Confirms every manual step, fills every input; overrides `overrideStepId` instead of confirming it.
void TestWizardGui::completeSteps(StepListWidget* list, const QString& overrideStepId)
{
    QVERIFY(list);
    const QString scope = list->scope();
    const int gatewayIndex = scope.startsWith(QLatin1String("gateway/")) ? scope.mid(10).toInt() - 1 : 0;
    completeStepList(
        list, [&](const QString& stepId, const QString& key) { return valueFor(stepId, key, gatewayIndex); },
        [&](const QString& stepId) {
            return stepId == overrideStepId
                       ? QStringLiteral("IIS manager unavailable; file listed by the customer's admin on the phone")
                       : QString();
        });
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
    // 6b was checked over HTTPS against the server, not confirmed by hand.
    const StepRecord svc = h.session->record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.6b"));
    QCOMPARE(svc.checks.size(), 1);
    QCOMPARE(svc.checks.first().evidence.value(QStringLiteral("httpStatus")).toInt(), 200);
    // Confirming 7e ran the validation: both endpoints answered after the upgrade.
    QTRY_COMPARE(h.session->record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.7e")).checks.size(), 2);
    for (const CheckResult& r : h.session->record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.7e")).checks)
        QCOMPARE(toString(r.phase), QStringLiteral("after"));
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
    // Steps 2 and 3 were judged from the pasted pear list (installed 3.0 < 4.0: HTTP_Request needed).
    for (const char* id : {"provisioning.2", "provisioning.3"}) {
        const QList<CheckResult> checks = h.session->record(QStringLiteral("provisioning"), QLatin1String(id)).checks;
        QCOMPARE(checks.size(), 1);
        QCOMPARE(toString(checks.first().status), QStringLiteral("passed"));
    }
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
    overrideStep(features->findChild<QWidget*>(QStringLiteral("row_features.4.1")), QStringLiteral("features.4.1"),
                 QStringLiteral("Customer deploys it next quarter"));
    QCOMPARE(features->findChild<QLabel*>(QStringLiteral("state_features.4.1"))->text(), QStringLiteral("Deferred"));
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_SignOff));

    const QString summary = w.currentPage()->findChild<QLabel*>(QStringLiteral("signoffSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("IIS manager unavailable")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Customer deploys it next quarter")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("deployed: 4.0: Office 365 Wave 15 Offers Are Supported")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("features.4")) && !summary.contains(QStringLiteral("gateway.6b")),
             qPrintable(summary)); // KB numbering and feature titles, no internal ids
    QVERIFY2(summary.contains(QStringLiteral("<b>Gateway 6b</b> (Office 365 Gateway — O365Gateway2 on gw2.example.com)")),
             qPrintable(summary.right(600)));
    QVERIFY2(summary.contains(QStringLiteral("complete with exceptions: 1 overridden")), qPrintable(summary));
    QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
    // A draft exported before "I confirm" says it is one.
    const QString drafts = m_dir.filePath(QStringLiteral("drafts"));
    QVERIFY(QDir().mkpath(drafts));
    StagePage::reportFolderChooser() = [drafts](QWidget*) { return drafts; };
    auto* exported = w.currentPage()->findChild<QLabel*>(QStringLiteral("exportResult"));
    w.currentPage()->findChild<QPushButton*>(QStringLiteral("exportReport"))->click();
    QTRY_VERIFY2(exported->text().contains(QStringLiteral("✔ Written")), qPrintable(exported->text()));
    QVERIFY2(exported->text().contains(QStringLiteral("unconfirmed DRAFT")), qPrintable(exported->text()));
    QVERIFY(!h.session->isFinished());
    w.currentPage()->findChild<QCheckBox*>(QStringLiteral("signoffConfirm"))->click();

    // "Sign off and save the report" writes the signed report, then shows where it is.
    const QString reports = m_dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(reports));
    StagePage::reportFolderChooser() = [reports](QWidget*) { return reports; };
    QTRY_VERIFY(w.button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(w.button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE(w.currentId(), int(UpgradeWizard::Page_Done));
    QVERIFY(h.session->isFinished());
    QVERIFY(!w.button(QWizard::BackButton)->isEnabled() || !w.button(QWizard::BackButton)->isVisible());
    const QStringList json = QDir(reports).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(json.size(), 1);
    const QString doneText = w.currentPage()->findChild<QLabel*>(QStringLiteral("doneText"))->text();
    QVERIFY2(doneText.contains(QDir::toNativeSeparators(reports)) && doneText.contains(json.first()), qPrintable(doneText));
    QVERIFY2(doneText.contains(QStringLiteral("Signed with your key")), qPrintable(doneText));
    QList<QUrl> opened;
    DonePage::urlOpener() = [&opened](const QUrl& url) {
        opened << url;
        return true;
    };
    w.currentPage()->findChild<QPushButton*>(QStringLiteral("openReport"))->click();
    w.currentPage()->findChild<QPushButton*>(QStringLiteral("openReportFolder"))->click();
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0).toLocalFile(), QDir(reports).filePath(json.first().chopped(5) + QStringLiteral(".html")));
    QCOMPARE(QDir(opened.at(1).toLocalFile()).canonicalPath(), QDir(reports).canonicalPath());
    w.currentPage()->findChild<QPushButton*>(QStringLiteral("copyReportPath"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(QDir(reports).filePath(json.first())));
    // The engineer's key is not in any trusted keys here: the signature holds, the signer is unproven.
    const ReportVerifier::Result verified = ReportVerifier::verify(QDir(reports).filePath(json.first()), TrustedKeys());
    QCOMPARE(verified.exitCode, int(ReportVerifier::Untrusted));
    QVERIFY(verified.signatureValid);
    for (const char* ext : {".html", ".pdf", ".json.sig", ".pub.pem"})
        QVERIFY(QFile::exists(QDir(reports).filePath(json.first().chopped(5) + QLatin1String(ext))));
    QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!h.session->stageSkip(QStringLiteral("dispatcher")).skipped);

    // What reached the disk holds every confirmation, with who.
    QVERIFY(h.saver->flush());
    Session reloaded;
    QString error;
    QVERIFY2(SessionStore::load(h.path, &reloaded, &error), qPrintable(error));
    QCOMPARE(SessionJson::toJson(reloaded), SessionJson::toJson(*h.session));
    const StepRecord r = reloaded.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.6a"));
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
    // Before anything is done, Next says what is left, and the line counts it.
    QTRY_VERIFY2(w.button(QWizard::NextButton)->toolTip().contains(QStringLiteral("open: Gateway 1")),
                 qPrintable(w.button(QWizard::NextButton)->toolTip()));
    QVERIFY2(list->findChild<QLabel*>(QStringLiteral("progressLine"))->text().contains(QStringLiteral(" open")),
             qPrintable(list->findChild<QLabel*>(QStringLiteral("progressLine"))->text()));
    completeSteps(list);
    QTRY_VERIFY(w.button(QWizard::NextButton)->toolTip().isEmpty());
    const QString doneLine = list->findChild<QLabel*>(QStringLiteral("progressLine"))->text();
    const QStringList counts = doneLine.section(QStringLiteral(" steps done"), 0, 0).split(QStringLiteral(" of "));
    QVERIFY2(counts.size() == 2 && counts.at(0) == counts.at(1), qPrintable(doneLine));
    // Un-confirm 2; opening "Override…" without a justification does not count.
    StepRowWidget* row = list->row(QStringLiteral("gateway.2"));
    row->findChild<QCheckBox*>(QStringLiteral("confirm_gateway.2"))->click();
    QTRY_VERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(w.button(QWizard::NextButton)->toolTip().contains(QStringLiteral("1 open: Gateway 2")),
             qPrintable(w.button(QWizard::NextButton)->toolTip()));
    // "Next open step" goes to it.
    list->findChild<QAbstractButton*>(QStringLiteral("nextOpenStep"))->click();
    QVERIFY(row->isAncestorOf(QApplication::focusWidget()));
    row->findChild<QAbstractButton*>(QStringLiteral("overrideButton_gateway.2"))->click();
    typeInto(row, QStringLiteral("override_gateway.2"), QStringLiteral("   "));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    // A justification is a draft until "Override" records it, and "x" is not one.
    auto* apply = row->findChild<QAbstractButton*>(QStringLiteral("applyOverride_gateway.2"));
    typeInto(row, QStringLiteral("override_gateway.2"), QStringLiteral("x"));
    QVERIFY(!apply->isEnabled());
    QVERIFY2(row->findChild<QLabel*>(QStringLiteral("overrideInfo_gateway.2"))->text().contains(QStringLiteral("14 more")),
             qPrintable(row->findChild<QLabel*>(QStringLiteral("overrideInfo_gateway.2"))->text()));
    typeInto(row, QStringLiteral("override_gateway.2"), QStringLiteral("RDP done by the customer"));
    QVERIFY(!h.session->record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.2")).override_.isActive());
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QVERIFY(apply->isEnabled());
    apply->click();
    QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(row->findChild<QLabel*>(QStringLiteral("state_gateway.2"))->text(), QStringLiteral("Overridden"));
    const StepOverride recorded = h.session->record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.2")).override_;
    QCOMPARE(recorded.justification, QStringLiteral("RDP done by the customer"));
    QVERIFY2(row->findChild<QLabel*>(QStringLiteral("overrideInfo_gateway.2"))->text().contains(recorded.by),
             "who overrode it shows on the row");
    // Withdraw: the override goes, and with it the way on.
    row->findChild<QAbstractButton*>(QStringLiteral("withdrawOverride_gateway.2"))->click();
    QVERIFY(!h.session->record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.2")).override_.isActive());
    QTRY_VERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QVERIFY(row->findChild<QLineEdit*>(QStringLiteral("override_gateway.2"))->text().isEmpty());
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
    typeInto(row1e, QStringLiteral("input_gateway.1e_mosiUrl"), valueFor(QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"), 0));
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
        before = SessionJson::toJson(*h.session);
        h.saver.reset(); // (flushes nothing new: the copy is what survives)
    }
    Harness h = start(crashCopy);
    UpgradeWizard& w = *h.wizard;
    QSignalSpy resumed(&w, &UpgradeWizard::resumeFinished);
    w.resumeAtLastPage();
    QTRY_COMPARE(resumed.count(), 1);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Dispatcher));
    // Every confirmation, note, value and override is back (checks re-ran on resume: compare without them).
    QCOMPARE(withoutChecks(SessionJson::toJson(*h.session)), withoutChecks(before));
    QCOMPARE(SessionJson::toJson(*h.session).value(QStringLiteral("fields")), before.value(QStringLiteral("fields")));

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
             valueFor(QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"), 0));
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

void TestWizardGui::gatewayApplicationLimit()
{
    // 300 applications once took the window to 710 MB and stopped its autosave; a session holds
    // at most Session::MaxGatewayApplications, and the button says so at the limit.
    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    fillStart(w, false);
    clickNext(w);
    auto* gwPage = qobject_cast<GatewayPage*>(w.currentPage());
    auto* add = gwPage->findChild<QPushButton*>(QStringLiteral("addGateway"));
    while (h.session->gatewayApplications().size() < Session::MaxGatewayApplications) {
        QVERIFY(add->isEnabled());
        add->click();
    }
    QCOMPARE(gwPage->tabs()->count(), Session::MaxGatewayApplications);
    QVERIFY(!add->isEnabled());
    QVERIFY2(add->toolTip().contains(QStringLiteral("at most 50")), qPrintable(add->toolTip()));
    QVERIFY(h.session->addGatewayApplication().isEmpty());
    QCOMPARE(h.session->gatewayApplications().size(), Session::MaxGatewayApplications);
    // Removing one opens the button again.
    gwPage->findChild<QPushButton*>(QStringLiteral("removeGateway"))->click();
    QTRY_COMPARE(h.session->gatewayApplications().size(), Session::MaxGatewayApplications - 1);
    QVERIFY(add->isEnabled());
}

void TestWizardGui::gatewayApplicationStoppedAt6b()
{
    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    fillStart(w, false);
    clickNext(w);
    auto* gwPage = qobject_cast<GatewayPage*>(w.currentPage());
    completeSteps(gwPage->stepsFor(QStringLiteral("gw1")));
    gwPage->findChild<QPushButton*>(QStringLiteral("addGateway"))->click();
    StepListWidget* second = gwPage->stepsFor(QStringLiteral("gw2"));
    // The second application has no SubscriptionEvents.svc: the server answers 404.
    typeInto(second->row(QStringLiteral("gateway.1e")), QStringLiteral("input_gateway.1e_mosiUrl"),
             QStringLiteral("https://gw2.example.com:%1/Legacy/HTTPEndpoint.aspx").arg(m_server->port()));
    auto* check6b = second->row(QStringLiteral("gateway.6b"))->findChild<QLabel*>(QStringLiteral("check_gateway.6b"));
    QTRY_VERIFY2(check6b->text().contains(QStringLiteral("404")), qPrintable(check6b->text()));
    QVERIFY(check6b->text().contains(QStringLiteral("contact Parallels support")));
    auto* banner = second->findChild<QLabel*>(QStringLiteral("stopBanner"));
    QTRY_VERIFY(banner->isVisibleTo(second));
    QVERIFY2(banner->text().contains(QStringLiteral("Gateway 6b")), qPrintable(banner->text()));
    QCOMPARE(second->row(QStringLiteral("gateway.6b"))->findChild<QLabel*>(QStringLiteral("state_gateway.6b"))->text(),
             QStringLiteral("Failed"));
    // The first application is unaffected; the page cannot go on until the stop is dealt with.
    QVERIFY(!gwPage->stepsFor(QStringLiteral("gw1"))->findChild<QLabel*>(QStringLiteral("stopBanner"))->isVisibleTo(gwPage));
    QVERIFY(gwPage->stepsFor(QStringLiteral("gw1"))->isComplete());
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    // The stop is recorded in the session, with the KB's own words.
    const StepRecord r = h.session->record(QStringLiteral("gateway/gw2"), QStringLiteral("gateway.6b"));
    QCOMPARE(r.checks.size(), 1);
    QVERIFY(r.checks.first().evidence.value(QStringLiteral("kbStop")).toBool());
    QCOMPARE(r.checks.first().evidence.value(QStringLiteral("httpStatus")).toInt(), 404);
    gwPage->tabs()->setCurrentIndex(1);
    auto* scroll = gwPage->findChild<QScrollArea*>(QStringLiteral("scroll_gateway"));
    scroll->ensureWidgetVisible(second->row(QStringLiteral("gateway.6b")), 0, 260);
    QVERIFY(QDir().mkpath(QStringLiteral(SCREENSHOT_DIR)));
    QVERIFY(w.grab().save(QStringLiteral(SCREENSHOT_DIR "/gateway-two-applications.png")));
}

void TestWizardGui::certificateAcceptedByFingerprint()
{
    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    fillStart(w, false);
    clickNext(w);
    auto* gwPage = qobject_cast<GatewayPage*>(w.currentPage());
    StepListWidget* list = gwPage->stepsFor(QStringLiteral("gw1"));
    typeInto(list->row(QStringLiteral("gateway.1e")), QStringLiteral("input_gateway.1e_mosiUrl"),
             QStringLiteral("https://gw9.example.com:%1/O365Gateway9/HTTPEndpoint.aspx").arg(m_selfSignedServer->port()));
    StepRowWidget* row = list->row(QStringLiteral("gateway.6b"));
    auto* accept = row->findChild<QPushButton*>(QStringLiteral("acceptCert_gateway.6b"));
    QTRY_VERIFY(accept->isVisibleTo(row));
    QVERIFY(row->findChild<QLabel*>(QStringLiteral("check_gateway.6b"))->text().contains(QStringLiteral("self-signed")));

    // The engineer must type the fingerprint's end: a wrong one keeps the button closed.
    QJsonObject seen;
    CertificateDialog::ask() = [&seen](QWidget* parent, const QJsonObject& evidence) {
        seen = evidence;
        CertificateDialog dialog(evidence, parent);
        auto* typed = dialog.findChild<QLineEdit*>(QStringLiteral("fingerprintConfirmation"));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("acceptCertificate"));
        auto* match = dialog.findChild<QLabel*>(QStringLiteral("fingerprintMatch"));
        typed->setText(QStringLiteral("00:00:00:00"));
        if (button->isEnabled() || !match->text().contains(QLatin1String("Does not match")))
            return false; // a wrong entry is said, never silent
        typed->setText(QStringLiteral("5F:C6"));
        if (button->isEnabled() || !match->text().contains(QLatin1String("4 of 8 hex digits")))
            return false;
        const QString fp = CertificateDialog::fingerprintOf(evidence);
        typed->setText(fp.right(11));
        return button->isEnabled() && match->text().contains(QLatin1String("Matches"));
    };
    accept->click();
    const QString fp = CertificateDialog::fingerprintOf(seen);
    QVERIFY(!fp.isEmpty());
    QCOMPARE(h.session->acceptedFingerprint(QStringLiteral("gw9.example.com")), fp);
    QCOMPARE(h.session->certificateExceptions().value(QStringLiteral("gw9.example.com")).by, QStringLiteral("Alice Example"));
    // The checks ran again and now pass, with a warning that says why.
    auto* check = row->findChild<QLabel*>(QStringLiteral("check_gateway.6b"));
    QTRY_VERIFY2(check->text().contains(QStringLiteral("accepted by exception")), qPrintable(check->text()));
    CertificateDialog::ask() = [](QWidget*, const QJsonObject&) { return false; };
}

void TestWizardGui::setupLineFollowsTheSession()
{
    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    fillStart(w, false);
    clickNext(w);
    auto* gwPage = qobject_cast<GatewayPage*>(w.currentPage());
    StepListWidget* list = gwPage->stepsFor(QStringLiteral("gw1"));
    StepRowWidget* row7e = list->row(QStringLiteral("gateway.7e"));
    auto* command = row7e->findChild<QPlainTextEdit*>(QStringLiteral("command_gateway.7e"));
    auto* errors = row7e->findChild<QLabel*>(QStringLiteral("commandErrors_gateway.7e"));
    QVERIFY(command->toPlainText().isEmpty());
    QVERIFY(errors->text().contains(QStringLiteral("step 1e")));
    typeInto(list->row(QStringLiteral("gateway.1e")), QStringLiteral("input_gateway.1e_mosiUrl"),
             QStringLiteral("https://gw1.example.com/O365Gateway/HTTPEndpoint.aspx"));
    StepRowWidget* row4 = list->row(QStringLiteral("gateway.4"));
    typeInto(row4, QStringLiteral("input_gateway.4_siteName"), QStringLiteral("Customer's \"Web\"; $(site)"));
    typeInto(row4, QStringLiteral("input_gateway.4_siteIp"), QStringLiteral("203.0.113.10"));
    QTRY_COMPARE(command->toPlainText(),
                 QStringLiteral(".\\setup.ps1 -SiteName 'Customer''s \"Web\"; $(site)' -IPAddress '203.0.113.10' "
                                "-GatewayAppName 'O365Gateway'"));
    typeInto(row7e, QStringLiteral("input_gateway.7e_mosiBillingId"), QStringLiteral("BILL-1"));
    QTRY_VERIFY(command->toPlainText().endsWith(QStringLiteral(" -MOSIBillingID 'BILL-1'")));
    row7e->findChild<QPushButton*>(QStringLiteral("copyCommand_gateway.7e"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), command->toPlainText());
    // The IIS command is offered at step 4, and garbage pasted back gets a clear answer.
    QVERIFY(row4->findChild<QPlainTextEdit*>(QStringLiteral("command_gateway.4"))->toPlainText().contains(
        QStringLiteral("Get-Website")));
    auto* paste = row4->findChild<QPlainTextEdit*>(QStringLiteral("input_gateway.4_iisOutput"));
    paste->setPlainText(QStringLiteral("this is not what the command prints"));
    auto* check4 = row4->findChild<QLabel*>(QStringLiteral("check_gateway.4"));
    QTRY_VERIFY2(check4->text().contains(QStringLiteral("Failed")), qPrintable(check4->text()));

    // Around the console: the same command piped to clip, or into a file that can be loaded here
    // (UTF-16LE with a BOM, as Out-File writes it in Windows PowerShell 5.1).
    auto* route = row4->findChild<QComboBox*>(QStringLiteral("commandRoute_gateway.4"));
    QVERIFY(route && route->isVisibleTo(row4));
    QCOMPARE(route->count(), 3);
    auto* command4 = row4->findChild<QPlainTextEdit*>(QStringLiteral("command_gateway.4"));
    route->setCurrentIndex(1);
    Q_EMIT route->activated(1);
    QTRY_VERIFY2(command4->toPlainText().endsWith(QStringLiteral(" } | clip")), qPrintable(command4->toPlainText()));
    route->setCurrentIndex(2);
    Q_EMIT route->activated(2);
    QTRY_VERIFY(command4->toPlainText().contains(QStringLiteral("Out-File -FilePath \"$env:TEMP\\o365w-iis.txt\"")));
    row4->findChild<QPushButton*>(QStringLiteral("copyCommand_gateway.4"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), command4->toPlainText());

    const QString records = IisInventory::record(QStringLiteral("SITE"), {QStringLiteral("Сайт"), QStringLiteral("https"),
                                                                          QStringLiteral("203.0.113.10:443:")}) +
                            QStringLiteral("\r\n") +
                            IisInventory::record(QStringLiteral("APP"), {QStringLiteral("Сайт"), QStringLiteral("/O365Gateway"),
                                                                         QStringLiteral("C:\\inetpub\\gw"), QStringLiteral("True"),
                                                                         QStringLiteral("False")}) +
                            QStringLiteral("\r\n") +
                            IisInventory::record(QStringLiteral("END"), {QStringLiteral("1"), QStringLiteral("1")}) +
                            QStringLiteral("\r\n");
    const QString file = m_dir.filePath(QStringLiteral("o365w-iis.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xFF\xFE", 2);
        f.write(reinterpret_cast<const char*>(records.utf16()), records.size() * 2);
    }
    StepInputsForm::fileChooser() = [file](QWidget*) { return file; };
    row4->findChild<QPushButton*>(QStringLiteral("loadFile_gateway.4_iisOutput"))->click();
    const QString shown = QString(records).replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // as the box keeps it
    QCOMPARE(paste->toPlainText(), shown);
    QCOMPARE(h.session->record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.4")).values.value(QStringLiteral("iisOutput")),
             shown);
    // Read and parsed: the site's name decoded from its UTF-8 %XX (the address here is the test's own).
    QTRY_VERIFY2(check4->text().contains(QStringLiteral("Сайт")), qPrintable(check4->text()));
    // A file that is not one: said under the box, the pasted text kept.
    StepInputsForm::fileChooser() = [this](QWidget*) { return m_dir.filePath(QStringLiteral("no-such-file.txt")); };
    row4->findChild<QPushButton*>(QStringLiteral("loadFile_gateway.4_iisOutput"))->click();
    auto* loadError = row4->findChild<QLabel*>(QStringLiteral("inputError_gateway.4_iisOutput"));
    QVERIFY(loadError->isVisibleTo(row4) && !loadError->text().isEmpty());
    QCOMPARE(paste->toPlainText(), shown);
}

namespace {

QByteArray makeZip(const QList<QPair<QString, QByteArray>>& entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const auto& e : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(e.first)))
            return {};
        file.write(e.second);
        file.close();
    }
    zip.close();
    return buffer.data();
}

} // namespace

void TestWizardGui::packageIsInspected()
{
    const QByteArray inner = makeZip({{QStringLiteral("setup.ps1"), "param($SiteName)"}});
    const QByteArray package = makeZip(
        {{QStringLiteral("APP-META.xml"),
          "<application xmlns=\"http://apstandard.com/ns/1\" version=\"1.2\"><name>Office 365</name>"
          "<version>4.1</version><release>103</release></application>"},
         {QStringLiteral("scripts/O365-Web.zip"), inner}});
    QVERIFY(!package.isEmpty());
    const QString good = m_dir.filePath(QStringLiteral("O365-4.1-103.app.zip"));
    const QString bad = m_dir.filePath(QStringLiteral("downloaded.zip"));
    for (const auto& [path, bytes] : {std::pair{good, package}, std::pair{bad, QByteArray("<html>Sign in</html>")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    fillStart(w, false);
    QWidget* page = w.currentPage();
    auto* info = page->findChild<QLabel*>(QStringLiteral("packageInfo"));
    StartPage::packageFileChooser() = [bad](QWidget*) { return bad; };
    page->findChild<QPushButton*>(QStringLiteral("browsePackage"))->click();
    QTRY_VERIFY2(info->text().startsWith(QStringLiteral("✖")), qPrintable(info->text()));
    QVERIFY(info->text().contains(bad));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(h.session->field(Session::fieldPackageSha256()),
             QString::fromLatin1(QCryptographicHash::hash("<html>Sign in</html>", QCryptographicHash::Sha256).toHex()));

    StartPage::packageFileChooser() = [good](QWidget*) { return good; };
    page->findChild<QPushButton*>(QStringLiteral("browsePackage"))->click();
    QTRY_VERIFY2(info->text().startsWith(QStringLiteral("✔")), qPrintable(info->text()));
    QVERIFY(info->text().contains(QStringLiteral("setup.ps1")));
    QCOMPARE(h.session->field(Session::fieldPackageVersion()), QStringLiteral("4.1-103"));
    QCOMPARE(h.session->field(Session::fieldPackageSha256()),
             QString::fromLatin1(QCryptographicHash::hash(package, QCryptographicHash::Sha256).toHex()));
    QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
}

void TestWizardGui::restartKeepsEverything()
{
    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    fillStart(w, false);
    clickNext(w);
    const QJsonObject before = SessionJson::toJson(*h.session);
    // Back, and a restart, would reset registered fields in a plain QWizard.
    QTest::mouseClick(w.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Start));
    w.restart();
    QCOMPARE(SessionJson::toJson(*h.session).value(QStringLiteral("fields")), before.value(QStringLiteral("fields")));
    QCOMPARE(w.currentPage()->findChild<QLineEdit*>(QStringLiteral("customer"))->text(),
             QStringLiteral("Contoso \"Ltd\"; $x"));
}

void TestWizardGui::stageReportFromAPage()
{
    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    fillStart(w, false);
    clickNext(w);
    auto* gwPage = qobject_cast<GatewayPage*>(w.currentPage());
    completeSteps(gwPage->stepsFor(QStringLiteral("gw1")));
    QTemporaryDir out;
    StagePage::reportFolderChooser() = [&out](QWidget*) { return out.path(); };
    gwPage->findChild<QPushButton*>(QStringLiteral("exportStageReport"))->click();
    auto* result = gwPage->findChild<QLabel*>(QStringLiteral("exportStageResult"));
    QTRY_VERIFY2(result->text().startsWith(QStringLiteral("✔")), qPrintable(result->text()));
    const QStringList json = QDir(out.path()).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(json.size(), 1);
    QFile f(QDir(out.path()).filePath(json.first()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // The Gateway stage with its steps, and not the others.
    QVERIFY(bytes.contains("gateway.6b"));
    QVERIFY(!bytes.contains("provisioning.2"));
    QVERIFY(QFile::exists(QDir(out.path()).filePath(json.first().chopped(5) + QStringLiteral(".pdf"))));
    QVERIFY(!QFile::exists(QDir(out.path()).filePath(json.first() + QStringLiteral(".sig"))));
}

// "Support bundle…" is on every page: the zip holds the session with what was entered, and says so.
void TestWizardGui::supportBundleFromAnyPage()
{
    Harness h = start();
    UpgradeWizard& w = *h.wizard;
    fillStart(w, false);
    clickNext(w);
    auto* button = w.findChild<QAbstractButton*>(QStringLiteral("supportBundle"));
    QVERIFY(button && button->isVisibleTo(&w) && button->isEnabled());
    QVERIFY(!button->accessibleName().isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("bundle-from-gateway.zip"));
    UpgradeWizard::bundleFileChooser() = [path](QWidget*, const QString& suggested) {
        return suggested.endsWith(QLatin1String(".zip")) ? path : QString();
    };
    button->click();
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("supportBundleResult"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("was saved to")), qPrintable(box->text()));
    box->close();
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QStringList names = zip.getFileNameList();
    // (capture.json comes with the window's own recorder; this harness's network context has none.)
    QVERIFY2(names.contains(QStringLiteral("session.json")) && names.contains(QStringLiteral("manifest.json")),
             qPrintable(names.join(u',')));
    QVERIFY(zip.setCurrentFile(QStringLiteral("session.json")));
    QuaZipFile f(&zip);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("Alice Example"));
}

QTEST_MAIN(TestWizardGui)
#include "tst_wizard_gui.moc"
