#pragma once

#include "StagePage.h"

namespace o365 {

// The Provisioning Gateway Host stage.
class ProvisioningPage : public StepListPage
{
    Q_OBJECT
public:
    ProvisioningPage(Session* session, const NetworkContext* net, QWidget* parent = nullptr);
};

} // namespace o365
