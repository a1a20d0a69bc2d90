#pragma once

#include <QByteArray>
#include <QString>

namespace o365
{

struct PackageInfo;

// Reads the package's version, release, id and name from APP-META.xml into PackageInfo, and adds
// a warning when the file is not what the vendor ships (no APS namespace, no <version>, a DOCTYPE,
// not well-formed). The version is informative: nothing here fails the inspection.
class AppMetaReader
{
public:
    // shown: the package path as the engineer sees it, named in the warnings.
    static void read(const QByteArray& xml, const QString& shown, PackageInfo* info);
};

} // namespace o365
