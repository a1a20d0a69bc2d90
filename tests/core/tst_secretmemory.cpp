#include "core/SecretMemory.h"
#include "core/SessionLog.h"

#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace o365;

class TestSecretMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdingASecretStopsCoreDumps();
    void wipeEmpties();
    void wipeLeavesOtherOwnersAlone();
};

// A process that holds the PA password must not leave it in a core file (or to a debugger of the
// same user): the first secret registered turns both off. Process-wide, so this test runs first.
void TestSecretMemory::holdingASecretStopsCoreDumps()
{
#ifdef Q_OS_LINUX
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    QVERIFY(!SecretMemory::processProtected());
    SessionLog::addSecret("ab"); // too short to be a secret: nothing changes
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    SessionLog::addSecret("Canary-pw-7f3a9c");
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    struct rlimit core = {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(qulonglong(core.rlim_cur), qulonglong(0));
    QCOMPARE(qulonglong(core.rlim_max), qulonglong(0));
    QVERIFY(SecretMemory::processProtected());
#else
    QSKIP("core dump protection is implemented for Linux");
#endif
}

void TestSecretMemory::wipeEmpties()
{
    QByteArray bytes("Canary-pw-7f3a9c");
    SecretMemory::wipe(bytes);
    QVERIFY(bytes.isEmpty());
    QString text = QStringLiteral("Canary-pw-7f3a9c");
    text.detach();
    SecretMemory::wipe(text);
    QVERIFY(text.isEmpty());
    QByteArray none;
    SecretMemory::wipe(none);
    QVERIFY(none.isEmpty());
}

// A buffer shared with another owner (Qt's implicit sharing) is not overwritten under it.
void TestSecretMemory::wipeLeavesOtherOwnersAlone()
{
    const QByteArray kept("still needed elsewhere");
    QByteArray shared = kept;
    SecretMemory::wipe(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(kept, QByteArray("still needed elsewhere"));
    const QString keptText = QStringLiteral("still needed elsewhere").repeated(1);
    QString sharedText = keptText;
    SecretMemory::wipe(sharedText);
    QVERIFY(sharedText.isEmpty());
    QCOMPARE(keptText, QStringLiteral("still needed elsewhere"));
}

QTEST_GUILESS_MAIN(TestSecretMemory)
#include "tst_secretmemory.moc"
