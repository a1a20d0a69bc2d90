#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace o365
{

// The report as canonical JSON: keys sorted (QJsonObject keeps them sorted), UTF-8, compact,
// integers only. The same report always gives the same bytes; these bytes are what gets signed.
class ReportJson
{
    Q_DECLARE_TR_FUNCTIONS(ReportJson)
public:
    static QJsonObject toJson(const Report& report);
    static QByteArray toBytes(const Report& report);

    // Reads a report's JSON back into the model. On failure returns false and sets *error.
    static bool fromJson(const QJsonObject& o, Report* report, QString* error = nullptr);
    static bool fromBytes(const QByteArray& bytes, Report* report, QString* error = nullptr);
};

} // namespace o365
