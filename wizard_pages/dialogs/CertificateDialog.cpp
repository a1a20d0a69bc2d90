#include "CertificateDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace o365 {

std::function<bool(QWidget*, const QJsonObject&)>& CertificateDialog::ask()
{
    static std::function<bool(QWidget*, const QJsonObject&)> f = [](QWidget* parent, const QJsonObject& evidence) {
        CertificateDialog dialog(evidence, parent);
        return dialog.exec() == QDialog::Accepted;
    };
    return f;
}

QString CertificateDialog::hostOf(const QJsonObject& evidence)
{
    return QUrl(evidence.value(QStringLiteral("url")).toString()).host();
}

QString CertificateDialog::fingerprintOf(const QJsonObject& evidence)
{
    return evidence.value(QStringLiteral("tls")).toObject().value(QStringLiteral("sha256")).toString();
}

bool CertificateDialog::confirms(const QString& typed, const QString& fingerprint)
{
    QString t = typed;
    t.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    QString fp = fingerprint;
    fp.remove(QLatin1Char(':'));
    return t.size() >= 8 && fp.size() >= 8 && fp.endsWith(t, Qt::CaseInsensitive) && t.size() <= fp.size();
}

CertificateDialog::CertificateDialog(const QJsonObject& evidence, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Accept a certificate that is not trusted"));
    const QJsonObject tls = evidence.value(QStringLiteral("tls")).toObject();
    QStringList problems;
    for (const QJsonValue& p : evidence.value(QStringLiteral("tlsProblems")).toArray())
        problems << p.toString();
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>%1</b> presented a certificate this computer does not trust: %2.<br>Accept it only "
                                "if the customer confirms this exact fingerprint. The exception holds for this host in "
                                "this session and is recorded with your name.")
                                 .arg(hostOf(evidence).toHtmlEscaped(), problems.join(QStringLiteral("; ")).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, const QString& value) {
        auto* v = new QLabel(value, this);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        form->addRow(label, v);
    };
    addRow(tr("Subject:"), tls.value(QStringLiteral("subject")).toString());
    addRow(tr("Issuer:"), tls.value(QStringLiteral("issuer")).toString());
    addRow(tr("Valid:"), tr("%1 to %2").arg(tls.value(QStringLiteral("notBefore")).toString(),
                                           tls.value(QStringLiteral("notAfter")).toString()));
    addRow(tr("SHA-256:"), fingerprintOf(evidence));
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("fingerprintConfirmation"));
    m_typed->setPlaceholderText(tr("e.g. 5F:C6:2D:93"));
    auto* typedLabel = new QLabel(tr("&Last 4 bytes of the fingerprint (8 hex digits, colons optional):"), this);
    typedLabel->setBuddy(m_typed);
    form->addRow(typedLabel, m_typed);
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("fingerprintMatch"));
    m_match->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_match);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("&Accept for this host"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptCertificate"));
    m_accept->setEnabled(false);
    layout->addWidget(buttons);
    const QString fp = fingerprintOf(evidence);
    connect(m_typed, &QLineEdit::textChanged, this, [this, fp](const QString& t) {
        const bool ok = confirms(t, fp);
        m_accept->setEnabled(ok);
        QString digits = t;
        digits.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
        // Said at once, so a wrong or short entry is never silent.
        m_match->setText(digits.isEmpty() ? QString()
                         : ok            ? tr("✔ Matches the end of the fingerprint.")
                         : digits.size() < 8 ? tr("%n of 8 hex digits typed.", nullptr, int(digits.size()))
                                             : tr("✖ Does not match the end of the fingerprint shown above."));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace o365
