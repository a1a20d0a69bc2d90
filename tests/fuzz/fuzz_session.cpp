// The session loader: the bytes as a session file through SessionStore::load (size limit, JSON
// parse, schema, SessionJson::load). Invariants: a refused file says why and is left byte for byte
// as it was; an accepted one keeps every leaf of the input (path and value: nothing is dropped or
// changed on the way in) and saves and loads again to the same JSON (what autosave then resume does).

#include "FuzzCommon.h"

#include "core/Clock.h"
#include "session/Session.h"
#include "session/SessionJson.h"
#include "session/SessionStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using o365::Session;
using o365::SessionJson;
using o365::SessionStore;

namespace
{

// Every leaf of a JSON value (a scalar, an empty object or an empty list) under its path.
void leaves(const QJsonValue& v, const QString& path, QMap<QString, QJsonValue>* out)
{
    if (v.isObject() && !v.toObject().isEmpty()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            leaves(it.value(), path + QLatin1Char('/') + it.key(), out);
    } else if (v.isArray() && !v.toArray().isEmpty()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            leaves(a.at(i), path + QLatin1Char('/') + QString::number(i), out);
    } else {
        out->insert(path, v);
    }
}

// The same leaf: equal, or the same instant written two ways ("…Z" and "….000+00:00").
bool sameLeaf(const QJsonValue& a, const QJsonValue& b)
{
    if (a == b)
        return true;
    if (!a.isString() || !b.isString())
        return false;
    const QDateTime ta = o365::fromIsoTimestamp(a.toString()), tb = o365::fromIsoTimestamp(b.toString());
    return ta.isValid() && ta == tb;
}

// A default the file need not hold: false, "", 0, [], {}.
bool isDefault(const QJsonValue& v)
{
    return (v.isBool() && !v.toBool()) || (v.isString() && v.toString().isEmpty()) ||
           (v.isDouble() && v.toDouble() == 0) || (v.isArray() && v.toArray().isEmpty()) ||
           (v.isObject() && v.toObject().isEmpty());
}

void assertEveryLeafKept(const QJsonObject& input, const QJsonObject& kept)
{
    QMap<QString, QJsonValue> in, out;
    leaves(input, {}, &in);
    leaves(kept, {}, &out);
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString& path = it.key();
        // Documented exceptions (docs/session-format.md): an older schema is read and written as
        // the current one; the Callbacks-Dispatcher skip follows the topology.
        if (path == QLatin1String("/schema") || path.startsWith(QLatin1String("/skippedStages/dispatcher")))
            continue;
        const bool keptHere = out.contains(path) ? sameLeaf(it.value(), out.value(path)) : isDefault(it.value());
        if (!keptHere) {
            fprintf(stderr, "leaf %s: %s in the file, %s after loading\n", qPrintable(path),
                    QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact).constData(),
                    out.contains(path)
                        ? QJsonDocument(QJsonArray{out.value(path)}).toJson(QJsonDocument::Compact).constData()
                        : "absent");
            FUZZ_ASSERT(!"a leaf of the session file was dropped or changed on load");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    static const QString path = fuzz::scratchFile(QStringLiteral("session.json"));
    static const QString again = fuzz::scratchFile(QStringLiteral("session-again.json"));
    FUZZ_ASSERT(fuzz::writeScratch(path, data, size));

    Session session;
    const QJsonObject before = SessionJson::toJson(session);
    QString error;
    if (!SessionStore::load(path, &session, &error)) {
        fuzz::trace(error);
        FUZZ_ASSERT(!error.isEmpty());
        FUZZ_ASSERT(SessionJson::toJson(session) == before); // a failed load changes nothing
        QFile file(path);
        FUZZ_ASSERT(file.open(QIODevice::ReadOnly));
        FUZZ_ASSERT(file.readAll() == QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    } else {
        assertEveryLeafKept(QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))).object(),
                            SessionJson::toJson(session));
        FUZZ_ASSERT(SessionStore::save(session, again, &error));
        Session reloaded;
        FUZZ_ASSERT(SessionStore::load(again, &reloaded, &error));
        FUZZ_ASSERT(SessionJson::toJson(reloaded) == SessionJson::toJson(session));
    }
    QFile::remove(path);
    QFile::remove(again);
    return 0;
}
