#pragma once

#include "report/TrustedKeys.h"

#include <QCoreApplication>
#include <QString>

namespace o365
{

// Verifies REPORT.json against REPORT.json.sig + REPORT.pub.pem beside it, and the reviewer's
// countersignature (REPORT.json.review.sig + REPORT.review.pub.pem) when present. The keys beside a
// report are whatever its author put there: a signature names its signer only through the trusted
// keys, and a countersignature by the signer's own key is invalid.
class ReportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ReportVerifier)
public:
    enum ExitCode {
        Valid = 0,      // every signature holds and each key is in the trusted keys
        Invalid = 1,    // a signature does not hold, or the countersignature is the signer's own
        Unreadable = 2, // the report, its signature files or the trusted keys cannot be read
        Untrusted = 3,  // every signature holds, but a key is not in the trusted keys
    };
    // No report comes near this (a session is at most SessionStore::MaxFileSize): larger files are not read.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    struct Result {
        int exitCode = Unreadable;
        QString message;  // one line: what was found
        QString namedEngineer; // the engineer the JSON names (proves nothing by itself)
        QString signerName;    // the trusted keys' name for the signing key; empty when untrusted
        QString reviewerName;  // the same for the countersignature's key
        QString trustedKeysPath;
        int trustedKeyCount = 0;
        QString signedAt; // the sign-off time in the JSON (else its last change)
        QString customer;
        QString caseId;
        QString fingerprint;
        QString jsonSha256;
        bool training = false;
        // Signed is not signed off: whether the engineer confirmed the sign-off (the report's own word).
        bool signedOff = false;
        QString signedOffBy;
        QString signedOffAt;
        bool signatureValid = false;
        bool reviewPresent = false;
        bool reviewValid = false;
        QString reviewFingerprint;

        // The signatures hold (Valid or Untrusted): the bytes are what the keys signed.
        bool signaturesHold() const { return exitCode == Valid || exitCode == Untrusted; }
        QString toText() const; // what --verify prints
    };

    static Result verify(const QString& jsonPath, const TrustedKeys& trusted);
};

} // namespace o365
