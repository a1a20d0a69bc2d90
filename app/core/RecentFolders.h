#pragma once

#include <QString>

namespace o365 {

// The folders the engineer last chose, remembered in QSettings (folders/report, folders/package), so that the
// next file dialog opens there. Only folder paths are kept: never a file's content or a secret.
class RecentFolders
{
public:
    // The remembered folder when it still exists; empty otherwise (the dialog's own default).
    static QString reportFolder();
    static void rememberReportFolder(const QString& folder);
    static QString packageFolder();
    // The folder that holds `file`, the application package just chosen.
    static void rememberPackageFile(const QString& file);
};

} // namespace o365
