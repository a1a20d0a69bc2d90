#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace o365
{

// The types docs/session-format.md gives every value of a session file. A value of another type
// would be read as empty and the next autosave would write over what it held (a recorded
// confirmation would vanish), so a file with one is refused, left as it is, naming the value.
class SessionSchema
{
    Q_DECLARE_TR_FUNCTIONS(SessionSchema)
public:
    // Empty when every leaf has its documented type; else what is wrong, with the value's path
    // ("records/gateway/gw1/gateway.1a/confirmed should be true or false, not a string").
    static QString check(const QJsonObject& session);
    // The first key that appears twice in one object of the JSON text ("fields/customer"): the
    // parser keeps only one of them, silently. Empty when there is none (or the text is not JSON).
    static QString duplicateKey(const QByteArray& json);
};

} // namespace o365
