#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace o365
{

class SecretStore;

// "My public key": the engineer's report-signing key from the keychain (created on first use),
// shown as the line a team lead adds to the team's trusted-keys file and as its fingerprint, to
// read out over the phone. The same as --public-key NAME. The private key never leaves the
// keychain; only the public half is shown, copied or saved.
class PublicKeyDialog : public QDialog
{
    Q_OBJECT
public:
    // Starts reading (or creating) NAME's key at once; `secrets` null: says there is no keychain.
    PublicKeyDialog(SecretStore* secrets, const QString& name, QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }
    QString trustedKeysLine() const { return m_line; }
    QString fingerprint() const { return m_fingerprint; }

    // Seam for tests: replaces the file dialog of "Save to file…" (empty: cancelled).
    static std::function<QString(QWidget*, const QString& suggested)>& lineFileChooser();

Q_SIGNALS:
    void keyShown(bool ok);

private:
    void saveLine();

    QString m_name;
    QString m_line;
    QString m_fingerprint;
    bool m_busy = true;
    QLabel* m_status;
    QProgressBar* m_progress;
    QLabel* m_fingerprintLabel;
    QPlainTextEdit* m_lineView;
    QPushButton* m_copy;
    QPushButton* m_save;
    QLabel* m_saveResult;
};

} // namespace o365
