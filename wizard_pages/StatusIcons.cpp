#include "StatusIcons.h"

#include <QCoreApplication>
#include <QStyle>

namespace o365 {

QIcon StatusIcons::forState(StepState state, bool running, QStyle* style)
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
