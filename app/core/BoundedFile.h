#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace o365
{

// Reads a whole file that came from outside (a session, a report, its signature files, a keyring,
// a training scenario, a CA file) without trusting its name: links are followed, but what they
// lead to must be a regular file — a device (/dev/zero), a FIFO, a socket or a folder is refused
// before anything is read, and never blocks — and at most maxSize bytes are read (one more to
// tell that it is larger), whatever the file claims its size is.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)
public:
    enum class Error { None, Missing, NotRegular, Unreadable, TooLarge };
    struct Result {
        Error error = Error::None;
        QString message; // names the file and says what to do; empty when read
        QByteArray bytes;
        qint64 size = -1; // the file's size as the system gives it; -1 when not known
        bool ok() const { return error == Error::None; }
    };

    static Result read(const QString& path, qint64 maxSize);
};

} // namespace o365
