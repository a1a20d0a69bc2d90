// The reviewer's window (two-person sign-off), offscreen under a real Secret Service
// (run-with-keyring.sh): a signed report is opened and verified, shown read-only, and
// countersigned with the reviewer's own key; openssl accepts the countersignature. A tampered
// report shows "INVALID" and cannot be countersigned; the engineer cannot countersign their own
// report. Also reached from the Start page.
//
// With O365_REPORT_SCREENSHOT=FILE.png set, the exported HTML report as Qt's text browser draws it
// is saved there (docs/report-html.png).

#include "support/ReportTestSession.h"

#include "core/PrivateFile.h"
#include "session/Session.h"

#include "net/NetworkContext.h"
#include "report/Report.h"
#include "report/ReportExporter.h"
#include "report/ReportHtml.h"
#include "dialogs/PublicKeyDialog.h"
#include "dialogs/ReviewDialog.h"
#include "pages/SignOffPage.h"
#include "net/SecretStore.h"
#include "report/SigningKey.h"
#include "report/TrustedKeys.h"
#include "pages/UpgradeWizard.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimeZone>
#include <QtTest>

using namespace o365;

namespace
{

const QString Reviewer = QStringLiteral("Rita Reviewer");

struct Run {
    int exitCode = -1;
    QString out;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p; // test code may block
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

Run opensslVerify(const QString& pem, const QString& json, const QString& sig)
{
    return run(QStringLiteral("openssl"),
               {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                QStringLiteral("-inkey"), pem, QStringLiteral("-rawin"), QStringLiteral("-in"), json,
                QStringLiteral("-sigfile"), sig});
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace

class TestReviewGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reviewAndCountersign();
    void untrustedSignerIsSaid();
    void tamperedReportIsNotCountersigned();
    void ownReportIsNotCountersigned();
    void teamKeyringChosenHere();
    void publicKeyFromTheSignOffPage();
    void publicKeyNeedsAName();
    void everyControlIsNamed();
    void reachedFromTheStartPage();
    void screenshotOfTheHtmlReport();

private:
    SigningKey::Result obtain(const QString& name);
    QString exportSigned(const QString& folder, bool training);
    bool countersignIn(ReviewDialog& dialog, const QString& reviewer);

    KeychainSecretStore m_store{QStringLiteral("o365-upgrade-wizard-review-test")};
    QTemporaryDir m_dir;
    ReportTestSession m_session = ReportTestSession::make(true);
    QString m_json;
};

SigningKey::Result TestReviewGui::obtain(const QString& name)
{
    SigningKey::Result result;
    bool done = false;
    SigningKey::obtain(&m_store, name, this, [&](const SigningKey::Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("no answer from the keychain");
    return result;
}

QString TestReviewGui::exportSigned(const QString& folder, bool training)
{
    ReportTestSession t = ReportTestSession::make(training);
    const SigningKey::Result key = obtain(t.session->field(Session::fieldEngineer()));
    if (!key.ok()) {
        qWarning("%s", qPrintable(key.error));
        return {};
    }
    ReportExporter::Options options;
    options.out = folder + QLatin1Char('/');
    options.formats = {QStringLiteral("json"), QStringLiteral("html")};
    options.now = QDateTime(QDate(2026, 11, 24), QTime(15, 0, 0), QTimeZone(3600));
    const ReportExporter::Result e =
        ReportExporter::exportReport(Report::fromSession(*t.session), options, &key.signer);
    if (!e.ok)
        qWarning("%s", qPrintable(e.error));
    return e.jsonPath;
}

bool TestReviewGui::countersignIn(ReviewDialog& dialog, const QString& reviewer)
{
    auto* name = child<QLineEdit>(&dialog, "reviewerName");
    auto* button = child<QPushButton>(&dialog, "countersign");
    auto* progress = child<QProgressBar>(&dialog, "countersignProgress");
    name->clear();
    QTest::keyClicks(name, reviewer);
    if (!button->isEnabled())
        return false;
    QSignalSpy finished(&dialog, &ReviewDialog::countersignFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    // Asynchronous: the click returns at once, with a progress indication and the controls locked.
    const bool busyShown = dialog.isBusy() && !progress->isHidden() && !button->isEnabled();
    if (!finished.wait(30000) && finished.isEmpty())
        return false;
    return busyShown && progress->isHidden();
}

void TestReviewGui::initTestCase()
{
    QVERIFY2(QDir::homePath().contains(QLatin1String("scratch")), "run through ctest so HOME is a scratch folder");
    QVERIFY(m_dir.isValid());
    m_json = exportSigned(m_dir.filePath(QStringLiteral("signed")), true);
    QVERIFY(!m_json.isEmpty());
    // The team's keyring at its default place: the engineer and the reviewer.
    const SigningKey::Result alice = obtain(QStringLiteral("Alice Example"));
    const SigningKey::Result rita = obtain(Reviewer);
    QVERIFY(alice.ok() && rita.ok());
    QVERIFY(QDir().mkpath(QFileInfo(TrustedKeys::defaultPath()).absolutePath()));
    QFile keys(TrustedKeys::defaultPath());
    QVERIFY(keys.open(QIODevice::WriteOnly));
    keys.write((TrustedKeys::lineFor(alice.signer, QStringLiteral("Alice Example")) + QLatin1Char('\n') +
                TrustedKeys::lineFor(rita.signer, Reviewer) + QLatin1Char('\n'))
                   .toUtf8());
}

void TestReviewGui::reviewAndCountersign()
{
    ReviewDialog dialog(&m_store);
    ReviewDialog::reportFileChooser() = [this](QWidget*) { return m_json; };
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "openReport"), Qt::LeftButton);

    const QString status = child<QLabel>(&dialog, "verificationStatus")->text();
    const QString details = child<QLabel>(&dialog, "verificationDetails")->text();
    const SigningKey::Result engineerKey = obtain(QStringLiteral("Alice Example"));
    QVERIFY2(status.startsWith(QStringLiteral("✔ VALID: signed by Alice Example, in your trusted keys")),
             qPrintable(status));
    QVERIFY2(details.contains(QLatin1String("The report names its engineer Alice Example, signed off at 2026-11-24")),
             qPrintable(details));
    QVERIFY2(details.contains(engineerKey.signer.fingerprint()), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("TRAINING")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("No countersignature yet")), qPrintable(details));
    // The report itself, read-only, rendered from its JSON.
    auto* view = child<QTextBrowser>(&dialog, "reportView");
    QVERIFY(view->isReadOnly());
    const QString text = view->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Contoso Hosting <EU> & Partners")), qPrintable(text.left(400)));
    QVERIFY(text.contains(ReportTestSession::failedMessage()));
    QVERIFY(text.contains(QLatin1String("TRAINING")));

    // Nothing to sign without a name.
    QVERIFY(!child<QPushButton>(&dialog, "countersign")->isEnabled());
    QVERIFY(countersignIn(dialog, Reviewer));
    const QString result = child<QLabel>(&dialog, "countersignResult")->text();
    QVERIFY2(result.startsWith(QStringLiteral("✔ Countersigned by ") + Reviewer), qPrintable(result));
    const QString base = ReportExporter::baseOfJson(m_json);
    QVERIFY2(result.contains(QDir::toNativeSeparators(m_json + QStringLiteral(".review.sig"))), qPrintable(result));
    QVERIFY2(result.contains(QDir::toNativeSeparators(base + QStringLiteral(".review.pub.pem"))), qPrintable(result));

    // openssl accepts the countersignature with the reviewer's public key, which is the reviewer's key in the keychain.
    const Run ok =
        opensslVerify(base + QStringLiteral(".review.pub.pem"), m_json, m_json + QStringLiteral(".review.sig"));
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.out));
    const SigningKey::Result reviewerKey = obtain(Reviewer);
    QVERIFY(reviewerKey.ok() && !reviewerKey.created);
    QVERIFY(result.contains(reviewerKey.signer.fingerprint()));
    QFile pem(base + QStringLiteral(".review.pub.pem"));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    QCOMPARE(pem.readAll(), reviewerKey.signer.publicKeyPem());
    // The engineer's signature still holds too: the JSON was not touched.
    QCOMPARE(opensslVerify(base + QStringLiteral(".pub.pem"), m_json, m_json + QStringLiteral(".sig")).exitCode, 0);

    // The dialog now shows the countersignature as verified.
    const QString after = child<QLabel>(&dialog, "verificationDetails")->text();
    QVERIFY2(child<QLabel>(&dialog, "verificationStatus")->text().contains(QLatin1String("countersigned")),
             qPrintable(child<QLabel>(&dialog, "verificationStatus")->text()));
    QVERIFY2(after.contains(QStringLiteral("Reviewer countersignature, key (SHA-256): %1 — valid, trusted as %2")
                                .arg(reviewerKey.signer.fingerprint(), Reviewer)),
             qPrintable(after));
}

// A keyring without the engineer: the dialog says the signer is unproven, and leaves the decision
// to countersign with the reviewer.
void TestReviewGui::untrustedSignerIsSaid()
{
    const QString empty = m_dir.filePath(QStringLiteral("no-keys.txt"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# nobody yet\n");
    f.close();
    const QString json = exportSigned(m_dir.filePath(QStringLiteral("untrusted")), true);
    ReviewDialog dialog(&m_store);
    dialog.setTrustPath(empty);
    ReviewDialog::reportFileChooser() = [json](QWidget*) { return json; };
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "openReport"), Qt::LeftButton);
    const QString status = child<QLabel>(&dialog, "verificationStatus")->text();
    QVERIFY2(status.startsWith(QStringLiteral("⚠ NOT TRUSTED")), qPrintable(status));
    QVERIFY(!dialog.review().isValid());
    QVERIFY(dialog.review().canCountersign());
    QVERIFY2(child<QLabel>(&dialog, "verificationDetails")->text().contains(QLatin1String("NOT in your trusted keys")),
             qPrintable(child<QLabel>(&dialog, "verificationDetails")->text()));
}

void TestReviewGui::tamperedReportIsNotCountersigned()
{
    // A copy of the signed report with one byte changed.
    const QString folder = m_dir.filePath(QStringLiteral("tampered"));
    QVERIFY(QDir().mkpath(folder));
    const QString base = ReportExporter::baseOfJson(m_json);
    const QString json = folder + QStringLiteral("/report.json");
    QVERIFY(QFile::copy(base + QStringLiteral(".pub.pem"), folder + QStringLiteral("/report.pub.pem")));
    QVERIFY(QFile::copy(m_json + QStringLiteral(".sig"), json + QStringLiteral(".sig")));
    QFile in(m_json);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    const qsizetype at = bytes.indexOf("Alice Example");
    QVERIFY(at > 0);
    bytes[at] = 'E'; // "Elice Example"
    QFile out(json);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
    out.close();

    ReviewDialog dialog(&m_store);
    dialog.show();
    dialog.openReport(json);
    const QString status = child<QLabel>(&dialog, "verificationStatus")->text();
    QVERIFY2(status.contains(QLatin1String("INVALID")), qPrintable(status));
    QVERIFY2(child<QLabel>(&dialog, "verificationDetails")->text().contains(QLatin1String("INVALID")),
             qPrintable(child<QLabel>(&dialog, "verificationDetails")->text()));
    QVERIFY(!dialog.review().canCountersign());
    QVERIFY(!countersignIn(dialog, Reviewer)); // the button stays disabled
    QVERIFY(!child<QPushButton>(&dialog, "countersign")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "countersignResult")->text().contains(QLatin1String("cannot be countersigned")));
    QVERIFY(!QFile::exists(json + QStringLiteral(".review.sig")));
    // The view says the signature does not hold instead of showing a fingerprint.
    QVERIFY(child<QTextBrowser>(&dialog, "reportView")->toPlainText().contains(QLatin1String("INVALID")));
}

void TestReviewGui::ownReportIsNotCountersigned()
{
    const QString json = exportSigned(m_dir.filePath(QStringLiteral("own")), false);
    QVERIFY(!json.isEmpty());
    ReviewDialog dialog(&m_store);
    dialog.show();
    dialog.openReport(json);
    QVERIFY(dialog.review().canCountersign());
    QVERIFY(countersignIn(dialog, QStringLiteral("Alice Example")));
    const QString result = child<QLabel>(&dialog, "countersignResult")->text();
    QVERIFY2(result.contains(QLatin1String("must come from a second engineer")), qPrintable(result));
    QVERIFY(!QFile::exists(json + QStringLiteral(".review.sig")));
}

// The team's shared keyring, chosen in the review window: checked before it is taken, remembered
// (the next window and a verification without --trust use it), and the open report is verified
// again against it.
void TestReviewGui::teamKeyringChosenHere()
{
    const auto originalChooser = ReviewDialog::trustedKeysChooser();
    const auto restore = qScopeGuard([originalChooser] {
        TrustedKeys::setChosenPath({});
        ReviewDialog::trustedKeysChooser() = originalChooser;
    });
    const SigningKey::Result alice = obtain(QStringLiteral("Alice Example"));
    const SigningKey::Result rita = obtain(Reviewer); // m_json is countersigned by now
    QVERIFY(alice.ok() && rita.ok());
    const QString team = m_dir.filePath(QStringLiteral("team-keys.txt"));
    QFile f(team);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(("# the support team\n" + TrustedKeys::lineFor(alice.signer, QStringLiteral("Alice (support team)")) +
             "\n" + TrustedKeys::lineFor(rita.signer, Reviewer) + "\n")
                .toUtf8());
    f.close();
    const QString broken = m_dir.filePath(QStringLiteral("broken-keys.txt"));
    QFile b(broken);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("not-a-key Mallory\n");
    b.close();
    QVERIFY(TrustedKeys::chosenPath().isEmpty());

    ReviewDialog dialog(&m_store);
    dialog.show();
    auto* trustFile = child<QLabel>(&dialog, "trustedKeysFile");
    QVERIFY2(trustFile->text().contains(QDir::toNativeSeparators(TrustedKeys::defaultPath())),
             qPrintable(trustFile->text()));
    QVERIFY2(trustFile->text().contains(QLatin1String("2 key(s)")), qPrintable(trustFile->text()));
    dialog.openReport(m_json);
    auto* status = child<QLabel>(&dialog, "verificationStatus");
    QVERIFY2(status->text().contains(QLatin1String("signed by Alice Example")), qPrintable(status->text()));

    // A damaged file is not taken: the keyring in use stays, and the line that is wrong is named.
    ReviewDialog::trustedKeysChooser() = [broken](QWidget*) { return broken; };
    QTest::mouseClick(child<QPushButton>(&dialog, "chooseTrustedKeys"), Qt::LeftButton);
    QVERIFY2(trustFile->text().contains(QLatin1String("did not change")) &&
                 trustFile->text().contains(QLatin1String("Line 1")),
             qPrintable(trustFile->text()));
    QVERIFY(TrustedKeys::chosenPath().isEmpty());
    QVERIFY2(status->text().contains(QLatin1String("signed by Alice Example")), qPrintable(status->text()));

    ReviewDialog::trustedKeysChooser() = [team](QWidget*) { return team; };
    QTest::mouseClick(child<QPushButton>(&dialog, "chooseTrustedKeys"), Qt::LeftButton);
    QVERIFY2(trustFile->text().contains(QLatin1String("2 key(s)")) &&
                 trustFile->text().contains(QDir::toNativeSeparators(team)),
             qPrintable(trustFile->text()));
    QVERIFY2(status->text().contains(QLatin1String("signed by Alice (support team)")), qPrintable(status->text()));
    QCOMPARE(TrustedKeys::chosenPath(), QFileInfo(team).absoluteFilePath());

    // Remembered: a new window, and what --verify without --trust reads.
    ReviewDialog next(&m_store);
    next.openReport(m_json);
    QVERIFY2(child<QLabel>(&next, "verificationStatus")->text().contains(QLatin1String("Alice (support team)")),
             qPrintable(child<QLabel>(&next, "verificationStatus")->text()));
    TrustedKeys used;
    QString error;
    QVERIFY2(TrustedKeys::loadForVerification({}, &used, &error), qPrintable(error));
    QCOMPARE(used.path(), QFileInfo(team).absoluteFilePath());

    // A chosen file that has gone is an error, not silently "nobody is trusted".
    QVERIFY(QFile::rename(team, team + QStringLiteral(".moved")));
    QVERIFY(!TrustedKeys::loadForVerification({}, &used, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(team)), qPrintable(error));
    QVERIFY(QFile::rename(team + QStringLiteral(".moved"), team));

    // Choosing the default file again forgets the choice.
    TrustedKeys::setChosenPath(TrustedKeys::defaultPath());
    QVERIFY(TrustedKeys::chosenPath().isEmpty());
}

// "Show my public key…" on the sign-off page: the engineer's own key from the keychain, as the
// line the team's keyring needs and its fingerprint; copied and saved (0600), never the private key.
void TestReviewGui::publicKeyFromTheSignOffPage()
{
    const SigningKey::Result alice = obtain(QStringLiteral("Alice Example"));
    QVERIFY(alice.ok());
    Session session;
    session.setField(Session::fieldEngineer(), QStringLiteral("Alice Example"));
    NetworkContext net;
    net.secrets = &m_store;
    SignOffPage page(&session, &net);
    page.show();
    QTest::mouseClick(child<QPushButton>(&page, "showPublicKey"), Qt::LeftButton);
    auto* dialog = page.findChild<PublicKeyDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* copy = child<QPushButton>(dialog, "copyTrustedKeysLine");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QVERIFY(copy->isEnabled());

    const QString line = TrustedKeys::lineFor(alice.signer, QStringLiteral("Alice Example"));
    QCOMPARE(dialog->trustedKeysLine(), line);
    QCOMPARE(child<QPlainTextEdit>(dialog, "trustedKeysLine")->toPlainText(), line);
    QCOMPARE(child<QLabel>(dialog, "publicKeyFingerprint")->text(), alice.signer.fingerprint());
    // The line is one a keyring takes, under that name.
    TrustedKeys keys;
    QString error;
    QVERIFY2(TrustedKeys::parse(line.toUtf8(), QStringLiteral("pasted"), &keys, &error), qPrintable(error));
    QCOMPARE(keys.nameOf(alice.signer.fingerprint()), QStringLiteral("Alice Example"));

    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), line);

    const QString saved = m_dir.filePath(QStringLiteral("alice.trusted-key.txt"));
    const auto originalChooser = PublicKeyDialog::lineFileChooser();
    const auto restore = qScopeGuard([originalChooser] { PublicKeyDialog::lineFileChooser() = originalChooser; });
    PublicKeyDialog::lineFileChooser() = [saved](QWidget*, const QString& suggested) {
        return suggested.endsWith(QLatin1String("Alice_Example.trusted-key.txt")) ? saved : QString();
    };
    QTest::mouseClick(child<QPushButton>(dialog, "saveTrustedKeysLine"), Qt::LeftButton);
    QFile file(saved);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(child<QLabel>(dialog, "saveTrustedKeysResult")->text()));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, (line + QLatin1Char('\n')).toUtf8());
    QVERIFY(!bytes.contains("PRIVATE"));
    QCOMPARE(QFile::permissions(saved), PrivateFile::OwnerOnly);

    // A link planted at the chosen name is not written through.
    const QString link = m_dir.filePath(QStringLiteral("planted-link.txt"));
    QVERIFY(QFile::link(saved, link));
    PublicKeyDialog::lineFileChooser() = [link](QWidget*, const QString&) { return link; };
    QTest::mouseClick(child<QPushButton>(dialog, "saveTrustedKeysLine"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(dialog, "saveTrustedKeysResult")->text().contains(QLatin1String("symbolic link")),
             qPrintable(child<QLabel>(dialog, "saveTrustedKeysResult")->text()));
    dialog->close();
}

void TestReviewGui::publicKeyNeedsAName()
{
    PublicKeyDialog dialog(&m_store, QStringLiteral("   "));
    QVERIFY(!dialog.isBusy());
    QVERIFY(!child<QPushButton>(&dialog, "copyTrustedKeysLine")->isEnabled());
    QVERIFY2(child<QLabel>(&dialog, "publicKeyStatus")->text().contains(QLatin1String("Start page")),
             qPrintable(child<QLabel>(&dialog, "publicKeyStatus")->text()));
}

void TestReviewGui::everyControlIsNamed()
{
    ReviewDialog dialog(&m_store);
    dialog.openReport(m_json);
    int controls = 0;
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!qobject_cast<QAbstractButton*>(w) && !qobject_cast<QLineEdit*>(w) && !qobject_cast<QTextBrowser*>(w) &&
            !qobject_cast<QProgressBar*>(w))
            continue;
        ++controls;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QCOMPARE(controls, 8); // open, trusted keys, view, reviewer, countersign, progress, my public key, close
}

void TestReviewGui::reachedFromTheStartPage()
{
    Session session;
    NetworkContext net;
    net.secrets = &m_store;
    UpgradeWizard wizard(&session, &net);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto* button = wizard.findChild<QPushButton*>(QStringLiteral("reviewReport"));
    QVERIFY(button);
    QVERIFY(!button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    ReviewDialog* dialog = wizard.findChild<ReviewDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    ReviewDialog::reportFileChooser() = [this](QWidget*) { return m_json; };
    QTest::mouseClick(child<QPushButton>(dialog, "openReport"), Qt::LeftButton);
    QVERIFY(dialog->review().isValid());
    dialog->close();
}

void TestReviewGui::screenshotOfTheHtmlReport()
{
    const QString target = qEnvironmentVariable("O365_REPORT_SCREENSHOT");
    if (target.isEmpty())
        QSKIP("set O365_REPORT_SCREENSHOT=FILE.png to save the screenshot");
    const QString json = exportSigned(m_dir.filePath(QStringLiteral("screenshot")), false);
    QFile html(ReportExporter::baseOfJson(json) + QStringLiteral(".html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QTextBrowser browser;
    browser.resize(1000, 1400);
    browser.setHtml(QString::fromUtf8(html.readAll()));
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(browser.grab().save(target));
}

QTEST_MAIN(TestReviewGui)
#include "tst_review_gui.moc"
