#pragma once

#include "report/ReportCountersignJob.h"
#include "report/ReportReview.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace o365
{

class SecretStore;

// A second engineer reviews a signed report (two-person sign-off): the report is opened and
// verified (ReportReview), shown read-only, and countersigned with the reviewer's own key from
// the keychain (ReportCountersignJob) — only when its signature holds, and only over the bytes
// that were shown.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `secrets` holds the reviewer's signing key (the OS keychain); null: countersigning is refused.
    explicit ReviewDialog(SecretStore* secrets, QWidget* parent = nullptr);

    // Opens, verifies and shows REPORT.json.
    void openReport(const QString& jsonPath);
    // The trusted-keys file (--trust); empty: the one chosen here before, else the default one.
    void setTrustPath(const QString& path);
    const ReportReview& review() const { return m_review; }
    bool isBusy() const;

    // Seam for tests: replaces the file dialog of "Open report…" (empty: cancelled).
    static std::function<QString(QWidget*)>& reportFileChooser();
    // Seam for tests: replaces the file dialog of "Trusted keys…" (empty: cancelled).
    static std::function<QString(QWidget*)>& trustedKeysChooser();

Q_SIGNALS:
    void countersignFinished(bool ok);

private:
    QString m_trustPath;
    void chooseReport();
    void chooseTrustedKeys();
    void showTrustedKeys();
    void countersign();
    void showOutcome(const ReportCountersignJob::Outcome& outcome);
    void updateButtons();

    SecretStore* m_secrets;
    ReportCountersignJob* m_job;
    ReportReview m_review;
    QLabel* m_path;
    QPushButton* m_open;
    QLabel* m_trustFile;
    QPushButton* m_chooseTrust;
    QPushButton* m_publicKey;
    QLabel* m_status;
    QLabel* m_details;
    QTextBrowser* m_view;
    QLineEdit* m_reviewer;
    QPushButton* m_countersign;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPushButton* m_close;
};

} // namespace o365
