#include "ReportExporter.h"

#include "core/PrivateFile.h"
#include "core/BoundedFile.h"
#include "report/ReportVerifier.h"

#include "report/ReportHtml.h"
#include "report/ReportJson.h"
#include "report/ReportPdf.h"
#include "report/ReportSigner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>


namespace o365
{

QStringList ReportExporter::parseFormats(const QStringList& values, QString* error)
{
    QStringList formats;
    for (const QString& value : values) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString f = part.trimmed().toLower();
            if (!allFormats().contains(f)) {
                if (error)
                    *error = tr("Unknown report format \"%1\"; use json, html or pdf.").arg(part.trimmed());
                return {};
            }
            if (!formats.contains(f))
                formats.append(f);
        }
    }
    return formats.isEmpty() ? allFormats() : formats;
}

QString ReportExporter::safeNamePart(const QString& text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString s = text.trimmed();
    s.replace(unsafe, QStringLiteral("_"));
    while (s.startsWith(QLatin1Char('.')) || s.startsWith(QLatin1Char('_')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('_')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("unknown") : s.left(60);
}

QString ReportExporter::fileBaseName(const Report& report, const QDateTime& now)
{
    QString name = QStringLiteral("o365-upgrade-%1-%2-%3")
                       .arg(safeNamePart(report.header.customer), safeNamePart(report.header.caseId),
                            now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (!report.stageFilter.isEmpty())
        name += QLatin1Char('-') + safeNamePart(report.stageFilter);
    return name;
}

bool ReportExporter::writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    const PrivateFile::WriteResult w = PrivateFile::write(path, bytes);
    if (!w.ok() && error)
        *error = w.message(path);
    return w.ok();
}

QString ReportExporter::baseOfJson(const QString& jsonPath)
{
    return jsonPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? jsonPath.chopped(5) : jsonPath;
}

QStringList ReportExporter::filesOf(const QString& baseName)
{
    QStringList files;
    for (const char* suffix : {".json", ".json.sig", ".pub.pem", ".html", ".pdf", ".json.review.sig", ".review.pub.pem"})
        files << baseName + QLatin1String(suffix);
    return files;
}

namespace
{

// The files of a report of this base name that are there (a dangling link counts: it is there).
QStringList existingFilesOf(const QString& baseName)
{
    QStringList existing;
    for (const QString& f : ReportExporter::filesOf(baseName)) {
        const QFileInfo info(f);
        if (info.exists() || info.isSymLink())
            existing << f;
    }
    return existing;
}

} // namespace

ReportExporter::Result ReportExporter::exportReport(const Report& report, const Options& options,
                                                    const ReportSigner* signer, const QString& notSignedReason)
{
    Result r;
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTime();
    const QString out = options.out.isEmpty() ? QDir::currentPath() : options.out;
    const QFileInfo outInfo(out);
    if (outInfo.isDir() || out.endsWith(QLatin1Char('/'))) {
        if (!QDir().mkpath(out)) {
            r.error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(out));
            return r;
        }
        // Never over an earlier report: the same second, or a clock set back, gives "-2", "-3"…
        const QString first = QDir(out).filePath(fileBaseName(report, now));
        r.baseName = first;
        for (int n = 2; !existingFilesOf(r.baseName).isEmpty(); ++n)
            r.baseName = QStringLiteral("%1-%2").arg(first).arg(n);
    } else {
        static const QRegularExpression ext(QStringLiteral("\\.(json|html|pdf)$"),
                                            QRegularExpression::CaseInsensitiveOption);
        r.baseName = QString(out).remove(ext);
        if (!QDir().mkpath(QFileInfo(r.baseName).absolutePath())) {
            r.error = tr("Cannot create the folder %1.").arg(QFileInfo(r.baseName).absolutePath());
            return r;
        }
    }

    // A named report that exists: refused unless --force; then its old files go first, so that no
    // signature or countersignature of the old JSON stays beside the new one.
    const QStringList existing = existingFilesOf(r.baseName);
    if (!existing.isEmpty()) {
        if (!options.force) {
            r.error = tr("A report named %1 exists already (%2). Choose another name, or replace it with --force (its "
                         "old signature and review files are removed).")
                          .arg(QDir::toNativeSeparators(r.baseName),
                               QDir::toNativeSeparators(existing.join(QStringLiteral(", "))));
            return r;
        }
        for (const QString& f : existing) {
            if (!PrivateFile::checkTarget(f, &r.error) && !QFileInfo(f).isSymLink())
                return r;
            if (!QFile::remove(f)) {
                r.error = tr("Cannot remove the old %1 to replace the report. Check that it is writable.")
                              .arg(QDir::toNativeSeparators(f));
                return r;
            }
        }
    }

    const QByteArray json = ReportJson::toBytes(report);
    r.seal.jsonSha256 = ReportSigner::sha256Hex(json);
    const bool sign = signer && signer->hasPrivateKey();
    if (sign)
        r.seal.fingerprint = signer->fingerprint();
    else
        r.seal.notSignedReason = notSignedReason;

    auto write = [&r](const QString& path, const QByteArray& bytes) {
        if (!writeFile(path, bytes, &r.error))
            return false;
        r.files.append(path);
        return true;
    };
    // The JSON is always written: it is the complete record, and what a signature covers.
    r.jsonPath = r.baseName + QStringLiteral(".json");
    if (!write(r.jsonPath, json))
        return r;
    if (sign) {
        const QByteArray signature = signer->sign(json);
        if (signature.size() != 64) {
            r.error = tr("The report could not be signed (OpenSSL refused the key).");
            return r;
        }
        if (!write(r.baseName + QStringLiteral(".json.sig"), signature) ||
            !write(r.baseName + QStringLiteral(".pub.pem"), signer->publicKeyPem()))
            return r;
    }
    if (options.formats.contains(QLatin1String("html")) &&
        !write(r.baseName + QStringLiteral(".html"), ReportHtml::render(report, r.seal).toUtf8()))
        return r;
    if (options.formats.contains(QLatin1String("pdf"))) {
        const QString pdf = r.baseName + QStringLiteral(".pdf");
        if (!ReportPdf::writeFile(report, r.seal, pdf, &r.error))
            return r;
        r.files.append(pdf);
    }
    r.ok = true;
    return r;
}

bool ReportExporter::countersign(const QString& jsonPath, const ReportSigner& reviewer, QStringList* written,
                                 QString* error)
{
    const BoundedFile::Result file = BoundedFile::read(jsonPath, ReportVerifier::MaxFileSize);
    if (!file.ok()) {
        if (error)
            *error = file.message;
        return false;
    }
    const QByteArray json = file.bytes;
    const QByteArray signature = reviewer.sign(json);
    if (signature.size() != 64) {
        if (error)
            *error = tr("The countersignature could not be made (no private key).");
        return false;
    }
    const QString base = baseOfJson(jsonPath);
    const QString sigPath = jsonPath + QStringLiteral(".review.sig");
    const QString pemPath = base + QStringLiteral(".review.pub.pem");
    if (!writeFile(sigPath, signature, error) || !writeFile(pemPath, reviewer.publicKeyPem(), error))
        return false;
    if (written)
        *written << sigPath << pemPath;
    return true;
}

} // namespace o365
