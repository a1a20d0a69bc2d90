// HeadlessChecker::line (what --check prints) on arbitrary scope, step and message text (a PA
// error message, a pasted pear list excerpt). Invariants: one line per check, four tab-separated
// fields, and no control character or bidi override in it; escaping keeps every character.

#include "FuzzCommon.h"

#include "core/TerminalText.h"
#include "procedure/HeadlessChecker.h"
#include "session/CheckResult.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 16384)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    // The first two lines become the scope and the step id, the rest the message.
    const QString scope = text.section(QLatin1Char('\n'), 0, 0);
    o365::CheckResult r;
    r.stepId = text.section(QLatin1Char('\n'), 1, 1);
    r.message = text.section(QLatin1Char('\n'), 2);
    r.status = o365::CheckStatus(size % 6);
    const QString line = o365::HeadlessChecker::line(scope, r);
    FUZZ_ASSERT(!line.contains(QLatin1Char('\n')));
    FUZZ_ASSERT(!line.contains(QLatin1Char('\r')));
    FUZZ_ASSERT(line.count(QLatin1Char('\t')) == 3);
    FUZZ_ASSERT(o365::TerminalText::isSafe(QString(line).remove(QLatin1Char('\t'))));
    // Nothing is dropped: every character of the message is there or stands for its escape.
    const QString escaped = o365::TerminalText::escaped(r.message);
    FUZZ_ASSERT(line.endsWith(escaped));
    FUZZ_ASSERT(escaped.size() >= r.message.size());
    return 0;
}
