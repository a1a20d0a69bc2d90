#include "PackageInspector.h"

#include "stages/start/AppMetaReader.h"
#include "stages/start/PackageArchive.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QLocale>

#include <quazip.h>

#include <memory>

namespace o365
{

namespace
{

using Entry = PackageArchive::Entry;
using ListStatus = PackageArchive::ListStatus;
using ReadStatus = PackageArchive::ReadStatus;

const QString kAppMeta = QStringLiteral("APP-META.xml");
const QString kInnerZip = QStringLiteral("O365-Web.zip");
const QString kSetupScript = QStringLiteral("setup.ps1");
constexpr qint64 kChunk = 1024 * 1024;

bool looksLikeHtml(const QByteArray& head)
{
    const QByteArray lower = head.trimmed().toLower();
    return lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<html");
}

// Numbers go through the multi-argument QString::arg, so a path containing "%2" stays intact.
QString number(qint64 n)
{
    return QLocale().toString(n);
}

// One inspection of one file, in the order of the KB steps it prepares. Each step either fills
// m_info and returns true, or records the one failure the engineer sees and returns false.
class Inspection
{
    Q_DECLARE_TR_FUNCTIONS(PackageInspector) // the messages are the inspector's, for the translators too
public:
    Inspection(const QString& path, const PackageInspector::Limits& limits)
        : m_limits(limits), m_shown(QDir::toNativeSeparators(path)), m_file(path)
    {
        m_info.path = path;
    }

    PackageInfo run()
    {
        const bool ok = openFile() && hashFile() && checkZipSignature() && openPackage() && readAppMeta() &&
                        readInnerZip() && openInnerZip() && findSetupScript();
        if (ok) {
            m_info.error = PackageInfo::NoError;
            m_info.message.clear();
        }
        return m_info;
    }

private:
    bool fail(PackageInfo::Error error, const QString& message)
    {
        m_info.error = error;
        m_info.message = message;
        return false;
    }

    QString noAppMetaWarning() const
    {
        return tr("%1 has no APP-META.xml at its root, so the package version is unknown. Check that it is the "
                  "Microsoft Office 365 Application Package (an APS package).")
            .arg(m_shown);
    }

    bool rewind()
    {
        if (m_file.seek(0))
            return true;
        return fail(PackageInfo::Unreadable,
                    tr("%1 could not be read again after hashing (%2).").arg(m_shown, m_file.errorString()));
    }

    // 1. The file itself.
    bool openFile()
    {
        if (m_info.path.isEmpty()) {
            return fail(PackageInfo::NotFound,
                        tr("No package file was chosen. Choose the Microsoft Office 365 Application Package "
                           "(.zip) you downloaded from the vendor."));
        }
        const QFileInfo fileInfo(m_info.path);
        if (!fileInfo.exists()) {
            return fail(PackageInfo::NotFound,
                        tr("There is no file at %1. Check the path, or download the Microsoft Office 365 "
                           "Application Package again and choose the downloaded .zip file.")
                            .arg(m_shown));
        }
        if (fileInfo.isDir()) {
            return fail(PackageInfo::Unreadable,
                        tr("%1 is a folder, not a file. Choose the Microsoft Office 365 Application Package "
                           "file (.zip) itself, not the folder that contains it or an unpacked copy.")
                            .arg(m_shown));
        }
        if (!fileInfo.isFile()) {
            return fail(PackageInfo::Unreadable,
                        tr("%1 is not a regular file (it is a device, pipe or socket). Choose the downloaded "
                           "Microsoft Office 365 Application Package file (.zip).")
                            .arg(m_shown));
        }
        if (!m_file.open(QIODevice::ReadOnly)) {
            return fail(PackageInfo::Unreadable,
                        tr("%1 cannot be opened for reading (%2). Check that the account running the wizard "
                           "may read it, or copy the package to a folder of your own and choose the copy.")
                            .arg(m_shown, m_file.errorString()));
        }
        return true;
    }

    // 2. Size and SHA-256 of the whole file, in chunks.
    bool hashFile()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray chunk(int(kChunk), Qt::Uninitialized);
        qint64 total = 0;
        for (;;) {
            const qint64 n = m_file.read(chunk.data(), chunk.size());
            if (n < 0) {
                m_info.size = total;
                return fail(PackageInfo::Unreadable,
                            tr("%1 could not be read to the end (%2 after %3 bytes). If it is on a network share "
                               "or removable disk, copy it to a local disk and choose the copy.")
                                .arg(m_shown, m_file.errorString(), number(total)));
            }
            if (n == 0)
                break;
            hash.addData(QByteArrayView(chunk.constData(), qsizetype(n)));
            total += n;
        }
        m_info.size = total;
        m_info.sha256 = QString::fromLatin1(hash.result().toHex());
        m_compare = tr("Download the Microsoft Office 365 Application Package again and compare its size (%1 bytes "
                       "here) and SHA-256 (%2 here) with the ones the vendor publishes.")
                        .arg(number(m_info.size), m_info.sha256);
        return true;
    }

    // 3. Is it a ZIP archive at all, and is its end where the file ends?
    bool checkZipSignature()
    {
        if (m_info.size == 0) {
            return fail(PackageInfo::NotAZip,
                        tr("%1 is empty (0 bytes): the download or copy did not complete. Download the Microsoft "
                           "Office 365 Application Package again.")
                            .arg(m_shown));
        }
        if (!rewind())
            return false;
        const QByteArray head = m_file.peek(512);
        if (PackageArchive::isCutZipSignature(head)) {
            return fail(PackageInfo::Truncated,
                        tr("%1 is only the first %2 bytes of a ZIP archive: the download or copy was "
                           "interrupted. %3")
                            .arg(m_shown, number(m_info.size), m_compare));
        }
        if (!PackageArchive::startsLikeZip(head)) {
            if (looksLikeHtml(head)) {
                return fail(PackageInfo::NotAZip,
                            tr("%1 is a web page (HTML), not the ZIP archive of the package: the download link "
                               "probably returned a login or error page. %2")
                                .arg(m_shown, m_compare));
            }
            return fail(PackageInfo::NotAZip,
                        tr("%1 is not a ZIP archive (it does not start with the ZIP signature \"PK\"), so it is "
                           "not the Microsoft Office 365 Application Package. %2")
                            .arg(m_shown, m_compare));
        }

        const PackageArchive::EndRecord endRecord = PackageArchive::checkEndRecord(m_file, m_info.size);
        if (endRecord == PackageArchive::EndRecord::Cut) {
            return fail(PackageInfo::Truncated,
                        tr("%1 is cut short: the end of its ZIP table of contents is missing, so the download or "
                           "copy was interrupted. %2")
                            .arg(m_shown, m_compare));
        }
        if (PackageArchive::startsWithEndRecord(head) && endRecord == PackageArchive::EndRecord::Complete) {
            // Nothing but the end record: a valid ZIP archive without any file (minizip cannot open it).
            m_info.warnings << noAppMetaWarning();
            return fail(PackageInfo::NoInnerZip,
                        tr("%1 is an empty ZIP archive: it contains no files at all, so not %2. Download the "
                           "Microsoft Office 365 Application Package again.")
                            .arg(m_shown, kInnerZip));
        }
        return rewind();
    }

    // The package's table of contents, and in it APP-META.xml, O365-Web.zip and a stray setup.ps1.
    bool openPackage()
    {
        m_zip = std::make_unique<QuaZip>(&m_file);
        m_zip->setAutoClose(false);
        if (!m_zip->open(QuaZip::mdUnzip)) {
            return fail(PackageInfo::Truncated,
                        tr("%1 starts like a ZIP archive but its table of contents (central directory) is missing "
                           "or damaged (ZIP error %2): the download or copy was probably cut short. %3")
                            .arg(m_shown, QString::number(m_zip->getZipError()), m_compare));
        }
        switch (PackageArchive::listEntries(*m_zip, m_limits.maxEntries, &m_entries)) {
        case ListStatus::Ok:
            break;
        case ListStatus::TooMany:
            return fail(PackageInfo::TooLarge,
                        tr("%1 lists more than %2 files, far more than the Microsoft Office 365 Application "
                           "Package contains, so it was not inspected. Check that you chose the right file.")
                            .arg(m_shown, number(m_limits.maxEntries)));
        case ListStatus::Damaged:
            return fail(PackageInfo::Truncated,
                        tr("%1 has a damaged table of contents (ZIP error %2): the download or copy was probably "
                           "cut short. %3")
                            .arg(m_shown, QString::number(m_zip->getZipError()), m_compare));
        }
        for (const Entry& e : std::as_const(m_entries)) {
            if (e.isDir())
                continue;
            if (!m_meta && e.depth() == 0 && e.normalized.compare(kAppMeta, Qt::CaseInsensitive) == 0)
                m_meta = &e;
            if (e.baseName().compare(kInnerZip, Qt::CaseInsensitive) == 0) {
                // The shallowest one wins; the others are named in a warning.
                if (!m_inner || e.depth() < m_inner->depth()) {
                    if (m_inner)
                        m_otherInner << m_inner->name;
                    m_inner = &e;
                } else {
                    m_otherInner << e.name;
                }
            }
            if (e.depth() <= 1 && e.baseName().compare(kSetupScript, Qt::CaseInsensitive) == 0)
                m_setupInOuter << &e;
        }
        return true;
    }

    // 4. APP-META.xml at the root: the package version (informative; its absence is only a warning).
    bool readAppMeta()
    {
        if (!m_meta) {
            m_info.warnings << noAppMetaWarning();
            return true;
        }
        QByteArray xml;
        switch (PackageArchive::readEntry(*m_zip, *m_meta, m_limits.maxMetaSize, &xml)) {
        case ReadStatus::Ok:
            AppMetaReader::read(xml, m_shown, &m_info);
            break;
        case ReadStatus::TooLarge:
            m_info.warnings << tr("APP-META.xml in %1 is larger than %2 bytes, so it was not read and the package "
                                  "version is unknown.")
                                   .arg(m_shown, number(m_limits.maxMetaSize));
            break;
        case ReadStatus::Encrypted:
            m_info.warnings << tr("APP-META.xml in %1 is password-protected, so the package version is unknown; "
                                  "the vendor's package is not encrypted.")
                                   .arg(m_shown);
            break;
        case ReadStatus::Damaged:
            return fail(PackageInfo::Truncated,
                        tr("%1 is damaged: %2 inside it cannot be read completely (data cut short or checksum "
                           "mismatch). %3")
                            .arg(m_shown, m_meta->name, m_compare));
        }
        return true;
    }

    // 5. O365-Web.zip anywhere in the package (gateway step 2b), decompressed into memory.
    bool readInnerZip()
    {
        if (!m_inner) {
            if (!m_setupInOuter.isEmpty()) {
                return fail(PackageInfo::NoInnerZip,
                            tr("%1 contains %2 but no %3: it looks like %3 itself (or an unpacked copy), not the "
                               "Microsoft Office 365 Application Package. Choose the package file that contains "
                               "%3.")
                                .arg(m_shown, m_setupInOuter.first()->name, kInnerZip));
            }
            return fail(PackageInfo::NoInnerZip,
                        tr("%1 does not contain %2, which step 2b extracts from the Microsoft Office 365 "
                           "Application Package. Check that you chose the right package, or download it again.")
                            .arg(m_shown, kInnerZip));
        }
        m_info.innerZipName = m_inner->name;
        if (!m_otherInner.isEmpty()) {
            m_info.warnings << tr("%1 contains more than one %2; the wizard uses %3 and ignores %4.")
                                   .arg(m_shown, kInnerZip, m_inner->name, m_otherInner.join(QLatin1String(", ")));
        }

        switch (PackageArchive::readEntry(*m_zip, *m_inner, m_limits.maxInnerZipSize, &m_innerBytes)) {
        case ReadStatus::Ok:
            return true;
        case ReadStatus::TooLarge:
            return fail(PackageInfo::TooLarge,
                        tr("%1 inside %2 is larger than %3 bytes (it declares %4 bytes), much larger than the "
                           "vendor's; it was not read. Check that you chose the right package, or download it "
                           "again.")
                            .arg(m_inner->name, m_shown, number(m_limits.maxInnerZipSize),
                                 number(qint64(m_inner->uncompressedSize))));
        case ReadStatus::Encrypted:
            return fail(PackageInfo::Unreadable,
                        tr("%1 inside %2 is password-protected; the vendor's package is not. Download the "
                           "Microsoft Office 365 Application Package again from the vendor.")
                            .arg(m_inner->name, m_shown));
        case ReadStatus::Damaged:
            return fail(PackageInfo::Truncated,
                        tr("%1 is damaged: %2 inside it cannot be read completely (data cut short or checksum "
                           "mismatch). %3")
                            .arg(m_shown, m_inner->name, m_compare));
        }
        return true;
    }

    // 6. O365-Web.zip's table of contents (step 2c unpacks it); nothing in it is decompressed.
    bool openInnerZip()
    {
        if (!PackageArchive::startsLikeZip(m_innerBytes.left(4))) {
            return fail(PackageInfo::InnerNotAZip,
                        tr("%1 inside %2 is not a ZIP archive (%3 bytes without the ZIP signature), so step 2c "
                           "cannot unpack it. The package is not the vendor's original: download it again.")
                            .arg(m_inner->name, m_shown, number(m_innerBytes.size())));
        }
        QBuffer buffer(&m_innerBytes);
        buffer.open(QIODevice::ReadOnly);
        QuaZip innerZip(&buffer);
        innerZip.setAutoClose(false);
        if (PackageArchive::checkEndRecord(buffer, m_innerBytes.size()) == PackageArchive::EndRecord::Cut) {
            return fail(PackageInfo::InnerNotAZip,
                        tr("%1 inside %2 is cut short (the end of its ZIP table of contents is missing), so step "
                           "2c cannot unpack it. Download the package again.")
                            .arg(m_inner->name, m_shown));
        }
        buffer.seek(0);
        if (PackageArchive::startsWithEndRecord(m_innerBytes)) {
            // An empty ZIP archive (minizip cannot open it): no setup.ps1, reported by findSetupScript().
            return true;
        }
        if (!innerZip.open(QuaZip::mdUnzip)) {
            return fail(PackageInfo::InnerNotAZip,
                        tr("%1 inside %2 is a damaged ZIP archive (its table of contents is missing, ZIP error "
                           "%3), so step 2c cannot unpack it. Download the package again.")
                            .arg(m_inner->name, m_shown, QString::number(innerZip.getZipError())));
        }
        switch (PackageArchive::listEntries(innerZip, m_limits.maxEntries, &m_innerEntries)) {
        case ListStatus::Ok:
            return true;
        case ListStatus::TooMany:
            return fail(PackageInfo::TooLarge,
                        tr("%1 inside %2 lists more than %3 files, far more than the vendor's, so it was not "
                           "inspected. Check that you chose the right package.")
                            .arg(m_inner->name, m_shown, number(m_limits.maxEntries)));
        case ListStatus::Damaged:
            return fail(PackageInfo::InnerNotAZip,
                        tr("%1 inside %2 has a damaged table of contents (ZIP error %3), so step 2c cannot unpack "
                           "it. Download the package again.")
                            .arg(m_inner->name, m_shown, QString::number(innerZip.getZipError())));
        }
        return true;
    }

    // 7. setup.ps1 at the root of O365-Web.zip or in one top-level folder (step 2e runs it).
    bool findSetupScript()
    {
        const Entry* setup = nullptr;
        QStringList otherSetup;
        QStringList deeperSetup;
        for (const Entry& e : std::as_const(m_innerEntries)) {
            if (e.isDir() || e.baseName().compare(kSetupScript, Qt::CaseInsensitive) != 0)
                continue;
            if (e.depth() > 1) {
                deeperSetup << e.name;
            } else if (!setup || e.depth() < setup->depth()) {
                if (setup)
                    otherSetup << setup->name;
                setup = &e;
            } else {
                otherSetup << e.name;
            }
        }
        if (!setup) {
            if (!deeperSetup.isEmpty()) {
                return fail(PackageInfo::NoSetupScript,
                            tr("%1 inside %2 has %3 only deep inside a folder (%4), not at its root or in a "
                               "top-level folder where step 2e expects it. Check that you chose the right package.")
                                .arg(m_inner->name, m_shown, kSetupScript, deeperSetup.join(QLatin1String(", "))));
            }
            return fail(PackageInfo::NoSetupScript,
                        tr("%1 inside %2 has no %3, which step 2e runs. The package is incomplete or not the "
                           "right one: download the Microsoft Office 365 Application Package again.")
                            .arg(m_inner->name, m_shown, kSetupScript));
        }
        m_info.setupScriptPath = setup->name;
        if (!otherSetup.isEmpty()) {
            m_info.warnings << tr("%1 inside %2 contains more than one %3; step 2e should run %4 (not %5).")
                                   .arg(m_inner->name, m_shown, kSetupScript, setup->name,
                                        otherSetup.join(QLatin1String(", ")));
        }
        return true;
    }

    const PackageInspector::Limits m_limits;
    const QString m_shown;
    PackageInfo m_info;
    QFile m_file;
    QString m_compare; // "download again and compare size and SHA-256", appended to damage messages
    std::unique_ptr<QuaZip> m_zip;
    QList<Entry> m_entries;
    const Entry* m_meta = nullptr;
    const Entry* m_inner = nullptr;
    QStringList m_otherInner;
    QList<const Entry*> m_setupInOuter;
    QByteArray m_innerBytes;
    QList<Entry> m_innerEntries;
};

} // namespace

QString PackageInfo::displayVersion() const
{
    if (version.isEmpty())
        return {};
    if (release.isEmpty())
        return version;
    return version + QLatin1Char('-') + release;
}

QString PackageInfo::errorKey(Error e)
{
    switch (e) {
    case NoError:
        return QStringLiteral("ok");
    case NotFound:
        return QStringLiteral("notFound");
    case Unreadable:
        return QStringLiteral("unreadable");
    case NotAZip:
        return QStringLiteral("notAZip");
    case Truncated:
        return QStringLiteral("truncated");
    case NoInnerZip:
        return QStringLiteral("noInnerZip");
    case InnerNotAZip:
        return QStringLiteral("innerNotAZip");
    case NoSetupScript:
        return QStringLiteral("noSetupScript");
    case TooLarge:
        return QStringLiteral("tooLarge");
    }
    return {};
}

PackageInfo PackageInspector::inspect(const QString& path)
{
    return inspect(path, Limits());
}

PackageInfo PackageInspector::inspect(const QString& path, const Limits& limits)
{
    return Inspection(path, limits).run();
}

} // namespace o365
