#include "RecentFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace o365 {

namespace {

const QString kReport = QStringLiteral("folders/report");
const QString kPackage = QStringLiteral("folders/package");

QString existingFolder(const QString& key)
{
    const QString folder = QSettings().value(key).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QString();
}

void remember(const QString& key, const QString& folder)
{
    if (!folder.isEmpty())
        QSettings().setValue(key, QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
}

} // namespace

QString RecentFolders::reportFolder() { return existingFolder(kReport); }

void RecentFolders::rememberReportFolder(const QString& folder) { remember(kReport, folder); }

QString RecentFolders::packageFolder() { return existingFolder(kPackage); }

void RecentFolders::rememberPackageFile(const QString& file)
{
    if (!file.isEmpty())
        remember(kPackage, QFileInfo(file).absolutePath());
}

} // namespace o365
