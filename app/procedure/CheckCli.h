#pragma once

class QCommandLineParser;
class QCoreApplication;
class QString;

namespace o365 {

struct NetworkContext;

// `o365-upgrade-wizard --check SESSION [--stage ID] [--out FILE] [--password-stdin]`: the
// session's automated checks without a window (HeadlessChecker: the same StageController as the
// pages), one line per check, the results recorded in the session.
// Exit code: 0 no blocking check failed, 1 one did, 2 unusable input.
void addCheckOptions(QCommandLineParser& parser); // also --stage, --out, --ca-file, --log-level
int runCheckCli(QCoreApplication& app, const QCommandLineParser& parser);

// Shared with the window: extra certificate authorities from --ca-file, and --log-level; false
// (with a message) when unusable.
bool loadCaFile(const QCommandLineParser& parser, NetworkContext& net, QString* error);
bool applyLogLevel(const QCommandLineParser& parser, QString* error);

} // namespace o365
