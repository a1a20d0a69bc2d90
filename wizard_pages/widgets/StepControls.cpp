#include "StepControls.h"

#include "kb/ProcedureCatalogue.h"
#include "kb/StageDefinition.h"
#include "kb/StepState.h"
#include "session/Session.h"
#include "training/TrainingNotes.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace o365 {

StepControls::StepControls(const StageDefinition& definition, const Step& step, const QString& displayNumber,
                           const Labels& labels, Session* session, const QString& scope, QWidget* parent)
    : QWidget(parent), m_session(session), m_scope(scope), m_stepId(step.id), m_labels(labels),
      m_displayNumber(displayNumber.isEmpty() ? step.id : displayNumber)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    QHBoxLayout* buttons = buildButtons(step, displayNumber, definition);
    QWidget* why = addWhy(buttons, step.id, displayNumber);
    addNoteAndOverrideButtons(buttons, step.id, displayNumber);
    layout->addLayout(buttons);
    if (why)
        layout->addWidget(why);
    layout->addLayout(buildNote(step.id, displayNumber));
    layout->addLayout(buildOverride(step.id, displayNumber));
}

QHBoxLayout* StepControls::buildButtons(const Step& step, const QString& displayNumber, const StageDefinition& definition)
{
    const QString& id = step.id;
    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    const bool manual = step.kind == StepKind::ManualConfirmation ||
                        (step.kind == StepKind::AutomatedCheck && !definition.checksStep(id));
    // A check that may hand its step back (the PA API not configured or unable to answer): the
    // confirmation shows once its latest result says so (see refresh()).
    m_confirmOnFallback = !manual && step.kind == StepKind::AutomatedCheck && definition.mayFallBackToManual(id);
    if (manual || m_confirmOnFallback) {
        m_confirm = new QCheckBox(m_labels.confirm, this);
        m_confirm->setObjectName(QStringLiteral("confirm_") + id);
        m_confirm->setAccessibleName(tr("Confirm step %1").arg(displayNumber.isEmpty() ? id : displayNumber));
        if (m_confirmOnFallback)
            m_confirm->setToolTip(tr("The automated check could not decide this step: confirm it by hand."));
        else if (step.kind == StepKind::AutomatedCheck)
            m_confirm->setToolTip(tr("No automated check for this step yet: confirm it by hand."));
        connect(m_confirm, &QCheckBox::toggled, this,
                [this](bool on) { m_session->setConfirmed(m_scope, m_stepId, on); });
        controls->addWidget(m_confirm);
        m_confirmedBy = new QLabel(this);
        m_confirmedBy->setObjectName(QStringLiteral("confirmedBy_") + id);
        m_confirmedBy->setTextFormat(Qt::PlainText); // the engineer's name, from the session
        controls->addWidget(m_confirmedBy);
    }
    controls->addStretch(1);
    return controls;
}

// Training: why the KB asks for this step, one click away (the trainee view). Its button joins
// the row of buttons; null outside training or without a note for the step.
QWidget* StepControls::addWhy(QHBoxLayout* row, const QString& stepId, const QString& displayNumber)
{
    const QString whyText = m_session->isTraining() ? TrainingNotes::why(stepId) : QString();
    if (whyText.isEmpty())
        return nullptr;
    auto* whyButton = new QToolButton(this);
    whyButton->setObjectName(QStringLiteral("why_") + stepId);
    whyButton->setText(tr("Why?"));
    whyButton->setCheckable(true);
    whyButton->setAccessibleName(tr("Why the KB asks for step %1").arg(displayNumber));
    row->addWidget(whyButton);
    auto* why = new WrapLabel(whyText, this);
    why->setObjectName(QStringLiteral("whyText_") + stepId);
    why->setTextFormat(Qt::PlainText);
    why->setStyleSheet(QStringLiteral("QLabel{background:palette(alternate-base);padding:4px;}"));
    why->setVisible(false);
    connect(whyButton, &QToolButton::toggled, why, &QLabel::setVisible);
    return why;
}

void StepControls::addNoteAndOverrideButtons(QHBoxLayout* row, const QString& stepId, const QString& displayNumber)
{
    m_noteButton = new QToolButton(this);
    m_noteButton->setObjectName(QStringLiteral("noteButton_") + stepId);
    m_noteButton->setText(tr("Note"));
    m_noteButton->setCheckable(true);
    m_noteButton->setAccessibleName(tr("Add a note to step %1").arg(displayNumber));
    row->addWidget(m_noteButton);
    m_overrideButton = new QToolButton(this);
    m_overrideButton->setObjectName(QStringLiteral("overrideButton_") + stepId);
    m_overrideButton->setText(m_labels.overrideButton);
    m_overrideButton->setCheckable(true);
    m_overrideButton->setAccessibleName(tr("Override step %1 with a justification").arg(displayNumber));
    row->addWidget(m_overrideButton);
}

QLayout* StepControls::buildNote(const QString& stepId, const QString& displayNumber)
{
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note_") + stepId);
    m_note->setPlaceholderText(tr("Note for this step (kept in the session and the report)"));
    m_note->setAccessibleName(tr("Note for step %1").arg(displayNumber));
    auto* noteBox = new QHBoxLayout;
    noteBox->addWidget(m_note);
    connect(m_note, &QLineEdit::textEdited, this, [this](const QString& t) { m_session->setNote(m_scope, m_stepId, t); });
    connect(m_noteButton, &QToolButton::toggled, this, [this](bool on) {
        m_note->setVisible(on || !m_note->text().isEmpty());
        if (on)
            m_note->setFocus();
    });
    return noteBox;
}

QLayout* StepControls::buildOverride(const QString& stepId, const QString& displayNumber)
{
    m_overrideLabel = new QLabel(tr("Justification:"), this);
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("override_") + stepId);
    m_override->setPlaceholderText(m_labels.overrideHint);
    m_override->setAccessibleName(tr("Justification for overriding step %1").arg(displayNumber));
    m_overrideLabel->setBuddy(m_override);
    m_applyOverride = new QToolButton(this);
    m_applyOverride->setObjectName(QStringLiteral("applyOverride_") + stepId);
    m_applyOverride->setText(m_labels.applyOverride.isEmpty() ? tr("Override") : m_labels.applyOverride);
    m_applyOverride->setAccessibleName(tr("Record the override of step %1").arg(displayNumber));
    m_withdrawOverride = new QToolButton(this);
    m_withdrawOverride->setObjectName(QStringLiteral("withdrawOverride_") + stepId);
    m_withdrawOverride->setText(tr("Withdraw"));
    m_withdrawOverride->setAccessibleName(tr("Withdraw the override of step %1").arg(displayNumber));
    m_overrideInfo = new QLabel(this);
    m_overrideInfo->setObjectName(QStringLiteral("overrideInfo_") + stepId);
    m_overrideInfo->setTextFormat(Qt::PlainText); // the engineer's name, from the session
    auto* overrideBox = new QHBoxLayout;
    overrideBox->addWidget(m_overrideLabel);
    overrideBox->addWidget(m_override, 1);
    overrideBox->addWidget(m_applyOverride);
    overrideBox->addWidget(m_withdrawOverride);
    overrideBox->addWidget(m_overrideInfo);
    connect(m_override, &QLineEdit::textEdited, this, &StepControls::updateOverrideControls);
    connect(m_override, &QLineEdit::returnPressed, this, [this] {
        if (m_applyOverride->isEnabled() && m_applyOverride->isVisible())
            requestOverride();
    });
    connect(m_applyOverride, &QToolButton::clicked, this, &StepControls::requestOverride);
    connect(m_withdrawOverride, &QToolButton::clicked, this, [this] {
        m_session->setOverride(m_scope, m_stepId, QString());
        m_override->clear();
        m_overrideButton->setChecked(false);
        updateOverrideControls();
    });
    connect(m_overrideButton, &QToolButton::toggled, this, [this](bool on) {
        updateOverrideControls();
        if (on)
            m_override->setFocus();
    });
    return overrideBox;
}

void StepControls::updateOverrideControls()
{
    const bool show = m_overrideActive || m_overrideButton->isChecked() || !m_override->text().isEmpty();
    m_overrideButton->setVisible(m_overrideActive || !m_checksPassed);
    m_override->setVisible(show);
    m_overrideLabel->setVisible(show);
    m_override->setReadOnly(m_overrideActive);
    m_applyOverride->setVisible(show && !m_overrideActive);
    m_withdrawOverride->setVisible(m_overrideActive);
    m_overrideInfo->setVisible(show);
    if (m_overrideActive)
        return; // refresh() says who and when
    const int missing = StepOverride::MinimumJustification - int(m_override->text().trimmed().size());
    m_applyOverride->setEnabled(missing <= 0);
    m_overrideInfo->setText(missing > 0 ? tr("%n more character(s): say why, and who agreed", nullptr, missing)
                                        : QString());
}

void StepControls::requestOverride()
{
    const QString justification = m_override->text().trimmed();
    if (justification.size() < StepOverride::MinimumJustification)
        return;
    if (m_failure.isEmpty()) {
        m_session->setOverride(m_scope, m_stepId, justification);
        return;
    }
    // Over a failed check: say which, and what the override means, before it is recorded.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Override step %1?").arg(m_displayNumber),
                                tr("The check of step %1 failed: %2\n\nAn override lets you go on without it. It is "
                                   "recorded with your justification and your name, and the report lists it as an "
                                   "exception. Fix the cause instead if you can.")
                                    .arg(m_displayNumber, m_failure),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("overrideQuestion"));
    box->setTextFormat(Qt::PlainText);
    QPushButton* yes = box->addButton(tr("&Override anyway"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("overrideConfirm"));
    QPushButton* no = box->addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("overrideCancel"));
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, justification] {
        if (box->clickedButton() == yes)
            m_session->setOverride(m_scope, m_stepId, justification);
    });
    box->open(); // no nested event loop
}

void StepControls::setLabels(const Labels& labels)
{
    m_labels = labels;
    if (m_confirm)
        m_confirm->setText(labels.confirm);
    m_overrideButton->setText(labels.overrideButton);
    m_override->setPlaceholderText(labels.overrideHint);
    m_applyOverride->setText(labels.applyOverride.isEmpty() ? tr("Override") : labels.applyOverride);
}

void StepControls::refresh(const StepRecord& rec)
{
    if (m_confirm) {
        if (m_confirmOnFallback) {
            const bool show = StepRules::offersManualFallback(rec) || rec.confirmation.confirmed;
            m_confirm->setVisible(show);
            m_confirmedBy->setVisible(show);
        }
        const QSignalBlocker block(m_confirm);
        m_confirm->setChecked(rec.confirmation.confirmed);
        m_confirmedBy->setText(rec.confirmation.confirmed
                                   ? tr("by %1, %2").arg(rec.confirmation.by.isEmpty() ? tr("(no engineer named)")
                                                                                       : rec.confirmation.by,
                                                         QLocale().toString(rec.confirmation.at, QLocale::ShortFormat))
                                   : QString());
    }
    if (m_note->text() != rec.note)
        m_note->setText(rec.note);
    m_note->setVisible(m_noteButton->isChecked() || !rec.note.isEmpty());
    const bool wasActive = m_overrideActive;
    m_overrideActive = rec.override_.isActive();
    if (m_overrideActive && m_override->text() != rec.override_.justification)
        m_override->setText(rec.override_.justification);
    else if (!m_overrideActive && wasActive)
        m_override->clear(); // withdrawn (here or elsewhere): no stale draft
    m_failure.clear();
    m_checksPassed = !rec.checks.isEmpty();
    for (const CheckResult& r : rec.checks) {
        m_checksPassed = m_checksPassed && r.status == CheckStatus::Passed;
        if (r.status == CheckStatus::Failed && m_failure.isEmpty())
            m_failure = r.message;
    }
    updateOverrideControls();
    if (m_overrideActive) {
        const QString who = rec.override_.by.isEmpty() ? tr("(no engineer named)") : rec.override_.by;
        m_overrideInfo->setText(
            tr("overridden by %1, %2").arg(who, QLocale().toString(rec.override_.at, QLocale::ShortFormat)));
    }
}

} // namespace o365
