#pragma once

#include "report/Report.h"
#include "report/ReportVerifier.h"

#include <QCoreApplication>
#include <QString>

namespace o365
{

// A report opened for review (two-person sign-off): its verification (ReportVerifier), the model
// read back from its JSON, and that model rendered as HTML for a read-only view. What it shows is
// the JSON's exact bytes as verified: a reviewer countersigns what was shown, nothing else
// (jsonSha256 goes with the countersignature request).
class ReportReview
{
    Q_DECLARE_TR_FUNCTIONS(ReportReview)
public:
    QString jsonPath;
    ReportVerifier::Result verification;
    bool readable = false; // the JSON parsed into a report
    QString readError;     // why not
    Report report;
    QString html; // the report as QTextDocument HTML (ReportHtml's TextDocument flavour)

    // trustPath: the trusted-keys file; empty: TrustedKeys::activePath() (see loadForVerification).
    static ReportReview open(const QString& jsonPath, const QString& trustPath = {});

    // Signed, unchanged, and every key in the trusted keys.
    bool isValid() const { return verification.exitCode == ReportVerifier::Valid; }
    // Only a report whose own signature (and any countersignature) holds may be countersigned;
    // an untrusted signer is said on the status line, the reviewer decides.
    bool canCountersign() const { return verification.signaturesHold() && readable; }
    QString statusLine() const;      // "VALID: …" / "INVALID: …" / why it cannot be read
    QStringList detailLines() const; // signer, time, key fingerprint, TRAINING, countersignatures, SHA-256
};

} // namespace o365
