#include "StepListWidget.h"

#include "dialogs/CertificateDialog.h"
#include "kb/StageDefinition.h"
#include "kb/StepState.h"
#include "procedure/StageController.h"
#include "session/Session.h"
#include "widgets/StepRowWidget.h"
#include "widgets/WrapLabel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
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

    auto* bar = new QHBoxLayout;
    if (definition.hasChecks()) {
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
        connect(m_rerun, &QPushButton::clicked, this, &StepListWidget::runChecks);
    }
    // What is left, and the way to it: F7 the next open step, F8 the next failure.
    m_progress = new WrapLabel(this); // its own line: it wraps, and never widens the page (German, small screens)
    m_progress->setObjectName(QStringLiteral("progressLine"));
    m_progress->setTextFormat(Qt::PlainText);
    auto* nextOpen = new QToolButton(this);
    nextOpen->setObjectName(QStringLiteral("nextOpenStep"));
    nextOpen->setText(tr("Next open step"));
    nextOpen->setShortcut(QKeySequence(Qt::Key_F7));
    nextOpen->setToolTip(tr("Go to the next step that is still to do (F7)"));
    nextOpen->setAccessibleName(tr("Go to the next step that is still to do"));
    auto* nextFailure = new QToolButton(this);
    nextFailure->setObjectName(QStringLiteral("nextFailure"));
    nextFailure->setText(tr("Next failure"));
    nextFailure->setShortcut(QKeySequence(Qt::Key_F8));
    nextFailure->setToolTip(tr("Go to the next step whose check failed (F8)"));
    nextFailure->setAccessibleName(tr("Go to the next step whose check failed"));
    m_nextOpen = nextOpen;
    m_nextFailure = nextFailure;
    connect(nextOpen, &QToolButton::clicked, this, [this] { jumpToNext(false); });
    connect(nextFailure, &QToolButton::clicked, this, [this] { jumpToNext(true); });
    bar->addStretch(1);
    bar->addWidget(nextOpen);
    bar->addWidget(nextFailure);
    layout->addLayout(bar);
    layout->addWidget(m_progress);

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
        updateProgress();
    });
    connect(m_controller, &StageController::runStarted, this, &StepListWidget::onRunStarted);
    connect(m_controller, &StageController::checkFinished, this, [this](const CheckResult& result) {
        if (StepRowWidget* r = m_rows.value(result.stepId))
            r->setCheckRunning(false);
    });
    connect(m_controller, &StageController::runFinished, this, &StepListWidget::onRunFinished);
    updateStopBanner();
    updateProgress();
}

StepListWidget::Left StepListWidget::left() const
{
    Left out;
    for (const Step& step : m_stage.steps) {
        const StepState state = StepRules::evaluateIn(m_controller->stage(), step, *m_session, m_scope);
        if (state == StepState::Failed)
            out.failed << step.id;
        else if (state == StepState::Open)
            out.open << step.id;
    }
    return out;
}

QString StepListWidget::stepNames(const QStringList& stepIds) const
{
    QStringList out;
    for (const Step& step : m_stage.steps)
        if (stepIds.contains(step.id))
            out << displayNumber(m_stage, step);
    return out.join(QStringLiteral(", "));
}

QString StepListWidget::whatIsLeft() const
{
    const Left l = left();
    QStringList parts;
    if (!l.open.isEmpty())
        parts << tr("%n open: %1", nullptr, int(l.open.size())).arg(stepNames(l.open));
    if (!l.failed.isEmpty())
        parts << tr("%n failed: %1", nullptr, int(l.failed.size())).arg(stepNames(l.failed));
    if (checksRunning())
        parts << tr("checks still running");
    return parts.join(QStringLiteral(" · "));
}

void StepListWidget::updateProgress()
{
    const StepRules::Summary sum = StepRules::summarize(m_controller->stage(), *m_session, m_scope);
    const Left l = left();
    QStringList parts{tr("%1 of %2 steps done").arg(sum.done + sum.overridden).arg(sum.actionable)};
    if (!l.failed.isEmpty())
        parts << tr("%n failed (%1)", nullptr, int(l.failed.size())).arg(stepNames(l.failed));
    if (sum.overridden)
        parts << tr("%n overridden", nullptr, sum.overridden);
    if (!l.open.isEmpty())
        parts << tr("%n open", nullptr, int(l.open.size()));
    m_progress->setText(parts.join(QStringLiteral(" · ")));
    m_nextOpen->setEnabled(!l.open.isEmpty() || !l.failed.isEmpty());
    m_nextFailure->setEnabled(!l.failed.isEmpty());
}

bool StepListWidget::jumpToNext(bool failuresOnly)
{
    const Left l = left();
    QStringList targets;
    for (const Step& step : m_stage.steps)
        if (l.failed.contains(step.id) || (!failuresOnly && l.open.contains(step.id)))
            targets << step.id;
    if (targets.isEmpty())
        return false;
    // After the row that has the focus, in the article's order; from the top when none has it.
    int from = -1;
    for (QWidget* w = QApplication::focusWidget(); w && from < 0; w = w->parentWidget())
        for (int i = 0; i < m_stage.steps.size(); ++i)
            if (m_rows.value(m_stage.steps.at(i).id) == w)
                from = i;
    QString target = targets.first();
    for (int i = from + 1; i < m_stage.steps.size(); ++i) {
        if (targets.contains(m_stage.steps.at(i).id)) {
            target = m_stage.steps.at(i).id;
            break;
        }
    }
    StepRowWidget* row = m_rows.value(target);
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w)) {
            area->ensureWidgetVisible(row, 0, 40);
            break;
        }
    }
    QWidget* focus = nullptr;
    for (QWidget* child : row->findChildren<QWidget*>()) {
        if (child->isVisibleTo(row) && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus)) {
            focus = child;
            break;
        }
    }
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
    else {
        row->setFocusPolicy(Qt::ClickFocus);
        row->setFocus(Qt::OtherFocusReason);
    }
    return true;
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
    updateProgress();
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
    updateProgress();
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
