#include "TerminalText.h"

#include <QList>
#include <QStringView>

namespace o365
{

bool TerminalText::isUnsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString TerminalText::escaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (c == U'\\') {
            out += QLatin1String("\\\\");
        } else if (c == U'\t') {
            out += QLatin1String("\\t");
        } else if (c == U'\n') {
            out += QLatin1String("\\n");
        } else if (c == U'\r') {
            out += QLatin1String("\\r");
        } else if (c <= 0xff && isUnsafe(c)) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (isUnsafe(c)) {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

bool TerminalText::isSafe(const QString& text)
{
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (isUnsafe(c))
            return false;
    }
    return true;
}

} // namespace o365
