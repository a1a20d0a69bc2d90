// The PA Application page offscreen: the wizard is walked to it, the PA public API (the fake
// peer tests/support/fake_pa_api.py on loopback) is configured on the page, the password is entered
// and kept in the secret store, and steps 2–4 pass from the API. Without the API, steps 2–4
// are confirmed by hand. A canary password must be found in no file the run wrote.

#include "session/AutoSaver.h"
#include "procedure/HeadlessChecker.h"
#include "procedure/Procedure.h"
#include "stages/gateway/GatewayStage.h"
#include "stages/paapp/PaApplicationStage.h"
#include "net/HostResolver.h"
#include "net/NetworkContext.h"
#include "paapi/PaCredentials.h"
#include "kb/ProcedureCatalogue.h"
#include "net/SecretStore.h"
#include "session/Session.h"
#include "core/SessionLog.h"
#include "session/SessionStore.h"
#include "widgets/StepListWidget.h"
#include "widgets/StepRowWidget.h"
#include "kb/StepState.h"
#include "pages/UpgradeWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include "support/WizardDriver.h"

#include <QtTest>

#include <memory>

using namespace o365;

namespace {

const StageDefinition& paApp() { return Procedure::instance().paApplication(); }

const QString Login = QStringLiteral("api-admin");
const QByteArray Canary = "Canary-pw-PaApp-5e1d77";

const QString kMosiUrl = QStringLiteral("https://gw1.example.com:1/O365Gateway1/HTTPEndpoint.aspx");

// Application 7 with instances #11 and #12, both upgraded; Administration autoprovisioned; an
// Empty Service Set with the zero GUIDs, in the one service template; instance #12's settings hold
// the URL for MOSI Connector (#11's do not).
const char* kScenario = R"({
  "settings": {"11": [{"name": "Administrator login", "value": "admin@contoso.onmicrosoft.com"}],
               "12": [{"name": "URL for MOSI Connector",
                       "value": "https://gw1.example.com:1/O365Gateway1/HTTPEndpoint.aspx"}]},
  "serviceTemplates": [{"st_id": 1, "name": "Office 365", "resource_types": [
    {"resource_type_id": 6, "resource_type_name": "Empty Service Set",
     "act_params": [{"var_name": "included_offers", "var_value": "00000000-0000-0000-0000-000000000000"},
                    {"var_name": "trial_offer_id", "var_value": "00000000-0000-0000-0000-000000000000"}]},
    {"resource_type_id": 101, "act_params": [{"var_name": "autoprovide_service", "var_value": "1"}]},
    {"resource_type_id": 102, "act_params": [{"var_name": "autoprovide_service", "var_value": "1"}]}]}],
  "apps": {"7": [11, 12]},
  "instances": {"11": {"package_version": "4.1-103", "status": "Ready", "rt_id": 301},
                "12": {"package_version": "4.1", "status": "Ready", "rt_id": 302}},
  "serviceResourceTypes": {
    "11": [{"service_id": "Administration", "service_resource_type_id": 101, "settings": []}],
    "12": [{"service_id": "Administration", "service_resource_type_id": 102, "settings": []}]},
  "resourceTypes": {"rc.saas.service": [{"resource_type_id": 6, "resource_type_name": "Empty Service Set"}]}
})";

// fake_pa_api.py for one scenario; killed when this goes.
class FakePa
{
public:
    FakePa()
    {
        QJsonObject scenario = QJsonDocument::fromJson(kScenario).object();
        scenario.insert(QStringLiteral("login"), Login);
        scenario.insert(QStringLiteral("password"), QString::fromUtf8(Canary));
        const QString file = m_dir.filePath(QStringLiteral("scenario.json"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(scenario).toJson()) < 0)
            qFatal("cannot write the scenario file");
        f.close();
        m_process.start(QStringLiteral("python3"),
                        QStringList{QStringLiteral(FAKE_PA_API), QStringLiteral("--scenario"), file});
        // Test code may block here: wait for the port line.
        if (!m_process.waitForStarted(10000))
            qFatal("python3 did not start");
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(10000);
        m_port = m_process.readLine().trimmed().toInt();
        if (m_port <= 0)
            qFatal("fake_pa_api.py printed no port: %s", m_process.readAllStandardError().constData());
        QFile::remove(file); // it holds the canary
    }
    ~FakePa()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/RPC2").arg(m_port); }
    // The same PA by a name that is not loopback (on Linux 0.0.0.0 connects to this machine).
    QString remoteUrl() const { return QStringLiteral("http://0.0.0.0:%1/RPC2").arg(m_port); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

// A keychain that cannot be used (no Secret Service).
class UnavailableSecretStore : public SecretStore
{
public:
    void read(const QString&, QObject* context, Callback done) override { answer(context, done); }
    void write(const QString&, const QByteArray&, QObject* context, Callback done) override { answer(context, done); }
    void remove(const QString&, QObject* context, Callback done) override { answer(context, done); }

private:
    static void answer(QObject* context, Callback done)
    {
        Result r;
        r.error = Error::Unavailable;
        r.message = QStringLiteral("The keychain cannot be used (no Secret Service).");
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }
};

CheckResult resultOf(const Session& s, const QString& stepId, const QString& checkId)
{
    for (const CheckResult& r : s.record(QStringLiteral("paapp"), stepId).checks) {
        if (r.checkId == checkId)
            return r;
    }
    return {};
}

QString statusOf(const Session& s, const QString& stepId, const QString& checkId)
{
    return toString(resultOf(s, stepId, checkId).status);
}

} // namespace

class TestPaAppGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stepsPassFromTheApi();
    void mosiUrlReadFromPa();
    void plainHttpNeedsAgreement();
    void keychainUnavailableUseForThisRun();
    void withoutApiConfirmedByHand();
    void rulesForPaSteps();
    void headlessPaStage();
    void passwordFromStdinInTheBinary();
    void cleanupTestCase();

private:
    struct Harness
    {
        std::unique_ptr<Session> session;
        std::unique_ptr<AutoSaver> saver;
        std::unique_ptr<UpgradeWizard> wizard;
        QString path;
    };
    Harness start(SecretStore* secrets);
    void walkToPaApplication(Harness& h);
    void fillStart(UpgradeWizard& w);
    void completeSteps(StepListWidget* list);
    void confirm(StepListWidget* list, const QString& stepId);
    void configureApi(QWidget* page, const QString& url);
    void verifyNoCanary();

    QTemporaryDir m_dir;
    StaticHostResolver m_resolver;
    MemorySecretStore m_secrets;
    NetworkContext m_net;
};

void TestPaAppGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The gateway hosts resolve to loopback where nothing listens: those checks fail fast and
    // their steps are overridden; this test is about the PA Application page.
    m_resolver.addHost(QStringLiteral("gw1.example.com"), {QHostAddress(QHostAddress::LocalHost)});
    m_net.resolver = &m_resolver;
    m_net.secrets = &m_secrets;
    m_net.httpTimeoutMs = 3000;
    m_net.dnsTimeoutMs = 2000;
    // Everything is logged, at the most verbose level, into the test's folder.
    QVERIFY(SessionLog::open(m_dir.filePath(QStringLiteral("run.log"))));
    QVERIFY(SessionLog::setLevel(QStringLiteral("debug")));
}

void TestPaAppGui::cleanupTestCase() { SessionLog::close(); }

TestPaAppGui::Harness TestPaAppGui::start(SecretStore* secrets)
{
    m_net.secrets = secrets;
    Harness h;
    h.session = std::make_unique<Session>();
    h.path = SessionStore(m_dir.path()).pathFor(*h.session);
    h.saver = std::make_unique<AutoSaver>(h.session.get(), h.path, 100);
    h.wizard = std::make_unique<UpgradeWizard>(h.session.get(), &m_net);
    h.wizard->show();
    if (!QTest::qWaitForWindowExposed(h.wizard.get()))
        qWarning("window not exposed");
    return h;
}

void TestPaAppGui::fillStart(UpgradeWizard& w)
{
    StartPageValues values;
    values.singleTopology = true;
    values.syncScript = true;
    fillStartPage(w, values);
}

// Fills every input; overrides every checked gateway step (nothing answers there), confirms the rest.
void TestPaAppGui::completeSteps(StepListWidget* list)
{
    const auto valueFor = [](const QString&, const QString& key) -> QString {
        if (key == QLatin1String("mosiUrl"))
            return QStringLiteral("https://gw1.example.com:1/O365Gateway1/HTTPEndpoint.aspx");
        if (key == QLatin1String("ipAddress") || key == QLatin1String("siteIp"))
            return QStringLiteral("127.0.0.1");
        if (key == QLatin1String("siteName"))
            return QStringLiteral("Default Web Site");
        return {};
    };
    const auto overrideFor = [](const QString& stepId) -> QString {
        if (stepId.startsWith(QLatin1String("gateway.")) && Procedure::instance().gateway().checksStep(stepId))
            return QStringLiteral("Not part of this test");
        return {};
    };
    completeStepList(list, valueFor, overrideFor);
}

void TestPaAppGui::walkToPaApplication(Harness& h)
{
    UpgradeWizard& w = *h.wizard;
    fillStart(w);
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Gateway));
    completeSteps(w.currentPage()->findChild<StepListWidget*>());
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Provisioning));
    completeSteps(w.currentPage()->findChild<StepListWidget*>());
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_PaApplication));
}

void TestPaAppGui::confirm(StepListWidget* list, const QString& stepId)
{
    auto* box = list->row(stepId)->findChild<QCheckBox*>(QStringLiteral("confirm_") + stepId);
    QVERIFY2(box, qPrintable(stepId));
    QVERIFY2(box->isVisibleTo(list), qPrintable(stepId));
    if (!box->isChecked())
        box->click();
    QVERIFY(box->isChecked());
}

void TestPaAppGui::configureApi(QWidget* page, const QString& url)
{
    typeInto(page, QStringLiteral("paApiUrl"), url);
    typeInto(page, QStringLiteral("paApiLogin"), Login);
    typeInto(page, QStringLiteral("paAppId"), QStringLiteral("7"));
    auto* password = page->findChild<QLineEdit*>(QStringLiteral("paApiPassword"));
    QVERIFY(password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    typeInto(page, QStringLiteral("paApiPassword"), QString::fromUtf8(Canary));
}

void TestPaAppGui::verifyNoCanary()
{
    QStringList roots{m_dir.path()};
    // The test's own XDG folders (tests/run-in-scratch.sh), when run by CTest.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.contains(QLatin1String("scratch/tst_paapp_gui")))
        roots << QFileInfo(runtime).absolutePath();
    int files = 0;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(Canary), qPrintable(QStringLiteral("the password is in %1").arg(f.fileName())));
            QVERIFY2(!content.contains(Canary.toBase64()), qPrintable(f.fileName()));
        }
    }
    QVERIFY(files >= 2); // the session and the log, at least
}

void TestPaAppGui::stepsPassFromTheApi()
{
    FakePa pa;
    Harness h = start(&m_secrets);
    walkToPaApplication(h);
    UpgradeWizard& w = *h.wizard;
    QWidget* page = w.currentPage();
    auto* list = page->findChild<StepListWidget*>();
    QVERIFY(list);
    // Not configured yet: steps 2–4 fall back to a confirmation by hand.
    QTRY_VERIFY(!list->checksRunning());
    QVERIFY(StepRules::isManualFallback(resultOf(*h.session, QStringLiteral("paapp.2"), "paapp.autoprovisioning")));
    QVERIFY(list->row(QStringLiteral("paapp.2"))
                ->findChild<QCheckBox*>(QStringLiteral("confirm_paapp.2"))
                ->isVisibleTo(list));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());

    configureApi(page, pa.url());
    // Address and login are set, the password is not stored yet: the checks say so.
    QTRY_VERIFY(resultOf(*h.session, QStringLiteral("paapp.2"), "paapp.autoprovisioning")
                    .evidence.value(QStringLiteral("secret")) == QStringLiteral("notFound"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("savePaApiPassword")), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<QLabel*>(QStringLiteral("paApiStatus"))
                    ->text()
                    .contains(QStringLiteral("saved in the keychain")));
    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("paApiPassword"))->text(), QString());

    // The password went to the store under pa-api/<login>@<host>.
    bool read = false;
    m_secrets.read(QStringLiteral("pa-api/api-admin@127.0.0.1"), this, [&read](const SecretStore::Result& r) {
        read = r.ok() && r.secret == Canary;
    });
    QTRY_VERIFY(read);

    QTRY_COMPARE(statusOf(*h.session, QStringLiteral("paapp.2"), "paapp.autoprovisioning"), QStringLiteral("passed"));
    QTRY_COMPARE(statusOf(*h.session, QStringLiteral("paapp.3"), "paapp.instancesBefore"), QStringLiteral("passed"));
    QTRY_COMPARE(statusOf(*h.session, QStringLiteral("paapp.4"), "paapp.emptyServiceSet"), QStringLiteral("passed"));
    QTRY_VERIFY(!list->checksRunning());
    for (const char* id : {"paapp.2", "paapp.4"}) {
        const Step* step = ProcedureCatalogue::instance().step(QLatin1String(id));
        QCOMPARE(step->kind, StepKind::AutomatedCheck);
        QCOMPARE(toString(StepRules::evaluateIn(paApp(), *step, *h.session, QStringLiteral("paapp"))), QStringLiteral("done"));
        // Decided by the API: no confirmation is asked for.
        QVERIFY(!list->row(QLatin1String(id))
                     ->findChild<QCheckBox*>(QStringLiteral("confirm_") + QLatin1String(id))
                     ->isVisibleTo(list));
    }
    QVERIFY(resultOf(*h.session, QStringLiteral("paapp.2"), "paapp.autoprovisioning")
                .message.contains(QStringLiteral("resource type 101 (instance #11)")));

    // The import, the bulk upgrade and KB 117505 are the engineer's; confirming the upgrade
    // validates every instance through the API.
    confirm(list, QStringLiteral("paapp.1"));
    confirm(list, QStringLiteral("paapp.3"));
    confirm(list, QStringLiteral("paapp.5"));
    QTRY_COMPARE(statusOf(*h.session, QStringLiteral("paapp.3"), "paapp.instancesAfter"), QStringLiteral("passed"));
    QTRY_VERIFY(list->isComplete());
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_NewFeatures));

    // The session holds the address, the login and the application ID — never the password.
    QCOMPARE(h.session->field(Session::fieldPaApiUrl()), pa.url());
    QCOMPARE(h.session->field(Session::fieldPaApiLogin()), Login);
    QCOMPARE(h.session->field(Session::fieldPaAppId()), QStringLiteral("7"));
    QVERIFY(h.saver->flush());
    verifyNoCanary();
}

// Plain http to another machine: the page says what it means, no PA API call runs until the
// engineer agrees for that host, and the agreement is recorded (and found again for that host).
void TestPaAppGui::plainHttpNeedsAgreement()
{
    FakePa pa;
    Harness h = start(&m_secrets);
    walkToPaApplication(h);
    UpgradeWizard& w = *h.wizard;
    QWidget* page = w.currentPage();
    auto* list = page->findChild<StepListWidget*>();
    auto* warning = page->findChild<QLabel*>(QStringLiteral("paApiPlainHttpWarning"));
    auto* agree = page->findChild<QCheckBox*>(QStringLiteral("paApiPlainHttpAck"));
    QVERIFY(warning && agree);
    QVERIFY(!warning->isVisibleTo(page) && !agree->isVisibleTo(page));

    configureApi(page, pa.remoteUrl());
    QVERIFY(warning->isVisibleTo(page) && agree->isVisibleTo(page));
    QCOMPARE(warning->textFormat(), Qt::PlainText);
    QVERIFY2(warning->text().contains(QLatin1String("plain http")) &&
                 warning->text().contains(QLatin1String("https://0.0.0.0:8440/RPC2")),
             qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QLatin1String("the password of api-admin")), qPrintable(warning->text()));
    QVERIFY(agree->text().contains(QLatin1String("0.0.0.0")));
    QVERIFY(!agree->isChecked());
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("savePaApiPassword")), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<QLabel*>(QStringLiteral("paApiStatus"))->text().contains(QStringLiteral("saved")));
    QTRY_VERIFY(resultOf(*h.session, QStringLiteral("paapp.2"), "paapp.autoprovisioning")
                    .message.contains(QLatin1String("uses plain http")));
    QTRY_VERIFY(!list->checksRunning());
    QCOMPARE(resultOf(*h.session, QStringLiteral("paapp.2"), "paapp.autoprovisioning")
                 .evidence.value(QStringLiteral("plainHttp"))
                 .toString(),
             QStringLiteral("notAcknowledged"));

    agree->click();
    QVERIFY(h.session->plainHttpAcknowledged(QStringLiteral("0.0.0.0")));
    QCOMPARE(h.session->plainHttpAcknowledgements().value(QStringLiteral("0.0.0.0")).by,
             h.session->field(Session::fieldEngineer()));
    QVERIFY(warning->text().contains(QLatin1String("You agreed")));
    QTRY_COMPARE(statusOf(*h.session, QStringLiteral("paapp.2"), "paapp.autoprovisioning"), QStringLiteral("passed"));
    QCOMPARE(resultOf(*h.session, QStringLiteral("paapp.2"), "paapp.autoprovisioning")
                 .evidence.value(QStringLiteral("plainHttp"))
                 .toString(),
             QStringLiteral("acknowledged"));

    // Another address: no warning for https, and the agreement is per host.
    typeInto(page, QStringLiteral("paApiUrl"), QStringLiteral("https://pa.example.com:8440/RPC2"));
    QVERIFY(!warning->isVisibleTo(page));
    typeInto(page, QStringLiteral("paApiUrl"), QStringLiteral("http://pa.example.com:8440/RPC2"));
    QVERIFY(warning->isVisibleTo(page) && !agree->isChecked());
    typeInto(page, QStringLiteral("paApiUrl"), pa.remoteUrl());
    QVERIFY(agree->isChecked());
    agree->click();
    QVERIFY(!h.session->plainHttpAcknowledged(QStringLiteral("0.0.0.0")));
    QTRY_VERIFY(!list->checksRunning());
    bool removed = false;
    m_secrets.remove(QStringLiteral("pa-api/api-admin@0.0.0.0"), this,
                     [&removed](const SecretStore::Result&) { removed = true; });
    QTRY_VERIFY(removed);
}

// Gateway step 1e: with the PA API configured (a resumed session) and its password in the keychain, the
// empty URL for MOSI Connector is read from PA when the page opens, with its source in the step's note.
void TestPaAppGui::mosiUrlReadFromPa()
{
    FakePa pa;
    bool stored = false;
    m_secrets.write(QStringLiteral("pa-api/api-admin@127.0.0.1"), Canary, this,
                    [&stored](const SecretStore::Result& r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    Harness h = start(&m_secrets);
    h.session->setField(Session::fieldPaApiUrl(), pa.url());
    h.session->setField(Session::fieldPaApiLogin(), Login);
    h.session->setField(Session::fieldPaAppId(), QStringLiteral("7"));
    UpgradeWizard& w = *h.wizard;
    fillStart(w);
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_Gateway));
    QWidget* page = w.currentPage();
    const QString scope = Session::gatewayScope(QStringLiteral("gw1"));
    QTRY_COMPARE(h.session->record(scope, QStringLiteral("gateway.1e")).values.value(QStringLiteral("mosiUrl")),
                 kMosiUrl);
    auto* edit = page->findChild<QLineEdit*>(QStringLiteral("input_gateway.1e_mosiUrl"));
    QVERIFY(edit);
    QTRY_COMPARE(edit->text(), kMosiUrl);
    QCOMPARE(h.session->record(scope, QStringLiteral("gateway.1e")).note,
             QStringLiteral("URL for MOSI Connector read from PA instance #12."));
    auto* source = page->findChild<QLabel*>(QStringLiteral("mosiUrlSource"));
    QVERIFY(source);
    QVERIFY2(source->text().contains(QStringLiteral("instance #12: ") + kMosiUrl), qPrintable(source->text()));
    QVERIFY2(source->text().contains(QStringLiteral("Filled in (step 1e)")), qPrintable(source->text()));
    // The URL is then checked like a typed one (step 1f parses it).
    QTRY_COMPARE(toString(h.session->record(scope, QStringLiteral("gateway.1f")).checks.value(0).status),
                 QStringLiteral("passed"));

    // A second gateway application: nothing else to read, and a URL already entered is never replaced.
    auto* read = page->findChild<QPushButton*>(QStringLiteral("readMosiUrlFromPa"));
    QVERIFY(read && !read->accessibleName().isEmpty());
    QTRY_VERIFY(read->isEnabled());
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addGateway")), Qt::LeftButton);
    QTest::mouseClick(read, Qt::LeftButton);
    QTRY_VERIFY2(source->text().contains(QStringLiteral("Nothing was filled in")), qPrintable(source->text()));
    QCOMPARE(h.session->record(scope, QStringLiteral("gateway.1e")).values.value(QStringLiteral("mosiUrl")), kMosiUrl);
    QVERIFY(h.saver->flush());
    verifyNoCanary();
    bool removed = false;
    m_secrets.remove(QStringLiteral("pa-api/api-admin@127.0.0.1"), this,
                     [&removed](const SecretStore::Result&) { removed = true; });
    QTRY_VERIFY(removed);
}

void TestPaAppGui::keychainUnavailableUseForThisRun()
{
    FakePa pa;
    UnavailableSecretStore none;
    Harness h = start(&none);
    walkToPaApplication(h);
    UpgradeWizard& w = *h.wizard;
    QWidget* page = w.currentPage();
    auto* list = page->findChild<StepListWidget*>();
    configureApi(page, pa.url());
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("savePaApiPassword")), Qt::LeftButton);
    auto* status = page->findChild<QLabel*>(QStringLiteral("paApiStatus"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("Use for this run only")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("not saved")));
    // The keychain's answer reaches the steps too: they can still be confirmed by hand.
    QTRY_COMPARE(resultOf(*h.session, QStringLiteral("paapp.2"), "paapp.autoprovisioning")
                     .evidence.value(QStringLiteral("secret"))
                     .toString(),
                 QStringLiteral("unavailable"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("usePaApiPasswordForRun")), Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(QStringLiteral("this run only")));
    QTRY_COMPARE(statusOf(*h.session, QStringLiteral("paapp.2"), "paapp.autoprovisioning"), QStringLiteral("passed"));
    QTRY_COMPARE(statusOf(*h.session, QStringLiteral("paapp.4"), "paapp.emptyServiceSet"), QStringLiteral("passed"));
    QTRY_VERIFY(!list->checksRunning());
    QVERIFY(h.saver->flush());
    verifyNoCanary();
}

void TestPaAppGui::withoutApiConfirmedByHand()
{
    Harness h = start(&m_secrets);
    walkToPaApplication(h);
    UpgradeWizard& w = *h.wizard;
    auto* list = w.currentPage()->findChild<StepListWidget*>();
    QTRY_VERIFY(!list->checksRunning());
    const QList<QPair<QString, const char*>> checks{{QStringLiteral("paapp.2"), "paapp.autoprovisioning"},
                                                     {QStringLiteral("paapp.3"), "paapp.instancesBefore"},
                                                     {QStringLiteral("paapp.4"), "paapp.emptyServiceSet"}};
    for (const auto& [stepId, checkId] : checks) {
        const CheckResult r = resultOf(*h.session, stepId, QLatin1String(checkId));
        QCOMPARE(toString(r.status), QStringLiteral("skipped"));
        QVERIFY2(r.message.contains(QStringLiteral("not configured")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("Confirm by hand")), qPrintable(r.message));
        QVERIFY(StepRules::isManualFallback(r));
    }
    const Step* step2 = ProcedureCatalogue::instance().step(QStringLiteral("paapp.2"));
    QCOMPARE(toString(StepRules::evaluateIn(paApp(), *step2, *h.session, QStringLiteral("paapp"))), QStringLiteral("open"));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    for (const char* id : {"paapp.1", "paapp.2", "paapp.3", "paapp.4", "paapp.5"})
        confirm(list, QLatin1String(id));
    QCOMPARE(toString(StepRules::evaluateIn(paApp(), *step2, *h.session, QStringLiteral("paapp"))), QStringLiteral("done"));
    // The bulk upgrade confirmed: its validation ran, and fell back to the confirmation too.
    QTRY_COMPARE(statusOf(*h.session, QStringLiteral("paapp.3"), "paapp.instancesAfter"), QStringLiteral("skipped"));
    QTRY_VERIFY(list->isComplete());
    clickNext(w);
    QCOMPARE(w.currentId(), int(UpgradeWizard::Page_NewFeatures));
    QCOMPARE(h.session->record(QStringLiteral("paapp"), QStringLiteral("paapp.4")).confirmation.by,
             QStringLiteral("Alice Example"));
    QVERIFY(h.saver->flush());
    verifyNoCanary();
}

// The core rules behind the page: a manual fallback is satisfied by the confirmation, nothing else is.
void TestPaAppGui::rulesForPaSteps()
{
    QCOMPARE(PaCredentials::secretKey(Login, QUrl(QStringLiteral("https://PA.example.com:8440/RPC2"))),
             QStringLiteral("pa-api/api-admin@pa.example.com"));
    const QString scope = QStringLiteral("paapp");
    const Step* step2 = ProcedureCatalogue::instance().step(QStringLiteral("paapp.2"));
    const Step* step4 = ProcedureCatalogue::instance().step(QStringLiteral("paapp.4"));
    auto state = [&](const Session& s, const Step* step) { return toString(StepRules::evaluateIn(paApp(), *step, s, scope)); };
    auto result = [](CheckStatus status, bool manualFallback) {
        CheckResult r;
        r.checkId = QStringLiteral("paapp.autoprovisioning");
        r.stepId = QStringLiteral("paapp.2");
        r.status = status;
        if (manualFallback)
            r.evidence.insert(QStringLiteral("manualFallback"), true);
        return r;
    };
    Session s;
    QCOMPARE(state(s, step2), QStringLiteral("open"));
    s.setCheckResult(scope, QStringLiteral("paapp.2"), result(CheckStatus::Skipped, false));
    s.setConfirmed(scope, QStringLiteral("paapp.2"), true);
    QCOMPARE(state(s, step2), QStringLiteral("open")); // skipped without a fallback: not for the engineer
    s.setCheckResult(scope, QStringLiteral("paapp.2"), result(CheckStatus::Skipped, true));
    QCOMPARE(state(s, step2), QStringLiteral("done"));
    s.setConfirmed(scope, QStringLiteral("paapp.2"), false);
    QCOMPARE(state(s, step2), QStringLiteral("open"));
    s.setCheckResult(scope, QStringLiteral("paapp.2"), result(CheckStatus::Failed, false));
    s.setConfirmed(scope, QStringLiteral("paapp.2"), true);
    QCOMPARE(state(s, step2), QStringLiteral("failed")); // a confirmation never hides a failure
    s.setCheckResult(scope, QStringLiteral("paapp.2"), result(CheckStatus::Passed, false));
    QCOMPARE(state(s, step2), QStringLiteral("done"));

    // Step 4 applies only with the synchronization script.
    QCOMPARE(state(s, step4), QStringLiteral("notApplicable"));
    QCOMPARE(paApp().notApplicableReason(*step4, s, scope),
             QStringLiteral("Not needed: the synchronization script is not used."));
    s.setField(Session::fieldSyncScript(), QStringLiteral("yes"));
    QCOMPARE(state(s, step4), QStringLiteral("open"));
}

// --check --stage paapp: the address and login from the session, the password from the store.
void TestPaAppGui::headlessPaStage()
{
    QVERIFY(HeadlessChecker::stageKeys().contains(QStringLiteral("paapp")));
    FakePa pa;
    Session s;
    s.setField(Session::fieldPaApiUrl(), pa.url());
    s.setField(Session::fieldPaApiLogin(), Login);
    s.setField(Session::fieldPaAppId(), QStringLiteral("7"));
    s.setField(Session::fieldTargetVersion(), QStringLiteral("4.1"));
    s.setField(Session::fieldSyncScript(), QStringLiteral("yes"));
    MemorySecretStore store;
    bool written = false;
    store.write(QStringLiteral("pa-api/api-admin@127.0.0.1"), Canary, this,
                [&written](const SecretStore::Result& r) { written = r.ok(); });
    QTRY_VERIFY(written);
    NetworkContext net;
    net.secrets = &store;
    HeadlessChecker checker(&s, &net);
    QSignalSpy done(&checker, &HeadlessChecker::finished);
    QString error;
    QVERIFY2(checker.start(QStringLiteral("paapp"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
    const QString report = checker.report().join(QLatin1Char('\n'));
    QVERIFY2(report.contains(QStringLiteral("paapp\tpaapp.2\tPASSED")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("paapp\tpaapp.3\tPASSED")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("paapp\tpaapp.4\tPASSED")), qPrintable(report));
    QVERIFY(!report.contains(QString::fromUtf8(Canary)));
    QCOMPARE(checker.blockingFailures(), 0);

    // Without the password in the store: each step falls back to the engineer, nothing blocks.
    MemorySecretStore empty;
    net.secrets = &empty;
    HeadlessChecker again(&s, &net);
    QSignalSpy done2(&again, &HeadlessChecker::finished);
    QVERIFY(again.start(QStringLiteral("paapp"), &error));
    QTRY_COMPARE(done2.count(), 1);
    for (const auto& [scope, r] : again.results()) {
        QCOMPARE(toString(r.status), QStringLiteral("skipped"));
        QVERIFY(StepRules::isManualFallback(r));
    }
    QCOMPARE(again.results().size(), 3);
}

void TestPaAppGui::passwordFromStdinInTheBinary()
{
    // The real executable: `--check SESSION --stage paapp --password-stdin`, the password piped
    // in, never on the command line; it reaches the PA peer and no file.
    FakePa pa;
    QTemporaryDir dir;
    Session s;
    s.setField(Session::fieldPaApiUrl(), pa.url());
    s.setField(Session::fieldPaApiLogin(), Login);
    s.setField(Session::fieldPaAppId(), QStringLiteral("7"));
    s.setField(Session::fieldSyncScript(), QStringLiteral("yes"));
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(SessionStore::save(s, path));
    QProcess p;
    p.start(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--check"), path, QStringLiteral("--stage"), QStringLiteral("paapp"),
                                            QStringLiteral("--password-stdin"), QStringLiteral("--log-level"),
                                            QStringLiteral("debug")});
    QVERIFY(p.waitForStarted());
    p.write(Canary + "\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("paapp\tpaapp.2\tPASSED")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("paapp\tpaapp.4\tPASSED")), qPrintable(out));
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(Canary), qPrintable(name));
    }
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("session.log"))));

    // With the API configured, PA itself confirms the prerequisite "POA 5.4.4 or later".
    QProcess start;
    start.start(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--check"), path, QStringLiteral("--stage"),
                                                QStringLiteral("start"), QStringLiteral("--password-stdin")});
    QVERIFY(start.waitForStarted());
    start.write(Canary + "\n");
    start.closeWriteChannel();
    QVERIFY(start.waitForFinished(60000));
    const QString startOut = QString::fromUtf8(start.readAllStandardOutput());
    QVERIFY2(startOut.count(QStringLiteral("start\tstart.prerequisites\t")) == 2, qPrintable(startOut));
    QVERIFY2(startOut.contains(QStringLiteral("start.prerequisites\tPASSED\tPA reports version 5.4.4")),
             qPrintable(startOut));
}

QTEST_MAIN(TestPaAppGui)
#include "tst_paapp_gui.moc"
