#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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

bool PrivateFile::checkTarget(const QString& path, QString* error)
{
    const QFileInfo info(path);
    QString problem;
    if (info.isSymLink())
        problem = tr("%1 is a symbolic link (to %2); the wizard does not write through links. Remove the link or "
                     "choose another name.")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.symLinkTarget()));
    else if (!info.exists())
        return true;
    else if (!info.isFile())
        problem = tr("%1 exists and is not a regular file. Choose another name.").arg(QDir::toNativeSeparators(path));
#ifdef Q_OS_UNIX
    else if (info.ownerId() != uint(::geteuid()))
        problem = tr("%1 belongs to another user (%2); the wizard writes only over its user's own files. Choose "
                     "another name.")
                      .arg(QDir::toNativeSeparators(path), info.owner());
#endif
    else
        return true;
    if (error)
        *error = problem;
    return false;
}

PrivateFile::WriteResult PrivateFile::write(const QString& path, const QByteArray& bytes)
{
    WriteResult r;
    if (!checkTarget(path, &r.reason)) {
        r.stage = WriteResult::Stage::Refused;
        return r;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        r.stage = WriteResult::Stage::Open;
        r.reason = file.errorString();
        return r;
    }
    if (!restrict(file, &r.reason)) {
        file.cancelWriting();
        r.stage = WriteResult::Stage::Refused;
        return r;
    }
    errno = 0;
    const qint64 written = file.write(bytes);
    const int writeErrno = errno;
    if (written == bytes.size() && file.commit())
        return r;
    const int err = writeErrno ? writeErrno : errno;
    file.cancelWriting();
    const QString qtReason = file.errorString();
    r.stage = WriteResult::Stage::Write;
    r.reason = err != 0 ? QString::fromLocal8Bit(strerror(err))
               : qtReason.isEmpty() || qtReason == QLatin1String("Unknown error")
                   ? tr("only %1 of %2 bytes were written").arg(qMax<qint64>(written, 0)).arg(bytes.size())
                   : qtReason;
    return r;
}

QString PrivateFile::WriteResult::message(const QString& path) const
{
    return stage == Stage::Refused ? reason : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
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
