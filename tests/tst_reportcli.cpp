// The executable's report commands end to end: --export (signed, with the key created in a
// real Secret Service), stock openssl verifies, --verify agrees, and tampering is caught.

#include "ReportTestSession.h"
#include "SessionStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace o365;

class TestReportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportSignVerifyTamper();
    void verifyUnreadable();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString& program, const QStringList& args);
};

TestReportCli::Run TestReportCli::run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestReportCli::exportSignVerifyTamper()
{
    QTemporaryDir dir;
    ReportTestSession t = ReportTestSession::make();
    const QString sessionPath = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(SessionStore::save(*t.session, sessionPath));
    const QString out = dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(out));

    const Run e = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--export"), sessionPath, QStringLiteral("--out"), out,
                                                      QStringLiteral("--sign")});
    QVERIFY2(e.exitCode == 0, qPrintable(e.out + e.err));
    const QStringList json = QDir(out).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(json.size(), 1);
    const QString report = QDir(out).filePath(json.first());
    const QString base = report.chopped(5);
    for (const QString& ext : {QStringLiteral(".json.sig"), QStringLiteral(".pub.pem"), QStringLiteral(".html"),
                               QStringLiteral(".pdf")})
        QVERIFY2(QFile::exists(base + ext), qPrintable(base + ext));
    QCOMPARE(QFileInfo(base + QStringLiteral(".json.sig")).size(), qint64(64));

    const QStringList opensslArgs{QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                  QStringLiteral("-inkey"),  base + QStringLiteral(".pub.pem"),
                                  QStringLiteral("-rawin"),  QStringLiteral("-in"),
                                  report,                    QStringLiteral("-sigfile"),
                                  base + QStringLiteral(".json.sig")};
    const Run ok = run(QStringLiteral("openssl"), opensslArgs);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
    const Run v = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), report});
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));

    // One changed byte: both openssl and --verify refuse.
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    QVERIFY(f.seek(0));
    f.write(bytes);
    f.close();
    QVERIFY(run(QStringLiteral("openssl"), opensslArgs).exitCode != 0);
    const Run bad = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), report});
    QCOMPARE(bad.exitCode, 1);
}

void TestReportCli::verifyUnreadable()
{
    QTemporaryDir dir;
    const Run r = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
