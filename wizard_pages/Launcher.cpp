#include "Launcher.h"

#include "core/AppInfo.h"
#include "core/LanguageSetup.h"
#include "core/PrivateFile.h"
#include "core/QuitSignals.h"
#include "core/SessionLog.h"
#include "dialogs/ProxyDialog.h"
#include "dialogs/ResumeDialog.h"
#include "dialogs/ReviewDialog.h"
#include "net/CaptureRecorder.h"
#include "net/HostResolver.h"
#include "net/NetworkContext.h"
#include "net/SecretStore.h"
#include "pages/UpgradeWizard.h"
#include "procedure/CheckCli.h"
#include "procedure/SupportBundle.h"
#include "session/AutoSaver.h"
#include "session/Session.h"
#include "session/SessionStore.h"
#include "training/TrainingCli.h"
#include "training/TrainingLab.h"
#include "training/TrainingScenario.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace o365 {

bool Launcher::canShowDialogs() { return QGuiApplication::platformName() != QLatin1String("offscreen"); }

void Launcher::reportError(const QString& title, const QString& message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(message));
    if (canShowDialogs())
        QMessageBox::critical(nullptr, title, message);
}

namespace {

// Which session the window opens, and whether it is a training one.
struct Opened
{
    QString path; // empty: a new session (its path is chosen from it)
    bool resumed = false;
    bool training = false;
    QString scenarioId;
};

// Training: asked for, or the first run on this computer (no session at all): the lab shows the
// whole upgrade working without a PA installation.
Opened trainingWanted(const QCommandLineParser& parser, const SessionStore& store)
{
    Opened o;
    o.training = wantsTraining(parser);
    o.scenarioId = o.training ? trainingScenarioArgument(parser) : QString();
    if (!o.training && !parser.isSet(QStringLiteral("resume")) && !parser.isSet(QStringLiteral("new")) &&
        store.list().isEmpty()) {
        o.training = true;
        o.scenarioId = TrainingScenario::defaultId();
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "No session yet: starting in training mode (a "
                                                                    "simulated lab). Use --new for a real upgrade.")));
    }
    return o;
}

// An unfinished session offered in the resume dialog; false when the engineer cancelled.
bool offerUnfinished(const SessionStore& store, Session* session, Opened* o)
{
    QList<SessionStore::Summary> offer;
    for (const SessionStore::Summary& s : store.list()) {
        if (!s.finished)
            offer.append(s);
    }
    if (offer.isEmpty() || !Launcher::canShowDialogs())
        return true;
    ResumeDialog dialog(offer);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString chosen = dialog.selectedPath();
    if (chosen.isEmpty())
        return true;
    QString error;
    if (SessionStore::load(chosen, session, &error)) {
        o->path = chosen;
        o->resumed = true;
    } else {
        Launcher::reportError(QCoreApplication::translate("main", "Cannot resume the session"),
                              error + QLatin1Char('\n') +
                                  QCoreApplication::translate("main", "A new session is started instead."));
    }
    return true;
}

// --resume FILE, else an unfinished session offered, else a new one. An exit code when the
// window does not open (0 cancelled, 2 unusable file), else -1.
int openSession(const QCommandLineParser& parser, const SessionStore& store, Session* session, Opened* o)
{
    *o = trainingWanted(parser, store);
    if (parser.isSet(QStringLiteral("resume"))) {
        o->path = parser.value(QStringLiteral("resume"));
        QString error;
        if (!SessionStore::load(o->path, session, &error)) {
            Launcher::reportError(QCoreApplication::translate("main", "Cannot resume the session"), error);
            return 2;
        }
        o->resumed = true;
    } else if (!parser.isSet(QStringLiteral("new")) && !o->training && !offerUnfinished(store, session, o)) {
        return 0;
    }
    if (o->resumed && session->isTraining()) { // a resumed training session goes on in its lab
        o->training = true;
        o->scenarioId = session->field(Session::fieldTrainingScenario());
        if (o->scenarioId.isEmpty())
            o->scenarioId = TrainingScenario::defaultId();
    }
    return -1;
}

void openLog(const QString& path, bool resumed)
{
    QString error;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !SessionLog::open(SessionLog::pathForSession(path), &error))
        std::fprintf(stderr, "%s\n", qPrintable(error)); // the wizard works without a log file
    qCInfo(lcSession).noquote() << (resumed ? "resumed" : "new session") << path << "version" << appVersion();
}

} // namespace

int Launcher::run(QApplication& app, const QCommandLineParser& parser)
{
    // A logout, `kill` or Ctrl+C ends the event loop like Close, and every dialog's loop with it
    // (QCoreApplication::exit): the resume choice and the review window end too, and the window's
    // last changes are saved below. Installed first, so no window is open without it.
    QuitSignals quitSignals([](int signalNumber) {
        qCInfo(lcSession).noquote() << "quitting on" << QuitSignals::name(signalNumber);
        QCoreApplication::exit(0);
    });
    QSettings settings;
    // --lang, else the language chosen on the Start page, else the system's; with Qt's own translations.
    LanguageSetup::installPreferred(parser.value(QStringLiteral("lang")));
    QApplication::setApplicationDisplayName(appDisplayName()); // now in that language

    if (parser.isSet(QStringLiteral("review"))) { // a reviewer's window only: no session is opened
        KeychainSecretStore reviewerKeychain;
        ReviewDialog review(&reviewerKeychain);
        review.setTrustPath(parser.value(QStringLiteral("trust")));
        review.openReport(parser.value(QStringLiteral("review")));
        review.exec();
        return 0;
    }

    auto session = std::make_unique<Session>();
    SessionStore store;
    Opened opened;
    if (const int rc = openSession(parser, store, session.get(), &opened); rc >= 0)
        return rc;
    std::unique_ptr<TrainingLab> lab;
    if (opened.training) {
        QString error;
        lab = TrainingLab::start(opened.scenarioId, session.get(), &error,
                                 opened.resumed ? TrainingLab::SessionKind::Resumed : TrainingLab::SessionKind::New);
        if (!lab) {
            reportError(QCoreApplication::translate("main", "Cannot start the training lab"), error);
            return 2;
        }
    }
    const QString path = opened.path.isEmpty() ? store.pathFor(*session) : opened.path;
    openLog(path, opened.resumed);

    AutoSaver saver(session.get(), path);
    bool warned = false;
    QObject::connect(&saver, &AutoSaver::saveFailed, [&warned](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        if (!warned && canShowDialogs()) {
            warned = true;
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "The session could not be saved"),
                                 message);
        }
    });

    // What this run sees from outside, for "Support bundle…" and --capture FILE.zip (bounded).
    CaptureRecorder capture;
    NetworkContext net;
    net.resolver = capture.recordingResolver(HostResolver::system());
    net.capture = &capture;
    const QString capturePath = parser.value(QStringLiteral("capture"));
    if (parser.isSet(QStringLiteral("capture"))) {
        QString refused;
        if (capturePath.isEmpty() || !PrivateFile::checkTarget(capturePath, &refused)) {
            reportError(QCoreApplication::translate("main", "Cannot write the support bundle"),
                        capturePath.isEmpty() ? QCoreApplication::translate("main", "--capture needs a file name.")
                                              : refused);
            return 2;
        }
    }
    if (lab)
        lab->networkContext()->capture = &capture;
    KeychainSecretStore keychain;
    net.secrets = &keychain;
    QString caError;
    if (!loadCaFile(parser, net, &caError)) {
        reportError(QCoreApplication::translate("main", "Cannot read the certificate authorities"), caError);
        return 2;
    }
    // A proxy that asks for a user name and password: a dialog, the answer kept in memory for this run.
    ProxyAuthPrompt proxyPrompt;
    net.proxyAuthenticator = proxyPrompt.authenticator();
    net.proxyCredentialsRefused = proxyPrompt.refusedHandler();
    UpgradeWizard wizard(session.get(), lab ? lab->networkContext() : &net);
    wizard.setSessionPath(path);
    QObject::connect(&proxyPrompt, &ProxyAuthPrompt::credentialsEntered, &wizard, &UpgradeWizard::rerunChecks);
    wizard.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    QObject::connect(&app, &QCoreApplication::aboutToQuit, [&] {
        settings.setValue(QStringLiteral("window/geometry"), wizard.saveGeometry());
        saver.flush();
    });
    QObject::connect(&wizard, &UpgradeWizard::trainingRequested, &app, [&](const QString& scenario) {
        // A new process with a fresh lab; this session is saved first and stays resumable.
        saver.flush();
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    {QStringLiteral("--training"), scenario}))
            wizard.closeWithoutQuestion();
        else
            reportError(QCoreApplication::translate("main", "Cannot start the training lab"),
                        QCoreApplication::translate("main", "The wizard could not be started again. Run it with "
                                                            "--training %1.").arg(scenario));
    });
    wizard.show();
    if (opened.resumed)
        wizard.resumeAtLastPage();
    const int rc = app.exec();
    saver.flush();
    if (!capturePath.isEmpty()) {
        QString bundleError;
        if (SupportBundle::write(capturePath, *session, SessionLog::path(), &capture, &bundleError))
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Support bundle written to %1.").arg(capturePath)));
        else
            std::fprintf(stderr, "%s\n", qPrintable(bundleError));
    }
    if (lab)
        lab->stop();
    return rc;
}

} // namespace o365
