#include "ReportVerifier.h"

#include "core/BoundedFile.h"
#include "core/TerminalText.h"
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

// A regular file of at most MaxFileSize: /dev/zero or a FIFO named as a report is refused, not read.
bool readAll(const QString& path, QByteArray* bytes, QString* error)
{
    const BoundedFile::Result file = BoundedFile::read(path, ReportVerifier::MaxFileSize);
    if (!file.ok()) {
        *error = file.message;
        return false;
    }
    *bytes = file.bytes;
    return true;
}

} // namespace

ReportVerifier::Result ReportVerifier::verify(const QString& jsonPath, const TrustedKeys& trusted)
{
    Result r;
    r.trustedKeysPath = trusted.path();
    r.trustedKeyCount = int(trusted.entries().size());
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
    r.signerName = trusted.nameOf(r.fingerprint);

    // What the JSON says is only trusted once the signature holds; read it anyway to tell who.
    Report report;
    const bool parsed = ReportJson::fromBytes(json, &report, &error);
    if (parsed) {
        r.namedEngineer = report.header.engineer;
        r.signedAt = report.signedAt();
        r.customer = report.header.customer;
        r.caseId = report.header.caseId;
        r.training = report.header.training;
        r.signedOff = report.signOff.confirmed;
        r.signedOffBy = report.signOff.by;
        r.signedOffAt = report.signOff.at;
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
            r.reviewerName = trusted.nameOf(r.reviewFingerprint);
        }
    }

    const bool ownCountersignature = r.reviewPresent && r.reviewFingerprint == r.fingerprint;
    const bool signerTrusted = !r.signerName.isEmpty();
    const bool reviewerTrusted = !r.reviewPresent || !r.reviewerName.isEmpty();
    if (!r.signatureValid) {
        r.exitCode = Invalid;
        r.message = tr("INVALID: the signature does not match the report — it was changed after signing, or signed "
                       "with another key.");
    } else if (r.reviewPresent && !r.reviewValid) {
        r.exitCode = Invalid;
        r.message = tr("INVALID: the report's signature is valid, but the reviewer's countersignature is not.");
    } else if (ownCountersignature) {
        r.exitCode = Invalid;
        r.message = tr("INVALID: the countersignature was made with the signer's own key (%1); a two-person sign-off "
                       "needs a second engineer's key.")
                        .arg(r.fingerprint);
    } else if (!parsed) {
        r.exitCode = Unreadable;
        r.message = tr("The signature is valid, but the report cannot be read: %1").arg(error);
    } else if (!signerTrusted || !reviewerTrusted) {
        r.exitCode = Untrusted;
        QStringList untrusted;
        if (!signerTrusted)
            untrusted << tr("the signer's key %1").arg(r.fingerprint);
        if (!reviewerTrusted)
            untrusted << tr("the reviewer's key %1").arg(r.reviewFingerprint);
        r.message = tr("NOT TRUSTED: the signatures match the keys shipped beside the report, but %1 is NOT in your "
                       "trusted keys, so nothing says who signed: anyone can sign an edited report with a new key. "
                       "Ask the engineer for their key's fingerprint and add it to %2 (or give --trust FILE).")
                        .arg(untrusted.join(tr(" and ")), QDir::toNativeSeparators(r.trustedKeysPath));
    } else {
        r.exitCode = Valid;
        r.message = r.reviewPresent
                        ? tr("VALID: signed by %1 and countersigned by %2, both in your trusted keys; not changed "
                             "since.")
                              .arg(r.signerName, r.reviewerName)
                        : tr("VALID: signed by %1, in your trusted keys; not changed since.").arg(r.signerName);
    }
    return r;
}

QString ReportVerifier::Result::toText() const
{
    QStringList lines{message};
    // The signature says the bytes are what was signed; the sign-off is whether the engineer confirmed
    // the upgrade. Both are said (once the report could be read).
    if (!namedEngineer.isEmpty() || !signedAt.isEmpty() || signedOff)
        lines << (signedOff ? tr("SIGNED OFF: the engineer confirmed the sign-off (%1, %2).").arg(signedOffBy, signedOffAt)
                            : tr("DRAFT: the engineer did not confirm the sign-off; this is an unconfirmed draft, "
                                 "whatever its signature."));
    if (training)
        lines << tr("TRAINING: this report is from a training session, not a real upgrade.");
    if (!customer.isEmpty() || !caseId.isEmpty())
        lines << tr("Customer: %1, case: %2").arg(customer, caseId);
    if (!fingerprint.isEmpty()) {
        lines << tr("Signing key (SHA-256): %1 — %2, %3")
                     .arg(fingerprint, signatureValid ? tr("valid") : tr("INVALID"),
                          signerName.isEmpty() ? tr("NOT in your trusted keys") : tr("trusted as %1").arg(signerName));
    }
    if (!namedEngineer.isEmpty() || !signedAt.isEmpty())
        lines << tr("The report names its engineer %1, signed off at %2 (what the report says, not proven by the "
                    "key).")
                     .arg(namedEngineer, signedAt);
    if (!signerName.isEmpty() && !namedEngineer.isEmpty() && signerName != namedEngineer)
        lines << tr("Note: the report names %1 as its engineer, but the key that signed it is %2's.")
                     .arg(namedEngineer, signerName);
    if (reviewPresent) {
        lines << tr("Reviewer countersignature, key (SHA-256): %1 — %2, %3")
                     .arg(reviewFingerprint.isEmpty() ? tr("(unreadable key)") : reviewFingerprint,
                          reviewValid ? tr("valid") : tr("INVALID"),
                          reviewerName.isEmpty() ? tr("NOT in your trusted keys") : tr("trusted as %1").arg(reviewerName));
    }
    lines << (trustedKeyCount > 0 ? tr("Trusted keys: %1 (%2 keys)").arg(QDir::toNativeSeparators(trustedKeysPath))
                                        .arg(trustedKeyCount)
                                  : tr("Trusted keys: none (%1 does not exist or is empty)")
                                        .arg(QDir::toNativeSeparators(trustedKeysPath)));
    if (!jsonSha256.isEmpty())
        lines << tr("SHA-256 of the JSON: %1").arg(jsonSha256);
    // The fields come from the report and the keyring: each line is escaped on its own, so that no
    // field can end a line, move the cursor or erase the INVALID line above a forged one.
    for (QString& line : lines)
        line = TerminalText::escaped(line);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace o365
