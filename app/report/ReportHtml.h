#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace o365
{

// The report as one self-contained HTML5 file: inline CSS (prints well), every text escaped,
// http(s) addresses clickable, full check messages and evidence, the JSON's SHA-256 and the
// signing key's fingerprint (or "not signed"), and a TRAINING banner for training sessions.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    enum class Flavor {
        Browser,      // the .html file
        TextDocument, // the simpler variant QTextDocument lays out for the PDF
    };
    static QString render(const Report& report, const ReportSeal& seal, Flavor flavor = Flavor::Browser);

    static QString escape(const QString& text);      // HTML-escaped, line breaks kept
    static QString escapeLinks(const QString& text); // escaped, with http(s) addresses as links
    static QString stateLabel(const QString& state);
    static QString checkStatusLabel(CheckStatus status);
};

} // namespace o365
