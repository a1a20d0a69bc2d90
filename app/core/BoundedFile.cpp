#include "BoundedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace o365
{

namespace
{

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

} // namespace

BoundedFile::Result BoundedFile::read(const QString& path, qint64 maxSize)
{
    Result r;
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&r](Error error, const QString& message) {
        r.error = error;
        r.message = message;
        r.bytes.clear();
        return r;
    };
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return fail(Error::Missing, tr("There is no file at %1.").arg(shown));
        return fail(Error::Unreadable, tr("Cannot open %1: %2.").arg(shown, QString::fromLocal8Bit(std::strerror(err))));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const bool folder = S_ISDIR(st.st_mode);
        ::close(fd);
        return fail(Error::NotRegular,
                    folder ? tr("%1 is a folder, not a file. Choose the file itself.").arg(shown)
                           : tr("%1 is not a regular file (it is a device, a pipe or a socket), so it was not read. "
                                "Choose the file itself, or copy it to a regular file first.")
                                 .arg(shown));
    }
    r.size = qint64(st.st_size);
    if (r.size > maxSize) {
        ::close(fd);
        return fail(Error::TooLarge, tr("%1 is %2 MB, larger than the %3 MB such a file can be; it was not read.")
                                         .arg(shown, megabytes(st.st_size), megabytes(maxSize)));
    }
    // A regular file: back to blocking reads.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(Error::Unreadable, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    }
    // QIODevice::read(n) allocates n bytes up front: ask for what fstat saw (plus one byte, to notice
    // growth), then in small chunks while the file keeps growing — never the whole limit at once.
    qint64 chunk = qMin(r.size, maxSize) + 1;
    for (;;) {
        const QByteArray part = file.read(qMin(chunk, maxSize + 1 - r.bytes.size()));
        if (part.isEmpty())
            break;
        r.bytes += part;
        if (r.bytes.size() > maxSize)
            break;
        chunk = 64 * 1024;
    }
    if (r.bytes.size() > maxSize) // it grew while being read
        return fail(Error::TooLarge, tr("%1 is larger than the %2 MB such a file can be; it was not read.")
                                         .arg(shown, megabytes(maxSize)));
    if (file.error() != QFileDevice::NoError)
        return fail(Error::Unreadable, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    return r;
}

} // namespace o365
