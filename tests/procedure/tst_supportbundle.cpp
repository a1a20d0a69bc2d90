// The support bundle (--capture FILE.zip): a real --check run of the wizard's binary against the PA
// test peer (tests/support/fake_pa_api.py) with a canary password on standard input, then the zip
// read back: what it holds, and that neither the password, nor its HTTP Basic form, nor a password
// field of PA's answers is anywhere in it.

#include "procedure/SupportBundle.h"
#include "session/Session.h"
#include "session/SessionStore.h"
#include "stages/provisioning/ProvisioningStage.h"
#include "support/ZipEntries.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>


using namespace o365;

namespace {

const QString Login = QStringLiteral("api-admin");
const QString Canary = QStringLiteral("Canary-pw-Bundle-41c7");
const QString AdminCanary = QStringLiteral("Canary-o365-admin-93d1");

} // namespace

class TestSupportBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void captureOfACheckRun();
    void refusedTarget();
};

void TestSupportBundle::captureOfACheckRun()
{
    QTemporaryDir dir;
    // The PA test peer: application 7 with one instance whose answer carries a password field.
    const QJsonObject scenario{
        {QStringLiteral("login"), Login},
        {QStringLiteral("password"), Canary},
        {QStringLiteral("apps"), QJsonObject{{QStringLiteral("7"), QJsonArray{11}}}},
        {QStringLiteral("instances"),
         QJsonObject{{QStringLiteral("11"), QJsonObject{{QStringLiteral("package_version"), QStringLiteral("4.1")},
                                                        {QStringLiteral("status"), QStringLiteral("Ready")},
                                                        {QStringLiteral("admin_password"), AdminCanary}}}}}};
    const QString scenarioFile = dir.filePath(QStringLiteral("pa.json"));
    {
        QFile f(scenarioFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(scenario).toJson());
    }
    QProcess pa;
    pa.start(QStringLiteral("python3"), {QStringLiteral(FAKE_PA_API), QStringLiteral("--scenario"), scenarioFile});
    QVERIFY(pa.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(pa.canReadLine(), 10000);
    const int port = pa.readLine().trimmed().toInt();
    QVERIFY(port > 0);

    Session s;
    s.setField(Session::fieldEngineer(), QStringLiteral("Alice Example"));
    s.setField(Session::fieldPaApiUrl(), QStringLiteral("http://127.0.0.1:%1/RPC2").arg(port));
    s.setField(Session::fieldPaApiLogin(), Login);
    s.setField(Session::fieldPaAppId(), QStringLiteral("7"));
    s.setField(Session::fieldTargetVersion(), QStringLiteral("4.1"));
    s.setField(Session::fieldPearSource(), QStringLiteral("pasted"));
    const QString pear = QStringLiteral("Installed packages, channel pear.php.net:\n====\nPackage Version State\n"
                                        "HTTP_Request2 2.5.1 stable\nPEAR 1.10.13 stable\n");
    s.setValue(QStringLiteral("provisioning"), ProvisioningStage::pearStep(), ProvisioningStage::pearOutputKey(), pear);
    const QString sessionPath = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(SessionStore::save(s, sessionPath));

    const QString bundle = dir.filePath(QStringLiteral("support.zip"));
    QProcess w;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    w.setProcessEnvironment(env);
    w.start(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--check"), sessionPath, QStringLiteral("--password-stdin"),
                                            QStringLiteral("--capture"), bundle});
    QVERIFY(w.waitForStarted(10000));
    w.write(Canary.toUtf8() + "\n");
    w.closeWriteChannel();
    QVERIFY(w.waitForFinished(120000));
    const QString err = QString::fromUtf8(w.readAllStandardError());
    const QString out = QString::fromUtf8(w.readAllStandardOutput());
    pa.kill();
    pa.waitForFinished(5000);
    QVERIFY2(w.exitCode() == 0 || w.exitCode() == 1, qPrintable(err + out));
    QVERIFY2(err.contains(QLatin1String("Support bundle written to")), qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("paapp\tpaapp.3\tPASSED")) || out.contains(QLatin1String("paapp.instancesBefore")),
             qPrintable(out));

    QCOMPARE(QFileInfo(bundle).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QMap<QString, QByteArray> entries = unzipEntries(bundle);
    for (const char* name : {"manifest.json", "session.json", "session.log", "capture.json"})
        QVERIFY2(entries.contains(QLatin1String(name)), name);
    const QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
    QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("o365-upgrade-wizard-support-bundle/1"));
    QVERIFY(!manifest.value(QStringLiteral("wizardVersion")).toString().isEmpty());
    const QString pastedName = QStringLiteral("pasted/provisioning-provisioning.2-pearOutput.txt");
    QCOMPARE(QString::fromUtf8(entries.value(pastedName)), pear);

    // Every PA call, asked and answered, with the login kept.
    const QJsonArray capture =
        QJsonDocument::fromJson(entries.value(QStringLiteral("capture.json"))).object().value(QStringLiteral("entries")).toArray();
    QStringList methods;
    for (const QJsonValue& e : capture) {
        const QJsonObject o = e.toObject();
        if (o.value(QStringLiteral("kind")).toString() != QLatin1String("paApi"))
            continue;
        methods << o.value(QStringLiteral("method")).toString();
        QCOMPARE(o.value(QStringLiteral("login")).toString(), Login);
        QVERIFY(o.value(QStringLiteral("request")).toString().contains(QLatin1String("<methodCall>")));
        QVERIFY(o.value(QStringLiteral("answer")).toString().contains(QLatin1String("<methodResponse>")));
    }
    for (const char* m : {"system.listMethods", "pem.statistics.getStatisticsReport", "pem.APS.getApplicationInstances",
                          "pem.APS.getApplicationInstance"})
        QVERIFY2(methods.contains(QLatin1String(m)), qPrintable(m + (": " + methods.join(u','))));
    const QByteArray all = entries.values().join('\n');
    QVERIFY2(all.contains("admin_password") && all.contains("[removed]"), "the password field is named, its value removed");
    // Never the password, its Basic form, or a password field's value: in no entry, in the zip's bytes neither.
    const QByteArray basic = (Login + QLatin1Char(':') + Canary).toUtf8().toBase64();
    QFile raw(bundle);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray zipBytes = raw.readAll();
    for (const QByteArray& secret : {Canary.toUtf8(), basic, AdminCanary.toUtf8()}) {
        QVERIFY2(!all.contains(secret), secret.constData());
        QVERIFY2(!zipBytes.contains(secret), secret.constData());
    }
}

// A target that is a link is refused before anything runs, exit 2.
void TestSupportBundle::refusedTarget()
{
    QTemporaryDir dir;
    Session s;
    const QString sessionPath = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(SessionStore::save(s, sessionPath));
    const QString target = dir.filePath(QStringLiteral("elsewhere.zip"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("victim")), target));
    QProcess w;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    w.setProcessEnvironment(env);
    w.start(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--check"), sessionPath, QStringLiteral("--capture"), target});
    QVERIFY(w.waitForFinished(60000));
    QCOMPARE(w.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(w.readAllStandardError()).contains(QLatin1String("link")), "says why");
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("victim"))));
}

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "tst_supportbundle.moc"
