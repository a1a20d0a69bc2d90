#pragma once

#include "paapi/PaApiCheck.h"

namespace o365 {

// The prerequisite "POA 5.4.4 or later", from the PA public API.
class PaApiVersionCheck : public PaApiCheck
{
    Q_OBJECT
public:
    PaApiVersionCheck(const PaApiConfig& config, const NetworkContext& net, const QString& minimum = QString(),
                      Clock* clock = nullptr, QObject* parent = nullptr);
    static Spec defaultSpec();

protected:
    void run() override;

private:
    QString m_minimum;
};

} // namespace o365
