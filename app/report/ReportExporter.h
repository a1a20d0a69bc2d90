#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace o365
{

class ReportSigner;

// Writes a report's files, each atomically (QSaveFile):
//   NAME.json                                 the canonical JSON (always; it is what gets signed)
//   NAME.json.sig + NAME.pub.pem              when signed: raw 64-byte Ed25519 signature, public key
//   NAME.html, NAME.pdf                       when asked for (the PDF needs a QGuiApplication)
// NAME = "o365-upgrade-<customer>-<case>-<yyyyMMdd-HHmmss>", unsafe characters replaced.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
public:
    struct Options {
        QString out;                        // a folder, or a file base name ("/x/report" or "/x/report.json")
        QStringList formats = allFormats(); // "json", "html", "pdf"
        QDateTime now;                      // for the file name; the current time when invalid
        // A file base name whose report exists already: replace it (its old signature and review
        // files are removed first) instead of refusing. A folder never replaces: the name gets "-2", "-3".
        bool force = false;
    };
    // Every file a report of this base name can have: the JSON, its signature and key, the HTML,
    // the PDF, and a reviewer's countersignature and key.
    static QStringList filesOf(const QString& baseName);

    struct Result {
        bool ok = false;
        QString error;
        QString baseName; // full path without extension
        QStringList files;
        QString jsonPath;
        ReportSeal seal;
    };

    static QStringList allFormats() { return {QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("pdf")}; }
    // Splits "json,html" / repeated values into formats; *error names an unknown one.
    static QStringList parseFormats(const QStringList& values, QString* error = nullptr);
    static QString safeNamePart(const QString& text);
    static QString fileBaseName(const Report& report, const QDateTime& now);

    // `signer` may be null (unsigned export; `notSignedReason` says why, shown in HTML and PDF).
    static Result exportReport(const Report& report, const Options& options, const ReportSigner* signer,
                               const QString& notSignedReason = {});

    // A reviewer's countersignature over the exact bytes of `jsonPath`:
    // NAME.json.review.sig + NAME.review.pub.pem.
    static bool countersign(const QString& jsonPath, const ReportSigner& reviewer, QStringList* written = nullptr,
                            QString* error = nullptr);

    // Atomic write of one file.
    static bool writeFile(const QString& path, const QByteArray& bytes, QString* error);
    // "NAME.json" → "NAME"
    static QString baseOfJson(const QString& jsonPath);
};

} // namespace o365
