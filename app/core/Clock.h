#pragma once

#include <QDateTime>

namespace o365 {

// The source of "now" for everything that stamps a time (confirmations, check results,
// session timestamps). Tests replace it with a fixed or stepping clock.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const;

    // The process-wide wall clock (UTC with offset kept by QDateTime).
    static Clock* system();
};

// ISO 8601 with milliseconds and the UTC offset ("2026-11-24T14:03:07.120+01:00"), as every
// time in a session or report is written; empty for an invalid time.
QString isoTimestamp(const QDateTime& t);
QDateTime fromIsoTimestamp(const QString& text);

// A clock a test can set and advance.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime& start) : m_now(start) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace o365
