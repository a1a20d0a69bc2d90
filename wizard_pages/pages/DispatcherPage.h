#pragma once

#include "pages/StagePage.h"

namespace o365 {

// The Office 365 Callbacks-Dispatcher stage: skipped by the wizard for the single-gateway topology.
class DispatcherPage : public StepListPage
{
    Q_OBJECT
public:
    DispatcherPage(Session* session, const NetworkContext* net, QWidget* parent = nullptr);
};

} // namespace o365
