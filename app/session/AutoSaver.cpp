#include "AutoSaver.h"

#include "session/Session.h"
#include "session/SessionStore.h"
#include "core/SessionLog.h"

namespace o365 {

AutoSaver::AutoSaver(Session* session, const QString& path, int delayMs, QObject* parent)
    : QObject(parent), m_session(session), m_path(path)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoSaver::flush);
    connect(session, &Session::changed, this, &AutoSaver::onChanged);
}

AutoSaver::~AutoSaver() { flush(); }

void AutoSaver::onChanged()
{
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

bool AutoSaver::flush()
{
    m_timer.stop();
    if (!m_dirty || !m_session)
        return true;
    QString error;
    if (!SessionStore::save(*m_session, m_path, &error)) {
        m_lastError = error;
        qCWarning(lcSession).noquote() << error;
        Q_EMIT saveFailed(error);
        return false;
    }
    m_dirty = false;
    m_lastError.clear();
    ++m_saveCount;
    Q_EMIT saved(m_path);
    return true;
}

} // namespace o365
