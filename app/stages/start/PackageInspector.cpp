#include "PackageInspector.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QLocale>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace o365
{

namespace
{

const QByteArray kLocalFileHeader("PK\x03\x04", 4);
const QByteArray kEndOfCentralDir("PK\x05\x06", 4); // an empty archive starts with it
const QString kAppMeta = QStringLiteral("APP-META.xml");
const QString kInnerZip = QStringLiteral("O365-Web.zip");
const QString kSetupScript = QStringLiteral("setup.ps1");
const QString kAps1Namespace = QStringLiteral("http://apstandard.com/ns/1");
const QString kAps2Namespace = QStringLiteral("http://aps-standard.org/ns/2");
constexpr qint64 kChunk = 1024 * 1024;
constexpr int kMaxFieldLength = 256;
constexpr quint16 kEncryptedFlag = 0x1;

bool startsLikeZip(const QByteArray& head)
{
    return head.startsWith(kLocalFileHeader) || head.startsWith(kEndOfCentralDir);
}

// A file of 1–3 bytes that could be the start of a ZIP archive: cut short, not "not a zip".
bool isCutZipSignature(const QByteArray& head)
{
    return !head.isEmpty() && head.size() < 4 &&
           (kLocalFileHeader.startsWith(head) || kEndOfCentralDir.startsWith(head));
}

bool looksLikeHtml(const QByteArray& head)
{
    const QByteArray lower = head.trimmed().toLower();
    return lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<html");
}

struct Entry {
    QString name;       // as stored
    QString normalized; // '/' separators, no leading "./" or "/"
    quint64 uncompressedSize = 0;
    quint16 flags = 0;
    int index = 0;

    bool isDir() const { return normalized.endsWith(QLatin1Char('/')); }
    int depth() const { return int(normalized.count(QLatin1Char('/'))); }
    QString baseName() const { return normalized.mid(normalized.lastIndexOf(QLatin1Char('/')) + 1); }
};

QString normalizedEntryName(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (name.startsWith(QLatin1String("./")))
        name.remove(0, 2);
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name;
}

// Where the end-of-central-directory record (the last thing in a ZIP archive) says the file ends.
enum class EndRecord { Complete, Cut, Unknown };

EndRecord checkEndRecord(QIODevice& file, qint64 size)
{
    constexpr qint64 kRecordSize = 22;
    constexpr qint64 kMaxComment = 0xffff;
    const qint64 tailSize = qMin(size, kRecordSize + kMaxComment);
    if (!file.seek(size - tailSize))
        return EndRecord::Unknown;
    const QByteArray tail = file.read(tailSize);
    if (tail.size() != tailSize)
        return EndRecord::Unknown;
    bool cut = false;
    // The record may have a comment; try each signature from the end, the one that ends the file wins.
    for (qsizetype at = tail.lastIndexOf(kEndOfCentralDir); at >= 0;
         at = at > 0 ? tail.lastIndexOf(kEndOfCentralDir, at - 1) : -1) {
        if (at + kRecordSize > tail.size()) {
            cut = true;
            continue;
        }
        const auto commentLength = qint64(quint8(tail.at(at + 20))) | (qint64(quint8(tail.at(at + 21))) << 8);
        const qint64 end = at + kRecordSize + commentLength;
        if (end == tail.size())
            return EndRecord::Complete;
        if (end > tail.size())
            cut = true;
    }
    return cut ? EndRecord::Cut : EndRecord::Unknown;
}

enum class ListStatus { Ok, TooMany, Damaged };

ListStatus listEntries(QuaZip& zip, int maxEntries, QList<Entry>* out)
{
    if (zip.getEntriesCount() > maxEntries)
        return ListStatus::TooMany;
    int index = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++index) {
        if (index >= maxEntries)
            return ListStatus::TooMany;
        QuaZipFileInfo64 fi;
        if (!zip.getCurrentFileInfo(&fi))
            return ListStatus::Damaged;
        Entry e;
        e.name = fi.name;
        e.normalized = normalizedEntryName(fi.name);
        e.uncompressedSize = fi.uncompressedSize;
        e.flags = fi.flags;
        e.index = index;
        out->append(e);
    }
    // At the end of the list QuaZip reports UNZ_OK; anything else is a damaged central directory.
    return zip.getZipError() == UNZ_OK ? ListStatus::Ok : ListStatus::Damaged;
}

enum class ReadStatus { Ok, TooLarge, Encrypted, Damaged };

// Decompresses one entry into memory, never more than maxSize bytes (the declared size is checked
// first, the actual size while reading). Walks to the entry by index, so long names work too.
ReadStatus readEntry(QuaZip& zip, const Entry& entry, qint64 maxSize, QByteArray* out)
{
    if (entry.flags & kEncryptedFlag)
        return ReadStatus::Encrypted;
    if (entry.uncompressedSize > quint64(maxSize))
        return ReadStatus::TooLarge;
    bool positioned = zip.goToFirstFile();
    for (int i = 0; positioned && i < entry.index; ++i)
        positioned = zip.goToNextFile();
    if (!positioned)
        return ReadStatus::Damaged;

    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return ReadStatus::Damaged;
    out->clear();
    out->reserve(qsizetype(entry.uncompressedSize));
    QByteArray chunk(int(qMin<qint64>(kChunk, maxSize + 1)), Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            file.close();
            return ReadStatus::Damaged;
        }
        if (n == 0)
            break;
        out->append(chunk.constData(), qsizetype(n));
        if (out->size() > maxSize) {
            file.close();
            return ReadStatus::TooLarge;
        }
    }
    file.close(); // checks the CRC when the whole entry was read
    if (file.getZipError() != UNZ_OK)
        return ReadStatus::Damaged;
    if (quint64(out->size()) != entry.uncompressedSize)
        return ReadStatus::Damaged;
    return ReadStatus::Ok;
}

// Numbers go through the multi-argument QString::arg, so a path containing "%2" stays intact.
QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString field(const QString& text)
{
    return text.simplified().left(kMaxFieldLength);
}

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

namespace
{

// Reads the direct children <version>, <release>, <id>, <name> of the root element of APP-META.xml
// (APS 1 or APS 2; namespaces are ignored). A document type declaration stops the reading before
// any entity it declares could be used, so nothing is ever expanded.
void parseAppMeta(const QByteArray& xml, const QString& shown, PackageInfo* info)
{
    QXmlStreamReader reader(xml);
    reader.setEntityExpansionLimit(256);
    int depth = 0;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            info->version.clear();
            info->release.clear();
            info->appId.clear();
            info->appName.clear();
            info->warnings
                << PackageInspector::tr(
                       "APP-META.xml in %1 contains a document type declaration (DOCTYPE), which the vendor's file "
                       "does not have, so it was not read and the package version is unknown. Download the package "
                       "again from the vendor.")
                       .arg(shown);
            return;
        }
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1) {
                sawRoot = true;
                const QString ns = reader.namespaceUri().toString();
                if (ns != kAps1Namespace && ns != kAps2Namespace) {
                    info->warnings
                        << PackageInspector::tr(
                               "APP-META.xml in %1 does not use an APS namespace (%2 or %3); the version shown may "
                               "not be the package's.")
                               .arg(shown, kAps1Namespace, kAps2Namespace);
                }
            } else if (depth == 2) {
                const QStringView name = reader.name();
                QString* target = nullptr;
                if (name == QLatin1String("version"))
                    target = &info->version;
                else if (name == QLatin1String("release"))
                    target = &info->release;
                else if (name == QLatin1String("id"))
                    target = &info->appId;
                else if (name == QLatin1String("name"))
                    target = &info->appName;
                if (target && target->isEmpty()) {
                    const QString text = reader.readElementText(QXmlStreamReader::SkipChildElements);
                    --depth; // readElementText consumed the end element
                    if (!reader.hasError())
                        *target = field(text);
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (reader.hasError()) {
        info->warnings
            << PackageInspector::tr(
                   "APP-META.xml in %1 is not well-formed XML (line %2: %3); the package version may be missing.")
                   .arg(shown, number(reader.lineNumber()), reader.errorString());
    } else if (sawRoot && info->version.isEmpty()) {
        info->warnings << PackageInspector::tr(
                              "APP-META.xml in %1 has no <version> element, so the package version is unknown.")
                              .arg(shown);
    }
}

} // namespace

PackageInfo PackageInspector::inspect(const QString& path)
{
    return inspect(path, Limits());
}

PackageInfo PackageInspector::inspect(const QString& path, const Limits& limits)
{
    PackageInfo info;
    info.path = path;
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&info](PackageInfo::Error error, const QString& message) {
        info.error = error;
        info.message = message;
        return info;
    };

    const auto noAppMetaWarning = [&shown] {
        return tr("%1 has no APP-META.xml at its root, so the package version is unknown. Check that it is the "
                  "Microsoft Office 365 Application Package (an APS package).")
            .arg(shown);
    };

    // 1. The file itself.
    if (path.isEmpty()) {
        return fail(PackageInfo::NotFound,
                    tr("No package file was chosen. Choose the Microsoft Office 365 Application Package "
                       "(.zip) you downloaded from the vendor."));
    }
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists()) {
        return fail(PackageInfo::NotFound,
                    tr("There is no file at %1. Check the path, or download the Microsoft Office 365 "
                       "Application Package again and choose the downloaded .zip file.")
                        .arg(shown));
    }
    if (fileInfo.isDir()) {
        return fail(PackageInfo::Unreadable,
                    tr("%1 is a folder, not a file. Choose the Microsoft Office 365 Application Package "
                       "file (.zip) itself, not the folder that contains it or an unpacked copy.")
                        .arg(shown));
    }
    if (!fileInfo.isFile()) {
        return fail(PackageInfo::Unreadable,
                    tr("%1 is not a regular file (it is a device, pipe or socket). Choose the downloaded "
                       "Microsoft Office 365 Application Package file (.zip).")
                        .arg(shown));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(PackageInfo::Unreadable,
                    tr("%1 cannot be opened for reading (%2). Check that the account running the wizard "
                       "may read it, or copy the package to a folder of your own and choose the copy.")
                        .arg(shown, file.errorString()));
    }

    // 2. Size and SHA-256 of the whole file, in chunks.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(int(kChunk), Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            info.size = total;
            return fail(PackageInfo::Unreadable,
                        tr("%1 could not be read to the end (%2 after %3 bytes). If it is on a network share "
                           "or removable disk, copy it to a local disk and choose the copy.")
                            .arg(shown, file.errorString(), number(total)));
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), qsizetype(n)));
        total += n;
    }
    info.size = total;
    info.sha256 = QString::fromLatin1(hash.result().toHex());

    const QString compare =
        tr("Download the Microsoft Office 365 Application Package again and compare its size (%1 bytes "
           "here) and SHA-256 (%2 here) with the ones the vendor publishes.")
            .arg(number(info.size), info.sha256);

    // 3. Is it a ZIP archive at all?
    if (info.size == 0) {
        return fail(PackageInfo::NotAZip,
                    tr("%1 is empty (0 bytes): the download or copy did not complete. Download the Microsoft "
                       "Office 365 Application Package again.")
                        .arg(shown));
    }
    if (!file.seek(0))
        return fail(PackageInfo::Unreadable,
                    tr("%1 could not be read again after hashing (%2).").arg(shown, file.errorString()));
    const QByteArray head = file.peek(512);
    if (isCutZipSignature(head)) {
        return fail(PackageInfo::Truncated,
                    tr("%1 is only the first %2 bytes of a ZIP archive: the download or copy was "
                       "interrupted. %3")
                        .arg(shown, number(info.size), compare));
    }
    if (!startsLikeZip(head)) {
        if (looksLikeHtml(head)) {
            return fail(PackageInfo::NotAZip,
                        tr("%1 is a web page (HTML), not the ZIP archive of the package: the download link "
                           "probably returned a login or error page. %2")
                            .arg(shown, compare));
        }
        return fail(PackageInfo::NotAZip,
                    tr("%1 is not a ZIP archive (it does not start with the ZIP signature \"PK\"), so it is "
                       "not the Microsoft Office 365 Application Package. %2")
                        .arg(shown, compare));
    }

    const EndRecord endRecord = checkEndRecord(file, info.size);
    if (endRecord == EndRecord::Cut) {
        return fail(PackageInfo::Truncated,
                    tr("%1 is cut short: the end of its ZIP table of contents is missing, so the download or "
                       "copy was interrupted. %2")
                        .arg(shown, compare));
    }
    if (head.startsWith(kEndOfCentralDir) && endRecord == EndRecord::Complete) {
        // Nothing but the end record: a valid ZIP archive without any file (minizip cannot open it).
        info.warnings << noAppMetaWarning();
        return fail(PackageInfo::NoInnerZip,
                    tr("%1 is an empty ZIP archive: it contains no files at all, so not %2. Download the Microsoft "
                       "Office 365 Application Package again.")
                        .arg(shown, kInnerZip));
    }
    if (!file.seek(0))
        return fail(PackageInfo::Unreadable,
                    tr("%1 could not be read again after hashing (%2).").arg(shown, file.errorString()));

    QuaZip zip(&file);
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdUnzip)) {
        return fail(PackageInfo::Truncated,
                    tr("%1 starts like a ZIP archive but its table of contents (central directory) is missing "
                       "or damaged (ZIP error %2): the download or copy was probably cut short. %3")
                        .arg(shown, QString::number(zip.getZipError()), compare));
    }
    QList<Entry> entries;
    switch (listEntries(zip, limits.maxEntries, &entries)) {
    case ListStatus::Ok:
        break;
    case ListStatus::TooMany:
        return fail(PackageInfo::TooLarge,
                    tr("%1 lists more than %2 files, far more than the Microsoft Office 365 Application "
                       "Package contains, so it was not inspected. Check that you chose the right file.")
                        .arg(shown, number(limits.maxEntries)));
    case ListStatus::Damaged:
        return fail(PackageInfo::Truncated,
                    tr("%1 has a damaged table of contents (ZIP error %2): the download or copy was probably "
                       "cut short. %3")
                        .arg(shown, QString::number(zip.getZipError()), compare));
    }

    // 4. APP-META.xml at the root: the package version (informative; its absence is only a warning).
    const Entry* meta = nullptr;
    const Entry* inner = nullptr;
    QStringList otherInner;
    QList<const Entry*> setupInOuter;
    for (const Entry& e : entries) {
        if (e.isDir())
            continue;
        if (!meta && e.depth() == 0 && e.normalized.compare(kAppMeta, Qt::CaseInsensitive) == 0)
            meta = &e;
        if (e.baseName().compare(kInnerZip, Qt::CaseInsensitive) == 0) {
            if (!inner || e.depth() < inner->depth()) {
                if (inner)
                    otherInner << inner->name;
                inner = &e;
            } else {
                otherInner << e.name;
            }
        }
        if (e.depth() <= 1 && e.baseName().compare(kSetupScript, Qt::CaseInsensitive) == 0)
            setupInOuter << &e;
    }

    if (!meta) {
        info.warnings << noAppMetaWarning();
    } else {
        QByteArray xml;
        switch (readEntry(zip, *meta, limits.maxMetaSize, &xml)) {
        case ReadStatus::Ok:
            parseAppMeta(xml, shown, &info);
            break;
        case ReadStatus::TooLarge:
            info.warnings << tr("APP-META.xml in %1 is larger than %2 bytes, so it was not read and the package "
                                "version is unknown.")
                                 .arg(shown, number(limits.maxMetaSize));
            break;
        case ReadStatus::Encrypted:
            info.warnings << tr("APP-META.xml in %1 is password-protected, so the package version is unknown; "
                                "the vendor's package is not encrypted.")
                                 .arg(shown);
            break;
        case ReadStatus::Damaged:
            return fail(PackageInfo::Truncated,
                        tr("%1 is damaged: %2 inside it cannot be read completely (data cut short or checksum "
                           "mismatch). %3")
                            .arg(shown, meta->name, compare));
        }
    }

    // 5. O365-Web.zip anywhere in the package (gateway step 2b).
    if (!inner) {
        if (!setupInOuter.isEmpty()) {
            return fail(PackageInfo::NoInnerZip,
                        tr("%1 contains %2 but no %3: it looks like %3 itself (or an unpacked copy), not the "
                           "Microsoft Office 365 Application Package. Choose the package file that contains %3.")
                            .arg(shown, setupInOuter.first()->name, kInnerZip));
        }
        return fail(PackageInfo::NoInnerZip,
                    tr("%1 does not contain %2, which step 2b extracts from the Microsoft Office 365 "
                       "Application Package. Check that you chose the right package, or download it again.")
                        .arg(shown, kInnerZip));
    }
    info.innerZipName = inner->name;
    if (!otherInner.isEmpty()) {
        info.warnings << tr("%1 contains more than one %2; the wizard uses %3 and ignores %4.")
                             .arg(shown, kInnerZip, inner->name, otherInner.join(QLatin1String(", ")));
    }

    QByteArray innerBytes;
    switch (readEntry(zip, *inner, limits.maxInnerZipSize, &innerBytes)) {
    case ReadStatus::Ok:
        break;
    case ReadStatus::TooLarge:
        return fail(
            PackageInfo::TooLarge,
            tr("%1 inside %2 is larger than %3 bytes (it declares %4 bytes), much larger than the "
               "vendor's; it was not read. Check that you chose the right package, or download it again.")
                .arg(inner->name, shown, number(limits.maxInnerZipSize), number(qint64(inner->uncompressedSize))));
    case ReadStatus::Encrypted:
        return fail(PackageInfo::Unreadable,
                    tr("%1 inside %2 is password-protected; the vendor's package is not. Download the "
                       "Microsoft Office 365 Application Package again from the vendor.")
                        .arg(inner->name, shown));
    case ReadStatus::Damaged:
        return fail(PackageInfo::Truncated,
                    tr("%1 is damaged: %2 inside it cannot be read completely (data cut short or checksum "
                       "mismatch). %3")
                        .arg(shown, inner->name, compare));
    }

    // 6. Inside O365-Web.zip (step 2c): setup.ps1 at the root or in one top-level folder (step 2e).
    // Only the table of contents is read; nothing in O365-Web.zip is decompressed.
    if (!startsLikeZip(innerBytes.left(4))) {
        return fail(PackageInfo::InnerNotAZip,
                    tr("%1 inside %2 is not a ZIP archive (%3 bytes without the ZIP signature), so step 2c "
                       "cannot unpack it. The package is not the vendor's original: download it again.")
                        .arg(inner->name, shown, number(innerBytes.size())));
    }
    QList<Entry> innerEntries;
    QBuffer buffer(&innerBytes);
    buffer.open(QIODevice::ReadOnly);
    QuaZip innerZip(&buffer);
    innerZip.setAutoClose(false);
    if (checkEndRecord(buffer, innerBytes.size()) == EndRecord::Cut) {
        return fail(PackageInfo::InnerNotAZip,
                    tr("%1 inside %2 is cut short (the end of its ZIP table of contents is missing), so step 2c "
                       "cannot unpack it. Download the package again.")
                        .arg(inner->name, shown));
    }
    buffer.seek(0);
    if (innerBytes.startsWith(kEndOfCentralDir)) {
        // An empty ZIP archive (minizip cannot open it): no setup.ps1, reported below.
    } else if (!innerZip.open(QuaZip::mdUnzip)) {
        return fail(PackageInfo::InnerNotAZip,
                    tr("%1 inside %2 is a damaged ZIP archive (its table of contents is missing, ZIP error %3), "
                       "so step 2c cannot unpack it. Download the package again.")
                        .arg(inner->name, shown, QString::number(innerZip.getZipError())));
    }
    switch (innerZip.isOpen() ? listEntries(innerZip, limits.maxEntries, &innerEntries) : ListStatus::Ok) {
    case ListStatus::Ok:
        break;
    case ListStatus::TooMany:
        return fail(PackageInfo::TooLarge,
                    tr("%1 inside %2 lists more than %3 files, far more than the vendor's, so it was not "
                       "inspected. Check that you chose the right package.")
                        .arg(inner->name, shown, number(limits.maxEntries)));
    case ListStatus::Damaged:
        return fail(PackageInfo::InnerNotAZip,
                    tr("%1 inside %2 has a damaged table of contents (ZIP error %3), so step 2c cannot unpack "
                       "it. Download the package again.")
                        .arg(inner->name, shown, QString::number(innerZip.getZipError())));
    }

    const Entry* setup = nullptr;
    QStringList otherSetup;
    QStringList deeperSetup;
    for (const Entry& e : innerEntries) {
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
                            .arg(inner->name, shown, kSetupScript, deeperSetup.join(QLatin1String(", "))));
        }
        return fail(PackageInfo::NoSetupScript,
                    tr("%1 inside %2 has no %3, which step 2e runs. The package is incomplete or not the "
                       "right one: download the Microsoft Office 365 Application Package again.")
                        .arg(inner->name, shown, kSetupScript));
    }
    info.setupScriptPath = setup->name;
    if (!otherSetup.isEmpty()) {
        info.warnings << tr("%1 inside %2 contains more than one %3; step 2e should run %4 (not %5).")
                             .arg(inner->name, shown, kSetupScript, setup->name, otherSetup.join(QLatin1String(", ")));
    }

    info.error = PackageInfo::NoError;
    info.message.clear();
    return info;
}

} // namespace o365
