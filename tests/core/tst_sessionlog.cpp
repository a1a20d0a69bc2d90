// The session's log file: timestamps and categories, levels, and no secret in it, whatever
// path wrote the line.

#include "checks/Check.h"
#include "checks/CheckRunner.h"
#include "core/PrivateFile.h"
#include "core/SessionLog.h"
#include "session/SessionStore.h"
#include "session/Session.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace o365;

namespace {

const QByteArray kCanary = QByteArrayLiteral("Canary-Pa55w0rd-91f2");

class EchoCheck : public Check
{
public:
    explicit EchoCheck(const QString& message)
        : Check({QStringLiteral("test.echo"), QStringLiteral("test.step"), CheckSeverity::Blocking, CheckPhase::Before, 1000}),
          m_message(message)
    {
    }

protected:
    void run() override { finish(CheckStatus::Failed, m_message, m_message); }

private:
    QString m_message;
};

} // namespace

class TestSessionLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linesHaveTimeAndCategory();
    void secretsNeverReachTheFile();
    void levels();
    void cleanupTestCase();

private:
    QByteArray logBytes() const;
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSessionLog::initTestCase()
{
    m_path = SessionLog::pathForSession(m_dir.filePath(QStringLiteral("session-20261124-120000-abcd.json")));
    QVERIFY(m_path.endsWith(QStringLiteral("session-20261124-120000-abcd.log")));
    QString error;
    QVERIFY2(SessionLog::open(m_path, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(m_path), PrivateFile::OwnerOnly); // it names customers and hosts
    QVERIFY(SessionLog::setLevel(QStringLiteral("info")));
    SessionLog::addSecret(kCanary);
}

QByteArray TestSessionLog::logBytes() const
{
    QFile f(m_path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestSessionLog::linesHaveTimeAndCategory()
{
    qCInfo(lcSession) << "hello from the session";
    const QString log = QString::fromUtf8(logBytes());
    static const QRegularExpression line(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO o365\\.session: hello "
                       "from the session$"),
        QRegularExpression::MultilineOption);
    QVERIFY2(line.match(log).hasMatch(), qPrintable(log));
}

void TestSessionLog::secretsNeverReachTheFile()
{
    const QString secret = QString::fromUtf8(kCanary);
    // Every category, every level that is written, a check result, and a failed load.
    qCInfo(lcSession).noquote() << "password is" << secret;
    qCWarning(lcChecks).noquote() << QStringLiteral("login failed for admin:%1@pa").arg(secret);
    qCInfo(lcNetwork) << "url" << QStringLiteral("https://admin:%1@pa.example.com:8440/RPC2").arg(secret);
    qCCritical(lcPackage) << secret.toUtf8();
    qWarning() << "default category" << secret;
    CheckRunner runner;
    runner.addCheck(new EchoCheck(QStringLiteral("PA said: bad password %1").arg(secret)));
    QSignalSpy done(&runner, &CheckRunner::allFinished);
    runner.start();
    QVERIFY(done.count() == 1 || done.wait(5000));
    Session s;
    QVERIFY(!SessionStore::load(m_dir.filePath(secret + QStringLiteral(".json")), &s));

    const QByteArray log = logBytes();
    QVERIFY2(!log.contains(kCanary), log.constData());
    QVERIFY(log.contains("[redacted]"));
    QVERIFY(log.contains("o365.checks: test.echo failed"));
    QVERIFY(log.contains("o365.network"));
    QVERIFY(log.contains("CRITICAL o365.package"));
    QCOMPARE(SessionLog::redact(QStringLiteral("x%1y").arg(secret)), QStringLiteral("x[redacted]y"));
}

void TestSessionLog::levels()
{
    QVERIFY(!SessionLog::setLevel(QStringLiteral("loud")));
    QVERIFY(SessionLog::setLevel(QStringLiteral("warning")));
    qCInfo(lcChecks) << "info-at-warning-level";
    qCWarning(lcChecks) << "warning-at-warning-level";
    QVERIFY(SessionLog::setLevel(QStringLiteral("debug")));
    qCDebug(lcChecks) << "debug-at-debug-level";
    QVERIFY(SessionLog::setLevel(QStringLiteral("info")));
    qCDebug(lcChecks) << "debug-at-info-level";
    const QByteArray log = logBytes();
    QVERIFY(!log.contains("info-at-warning-level"));
    QVERIFY(log.contains("warning-at-warning-level"));
    QVERIFY(log.contains("debug-at-debug-level"));
    QVERIFY(!log.contains("debug-at-info-level"));
}

void TestSessionLog::cleanupTestCase() { SessionLog::close(); }

QTEST_GUILESS_MAIN(TestSessionLog)
#include "tst_sessionlog.moc"
