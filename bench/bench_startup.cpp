// Start-up benchmark: time from process start to the first page shown and the event loop idle,
// and the peak RSS at that moment, for the wizard (--new; and the first-run training start)
// against a bare QWizard with two empty pages (bench/bare_wizard, the floor). The runs alternate
// between the programs; each run gets fresh XDG folders, so no session exists.
//
//   bench_startup [--iterations N]      (default 15)

#include "BenchUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <ctime>

namespace
{

struct Run {
    bool ok = false;
    double ms = 0;
    double rssMb = 0;
    double appMs = 0; // until the application object existed (exec, dynamic linking, QApplication)
    QString error;
};

long long monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

Run runOnce(const QString& program, const QStringList& args)
{
    Run r;
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("O365_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const long long t0 = monotonicNs();
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.error = QStringLiteral("%1 did not finish").arg(program);
        return r;
    }
    const QByteArray out = p.readAllStandardOutput();
    for (const QByteArray& line : out.split('\n')) {
        if (!line.startsWith("startup-probe "))
            continue;
        const QList<QByteArray> f = line.split(' ');
        r.ms = (f.value(1).toLongLong() - t0) / 1e6;
        r.rssMb = f.value(2).toLongLong() / 1024.0;
        r.appMs = (f.value(3).toLongLong() - t0) / 1e6;
        r.ok = true;
    }
    if (!r.ok)
        r.error = QStringLiteral("%1: no probe line (exit %2): %3")
                      .arg(program)
                      .arg(p.exitCode())
                      .arg(QString::fromLocal8Bit(p.readAllStandardError().right(400)));
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = bench::iterations(15);
    const QString bare = QStringLiteral(BARE_WIZARD_BINARY);
    const QString wizard = QStringLiteral(WIZARD_BINARY);
    struct Subject {
        const char* name;
        QString program;
        QStringList args;
        QList<double> ms, rss, app;
    };
    QList<Subject> subjects = {{"bare QWizard (floor)", bare, {}, {}, {}, {}},
                               {"wizard --new", wizard, {QStringLiteral("--new")}, {}, {}, {}},
                               {"wizard first run (training lab)", wizard, {}, {}, {}, {}}};
    for (Subject& s : subjects) { // one warm-up run each: page cache, fontconfig
        const Run r = runOnce(s.program, s.args);
        if (!r.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
    }
    for (int i = 0; i < n; ++i) {
        for (Subject& s : subjects) {
            const Run r = runOnce(s.program, s.args);
            if (!r.ok) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error));
                return 1;
            }
            s.ms << r.ms;
            s.rss << r.rssMb;
            s.app << r.appMs;
        }
    }
    std::printf("Start-up, offscreen, %d runs each (median): process start -> first page exposed and idle\n", n);
    for (const Subject& s : subjects)
        std::printf("  %-34s %8.1f ms (%5.1f ms of it until QApplication existed)  peak RSS %6.1f MB   [ms: %s]\n",
                    s.name, bench::median(s.ms), bench::median(s.app), bench::median(s.rss),
                    qPrintable(bench::join(s.ms)));
    const double floorMs = bench::median(subjects[0].ms);
    const double floorRss = bench::median(subjects[0].rss);
    bench::figure("startup.time (--new)", bench::median(subjects[1].ms), floorMs, 1.25, "ms");
    bench::figure("startup.peak_rss (--new)", bench::median(subjects[1].rss), floorRss, 1.5, "MB");
    bench::figure("startup.time (training, first run)", bench::median(subjects[2].ms), floorMs, 1.25, "ms");
    bench::figure("startup.peak_rss (training)", bench::median(subjects[2].rss), floorRss, 1.5, "MB");
    return 0;
}
