#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace o365 {

class Session;

// Where sessions live on disk and how they are read and written. Writes are atomic
// (QSaveFile); a file that cannot be read is reported and left exactly as it is.
class SessionStore
{
    Q_DECLARE_TR_FUNCTIONS(SessionStore)
public:
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    explicit SessionStore(const QString& directory = defaultDirectory());
    static QString defaultDirectory(); // <AppDataLocation>/sessions

    QString directory() const { return m_directory; }
    QString pathFor(const Session& session) const; // a new, unique file name for a new session

    // Atomic write; returns false and sets *error (naming the file) on failure.
    static bool save(const Session& session, const QString& path, QString* error = nullptr);
    static QByteArray serialize(const Session& session);

    // Reads `path` into `session`. On failure `session` is unchanged and *error names the file
    // and says what to do. The file is never modified.
    static bool load(const QString& path, Session* session, QString* error = nullptr);

    struct Summary
    {
        QString path;
        QString customer;
        QString caseId;
        QString engineer;
        QDateTime createdAt;
        QDateTime updatedAt;
        QString lastPage;
        bool finished = false;
        bool training = false;
        QString error; // non-empty when the file could not be read
    };
    // Every session file in the directory, newest first; unreadable files are listed with `error`.
    QList<Summary> list() const;

private:
    QString m_directory;
};

} // namespace o365
