#include "StepControls.h"

#include "widgets/PlainToolTip.h"

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
#include <QToolButton>
#include <QVBoxLayout>

namespace o365 {

StepControls::StepControls(const StageDefinition& definition, const Step& step, const QString& displayNumber,
                           const Labels& labels, Session* session, const QString& scope, QWidget* parent)
    : QWidget(parent), m_session(session), m_scope(scope), m_stepId(step.id), m_labels(labels)
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
    auto* overrideBox = new QHBoxLayout;
    overrideBox->addWidget(m_overrideLabel);
    overrideBox->addWidget(m_override, 1);
    connect(m_override, &QLineEdit::textEdited, this,
            [this](const QString& t) { m_session->setOverride(m_scope, m_stepId, t); });
    connect(m_overrideButton, &QToolButton::toggled, this, [this](bool on) {
        const bool show = on || !m_override->text().isEmpty();
        m_override->setVisible(show);
        m_overrideLabel->setVisible(show);
        if (on)
            m_override->setFocus();
    });
    return overrideBox;
}

void StepControls::setLabels(const Labels& labels)
{
    m_labels = labels;
    if (m_confirm)
        m_confirm->setText(labels.confirm);
    m_overrideButton->setText(labels.overrideButton);
    m_override->setPlaceholderText(labels.overrideHint);
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
    if (m_override->text() != rec.override_.justification)
        m_override->setText(rec.override_.justification);
    const bool show = m_overrideButton->isChecked() || rec.override_.isActive();
    m_override->setVisible(show);
    m_overrideLabel->setVisible(show);
    m_override->setToolTip(plainToolTip(
        rec.override_.isActive()
            ? tr("Overridden by %1, %2").arg(rec.override_.by, QLocale().toString(rec.override_.at, QLocale::ShortFormat))
            : QString()));
}

} // namespace o365
