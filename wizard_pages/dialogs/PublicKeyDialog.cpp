#include "PublicKeyDialog.h"

#include "core/PrivateFile.h"
#include "report/SigningKey.h"
#include "report/TrustedKeys.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace o365
{

std::function<QString(QWidget*, const QString&)>& PublicKeyDialog::lineFileChooser()
{
    static std::function<QString(QWidget*, const QString&)> chooser = [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Save the trusted-keys line"), suggested,
                                            tr("Text files (*.txt);;All files (*)"));
    };
    return chooser;
}

PublicKeyDialog::PublicKeyDialog(SecretStore* secrets, const QString& name, QWidget* parent)
    : QDialog(parent), m_name(name.simplified())
{
    setObjectName(QStringLiteral("publicKeyDialog"));
    setWindowTitle(tr("My public key"));
    auto* layout = new QVBoxLayout(this);

    m_status = new QLabel(tr("Reading the signing key of %1 from the keychain (it may ask to be unlocked)…").arg(m_name),
                          this);
    m_status->setObjectName(QStringLiteral("publicKeyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("publicKeyProgress"));
    m_progress->setAccessibleName(tr("Reading the key"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // Fixed-width, so that a fingerprint read out over the phone is easy to follow.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fingerprintLabel = new QLabel(this);
    m_fingerprintLabel->setObjectName(QStringLiteral("publicKeyFingerprint"));
    m_fingerprintLabel->setTextFormat(Qt::PlainText);
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fingerprintLabel->setWordWrap(true);
    m_fingerprintLabel->setAccessibleName(tr("Key fingerprint (SHA-256)"));
    m_fingerprintLabel->setFont(fixed);
    m_fingerprintLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("Fingerprint (SHA-256):"), m_fingerprintLabel);
    m_lineView = new QPlainTextEdit(this);
    m_lineView->setObjectName(QStringLiteral("trustedKeysLine"));
    m_lineView->setAccessibleName(tr("The line for the team's trusted-keys file"));
    m_lineView->setReadOnly(true);
    m_lineView->setFont(fixed);
    m_lineView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_lineView->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_lineView->setFixedHeight(m_lineView->fontMetrics().lineSpacing() * 4 + 12);
    auto* lineLabel = new QLabel(tr("&Trusted-keys line:"), this);
    lineLabel->setBuddy(m_lineView);
    form->addRow(lineLabel, m_lineView);
    layout->addLayout(form);

    auto* hint = new QLabel(tr("Send this line to your team lead for the team's trusted-keys file; read the "
                               "fingerprint out when they ask. Reports you sign then verify as signed by you."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto* row = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy line"), this);
    m_copy->setObjectName(QStringLiteral("copyTrustedKeysLine"));
    m_copy->setAccessibleName(tr("Copy the trusted-keys line"));
    m_save = new QPushButton(tr("&Save to file…"), this);
    m_save->setObjectName(QStringLiteral("saveTrustedKeysLine"));
    m_save->setAccessibleName(tr("Save the trusted-keys line to a file"));
    row->addWidget(m_copy);
    row->addWidget(m_save);
    row->addStretch(1);
    layout->addLayout(row);
    m_saveResult = new QLabel(this);
    m_saveResult->setObjectName(QStringLiteral("saveTrustedKeysResult"));
    m_saveResult->setTextFormat(Qt::PlainText);
    m_saveResult->setWordWrap(true);
    m_saveResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_saveResult);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_line);
        m_saveResult->setText(tr("Copied."));
    });
    connect(m_save, &QPushButton::clicked, this, &PublicKeyDialog::saveLine);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    resize(640, sizeHint().height());

    if (m_name.isEmpty()) {
        m_busy = false;
        m_progress->hide();
        m_status->setText(tr("Enter your name as the engineer on the Start page first: the key is kept under it."));
        return;
    }
    SigningKey::obtain(secrets, m_name, this, [this](const SigningKey::Result& key) {
        m_busy = false;
        m_progress->hide();
        if (!key.ok()) {
            m_status->setText(tr("✖ %1").arg(key.error));
            Q_EMIT keyShown(false);
            return;
        }
        m_line = TrustedKeys::lineFor(key.signer, m_name);
        m_fingerprint = key.signer.fingerprint();
        m_status->setText(key.created ? tr("A new signing key for %1 was created and stored in the keychain.").arg(m_name)
                                      : tr("The signing key of %1, from the keychain.").arg(m_name));
        m_fingerprintLabel->setText(m_fingerprint);
        m_lineView->setPlainText(m_line);
        m_copy->setEnabled(true);
        m_save->setEnabled(true);
        Q_EMIT keyShown(true);
    });
}

void PublicKeyDialog::saveLine()
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString base = m_name;
    base.replace(unsafe, QStringLiteral("_"));
    const QString path = lineFileChooser()(this, QDir::home().filePath(base + QStringLiteral(".trusted-key.txt")));
    if (path.isEmpty())
        return;
    const PrivateFile::WriteResult w = PrivateFile::write(path, (m_line + QLatin1Char('\n')).toUtf8());
    m_saveResult->setText(w.ok() ? tr("✔ Saved to %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("✖ %1").arg(w.message(path)));
}

} // namespace o365
