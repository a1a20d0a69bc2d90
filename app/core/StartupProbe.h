#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QObject>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <ctime>

namespace o365
{

// For the start-up benchmark (bench/bench_startup) only: with O365_STARTUP_PROBE=1 in the
// environment, once the first top-level window is exposed and the event loop has gone idle
// (a zero timer after the expose), prints "startup-probe <CLOCK_MONOTONIC ns> <VmHWM kB> <ns when
// installed>" on standard output and quits (installed right after the application object: the
// difference says how much of the start-up came before it: exec, dynamic linking, QApplication). The wizard and the
// bare QWizard floor (bench/bare_wizard) use the same probe, so both are measured identically. Without the variable it
// does nothing.
class StartupProbe : public QObject
{
public:
    static void installFromEnvironment()
    {
        if (qEnvironmentVariableIntValue("O365_STARTUP_PROBE") != 1 || !QCoreApplication::instance())
            return;
        auto* probe = new StartupProbe(QCoreApplication::instance());
        probe->m_installedNs = monotonicNs();
        QCoreApplication::instance()->installEventFilter(probe);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_fired && event->type() == QEvent::Expose) {
            auto* window = qobject_cast<QWindow*>(watched);
            if (window && window->isTopLevel() && window->isExposed()) {
                m_fired = true;
                QTimer::singleShot(0, this, &StartupProbe::report);
            }
        }
        return false;
    }

private:
    explicit StartupProbe(QObject* parent) : QObject(parent) {}

    static long long monotonicNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
    }

    void report()
    {
        const long long ns = monotonicNs();
        long long hwmKb = -1;
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    hwmKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
        }
        std::printf("startup-probe %lld %lld %lld\n", ns, hwmKb, m_installedNs);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    bool m_fired = false;
    long long m_installedNs = 0;
};

} // namespace o365
