#include "SessionLog.h"

#include "core/Clock.h"
#include "core/PrivateFile.h"
#include "core/SecretMemory.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>

namespace o365 {

Q_LOGGING_CATEGORY(lcSession, "o365.session")
Q_LOGGING_CATEGORY(lcChecks, "o365.checks")
Q_LOGGING_CATEGORY(lcNetwork, "o365.network")
Q_LOGGING_CATEGORY(lcPackage, "o365.package")

namespace {

struct LogState
{
    QMutex mutex;
    QFile file;
    QList<QString> secrets;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState& state()
{
    static LogState s;
    return s;
}

const char* typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "DEBUG";
    case QtInfoMsg: return "INFO";
    case QtWarningMsg: return "WARNING";
    case QtCriticalMsg: return "CRITICAL";
    case QtFatalMsg: return "FATAL";
    }
    return "?";
}

QString redactLocked(LogState& s, QString text)
{
    for (const QString& secret : std::as_const(s.secrets))
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogState& s = state();
    QString clean;
    {
        QMutexLocker lock(&s.mutex);
        clean = redactLocked(s, message);
        if (s.file.isOpen()) {
            const QString line = QStringLiteral("%1 %2 %3: %4\n")
                                     .arg(isoTimestamp(QDateTime::currentDateTime()),
                                          QString::fromLatin1(typeName(type)),
                                          QString::fromLatin1(context.category ? context.category : "default"), clean);
            s.file.write(line.toUtf8());
            s.file.flush();
        }
    }
    // The wizard's own categories go to the file only: what a user must see, the wizard says
    // itself (dialogs, command-line output). Everything else reaches the console as before.
    if (context.category && qstrncmp(context.category, "o365.", 5) == 0)
        return;
    if (s.previous)
        s.previous(type, context, clean);
    else if (type != QtDebugMsg && type != QtInfoMsg)
        std::fprintf(stderr, "%s\n", qPrintable(clean));
}

} // namespace

QString SessionLog::pathForSession(const QString& sessionPath)
{
    const QFileInfo fi(sessionPath);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".log");
}

void SessionLog::install()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
}

bool SessionLog::open(const QString& path, QString* error)
{
    install();
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.file.isOpen())
        s.file.close();
    s.file.setFileName(path);
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("Cannot write the log file %1: %2").arg(path, s.file.errorString());
        return false;
    }
    PrivateFile::restrict(s.file, nullptr); // it names customers and hosts; best effort on odd file systems
    return true;
}

void SessionLog::close()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

QString SessionLog::path()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

bool SessionLog::setLevel(const QString& level)
{
    QString rules;
    if (level == QLatin1String("debug"))
        rules = QStringLiteral("o365.*.debug=true\no365.*.info=true");
    else if (level == QLatin1String("info") || level.isEmpty())
        rules = QStringLiteral("o365.*.debug=false\no365.*.info=true");
    else if (level == QLatin1String("warning"))
        rules = QStringLiteral("o365.*.debug=false\no365.*.info=false");
    else
        return false;
    QLoggingCategory::setFilterRules(rules);
    return true;
}

void SessionLog::addSecret(const QByteArray& secret)
{
    if (secret.size() < 4)
        return; // too short to redact without mangling ordinary text; never used as a secret
    SecretMemory::protectProcess(); // no core dump from now on: it would hold the secret
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    const QString text = QString::fromUtf8(secret);
    if (!s.secrets.contains(text))
        s.secrets.append(text);
}

QString SessionLog::redact(const QString& text)
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    return redactLocked(s, text);
}

} // namespace o365
