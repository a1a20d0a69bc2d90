#pragma once

#include <QString>

namespace o365
{

// Text from outside (a report's fields, a PA error message, pasted `pear list` output) made safe
// to print: every C0 and C1 control character, DEL and the bidirectional overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) become visible escapes (\x1b, \t, \n, \u202e), so nothing printed
// can move the cursor, erase a line, ring, reorder text or start a line of its own. A backslash is
// doubled, so an escape in the input cannot pass for one the wizard wrote.
class TerminalText
{
public:
    static QString escaped(const QString& text);
    // True when `text` holds nothing escaped() would change except backslashes.
    static bool isSafe(const QString& text);
    static bool isUnsafe(char32_t c);
};

} // namespace o365
