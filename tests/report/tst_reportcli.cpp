// The executable's report commands end to end: --export (signed, with the key created in a
// real Secret Service), stock openssl verifies, --verify agrees, and tampering is caught.

#include "support/ReportTestSession.h"
#include "session/SessionStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace o365;

class TestReportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportSignVerifyTamper();
    void verifyUnreadable();
    void reportNamesTheSessionLog();
    void exportNeverOverwritesSilently();
    void noWritesThroughLinks();

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
    // Signed, but by whom? Without trusted keys the signature holds and the signer is unproven.
    const Run untrusted = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), report});
    QVERIFY2(untrusted.exitCode == 3, qPrintable(untrusted.out + untrusted.err));
    QVERIFY(untrusted.out.startsWith(QLatin1String("NOT TRUSTED")));
    // The engineer hands their key's line to the team lead (--public-key), who adds it to the keyring.
    const Run alice = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--public-key"), QStringLiteral("Alice Example")});
    QVERIFY2(alice.exitCode == 0, qPrintable(alice.out + alice.err));
    QVERIFY(alice.out.endsWith(QLatin1String(" Alice Example\n")));
    const QString keys = dir.filePath(QStringLiteral("trusted-keys.txt"));
    QFile keyring(keys);
    QVERIFY(keyring.open(QIODevice::WriteOnly));
    keyring.write(alice.out.toUtf8());
    keyring.close();
    const Run v = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), report, QStringLiteral("--trust"), keys});
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    QVERIFY2(v.out.startsWith(QLatin1String("VALID: signed by Alice Example")), qPrintable(v.out));
    QVERIFY(alice.err.contains(v.out.section(QLatin1String("Signing key (SHA-256): "), 1, 1).left(95)));

    // Two-person sign-off: a reviewer countersigns the same bytes; openssl and --verify agree.
    QCOMPARE(run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--countersign"), report}).exitCode, 2); // no reviewer
    const Run c = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--countersign"), report, QStringLiteral("--reviewer"),
                                                      QStringLiteral("Bob Reviewer")});
    QVERIFY2(c.exitCode == 0, qPrintable(c.out + c.err));
    QVERIFY(c.out.contains(QStringLiteral("Countersigned by Bob Reviewer")));
    const Run reviewOk = run(QStringLiteral("openssl"),
                             {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                              QStringLiteral("-inkey"), base + QStringLiteral(".review.pub.pem"), QStringLiteral("-rawin"),
                              QStringLiteral("-in"), report, QStringLiteral("-sigfile"), base + QStringLiteral(".json.review.sig")});
    QVERIFY2(reviewOk.exitCode == 0, qPrintable(reviewOk.out + reviewOk.err));
    const Run reviewerUnknown =
        run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), report, QStringLiteral("--trust"), keys});
    QVERIFY2(reviewerUnknown.exitCode == 3, qPrintable(reviewerUnknown.out + reviewerUnknown.err));
    const Run bob = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--public-key"), QStringLiteral("Bob Reviewer")});
    QVERIFY2(bob.exitCode == 0, qPrintable(bob.out + bob.err));
    QVERIFY(keyring.open(QIODevice::Append));
    keyring.write(bob.out.toUtf8());
    keyring.close();
    const Run both = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), report, QStringLiteral("--trust"), keys});
    QVERIFY2(both.exitCode == 0, qPrintable(both.out + both.err));
    QVERIFY2(both.out.startsWith(QLatin1String("VALID: signed by Alice Example and countersigned by Bob Reviewer")),
             qPrintable(both.out));
    // The reviewer's key is not the engineer's.
    QVERIFY(QFile(base + QStringLiteral(".review.pub.pem")).size() > 0);
    QFile engineerKey(base + QStringLiteral(".pub.pem"));
    QFile reviewerKey(base + QStringLiteral(".review.pub.pem"));
    QVERIFY(engineerKey.open(QIODevice::ReadOnly) && reviewerKey.open(QIODevice::ReadOnly));
    QVERIFY(engineerKey.readAll() != reviewerKey.readAll());

    // One changed byte: both openssl and --verify refuse.
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    QVERIFY(f.seek(0));
    f.write(bytes);
    f.close();
    QVERIFY(run(QStringLiteral("openssl"), opensslArgs).exitCode != 0);
    const Run bad = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), report, QStringLiteral("--trust"), keys});
    QCOMPARE(bad.exitCode, 1);
    // A tampered report is not countersigned.
    QCOMPARE(run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--countersign"), report, QStringLiteral("--reviewer"),
                                                 QStringLiteral("Bob Reviewer")})
                 .exitCode,
             1);
}

void TestReportCli::verifyUnreadable()
{
    QTemporaryDir dir;
    const Run r = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(r.exitCode, 2);
    // Not a file at all: refused before anything is read (it used to end in std::bad_alloc / block).
    const Run zero = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), QStringLiteral("/dev/zero")});
    QCOMPARE(zero.exitCode, 2);
    QVERIFY2(zero.err.contains(QLatin1String("not a regular file")), qPrintable(zero.err));
    const QString fifo = dir.filePath(QStringLiteral("report.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run pipe = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), fifo});
    QCOMPARE(pipe.exitCode, 2);
    QVERIFY2(pipe.err.contains(QLatin1String("not a regular file")), qPrintable(pipe.err));
}

// A named report that exists is refused; --force replaces it and removes the old signature and
// review files (they would otherwise sit beside the new JSON); a folder export never replaces.
void TestReportCli::exportNeverOverwritesSilently()
{
    QTemporaryDir dir;
    ReportTestSession t = ReportTestSession::make();
    const QString sessionPath = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(SessionStore::save(*t.session, sessionPath));
    const QString base = dir.filePath(QStringLiteral("case-42"));
    const QStringList exportArgs{QStringLiteral("--export"), sessionPath, QStringLiteral("--out"), base,
                                 QStringLiteral("--format"), QStringLiteral("json")};
    const Run first = run(QStringLiteral(WIZARD_BINARY), exportArgs);
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    // Stale companions of an earlier signed and countersigned report of that name.
    for (const char* stale : {".json.sig", ".pub.pem", ".json.review.sig", ".review.pub.pem"}) {
        QFile f(base + QLatin1String(stale));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("old") == 3);
    }
    QFile json(base + QStringLiteral(".json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray before = json.readAll();
    json.close();

    const Run again = run(QStringLiteral(WIZARD_BINARY), exportArgs);
    QVERIFY2(again.exitCode != 0 && again.err.contains(QLatin1String("exists already")) &&
                 again.err.contains(QLatin1String("--force")),
             qPrintable(again.out + again.err));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll(), before);
    json.close();
    QVERIFY(QFile::exists(base + QStringLiteral(".json.sig")));

    const Run forced = run(QStringLiteral(WIZARD_BINARY), exportArgs + QStringList{QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.out + forced.err));
    QVERIFY(QFile::exists(base + QStringLiteral(".json")));
    for (const char* stale : {".json.sig", ".pub.pem", ".json.review.sig", ".review.pub.pem"})
        QVERIFY2(!QFile::exists(base + QLatin1String(stale)), stale);
    const Run verify = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--verify"), base + QStringLiteral(".json")});
    // The new JSON is unsigned and reads so: the old .sig of the earlier report is gone.
    QVERIFY2(verify.exitCode == 2 && (verify.out + verify.err).contains(QLatin1String("There is no file at")),
             qPrintable(verify.out + verify.err));

    // Two exports into a folder in the same second: the second gets "-2", the first stays.
    const QString folder = dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(folder));
    const QStringList folderArgs{QStringLiteral("--export"), sessionPath, QStringLiteral("--out"), folder,
                                 QStringLiteral("--format"), QStringLiteral("json")};
    for (int i = 0; i < 2; ++i) {
        const Run r = run(QStringLiteral(WIZARD_BINARY), folderArgs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 2);
}

// A symbolic link planted at the name a report, a session or --check --out will write: refused,
// and the link's target is untouched.
void TestReportCli::noWritesThroughLinks()
{
    QTemporaryDir dir;
    ReportTestSession t = ReportTestSession::make();
    const QString sessionPath = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(SessionStore::save(*t.session, sessionPath));
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    {
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("precious") == 8);
    }
    const QString base = dir.filePath(QStringLiteral("linked"));
    QVERIFY(QFile::link(victim, base + QStringLiteral(".html")));
    const Run e = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--export"), sessionPath, QStringLiteral("--out"),
                                                      base, QStringLiteral("--format"), QStringLiteral("json,html")});
    QVERIFY2(e.exitCode != 0 && e.err.contains(QLatin1String("exists already")), qPrintable(e.out + e.err));
    const Run forced = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--export"), sessionPath, QStringLiteral("--out"),
                                                           base, QStringLiteral("--format"), QStringLiteral("json,html"),
                                                           QStringLiteral("--force")});
    // --force removes the link itself (never its target) and writes a file of its own.
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.out + forced.err));
    QVERIFY(!QFileInfo(base + QStringLiteral(".html")).isSymLink());

    const QString checkOut = dir.filePath(QStringLiteral("checked.json"));
    QVERIFY(QFile::link(victim, checkOut));
    const Run check = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--check"), sessionPath, QStringLiteral("--stage"),
                                                          QStringLiteral("provisioning"), QStringLiteral("--out"), checkOut});
    QCOMPARE(check.exitCode, 2);
    QVERIFY2(check.err.contains(QLatin1String("symbolic link")), qPrintable(check.err));

    const QString sessionLink = dir.filePath(QStringLiteral("session-link.json"));
    QVERIFY(QFile::link(victim, sessionLink));
    QString error;
    QVERIFY(!SessionStore::save(*t.session, sessionLink, &error));
    QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));

    QFile f(victim);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
}

// The log beside the session is named in the report with its SHA-256 at the time of the export.
void TestReportCli::reportNamesTheSessionLog()
{
    QTemporaryDir dir;
    ReportTestSession t = ReportTestSession::make();
    const QString sessionPath = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(SessionStore::save(*t.session, sessionPath));
    const QString logPath = dir.filePath(QStringLiteral("session.log"));
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::WriteOnly));
    const QByteArray content = "2026-11-24T10:00:00Z info o365.session: new session\n";
    log.write(content);
    log.close();
    const QString out = dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(out));
    const Run e = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--export"), sessionPath, QStringLiteral("--out"), out,
                                                      QStringLiteral("--format"), QStringLiteral("json,html")});
    QVERIFY2(e.exitCode == 0, qPrintable(e.out + e.err));
    const QStringList json = QDir(out).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(json.size(), 1);
    QFile report(QDir(out).filePath(json.first()));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonObject header = QJsonDocument::fromJson(report.readAll()).object().value(QStringLiteral("header")).toObject();
    QCOMPARE(header.value(QStringLiteral("logFile")).toString(), QStringLiteral("session.log"));
    QCOMPARE(header.value(QStringLiteral("logSha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    QFile html(QDir(out).filePath(json.first().chopped(5) + QStringLiteral(".html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));

    // --lang: the report in German and in Russian; the JSON keeps its stable English keys and ids.
    for (const auto& [lang, heading] : {std::pair{QStringLiteral("de"), QStringLiteral("Tool-Version")},
                                        std::pair{QStringLiteral("ru"), QStringLiteral("Версия программы")}}) {
        const QString outLang = dir.filePath(QStringLiteral("reports-") + lang);
        QVERIFY(QDir().mkpath(outLang));
        const Run l = run(QStringLiteral(WIZARD_BINARY), {QStringLiteral("--export"), sessionPath, QStringLiteral("--out"),
                                                          outLang, QStringLiteral("--format"), QStringLiteral("json,html"),
                                                          QStringLiteral("--lang"), lang});
        QVERIFY2(l.exitCode == 0, qPrintable(l.out + l.err));
        const QString base = QDir(outLang).filePath(QDir(outLang).entryList({QStringLiteral("*.json")}).first()).chopped(5);
        QFile h(base + QStringLiteral(".html"));
        QVERIFY(h.open(QIODevice::ReadOnly));
        QVERIFY2(QString::fromUtf8(h.readAll()).contains(heading), qPrintable(lang));
        QFile j(base + QStringLiteral(".json"));
        QVERIFY(j.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(j.readAll()).object().value(QStringLiteral("header")).toObject().contains(
            QStringLiteral("logSha256")));
    }
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
