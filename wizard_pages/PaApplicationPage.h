#pragma once

#include "StagePage.h"

namespace o365 {

// The Microsoft Office 365 Application stage in PA.
class PaApplicationPage : public StepListPage
{
    Q_OBJECT
public:
    PaApplicationPage(Session* session, const NetworkContext* net, QWidget* parent = nullptr);
};

} // namespace o365
