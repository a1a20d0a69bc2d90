#include "DispatcherPage.h"

#include "ProcedureCatalogue.h"

namespace o365 {

DispatcherPage::DispatcherPage(Session* session, QWidget* parent)
    : StepListPage(ProcedureCatalogue::instance().stage(StageId::Dispatcher), session, parent)
{
}

} // namespace o365
