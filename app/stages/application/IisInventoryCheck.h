#pragma once

#include "checks/Check.h"

namespace o365 {

// Steps 4–6 from inside the gateway host: reads the pasted output of the read-only IIS
// command (IisInventory) and finds the site bound to the IP address (or, behind NAT, the one the
// engineer named), the application, and whether its root holds the .svc file. Advisory: the
// engineer may do these steps by hand.
class IisInventoryCheck : public Check
{
    Q_OBJECT
public:
    enum class Service { SubscriptionEvents, Callbacks };

    // chosenSite: the site name entered at the step, used when no site is bound to the address (NAT).
    IisInventoryCheck(Spec spec, const QString& pasted, const QString& ipAddress, const QString& application,
                      Service service, const QString& chosenSite = QString(), Clock* clock = nullptr,
                      QObject* parent = nullptr);

protected:
    void run() override;

private:
    QString m_pasted;
    QString m_ip;
    QString m_application;
    Service m_service;
    QString m_chosenSite;
};

} // namespace o365
