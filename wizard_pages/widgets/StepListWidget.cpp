#include "StepListWidget.h"

#include "dialogs/CertificateDialog.h"
#include "kb/StageDefinition.h"
#include "kb/StepState.h"
#include "procedure/StageController.h"
#include "session/Session.h"
#include "widgets/StepRowWidget.h"
#include "widgets/WrapLabel.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace o365 {

StepListWidget::StepListWidget(const StageDefinition& definition, Session* session, const QString& scope,
                               const NetworkContext* net, QWidget* parent)
    : QWidget(parent), m_stage(definition.stage()), m_session(session), m_scope(scope),
      m_controller(new StageController(definition, session, scope, net, nullptr, this))
{
    setObjectName(QStringLiteral("steps_") + scope);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    if (definition.hasChecks()) {
        auto* bar = new QHBoxLayout;
        m_rerun = new QPushButton(tr("&Re-run checks"), this);
        m_rerun->setObjectName(QStringLiteral("rerunChecks"));
        m_rerun->setToolTip(tr("Run this stage's automated checks again."));
        m_busy = new QProgressBar(this);
        m_busy->setObjectName(QStringLiteral("checksBusy"));
        m_busy->setRange(0, 0); // busy indicator
        m_busy->setMaximumWidth(120);
        m_busy->setTextVisible(false);
        m_busy->setAccessibleName(tr("Checks running"));
        m_busy->setVisible(false);
        bar->addWidget(m_rerun);
        bar->addWidget(m_busy);
        bar->addStretch(1);
        layout->addLayout(bar);
        connect(m_rerun, &QPushButton::clicked, this, &StepListWidget::runChecks);
    }

    m_stopBanner = new WrapLabel(this);
    m_stopBanner->setObjectName(QStringLiteral("stopBanner"));
    m_stopBanner->setTextFormat(Qt::PlainText); // a check's message: from a host
    m_stopBanner->setFrameShape(QFrame::Box);
    m_stopBanner->setVisible(false);
    layout->addWidget(m_stopBanner);

    for (const Step& step : m_stage.steps) {
        auto* row = new StepRowWidget(definition, step, displayNumber(m_stage, step), session, scope, this);
        layout->addWidget(row);
        m_rows.insert(step.id, row);
        connect(row, &StepRowWidget::inputEdited, m_controller, &StageController::scheduleRun);
        connect(row, &StepRowWidget::acceptCertificateRequested, this, &StepListWidget::acceptCertificate);
    }
    layout->addStretch(1);

    connect(session, &Session::recordChanged, this, &StepListWidget::onRecordChanged);
    connect(session, &Session::fieldChanged, this, [this] {
        for (StepRowWidget* r : std::as_const(m_rows))
            r->refresh();
    });
    connect(m_controller, &StageController::runStarted, this, &StepListWidget::onRunStarted);
    connect(m_controller, &StageController::checkFinished, this, [this](const CheckResult& result) {
        if (StepRowWidget* r = m_rows.value(result.stepId))
            r->setCheckRunning(false);
    });
    connect(m_controller, &StageController::runFinished, this, &StepListWidget::onRunFinished);
    updateStopBanner();
}

StepListWidget::~StepListWidget() = default;

QString StepListWidget::displayNumber(const Stage& stage, const Step& step)
{
    static const QHash<QString, const char*> shortNames = {
        {QStringLiteral("start"), QT_TRANSLATE_NOOP("StepListWidget", "Prerequisites")},
        {QStringLiteral("gateway"), QT_TRANSLATE_NOOP("StepListWidget", "Gateway")},
        {QStringLiteral("dispatcher"), QT_TRANSLATE_NOOP("StepListWidget", "Dispatcher")},
        {QStringLiteral("provisioning"), QT_TRANSLATE_NOOP("StepListWidget", "Provisioning")},
        {QStringLiteral("paapp"), QT_TRANSLATE_NOOP("StepListWidget", "PA Application")},
        {QStringLiteral("features"), QT_TRANSLATE_NOOP("StepListWidget", "Feature")},
    };
    const QString name = QCoreApplication::translate("StepListWidget", shortNames.value(stage.key, ""));
    if (step.role == StepRole::Text)
        return QString();
    if (step.number.isEmpty()) {
        // Important/Note attached to a numbered step carry its number ("Gateway 6").
        const Step* parent = step.parentId.isEmpty() ? nullptr : ProcedureCatalogue::instance().step(step.parentId);
        return parent ? QStringLiteral("%1 %2").arg(name, parent->number) : name;
    }
    return QStringLiteral("%1 %2").arg(name, step.number);
}

bool StepListWidget::isComplete() const
{
    return !checksRunning() && StepRules::summarize(m_controller->stage(), *m_session, m_scope).complete();
}

bool StepListWidget::checksRunning() const { return m_controller->isRunning(); }

void StepListWidget::notifyComplete()
{
    // Only when it changed: QWizard answers every completeChanged() by hiding and showing the whole
    // page, which lays out every row again (tens of ms for a gateway application's list).
    const int complete = isComplete() ? 1 : 0;
    if (complete == m_lastComplete)
        return;
    m_lastComplete = complete;
    Q_EMIT completeChanged();
}

void StepListWidget::runChecks() { m_controller->run(); }

void StepListWidget::onRunStarted(const QStringList& stepIds)
{
    for (const QString& id : stepIds) {
        if (StepRowWidget* r = m_rows.value(id))
            r->setCheckRunning(true);
    }
    if (m_busy)
        m_busy->setVisible(true);
    notifyComplete();
}

void StepListWidget::onRunFinished()
{
    if (m_busy)
        m_busy->setVisible(false);
    notifyComplete();
    Q_EMIT checksFinished();
}

void StepListWidget::onRecordChanged(const QString& scope, const QString& stepId)
{
    Q_UNUSED(stepId)
    if (scope != m_scope)
        return;
    // Values feed other rows (the setup.ps1 line, "not needed" for step 8): refresh them all.
    for (StepRowWidget* r : std::as_const(m_rows))
        r->refresh();
    updateStopBanner();
    notifyComplete();
}

void StepListWidget::acceptCertificate(const QJsonObject& evidence)
{
    if (!CertificateDialog::ask()(this, evidence))
        return;
    QStringList problems;
    for (const QJsonValue& p : evidence.value(QStringLiteral("tlsProblems")).toArray())
        problems << p.toString();
    m_session->acceptCertificate(CertificateDialog::hostOf(evidence), CertificateDialog::fingerprintOf(evidence),
                                 evidence.value(QStringLiteral("tls")).toObject().value(QStringLiteral("subject")).toString(),
                                 problems);
}

void StepListWidget::updateStopBanner()
{
    QString stop;
    for (const Step& step : m_stage.steps) {
        const StepRecord rec = m_session->record(m_scope, step.id);
        if (rec.override_.isActive())
            continue;
        for (const CheckResult& r : rec.checks) {
            if (r.status == CheckStatus::Failed && r.evidence.value(QStringLiteral("kbStop")).toBool())
                stop = tr("⛔ Stopped at step %1: %2").arg(displayNumber(m_stage, step), r.message);
        }
    }
    m_stopBanner->setText(stop);
    m_stopBanner->setVisible(!stop.isEmpty());
}

} // namespace o365
