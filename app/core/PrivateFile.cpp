#include "PrivateFile.h"

#include <QDir>
#include <QFile>

namespace o365
{

bool PrivateFile::restrict(QFileDevice& file, QString* error)
{
    if (file.setPermissions(OwnerOnly))
        return true;
    if (error)
        *error = tr("Cannot make %1 readable by its owner only: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return false;
}

bool PrivateFile::makeFolder(const QString& path, QString* error)
{
    if (!QDir().mkpath(path) || !QFile::setPermissions(path, OwnerOnlyFolder)) {
        if (error)
            *error = tr("Cannot create the folder %1 readable by you only. Check that it is writable.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace o365
