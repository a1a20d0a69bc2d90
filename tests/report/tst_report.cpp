#include "core/PrivateFile.h"
#include "support/ReportTestSession.h"

#include "report/Report.h"
#include "report/ReportCli.h"
#include "report/ReportExporter.h"
#include "report/ReportHtml.h"
#include "report/ReportJson.h"
#include "report/ReportPdf.h"
#include "report/ReportReview.h"
#include "report/ReportSigner.h"
#include "report/ReportVerifier.h"
#include "report/TrustedKeys.h"
#include "net/SecretStore.h"
#include "session/SessionStore.h"
#include "report/SigningKey.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#endif

using namespace o365;

namespace
{

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString normalized(QString s)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return s.replace(ws, QStringLiteral(" "));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

bool opensslAccepts(const QString& base)
{
    const Run r =
        run(QStringLiteral("openssl"),
            {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
             base + QStringLiteral(".pub.pem"), QStringLiteral("-rawin"), QStringLiteral("-in"),
             base + QStringLiteral(".json"), QStringLiteral("-sigfile"), base + QStringLiteral(".json.sig")});
    return r.exitCode == 0 && r.out.contains(QLatin1String("Signature Verified Successfully"));
}

// Answers every call with Unavailable, as KeychainSecretStore does with no Secret Service.
class UnavailableSecretStore : public SecretStore
{
public:
    void read(const QString&, QObject* context, Callback done) override { answer(context, done); }
    void write(const QString&, const QByteArray&, QObject* context, Callback done) override { answer(context, done); }
    void remove(const QString&, QObject* context, Callback done) override { answer(context, done); }

private:
    static void answer(QObject* context, Callback done)
    {
        Result r;
        r.error = Error::Unavailable;
        r.message = QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }
};

SigningKey::Result obtainKey(SecretStore* store, const QString& engineer)
{
    QObject context;
    SigningKey::Result result;
    bool done = false;
    SigningKey::obtain(store, engineer, &context, [&](const SigningKey::Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("SigningKey::obtain did not answer");
    return result;
}

const QDateTime exportTime(QDate(2026, 11, 24), QTime(14, 5, 9), QTimeZone(3600));

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelHasEverything();
    void jsonIsCanonicalAndRoundTrips();
    void stageReport();
    void fileNames();
    void signatureVerifiesWithOpenssl();
    void tamperingIsCaught();
    void otherKeyIsRejected();
    void countersignature();
    void verifierUnreadable();
    void htmlIsWellFormedAndComplete();
    void pdfContent();
    void pdfShortWriteRefused();
    void trainingEverywhere();
    void draftSaysSo();
    void signingKeyCreatedOnceAndReused();
    void noKeychainRefusesSigningButExportsUnsigned();
    void commandLine();

private:
    ReportExporter::Result exportSigned(const ReportTestSession& t, const QString& folder, const ReportSigner& key,
                                        const QStringList& formats = ReportExporter::allFormats());
    QTemporaryDir m_dir;
    ReportSigner m_key;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_key = ReportSigner::generate();
    QVERIFY(!m_key.isNull());
    QCOMPARE(QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(), false);
}

ReportExporter::Result TestReport::exportSigned(const ReportTestSession& t, const QString& folder,
                                                const ReportSigner& key, const QStringList& formats)
{
    ReportExporter::Options options;
    options.out = folder;
    options.formats = formats;
    options.now = exportTime;
    QDir().mkpath(folder);
    return ReportExporter::exportReport(Report::fromSession(*t.session), options, key.isNull() ? nullptr : &key,
                                        key.isNull() ? QStringLiteral("Exported without --sign.") : QString());
}

void TestReport::modelHasEverything()
{
    const ReportTestSession t = ReportTestSession::make();
    const Report r = Report::fromSession(*t.session);
    QCOMPARE(r.header.customer, QStringLiteral("Contoso Hosting <EU> & Partners"));
    QCOMPARE(r.header.packageVersion, QStringLiteral("4.1-103"));
    QCOMPARE(r.header.timeZone, QStringLiteral("UTC+01:00"));
    QVERIFY(!r.header.toolVersion.isEmpty());
    QCOMPARE(r.stages.size(), 7);
    QCOMPARE(r.stages.at(1).key, QStringLiteral("gateway"));
    QCOMPARE(r.stages.at(1).scopes.size(), 2);
    QCOMPARE(r.stages.at(1).scopes.at(1).scope, QStringLiteral("gateway/gw2"));
    QVERIFY(r.stages.at(2).skipped);
    QVERIFY(!r.stages.at(2).skipReason.isEmpty());

    const auto find = [&](const QString& scope, const QString& id) -> ReportStep {
        for (const ReportStage& st : r.stages)
            for (const ReportScope& sc : st.scopes)
                if (sc.scope == scope)
                    for (const ReportStep& s : sc.steps)
                        if (s.id == id)
                            return s;
        return {};
    };
    const ReportStep failed = find(QStringLiteral("gateway/gw2"), QStringLiteral("gateway.6b"));
    QCOMPARE(failed.state, QStringLiteral("failed"));
    QCOMPARE(failed.checks.size(), 1);
    QCOMPARE(failed.checks.first().message, ReportTestSession::failedMessage());
    const ReportStep overridden = find(QStringLiteral("gateway/gw2"), QStringLiteral("gateway.3"));
    QCOMPARE(overridden.state, QStringLiteral("overridden"));
    QVERIFY(overridden.overrideJustification.contains(QLatin1String("customer's admin")));
    QCOMPARE(overridden.overrideBy, QStringLiteral("Alice Example"));
    const ReportStep noted = find(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.2"));
    QCOMPARE(noted.confirmedBy, QStringLiteral("Alice Example"));
    QVERIFY(noted.confirmedAt.startsWith(QLatin1String("2026-11-24T")));
    QVERIFY(noted.note.contains(QLatin1String("jump host")));
    const ReportStep command = find(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.4"));
    QVERIFY(command.hasCommand);
    QVERIFY(!command.command.isEmpty() || !command.commandErrors.isEmpty());
    QVERIFY(find(QStringLiteral("gateway/gw1"), QStringLiteral("gateway.7e")).hasCommand);

    QCOMPARE(r.certificateExceptions.size(), 1);
    QCOMPARE(r.certificateExceptions.first().host, QStringLiteral("gw2.contoso.example"));
    QCOMPARE(r.plainHttpAcknowledgements.size(), 1);
    QCOMPARE(r.plainHttpAcknowledgements.first().host, QStringLiteral("pa.contoso.example"));
    QCOMPARE(r.plainHttpAcknowledgements.first().by, QStringLiteral("Alice Example"));
    QVERIFY(r.plainHttpAcknowledgements.first().at.startsWith(QLatin1String("2026-11-24T")));
    QCOMPARE(r.features.size(), 2); // 4.0 and 4.1 lie between 3.0 and 4.1
    QCOMPARE(r.features.at(0).status, QStringLiteral("deployed"));
    QCOMPARE(r.features.at(1).status, QStringLiteral("deferred"));
    QVERIFY(r.features.at(1).reason.contains(QLatin1String("maintenance window")));
    QVERIFY(r.signOff.confirmed);
    QCOMPARE(r.signOff.by, QStringLiteral("Alice Example"));
}

void TestReport::jsonIsCanonicalAndRoundTrips()
{
    const ReportTestSession t = ReportTestSession::make();
    const QByteArray a = ReportJson::toBytes(Report::fromSession(*t.session));
    const QByteArray b = ReportJson::toBytes(Report::fromSession(*t.session));
    QCOMPARE(a, b);
    QVERIFY(!a.contains('\n'));
    QVERIFY(a.startsWith("{\"certificateExceptions\":"));

    // The same session saved and loaded again gives the same bytes.
    const QString path = m_dir.filePath(QStringLiteral("session.json"));
    QVERIFY(SessionStore::save(*t.session, path));
    Session loaded;
    QString error;
    QVERIFY2(SessionStore::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(ReportJson::toBytes(Report::fromSession(loaded)), a);

    // Two exports write byte-identical JSON files.
    const ReportExporter::Result e1 = exportSigned(t, m_dir.filePath(QStringLiteral("canon1")), {}, {"json"});
    const ReportExporter::Result e2 = exportSigned(t, m_dir.filePath(QStringLiteral("canon2")), {}, {"json"});
    QVERIFY2(e1.ok && e2.ok, qPrintable(e1.error + e2.error));
    QCOMPARE(readFile(e1.jsonPath), readFile(e2.jsonPath));
    QCOMPARE(readFile(e1.jsonPath), a);

    // Round trip: JSON → model → the same JSON, field by field.
    Report back;
    QVERIFY2(ReportJson::fromBytes(a, &back, &error), qPrintable(error));
    QCOMPARE(ReportJson::toBytes(back), a);
    QCOMPARE(back.header.customer, QStringLiteral("Contoso Hosting <EU> & Partners"));
    QCOMPARE(back.plainHttpAcknowledgements.size(), 1);
    QCOMPARE(back.plainHttpAcknowledgements.first().host, QStringLiteral("pa.contoso.example"));
    QCOMPARE(back.stages.at(1).scopes.at(1).steps.size(),
             Report::fromSession(*t.session).stages.at(1).scopes.at(1).steps.size());
    QVERIFY(!ReportJson::fromBytes("{\"format\":\"other\"}", &back, &error));
    QVERIFY(!ReportJson::fromBytes("not json", &back, &error));
}

void TestReport::stageReport()
{
    const ReportTestSession t = ReportTestSession::make();
    const Report r = Report::fromSession(*t.session, QStringLiteral("gateway"));
    QCOMPARE(r.stages.size(), 1);
    QCOMPARE(r.stageFilter, QStringLiteral("gateway"));
    QVERIFY(!r.includesFeatures);
    QVERIFY(!ReportJson::toBytes(r).contains("\"signOff\""));
    QString error;
    const Report bad = Report::fromSession(*t.session, QStringLiteral("nosuch"), &error);
    QVERIFY(bad.stages.isEmpty());
    QVERIFY(error.contains(QLatin1String("nosuch")));
}

void TestReport::fileNames()
{
    const ReportTestSession t = ReportTestSession::make();
    const Report r = Report::fromSession(*t.session);
    QCOMPARE(ReportExporter::fileBaseName(r, exportTime),
             QStringLiteral("o365-upgrade-Contoso_Hosting_EU_Partners-CASE-117222_7-20261124-140509"));
    QString error;
    QCOMPARE(ReportExporter::parseFormats({QStringLiteral("json,pdf")}), (QStringList{"json", "pdf"}));
    QCOMPARE(ReportExporter::parseFormats({}), ReportExporter::allFormats());
    QVERIFY(ReportExporter::parseFormats({QStringLiteral("docx")}, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("docx")));
}

// A keyring that trusts each signer under its name.
TrustedKeys trusting(const QList<QPair<ReportSigner, QString>>& signers)
{
    QByteArray text;
    for (const auto& [signer, name] : signers)
        text += TrustedKeys::lineFor(signer, name).toUtf8() + '\n';
    TrustedKeys keys;
    QString error;
    if (!TrustedKeys::parse(text, QStringLiteral("test-keys.txt"), &keys, &error))
        qFatal("%s", qPrintable(error));
    return keys;
}

void TestReport::signatureVerifiesWithOpenssl()
{
    const ReportTestSession t = ReportTestSession::make();
    const ReportExporter::Result e = exportSigned(t, m_dir.filePath(QStringLiteral("signed")), m_key, {"json"});
    QVERIFY2(e.ok, qPrintable(e.error));
    QCOMPARE(readFile(e.baseName + QStringLiteral(".json.sig")).size(), 64);
    QVERIFY(readFile(e.baseName + QStringLiteral(".pub.pem")).startsWith("-----BEGIN PUBLIC KEY-----"));
    QVERIFY(opensslAccepts(e.baseName));
    const ReportVerifier::Result untrusted = ReportVerifier::verify(e.jsonPath, TrustedKeys());
    QCOMPARE(untrusted.exitCode, int(ReportVerifier::Untrusted));
    QVERIFY(untrusted.signatureValid);
    QVERIFY2(untrusted.message.startsWith(QLatin1String("NOT TRUSTED")), qPrintable(untrusted.message));
    const ReportVerifier::Result v = ReportVerifier::verify(e.jsonPath, trusting({{m_key, QStringLiteral("Alice E.")}}));
    QCOMPARE(v.exitCode, 0);
    QCOMPARE(v.signerName, QStringLiteral("Alice E.")); // the keyring's name, not the JSON's
    QVERIFY2(v.message.contains(QLatin1String("VALID: signed by Alice E.")), qPrintable(v.message));
    QCOMPARE(v.namedEngineer, QStringLiteral("Alice Example"));
    QVERIFY(v.toText().contains(QLatin1String("the report names Alice Example as its engineer, but the key that "
                                              "signed it is Alice E.'s")));
    QVERIFY(v.signedAt.startsWith(QLatin1String("2026-11-24T")));
    QCOMPARE(v.fingerprint, m_key.fingerprint());
    QVERIFY(!v.training);
    QVERIFY(v.toText().contains(m_key.fingerprint()));
    QCOMPARE(m_key.fingerprint().count(QLatin1Char(':')), 31);

    // The key survives PKCS#8 PEM.
    const ReportSigner again = ReportSigner::fromPrivateKeyPem(m_key.privateKeyPem());
    QCOMPARE(again.fingerprint(), m_key.fingerprint());
    QVERIFY(m_key.verify("abc", again.sign("abc")));
}

void TestReport::tamperingIsCaught()
{
    const ReportTestSession t = ReportTestSession::make();
    const ReportExporter::Result e = exportSigned(t, m_dir.filePath(QStringLiteral("tamper")), m_key, {"json"});
    QVERIFY2(e.ok, qPrintable(e.error));
    const QByteArray original = readFile(e.jsonPath);
    const qsizetype n = original.size();
    QList<qsizetype> positions{0, n - 1, n / 2};
    for (int i = 1; i <= 10; ++i)
        positions.append(n * i / 11);
    for (const qsizetype pos : positions) {
        QByteArray changed = original;
        changed[pos] = char(changed.at(pos) ^ 0x01);
        writeFile(e.jsonPath, changed);
        QVERIFY2(!opensslAccepts(e.baseName), qPrintable(QStringLiteral("openssl accepted a change at %1").arg(pos)));
        const ReportVerifier::Result v = ReportVerifier::verify(e.jsonPath, trusting({{m_key, QStringLiteral("Alice Example")}}));
        QVERIFY2(v.exitCode == 1, qPrintable(QStringLiteral("verifier: %1 at byte %2").arg(v.exitCode).arg(pos)));
    }
    writeFile(e.jsonPath, original);
    QVERIFY(opensslAccepts(e.baseName));
    QCOMPARE(ReportVerifier::verify(e.jsonPath, trusting({{m_key, QStringLiteral("Alice Example")}})).exitCode, 0);
}

void TestReport::otherKeyIsRejected()
{
    const ReportTestSession t = ReportTestSession::make();
    const ReportExporter::Result e = exportSigned(t, m_dir.filePath(QStringLiteral("otherkey")), m_key, {"json"});
    QVERIFY2(e.ok, qPrintable(e.error));
    const ReportSigner other = ReportSigner::generate();
    // A signature made by another key, checked against the engineer's public key.
    writeFile(e.baseName + QStringLiteral(".json.sig"), other.sign(readFile(e.jsonPath)));
    QVERIFY(!opensslAccepts(e.baseName));
    QCOMPARE(ReportVerifier::verify(e.jsonPath, trusting({{m_key, QStringLiteral("Alice Example")}})).exitCode, 1);
    // The engineer's signature checked against another public key.
    writeFile(e.baseName + QStringLiteral(".json.sig"), m_key.sign(readFile(e.jsonPath)));
    writeFile(e.baseName + QStringLiteral(".pub.pem"), other.publicKeyPem());
    QVERIFY(!opensslAccepts(e.baseName));
    QCOMPARE(ReportVerifier::verify(e.jsonPath, trusting({{m_key, QStringLiteral("Alice Example")}})).exitCode, 1);
}

void TestReport::countersignature()
{
    const ReportTestSession t = ReportTestSession::make();
    const ReportExporter::Result e = exportSigned(t, m_dir.filePath(QStringLiteral("review")), m_key, {"json"});
    QVERIFY2(e.ok, qPrintable(e.error));
    const ReportSigner reviewer = ReportSigner::generate();
    QStringList written;
    QString error;
    QVERIFY2(ReportExporter::countersign(e.jsonPath, reviewer, &written, &error), qPrintable(error));
    QCOMPARE(written, (QStringList{e.jsonPath + ".review.sig", e.baseName + ".review.pub.pem"}));
    const TrustedKeys both = trusting({{m_key, QStringLiteral("Alice Example")}, {reviewer, QStringLiteral("Bob Reviewer")}});
    ReportVerifier::Result v = ReportVerifier::verify(e.jsonPath, both);
    QCOMPARE(v.exitCode, 0);
    QCOMPARE(v.reviewerName, QStringLiteral("Bob Reviewer"));
    QVERIFY2(v.message.contains(QLatin1String("signed by Alice Example and countersigned by Bob Reviewer")),
             qPrintable(v.message));
    // A reviewer the keyring does not know: the signatures hold, but not who countersigned.
    const ReportVerifier::Result unknownReviewer =
        ReportVerifier::verify(e.jsonPath, trusting({{m_key, QStringLiteral("Alice Example")}}));
    QCOMPARE(unknownReviewer.exitCode, int(ReportVerifier::Untrusted));
    QVERIFY(unknownReviewer.message.contains(reviewer.fingerprint()));
    QVERIFY(v.reviewPresent);
    QVERIFY(v.reviewValid);
    QCOMPARE(v.reviewFingerprint, reviewer.fingerprint());
    QVERIFY(v.toText().contains(reviewer.fingerprint()));
    QVERIFY(v.toText().contains(m_key.fingerprint()));
    // openssl accepts the countersignature too.
    const Run r =
        run(QStringLiteral("openssl"), {"pkeyutl", "-verify", "-pubin", "-inkey", e.baseName + ".review.pub.pem",
                                        "-rawin", "-in", e.jsonPath, "-sigfile", e.jsonPath + ".review.sig"});
    QCOMPARE(r.exitCode, 0);
    // A countersignature by a key other than the one beside it is rejected.
    writeFile(e.jsonPath + QStringLiteral(".review.sig"), ReportSigner::generate().sign(readFile(e.jsonPath)));
    v = ReportVerifier::verify(e.jsonPath, both);
    QCOMPARE(v.exitCode, 1);
    QVERIFY(v.signatureValid);
    QVERIFY(!v.reviewValid);
}

void TestReport::verifierUnreadable()
{
    QCOMPARE(ReportVerifier::verify(m_dir.filePath(QStringLiteral("missing.json")), TrustedKeys()).exitCode, 2);
    const ReportTestSession t = ReportTestSession::make();
    const ReportExporter::Result e = exportSigned(t, m_dir.filePath(QStringLiteral("unsigned")), {}, {"json"});
    QVERIFY2(e.ok, qPrintable(e.error));
    const ReportVerifier::Result v = ReportVerifier::verify(e.jsonPath, trusting({{m_key, QStringLiteral("Alice Example")}}));
    QCOMPARE(v.exitCode, 2);
    QVERIFY(v.message.contains(QLatin1String("not signed")));
}

void TestReport::htmlIsWellFormedAndComplete()
{
    ReportTestSession t = ReportTestSession::make();
    t.session->setNote(QStringLiteral("paapp"), QStringLiteral("paapp.1"), QStringLiteral("<script>alert(1)</script>"));
    const ReportExporter::Result e = exportSigned(t, m_dir.filePath(QStringLiteral("html")), m_key, {"html"});
    QVERIFY2(e.ok, qPrintable(e.error));
    const QString htmlPath = e.baseName + QStringLiteral(".html");
    const Run lint = run(QStringLiteral("xmllint"), {QStringLiteral("--html"), QStringLiteral("--noout"), htmlPath});
    QVERIFY2(lint.exitCode == 0 && lint.err.isEmpty(), qPrintable(lint.err));
    // A real syntax error makes the same command fail.
    const QString broken = m_dir.filePath(QStringLiteral("broken.html"));
    writeFile(broken, "<!DOCTYPE html><html><body><table><tr><td>x</td></tr></table></div><p <b>x</p></body></html>");
    QVERIFY(
        !run(QStringLiteral("xmllint"), {QStringLiteral("--html"), QStringLiteral("--noout"), broken}).err.isEmpty());

    const QString html = QString::fromUtf8(readFile(htmlPath));
    QVERIFY(html.contains(QLatin1String("Contoso Hosting &lt;EU&gt; &amp; Partners")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(QLatin1String("@media print")));
    QVERIFY(html.contains(e.seal.jsonSha256));
    QVERIFY(html.contains(m_key.fingerprint()));
    QVERIFY(html.contains(QLatin1String("<a href=\"https://wiki.contoso.example/rdp\">")));
    QVERIFY(html.contains(ReportHtml::escape(ReportTestSession::failedMessage()).left(40)));
    QVERIFY(html.contains(QLatin1String("404 Not Found: the Office 365 Gateway application is not deployed")));
    for (const QString& title : Report::fromSession(*t.session).stageTitles())
        QVERIFY2(html.contains(ReportHtml::escape(title)), qPrintable(title));
    QVERIFY(html.contains(QLatin1String("Stage skipped:")));
    QVERIFY(html.contains(QLatin1String("PA API over plain http")) &&
            html.contains(QLatin1String("<td>pa.contoso.example</td>")));
    QVERIFY(html.contains(QLatin1String("customer&#39;s admin")));
    QVERIFY(!html.contains(QLatin1String("TRAINING")));
    QVERIFY(!html.contains(QLatin1String("<link")) && !html.contains(QLatin1String("src=")));

    // Unsigned: says so.
    const ReportExporter::Result u = exportSigned(t, m_dir.filePath(QStringLiteral("html-unsigned")), {}, {"html"});
    QVERIFY(QString::fromUtf8(readFile(u.baseName + QStringLiteral(".html"))).contains(QLatin1String("Not signed.")));
}

void TestReport::pdfContent()
{
    const ReportTestSession t = ReportTestSession::make();
    const ReportExporter::Result e = exportSigned(t, m_dir.filePath(QStringLiteral("pdf")), m_key, {"pdf"});
    QVERIFY2(e.ok, qPrintable(e.error));
    // Every file of an export is its owner's only: it names the customer, hosts and the PA login.
    QVERIFY(e.files.size() >= 4);
    for (const QString& file : e.files)
        QVERIFY2(QFile::permissions(file) == PrivateFile::OwnerOnly, qPrintable(file));
    const QString pdf = e.baseName + QStringLiteral(".pdf");
    QDir().mkpath(QStringLiteral("/tmp/report-page1"));
    const Run png =
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                         QStringLiteral("1"), pdf, QStringLiteral("/tmp/report-page1/page")});
    QCOMPARE(png.exitCode, 0);
    const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    const QString all = normalized(text.out);
    QVERIFY(all.contains(QLatin1String("Contoso Hosting <EU> & Partners")));
    for (const QString& title : Report::fromSession(*t.session).stageTitles())
        QVERIFY2(all.contains(normalized(title)), qPrintable(title + QStringLiteral(" not in: ") + all.left(3000)));
    const Run raw = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    // Lines wrap inside the long address: compare without whitespace.
    const auto squeezed = [](QString x) { return x.remove(QRegularExpression(QStringLiteral("\\s+"))); };
    QVERIFY2(squeezed(raw.out).contains(squeezed(ReportTestSession::failedMessage())), qPrintable(raw.out));
    QVERIFY(all.contains(e.seal.jsonSha256));
    QVERIFY(all.contains(QLatin1String("Page 1 of")));
    QVERIFY(all.contains(QLatin1String("CASE-117222/7")));
    QVERIFY(all.contains(QLatin1String("PA API over plain http")) && all.contains(QLatin1String("pa.contoso.example")));
}

// A PDF cut short by a full disk or a size limit is not left behind as a finished report: the
// export fails with the system's reason, and no file of that name remains.
void TestReport::pdfShortWriteRefused()
{
#ifdef Q_OS_UNIX
    const ReportTestSession t = ReportTestSession::make();
    const Report report = Report::fromSession(*t.session);
    ReportSeal seal;
    seal.notSignedReason = QStringLiteral("Exported without --sign.");
    const QString folder = m_dir.filePath(QStringLiteral("pdf-full"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(ReportPdf::writeFile(report, seal, path, &error), qPrintable(error));
    const QByteArray before = readFile(path);
    QVERIFY(before.size() > 16384); // the limit below cuts it
    QVERIFY(QFile::remove(path));

    for (const qint64 limit : {qint64(16384), qint64(20000), qint64(before.size() / 2 + 1), qint64(before.size() - 1)}) {
    struct rlimit old = {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = rlim_t(limit);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const bool written = ReportPdf::writeFile(report, seal, path, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, oldHandler);
    QVERIFY2(!written, qPrintable(QStringLiteral("a PDF cut at %1 bytes was reported as written").arg(limit)));
    QVERIFY2(error.contains(QString::fromLocal8Bit(strerror(EFBIG))), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("Unknown error")), qPrintable(error));
    const QStringList left = QDir(folder).entryList(QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
#else
    QSKIP("RLIMIT_FSIZE is POSIX");
#endif
}

void TestReport::trainingEverywhere()
{
    const ReportTestSession t = ReportTestSession::make(true);
    const ReportExporter::Result e = exportSigned(t, m_dir.filePath(QStringLiteral("training")), m_key);
    QVERIFY2(e.ok, qPrintable(e.error));
    QVERIFY(readFile(e.jsonPath).contains("\"training\":true"));
    QVERIFY(readFile(e.baseName + QStringLiteral(".html")).contains("TRAINING"));
    // Relabelled by hand ("training": false) while it still names its scenario: still stamped TRAINING.
    {
        ReportTestSession relabelled = ReportTestSession::make(true);
        relabelled.session->setTraining(false);
        relabelled.session->setField(Session::fieldTrainingScenario(), QStringLiteral("expired-certificate"));
        QVERIFY(Report::fromSession(*relabelled.session).header.training);
        relabelled.session->setField(Session::fieldTrainingScenario(), QString());
        QVERIFY(!Report::fromSession(*relabelled.session).header.training);
    }
    const QString pdf = e.baseName + QStringLiteral(".pdf");
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    QVERIFY(m.hasMatch());
    const int pages = m.captured(1).toInt();
    QVERIFY2(pages >= 2, "the test session should fill more than one page");
    for (int p = 1; p <= pages; ++p) {
        const Run page =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                              QString::number(p), pdf, QStringLiteral("-")});
        QVERIFY2(page.out.contains(QLatin1String("TRAINING")), qPrintable(QStringLiteral("page %1").arg(p)));
        QVERIFY(page.out.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
    }
    const ReportVerifier::Result v = ReportVerifier::verify(e.jsonPath, trusting({{m_key, QStringLiteral("Alice Example")}}));
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.training);
    QVERIFY(v.toText().contains(QLatin1String("TRAINING")));
    QDir().mkpath(QStringLiteral("/tmp/report-page1"));
    run(QStringLiteral("pdftoppm"), {"-png", "-r", "60", "-f", "1", "-l", "3", pdf, "/tmp/report-page1/training"});
}

// Signed is not signed off: a report whose sign-off the engineer did not confirm says DRAFT in the HTML
// (a banner before the title, a watermark), on every PDF page, in --verify and the review window —
// with a valid signature all the same. A confirmed one says SIGNED OFF and has no DRAFT anywhere.
void TestReport::draftSaysSo()
{
    const ReportTestSession t = ReportTestSession::make();
    Report draft = Report::fromSession(*t.session);
    QVERIFY(draft.signOff.confirmed);
    draft.signOff.confirmed = false;
    const QString folder = m_dir.filePath(QStringLiteral("draft"));
    QDir().mkpath(folder);
    ReportExporter::Options options;
    options.out = folder;
    options.now = exportTime;
    const ReportExporter::Result e = ReportExporter::exportReport(draft, options, &m_key, QString());
    QVERIFY2(e.ok, qPrintable(e.error));
    const QByteArray html = readFile(e.baseName + QStringLiteral(".html"));
    QVERIFY(html.contains("DRAFT — not signed off"));
    QVERIFY(html.contains("class=\"draft-report\""));
    // The outcome first: the draft banner before the title, the title before the details.
    QVERIFY(html.indexOf("DRAFT — not signed off") < html.indexOf("<h1>"));
    QVERIFY(html.indexOf("<h1>") < html.indexOf("PA API over plain http"));
    const QString pdf = e.baseName + QStringLiteral(".pdf");
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out).captured(1).toInt();
    QVERIFY(pages >= 2);
    for (int p = 1; p <= pages; ++p) {
        const Run page = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                                           QString::number(p), pdf, QStringLiteral("-")});
        QVERIFY2(page.out.contains(QLatin1String("DRAFT")), qPrintable(QStringLiteral("page %1").arg(p)));
    }
    const ReportVerifier::Result v = ReportVerifier::verify(e.jsonPath, trusting({{m_key, QStringLiteral("Alice Example")}}));
    QCOMPARE(v.exitCode, 0); // the signature holds: the draft is what was signed
    QVERIFY(!v.signedOff);
    QVERIFY2(v.toText().contains(QLatin1String("DRAFT: the engineer did not confirm the sign-off")), qPrintable(v.toText()));
    const ReportReview review = ReportReview::open(e.jsonPath, QString()); // the default keyring: none here
    QVERIFY2(review.statusLine().contains(QLatin1String("DRAFT")), qPrintable(review.statusLine()));

    // Confirmed: SIGNED OFF, and no DRAFT in any file.
    const ReportExporter::Result done = exportSigned(t, m_dir.filePath(QStringLiteral("signedoff")), m_key);
    QVERIFY2(done.ok, qPrintable(done.error));
    const QByteArray doneHtml = readFile(done.baseName + QStringLiteral(".html"));
    QVERIFY(!doneHtml.contains("DRAFT — not signed off") && !doneHtml.contains("class=\"draft-report\""));
    QVERIFY(!run(QStringLiteral("pdftotext"), {done.baseName + QStringLiteral(".pdf"), QStringLiteral("-")}).out.contains(
        QLatin1String("DRAFT")));
    const ReportVerifier::Result ok = ReportVerifier::verify(done.jsonPath, trusting({{m_key, QStringLiteral("Alice Example")}}));
    QVERIFY(ok.signedOff);
    QVERIFY2(ok.toText().contains(QLatin1String("SIGNED OFF: the engineer confirmed the sign-off")), qPrintable(ok.toText()));
}

void TestReport::signingKeyCreatedOnceAndReused()
{
    MemorySecretStore store;
    const SigningKey::Result first = obtainKey(&store, QStringLiteral("Alice Example"));
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(first.created);
    const SigningKey::Result second = obtainKey(&store, QStringLiteral("Alice Example"));
    QVERIFY(second.ok());
    QVERIFY(!second.created);
    QCOMPARE(second.signer.fingerprint(), first.signer.fingerprint());
    const SigningKey::Result bob = obtainKey(&store, QStringLiteral("Bob Reviewer"));
    QVERIFY(bob.created);
    QVERIFY(bob.signer.fingerprint() != first.signer.fingerprint());
    const SigningKey::Result nobody = obtainKey(&store, QString());
    QVERIFY(!nobody.ok());
    QVERIFY(nobody.error.contains(QLatin1String("engineer")));
}

void TestReport::noKeychainRefusesSigningButExportsUnsigned()
{
    UnavailableSecretStore store;
    const SigningKey::Result key = obtainKey(&store, QStringLiteral("Alice Example"));
    QVERIFY(!key.ok());
    QVERIFY(key.unavailable);
    QVERIFY(key.error.startsWith(QLatin1String("Signing refused: no keychain is available")));
    QVERIFY(key.error.contains(QLatin1String("not signed")));

    const ReportTestSession t = ReportTestSession::make();
    ReportExporter::Options options;
    options.out = m_dir.filePath(QStringLiteral("nokeychain/"));
    options.now = exportTime;
    const ReportExporter::Result e =
        ReportExporter::exportReport(Report::fromSession(*t.session), options, nullptr, key.error);
    QVERIFY2(e.ok, qPrintable(e.error));
    QVERIFY(!e.seal.isSigned());
    QVERIFY(!QFile::exists(e.baseName + QStringLiteral(".json.sig")));
    QVERIFY(!QFile::exists(e.baseName + QStringLiteral(".pub.pem")));
    const QString html = QString::fromUtf8(readFile(e.baseName + QStringLiteral(".html")));
    QVERIFY(html.contains(QLatin1String("Not signed.")));
    QVERIFY(html.contains(QLatin1String("Signing refused")));
    const Run text = run(QStringLiteral("pdftotext"), {e.baseName + QStringLiteral(".pdf"), QStringLiteral("-")});
    QVERIFY(text.out.contains(QLatin1String("Not signed")));
    QCOMPARE(ReportVerifier::verify(e.jsonPath, trusting({{m_key, QStringLiteral("Alice Example")}})).exitCode, 2);
}

void TestReport::commandLine()
{
    QVERIFY(wantsReportCli({"wizard", "--export", "x.json"}));
    QVERIFY(wantsReportCli({"wizard", "--verify=r.json"}));
    QVERIFY(!wantsReportCli({"wizard", "--check", "x.json"}));

    const ReportTestSession t = ReportTestSession::make();
    const QString sessionPath = m_dir.filePath(QStringLiteral("cli-session.json"));
    QVERIFY(SessionStore::save(*t.session, sessionPath));
    MemorySecretStore store;

    ReportCli cli(&store);
    QSignalSpy done(&cli, &ReportCli::finished);
    ReportCli::Request request;
    request.sessionPath = sessionPath;
    request.formats = {QStringLiteral("json,html")};
    request.out = m_dir.filePath(QStringLiteral("cli/"));
    request.sign = true;
    cli.start(request);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toInt(), 0);
    QVERIFY(cli.output().contains(QLatin1String("Signed, key fingerprint")));
    const QStringList json = QDir(m_dir.filePath(QStringLiteral("cli"))).entryList({QStringLiteral("*.json")});
    QCOMPARE(json.size(), 1);
    const QString jsonPath = m_dir.filePath(QStringLiteral("cli/")) + json.first();

    QCommandLineParser untrusted;
    addReportOptions(untrusted);
    QVERIFY(untrusted.parse({QStringLiteral("wizard"), QStringLiteral("--verify"), jsonPath}));
    QCOMPARE(runReportCli(*QCoreApplication::instance(), untrusted, &store), int(ReportVerifier::Untrusted));
    // The team's keyring names the engineer's key (here taken from the export we just made).
    const QString keys = m_dir.filePath(QStringLiteral("cli-keys.txt"));
    writeFile(keys, TrustedKeys::lineFor(ReportSigner::fromPublicKeyPem(readFile(jsonPath.chopped(5) + ".pub.pem")),
                                         QStringLiteral("Alice Example"))
                        .toUtf8());
    QCommandLineParser parser;
    addReportOptions(parser);
    QVERIFY(parser.parse({QStringLiteral("wizard"), QStringLiteral("--verify"), jsonPath, QStringLiteral("--trust"), keys}));
    QCOMPARE(runReportCli(*QCoreApplication::instance(), parser, &store), 0);
    QByteArray bytes = readFile(jsonPath);
    bytes[10] = char(bytes.at(10) ^ 0x20);
    writeFile(jsonPath, bytes);
    QCOMPARE(runReportCli(*QCoreApplication::instance(), parser, &store), 1);
    QVERIFY(parser.parse({QStringLiteral("wizard"), QStringLiteral("--verify"), m_dir.filePath("none.json")}));
    QCOMPARE(runReportCli(*QCoreApplication::instance(), parser, &store), 2);

    // Signing refused without a keychain: nothing written, exit 1, the reason on stderr.
    UnavailableSecretStore none;
    ReportCli refused(&none);
    QSignalSpy refusedDone(&refused, &ReportCli::finished);
    request.out = m_dir.filePath(QStringLiteral("cli-refused/"));
    refused.start(request);
    QVERIFY(refusedDone.wait(10000));
    QCOMPARE(refusedDone.first().first().toInt(), 1);
    QVERIFY(refused.errors().contains(QLatin1String("Signing refused")));
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("cli-refused"))).exists());

    // A stage report from the command line.
    ReportCli stage(&store);
    QSignalSpy stageDone(&stage, &ReportCli::finished);
    request.out = m_dir.filePath(QStringLiteral("cli-stage/"));
    request.stage = QStringLiteral("gateway");
    request.sign = false;
    stage.start(request);
    QVERIFY(stageDone.wait(10000));
    QCOMPARE(stageDone.first().first().toInt(), 0);
    QVERIFY(stage.output().contains(QLatin1String("-gateway.json")));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
