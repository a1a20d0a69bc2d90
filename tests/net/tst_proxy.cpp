// The proxy (issue 7, item 3) and the settings kept in QSettings (item 5): HTTPS probes through a real proxy on
// loopback (tests/support/fake_proxy.py: CONNECT, 407 with Proxy-Authenticate: Basic until the right credentials come) in
// front of the test HTTPS server; the credentials from NetworkContext::proxyAuthenticator, or asked for by the
// GUI's prompt; the password never in QSettings' file; the remembered report and package folders.

#include "checks/HttpsProbeCheck.h"
#include "net/NetworkContext.h"
#include "dialogs/ProxyDialog.h"
#include "net/ProxySettings.h"
#include "core/RecentFolders.h"
#include "core/SessionLog.h"
#include "support/TestHttpsServer.h"
#include "support/TestPki.h"

#include <QApplication>
#include <QAuthenticator>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace o365;

namespace {

const QString kHost = QStringLiteral("gw.proxytest.example"); // only the proxy knows where it is
const QString kUser = QStringLiteral("proxyuser");
const QString kPassword = QStringLiteral("Pr0xy-canary-7c1e9a");

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void settingsRoundTrip();
    void probeWithCredentialsFromTheCallback();
    void probeWithoutCredentialsFails();
    void probeWithWrongCredentialsFails();
    void promptAsksAndRemembersForTheRun();
    void promptAsksAgainWhenRefused();
    void networkDialogSavesTheSetting();
    void rememberedFolders();
    void noSecretInTheSettingsFile();

private:
    CheckResult probe(const NetworkContext& net);
    void useManualProxy();
    // Probes that trust the test CA and ask `prompt` when the proxy wants a password.
    NetworkContext promptingContext(ProxyAuthPrompt& prompt) const;
    // The proxy password dialog once it is on screen (nullptr while it is not).
    static QDialog* visibleProxyAuthDialog();

    std::unique_ptr<TestPki> m_pki;
    TestPki::Leaf m_leaf;
    std::unique_ptr<TestHttpsServer> m_server;
    QProcess m_proxy;
    int m_proxyPort = 0;
    QByteArray m_proxyLog;
};

void TestProxy::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("o365-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_proxy"));
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_leaf = m_pki->issue(QStringLiteral("proxied"), {kHost}, now.addDays(-1), now.addDays(365));
    QVERIFY2(m_leaf.ok(), qPrintable(m_pki->error()));
    m_server = std::make_unique<TestHttpsServer>(m_leaf.certificate, m_leaf.key);
    m_server->route(QStringLiteral("/O365Gateway/SubscriptionEvents.svc"),
                    {200, LabHttpsServer::wcfHelpPage(QStringLiteral("SubscriptionEvents"))});
    QVERIFY(m_server->listen());

    connect(&m_proxy, &QProcess::readyReadStandardOutput, this,
            [this] { m_proxyLog += m_proxy.readAllStandardOutput(); });
    m_proxy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_proxy.start(QStringLiteral("python3"), {QStringLiteral(FAKE_PROXY), QStringLiteral("--user"), kUser,
                                             QStringLiteral("--password"), kPassword});
    QVERIFY2(m_proxy.waitForStarted(), qPrintable(m_proxy.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_proxyLog.contains('\n'), 10000);
    const QByteArray first = m_proxyLog.left(m_proxyLog.indexOf('\n'));
    QVERIFY2(first.startsWith("PORT "), first.constData());
    m_proxyPort = first.mid(5).toInt();
    QVERIFY(m_proxyPort > 0);
}

void TestProxy::cleanupTestCase()
{
    m_proxy.kill();
    m_proxy.waitForFinished();
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
}

CheckResult TestProxy::probe(const NetworkContext& net)
{
    const QUrl url(QStringLiteral("https://%1:%2/O365Gateway/SubscriptionEvents.svc").arg(kHost).arg(m_server->port()));
    Check::Spec spec{QStringLiteral("gateway.svc"), QStringLiteral("gateway.6b"), CheckSeverity::Blocking,
                     CheckPhase::Before, 15000};
    HttpsProbeCheck check(spec, url, HttpsProbeCheck::Expect::WcfService, net);
    QSignalSpy spy(&check, &Check::finished);
    check.start();
    if (spy.isEmpty() && !spy.wait(20000))
        return {};
    return spy.first().first().value<CheckResult>();
}

void TestProxy::useManualProxy()
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = m_proxyPort;
    settings.user = kUser;
    QVERIFY(settings.isValid());
    settings.save();
    ProxySettings::load().apply();
}

NetworkContext TestProxy::promptingContext(ProxyAuthPrompt& prompt) const
{
    NetworkContext net;
    net.extraCaCertificates = {m_pki->caCertificate()};
    net.proxyAuthenticator = prompt.authenticator();
    net.proxyCredentialsRefused = prompt.refusedHandler();
    return net;
}

QDialog* TestProxy::visibleProxyAuthDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("proxyAuthDialog") && w->isVisible())
            return qobject_cast<QDialog*>(w);
    }
    return nullptr;
}

void TestProxy::settingsRoundTrip()
{
    // Nothing saved yet: the system's proxy.
    QCOMPARE(ProxySettings::load().mode, ProxySettings::Mode::System);
    ProxySettings bad;
    bad.mode = ProxySettings::Mode::Manual;
    bad.host = QStringLiteral("http://proxy/ x");
    bad.port = 3128;
    QString error;
    QVERIFY(!bad.isValid(&error));
    QVERIFY(!error.isEmpty());

    useManualProxy();
    const ProxySettings loaded = ProxySettings::load();
    QCOMPARE(loaded.mode, ProxySettings::Mode::Manual);
    QCOMPARE(loaded.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(loaded.port, m_proxyPort);
    QCOMPARE(loaded.user, kUser);
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(int(QNetworkProxy::applicationProxy().port()), m_proxyPort);
    QCOMPARE(QSettings().value(QStringLiteral("proxy/mode")).toString(), QStringLiteral("manual"));
    for (const QString& key : QSettings().allKeys())
        QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(key));
}

void TestProxy::probeWithCredentialsFromTheCallback()
{
    useManualProxy();
    NetworkContext net;
    net.extraCaCertificates = {m_pki->caCertificate()};
    int asked = 0;
    net.proxyAuthenticator = [&asked](const QNetworkProxy& proxy, QAuthenticator* auth) {
        ++asked;
        QCOMPARE(proxy.hostName(), QStringLiteral("127.0.0.1"));
        auth->setUser(kUser);
        auth->setPassword(kPassword);
    };
    m_proxyLog.clear();
    const int before = m_server->requestCount();
    const CheckResult r = probe(net);
    QVERIFY2(r.status == CheckStatus::Passed, qPrintable(r.message));
    QVERIFY(asked >= 1);
    QCOMPARE(m_server->requestCount(), before + 1);
    // It went through the proxy: first refused for want of credentials, then tunnelled.
    const QByteArray target = QStringLiteral("CONNECT %1:%2").arg(kHost).arg(m_server->port()).toUtf8();
    QVERIFY2(m_proxyLog.contains(target + " 407"), m_proxyLog.constData());
    QVERIFY2(m_proxyLog.contains(target + " 200"), m_proxyLog.constData());
}

void TestProxy::probeWithoutCredentialsFails()
{
    useManualProxy();
    NetworkContext net;
    net.extraCaCertificates = {m_pki->caCertificate()};
    const int before = m_server->requestCount();
    const CheckResult r = probe(net);
    QCOMPARE(toString(r.status), QStringLiteral("failed"));
    QVERIFY2(r.message.contains(QStringLiteral("proxy asks for a user name and password")), qPrintable(r.message));
    QCOMPARE(m_server->requestCount(), before);
}

void TestProxy::probeWithWrongCredentialsFails()
{
    useManualProxy();
    NetworkContext net;
    net.extraCaCertificates = {m_pki->caCertificate()};
    int asked = 0;
    net.proxyAuthenticator = [&asked](const QNetworkProxy&, QAuthenticator* auth) {
        ++asked;
        auth->setUser(kUser);
        auth->setPassword(QStringLiteral("wrong"));
    };
    const CheckResult r = probe(net);
    QCOMPARE(toString(r.status), QStringLiteral("failed"));
    QVERIFY2(r.message.contains(QStringLiteral("proxy asks for a user name and password")), qPrintable(r.message));
    QVERIFY(asked >= 1 && asked < 5); // asked, refused, and not asked forever
}

void TestProxy::promptAsksAndRemembersForTheRun()
{
    useManualProxy();
    ProxyAuthPrompt prompt;
    QSignalSpy entered(&prompt, &ProxyAuthPrompt::credentialsEntered);
    const NetworkContext net = promptingContext(prompt);

    // The first probe cannot wait for the engineer: it fails with the proxy's message, and the prompt opens.
    CheckResult r = probe(net);
    QCOMPARE(toString(r.status), QStringLiteral("failed"));
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleProxyAuthDialog()) != nullptr);
    auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("proxyAuthUser"));
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("proxyAuthPassword"));
    QVERIFY(user && password);
    QCOMPARE(user->text(), kUser); // the user of the proxy settings
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE(entered.size(), 1);
    // Kept for the run: the next probes go through without asking, and the log never shows the password.
    r = probe(net);
    QVERIFY2(r.status == CheckStatus::Passed, qPrintable(r.message));
    r = probe(net);
    QVERIFY2(r.status == CheckStatus::Passed, qPrintable(r.message));
    QCOMPARE(entered.size(), 1);
    QVERIFY(!SessionLog::redact(QStringLiteral("proxy password %1").arg(kPassword)).contains(kPassword));
}

void TestProxy::promptAsksAgainWhenRefused()
{
    useManualProxy();
    ProxyAuthPrompt prompt;
    QSignalSpy entered(&prompt, &ProxyAuthPrompt::credentialsEntered);
    const NetworkContext net = promptingContext(prompt);
    const auto answerPrompt = [&](const QString& password) {
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleProxyAuthDialog()) != nullptr);
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("proxyAuthPassword"));
        QVERIFY(edit);
        QTest::keyClicks(edit, password);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
    };
    QCOMPARE(toString(probe(net).status), QStringLiteral("failed"));
    answerPrompt(QStringLiteral("mistyped"));
    QTRY_COMPARE(entered.size(), 1);
    // The proxy refuses it: the probe fails (no endless retry) and the prompt asks again.
    CheckResult r = probe(net);
    QCOMPARE(toString(r.status), QStringLiteral("failed"));
    QVERIFY2(r.message.contains(QStringLiteral("proxy asks for a user name and password")), qPrintable(r.message));
    answerPrompt(kPassword);
    QTRY_COMPARE(entered.size(), 2);
    r = probe(net);
    QVERIFY2(r.status == CheckStatus::Passed, qPrintable(r.message));
}

void TestProxy::networkDialogSavesTheSetting()
{
    ProxyDialog dialog;
    dialog.show();
    auto* manual = dialog.findChild<QRadioButton*>(QStringLiteral("proxyManual"));
    auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("proxyHost"));
    auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("proxyPort"));
    auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("proxyUser"));
    QVERIFY(manual && host && port && user);
    QVERIFY(manual->isChecked()); // as saved by the tests above
    QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
    // A host with a scheme and a space is refused, with a message, and nothing is saved.
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("http://proxy x"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("proxyError"))->text().isEmpty());
    QCOMPARE(ProxySettings::load().host, QStringLiteral("127.0.0.1"));
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("proxy.corp.example"));
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("8080"));
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    const ProxySettings saved = ProxySettings::load();
    QCOMPARE(saved.mode, ProxySettings::Mode::Manual);
    QCOMPARE(saved.host, QStringLiteral("proxy.corp.example"));
    QCOMPARE(saved.port, 8080);
    QCOMPARE(saved.user, kUser);
    QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.corp.example"));
    // "No proxy" turns it off.
    ProxyDialog again;
    again.show();
    QTest::keyClick(again.findChild<QRadioButton*>(QStringLiteral("proxyNone")), Qt::Key_Space);
    again.accept();
    QCOMPARE(ProxySettings::load().mode, ProxySettings::Mode::None);
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
}

void TestProxy::rememberedFolders()
{
    QTemporaryDir reports;
    QTemporaryDir packages;
    QVERIFY(reports.isValid() && packages.isValid());
    QVERIFY(RecentFolders::reportFolder().isEmpty());
    RecentFolders::rememberReportFolder(reports.path());
    RecentFolders::rememberPackageFile(packages.filePath(QStringLiteral("o365-4.1.app.zip")));
    QCOMPARE(RecentFolders::reportFolder(), QDir::cleanPath(reports.path()));
    QCOMPARE(RecentFolders::packageFolder(), QDir::cleanPath(packages.path()));
    RecentFolders::rememberReportFolder(QString()); // a cancelled dialog changes nothing
    QCOMPARE(RecentFolders::reportFolder(), QDir::cleanPath(reports.path()));
    // A folder that is gone is not offered.
    QTemporaryDir gone;
    RecentFolders::rememberReportFolder(gone.path());
    gone.remove();
    QVERIFY(RecentFolders::reportFolder().isEmpty());
    RecentFolders::rememberReportFolder(reports.path());
}

void TestProxy::noSecretInTheSettingsFile()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray content = file.readAll();
    QVERIFY2(content.contains("proxy"), content.constData()); // the file written by the tests above
    QVERIFY2(content.contains("folders"), content.constData());
    QVERIFY2(!content.contains(kPassword.toUtf8()), content.constData());
    QVERIFY2(!content.contains("wrong"), content.constData());
    QVERIFY2(!content.toLower().contains("password"), content.constData());
}

QTEST_MAIN(TestProxy)
#include "tst_proxy.moc"
