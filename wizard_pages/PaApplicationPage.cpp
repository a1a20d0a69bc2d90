#include "PaApplicationPage.h"

#include "ProcedureCatalogue.h"

namespace o365 {

PaApplicationPage::PaApplicationPage(Session* session, QWidget* parent)
    : StepListPage(ProcedureCatalogue::instance().stage(StageId::PaApplication), session, parent)
{
}

} // namespace o365
