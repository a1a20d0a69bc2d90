#include "support/ReportTestSession.h"

#include "report/Report.h"
#include "report/ReportExporter.h"
#include "net/SecretStore.h"
#include "report/SigningKey.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace o365;

// Under a real Secret Service (run-with-keyring.sh): the signing key is created in the keychain,
// reused, and never written to any file.
class TestReportKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyLivesOnlyInTheKeychain();

private:
    SigningKey::Result obtain(SecretStore* store, const QString& engineer);
};

SigningKey::Result TestReportKeychain::obtain(SecretStore* store, const QString& engineer)
{
    SigningKey::Result result;
    bool done = false;
    SigningKey::obtain(store, engineer, this, [&](const SigningKey::Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("no answer from the keychain");
    return result;
}

void TestReportKeychain::keyLivesOnlyInTheKeychain()
{
    const QString home = QDir::homePath();
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    QVERIFY2(home.contains(QLatin1String("scratch")), "run through ctest so HOME is a scratch folder");
    QTemporaryDir out(QDir(home).filePath(QStringLiteral("reports-XXXXXX")));
    QVERIFY(out.isValid());

    KeychainSecretStore store(QStringLiteral("o365-upgrade-wizard-test"));
    const QString engineer = QStringLiteral("Keychain Engineer %1").arg(QCoreApplication::applicationPid());
    const SigningKey::Result first = obtain(&store, engineer);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(first.created);

    ReportTestSession t = ReportTestSession::make();
    t.session->setField(Session::fieldEngineer(), engineer);
    ReportExporter::Options options;
    options.out = out.path();
    options.now = QDateTime(QDate(2026, 11, 24), QTime(15, 0, 0), QTimeZone(3600));
    const ReportExporter::Result e1 =
        ReportExporter::exportReport(Report::fromSession(*t.session), options, &first.signer);
    QVERIFY2(e1.ok, qPrintable(e1.error));

    const SigningKey::Result second = obtain(&store, engineer);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QVERIFY(!second.created);
    QCOMPARE(second.signer.fingerprint(), first.signer.fingerprint());
    options.now = options.now.addSecs(60);
    const ReportExporter::Result e2 =
        ReportExporter::exportReport(Report::fromSession(*t.session), options, &second.signer);
    QVERIFY2(e2.ok, qPrintable(e2.error));
    QCOMPARE(e2.seal.fingerprint, e1.seal.fingerprint);

    // The key in the keychain is the one used.
    SecretStore::Result stored;
    bool done = false;
    store.read(SigningKey::secretKey(engineer), this, [&](const SecretStore::Result& r) {
        stored = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    const QByteArray pem = stored.secret;
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QCOMPARE(pem, first.signer.privateKeyPem());
    // The base64 body (the key itself), without the PEM armour.
    const QByteArray body = pem.split('\n').value(1);
    QVERIFY(body.size() > 40);
    const QByteArray rawKeyB64 = body.mid(20, 24); // a run of base64 from inside the key

    int scanned = 0;
    for (const QString& root : {out.path(), dataHome, home}) {
        if (root.isEmpty())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            ++scanned;
            QVERIFY2(!content.contains(body) && !content.contains(rawKeyB64) && !content.contains(pem),
                     qPrintable(QStringLiteral("the private key is in %1").arg(path)));
        }
    }
    QVERIFY(scanned >= 8); // two exports of json, sig, pem, html, pdf at least

    QObject context;
    bool removed = false;
    store.remove(SigningKey::secretKey(engineer), &context, [&](const SecretStore::Result&) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
}

QTEST_MAIN(TestReportKeychain)
#include "tst_report_keychain.moc"
