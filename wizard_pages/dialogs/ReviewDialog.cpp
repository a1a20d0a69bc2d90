#include "ReviewDialog.h"

#include "dialogs/PublicKeyDialog.h"
#include "report/TrustedKeys.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace o365
{

std::function<QString(QWidget*)>& ReviewDialog::reportFileChooser()
{
    static std::function<QString(QWidget*)> chooser = [](QWidget* parent) {
        return QFileDialog::getOpenFileName(parent, tr("Signed report to review"), QString(),
                                            tr("Reports (*.json);;All files (*)"));
    };
    return chooser;
}

std::function<QString(QWidget*)>& ReviewDialog::trustedKeysChooser()
{
    static std::function<QString(QWidget*)> chooser = [](QWidget* parent) {
        return QFileDialog::getOpenFileName(parent, tr("Trusted-keys file"), TrustedKeys::activePath(),
                                            tr("Trusted keys (*.txt);;All files (*)"));
    };
    return chooser;
}

ReviewDialog::ReviewDialog(SecretStore* secrets, QWidget* parent)
    : QDialog(parent), m_secrets(secrets), m_job(new ReportCountersignJob(secrets, this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review a signed report"));
    resize(900, 760);
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    m_path = new QLabel(tr("No report opened."), this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setAccessibleName(tr("Report file"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    m_open = new QPushButton(tr("&Open report…"), this);
    m_open->setObjectName(QStringLiteral("openReport"));
    m_open->setAccessibleName(tr("Open a signed report"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_open);
    layout->addLayout(fileRow);

    // Who signed is known only through the trusted keys: which file that is, and a way to choose
    // the team's shared one (remembered for --verify and the next review too).
    auto* trustRow = new QHBoxLayout;
    m_trustFile = new QLabel(this);
    m_trustFile->setObjectName(QStringLiteral("trustedKeysFile"));
    m_trustFile->setAccessibleName(tr("Trusted-keys file"));
    m_trustFile->setTextFormat(Qt::PlainText);
    m_trustFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustFile->setWordWrap(true);
    m_chooseTrust = new QPushButton(tr("Trusted &keys…"), this);
    m_chooseTrust->setObjectName(QStringLiteral("chooseTrustedKeys"));
    m_chooseTrust->setAccessibleName(tr("Choose the trusted-keys file"));
    trustRow->addWidget(m_trustFile, 1);
    trustRow->addWidget(m_chooseTrust);
    layout->addLayout(trustRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("verificationStatus"));
    m_status->setAccessibleName(tr("Verification"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    layout->addWidget(m_status);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("verificationDetails"));
    m_details->setAccessibleName(tr("Signer, time, key fingerprint and countersignatures"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setAccessibleName(tr("The report (read-only)"));
    m_view->setReadOnly(true);
    m_view->setOpenExternalLinks(true);
    layout->addWidget(m_view, 1);

    auto* box = new QGroupBox(tr("Countersign as reviewer"), this);
    auto* form = new QFormLayout(box);
    m_reviewer = new QLineEdit(box);
    m_reviewer->setObjectName(QStringLiteral("reviewerName"));
    m_reviewer->setAccessibleName(tr("Reviewer name"));
    m_reviewer->setPlaceholderText(tr("Your name: your own signing key from the keychain is used"));
    auto* reviewerLabel = new QLabel(tr("&Reviewer name:"), box);
    reviewerLabel->setBuddy(m_reviewer);
    form->addRow(reviewerLabel, m_reviewer);
    auto* actionRow = new QHBoxLayout;
    m_countersign = new QPushButton(tr("&Countersign"), box);
    m_countersign->setObjectName(QStringLiteral("countersign"));
    m_countersign->setAccessibleName(tr("Countersign the report"));
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("countersignProgress"));
    m_progress->setAccessibleName(tr("Countersigning in progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_publicKey = new QPushButton(tr("My &public key…"), box);
    m_publicKey->setObjectName(QStringLiteral("showPublicKey"));
    m_publicKey->setToolTip(tr("The line and fingerprint your team lead adds to the team's trusted-keys file"));
    m_publicKey->setAccessibleName(tr("Show my public key for the trusted-keys file"));
    actionRow->addWidget(m_countersign);
    actionRow->addWidget(m_progress);
    actionRow->addStretch(1);
    actionRow->addWidget(m_publicKey);
    form->addRow(QString(), actionRow);
    m_result = new QLabel(box);
    m_result->setObjectName(QStringLiteral("countersignResult"));
    m_result->setAccessibleName(tr("Countersignature result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_result);
    layout->addWidget(box);

    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);

    connect(m_open, &QPushButton::clicked, this, &ReviewDialog::chooseReport);
    connect(m_chooseTrust, &QPushButton::clicked, this, &ReviewDialog::chooseTrustedKeys);
    connect(m_publicKey, &QPushButton::clicked, this, [this] {
        auto* dialog = new PublicKeyDialog(m_secrets, m_reviewer->text(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_countersign, &QPushButton::clicked, this, &ReviewDialog::countersign);
    connect(m_reviewer, &QLineEdit::textChanged, this, &ReviewDialog::updateButtons);
    connect(m_job, &ReportCountersignJob::finished, this, &ReviewDialog::showOutcome);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showTrustedKeys();
    updateButtons();
}

void ReviewDialog::setTrustPath(const QString& path)
{
    m_trustPath = path;
    showTrustedKeys();
}

void ReviewDialog::showTrustedKeys()
{
    TrustedKeys keys;
    QString error;
    if (!TrustedKeys::loadForVerification(m_trustPath, &keys, &error)) {
        m_trustFile->setText(tr("Trusted keys: %1").arg(error));
        return;
    }
    const QString shown = QDir::toNativeSeparators(keys.path());
    m_trustFile->setText(keys.isEmpty() ? tr("Trusted keys: none (%1 does not exist or lists no key): a signature "
                                             "can show the report is unchanged, not who signed it.")
                                              .arg(shown)
                                        : tr("Trusted keys: %n key(s) from %1", nullptr, int(keys.entries().size()))
                                              .arg(shown));
}

void ReviewDialog::chooseTrustedKeys()
{
    const QString path = trustedKeysChooser()(this);
    if (path.isEmpty())
        return;
    TrustedKeys keys;
    QString error;
    if (!TrustedKeys::load(path, &keys, &error)) {
        // The file in use stays; the reason is shown where the choice was made.
        m_trustFile->setText(tr("✖ %1 The trusted keys in use did not change.").arg(error));
        return;
    }
    TrustedKeys::setChosenPath(path);
    m_trustPath = path;
    showTrustedKeys();
    if (!m_review.jsonPath.isEmpty())
        openReport(m_review.jsonPath); // verified again against the new keyring
}

bool ReviewDialog::isBusy() const
{
    return m_job->isRunning();
}

void ReviewDialog::chooseReport()
{
    const QString path = reportFileChooser()(this);
    if (!path.isEmpty())
        openReport(path);
}

void ReviewDialog::openReport(const QString& jsonPath)
{
    m_review = ReportReview::open(jsonPath, m_trustPath);
    m_path->setText(QDir::toNativeSeparators(jsonPath));
    const QString mark = m_review.isValid()                         ? tr("✔")
                         : m_review.verification.signaturesHold() ? tr("⚠")
                                                                  : tr("✖");
    m_status->setText(tr("%1 %2").arg(mark, m_review.statusLine()));
    m_details->setText(m_review.detailLines().join(QLatin1Char('\n')));
    if (m_review.readable)
        m_view->setHtml(m_review.html);
    else
        m_view->setPlainText(m_review.readError);
    m_result->setText(m_review.canCountersign()
                          ? QString()
                          : tr("This report cannot be countersigned: its signature must hold first."));
    updateButtons();
}

void ReviewDialog::updateButtons()
{
    const bool busy = isBusy();
    m_countersign->setEnabled(!busy && m_review.canCountersign() && !m_reviewer->text().trimmed().isEmpty());
    m_reviewer->setEnabled(!busy && m_review.canCountersign());
    m_open->setEnabled(!busy);
    m_chooseTrust->setEnabled(!busy);
    m_publicKey->setEnabled(!m_reviewer->text().trimmed().isEmpty());
    m_close->setEnabled(!busy);
}

void ReviewDialog::countersign()
{
    if (isBusy() || !m_review.canCountersign())
        return;
    m_result->setText(tr("Countersigning… (the keychain may ask to be unlocked)"));
    m_progress->show();
    m_job->start({m_review.jsonPath, m_reviewer->text(), m_review.verification.jsonSha256, m_trustPath});
    updateButtons();
}

void ReviewDialog::showOutcome(const ReportCountersignJob::Outcome& outcome)
{
    m_progress->hide();
    const QString path = m_review.jsonPath;
    if (outcome.exitCode == 0) {
        openReport(path); // shows the countersignature as verified now
        QStringList files;
        for (const QString& f : outcome.files)
            files << QDir::toNativeSeparators(f);
        m_result->setText(tr("✔ Countersigned by %1, key fingerprint %2%3. Written:\n%4")
                              .arg(m_reviewer->text().trimmed(), outcome.fingerprint,
                                   outcome.keyCreated ? tr(" (a new key, now kept in your keychain)") : QString(),
                                   files.join(QLatin1Char('\n'))));
    } else {
        m_result->setText(tr("✖ %1").arg(outcome.error.trimmed()));
    }
    updateButtons();
    Q_EMIT countersignFinished(outcome.exitCode == 0);
}

} // namespace o365
