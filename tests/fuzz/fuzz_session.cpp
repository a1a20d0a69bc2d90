// The session loader: the bytes as a session file through SessionStore::load (size limit, JSON
// parse, schema, SessionJson::load). Invariants: a refused file says why and is left byte for byte
// as it was; an accepted one saves and loads again to the same JSON (what autosave then resume does).

#include "FuzzCommon.h"

#include "session/Session.h"
#include "session/SessionJson.h"
#include "session/SessionStore.h"

#include <QFile>
#include <QJsonDocument>

using o365::Session;
using o365::SessionJson;
using o365::SessionStore;

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
        FUZZ_ASSERT(!error.isEmpty());
        FUZZ_ASSERT(SessionJson::toJson(session) == before); // a failed load changes nothing
        QFile file(path);
        FUZZ_ASSERT(file.open(QIODevice::ReadOnly));
        FUZZ_ASSERT(file.readAll() == QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    } else {
        FUZZ_ASSERT(SessionStore::save(session, again, &error));
        Session reloaded;
        FUZZ_ASSERT(SessionStore::load(again, &reloaded, &error));
        FUZZ_ASSERT(SessionJson::toJson(reloaded) == SessionJson::toJson(session));
    }
    QFile::remove(path);
    QFile::remove(again);
    return 0;
}
