#pragma once

#include "paapi/PaApiCheck.h"
#include "paapi/PaApiParse.h"

namespace o365 {

// The Office 365 application's instances with their package_version and status. Before step 3
// it lists them (evidence); after it, all must be at the package's version, none left
// "Upgrading" or failed.
class PaInstancesCheck : public PaApiCheck
{
    Q_OBJECT
public:
    enum class Mode { Before, After };
    static constexpr int MaxInstances = 200;

    PaInstancesCheck(Mode mode, const PaApiConfig& config, const NetworkContext& net, int appId,
                     const QString& targetVersion, Clock* clock = nullptr, QObject* parent = nullptr);
    static Spec defaultSpec(Mode mode);

protected:
    void run() override;

private:
    QString manualWhat() const; // what to confirm by hand, for this mode
    void judge();

    Mode m_mode;
    int m_appId;
    QString m_target;
    QList<PaApiParse::Instance> m_instances;
    int m_outstanding = 0;
    bool m_truncated = false;
};

} // namespace o365
