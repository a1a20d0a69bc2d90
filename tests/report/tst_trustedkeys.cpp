// Trusted signers: the keyring file, and what a signature proves with and without it. The forged
// reports here read "VALID" before the keyring existed: any new key signed an edited report, and a
// copy of the engineer's own signature passed as the reviewer's countersignature.

#include "report/Report.h"
#include "core/TerminalText.h"
#include "report/ReportExporter.h"
#include "report/ReportJson.h"
#include "report/ReportSigner.h"
#include "report/ReportVerifier.h"
#include "report/TrustedKeys.h"
#include "support/ReportTestSession.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QtTest>

using namespace o365;

class TestTrustedKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesKeysAndFingerprints();
    void refusesBadLines_data();
    void refusesBadLines();
    void missingAndOversizedFiles();
    void reSignedWithANewKeyIsNotValid();
    void ownSignatureAsCountersignatureIsInvalid();
    void fieldsCannotSteerTheTerminal();

private:
    static QByteArray readFile(const QString& path);
    static void writeFile(const QString& path, const QByteArray& bytes);
    ReportExporter::Result exportSigned(const QString& folder);
    TrustedKeys aliceOnly() const;

    QTemporaryDir m_dir;
    ReportSigner m_alice;
};

void TestTrustedKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_alice = ReportSigner::generate();
    QVERIFY(!m_alice.isNull());
}

QByteArray TestTrustedKeys::readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestTrustedKeys::writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

ReportExporter::Result TestTrustedKeys::exportSigned(const QString& folder)
{
    const ReportTestSession t = ReportTestSession::make();
    ReportExporter::Options options;
    options.out = folder;
    options.formats = {QStringLiteral("json")};
    options.now = QDateTime(QDate(2026, 11, 24), QTime(14, 5, 9), QTimeZone(3600));
    QDir().mkpath(folder);
    return ReportExporter::exportReport(Report::fromSession(*t.session), options, &m_alice, QString());
}

TrustedKeys TestTrustedKeys::aliceOnly() const
{
    TrustedKeys keys;
    QString error;
    const QByteArray text = TrustedKeys::lineFor(m_alice, QStringLiteral("Alice Example")).toUtf8();
    if (!TrustedKeys::parse(text, QStringLiteral("keys.txt"), &keys, &error))
        qFatal("%s", qPrintable(error));
    return keys;
}

void TestTrustedKeys::parsesKeysAndFingerprints()
{
    const ReportSigner bob = ReportSigner::generate();
    const QString lower = bob.fingerprint().toLower().remove(QLatin1Char(':'));
    const QByteArray text = "# the team's keys\n\n" + TrustedKeys::lineFor(m_alice, QStringLiteral("Alice  Example")).toUtf8() +
                            "\n   " + lower.toLatin1() + "\tBob Reviewer (support)\r\n";
    TrustedKeys keys;
    QString error;
    QVERIFY2(TrustedKeys::parse(text, QStringLiteral("keys.txt"), &keys, &error), qPrintable(error));
    QCOMPARE(keys.entries().size(), 2);
    QCOMPARE(keys.nameOf(m_alice.fingerprint()), QStringLiteral("Alice Example"));
    QCOMPARE(keys.nameOf(bob.fingerprint()), QStringLiteral("Bob Reviewer (support)"));
    QCOMPARE(keys.entries().at(1).line, 4);
    QVERIFY(keys.nameOf(ReportSigner::generate().fingerprint()).isEmpty());
    // The line is what `openssl pkey -pubin -outform DER | base64` gives, and a key can be named again.
    QVERIFY(TrustedKeys::lineFor(m_alice, QStringLiteral("A")).startsWith(
        QString::fromLatin1(m_alice.publicKeyDer().toBase64())));
    QVERIFY(TrustedKeys::parse(text + text, QStringLiteral("keys.txt"), &keys, &error));
}

void TestTrustedKeys::refusesBadLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("phrase");
    const QByteArray alice = TrustedKeys::lineFor(m_alice, QStringLiteral("Alice")).toUtf8();
    QTest::newRow("no name") << QByteArray(alice.left(alice.indexOf(' '))) << QStringLiteral("Line 1 ");
    QTest::newRow("not a key") << QByteArray("# ok\nnot-a-key Mallory\n") << QStringLiteral("Line 2 ");
    QTest::newRow("short fingerprint") << QByteArray("AB:CD:EF Mallory\n") << QStringLiteral("neither an Ed25519");
    QTest::newRow("RSA-sized base64") << QByteArray(QByteArray(300, 'A') + " Mallory") << QStringLiteral("neither");
    QTest::newRow("one key, two people") << alice + "\n" + TrustedKeys::lineFor(m_alice, QStringLiteral("Mallory")).toUtf8()
                                         << QStringLiteral("One key belongs to one person");
}

void TestTrustedKeys::refusesBadLines()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, phrase);
    TrustedKeys keys = aliceOnly();
    QString error;
    QVERIFY(!TrustedKeys::parse(text, QStringLiteral("keys.txt"), &keys, &error));
    QVERIFY2(error.contains(phrase), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("keys.txt")));
    QVERIFY(keys.nameOf(m_alice.fingerprint()).isEmpty() || keys.entries().size() == 1); // left as it was
}

void TestTrustedKeys::missingAndOversizedFiles()
{
    TrustedKeys keys;
    QString error;
    QVERIFY(!TrustedKeys::load(m_dir.filePath(QStringLiteral("none.txt")), &keys, &error));
    QVERIFY2(error.contains(QLatin1String("There is no trusted-keys file")), qPrintable(error));
    // --trust FILE must load; without it a missing default file is an empty keyring, not an error.
    QVERIFY(!TrustedKeys::loadForVerification(m_dir.filePath(QStringLiteral("none.txt")), &keys, &error));
    QVERIFY(!TrustedKeys::load(m_dir.path(), &keys, &error));
    QVERIFY2(error.contains(QLatin1String("is a folder, not a file")), qPrintable(error));
    const QString big = m_dir.filePath(QStringLiteral("big.txt"));
    writeFile(big, QByteArray(TrustedKeys::MaxFileSize + 1, '#'));
    QVERIFY(!TrustedKeys::load(big, &keys, &error));
    QVERIFY2(error.contains(QLatin1String("larger than 1 MB")), qPrintable(error));
}

void TestTrustedKeys::reSignedWithANewKeyIsNotValid()
{
    const ReportExporter::Result e = exportSigned(m_dir.filePath(QStringLiteral("forged")));
    QVERIFY2(e.ok, qPrintable(e.error));
    QCOMPARE(ReportVerifier::verify(e.jsonPath, aliceOnly()).exitCode, int(ReportVerifier::Valid));

    // Mallory edits the report and signs it with a key of their own, shipped beside it.
    QByteArray json = readFile(e.jsonPath);
    json.replace("Alice Example", "Alice Exampl3");
    const ReportSigner mallory = ReportSigner::generate();
    writeFile(e.jsonPath, json);
    writeFile(e.jsonPath + QStringLiteral(".sig"), mallory.sign(json));
    writeFile(e.baseName + QStringLiteral(".pub.pem"), mallory.publicKeyPem());

    const ReportVerifier::Result v = ReportVerifier::verify(e.jsonPath, aliceOnly());
    QCOMPARE(v.exitCode, int(ReportVerifier::Untrusted));
    QVERIFY(v.signatureValid); // the bytes are what Mallory's key signed …
    QVERIFY(v.signerName.isEmpty()); // … and nothing says who Mallory is
    QVERIFY2(v.message.contains(QStringLiteral("the signer's key %1 is NOT in your trusted keys").arg(mallory.fingerprint())),
             qPrintable(v.message));
    QVERIFY(!v.toText().contains(QLatin1String("VALID:")));
    QVERIFY(v.toText().contains(QLatin1String("not proven by the key")));
    // Without any keyring it is the same: never VALID.
    QCOMPARE(ReportVerifier::verify(e.jsonPath, TrustedKeys()).exitCode, int(ReportVerifier::Untrusted));
}

void TestTrustedKeys::ownSignatureAsCountersignatureIsInvalid()
{
    const ReportExporter::Result e = exportSigned(m_dir.filePath(QStringLiteral("self-review")));
    QVERIFY2(e.ok, qPrintable(e.error));
    QVERIFY(QFile::copy(e.jsonPath + QStringLiteral(".sig"), e.jsonPath + QStringLiteral(".review.sig")));
    QVERIFY(QFile::copy(e.baseName + QStringLiteral(".pub.pem"), e.baseName + QStringLiteral(".review.pub.pem")));
    const ReportVerifier::Result v = ReportVerifier::verify(e.jsonPath, aliceOnly());
    QCOMPARE(v.exitCode, int(ReportVerifier::Invalid));
    QVERIFY(v.signatureValid);
    QVERIFY(v.reviewValid); // the copied signature does match — it is the signer's own
    QVERIFY2(v.message.contains(QLatin1String("signer's own key")), qPrintable(v.message));
}

// A signed report whose customer field holds cursor-up, erase-line, CR and LF: --verify prints it
// escaped, on its own line, so it cannot wipe the verdict above it or print a fake VALID line.
void TestTrustedKeys::fieldsCannotSteerTheTerminal()
{
    const ReportExporter::Result e = exportSigned(m_dir.filePath(QStringLiteral("hostile")));
    QVERIFY2(e.ok, qPrintable(e.error));
    Report report;
    QString error;
    QVERIFY2(ReportJson::fromBytes(readFile(e.jsonPath), &report, &error), qPrintable(error));
    report.header.customer = QString::fromUtf16(u"\u001b[1A\u001b[2K\rVALID: forged\nCustomer: \u202eok");
    report.header.engineer = QStringLiteral("Alice\x07Example");
    const QByteArray json = ReportJson::toBytes(report);
    writeFile(e.jsonPath, json);
    writeFile(e.jsonPath + QStringLiteral(".sig"), m_alice.sign(json)); // still Alice's key: VALID
    const ReportVerifier::Result v = ReportVerifier::verify(e.jsonPath, aliceOnly());
    QCOMPARE(v.exitCode, int(ReportVerifier::Valid));
    const QString text = v.toText();
    QVERIFY2(TerminalText::isSafe(QString(text).remove(QLatin1Char('\n'))), qPrintable(text));
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^VALID"))).size(), 1); // only the verdict
    QVERIFY(lines.first().startsWith(QLatin1String("VALID: signed by Alice Example")));
    QVERIFY2(text.contains(QLatin1String("Customer: \\x1b[1A\\x1b[2K\\rVALID: forged\\nCustomer: \\u202eok")),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestTrustedKeys)
#include "tst_trustedkeys.moc"
