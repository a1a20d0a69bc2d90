#pragma once

#include <QCoreApplication>
#include <QString>

namespace o365
{

// Verifies REPORT.json against REPORT.json.sig + REPORT.pub.pem beside it, and the reviewer's
// countersignature (REPORT.json.review.sig + REPORT.review.pub.pem) when present.
class ReportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ReportVerifier)
public:
    enum ExitCode { Valid = 0, Invalid = 1, Unreadable = 2 };
    // No report comes near this (a session is at most SessionStore::MaxFileSize): larger files are not read.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    struct Result {
        int exitCode = Unreadable;
        QString message;  // one line: what was found
        QString signedBy; // the engineer named in the JSON
        QString signedAt; // the sign-off time in the JSON (else its last change)
        QString customer;
        QString caseId;
        QString fingerprint;
        QString jsonSha256;
        bool training = false;
        bool signatureValid = false;
        bool reviewPresent = false;
        bool reviewValid = false;
        QString reviewFingerprint;

        QString toText() const; // what --verify prints
    };

    static Result verify(const QString& jsonPath);
};

} // namespace o365
