// The executable itself: --help/--version without a display, and --resume with files that
// cannot be opened (a clear message naming the file, exit 2, the file left untouched).

#include "session/Session.h"
#include "session/SessionStore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace o365;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelpWithoutDisplay();
    void resumeRefusesBadFiles_data();
    void resumeRefusesBadFiles();
    void resumeOpensGoodFileAndSurvivesKill();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
};

TestCli::Run TestCli::run(const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WIZARD_BINARY), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCli::versionAndHelpWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Run v = run({QStringLiteral("--version")}, env);
    QCOMPARE(v.exitCode, 0);
    QVERIFY2(v.out.contains(QStringLiteral("o365-upgrade-wizard " O365_VERSION)), qPrintable(v.out));
    const Run h = run({QStringLiteral("--help")}, env);
    QCOMPARE(h.exitCode, 0);
    for (const char* option : {"--resume", "--lang", "--new", "--version"})
        QVERIFY2(h.out.contains(QLatin1String(option)), option);
}

void TestCli::resumeRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    Session s;
    s.setField(Session::fieldCustomer(), QStringLiteral("Fabrikam"));
    const QByteArray good = SessionStore::serialize(s);
    QByteArray newer = good;
    newer.replace("\"schema\": 1", "\"schema\": 99");
    QTest::newRow("garbage") << QByteArray("\x00\x01garbage\xff", 11) << QStringLiteral("damaged");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("damaged");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("not a session") << QByteArray("{\"hello\": 1}") << QStringLiteral("not an O365 Upgrade Wizard session");
    QTest::newRow("newer schema") << newer << QStringLiteral("newer version");
    QTest::newRow("missing") << QByteArray("<none>") << QStringLiteral("does not exist");
}

void TestCli::resumeRefusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) +
                                        QStringLiteral(".json"));
    if (content != "<none>") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QDateTime before = QFileInfo(path).lastModified();
    const Run r = run({QStringLiteral("--resume"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    if (content != "<none>") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QCOMPARE(QFileInfo(path).lastModified(), before);
    } else {
        QVERIFY(!QFileInfo::exists(path));
    }
}

void TestCli::resumeOpensGoodFileAndSurvivesKill()
{
    Session s;
    s.setField(Session::fieldCustomer(), QStringLiteral("Fabrikam"));
    s.setField(Session::fieldEngineer(), QStringLiteral("Bob"));
    s.setConfirmed(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.1a"), true);
    s.setLastPage(QStringLiteral("gateway"));
    const QString path = m_dir.filePath(QStringLiteral("good.json"));
    QVERIFY(SessionStore::save(s, path));

    QProcess p;
    p.start(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--resume"), path});
    QVERIFY(p.waitForStarted());
    // The wizard is up and idle (no exit within a second); then it is killed like a crash.
    QVERIFY(!p.waitForFinished(1000));
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(10000));

    Session reloaded;
    QString error;
    QVERIFY2(SessionStore::load(path, &reloaded, &error), qPrintable(error));
    QVERIFY(reloaded.record(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.1a")).confirmation.confirmed);
    QCOMPARE(reloaded.field(Session::fieldCustomer()), QStringLiteral("Fabrikam"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
