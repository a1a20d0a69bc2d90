#pragma once

#include <QCoreApplication>
#include <QJsonObject>
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

    // What a replay (--training FILE.zip) reads back: the manifest, the session and the capture.
    struct Contents {
        QJsonObject manifest;
        QJsonObject session;
        QJsonObject capture; // empty object when the bundle holds none
    };
    static constexpr qint64 MaxBundleBytes = 128 * 1024 * 1024;
    static constexpr qint64 MaxEntryBytes = 64 * 1024 * 1024; // uncompressed, per entry read
    // False, with *error naming the file and what is wrong (not a zip, not a support bundle, an entry
    // too large or not JSON). A bundle comes from outside: sizes are bounded before anything is inflated.
    static bool read(const QString& path, Contents* out, QString* error);
};

} // namespace o365
