// The Provisioning Gateway Host checks (steps 2 and 3) through the real QProcess code:
// a fake `ssh` (a shell script first on the child's PATH) replays what OpenSSH 9.2 prints
// for each failure; the real ssh client meets an unknown host and a closed port; a real
// sshd on a high loopback port (when openssh-server is installed) with keys made here; the
// real `pear list` of this machine; pasted text.

#include "stages/provisioning/PearCheck.h"
#include "stages/provisioning/PearListSource.h"
#include "net/ProcessRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>
#include <unistd.h>

using namespace o365;

// QCOMPARE cannot print the core's enums itself (their toString() returns QString): compare names.
#define COMPARE_STATUS(actual, expected) QCOMPARE(o365::toString(actual), o365::toString(expected))

namespace
{

const char* const FakeSsh = R"SH(#!/bin/sh
# Fake ssh: records its arguments, then replays OpenSSH 9.2's behaviour for $FAKE_SSH_MODE.
printf '%s\n' "$@" > "$FAKE_DIR/args"
echo run >> "$FAKE_DIR/count"
case "$FAKE_SSH_MODE" in
good) cat "$FAKE_DIR/good.txt"; exit 0 ;;
without) cat "$FAKE_DIR/without.txt"; exit 0 ;;
resolve) echo "ssh: Could not resolve hostname pgh.example: Name or service not known" >&2; exit 255 ;;
refused) echo "ssh: connect to host pgh.example port 22: Connection refused" >&2; exit 255 ;;
timeout) echo "ssh: connect to host pgh.example port 22: Connection timed out" >&2; exit 255 ;;
auth) echo "support@pgh.example: Permission denied (publickey,gssapi-keyex,gssapi-with-mic)." >&2; exit 255 ;;
changed) cat "$FAKE_DIR/changed.txt" >&2; exit 255 ;;
unknownkey) echo 'No ED25519 host key is known for pgh.example and you have requested strict checking.' >&2
    echo 'Host key verification failed.' >&2; exit 255 ;;
nopear) echo "bash: line 1: pear: command not found" >&2; exit 127 ;;
garbage) echo "Welcome to pgh.example"; exit 0 ;;
sleep) echo $$ > "$FAKE_DIR/pid"; sleep 30 & echo $! > "$FAKE_DIR/childpid"; wait; exit 0 ;;
esac
echo "fake ssh: unknown mode" >&2
exit 2
)SH";

const char* const HostKeyChanged = R"(@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!
Someone could be eavesdropping on you right now (man-in-the-middle attack)!
It is also possible that a host key has just been changed.
The fingerprint for the ED25519 key sent by the remote host is
SHA256:2mBYf1u2lQ5Wv0vJm7nJm3o8tq0kYf2k6VwYc6x5Lz4.
Please contact your system administrator.
Add correct host key in /home/support/.ssh/known_hosts to get rid of this message.
Offending ED25519 key in /home/support/.ssh/known_hosts:3
Host key for pgh.example has changed and you have requested strict checking.
Host key verification failed.
)";

const char* const GoodList = "Installed packages, channel pear.php.net:\n"
                             "=========================================\n"
                             "Package          Version State\n"
                             "Archive_Tar      1.4.14  stable\n"
                             "HTTP_Request     1.4.4   stable\n"
                             "HTTP_Request2    2.5.1   stable\n"
                             "Net_URL2         2.2.2   stable\n"
                             "PEAR             1.10.13 stable\n";

const char* const ListWithout = "INSTALLED PACKAGES, CHANNEL PEAR.PHP.NET:\n"
                                "=========================================\n"
                                "PACKAGE        VERSION STATE\n"
                                "Archive_Tar    1.3.7   stable\n"
                                "PEAR           1.9.4   stable\n";

bool processGone(qint64 pid)
{
    if (::kill(static_cast<pid_t>(pid), 0) != 0)
        return true;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid)); // a zombie not reaped yet is gone too
    if (stat.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> f = stat.readAll().split(' ');
        return f.size() > 2 && f.at(2) == "Z";
    }
    return false;
}

} // namespace

class TestPearCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sshOutcomes_data();
    void sshOutcomes();
    void sshArgumentsAreSafe();
    void checkTimeoutKillsSsh();
    void runnerTimeoutKillsSsh();
    void injectionRefusedBeforeAnythingRuns_data();
    void injectionRefusedBeforeAnythingRuns();
    void oneRunServesBothSteps();
    void step3WithoutPear_data();
    void step3WithoutPear();
    void step3NeedsHttpRequest();
    void localRealPear();
    void localPearMissing();
    void pasted();
    void pearTooOld_data();
    void pearTooOld();
    void warningInsideTheTable();
    void runnerCapsOutputAndFeedsStdin();
    void realSshClient_data();
    void realSshClient();
    void realSshd();

private:
    QProcessRunner* fakeRunner(const QString& mode);
    CheckResult runCheck(Check* check, int waitMs = 20000);
    PearListSource::Options sshOptions() const;
    int runCount() const;
    QStringList recordedArgs() const;

    QTemporaryDir m_dir;
    QString m_bin;
    std::vector<std::unique_ptr<QProcessRunner>> m_runners;
};

void TestPearCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bin = m_dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(m_bin));
    QFile ssh(m_bin + QStringLiteral("/ssh"));
    QVERIFY(ssh.open(QIODevice::WriteOnly));
    ssh.write(FakeSsh);
    ssh.close();
    QVERIFY(ssh.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    for (const auto& [name, text] : {std::pair{"good.txt", GoodList}, std::pair{"without.txt", ListWithout},
                                     std::pair{"changed.txt", HostKeyChanged}}) {
        QFile f(m_dir.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
}

void TestPearCheck::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("args")));
    QFile::remove(m_dir.filePath(QStringLiteral("count")));
}

QProcessRunner* TestPearCheck::fakeRunner(const QString& mode)
{
    // The runner is given the child's environment: the fake bin folder first on PATH. The
    // check itself still asks for plain "ssh", as in production.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), m_bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("FAKE_DIR"), m_dir.path());
    env.insert(QStringLiteral("FAKE_SSH_MODE"), mode);
    m_runners.push_back(std::make_unique<QProcessRunner>());
    m_runners.back()->setEnvironment(env);
    return m_runners.back().get();
}

CheckResult TestPearCheck::runCheck(Check* check, int waitMs)
{
    QSignalSpy spy(check, &Check::finished);
    check->start();
    if (spy.isEmpty())
        spy.wait(waitMs);
    if (spy.size() != 1)
        return {};
    return spy.first().first().value<CheckResult>();
}

PearListSource::Options TestPearCheck::sshOptions() const
{
    PearListSource::Options o;
    o.source = PearListSource::Source::Ssh;
    o.host = QStringLiteral("pgh.example");
    o.user = QStringLiteral("support");
    o.connectTimeoutSec = 7;
    return o;
}

int TestPearCheck::runCount() const
{
    QFile f(m_dir.filePath(QStringLiteral("count")));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().count('\n');
}

QStringList TestPearCheck::recordedArgs() const
{
    QFile f(m_dir.filePath(QStringLiteral("args")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestPearCheck::sshOutcomes_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("good list") << "good" << CheckStatus::Passed << QString()
                               << QStringList{"HTTP_Request2 2.5.1 is installed on support@pgh.example"};
    QTest::newRow("HTTP_Request2 missing")
        << "without" << CheckStatus::Failed << QString()
        << QStringList{"HTTP_Request2 is not installed", "pear install HTTP_Request2",
                       "wget http://pear.php.net/go-pear.phar", "php go-pear.phar"};
    QTest::newRow("unknown host") << "resolve" << CheckStatus::Failed << "unknownHost"
                                  << QStringList{"not known to DNS", "Could not resolve hostname"};
    QTest::newRow("connection refused") << "refused" << CheckStatus::Failed << "connectionRefused"
                                        << QStringList{"refused the connection"};
    QTest::newRow("connect timed out") << "timeout" << CheckStatus::Failed << "connectTimeout"
                                       << QStringList{"timed out", "firewall"};
    QTest::newRow("auth refused") << "auth" << CheckStatus::Failed << "authRefused"
                                  << QStringList{"refused to log in support", "never asks for a password"};
    QTest::newRow("host key changed") << "changed" << CheckStatus::Failed << "hostKeyChanged"
                                      << QStringList{"CHANGED", "ssh-keygen -R pgh.example"};
    QTest::newRow("host key unknown") << "unknownkey" << CheckStatus::Failed << "hostKeyUnknown"
                                      << QStringList{"not known to this computer", "ssh support@pgh.example"};
    QTest::newRow("pear not found") << "nopear" << CheckStatus::Failed << "pearNotFound"
                                    << QStringList{"pear is not installed on pgh.example", "go-pear.phar"};
    QTest::newRow("garbage") << "garbage" << CheckStatus::Failed << QString()
                             << QStringList{"not the output of pear list", "Welcome to pgh.example"};
}

void TestPearCheck::sshOutcomes()
{
    QFETCH(QString, mode);
    QFETCH(CheckStatus, status);
    QFETCH(QString, failure);
    QFETCH(QStringList, messageParts);

    PearListSource source(sshOptions(), fakeRunner(mode));
    PearCheck check(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &source);
    const CheckResult r = runCheck(&check);
    COMPARE_STATUS(r.status, status);
    QCOMPARE(r.checkId, QStringLiteral("provisioning.pear"));
    QCOMPARE(r.stepId, QStringLiteral("provisioning.2"));
    for (const QString& part : messageParts)
        QVERIFY2(r.message.contains(part), qPrintable(r.message));
    QCOMPARE(r.evidence.value(QStringLiteral("failure")).toString(), failure);
    QCOMPARE(r.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("ssh"));
    QCOMPARE(runCount(), 1);
    if (mode == QLatin1String("good")) {
        QCOMPARE(r.evidence.value(QStringLiteral("httpRequest2Version")).toString(), QStringLiteral("2.5.1"));
        QCOMPARE(
            r.evidence.value(QStringLiteral("pearList")).toObject().value(QStringLiteral("packages")).toArray().size(),
            5);
    }
    if (mode == QLatin1String("without")) {
        QCOMPARE(r.evidence.value(QStringLiteral("commands")).toArray().first().toString(),
                 QStringLiteral("pear install HTTP_Request2"));
        QCOMPARE(r.evidence.value(QStringLiteral("goPearCommands")).toArray().size(), 2);
        QCOMPARE(r.evidence.value(QStringLiteral("pearVersion")).toString(), QStringLiteral("1.9.4"));
    }
}

void TestPearCheck::sshArgumentsAreSafe()
{
    PearListSource::Options o = sshOptions();
    o.port = 2222;
    PearListSource source(o, fakeRunner(QStringLiteral("good")));
    PearCheck check(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &source);
    COMPARE_STATUS(runCheck(&check).status, CheckStatus::Passed);
    const QStringList args = recordedArgs();
    QCOMPARE(args, source.sshArguments());
    QVERIFY(args.contains(QStringLiteral("BatchMode=yes")));
    QVERIFY(args.contains(QStringLiteral("StrictHostKeyChecking=yes")));
    QVERIFY(args.contains(QStringLiteral("ConnectTimeout=7")));
    const int dashes = args.indexOf(QStringLiteral("--"));
    QVERIFY(dashes > 0);
    QCOMPARE(args.mid(dashes),
             (QStringList{"--", "pgh.example", "env", "TERM=dumb", "pear", "list", "-c", "pear.php.net"}));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("-l")) + 1), QStringLiteral("support"));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("-p")) + 1), QStringLiteral("2222"));
    QVERIFY(check.result()
                .evidence.value(QStringLiteral("command"))
                .toString()
                .startsWith(QStringLiteral("ssh -T -o BatchMode=yes")));
}

void TestPearCheck::checkTimeoutKillsSsh()
{
    PearListSource source(sshOptions(), fakeRunner(QStringLiteral("sleep")));
    PearCheck check(PearCheck::step2Spec(1000), PearCheck::Requirement::HttpRequest2, &source);
    QElapsedTimer t;
    t.start();
    const CheckResult r = runCheck(&check, 10000);
    COMPARE_STATUS(r.status, CheckStatus::Failed);
    QVERIFY2(t.elapsed() < 5000, QByteArray::number(t.elapsed()));
    QVERIFY2(r.message.contains(QStringLiteral("did not finish within 1 seconds")), qPrintable(r.message));
    QVERIFY(r.message.contains(QStringLiteral("support@pgh.example")));
    bool ok = false;
    QFile pidFile(m_dir.filePath(QStringLiteral("pid")));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const qint64 pid = pidFile.readAll().trimmed().toLongLong(&ok);
    QVERIFY(ok);
    QFile childFile(m_dir.filePath(QStringLiteral("childpid")));
    QVERIFY(childFile.open(QIODevice::ReadOnly));
    const qint64 child = childFile.readAll().trimmed().toLongLong(&ok);
    QVERIFY(ok);
    // The fake ssh and the sleep it started (its process group) are killed.
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(child), 5000);
}

void TestPearCheck::runnerTimeoutKillsSsh()
{
    PearListSource::Options o = sshOptions();
    o.timeoutMs = 1000; // the process timeout comes first this time
    PearListSource source(o, fakeRunner(QStringLiteral("sleep")));
    PearCheck check(PearCheck::step2Spec(20000), PearCheck::Requirement::HttpRequest2, &source);
    QElapsedTimer t;
    t.start();
    const CheckResult r = runCheck(&check, 10000);
    COMPARE_STATUS(r.status, CheckStatus::Failed);
    QVERIFY2(t.elapsed() < 5000, QByteArray::number(t.elapsed()));
    QVERIFY2(r.message.contains(QStringLiteral("did not finish within 1 seconds")), qPrintable(r.message));
    QCOMPARE(r.evidence.value(QStringLiteral("timedOutAfterMs")).toInt(), 1000);
    QFile childFile(m_dir.filePath(QStringLiteral("childpid")));
    QVERIFY(childFile.open(QIODevice::ReadOnly));
    const qint64 child = childFile.readAll().trimmed().toLongLong();
    QVERIFY(child > 0);
    QTRY_VERIFY2_WITH_TIMEOUT(processGone(child), qPrintable(QStringLiteral("pid %1").arg(child)), 5000);
}

void TestPearCheck::injectionRefusedBeforeAnythingRuns_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("messagePart");
    const QString touch = QStringLiteral("-oProxyCommand=touch %1/pwned").arg(m_dir.path());
    QTest::newRow("ProxyCommand as host") << touch << "support"
                                          << "cannot begin with \"-\"";
    QTest::newRow("option as user") << "pgh.example" << touch << "not a user name";
    QTest::newRow("user@host in host") << "root@pgh.example"
                                       << ""
                                       << "not a host name";
    QTest::newRow("space in host") << "pgh.example -p 2"
                                   << ""
                                   << "not a host name";
    QTest::newRow("semicolon") << "pgh;id"
                               << ""
                               << "not a host name";
    QTest::newRow("empty host") << ""
                                << ""
                                << "Enter the Provisioning Gateway Host";
    QTest::newRow("user with @") << "pgh.example"
                                 << "a@b"
                                 << "not a user name";
}

void TestPearCheck::injectionRefusedBeforeAnythingRuns()
{
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, messagePart);
    PearListSource::Options o = sshOptions();
    o.host = host;
    o.user = user;
    PearListSource source(o, fakeRunner(QStringLiteral("good")));
    QVERIFY(source.sshArguments().isEmpty());
    PearCheck check(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &source);
    const CheckResult r = runCheck(&check);
    COMPARE_STATUS(r.status, CheckStatus::Failed);
    QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    QVERIFY(r.evidence.value(QStringLiteral("refused")).toBool());
    QCOMPARE(runCount(), 0); // ssh never started
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pwned"))));
}

void TestPearCheck::oneRunServesBothSteps()
{
    PearListSource source(sshOptions(), fakeRunner(QStringLiteral("good")));
    PearCheck step2(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &source);
    PearCheck step3(PearCheck::step3Spec(), PearCheck::Requirement::HttpRequestForOldInstances, &source,
                    {QStringLiteral("3.5.2"), QStringLiteral("4.1")});
    for (int round = 1; round <= 2; ++round) { // the second round is a "Re-run": a new pear list
        QSignalSpy spy2(&step2, &Check::finished);
        QSignalSpy spy3(&step3, &Check::finished);
        step2.start();
        step3.start();
        QTRY_VERIFY(spy2.size() == 1 && spy3.size() == 1);
        QCOMPARE(runCount(), round);
        COMPARE_STATUS(step2.result().status, CheckStatus::Passed);
        COMPARE_STATUS(step3.result().status, CheckStatus::Passed);
        QCOMPARE(step3.result().stepId, QStringLiteral("provisioning.3"));
        QVERIFY2(step3.result().message.contains(QStringLiteral("HTTP_Request 1.4.4 is installed")),
                 qPrintable(step3.result().message));
        QVERIFY(step3.result().message.contains(QStringLiteral("3.5.2")));
    }
    // A check that has not seen the latest result yet gets it without a new run.
    PearCheck late(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &source);
    COMPARE_STATUS(runCheck(&late).status, CheckStatus::Passed);
    QCOMPARE(runCount(), 2);
}

void TestPearCheck::step3WithoutPear_data()
{
    QTest::addColumn<QStringList>("versions");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown") << QStringList() << CheckStatus::Skipped << "not known yet";
    QTest::newRow("none older") << QStringList{"4.0", "4.1.2-103"} << CheckStatus::Passed << "not needed";
    QTest::newRow("unreadable") << QStringList{"4.1", "n/a"} << CheckStatus::Skipped << "cannot be read (n/a)";
}

void TestPearCheck::step3WithoutPear()
{
    QFETCH(QStringList, versions);
    QFETCH(CheckStatus, status);
    QFETCH(QString, messagePart);
    PearListSource source(sshOptions(), fakeRunner(QStringLiteral("good")));
    PearCheck check(PearCheck::step3Spec(), PearCheck::Requirement::HttpRequestForOldInstances, &source, versions);
    const CheckResult r = runCheck(&check);
    COMPARE_STATUS(r.status, status);
    QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    QCOMPARE(runCount(), 0); // pear is not asked when the answer does not depend on it
}

void TestPearCheck::step3NeedsHttpRequest()
{
    PearListSource source(sshOptions(), fakeRunner(QStringLiteral("without")));
    PearCheck check(PearCheck::step3Spec(), PearCheck::Requirement::HttpRequestForOldInstances, &source,
                    {QStringLiteral("3.0"), QStringLiteral("4.1")});
    const CheckResult r = runCheck(&check);
    COMPARE_STATUS(r.status, CheckStatus::Failed);
    QVERIFY2(r.message.contains(QStringLiteral("pear install HTTP_Request.")), qPrintable(r.message));
    QVERIFY(r.message.contains(QStringLiteral("older than 4.0 (3.0)")));
    QCOMPARE(r.evidence.value(QStringLiteral("instancesOlderThan4")).toArray().size(), 1);

    PearListSource failing(sshOptions(), fakeRunner(QStringLiteral("auth")));
    PearCheck check2(PearCheck::step3Spec(), PearCheck::Requirement::HttpRequestForOldInstances, &failing,
                     {QStringLiteral("3.0")});
    const CheckResult r2 = runCheck(&check2);
    COMPARE_STATUS(r2.status, CheckStatus::Failed);
    QVERIFY(r2.message.contains(QStringLiteral("Permission denied")));
}

void TestPearCheck::localRealPear()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pear")).isEmpty())
        QSKIP("pear is not installed (scripts/deps.sh test installs php-pear)");
    PearListSource::Options o;
    o.source = PearListSource::Source::Local;
    PearListSource source(o); // the system runner, the real pear
    PearCheck check(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &source);
    const CheckResult r = runCheck(&check, 60000);
    const QJsonArray packages =
        r.evidence.value(QStringLiteral("pearList")).toObject().value(QStringLiteral("packages")).toArray();
    QVERIFY2(!packages.isEmpty(), qPrintable(r.message));
    QVERIFY(!r.evidence.value(QStringLiteral("pearVersion")).toString().isEmpty());
    QCOMPARE(r.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("local"));
    if (r.status == CheckStatus::Failed) // Debian's php-pear does not bundle HTTP_Request2
        QVERIFY2(r.message.contains(QStringLiteral("not installed on this computer. Run there: pear install "
                                                   "HTTP_Request2")),
                 qPrintable(r.message));
    else
        COMPARE_STATUS(r.status, CheckStatus::Passed);
}

void TestPearCheck::localPearMissing()
{
    PearListSource::Options o;
    o.source = PearListSource::Source::Local;
    o.pearProgram = m_dir.filePath(QStringLiteral("no-such-dir/pear"));
    PearListSource source(o);
    PearCheck check(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &source);
    const CheckResult r = runCheck(&check);
    COMPARE_STATUS(r.status, CheckStatus::Failed);
    QVERIFY2(r.message.contains(QStringLiteral("pear is not installed on this computer")), qPrintable(r.message));
}

void TestPearCheck::pasted()
{
    PearListSource::Options o;
    o.source = PearListSource::Source::Pasted;
    o.pastedText = QStringLiteral("$ pear list\nSegmentation fault\n");
    PearListSource garbage(o);
    PearCheck check(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &garbage);
    CheckResult r = runCheck(&check);
    COMPARE_STATUS(r.status, CheckStatus::Failed);
    QVERIFY2(r.message.contains(QStringLiteral("not the output of pear list")), qPrintable(r.message));
    QCOMPARE(r.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("pasted"));

    o.pastedText = QString::fromLatin1(GoodList).replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    PearListSource good(o);
    PearCheck check2(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &good);
    r = runCheck(&check2);
    COMPARE_STATUS(r.status, CheckStatus::Passed);
    QVERIFY(r.message.contains(QStringLiteral("the pasted output")));

    // Nothing pasted yet: still to do (Skipped), not a failure.
    o.pastedText = QStringLiteral("  \n");
    PearListSource empty(o);
    PearCheck check3(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &empty);
    r = runCheck(&check3);
    COMPARE_STATUS(r.status, CheckStatus::Skipped);
    QVERIFY2(r.message.contains(QStringLiteral("Paste the output of pear list")), qPrintable(r.message));
}

void TestPearCheck::pearTooOld_data()
{
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("expected");
    QTest::newRow("PEAR 1.7.2") << "Archive_Tar 1.3.2 stable\nPEAR 1.7.2 stable\n"
                                << "its PEAR installer is 1.7.2, and HTTP_Request2 needs 1.9.2 or later. Upgrade "
                                   "first: run there pear upgrade PEAR, then pear install HTTP_Request2";
    QTest::newRow("Net_URL2 1.0.0") << "Net_URL2 1.0.0 stable\nPEAR 1.10.1 stable\n"
                                    << "its Net_URL2 is 1.0.0, and HTTP_Request2 needs 2.0.0 or later. Upgrade first: "
                                       "run there pear upgrade Net_URL2, then pear install HTTP_Request2";
    QTest::newRow("both") << "Net_URL2 0.3.1 beta\nPEAR 1.9.1 stable\n"
                          << "run there pear upgrade PEAR, then pear upgrade Net_URL2, then pear install HTTP_Request2";
}

// HTTP_Request2 needs PEAR 1.9.2 and Net_URL2 2.0.0: an older one is upgraded first, said before
// pear install HTTP_Request2 (which would fail on the dependency).
void TestPearCheck::pearTooOld()
{
    QFETCH(QString, rows);
    QFETCH(QString, expected);
    PearListSource::Options o;
    o.source = PearListSource::Source::Pasted;
    o.pastedText = QStringLiteral("Installed packages, channel pear.php.net:\n====\nPackage Version State\n") + rows;
    PearListSource source(o);
    PearCheck check(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &source);
    const CheckResult r = runCheck(&check);
    COMPARE_STATUS(r.status, CheckStatus::Failed);
    QVERIFY2(r.message.contains(expected), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("go-pear.phar")), qPrintable(r.message));
    QCOMPARE(r.evidence.value(QStringLiteral("commands")).toArray().last().toString(),
             PearCheck::installHttpRequest2Command());
}

// A PHP warning inside the table (old PEAR on a newer PHP) ended the table there: HTTP_Request2 below
// it read as "not installed", a wrong FAILED.
void TestPearCheck::warningInsideTheTable()
{
    PearListSource::Options o;
    o.source = PearListSource::Source::Pasted;
    o.pastedText = QStringLiteral("Installed packages, channel pear.php.net:\n"
                                  "=========================================\n"
                                  "Package          Version State\n"
                                  "Archive_Tar      1.4.14  stable\n"
                                  "PHP Deprecated:  Methods with the same name as their class will not be constructors "
                                  "in a future version of PHP; PEAR has a deprecated constructor in "
                                  "/usr/share/php/PEAR.php on line 118\n"
                                  "Notice: Undefined index: packages in /usr/share/php/PEAR/Registry.php on line 1209\n"
                                  "HTTP_Request2    2.5.1   stable\n"
                                  "\x1b[1mNet_URL2\x1b[m         2.2.2   stable\n"
                                  "PEAR             1.10.13 stable\n");
    PearListSource source(o);
    PearCheck check(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, &source);
    const CheckResult r = runCheck(&check);
    COMPARE_STATUS(r.status, CheckStatus::Passed);
    QVERIFY2(r.message.contains(QLatin1String("HTTP_Request2 2.5.1 is installed")), qPrintable(r.message));
}

void TestPearCheck::runnerCapsOutputAndFeedsStdin()
{
    QProcessRunner runner;
    QObject context;
    std::optional<ProcessRunner::Result> result;
    runner.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("cat; head -c 3000000 /dev/zero; echo err >&2; exit 3")},
                 "from stdin", 20000, &context, [&](const ProcessRunner::Result& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QCOMPARE(result->exitCode, 3);
    QVERIFY(result->truncated);
    QCOMPARE(result->standardOutput.size(), ProcessRunner::MaxOutputBytes);
    QVERIFY(result->standardOutput.startsWith("from stdin"));
    QCOMPARE(result->standardError, QByteArray("err\n"));

    // A destroyed context: no callback, the process is killed.
    bool called = false;
    const QString pidFile = m_dir.filePath(QStringLiteral("ctxpid"));
    auto* ctx = new QObject;
    runner.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("echo $$ > '%1'; exec sleep 30").arg(pidFile)}, {}, 0, ctx,
                 [&](const ProcessRunner::Result&) { called = true; });
    QTRY_VERIFY(QFileInfo(pidFile).size() > 0);
    QFile f(pidFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const qint64 pid = f.readAll().trimmed().toLongLong();
    delete ctx;
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    QTest::qWait(100);
    QVERIFY(!called);
}

void TestPearCheck::realSshClient_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("failure");
    QTest::newRow("unknown host") << "no-such-host.invalid" << 0 << "unknownHost";
    QTcpServer probe; // a port nobody listens on
    probe.listen(QHostAddress::LocalHost);
    const int closed = probe.serverPort();
    probe.close();
    QTest::newRow("closed port") << "127.0.0.1" << closed << "connectionRefused";
}

void TestPearCheck::realSshClient()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
        QSKIP("the OpenSSH client is not installed");
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, failure);
    PearListSource::Options o = sshOptions();
    o.host = host;
    o.port = port;
    o.connectTimeoutSec = 5;
    PearListSource source(o);
    PearCheck check(PearCheck::step2Spec(20000), PearCheck::Requirement::HttpRequest2, &source);
    const CheckResult r = runCheck(&check, 30000);
    COMPARE_STATUS(r.status, CheckStatus::Failed);
    QCOMPARE(r.evidence.value(QStringLiteral("failure")).toString(), failure);
}

void TestPearCheck::realSshd()
{
    const QString sshd = QStringLiteral("/usr/sbin/sshd");
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (!QFileInfo(sshd).isExecutable() || keygen.isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
        QSKIP("openssh-server is not installed: the fake ssh above covers the QProcess path");
    if (QStandardPaths::findExecutable(QStringLiteral("pear")).isEmpty())
        QSKIP("pear is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto path = [&](const char* name) { return dir.filePath(QLatin1String(name)); };
    auto run = [](const QString& program, const QStringList& args) {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    for (const char* key : {"hostkey", "otherhostkey", "userkey", "strangerkey"})
        QVERIFY(run(keygen, {"-q", "-t", "ed25519", "-N", "", "-f", path(key)}));
    QVERIFY(QFile::copy(path("userkey.pub"), path("authorized_keys")));
    if (::geteuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation folder

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    QFile config(path("sshd_config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        QStringLiteral("ListenAddress 127.0.0.1\nHostKey %1\nAuthorizedKeysFile %2\nPidFile none\n"
                       "UsePAM no\nStrictModes no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                       "PermitRootLogin prohibit-password\nLogLevel VERBOSE\n")
            .arg(path("hostkey"), path("authorized_keys"))
            .toUtf8());
    config.close();
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(sshd, {"-D", "-e", "-f", path("sshd_config"), "-p", QString::number(port)});
    QVERIFY2(server.waitForStarted(), qPrintable(server.errorString()));
    auto stopServer = qScopeGuard([&] {
        server.kill();
        server.waitForFinished();
    });
    QElapsedTimer t;
    t.start();
    bool listening = false;
    while (!listening && t.elapsed() < 10000 && server.state() == QProcess::Running) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        listening = s.waitForConnected(200);
        if (!listening)
            QTest::qWait(100);
    }
    if (!listening)
        QSKIP(qPrintable(QStringLiteral("sshd did not start here: ") + QString::fromUtf8(server.readAll())));

    auto knownHosts = [&](const char* file, const char* key) {
        QFile pub(path(key));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = pub.readAll().split(' ');
        QFile f(path(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + parts.at(0) + ' ' + parts.at(1) + '\n');
    };
    knownHosts("known_good", "hostkey.pub");
    knownHosts("known_other", "otherhostkey.pub");
    QFile(path("known_empty")).open(QIODevice::WriteOnly);

    const QString user = QString::fromLocal8Bit(qgetenv("USER")).isEmpty() ? QStringLiteral("root")
                                                                           : QString::fromLocal8Bit(qgetenv("USER"));
    struct Case {
        const char* knownHosts;
        const char* identity;
        const char* failure; // empty: pear list ran over ssh
    };
    const Case cases[] = {{"known_good", "userkey", ""},
                          {"known_empty", "userkey", "hostKeyUnknown"},
                          {"known_other", "userkey", "hostKeyChanged"},
                          {"known_good", "strangerkey", "authRefused"}};
    for (const Case& c : cases) {
        PearListSource::Options o;
        o.source = PearListSource::Source::Ssh;
        o.host = QStringLiteral("127.0.0.1");
        o.port = port;
        o.user = ::geteuid() == 0 ? QStringLiteral("root") : user;
        o.identityFile = path(c.identity);
        o.knownHostsFile = path(c.knownHosts);
        o.connectTimeoutSec = 5;
        PearListSource source(o);
        PearCheck check(PearCheck::step2Spec(30000), PearCheck::Requirement::HttpRequest2, &source);
        const CheckResult r = runCheck(&check, 40000);
        const QByteArray info = c.knownHosts + QByteArray(" ") + c.identity + ": " + r.message.toUtf8() + "\n" +
                                r.detail.toUtf8() + "\nsshd: " + server.readAll();
        QCOMPARE(r.evidence.value(QStringLiteral("failure")).toString(), QLatin1String(c.failure));
        if (*c.failure) {
            QVERIFY2(r.status == CheckStatus::Failed, info.constData());
        } else {
            QVERIFY2(!r.evidence.value(QStringLiteral("pearList")).toObject().isEmpty(), info.constData());
            QVERIFY2(!r.evidence.value(QStringLiteral("pearVersion")).toString().isEmpty(), info.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestPearCheck)
#include "tst_pearcheck.moc"
