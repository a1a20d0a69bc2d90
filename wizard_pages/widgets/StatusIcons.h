#pragma once

#include "session/CheckResult.h"
#include "kb/StepState.h"

#include <QIcon>

namespace o365 {

// Icons and words for states: status is always shown as an icon plus text.
class StatusIcons
{
public:
    static QIcon forState(StepState state, bool running);
    static QString checkWord(CheckStatus status); // a symbol + word, e.g. "✔ Passed"
};

} // namespace o365
