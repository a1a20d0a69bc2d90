#pragma once

class QApplication;
class QCommandLineParser;
class QString;

namespace o365 {

// The window: which session (--resume, --new, an unfinished one offered, or training when there
// is none yet), its lab in training mode, the autosaver and log, then the wizard. Also the
// reviewer's window (--review). Returns the exit code.
class Launcher
{
public:
    static int run(QApplication& app, const QCommandLineParser& parser);
    // Nobody sees a dialog on the offscreen platform (tests, scripts): there stderr is enough.
    static bool canShowDialogs();
    static void reportError(const QString& title, const QString& message);
};

} // namespace o365
