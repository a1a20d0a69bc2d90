#include "ReportVerifier.h"

#include "report/Report.h"
#include "report/ReportExporter.h"
#include "report/ReportJson.h"
#include "report/ReportSigner.h"

#include <QDir>
#include <QFile>

namespace o365
{

namespace
{

bool readAll(const QString& path, QByteArray* bytes, QString* error)
{
    QFile f(path);
    if (f.size() > ReportVerifier::MaxFileSize) {
        *error = ReportVerifier::tr("%1 is %2 MB, far larger than any report; it was not read.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(f.size() / (1024 * 1024));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = ReportVerifier::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    *bytes = f.readAll();
    return true;
}

} // namespace

ReportVerifier::Result ReportVerifier::verify(const QString& jsonPath)
{
    Result r;
    const QString base = ReportExporter::baseOfJson(jsonPath);
    QByteArray json, signature, pem;
    QString error;
    if (!readAll(jsonPath, &json, &error)) {
        r.message = error;
        return r;
    }
    r.jsonSha256 = ReportSigner::sha256Hex(json);
    if (!readAll(jsonPath + QStringLiteral(".sig"), &signature, &error) ||
        !readAll(base + QStringLiteral(".pub.pem"), &pem, &error)) {
        r.message = tr("The report is not signed or its signature files are missing: %1").arg(error);
        return r;
    }
    const ReportSigner key = ReportSigner::fromPublicKeyPem(pem, &error);
    if (key.isNull()) {
        r.message = error;
        return r;
    }
    r.fingerprint = key.fingerprint();
    r.signatureValid = key.verify(json, signature);

    // What the JSON says is only trusted once the signature holds; read it anyway to tell who.
    Report report;
    const bool parsed = ReportJson::fromBytes(json, &report, &error);
    if (parsed) {
        r.signedBy = report.header.engineer;
        r.signedAt = report.signedAt();
        r.customer = report.header.customer;
        r.caseId = report.header.caseId;
        r.training = report.header.training;
    }

    const QString reviewSig = jsonPath + QStringLiteral(".review.sig");
    const QString reviewPem = base + QStringLiteral(".review.pub.pem");
    if (QFile::exists(reviewSig) || QFile::exists(reviewPem)) {
        r.reviewPresent = true;
        QByteArray rs, rp;
        if (readAll(reviewSig, &rs, &error) && readAll(reviewPem, &rp, &error)) {
            const ReportSigner reviewer = ReportSigner::fromPublicKeyPem(rp, &error);
            r.reviewFingerprint = reviewer.fingerprint();
            r.reviewValid = !reviewer.isNull() && reviewer.verify(json, rs);
        }
    }

    if (!r.signatureValid) {
        r.exitCode = Invalid;
        r.message = tr("INVALID: the signature does not match the report — it was changed after signing, or signed "
                       "with another key.");
    } else if (r.reviewPresent && !r.reviewValid) {
        r.exitCode = Invalid;
        r.message = tr("INVALID: the report's signature is valid, but the reviewer's countersignature is not.");
    } else if (!parsed) {
        r.exitCode = Unreadable;
        r.message = tr("The signature is valid, but the report cannot be read: %1").arg(error);
    } else {
        r.exitCode = Valid;
        r.message = r.reviewPresent ? tr("VALID: signed and countersigned; not changed since.")
                                    : tr("VALID: signed; not changed since.");
    }
    return r;
}

QString ReportVerifier::Result::toText() const
{
    QStringList lines{message};
    if (training)
        lines << tr("TRAINING: this report is from a training session, not a real upgrade.");
    if (!customer.isEmpty() || !caseId.isEmpty())
        lines << tr("Customer: %1, case: %2").arg(customer, caseId);
    if (!signedBy.isEmpty() || !signedAt.isEmpty())
        lines << tr("Signed by: %1 at %2").arg(signedBy, signedAt);
    if (!fingerprint.isEmpty())
        lines
            << tr("Key fingerprint (SHA-256): %1 — %2").arg(fingerprint, signatureValid ? tr("valid") : tr("INVALID"));
    if (reviewPresent)
        lines << tr("Reviewer countersignature, key fingerprint (SHA-256): %1 — %2")
                     .arg(reviewFingerprint.isEmpty() ? tr("(unreadable key)") : reviewFingerprint,
                          reviewValid ? tr("valid") : tr("INVALID"));
    if (!jsonSha256.isEmpty())
        lines << tr("SHA-256 of the JSON: %1").arg(jsonSha256);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace o365
