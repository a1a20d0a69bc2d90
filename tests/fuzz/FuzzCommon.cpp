// Shared by every fuzz target: one QCoreApplication for the whole run (tr(), QStandardPaths,
// QTemporaryFile need one), and Qt's warnings kept off stderr so the fuzzer's output stays readable.

#include "FuzzCommon.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QtGlobal>

namespace
{

void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication* app = nullptr;
    if (!app) {
        qInstallMessageHandler(quietMessages);
        app = new QCoreApplication(*argc, *argv);
    }
    return 0;
}

namespace fuzz
{

QString scratchFile(const QString& name)
{
    // One file per process and target: /dev/shm when there is one (no disk wear), else the temp folder.
    static const QString dir =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/o365-fuzz-%2-%3").arg(dir, QString::number(QCoreApplication::applicationPid()), name);
}

bool writeScratch(const QString& path, const uint8_t* data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(reinterpret_cast<const char*>(data), qint64(size)) == qint64(size);
}

bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

void trace(const QString& what)
{
    static const bool verbose = qEnvironmentVariableIsSet("O365_FUZZ_VERBOSE");
    if (verbose)
        fprintf(stderr, "  %s\n", qPrintable(what));
}

QList<QByteArray> splitParts(const QByteArray& input)
{
    QList<QByteArray> parts;
    for (qsizetype from = 0;;) {
        const qsizetype at = input.indexOf("\n--8<--\n", from);
        parts << input.mid(from, at < 0 ? -1 : at - from);
        if (at < 0)
            return parts;
        from = at + 8;
    }
}

} // namespace fuzz
