#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace o365
{

// What PackageInspector found in a Microsoft Office 365 Application Package (gateway steps 2a–2c:
// put the package on the Office 365 Gateway Host, extract O365-Web.zip from it, unpack it; step 2e
// runs the setup.ps1 that O365-Web.zip contains).
struct PackageInfo {
    Q_DECLARE_TR_FUNCTIONS(PackageInfo)
public:
    enum Error {
        NoError,
        NotFound,      // no file at that path
        Unreadable,    // a folder, no permission, read error, password-protected entry
        NotAZip,       // empty, or does not start like a ZIP archive
        Truncated,     // starts like a ZIP but is cut short or damaged (no central directory, CRC error)
        NoInnerZip,    // the package has no O365-Web.zip
        InnerNotAZip,  // O365-Web.zip is not a ZIP archive (or is damaged)
        NoSetupScript, // O365-Web.zip has no setup.ps1 at its root or in one top-level folder
        TooLarge,      // too many entries, or an entry we must read is larger than the limit
    };

    Error error = NotFound;
    QString message; // specific and actionable, names the file; empty when ok
    QString path;
    qint64 size = 0;
    QString sha256;  // hex, lower case, of the whole file; set whenever the file could be read
    QString version; // from APP-META.xml when present
    QString release;
    QString appId;
    QString appName;
    QString innerZipName;    // entry name as found: "O365-Web.zip", "scripts/O365-Web.zip", …
    QString setupScriptPath; // path inside O365-Web.zip: "setup.ps1", "O365-Web/setup.ps1", …
    QStringList warnings;    // not fatal: no APP-META.xml, several O365-Web.zip, …

    bool ok() const { return error == NoError; }
    QString displayVersion() const; // "4.1-103", "4.1" or empty

    static QString errorKey(Error e); // stable, for evidence and tests
};

// Inspects a package file without unpacking it to disk. Only APP-META.xml and O365-Web.zip are
// decompressed (into memory, each under a size limit); nothing else in the archive is read.
// Synchronous and thread-safe (no shared state): the GUI runs it in a worker thread.
class PackageInspector
{
    Q_DECLARE_TR_FUNCTIONS(PackageInspector)
public:
    struct Limits {
        qint64 maxMetaSize = 1024 * 1024;             // APP-META.xml (larger: a warning, not read)
        qint64 maxInnerZipSize = 256LL * 1024 * 1024; // O365-Web.zip (larger: TooLarge)
        int maxEntries = 100000;                      // per archive, outer and inner (more: TooLarge)
    };

    static PackageInfo inspect(const QString& path);
    static PackageInfo inspect(const QString& path, const Limits& limits);
};

} // namespace o365
