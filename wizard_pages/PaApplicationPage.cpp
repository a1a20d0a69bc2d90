#include "PaApplicationPage.h"

#include "ProcedureCatalogue.h"

namespace o365 {

PaApplicationPage::PaApplicationPage(Session* session, const NetworkContext* net, QWidget* parent)
    : StepListPage(ProcedureCatalogue::instance().stage(StageId::PaApplication), session, net, parent)
{
}

} // namespace o365
