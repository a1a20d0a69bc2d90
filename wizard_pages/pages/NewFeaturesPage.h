#pragma once

#include "pages/StagePage.h"

#include "kb/ProcedureCatalogue.h"

#include <QList>

class QLabel;

namespace o365 {

class StepRowWidget;

// "Deploying New Features": only the rows above the installed version and at or below
// the package's version, each confirmed as deployed or deferred with a reason.
class NewFeaturesPage : public StagePage
{
    Q_OBJECT
public:
    explicit NewFeaturesPage(Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QStringList shownFeatureIds() const;

private:
    QLabel* m_summary;
    StepListWidget* m_intro = nullptr;
    QWidget* m_rowsHost;
    QList<StepRowWidget*> m_rows;
    QList<Step> m_rowSteps;
};

} // namespace o365
