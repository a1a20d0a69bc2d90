#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace o365 {

class Session;

// The end of a training session: which faults the scenario had, and what the trainee did at each
// failed check — stopped there, or overrode it (with the reason written).
class TrainingSummary
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSummary)
public:
    struct Finding {
        QString scope;
        QString stepId;
        QString message; // the failed check's message
        bool overridden = false;
        QString justification;
        bool blocking = true; // false: an advisory check
    };

    static QStringList faults(const Session& session);
    static QList<Finding> findings(const Session& session);
    static QString toHtml(const Session& session); // empty for a session that is not a training one
};

} // namespace o365
