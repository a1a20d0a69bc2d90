#include "ProvisioningPage.h"

#include "ProcedureCatalogue.h"

namespace o365 {

ProvisioningPage::ProvisioningPage(Session* session, const NetworkContext* net, QWidget* parent)
    : StepListPage(ProcedureCatalogue::instance().stage(StageId::Provisioning), session, net, parent)
{
}

} // namespace o365
