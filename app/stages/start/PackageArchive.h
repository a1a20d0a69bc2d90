#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;
class QuaZip;

namespace o365
{

// The ZIP reading PackageInspector needs, on top of QuaZip: the signatures, whether the end record
// is where the file ends, the table of contents under a limit, and one entry decompressed into
// memory under a limit. Nothing here knows what an Office 365 package holds.
class PackageArchive
{
public:
    struct Entry {
        QString name;       // as stored
        QString normalized; // '/' separators, no leading "./" or "/"
        quint64 uncompressedSize = 0;
        quint16 flags = 0;
        int index = 0;

        bool isDir() const;
        int depth() const;
        QString baseName() const;
        bool isEncrypted() const;
    };

    // Where the end-of-central-directory record (the last thing in a ZIP archive) says the file ends.
    enum class EndRecord { Complete, Cut, Unknown };
    enum class ListStatus { Ok, TooMany, Damaged };
    enum class ReadStatus { Ok, TooLarge, Encrypted, Damaged };

    static bool startsLikeZip(const QByteArray& head);
    // Starts with the end record: a ZIP archive without any file (minizip cannot open it).
    static bool startsWithEndRecord(const QByteArray& head);
    // A file of 1–3 bytes that could be the start of a ZIP archive: cut short, not "not a zip".
    static bool isCutZipSignature(const QByteArray& head);
    static QString normalizedEntryName(QString name);

    static EndRecord checkEndRecord(QIODevice& file, qint64 size);
    static ListStatus listEntries(QuaZip& zip, int maxEntries, QList<Entry>* out);
    // Decompresses one entry into memory, never more than maxSize bytes (the declared size is checked
    // first, the actual size while reading). Walks to the entry by index, so long names work too.
    static ReadStatus readEntry(QuaZip& zip, const Entry& entry, qint64 maxSize, QByteArray* out);
};

} // namespace o365
