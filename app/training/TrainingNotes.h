#pragma once

#include <QString>
#include <QStringList>

namespace o365 {

// Why the KB asks for each step: short explanations shown to trainees in training mode.
// The texts live in TrainingNotes.cpp as QT_TRANSLATE_NOOP("Training", ...) and are translated
// when asked for, so a change of language shows at once.
class TrainingNotes
{
public:
    // The translated explanation for a step id (empty when there is none).
    static QString why(const QString& stepId);
    // Step ids that have an explanation (for tests).
    static QStringList stepIds();
};

} // namespace o365
