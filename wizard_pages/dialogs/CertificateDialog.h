#pragma once

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace o365 {

// Shows a certificate a check refused (subject, issuer, validity, why it is not trusted,
// SHA-256) and lets the engineer accept it for this host only by typing the last eight
// characters of its fingerprint, as read from the customer's own record of it.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateDialog(const QJsonObject& evidence, QWidget* parent = nullptr);

    static QString hostOf(const QJsonObject& evidence);
    static QString fingerprintOf(const QJsonObject& evidence);
    // What the engineer must type: the fingerprint's last 8 hex digits (colons optional).
    static bool confirms(const QString& typed, const QString& fingerprint);

    // Seam for tests: asks the engineer; true when the certificate is to be accepted.
    static std::function<bool(QWidget*, const QJsonObject&)>& ask();

private:
    QLineEdit* m_typed;
    QLabel* m_match; // whether what is typed matches
    QPushButton* m_accept;
};

} // namespace o365
