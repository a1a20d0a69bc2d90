#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace o365 {

class Session;

// Writes the session to its file shortly after every change: the first change starts a
// short timer that later changes do not push back, so a save is never more than
// `delayMs` late however fast the engineer types. flush() saves at once (on close).
class AutoSaver : public QObject
{
    Q_OBJECT
public:
    AutoSaver(Session* session, const QString& path, int delayMs = 300, QObject* parent = nullptr);
    ~AutoSaver() override;

    QString path() const { return m_path; }
    int delayMs() const { return m_timer.interval(); }
    bool isPending() const { return m_timer.isActive(); }
    int saveCount() const { return m_saveCount; }
    QString lastError() const { return m_lastError; }

    bool flush(); // saves now if anything changed since the last save

Q_SIGNALS:
    void saved(const QString& path);
    void saveFailed(const QString& message);

private:
    void onChanged();

    QPointer<Session> m_session;
    QString m_path;
    QTimer m_timer;
    bool m_dirty = false;
    int m_saveCount = 0;
    QString m_lastError;
};

} // namespace o365
