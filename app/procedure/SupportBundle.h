#pragma once

#include <QCoreApplication>
#include <QString>

namespace o365 {

class CaptureRecorder;
class Session;

// What a support escalation needs in one file (--capture FILE.zip, "Save support bundle…"): a zip of
//   manifest.json   the wizard's version, when, what is inside
//   session.json    the session as saved (never a password: those live in the keychain)
//   session.log     its log, when there is one (secrets already [redacted])
//   capture.json    every PA API request and answer, HTTPS answer with its certificates, DNS answer and
//                   program run, as CaptureRecorder kept them (no password, no password field)
//   pasted/…        every pasted output (the IIS command's, pear list) as its own text file
// written 0600, never through a link. Before it is written every entry is searched for the secrets the
// run knows (the PA password and its Basic form, through SessionLog): one found refuses the bundle.
class SupportBundle
{
    Q_DECLARE_TR_FUNCTIONS(o365::SupportBundle)
public:
    static bool write(const QString& path, const Session& session, const QString& logPath,
                      const CaptureRecorder* capture, QString* error);
};

} // namespace o365
