#pragma once

#include <QCoreApplication>
#include <QString>

namespace o365 {

inline QString appName() { return QStringLiteral("o365-upgrade-wizard"); }
inline QString appDisplayName() { return QCoreApplication::translate("AppInfo", "O365 Upgrade Wizard"); }
inline QString organizationName() { return QStringLiteral("O365UpgradeWizard"); }
inline QString appVersion() { return QStringLiteral(O365_VERSION); }

} // namespace o365
