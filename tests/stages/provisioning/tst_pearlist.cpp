// PearList::parse against the real `pear list` of this machine (Debian php-pear) and
// against recorded outputs of other releases and of failures.

#include "stages/provisioning/PearList.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace o365;

class TestPearList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realPearList_data();
    void realPearList();
    void fixtures_data();
    void fixtures();
    void lookupIsCaseInsensitive();
    void severalChannels();
};

namespace {

QString findOrFail(const char* name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

// Runs program with args (test code may block) and returns its standard output.
QByteArray run(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

// Real PHP diagnostics, as this machine's php prints them (with and without the "PHP " prefix).
QStringList realPhpDiagnostics()
{
    const QString php = QStandardPaths::findExecutable(QStringLiteral("php"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(php, {QStringLiteral("-d"), QStringLiteral("display_errors=stdout"), QStringLiteral("-d"),
                  QStringLiteral("log_errors=1"), QStringLiteral("-d"), QStringLiteral("error_log="),
                  QStringLiteral("-d"), QStringLiteral("error_reporting=E_ALL"), QStringLiteral("-d"),
                  QStringLiteral("html_errors=0"), QStringLiteral("-r"),
                  QStringLiteral("echo $undefined; trigger_error('old call', E_USER_DEPRECATED); "
                                 "trigger_error('a notice', E_USER_NOTICE);")});
    p.waitForFinished(30000);
    QStringList lines;
    for (const QString& l : QString::fromUtf8(p.readAll()).split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            lines << l;
    return lines;
}

} // namespace

void TestPearList::realPearList_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("through a pipe (upper case)") << "pipe";
    QTest::newRow("on a terminal under TERM=xterm (ANSI bold)") << "terminal";
    QTest::newRow("a PHP warning inside the table") << "warning";
}

// This machine's real `pear list -c pear.php.net` (Debian's php-pear), as the wizard gets it: through a
// pipe (PEAR then prints its caption and headline in upper case), on a pseudo-terminal with TERM=xterm
// (mixed case wrapped in ANSI bold, CRLF), and with real PHP diagnostics inside the table.
void TestPearList::realPearList()
{
    QFETCH(QString, how);
    const QString pear = findOrFail("pear");
    QVERIFY2(!pear.isEmpty(), "pear is not installed: scripts/deps.sh test installs php-pear");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList args{QStringLiteral("list"), QStringLiteral("-c"), QStringLiteral("pear.php.net")};
    QString out;
    if (how == QLatin1String("terminal")) {
        const QString script = findOrFail("script");
        QVERIFY2(!script.isEmpty(), "script (util-linux) is not installed");
        env.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
        out = QString::fromUtf8(
            run(script, {QStringLiteral("-qc"), pear + QLatin1Char(' ') + args.join(QLatin1Char(' ')), QStringLiteral("/dev/null")}, env));
        QVERIFY2(out.contains(QLatin1String("\x1b[1m")) && out.contains(QLatin1String("\r\n")), qPrintable(out));
    } else {
        out = QString::fromUtf8(run(pear, args, env));
        QVERIFY2(out.contains(QLatin1String("INSTALLED PACKAGES")), qPrintable(out));
        if (how == QLatin1String("warning")) {
            const QStringList diagnostics = realPhpDiagnostics();
            QVERIFY2(diagnostics.size() >= 3, qPrintable(diagnostics.join(QLatin1Char('\n'))));
            QStringList lines = out.split(QLatin1Char('\n'));
            const int table = int(lines.indexOf(QRegularExpression(QStringLiteral("PACKAGE\\s+VERSION.*"))));
            QVERIFY(table > 0);
            for (int i = 0; i < diagnostics.size(); ++i)
                lines.insert(table + 2 + i, diagnostics.at(i)); // after the first row
            out = lines.join(QLatin1Char('\n'));
        }
    }
    const PearList list = PearList::parse(out);
    QVERIFY2(list.ok, qPrintable(list.message + QStringLiteral("\n") + out));
    QCOMPARE(list.channel.toLower(), QStringLiteral("pear.php.net"));
    // Debian's php-pear bundles these; the rows after a warning are kept.
    for (const char* name : {"Archive_Tar", "Console_Getopt", "PEAR", "Structures_Graph", "XML_Util"}) {
        QVERIFY2(list.has(QLatin1String(name)), name);
        QVERIFY2(!list.version(QLatin1String(name)).isEmpty(), name);
        QVERIFY2(list.version(QLatin1String(name)).at(0).isDigit(), name);
    }
    QVERIFY(!list.has(QStringLiteral("HTTP_Request2")));
    for (const PearPackage& p : list.packages)
        QVERIFY2(!p.state.isEmpty() && p.name.toUpper() != QStringLiteral("PACKAGE") &&
                     !p.name.contains(QLatin1Char('\x1b')),
                 qPrintable(p.name));
    if (how == QLatin1String("warning"))
        QVERIFY2(list.phpDiagnostics.size() >= 3, qPrintable(list.phpDiagnostics.join(QLatin1Char('\n'))));
}

void TestPearList::fixtures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("messagePart"); // for a failure

    const QString lower = QStringLiteral("Installed packages, channel pear.php.net:\n"
                                         "=========================================\n"
                                         "Package          Version State\n"
                                         "Archive_Tar      1.4.14  stable\n"
                                         "HTTP_Request2    2.5.1   stable\n"
                                         "Net_URL2         2.2.2   stable\n"
                                         "PEAR             1.10.13 stable\n");
    QTest::newRow("current lower-case header") << lower << true << 4 << "pear.php.net" << QString();
    QTest::newRow("old upper-case header") << QStringLiteral("INSTALLED PACKAGES, CHANNEL PEAR.PHP.NET:\n"
                                                             "=========================================\n"
                                                             "PACKAGE        VERSION STATE\n"
                                                             "Archive_Tar    1.3.7   stable\n"
                                                             "HTTP_Request   1.4.4   stable\n"
                                                             "Net_URL        1.0.15  stable\n"
                                                             "PEAR           1.9.4   stable\n")
                                           << true << 4 << "PEAR.PHP.NET" << QString();
    QTest::newRow("CRLF, prompt and blank lines")
        << QStringLiteral("\r\n[root@pgh ~]# pear list\r\n\r\nInstalled packages, channel pear.php.net:\r\n"
                          "=========================================\r\nPackage Version State\r\n"
                          "HTTP_Request2 2.3.0 stable\r\nPEAR 1.10.1 stable\r\n\r\n[root@pgh ~]# \r\n")
        << true << 2 << "pear.php.net" << QString();
    QTest::newRow("empty list") << QStringLiteral("(no packages installed from channel pear.php.net)\n") << true << 0
                                << "pear.php.net" << QString();
    QTest::newRow("empty list, old release")
        << QStringLiteral("(no packages installed)\n") << true << 0 << QString() << QString();
    QTest::newRow("garbage") << QStringLiteral("Hello world\nthis is not pear\n") << false << 0 << QString()
                             << "Hello world";
    QTest::newRow("empty text") << QString() << false << 0 << QString() << "empty";
    QTest::newRow("pear: command not found")
        << QStringLiteral("pear: command not found\n") << false << 0 << QString() << "not installed";
    QTest::newRow("bash: pear: command not found")
        << QStringLiteral("bash: pear: command not found\n") << false << 0 << QString() << "not installed";
    QTest::newRow("sh: 1: pear: not found")
        << QStringLiteral("sh: 1: pear: not found\n") << false << 0 << QString() << "not installed";
    QTest::newRow("header only (cut off)") << QStringLiteral("Installed packages, channel pear.php.net:\n====\n")
                                           << false << 0 << QString() << "table is missing";
    QTest::newRow("heading without rows")
        << QStringLiteral("Installed packages, channel pear.php.net:\n====\nPackage Version State\n") << false << 0
        << QString() << "cut";
}

void TestPearList::fixtures()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, count);
    QFETCH(QString, channel);
    QFETCH(QString, messagePart);
    const PearList list = PearList::parse(text);
    QCOMPARE(list.ok, ok);
    QCOMPARE(list.packages.size(), count);
    if (ok) {
        QVERIFY(list.message.isEmpty());
        QCOMPARE(list.channel, channel);
    } else {
        QVERIFY2(list.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(list.message));
    }
}

void TestPearList::lookupIsCaseInsensitive()
{
    const PearList list = PearList::parse(QStringLiteral("INSTALLED PACKAGES, CHANNEL PEAR.PHP.NET:\n====\n"
                                                         "PACKAGE VERSION STATE\nHTTP_Request2 2.5.1 stable\n"
                                                         "HTTP_Request 1.4.4 stable\n"));
    QVERIFY(list.ok);
    QVERIFY(list.has(QStringLiteral("http_request2")));
    QCOMPARE(list.version(QStringLiteral("HTTP_REQUEST")), QStringLiteral("1.4.4"));
    QCOMPARE(list.version(QStringLiteral("HTTP_Request2")), QStringLiteral("2.5.1"));
    QVERIFY(!list.has(QStringLiteral("HTTP")));
    QCOMPARE(list.version(QStringLiteral("Net_URL2")), QString());
    const QJsonObject json = list.toJson();
    QCOMPARE(json.value(QStringLiteral("packages")).toArray().size(), 2);
}

void TestPearList::severalChannels()
{
    const PearList list = PearList::parse(QStringLiteral("Installed packages, channel __uri:\n"
                                                         "(no packages installed from channel __uri)\n"
                                                         "Installed packages, channel pear.php.net:\n====\n"
                                                         "Package Version State\nPEAR 1.10.13 stable\n\n"
                                                         "Installed packages, channel pecl.php.net:\n====\n"
                                                         "Package Version State\nxdebug 3.2.0 stable\n"));
    QVERIFY2(list.ok, qPrintable(list.message));
    QCOMPARE(list.packages.size(), 2);
    QCOMPARE(list.packages.at(1).channel, QStringLiteral("pecl.php.net"));
}

QTEST_GUILESS_MAIN(TestPearList)
#include "tst_pearlist.moc"
