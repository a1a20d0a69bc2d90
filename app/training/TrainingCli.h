#pragma once

#include <QStringList>

class QCommandLineParser;
class QCoreApplication;

namespace o365 {

// `--training [SCENARIO]` on the command line. QCommandLineParser has no optional values, so
// the arguments are normalized first: "--training X" becomes "--training --training-scenario=X"
// when X is not an option, and with --training a bare "--check" (no session file) becomes
// "--check=" (check the scenario instead of a session file).
QStringList normalizeTrainingArguments(const QStringList& arguments);
void addTrainingOptions(QCommandLineParser& parser);
bool wantsTraining(const QCommandLineParser& parser);
QString trainingScenarioArgument(const QCommandLineParser& parser); // the default scenario when none is named

// `--training SCENARIO --check [--stage ID] [--out FILE]`: starts the lab, runs the scenario's
// automated checks headless, prints one line per check and where they differ from what the
// scenario expects. Exit code: 0 every check as expected, 1 a difference, 2 unusable input.
int runTrainingCheck(QCoreApplication& app, const QCommandLineParser& parser);

// `--training-list`: one line per built-in scenario (id, title, summary).
int listTrainingScenarios();

} // namespace o365
