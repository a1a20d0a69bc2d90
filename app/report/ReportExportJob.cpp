#include "ReportExportJob.h"

#include "report/Report.h"
#include "report/ReportSigner.h"
#include "session/Session.h"
#include "core/SessionLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include "report/SigningKey.h"

namespace o365 {

ReportExportJob::ReportExportJob(const Session* session, SecretStore* secrets, QObject* parent)
    : QObject(parent), m_session(session), m_secrets(secrets)
{
}

void ReportExportJob::done(const Outcome& outcome)
{
    // Always later: a caller connects to finished() after start().
    QMetaObject::invokeMethod(this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}

void ReportExportJob::start(const Request& request)
{
    m_request = request;
    QString error;
    m_request.formats = ReportExporter::parseFormats(request.formats, &error);
    if (m_request.formats.isEmpty())
        return done({2, error, false, {}});
    if (!request.sign)
        return exportNow(nullptr, tr("The report was exported without a signature."), false);
    SigningKey::obtain(m_secrets, m_session->field(Session::fieldEngineer()), this, [this](const SigningKey::Result& key) {
        if (!key.ok())
            return done({1, key.error, false, {}});
        exportNow(&key.signer, {}, key.created);
    });
}

void ReportExportJob::exportNow(const ReportSigner* signer, const QString& notSignedReason, bool keyCreated)
{
    QString error;
    // The report is read from the session here, on the session's thread; the files are written on a
    // worker thread, so that the window stays responsive (the PDF of a large session takes ~150 ms).
    Report report = Report::fromSession(*m_session, m_request.stage, &error);
    if (!error.isEmpty())
        return done({2, error, keyCreated, {}});
    const QString log = m_request.logFile.isEmpty() ? SessionLog::path() : m_request.logFile;
    ReportExporter::Options options;
    options.out = m_request.out;
    options.formats = m_request.formats;
    options.force = m_request.force;
    const bool sign = signer != nullptr;
    const ReportSigner key = sign ? *signer : ReportSigner();
    auto* watcher = new QFutureWatcher<ReportExporter::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, keyCreated] {
        const ReportExporter::Result r = watcher->result();
        watcher->deleteLater();
        Q_EMIT finished({r.ok ? 0 : 1, r.ok ? QString() : r.error, keyCreated, r});
    });
    watcher->setFuture(QtConcurrent::run([report, log, options, sign, key, notSignedReason]() mutable {
        // The session's log, named with its SHA-256 as of now (the log keeps growing after).
        QFile logFile(log);
        if (!log.isEmpty() && logFile.open(QIODevice::ReadOnly)) {
            QCryptographicHash sha(QCryptographicHash::Sha256);
            sha.addData(&logFile);
            report.header.logFile = QFileInfo(log).fileName();
            report.header.logSha256 = QString::fromLatin1(sha.result().toHex());
        }
        return ReportExporter::exportReport(report, options, sign ? &key : nullptr, notSignedReason);
    }));
}

} // namespace o365
