#pragma once

#include "checks/Check.h"

namespace o365 {

// Gateway step 1f (and dispatcher 1b): derive host and application name from the URL
// the engineer entered at step 1e (1a). Passes with host and application as evidence.
// Its id and step come from the stage (ApplicationStage::Traits).
class MosiUrlCheck : public Check
{
    Q_OBJECT
public:
    enum class Kind { MosiConnector, Dispatcher };

    MosiUrlCheck(Kind kind, const QString& url, Spec spec, Clock* clock = nullptr, QObject* parent = nullptr);

protected:
    void run() override;

private:
    Kind m_kind;
    QString m_url;
};

} // namespace o365
