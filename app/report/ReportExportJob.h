#pragma once

#include "report/ReportExporter.h"

#include <QObject>
#include <QStringList>

namespace o365 {

class SecretStore;
class Session;

// One export of a session's report: fetches (or creates) the engineer's signing key from
// the keychain when asked to sign, then writes the files. Used by the Sign-off page and by
// --export. The session must outlive the job.
class ReportExportJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QStringList formats = ReportExporter::allFormats();
        QString out;   // a folder or a file base name
        QString stage; // one stage only; empty: the whole session
        bool sign = false;
        bool force = false; // replace a report of that file base name (never with a folder)
        QString logFile; // the session's log to name in the report; empty: the open SessionLog
    };
    struct Outcome
    {
        int exitCode = 0;   // 0 written; 1 refused or failed (signing, writing); 2 bad request
        QString error;      // plain, says what to do
        bool keyCreated = false;
        ReportExporter::Result result;
    };

    ReportExportJob(const Session* session, SecretStore* secrets, QObject* parent = nullptr);
    void start(const Request& request);

Q_SIGNALS:
    void finished(const o365::ReportExportJob::Outcome& outcome);

private:
    void exportNow(const class ReportSigner* signer, const QString& notSignedReason, bool keyCreated);
    void done(const Outcome& outcome);

    const Session* m_session;
    SecretStore* m_secrets;
    Request m_request;
};

} // namespace o365
