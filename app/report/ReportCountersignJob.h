#pragma once

#include "report/ReportVerifier.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace o365
{

class SecretStore;

// A reviewer's countersignature (two-person sign-off), asynchronous: the report's own signature
// must hold (ReportVerifier), the reviewer's Ed25519 key comes from the keychain (SigningKey:
// created on first use) and must not be the key that signed the report, then
// ReportExporter::countersign writes NAME.json.review.sig and NAME.review.pub.pem. Used by
// --countersign and by the wizard's review dialog.
class ReportCountersignJob : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QString jsonPath;
        QString reviewer;
        // The SHA-256 of the JSON the reviewer read; empty: not checked. A report that changed
        // since is not countersigned.
        QString expectedSha256;
        QString trustPath; // the trusted-keys file; empty: the default one when it exists
    };
    struct Outcome {
        int exitCode = 1;              // 0 countersigned; 1 refused or failed; 2 bad request or unreadable report
        QString error;                 // plain, says what to do; empty when countersigned
        ReportVerifier::Result before; // the verification it was refused or allowed on
        QStringList files;             // written
        QString fingerprint;           // of the reviewer's key
        bool keyCreated = false;
    };

    explicit ReportCountersignJob(SecretStore* secrets, QObject* parent = nullptr);
    // finished() always comes from a later event-loop turn.
    void start(const Request& request);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const o365::ReportCountersignJob::Outcome& outcome);

private:
    void done(const Outcome& outcome);

    SecretStore* m_secrets;
    bool m_running = false;
};

} // namespace o365
