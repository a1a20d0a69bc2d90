#pragma once

// The scripted run shared by crashresume_child (which applies it) and tst_crashresume (which checks
// what a killed child left on disk). Change k (1-based) touches one step record, always a new one,
// and sets the field progressField() to k, in the same change.

#include "session/Session.h"

#include <QString>

namespace crashresume
{

inline QString progressField()
{
    return QStringLiteral("crashresume.progress");
}

// Every change k is one of these, in turn.
enum class Kind { Confirm, Note, Override, Value };
inline Kind kindOf(int k)
{
    return static_cast<Kind>(k % 4);
}

inline QString scopeOf(int k)
{
    static const char* const scopes[] = {"start", "gateway/gw1", "dispatcher", "provisioning", "paapp", "features"};
    return QString::fromLatin1(scopes[k % 6]);
}
inline QString stepOf(int k)
{
    return QStringLiteral("script.%1").arg(k);
}

// Notes are long so that a save takes long enough to be killed in the middle of it.
inline QString noteOf(int k)
{
    return QStringLiteral("Note %1: ").arg(k) + QString(4000, QChar(u'a' + k % 26)) +
           QStringLiteral(" — end %1").arg(k);
}
inline QString overrideOf(int k)
{
    return QStringLiteral("Override %1: checked by hand with the customer.").arg(k);
}
inline QString valueOf(int k)
{
    return QStringLiteral("value-%1").arg(k);
}

// Real checks run every checkEvery changes, a report is exported every exportEvery.
constexpr int checkEvery = 5;
constexpr int exportEvery = 7;

inline void apply(o365::Session& session, int k)
{
    const QString scope = scopeOf(k);
    const QString step = stepOf(k);
    switch (kindOf(k)) {
    case Kind::Confirm:
        session.setConfirmed(scope, step, true);
        break;
    case Kind::Note:
        session.setNote(scope, step, noteOf(k));
        break;
    case Kind::Override:
        session.setOverride(scope, step, overrideOf(k));
        break;
    case Kind::Value:
        session.setValue(scope, step, QStringLiteral("input"), valueOf(k));
        break;
    }
    session.setField(progressField(), QString::number(k));
}

// Empty when change k is in `session` exactly as apply() made it; otherwise what is wrong.
inline QString verify(const o365::Session& session, int k)
{
    const o365::StepRecord r = session.record(scopeOf(k), stepOf(k));
    switch (kindOf(k)) {
    case Kind::Confirm:
        if (!r.confirmation.confirmed || r.confirmation.by.isEmpty() || !r.confirmation.at.isValid())
            return QStringLiteral("change %1: the confirmation (with who and when) is missing").arg(k);
        break;
    case Kind::Note:
        if (r.note != noteOf(k))
            return QStringLiteral("change %1: the note is missing or changed").arg(k);
        break;
    case Kind::Override:
        if (r.override_.justification != overrideOf(k) || r.override_.by.isEmpty())
            return QStringLiteral("change %1: the override is missing or changed").arg(k);
        break;
    case Kind::Value:
        if (r.values.value(QStringLiteral("input")) != valueOf(k))
            return QStringLiteral("change %1: the value is missing or changed").arg(k);
        break;
    }
    return {};
}

} // namespace crashresume
