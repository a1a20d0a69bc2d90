#include "Version.h"

#include <QRegularExpression>

namespace o365 {

Version Version::parse(const QString& text)
{
    Version v;
    const QString t = text.trimmed();
    static const QRegularExpression re(QStringLiteral("^[vV]?(\\d{1,9}(?:\\.\\d{1,9})*)(?:-(\\d{1,9}))?(?:[-+ ].*)?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return v;
    for (const QString& part : m.captured(1).split(QLatin1Char('.')))
        v.m_parts.append(part.toInt());
    if (m.capturedLength(2) > 0)
        v.m_release = m.captured(2).toInt();
    v.m_text = t;
    return v;
}

int Version::compare(const Version& a, const Version& b)
{
    const int n = std::max(a.m_parts.size(), b.m_parts.size());
    for (int i = 0; i < n; ++i) {
        const int x = i < a.m_parts.size() ? a.m_parts.at(i) : 0;
        const int y = i < b.m_parts.size() ? b.m_parts.at(i) : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    if (a.m_release >= 0 && b.m_release >= 0 && a.m_release != b.m_release)
        return a.m_release < b.m_release ? -1 : 1;
    return 0;
}

} // namespace o365
