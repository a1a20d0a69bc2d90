#pragma once

#include "checks/Check.h"

#include <QPointer>

namespace o365 {

class HostResolver;

// Gateway step 1g / dispatcher step 1c: the IP address the host name resolves to. Every
// address is kept as evidence; a single one is offered as the step's value.
class DnsCheck : public Check
{
    Q_OBJECT
public:
    DnsCheck(Spec spec, const QString& host, HostResolver* resolver, const QString& valueKey, Clock* clock = nullptr,
             QObject* parent = nullptr);

protected:
    void run() override;
    void abort() override;
    QString timeoutMessage() const override;

private:
    QString m_host;
    HostResolver* m_resolver;
    QString m_valueKey;
    QObject* m_context = nullptr; // deleted on abort so a late answer is dropped
};

} // namespace o365
