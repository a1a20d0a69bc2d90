#include "StatusIcons.h"

#include <QCoreApplication>
#include <QHash>
#include <QStyle>

namespace o365 {

namespace {

QIcon standardIconFor(StepState state, bool running, QStyle* style)
{
    if (running)
        return style->standardIcon(QStyle::SP_BrowserReload);
    switch (state) {
    case StepState::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case StepState::Open: return style->standardIcon(QStyle::SP_DialogNoButton);
    case StepState::Done: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case StepState::Failed: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case StepState::Overridden: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case StepState::NotApplicable: return style->standardIcon(QStyle::SP_DialogCancelButton);
    }
    return {};
}

// Emptied when the application object goes: no pixmap may outlive it.
QHash<QString, QIcon>& iconCache()
{
    static QHash<QString, QIcon> cache;
    static const bool cleanup = [] {
        qAddPostRoutine([] { iconCache().clear(); });
        return true;
    }();
    Q_UNUSED(cleanup)
    return cache;
}

} // namespace

QIcon StatusIcons::forState(StepState state, bool running, QStyle* style)
{
    // Made once per style and state: asking the style each time loads and scales the icon's images
    // again, for every row on every change (bench/bench_page_checks). GUI thread only, like the style.
    QHash<QString, QIcon>& cache = iconCache();
    const QString key = QStringLiteral("%1/%2/%3").arg(style->name()).arg(int(state)).arg(running);
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, standardIconFor(state, running, style));
    return *it;
}

QString StatusIcons::checkWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::NotRun: return QCoreApplication::translate("StatusIcons", "○ Not run:");
    case CheckStatus::Running: return QCoreApplication::translate("StatusIcons", "… Running:");
    case CheckStatus::Passed: return QCoreApplication::translate("StatusIcons", "✔ Passed:");
    case CheckStatus::Warning: return QCoreApplication::translate("StatusIcons", "⚠ Warning:");
    case CheckStatus::Failed: return QCoreApplication::translate("StatusIcons", "✖ Failed:");
    case CheckStatus::Skipped: return QCoreApplication::translate("StatusIcons", "– Skipped:");
    }
    return {};
}

} // namespace o365
