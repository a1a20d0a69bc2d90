#include "Clock.h"

namespace o365 {

Clock::~Clock() = default;

QDateTime Clock::now() const { return QDateTime::currentDateTime(); }

QString isoTimestamp(const QDateTime& t)
{
    if (!t.isValid())
        return QString();
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QDateTime fromIsoTimestamp(const QString& text) { return QDateTime::fromString(text, Qt::ISODateWithMs); }

Clock* Clock::system()
{
    static Clock clock;
    return &clock;
}

} // namespace o365
