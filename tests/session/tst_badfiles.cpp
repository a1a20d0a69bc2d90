// Bad files: damaged, truncated, empty, huge (100 MB, sparse) and wrong-schema session and report files
// each give a clear message naming the file, and are left exactly as they were (bytes and mtime), by the
// loader, the session list, --resume, --check, --export, --verify, --countersign and the review.
// (tst_session and tst_cli cover the loader and --resume on damaged/empty/newer files; this adds the
// rest.) The 100 MB files are made sparse, checked by streaming and deleted at once.

#include "support/ReportTestSession.h"

#include "report/Report.h"
#include "report/ReportExporter.h"
#include "report/ReportJson.h"
#include "report/ReportReview.h"
#include "report/ReportSigner.h"
#include "report/ReportVerifier.h"
#include "session/Session.h"
#include "session/SessionJson.h"
#include "session/SessionStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace o365;

namespace
{

constexpr qint64 HugeSize = 100LL * 1024 * 1024;
const QByteArray kHuge("<huge>");

// What must not change: the bytes (SHA-256, streamed), the size and the mtime.
struct FileState {
    QByteArray sha256;
    qint64 size = -1;
    QDateTime mtime;
    bool operator==(const FileState& o) const { return sha256 == o.sha256 && size == o.size && mtime == o.mtime; }
};

FileState stateOf(const QString& path)
{
    FileState s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return s;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    s.sha256 = hash.result().toHex();
    s.size = f.size();
    s.mtime = QFileInfo(path).lastModified().toUTC();
    return s;
}

// Writes `bytes` (or, for kHuge, a sparse 100 MB file that starts like a session) with an old mtime.
bool writeBadFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (bytes == kHuge) {
        if (f.write("{\"format\": \"o365-upgrade-wizard/session\", \"schema\": 1, \"notes\": \"") < 0 ||
            !f.resize(HugeSize))
            return false;
    } else if (f.write(bytes) != bytes.size()) {
        return false;
    }
    f.close();
    return f.open(QIODevice::ReadWrite) &&
           f.setFileTime(QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC), QFileDevice::FileModificationTime);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runWizard(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(WIZARD_BINARY), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray goodSessionBytes()
{
    Session s;
    s.setField(Session::fieldCustomer(), QStringLiteral("Fabrikam"));
    s.setField(Session::fieldEngineer(), QStringLiteral("Bob"));
    s.setConfirmed(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.1a"), true);
    s.setNote(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.1a"), QStringLiteral("checked"));
    return SessionStore::serialize(s);
}

QByteArray withChange(const QByteArray& json, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    change(o);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionLoader_data();
    void sessionLoader();
    void sessionCommands_data();
    void sessionCommands();
    void reportFiles_data();
    void reportFiles();
};

// Loader rows that tst_session does not have: the huge file and wrong schemas.
void TestBadFiles::sessionLoader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray good = goodSessionBytes();
    QTest::newRow("huge 100 MB") << kHuge << QStringLiteral("100 MB");
    QTest::newRow("schema a string") << withChange(good, [](QJsonObject& o) {
        o.insert(QStringLiteral("schema"), "1");
    }) << QStringLiteral("no valid schema");
    QTest::newRow("schema 0") << withChange(good, [](QJsonObject& o) { o.insert(QStringLiteral("schema"), 0); })
                              << QStringLiteral("no valid schema");
    QTest::newRow("no id") << withChange(good, [](QJsonObject& o) { o.remove(QStringLiteral("id")); })
                           << QStringLiteral("no id");
    QTest::newRow("no gateway application")
        << withChange(good, [](QJsonObject& o) { o.insert(QStringLiteral("gatewayApplications"), QJsonArray()); })
        << QStringLiteral("no gateway application");
    QTest::newRow("gateway applications an object")
        << withChange(good, [](QJsonObject& o) { o.insert(QStringLiteral("gatewayApplications"), QJsonObject()); })
        << QStringLiteral("\"gatewayApplications\" should be a list, not an object");
    QTest::newRow("records an array") << withChange(good, [](QJsonObject& o) {
        o.insert(QStringLiteral("records"), QJsonArray{1, 2});
    }) << QStringLiteral("\"records\" should be an object, not a list");
    QTest::newRow("fields a string") << withChange(good, [](QJsonObject& o) {
        o.insert(QStringLiteral("fields"), QStringLiteral("Fabrikam"));
    }) << QStringLiteral("\"fields\" should be an object, not a string");
    QTest::newRow("a step record a string") << withChange(good, [](QJsonObject& o) {
        QJsonObject records = o.value(QStringLiteral("records")).toObject();
        QJsonObject gw = records.value(QStringLiteral("gateway/gw1")).toObject();
        gw.insert(QStringLiteral("gateway.1a"), QStringLiteral("confirmed"));
        records.insert(QStringLiteral("gateway/gw1"), gw);
        o.insert(QStringLiteral("records"), records);
    }) << QStringLiteral("\"records/gateway/gw1/gateway.1a\" should be an object, not a string");
    QTest::newRow("a report, not a session")
        << ReportJson::toBytes(Report::fromSession(*ReportTestSession::make().session))
        << QStringLiteral("not an O365 Upgrade Wizard session");
    QTest::newRow("invalid UTF-8 in a string") << QByteArray(good).replace("Fabrikam", "Fab\xff\xfe\xc3") << QString();
}

void TestBadFiles::sessionLoader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session-bad.json"));
    QVERIFY(writeBadFile(path, bytes));
    const FileState before = stateOf(path);

    Session s;
    s.setField(Session::fieldCustomer(), QStringLiteral("Open before"));
    const QJsonObject open = SessionJson::toJson(s);
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool loaded = SessionStore::load(path, &s, &error);
    if (expected.isEmpty()) { // only "never a crash, and the file stays": Qt replaces invalid UTF-8
        QVERIFY(loaded || error.contains(path));
    } else {
        QVERIFY(!loaded);
        QVERIFY2(error.contains(path) && error.contains(expected), qPrintable(error));
        QCOMPARE(SessionJson::toJson(s), open);
    }
    if (bytes == kHuge)
        QVERIFY2(timer.elapsed() < 2000, "the huge file was read instead of refused by its size");

    // The session list shows it with the reason, and reads only.
    const QList<SessionStore::Summary> listed = SessionStore(dir.path()).list();
    QCOMPARE(listed.size(), 1);
    if (!expected.isEmpty())
        QVERIFY2(listed.first().error.contains(expected), qPrintable(listed.first().error));

    QVERIFY(stateOf(path) == before);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("session-bad.json")});
    QFile::remove(path);
}

// --resume, --check and --export on each kind of bad session file: exit 2, the file named, nothing written.
void TestBadFiles::sessionCommands_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray good = goodSessionBytes();
    QByteArray garbage;
    for (int i = 0; i < 700; ++i)
        garbage.append(char((i * 53 + 7) % 256));
    const QList<QPair<const char*, QPair<QByteArray, QString>>> kinds{
        {"damaged", {garbage, QStringLiteral("damaged")}},
        {"truncated", {good.left(good.size() * 2 / 3), QStringLiteral("damaged")}},
        {"empty", {QByteArray(), QStringLiteral("empty")}},
        {"huge 100 MB", {kHuge, QStringLiteral("100 MB")}},
        {"records an array",
         {withChange(good, [](QJsonObject& o) { o.insert(QStringLiteral("records"), QJsonArray()); }),
          QStringLiteral("not in the expected form")}},
        {"newer schema",
         {withChange(good, [](QJsonObject& o) { o.insert(QStringLiteral("schema"), 7); }),
          QStringLiteral("newer version")}},
    };
    for (const auto& kind : kinds) {
        for (const char* command : {"--check", "--export", "--resume"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(command), QLatin1String(kind.first))))
                << kind.second.first << kind.second.second;
    }
}

void TestBadFiles::sessionCommands()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString command = QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(' '), 0, 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sessions/session-bad.json"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sessions"))));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
    QVERIFY(writeBadFile(path, bytes));
    const FileState before = stateOf(path);

    QStringList args{command, path};
    if (command == QLatin1String("--export"))
        args << QStringLiteral("--format") << QStringLiteral("json,html") << QStringLiteral("--out")
             << dir.filePath(QStringLiteral("out"));
    const Run r = runWizard(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(path) && r.err.contains(expected), qPrintable(r.err));

    QVERIFY(stateOf(path) == before);
    QCOMPARE(entries(dir.filePath(QStringLiteral("sessions"))), QStringList{QStringLiteral("session-bad.json")});
    QVERIFY(entries(dir.filePath(QStringLiteral("out"))).isEmpty());
    QFile::remove(path);
}

// Report files for --verify, --countersign and the review window. `sign` says how the .sig is made:
// "fresh" over the bad bytes themselves (so only reading can fail), "original" (the good report's
// signature, so it does not match), "none" (no signature files).
void TestBadFiles::reportFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("sign");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QByteArray good = ReportJson::toBytes(Report::fromSession(*ReportTestSession::make().session));
    QByteArray garbage;
    for (int i = 0; i < 900; ++i)
        garbage.append(char((i * 31 + 3) % 256));
    QJsonObject wrongSchema = QJsonDocument::fromJson(good).object();
    wrongSchema.insert(QStringLiteral("format"), QStringLiteral("something/else"));
    wrongSchema.insert(QStringLiteral("schema"), 99);

    QTest::newRow("damaged, signed") << garbage << "fresh" << 2 << QStringLiteral("cannot be read");
    QTest::newRow("damaged, unsigned") << garbage << "none" << 2 << QStringLiteral("not signed");
    QTest::newRow("truncated, signed as it is")
        << good.left(good.size() / 2) << "fresh" << 2 << QStringLiteral("cannot be read");
    QTest::newRow("truncated, original signature")
        << good.left(good.size() / 2) << "original" << 1 << QStringLiteral("INVALID");
    QTest::newRow("empty, signed") << QByteArray() << "fresh" << 2 << QStringLiteral("cannot be read");
    QTest::newRow("empty, original signature") << QByteArray() << "original" << 1 << QStringLiteral("INVALID");
    QTest::newRow("wrong schema, signed") << QJsonDocument(wrongSchema).toJson(QJsonDocument::Compact) << "fresh" << 2
                                          << QStringLiteral("cannot be read");
    QTest::newRow("a session, signed") << goodSessionBytes() << "fresh" << 2 << QStringLiteral("cannot be read");
    QTest::newRow("huge 100 MB, original signature") << kHuge << "original" << 2 << QStringLiteral("100 MB");
}

void TestBadFiles::reportFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, sign);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("o365-upgrade-bad.json"));
    const QString base = ReportExporter::baseOfJson(json);
    QVERIFY(writeBadFile(json, bytes));
    if (sign != QLatin1String("none")) {
        const ReportSigner key = ReportSigner::generate();
        const QByteArray signedBytes =
            sign == QLatin1String("fresh")
                ? bytes
                : ReportJson::toBytes(Report::fromSession(*ReportTestSession::make().session));
        QVERIFY(writeBadFile(json + QStringLiteral(".sig"), key.sign(signedBytes)));
        QVERIFY(writeBadFile(base + QStringLiteral(".pub.pem"), key.publicKeyPem()));
    }
    const QStringList files = entries(dir.path());
    QList<FileState> before;
    for (const QString& f : files)
        before << stateOf(dir.filePath(f));

    // In process: the verifier and the review window's model.
    const ReportVerifier::Result v = ReportVerifier::verify(json, TrustedKeys());
    QCOMPARE(v.exitCode, exitCode);
    QVERIFY2(v.message.contains(expected), qPrintable(v.message));
    const ReportReview review = ReportReview::open(json);
    QVERIFY(!review.canCountersign());
    QVERIFY2(review.statusLine().contains(expected), qPrintable(review.statusLine()));
    if (exitCode == 2 && sign != QLatin1String("none"))
        QVERIFY2(!review.readable && !review.readError.isEmpty(), qPrintable(review.readError));

    // Through the binary.
    const Run verify = runWizard({QStringLiteral("--verify"), json});
    QCOMPARE(verify.exitCode, exitCode);
    QVERIFY2((verify.out + verify.err).contains(expected), qPrintable(verify.out + verify.err));
    const Run countersign = runWizard(
        {QStringLiteral("--countersign"), json, QStringLiteral("--reviewer"), QStringLiteral("Rita Reviewer")});
    QVERIFY2(countersign.exitCode == 1 || countersign.exitCode == 2, qPrintable(countersign.err));
    QVERIFY2((countersign.out + countersign.err).contains(expected), qPrintable(countersign.out + countersign.err));

    // Nothing written, nothing changed.
    QCOMPARE(entries(dir.path()), files);
    for (int i = 0; i < files.size(); ++i)
        QVERIFY2(stateOf(dir.filePath(files.at(i))) == before.at(i), qPrintable(files.at(i)));
    QFile::remove(json);
}

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
