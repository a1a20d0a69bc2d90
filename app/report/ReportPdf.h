#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace o365
{

// The report as PDF: the HTML (QTextDocument's simpler variant) laid out on A4 by QPdfWriter,
// each page with a header (customer and case, TRAINING for training sessions) and a footer
// with the page number. Needs a QGuiApplication (the offscreen platform is enough).
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
public:
    static bool write(const Report& report, const ReportSeal& seal, QIODevice* device, QString* error = nullptr);
    // Atomic and 0600 (PrivateFile::write); a short write fails with the reason.
    static bool writeFile(const Report& report, const ReportSeal& seal, const QString& path, QString* error = nullptr);
};

} // namespace o365
