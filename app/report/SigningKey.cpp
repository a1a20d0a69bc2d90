#include "SigningKey.h"

#include "net/SecretStore.h"

#include <QMetaObject>
#include <QPointer>

namespace o365
{

namespace
{

QString refusedMessage(const QString& why)
{
    return SigningKey::tr("Signing refused: no keychain is available to keep the private signing key (%1). The report "
                          "can still be exported unsigned; it will say \"not signed\". Unlock or start the system "
                          "keychain (Secret Service) and export again to sign it.")
        .arg(why);
}

} // namespace

QString SigningKey::secretKey(const QString& engineer)
{
    return QStringLiteral("report-signing-key/") + engineer.trimmed();
}

void SigningKey::obtain(SecretStore* store, const QString& engineer, QObject* context, Callback done)
{
    auto finish = [context, done](const Result& r) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context,
            [guard, done, r] {
                if (guard)
                    done(r);
            },
            Qt::QueuedConnection);
    };
    if (!store) {
        Result r;
        r.unavailable = true;
        r.error = refusedMessage(tr("this run has no keychain"));
        finish(r);
        return;
    }
    if (engineer.trimmed().isEmpty()) {
        Result r;
        r.error = tr("Signing refused: the session names no engineer. Enter the engineer on the Start page.");
        finish(r);
        return;
    }
    const QString key = secretKey(engineer);
    store->read(key, context, [store, key, context, done](const SecretStore::Result& read) {
        Result r;
        if (read.ok()) {
            QString error;
            r.signer = ReportSigner::fromPrivateKeyPem(read.secret, &error);
            if (r.signer.isNull())
                r.error = tr("Signing refused: the signing key stored in the keychain under \"%1\" cannot be read "
                             "(%2). Remove it from the keychain to have a new one created.")
                              .arg(key, error);
            done(r);
            return;
        }
        if (read.error == SecretStore::Error::Unavailable) {
            r.unavailable = true;
            r.error = refusedMessage(read.message);
            done(r);
            return;
        }
        if (read.error != SecretStore::Error::NotFound) {
            r.error = tr("Signing refused: the keychain could not be read (%1).").arg(read.message);
            done(r);
            return;
        }
        const ReportSigner created = ReportSigner::generate();
        if (created.isNull()) {
            r.error = tr("Signing refused: OpenSSL could not create an Ed25519 key.");
            done(r);
            return;
        }
        store->write(key, created.privateKeyPem(), context, [created, done](const SecretStore::Result& written) {
            Result w;
            if (written.ok()) {
                w.signer = created;
                w.created = true;
            } else if (written.error == SecretStore::Error::Unavailable) {
                w.unavailable = true;
                w.error = refusedMessage(written.message);
            } else {
                w.error = tr("Signing refused: the new signing key could not be stored in the keychain (%1).")
                              .arg(written.message);
            }
            done(w);
        });
    });
}

} // namespace o365
