#pragma once

#include "report/ReportSigner.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace o365
{

class SecretStore;

// The engineer's Ed25519 report-signing key. The private key lives only in the SecretStore
// (the OS keychain) under "report-signing-key/<engineer>": loaded when there, created and
// stored on first use. Without a keychain (SecretStore::Error::Unavailable) signing is refused,
// never done with a key that would be lost or written to disk.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)
public:
    struct Result {
        ReportSigner signer;      // null when refused
        bool created = false;     // a new key was made and stored in this call
        bool unavailable = false; // no keychain: unsigned export only
        QString error;            // plain, says what to do; empty when ok
        bool ok() const { return !signer.isNull(); }
    };
    using Callback = std::function<void(const Result&)>;

    static QString secretKey(const QString& engineer);

    // Asynchronous: `done` runs later in `context`'s thread (not at all if `context` is gone).
    static void obtain(SecretStore* store, const QString& engineer, QObject* context, Callback done);
};

} // namespace o365
