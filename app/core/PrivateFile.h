#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace o365
{

// Sessions, their logs and exported reports hold customer names, hosts, IIS output and the PA
// login: they are readable by their owner only (0600), and the sessions folder is 0700.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)
public:
    static constexpr QFileDevice::Permissions OwnerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    static constexpr QFileDevice::Permissions OwnerOnlyFolder =
        OwnerOnly | QFileDevice::ExeOwner | QFileDevice::ExeUser;

    // On the open file (a QSaveFile's temporary one too, so the file never exists with wider rights).
    static bool restrict(QFileDevice& file, QString* error);
    // Whether path may be written: it does not exist, or it is a regular file of this user and not a
    // symbolic link (a link planted at a predictable name would make the write land elsewhere).
    static bool checkTarget(const QString& path, QString* error);
    // A whole file, atomically and 0600: checkTarget(), a QSaveFile opened Unbuffered, restrict(),
    // then all bytes and commit. Qt's buffered write can take a short write (a full disk, a size
    // limit) as success and commit a truncated file; here a short write cancels, leaving the old
    // file, and the reason is the system's ("No space left on device"), not "Unknown error".
    struct WriteResult {
        enum class Stage { Written, Refused, Open, Write };
        Stage stage = Stage::Written;
        QString reason; // Refused: a whole sentence; Open / Write: the system's reason
        bool ok() const { return stage == Stage::Written; }
        // For a report file: the refusal as it is, else "Cannot write PATH: reason".
        QString message(const QString& path) const;
    };
    static WriteResult write(const QString& path, const QByteArray& bytes);
    // Creates the folder if needed and makes it 0700.
    static bool makeFolder(const QString& path, QString* error);
};

} // namespace o365
