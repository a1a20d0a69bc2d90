#pragma once

#include "checks/Check.h"

namespace o365 {

// The prerequisite "POA 5.4.4 or later", judged from the PA version the engineer entered
// on the Start page (the PA API check comes with the PA Application stage).
class PaVersionCheck : public Check
{
    Q_OBJECT
public:
    PaVersionCheck(const QString& paVersion, Clock* clock = nullptr, QObject* parent = nullptr);
    static Spec defaultSpec();

protected:
    void run() override;

private:
    QString m_version;
};

} // namespace o365
