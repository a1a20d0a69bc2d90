#include "SessionSchema.h"

#include "core/Clock.h"
#include "session/CheckResult.h"
#include "session/Session.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

namespace o365
{

namespace
{

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return SessionSchema::tr("null");
    case QJsonValue::Bool: return SessionSchema::tr("true or false");
    case QJsonValue::Double: return SessionSchema::tr("a number");
    case QJsonValue::String: return SessionSchema::tr("a string");
    case QJsonValue::Array: return SessionSchema::tr("a list");
    case QJsonValue::Object: return SessionSchema::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return SessionSchema::tr("missing");
}

// Walks one object and records the first problem; every check is "absent is fine, present must
// have the type" unless `required`.
class Walker
{
public:
    QString problem;

    bool ok() const { return problem.isEmpty(); }

    void fail(const QString& path, const QString& expected, const QJsonValue& got)
    {
        if (problem.isEmpty())
            problem = SessionSchema::tr("\"%1\" should be %2, not %3.").arg(path, expected, typeName(got));
    }
    void string(const QJsonObject& o, const QString& path, const char* key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if ((required || !v.isUndefined()) && !v.isString())
            fail(join(path, key), SessionSchema::tr("a string"), v);
    }
    void boolean(const QJsonObject& o, const QString& path, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            fail(join(path, key), SessionSchema::tr("true or false"), v);
    }
    void integer(const QJsonObject& o, const QString& path, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() != double(v.toInteger())))
            fail(join(path, key), SessionSchema::tr("a whole number"), v);
    }
    void date(const QJsonObject& o, const QString& path, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isString() && v.toString().isEmpty()))
            return;
        if (!v.isString() || !fromIsoTimestamp(v.toString()).isValid())
            fail(join(path, key), SessionSchema::tr("an ISO 8601 time such as 2026-11-24T10:00:00.000+01:00"),
                 v.isString() ? QJsonValue(QStringLiteral("\"%1\"").arg(v.toString().left(40))) : v);
    }
    // An object whose members the format fixes: a member it does not name (a typo such as
    // "confimred", or a newer wizard's member of the same schema) would be dropped on the next
    // autosave, so it is a problem too.
    void onlyKeys(const QJsonObject& o, const QString& path, std::initializer_list<const char*> known)
    {
        for (auto it = o.begin(); it != o.end() && ok(); ++it) {
            const QString key = it.key();
            if (std::none_of(known.begin(), known.end(), [&key](const char* k) { return key == QLatin1String(k); }))
                problem = SessionSchema::tr("\"%1\" is not part of a session file (a typo, or written by another "
                                            "version of the wizard); it would be lost on the next save.")
                              .arg(path.isEmpty() ? key : path + QLatin1Char('/') + key);
        }
    }
    // A string from a fixed list (absent is fine).
    void oneOf(const QJsonObject& o, const QString& path, const char* key, std::initializer_list<const char*> allowed)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const QString text = v.toString();
        if (!v.isString() ||
            std::none_of(allowed.begin(), allowed.end(), [&text](const char* a) { return text == QLatin1String(a); })) {
            QStringList names;
            for (const char* a : allowed)
                names << QString::fromLatin1(a);
            fail(join(path, key), names.join(SessionSchema::tr(" or ")), v);
        }
    }
    // Host names are kept in lower case: two spellings of one host would become one entry.
    void lowerCaseKeys(const QJsonObject& o, const QString& path)
    {
        for (auto it = o.begin(); it != o.end() && ok(); ++it)
            if (it.key() != it.key().toLower())
                problem = SessionSchema::tr("\"%1/%2\": host names are written in lower case in a session file.")
                              .arg(path, it.key());
    }
    // An object; each value checked by `each`.
    template<typename Each>
    void objectOf(const QJsonObject& o, const QString& path, const char* key, Each each)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isObject())
            return fail(join(path, key), SessionSchema::tr("an object"), v);
        const QJsonObject inner = v.toObject();
        for (auto it = inner.begin(); it != inner.end() && ok(); ++it)
            each(join(path, key) + QLatin1Char('/') + it.key(), it.value());
    }
    void stringValue(const QString& path, const QJsonValue& v)
    {
        if (!v.isString())
            fail(path, SessionSchema::tr("a string"), v);
    }
    bool objectValue(const QString& path, const QJsonValue& v)
    {
        if (v.isObject())
            return true;
        fail(path, SessionSchema::tr("an object"), v);
        return false;
    }

    static QString join(const QString& path, const char* key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('/') + QLatin1String(key);
    }
};

void checkResult(Walker& w, const QString& path, const QJsonValue& value)
{
    if (!w.objectValue(path, value))
        return;
    const QJsonObject o = value.toObject();
    w.onlyKeys(o, path,
               {"checkId", "stepId", "status", "severity", "phase", "message", "detail", "evidence", "startedAt",
                "durationMs"});
    for (const char* key : {"checkId", "stepId", "message", "detail"})
        w.string(o, path, key);
    const QString status = o.value(QStringLiteral("status")).toString();
    if (!o.value(QStringLiteral("status")).isString() || toString(checkStatusFromString(status)) != status)
        w.fail(path + QStringLiteral("/status"), SessionSchema::tr("passed, warning, failed, skipped or error"),
               o.value(QStringLiteral("status")));
    w.oneOf(o, path, "severity", {"blocking", "advisory"});
    w.oneOf(o, path, "phase", {"before", "after"});
    const QJsonValue evidence = o.value(QStringLiteral("evidence"));
    if (!evidence.isUndefined() && !evidence.isObject())
        w.fail(path + QStringLiteral("/evidence"), SessionSchema::tr("an object"), evidence);
    w.date(o, path, "startedAt");
    w.integer(o, path, "durationMs");
}

void stepRecord(Walker& w, const QString& path, const QJsonValue& value)
{
    if (!w.objectValue(path, value))
        return;
    const QJsonObject o = value.toObject();
    w.onlyKeys(o, path, {"confirmed", "confirmedBy", "confirmedAt", "note", "values", "override", "checks"});
    w.boolean(o, path, "confirmed");
    w.string(o, path, "confirmedBy");
    w.date(o, path, "confirmedAt");
    // Who and when belong to a confirmation: without "confirmed": true they would be dropped.
    if (w.ok() && !o.value(QStringLiteral("confirmed")).toBool() &&
        (o.contains(QStringLiteral("confirmedBy")) || o.contains(QStringLiteral("confirmedAt"))))
        w.problem = SessionSchema::tr("\"%1\" names who confirmed it and when, but is not \"confirmed\": true. To "
                                      "undo a confirmation, remove confirmedBy and confirmedAt as well.")
                        .arg(path);
    w.string(o, path, "note");
    w.objectOf(o, path, "values", [&w](const QString& p, const QJsonValue& v) { w.stringValue(p, v); });
    const QJsonValue ov = o.value(QStringLiteral("override"));
    if (!ov.isUndefined() && w.objectValue(path + QStringLiteral("/override"), ov)) {
        const QString op = path + QStringLiteral("/override");
        w.onlyKeys(ov.toObject(), op, {"justification", "by", "at"});
        w.string(ov.toObject(), op, "justification");
        w.string(ov.toObject(), op, "by");
        w.date(ov.toObject(), op, "at");
        if (w.ok() && ov.toObject().value(QStringLiteral("justification")).toString().trimmed().isEmpty())
            w.problem = SessionSchema::tr("\"%1/justification\": an override needs its justification; without "
                                          "one it would be dropped.")
                            .arg(op);
    }
    const QJsonValue checks = o.value(QStringLiteral("checks"));
    if (checks.isUndefined())
        return;
    if (!checks.isArray())
        return w.fail(path + QStringLiteral("/checks"), SessionSchema::tr("a list"), checks);
    const QJsonArray list = checks.toArray();
    for (qsizetype i = 0; i < list.size() && w.ok(); ++i)
        checkResult(w, path + QStringLiteral("/checks/%1").arg(i), list.at(i));
}

} // namespace

QString SessionSchema::check(const QJsonObject& o)
{
    Walker w;
    w.onlyKeys(o, {},
               {"format", "schema", "id", "createdAt", "updatedAt", "training", "finished", "lastPage", "fields",
                "gatewayApplications", "skippedStages", "certificateExceptions", "plainHttpAcknowledgements",
                "records"});
    for (const char* key : {"format", "id", "lastPage"})
        w.string(o, {}, key);
    w.integer(o, {}, "schema");
    w.date(o, {}, "createdAt");
    w.date(o, {}, "updatedAt");
    w.boolean(o, {}, "training");
    w.boolean(o, {}, "finished");
    w.objectOf(o, {}, "fields", [&w](const QString& p, const QJsonValue& v) { w.stringValue(p, v); });

    const QJsonValue gateways = o.value(QStringLiteral("gatewayApplications"));
    if (!gateways.isArray()) {
        w.fail(QStringLiteral("gatewayApplications"), tr("a list"), gateways);
    } else {
        QSet<QString> ids;
        const QJsonArray list = gateways.toArray();
        if (list.size() > Session::MaxGatewayApplications)
            w.problem = tr("\"gatewayApplications\" lists %1 gateway applications; a session holds at most %2 "
                           "(split the installation into several sessions).")
                            .arg(list.size())
                            .arg(Session::MaxGatewayApplications);
        for (qsizetype i = 0; i < list.size() && w.ok(); ++i) {
            const QString path = QStringLiteral("gatewayApplications/%1").arg(i);
            if (!w.objectValue(path, list.at(i)))
                break;
            const QJsonObject g = list.at(i).toObject();
            w.onlyKeys(g, path, {"id", "label"});
            w.string(g, path, "id", true);
            w.string(g, path, "label");
            const QString id = g.value(QStringLiteral("id")).toString();
            if (w.ok() && ids.contains(id))
                w.problem = tr("\"%1/id\": the gateway application id \"%2\" appears twice.").arg(path, id);
            ids.insert(id);
        }
    }
    w.objectOf(o, {}, "skippedStages", [&w](const QString& p, const QJsonValue& v) {
        if (!w.objectValue(p, v))
            return;
        w.onlyKeys(v.toObject(), p, {"reason", "at"});
        w.string(v.toObject(), p, "reason");
        w.date(v.toObject(), p, "at");
    });
    w.objectOf(o, {}, "certificateExceptions", [&w](const QString& p, const QJsonValue& v) {
        if (!w.objectValue(p, v))
            return;
        const QJsonObject c = v.toObject();
        w.onlyKeys(c, p, {"sha256", "subject", "problems", "by", "at"});
        for (const char* key : {"sha256", "subject", "by"})
            w.string(c, p, key);
        w.date(c, p, "at");
        const QJsonValue problems = c.value(QStringLiteral("problems"));
        if (problems.isUndefined())
            return;
        if (!problems.isArray())
            return w.fail(p + QStringLiteral("/problems"), tr("a list"), problems);
        const QJsonArray list = problems.toArray();
        for (qsizetype i = 0; i < list.size() && w.ok(); ++i)
            w.stringValue(p + QStringLiteral("/problems/%1").arg(i), list.at(i));
    });
    w.objectOf(o, {}, "plainHttpAcknowledgements", [&w](const QString& p, const QJsonValue& v) {
        if (!w.objectValue(p, v))
            return;
        w.onlyKeys(v.toObject(), p, {"by", "at"});
        w.string(v.toObject(), p, "by");
        w.date(v.toObject(), p, "at");
    });
    w.lowerCaseKeys(o.value(QStringLiteral("certificateExceptions")).toObject(), QStringLiteral("certificateExceptions"));
    w.lowerCaseKeys(o.value(QStringLiteral("plainHttpAcknowledgements")).toObject(),
                    QStringLiteral("plainHttpAcknowledgements"));
    w.objectOf(o, {}, "records", [&w](const QString& scopePath, const QJsonValue& scope) {
        if (!w.objectValue(scopePath, scope))
            return;
        const QJsonObject steps = scope.toObject();
        for (auto it = steps.begin(); it != steps.end() && w.ok(); ++it)
            stepRecord(w, scopePath + QLatin1Char('/') + it.key(), it.value());
    });
    return w.problem;
}

QString SessionSchema::duplicateKey(const QByteArray& json)
{
    // A small scanner over the JSON text: strings (with escapes), and a stack of the keys seen in
    // each open object. Enough to find repeats; parsing itself is QJsonDocument's.
    struct Frame {
        bool object = false;
        QString path;
        QSet<QString> keys;
        bool expectKey = false;
    };
    QList<Frame> stack;
    QString lastString;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json.at(i);
        if (c == '"') {
            QByteArray raw;
            for (++i; i < n && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\' && i + 1 < n)
                    raw += json.at(i++);
                raw += json.at(i);
            }
            // Decode escapes the way the parser does, so "a" and "\u0061" are the same key.
            if (raw.contains('\\')) {
                const QJsonDocument one = QJsonDocument::fromJson("[\"" + raw + "\"]");
                lastString = one.isArray() ? one.array().at(0).toString() : QString::fromUtf8(raw);
            } else {
                lastString = QString::fromUtf8(raw);
            }
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                Frame& f = stack.last();
                f.expectKey = false;
                if (f.keys.contains(lastString))
                    return f.path.isEmpty() ? lastString : f.path + QLatin1Char('/') + lastString;
                f.keys.insert(lastString);
            }
        } else if (c == '{' || c == '[') {
            QString path;
            if (!stack.isEmpty()) {
                const Frame& parent = stack.last();
                const QString part = parent.object ? lastString : QStringLiteral("[]");
                path = parent.path.isEmpty() ? part : parent.path + QLatin1Char('/') + part;
            }
            stack.append({c == '{', path, {}, c == '{'});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',' && !stack.isEmpty() && stack.last().object) {
            stack.last().expectKey = true;
        }
    }
    return {};
}

} // namespace o365
