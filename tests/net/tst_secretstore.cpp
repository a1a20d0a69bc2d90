// Secrets in a real Secret Service (gnome-keyring in a private D-Bus session, see
// run-with-keyring.sh), and a clear "unavailable" where there is none.

#include "net/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace o365;

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keychainRoundTrip();
    void memoryStore();

private:
    SecretStore::Result call(const std::function<void(SecretStore::Callback)>& op);
    bool m_expectNoKeychain = false;
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_expectNoKeychain = qEnvironmentVariableIsSet("O365_EXPECT_NO_KEYCHAIN");
}

SecretStore::Result TestSecretStore::call(const std::function<void(SecretStore::Callback)>& op)
{
    SecretStore::Result result;
    bool done = false;
    op([&](const SecretStore::Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result = {SecretStore::Error::Other, QStringLiteral("no answer"), {}};
    return result;
}

void TestSecretStore::keychainRoundTrip()
{
    KeychainSecretStore store(QStringLiteral("o365-upgrade-wizard-test"));
    const QByteArray canary = QByteArrayLiteral("canary-7f3a9c2e-\xc3\xa9-secret");
    const QString key = QStringLiteral("pa-api/admin@pa.example.com");
    const SecretStore::Result w = call([&](auto cb) { store.write(key, canary, this, cb); });
    if (m_expectNoKeychain) {
        // No D-Bus: the store says so plainly, and nothing was written anywhere.
        QCOMPARE(int(w.error), int(SecretStore::Error::Unavailable));
        QVERIFY2(w.message.contains(QStringLiteral("for this run only")), qPrintable(w.message));
        return;
    }
    QVERIFY2(w.ok(), qPrintable(w.message));
    const SecretStore::Result r = call([&](auto cb) { store.read(key, this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, canary);
    // The secret is in the keyring's encrypted file, never in plain text under HOME or the
    // data folder (where gnome-keyring keeps its keyrings).
    // gnome-keyring writes its file shortly after the first write: wait for it.
    const QString keyrings = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings");
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(keyrings).entryList({QStringLiteral("*.keyring")}, QDir::Files).isEmpty(), 10000);
    int files = 0;
    for (const QString& root : {QDir::homePath(), qEnvironmentVariable("XDG_DATA_HOME")}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                ++files;
                QVERIFY2(!f.readAll().contains(canary), qPrintable(f.fileName()));
            }
        }
    }
    QVERIFY(files > 0); // the keyring file exists: the check above looked at something
    const SecretStore::Result d = call([&](auto cb) { store.remove(key, this, cb); });
    QVERIFY2(d.ok(), qPrintable(d.message));
    const SecretStore::Result gone = call([&](auto cb) { store.read(key, this, cb); });
    QCOMPARE(int(gone.error), int(SecretStore::Error::NotFound));
}

void TestSecretStore::memoryStore()
{
    MemorySecretStore store;
    QCOMPARE(int(call([&](auto cb) { store.read(QStringLiteral("k"), this, cb); }).error),
             int(SecretStore::Error::NotFound));
    QVERIFY(call([&](auto cb) { store.write(QStringLiteral("k"), "v", this, cb); }).ok());
    QCOMPARE(call([&](auto cb) { store.read(QStringLiteral("k"), this, cb); }).secret, QByteArray("v"));
    QVERIFY(call([&](auto cb) { store.remove(QStringLiteral("k"), this, cb); }).ok());
    QCOMPARE(int(call([&](auto cb) { store.read(QStringLiteral("k"), this, cb); }).error),
             int(SecretStore::Error::NotFound));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
