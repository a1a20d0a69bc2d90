#include "TrainingCli.h"

#include "procedure/HeadlessChecker.h"
#include "session/Session.h"
#include "session/SessionStore.h"
#include "training/TrainingLab.h"
#include "training/TrainingScenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace o365 {

QStringList normalizeTrainingArguments(const QStringList& arguments)
{
    if (!arguments.contains(QStringLiteral("--training")))
        return arguments;
    QStringList out;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        const QString next = arguments.value(i + 1);
        const bool nextIsValue = i + 1 < arguments.size() && !next.startsWith(QLatin1Char('-'));
        if (a == QLatin1String("--training") && nextIsValue) {
            out << a << QStringLiteral("--training-scenario=") + next;
            ++i;
        } else if (a == QLatin1String("--check") && !nextIsValue) {
            out << QStringLiteral("--check=");
        } else {
            out << a;
        }
    }
    return out;
}

void addTrainingOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("training"),
                      QCoreApplication::translate("main", "Practise in a simulated PA lab inside the wizard: "
                                                          "--training [SCENARIO], a scenario id (%1 by default; "
                                                          "--training-list shows them all), a scenario .json file, or a "
                                                          "support bundle .zip (--capture) whose captured answers the lab "
                                                          "replays. With --check: run the scenario's checks headless.")
                          .arg(TrainingScenario::defaultId())});
    QCommandLineOption scenario(QStringLiteral("training-scenario"), QString(), QStringLiteral("SCENARIO"));
    scenario.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(scenario);
    parser.addOption({QStringLiteral("training-list"),
                      QCoreApplication::translate("main", "List the training scenarios and exit.")});
}

bool wantsTraining(const QCommandLineParser& parser) { return parser.isSet(QStringLiteral("training")); }

QString trainingScenarioArgument(const QCommandLineParser& parser)
{
    const QString s = parser.value(QStringLiteral("training-scenario"));
    return s.isEmpty() ? TrainingScenario::defaultId() : s;
}

int runTrainingCheck(QCoreApplication& app, const QCommandLineParser& parser)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    Session session;
    const std::unique_ptr<TrainingLab> lab = TrainingLab::start(trainingScenarioArgument(parser), &session, &error);
    if (!lab) {
        err << error << Qt::endl;
        return 2;
    }
    const TrainingScenario& scenario = lab->scenario();
    out << QCoreApplication::translate("main", "TRAINING scenario %1: %2").arg(scenario.id, scenario.title) << Qt::endl;
    HeadlessChecker checker(&session, lab->networkContext());
    QObject::connect(&checker, &HeadlessChecker::finished, &app, [&app] { app.exit(0); });
    if (!checker.start(parser.value(QStringLiteral("stage")), &error)) {
        err << error << Qt::endl;
        return 2;
    }
    app.exec();
    lab->stop();
    for (const QString& line : checker.report())
        out << line << Qt::endl;
    if (parser.isSet(QStringLiteral("out")) && !SessionStore::save(session, parser.value(QStringLiteral("out")), &error)) {
        err << error << Qt::endl;
        return 2;
    }
    // With --stage, only the expectations of that stage can be judged.
    TrainingScenario judged = scenario;
    const QString stage = parser.value(QStringLiteral("stage"));
    if (!stage.isEmpty())
        judged.expectations.erase(std::remove_if(judged.expectations.begin(), judged.expectations.end(),
                                                 [&](const TrainingScenario::Expectation& x) {
                                                     return x.scope.section(QLatin1Char('/'), 0, 0) != stage;
                                                 }),
                                  judged.expectations.end());
    const QStringList differences = TrainingLab::mismatches(judged, checker.results());
    for (const QString& d : differences)
        out << QCoreApplication::translate("main", "UNEXPECTED: %1").arg(d) << Qt::endl;
    out << (differences.isEmpty()
                ? QCoreApplication::translate("main", "%1 checks; every check gave the result scenario %2 expects.")
                      .arg(checker.results().size())
                      .arg(scenario.id)
                : QCoreApplication::translate("main", "%1 checks; %2 differ from what scenario %3 expects.")
                      .arg(checker.results().size())
                      .arg(differences.size())
                      .arg(scenario.id))
        << Qt::endl;
    return differences.isEmpty() ? 0 : 1;
}

int listTrainingScenarios()
{
    QTextStream out(stdout);
    for (const QString& id : TrainingScenario::builtInIds()) {
        TrainingScenario s;
        QString error;
        if (TrainingScenario::load(id, &s, &error))
            out << id << "\t" << s.title << " — " << s.summary << Qt::endl;
        else
            out << id << "\t" << error << Qt::endl;
    }
    return 0;
}

} // namespace o365
