#include "ReportCountersignJob.h"

#include "report/ReportExporter.h"
#include "report/SigningKey.h"

namespace o365
{

ReportCountersignJob::ReportCountersignJob(SecretStore* secrets, QObject* parent) : QObject(parent), m_secrets(secrets)
{
}

void ReportCountersignJob::done(const Outcome& outcome)
{
    QMetaObject::invokeMethod(
        this,
        [this, outcome] {
            m_running = false;
            Q_EMIT finished(outcome);
        },
        Qt::QueuedConnection);
}

void ReportCountersignJob::start(const Request& request)
{
    m_running = true;
    Outcome o;
    const QString reviewer = request.reviewer.trimmed();
    if (reviewer.isEmpty()) {
        o.exitCode = 2;
        o.error = tr("Give the reviewer's name: the countersignature is made with that reviewer's key.");
        return done(o);
    }
    TrustedKeys trusted;
    QString trustError;
    if (!TrustedKeys::loadForVerification(request.trustPath, &trusted, &trustError)) {
        o.exitCode = 2;
        o.error = trustError;
        return done(o);
    }
    o.before = ReportVerifier::verify(request.jsonPath, trusted);
    if (!o.before.signaturesHold()) {
        o.exitCode = o.before.exitCode;
        o.error = o.before.toText() + tr("Not countersigned: the report's own signature does not hold.");
        return done(o);
    }
    if (!request.expectedSha256.isEmpty() && request.expectedSha256 != o.before.jsonSha256) {
        o.error = tr("Not countersigned: the report changed since it was opened for review (SHA-256 %1, now %2). "
                     "Open it again and review what it says now.")
                      .arg(request.expectedSha256, o.before.jsonSha256);
        return done(o);
    }
    const QString jsonPath = request.jsonPath;
    const QString signerFingerprint = o.before.fingerprint;
    SigningKey::obtain(
        m_secrets, reviewer, this, [this, o, jsonPath, signerFingerprint](const SigningKey::Result& key) {
            Outcome r = o;
            r.keyCreated = key.created;
            if (!key.ok()) {
                r.error = key.error;
                return done(r);
            }
            r.fingerprint = key.signer.fingerprint();
            if (r.fingerprint == signerFingerprint) {
                r.error = tr("Not countersigned: the reviewer's key is the key that signed the report (%1). A "
                             "countersignature must come from a second engineer.")
                              .arg(r.fingerprint);
                return done(r);
            }
            QString error;
            if (!ReportExporter::countersign(jsonPath, key.signer, &r.files, &error)) {
                r.error = error;
                return done(r);
            }
            r.exitCode = 0;
            done(r);
        });
}

} // namespace o365
