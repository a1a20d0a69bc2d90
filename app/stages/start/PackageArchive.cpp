#include "PackageArchive.h"

#include <QIODevice>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace o365
{

namespace
{

const QByteArray kLocalFileHeader("PK\x03\x04", 4);
const QByteArray kEndOfCentralDir("PK\x05\x06", 4); // an empty archive starts with it
constexpr qint64 kChunk = 1024 * 1024;
constexpr quint16 kEncryptedFlag = 0x1;

} // namespace

bool PackageArchive::Entry::isDir() const
{
    return normalized.endsWith(QLatin1Char('/'));
}

int PackageArchive::Entry::depth() const
{
    return int(normalized.count(QLatin1Char('/')));
}

QString PackageArchive::Entry::baseName() const
{
    return normalized.mid(normalized.lastIndexOf(QLatin1Char('/')) + 1);
}

bool PackageArchive::Entry::isEncrypted() const
{
    return flags & kEncryptedFlag;
}

bool PackageArchive::startsLikeZip(const QByteArray& head)
{
    return head.startsWith(kLocalFileHeader) || head.startsWith(kEndOfCentralDir);
}

bool PackageArchive::startsWithEndRecord(const QByteArray& head)
{
    return head.startsWith(kEndOfCentralDir);
}

bool PackageArchive::isCutZipSignature(const QByteArray& head)
{
    return !head.isEmpty() && head.size() < 4 &&
           (kLocalFileHeader.startsWith(head) || kEndOfCentralDir.startsWith(head));
}

QString PackageArchive::normalizedEntryName(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (name.startsWith(QLatin1String("./")))
        name.remove(0, 2);
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name;
}

PackageArchive::EndRecord PackageArchive::checkEndRecord(QIODevice& file, qint64 size)
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

PackageArchive::ListStatus PackageArchive::listEntries(QuaZip& zip, int maxEntries, QList<Entry>* out)
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

PackageArchive::ReadStatus PackageArchive::readEntry(QuaZip& zip, const Entry& entry, qint64 maxSize,
                                                     QByteArray* out)
{
    if (entry.isEncrypted())
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

} // namespace o365
