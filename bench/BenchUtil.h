#pragma once

// Small helpers shared by the benchmark programs (bench/): medians, a GUI-thread lag meter,
// the command line, and the printed figures. Benchmarks measure and print; they never judge
// wall-clock limits in CTest (the machines are noisy).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace bench
{

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

inline double maximum(const QList<double>& values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

inline QString join(const QList<double>& values, int precision = 1)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'f', precision);
    return parts.join(QLatin1Char(' '));
}

// "--iterations N" (or "-n N") from the command line; `fallback` otherwise.
inline int iterations(int fallback)
{
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--iterations") || args[i] == QLatin1String("-n"))
            return std::max(1, args[i + 1].toInt());
    }
    return fallback;
}

// One figure: the measured value, its floor, the ratio and whether the target holds.
// With floor <= 0 the target is an absolute limit on the value itself.
inline void figure(const char* name, double value, double floor, double target, const char* unit,
                   const QString& raw = {})
{
    const bool ratio = floor > 0;
    const double judged = ratio ? value / floor : value;
    const bool met = judged <= target;
    if (ratio) {
        std::printf("FIGURE %-34s %10.2f %-3s floor %10.2f %-3s ratio %5.2fx  target <= %.2fx  %s\n", name, value, unit,
                    floor, unit, judged, target, met ? "MET" : "MISSED");
    } else {
        std::printf("FIGURE %-34s %10.2f %-3s %27s target <= %.2f %s  %s\n", name, value, unit, "", target, unit,
                    met ? "MET" : "MISSED");
    }
    if (!raw.isEmpty())
        std::printf("       raw: %s\n", qPrintable(raw));
    std::fflush(stdout);
}

// The GUI thread's responsiveness: a 1 ms repeating timer; the worst lateness is the longest
// gap between two of its ticks minus the 1 ms interval, i.e. the longest event-loop stall.
class LagMeter : public QObject
{
public:
    explicit LagMeter(QObject* parent = nullptr) : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worstNs = std::max(m_worstNs, now - m_lastNs - 1000000);
            m_lastNs = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_worstNs = 0;
        m_ticks = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    // The worst lateness in ms, counting the time since the last tick as a gap too.
    double stop()
    {
        m_timer.stop();
        m_worstNs = std::max(m_worstNs, m_clock.nsecsElapsed() - m_lastNs - 1000000);
        return m_worstNs / 1e6;
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
    int m_ticks = 0;
};

} // namespace bench
