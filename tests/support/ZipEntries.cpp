#include "ZipEntries.h"

#include <quazip.h>
#include <quazipfile.h>

QMap<QString, QByteArray> unzipEntries(const QString& path)
{
    QMap<QString, QByteArray> out;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        if (f.open(QIODevice::ReadOnly))
            out.insert(f.getActualFileName(), f.readAll());
    }
    return out;
}

bool writeZipEntries(const QString& path, const QMap<QString, QByteArray>& entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())) || f.write(it.value()) != it.value().size())
            return false;
        f.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}
