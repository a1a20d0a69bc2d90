#include "ProvisioningPage.h"

#include "ProcedureCatalogue.h"

namespace o365 {

ProvisioningPage::ProvisioningPage(Session* session, QWidget* parent)
    : StepListPage(ProcedureCatalogue::instance().stage(StageId::Provisioning), session, parent)
{
}

} // namespace o365
