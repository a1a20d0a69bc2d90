#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace o365 {

class Session;
struct StepRecord;

// A session's file form: the JSON the AutoSaver writes and a resume reads. Reading is strict
// about form — a part of the wrong type refuses the whole file, so that the next autosave
// cannot write over what it held — and lenient about content the wizard can judge later.
class SessionJson
{
    Q_DECLARE_TR_FUNCTIONS(SessionJson)
public:
    static constexpr int SchemaVersion = 1;
    static QString formatName() { return QStringLiteral("o365-upgrade-wizard/session"); }

    static QJsonObject toJson(const Session& session);

    enum class LoadError { None, NotJson, NotASession, NewerSchema, Invalid };
    struct LoadResult
    {
        LoadError error = LoadError::None;
        QString message;
    };
    // Replaces the session's content with `o`; on error nothing is changed.
    static LoadResult load(const QJsonObject& o, Session* session);

    static QJsonObject recordToJson(const StepRecord& record);
    static StepRecord recordFromJson(const QJsonObject& o);
};

} // namespace o365
