#include "DispatcherPage.h"

#include "kb/ProcedureCatalogue.h"

namespace o365 {

DispatcherPage::DispatcherPage(Session* session, const NetworkContext* net, QWidget* parent)
    : StepListPage(ProcedureCatalogue::instance().stage(StageId::Dispatcher), session, net, parent)
{
}

} // namespace o365
