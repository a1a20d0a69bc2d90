#include "ReportReview.h"

#include "core/BoundedFile.h"
#include "report/ReportHtml.h"
#include "report/ReportJson.h"
#include "report/ReportSigner.h"

#include <QDir>
#include <QFile>

namespace o365
{

ReportReview ReportReview::open(const QString& jsonPath, const QString& trustPath)
{
    ReportReview r;
    r.jsonPath = jsonPath;
    TrustedKeys trusted;
    QString trustError;
    if (!TrustedKeys::loadForVerification(trustPath, &trusted, &trustError)) {
        r.verification.message = trustError;
        r.readError = trustError;
        return r;
    }
    r.verification = ReportVerifier::verify(jsonPath, trusted);
    const BoundedFile::Result file = BoundedFile::read(jsonPath, ReportVerifier::MaxFileSize);
    if (!file.ok()) {
        r.readError = file.message;
        return r;
    }
    const QByteArray json = file.bytes;
    // The view shows these bytes: if the file changed since it was verified, say it is not the verified report.
    if (!r.verification.jsonSha256.isEmpty() && ReportSigner::sha256Hex(json) != r.verification.jsonSha256) {
        r.verification.exitCode = ReportVerifier::Invalid;
        r.verification.message = tr("INVALID: the report changed while it was being opened; open it again.");
    }
    r.readable = ReportJson::fromBytes(json, &r.report, &r.readError);
    if (!r.readable)
        return r;
    ReportSeal seal;
    seal.jsonSha256 = ReportSigner::sha256Hex(json);
    if (r.verification.signaturesHold())
        seal.fingerprint = r.verification.fingerprint;
    else
        seal.notSignedReason = r.verification.message;
    r.html = ReportHtml::render(r.report, seal, ReportHtml::Flavor::TextDocument);
    return r;
}

QString ReportReview::statusLine() const
{
    // Signed is not signed off: a draft says so beside the signature's verdict.
    if (readable && verification.signaturesHold() && !verification.signedOff)
        return tr("%1 DRAFT: the engineer did not confirm the sign-off.").arg(verification.message);
    return verification.message;
}

QStringList ReportReview::detailLines() const
{
    QStringList lines = verification.toText().trimmed().split(QLatin1Char('\n'));
    if (!lines.isEmpty())
        lines.removeFirst(); // the status line, shown on its own
    if (!verification.reviewPresent)
        lines << tr("No countersignature yet.");
    if (!readable && !readError.isEmpty())
        lines << readError;
    return lines;
}

} // namespace o365
