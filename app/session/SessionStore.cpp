#include "SessionStore.h"

#include "core/BoundedFile.h"
#include "core/PrivateFile.h"
#include "session/SessionJson.h"
#include "session/SessionSchema.h"

#include "session/Session.h"
#include "core/SessionLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>

#include <algorithm>

namespace o365 {

SessionStore::SessionStore(const QString& directory) : m_directory(directory) {}

QString SessionStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sessions");
}

QString SessionStore::pathFor(const Session& session) const
{
    const QString stamp = session.createdAt().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QStringLiteral("%1/session-%2-%3").arg(m_directory, stamp, session.id().left(8));
    QString path = base + QStringLiteral(".json");
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = QStringLiteral("%1-%2.json").arg(base).arg(i);
    return path;
}

QByteArray SessionStore::serialize(const Session& session)
{
    return QJsonDocument(SessionJson::toJson(session)).toJson(QJsonDocument::Indented);
}

bool SessionStore::save(const Session& session, const QString& path, QString* error)
{
    const QFileInfo info(path);
    // The sessions folder, and a folder created for a session, are the owner's only; a folder the
    // user chose that exists already keeps its rights (the file itself is 0600 either way).
    const QString folder = info.absolutePath();
    const bool ours = !QFileInfo::exists(folder) ||
                      QFileInfo(folder).canonicalFilePath() == QFileInfo(defaultDirectory()).canonicalFilePath();
    if (ours ? !PrivateFile::makeFolder(folder, nullptr) : !QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder %1 for the session. Check that it is writable.")
                         .arg(info.absolutePath());
        return false;
    }
    const PrivateFile::WriteResult w = PrivateFile::write(path, serialize(session));
    if (error) {
        switch (w.stage) {
        case PrivateFile::WriteResult::Stage::Written:
            break;
        case PrivateFile::WriteResult::Stage::Refused:
            *error = w.reason;
            break;
        case PrivateFile::WriteResult::Stage::Open:
            *error = tr("Cannot write the session file %1: %2").arg(path, w.reason);
            break;
        case PrivateFile::WriteResult::Stage::Write:
            *error = tr("Saving the session file %1 failed: %2. Your work is still in memory; free disk space "
                        "and it will be saved on the next change.")
                         .arg(path, w.reason);
            break;
        }
    }
    return w.ok();
}

bool SessionStore::load(const QString& path, Session* session, QString* error)
{
    auto fail = [&](const QString& message) {
        qCWarning(lcSession).noquote() << message;
        if (error)
            *error = message;
        return false;
    };
    // A regular file of at most MaxFileSize: a device or a FIFO named as the session is refused.
    const BoundedFile::Result file = BoundedFile::read(path, MaxFileSize);
    switch (file.error) {
    case BoundedFile::Error::None:
        break;
    case BoundedFile::Error::Missing:
        return fail(tr("The session file %1 does not exist.").arg(path));
    case BoundedFile::Error::TooLarge:
        return fail(tr("The session file %1 is %2 MB, far larger than any session; it was not opened and is left "
                       "as it is.")
                        .arg(path)
                        .arg(qMax(file.size, MaxFileSize + 1) / (1024 * 1024)));
    case BoundedFile::Error::NotRegular:
    case BoundedFile::Error::Unreadable:
        return fail(tr("Cannot read the session file %1: %2").arg(path, file.message));
    }
    const QByteArray bytes = file.bytes;
    if (bytes.trimmed().isEmpty())
        return fail(tr("The session file %1 is empty. It was left as it is; start a new session or resume another.")
                        .arg(path));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("The session file %1 is damaged (%2 at byte %3). It was left as it is, so nothing in it is "
                       "lost; start a new session, and keep the file for support.")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset));
    const QString duplicate = SessionSchema::duplicateKey(bytes);
    if (!duplicate.isEmpty())
        return fail(tr("Cannot open the session file %1: \"%2\" appears twice, and only one of them could be kept. "
                       "The file was left as it is.")
                        .arg(path, duplicate));
    Session probe;
    const SessionJson::LoadResult r = SessionJson::load(doc.object(), &probe);
    if (r.error != SessionJson::LoadError::None)
        return fail(tr("Cannot open the session file %1: %2 The file was left as it is.").arg(path, r.message));
    SessionJson::load(doc.object(), session);
    return true;
}

QList<SessionStore::Summary> SessionStore::list() const
{
    QList<Summary> out;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& fi : files) {
        Summary s;
        s.path = fi.absoluteFilePath();
        Session session;
        QString error;
        if (!load(s.path, &session, &error)) {
            s.error = error;
            s.updatedAt = fi.lastModified();
        } else {
            s.customer = session.field(Session::fieldCustomer());
            s.caseId = session.field(Session::fieldCase());
            s.engineer = session.field(Session::fieldEngineer());
            s.createdAt = session.createdAt();
            s.updatedAt = session.updatedAt();
            s.lastPage = session.lastPage();
            s.finished = session.isFinished();
            s.training = session.isTraining();
        }
        out.append(s);
    }
    std::stable_sort(out.begin(), out.end(), [](const Summary& a, const Summary& b) { return a.updatedAt > b.updatedAt; });
    return out;
}

} // namespace o365
