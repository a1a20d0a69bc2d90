#include "NewFeaturesPage.h"

#include "kb/ProcedureCatalogue.h"
#include "session/Session.h"
#include "widgets/StepListWidget.h"
#include "widgets/StepRowWidget.h"
#include "kb/StepState.h"
#include "widgets/WrapLabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace o365 {

NewFeaturesPage::NewFeaturesPage(Session* session, QWidget* parent)
    : StagePage(ProcedureCatalogue::instance().stage(StageId::NewFeatures), session, parent)
{
    m_intro = new StepListWidget(definition(), session, stageKey(), nullptr, this);
    body()->addWidget(m_intro);
    m_summary = new WrapLabel(this);
    m_summary->setObjectName(QStringLiteral("featuresSummary"));
    body()->addWidget(m_summary);
    m_rowsHost = new QWidget(this);
    auto* layout = new QVBoxLayout(m_rowsHost);
    layout->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(m_rowsHost);
    body()->addStretch(1);
    connect(session, &Session::recordChanged, this, [this](const QString& scope, const QString& stepId) {
        if (scope != stageKey())
            return;
        for (StepRowWidget* r : std::as_const(m_rows)) {
            if (r->step().id == stepId)
                r->refresh();
        }
        Q_EMIT completeChanged();
    });
}

void NewFeaturesPage::initializePage()
{
    qDeleteAll(m_rows);
    m_rows.clear();
    m_rowSteps.clear();
    const QString installed = session()->field(Session::fieldInstalledVersion());
    const QString target = session()->field(Session::fieldTargetVersion());
    const QList<FeatureRow> rows = ProcedureCatalogue::instance().featuresBetween(installed, target);
    m_summary->setText(rows.isEmpty()
                           ? tr("No feature of the table lies above the installed version %1 and at or below the "
                                "package's version %2: nothing to deploy by hand.")
                                 .arg(installed, target)
                           : tr("Features added after %1 up to %2 that the upgrade does not deploy: mark each as "
                                "deployed, or defer it with a reason.")
                                 .arg(installed, target));
    for (const FeatureRow& f : rows) {
        Step step;
        step.id = f.id;
        step.number = f.version;
        step.role = StepRole::Numbered;
        step.kind = StepKind::ManualConfirmation;
        step.text = f.feature;
        m_rowSteps.append(step);
        auto* row = new StepRowWidget(definition(), step, tr("Version %1").arg(f.version), session(), stageKey(), m_rowsHost);
        row->setDisplayText(QStringLiteral("<b>%1</b><br>%2")
                                .arg(QCoreApplication::translate("Procedure", f.feature).toHtmlEscaped(),
                                     QCoreApplication::translate("Procedure", f.instruction).toHtmlEscaped()));
        row->setLabels({tr("Deployed"), tr("Defer…"), tr("Why is this feature deferred? (required)"), tr("Defer")});
        m_rowsHost->layout()->addWidget(row);
        m_rows.append(row);
    }
    Q_EMIT completeChanged();
}

bool NewFeaturesPage::isComplete() const
{
    for (const Step& step : m_rowSteps) {
        if (!StepRules::isSatisfied(StepRules::evaluate(definition(), step, session()->record(stageKey(), step.id))))
            return false;
    }
    return true;
}

QStringList NewFeaturesPage::shownFeatureIds() const
{
    QStringList ids;
    for (const Step& s : m_rowSteps)
        ids << s.id;
    return ids;
}

} // namespace o365
