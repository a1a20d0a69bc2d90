#include "StepRowWidget.h"

#include "training/TrainingNotes.h"

#include "session/Session.h"
#include "widgets/StatusIcons.h"
#include "kb/StageDefinition.h"
#include "kb/StepState.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace o365 {

StepRowWidget::StepRowWidget(const StageDefinition& definition, const Step& step, const QString& displayNumber,
                             Session* session, const QString& scope, QWidget* parent)
    : QFrame(parent), m_definition(definition), m_step(step), m_displayNumber(displayNumber), m_session(session), m_scope(scope)
{
    setObjectName(QStringLiteral("row_") + step.id);
    m_labels.confirm = step.role == StepRole::Important ? tr("I have read this") : tr("Done");
    m_labels.overrideButton = tr("Override…");
    m_labels.overrideHint = tr("Why is this step passed over? (required)");
    build();
    refresh();
}

void StepRowWidget::setDisplayText(const QString& text)
{
    m_text->setText(text);
    m_text->setAccessibleName(text);
}

void StepRowWidget::setLabels(const Labels& labels)
{
    m_labels = labels;
    if (m_confirm)
        m_confirm->setText(labels.confirm);
    if (m_overrideButton)
        m_overrideButton->setText(labels.overrideButton);
    if (m_override)
        m_override->setPlaceholderText(labels.overrideHint);
}

void StepRowWidget::build()
{
    const QString id = m_step.id;
    const bool paragraph = m_step.role == StepRole::Important || m_step.role == StepRole::Note;
    setFrameShape(m_step.needsAction() || paragraph ? QFrame::StyledPanel : QFrame::NoFrame);
    setProperty("stepRole", int(m_step.role));
    if (m_step.role == StepRole::Important) {
        setAutoFillBackground(true);
        QPalette p = palette();
        p.setColor(QPalette::Window, QColor(255, 244, 206)); // the icon and the word say it too
        setPalette(p);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(m_step.role == StepRole::SubStep ? 24 : 6, 4, 6, 4);
    layout->setSpacing(3);

    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    m_stateIcon = new QLabel(this);
    m_stateIcon->setObjectName(QStringLiteral("stateIcon_") + id);
    m_stateIcon->setFixedSize(18, 18);
    header->addWidget(m_stateIcon, 0, Qt::AlignTop);

    QString number = m_displayNumber;
    if (m_step.role == StepRole::Important)
        number = number.isEmpty() ? tr("Important:") : tr("%1 — Important:").arg(number);
    else if (m_step.role == StepRole::Note)
        number = number.isEmpty() ? tr("Note:") : tr("%1 — Note:").arg(number);
    m_number = new QLabel(QStringLiteral("<b>%1</b>").arg(number.toHtmlEscaped()), this);
    m_number->setObjectName(QStringLiteral("number_") + id);
    m_number->setTextFormat(Qt::RichText);
    m_number->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("PA Application 7e — Important:")) / 2);
    m_number->setVisible(!number.isEmpty());
    header->addWidget(m_number, 0, Qt::AlignTop);

    m_text = new WrapLabel(m_step.translatedText(), this);
    m_text->setObjectName(QStringLiteral("text_") + id);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    header->addWidget(m_text, 1, Qt::AlignTop);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state_") + id);
    m_state->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_state->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Overridden")) + 8);
    header->addWidget(m_state, 0, Qt::AlignTop);
    layout->addLayout(header);

    const int indent = 26 + (m_number->isVisible() ? m_number->minimumWidth() + 8 : 0);
    auto indented = [indent](QLayout* inner) {
        auto* wrap = new QHBoxLayout;
        wrap->addSpacing(indent);
        wrap->addLayout(inner, 1);
        return wrap;
    };

    if (!m_step.inputs.isEmpty()) {
        auto* form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        for (const StepInput& in : m_step.inputs) {
            auto* label = new QLabel(QCoreApplication::translate("Procedure", in.label) + QLatin1Char(':'), this);
            const QString key = in.key;
            QWidget* editor = nullptr;
            if (in.multiline) {
                auto* paste = new QPlainTextEdit(this);
                paste->setObjectName(QStringLiteral("input_%1_%2").arg(id, in.key));
                if (in.placeholder)
                    paste->setPlaceholderText(QCoreApplication::translate("Procedure", in.placeholder));
                paste->setMaximumHeight(fontMetrics().lineSpacing() * 6);
                paste->setTabChangesFocus(true);
                paste->setLineWrapMode(QPlainTextEdit::NoWrap);
                m_pastes.insert(in.key, paste);
                connect(paste, &QPlainTextEdit::textChanged, this, [this, key, paste] {
                    if (m_session->record(m_scope, m_step.id).values.value(key) == paste->toPlainText())
                        return;
                    m_session->setValue(m_scope, m_step.id, key, paste->toPlainText());
                    Q_EMIT inputEdited(m_step.id);
                });
                editor = paste;
            } else {
                auto* edit = new QLineEdit(this);
                edit->setObjectName(QStringLiteral("input_%1_%2").arg(id, in.key));
                if (in.placeholder)
                    edit->setPlaceholderText(QCoreApplication::translate("Procedure", in.placeholder));
                m_inputs.insert(in.key, edit);
                connect(edit, &QLineEdit::textEdited, this, [this, key](const QString& text) {
                    m_session->setValue(m_scope, m_step.id, key, text.trimmed());
                    Q_EMIT inputEdited(m_step.id);
                });
                editor = edit;
            }
            editor->setAccessibleName(label->text());
            label->setBuddy(editor);
            auto* error = new WrapLabel(this);
            error->setObjectName(QStringLiteral("inputError_%1_%2").arg(id, in.key));
            error->setVisible(false);
            auto* field = new QVBoxLayout;
            field->setSpacing(2);
            field->addWidget(editor);
            field->addWidget(error);
            form->addRow(label, field);
            m_inputErrors.insert(in.key, error);
        }
        layout->addLayout(indented(form));
    }

    if (m_definition.hasCommand(m_step.id)) {
        m_command = new QPlainTextEdit(this);
        m_command->setObjectName(QStringLiteral("command_") + id);
        m_command->setReadOnly(true);
        m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_command->setMaximumHeight(fontMetrics().lineSpacing() * 4);
        m_command->setAccessibleName(tr("Command for step %1").arg(m_displayNumber));
        m_command->setTabChangesFocus(true);
        m_copy = new QPushButton(tr("Copy"), this);
        m_copy->setObjectName(QStringLiteral("copyCommand_") + id);
        m_copy->setAccessibleName(tr("Copy the command of step %1").arg(m_displayNumber));
        connect(m_copy, &QPushButton::clicked, this, [this] {
            if (QClipboard* clipboard = QGuiApplication::clipboard())
                clipboard->setText(m_command->toPlainText());
        });
        m_commandErrors = new WrapLabel(this);
        m_commandErrors->setObjectName(QStringLiteral("commandErrors_") + id);
        m_commandErrors->setTextFormat(Qt::PlainText);
        auto* box = new QGridLayout;
        box->addWidget(m_command, 0, 0);
        box->addWidget(m_copy, 0, 1, Qt::AlignTop);
        box->addWidget(m_commandErrors, 1, 0, 1, 2);
        layout->addLayout(indented(box));
    }

    if (m_definition.checksStep(m_step.id)) {
        m_checkLabel = new WrapLabel(this);
        m_checkLabel->setObjectName(QStringLiteral("check_") + id);
        m_checkLabel->setTextFormat(Qt::RichText);
        m_checkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_acceptCert = new QPushButton(tr("Accept this certificate…"), this);
        m_acceptCert->setObjectName(QStringLiteral("acceptCert_") + id);
        m_acceptCert->setVisible(false);
        connect(m_acceptCert, &QPushButton::clicked, this,
                [this] { Q_EMIT acceptCertificateRequested(m_certEvidence); });
        auto* box = new QHBoxLayout;
        box->addWidget(m_checkLabel, 1);
        box->addWidget(m_acceptCert, 0, Qt::AlignTop);
        layout->addLayout(indented(box));
    }

    if (!m_step.needsAction())
        return;

    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    const bool manual = m_step.kind == StepKind::ManualConfirmation ||
                        (m_step.kind == StepKind::AutomatedCheck && !m_definition.checksStep(m_step.id));
    // A check that may hand its step back (the PA API not configured or unable to answer): the
    // confirmation shows once its latest result says so (see refresh()).
    m_confirmOnFallback = !manual && m_step.kind == StepKind::AutomatedCheck &&
                          m_definition.mayFallBackToManual(m_step.id);
    if (manual || m_confirmOnFallback) {
        m_confirm = new QCheckBox(m_labels.confirm, this);
        m_confirm->setObjectName(QStringLiteral("confirm_") + id);
        m_confirm->setAccessibleName(tr("Confirm step %1").arg(m_displayNumber.isEmpty() ? id : m_displayNumber));
        if (m_confirmOnFallback)
            m_confirm->setToolTip(tr("The automated check could not decide this step: confirm it by hand."));
        else if (m_step.kind == StepKind::AutomatedCheck)
            m_confirm->setToolTip(tr("No automated check for this step yet: confirm it by hand."));
        connect(m_confirm, &QCheckBox::toggled, this,
                [this](bool on) { m_session->setConfirmed(m_scope, m_step.id, on); });
        controls->addWidget(m_confirm);
        m_confirmedBy = new QLabel(this);
        m_confirmedBy->setObjectName(QStringLiteral("confirmedBy_") + id);
        controls->addWidget(m_confirmedBy);
    }
    controls->addStretch(1);
    // Training: why the KB asks for this step, one click away (the trainee view).
    QLabel* why = nullptr;
    const QString whyText = m_session->isTraining() ? TrainingNotes::why(id) : QString();
    if (!whyText.isEmpty()) {
        auto* whyButton = new QToolButton(this);
        whyButton->setObjectName(QStringLiteral("why_") + id);
        whyButton->setText(tr("Why?"));
        whyButton->setCheckable(true);
        whyButton->setAccessibleName(tr("Why the KB asks for step %1").arg(m_displayNumber));
        controls->addWidget(whyButton);
        why = new WrapLabel(whyText, this);
        why->setObjectName(QStringLiteral("whyText_") + id);
        why->setTextFormat(Qt::PlainText);
        why->setStyleSheet(QStringLiteral("QLabel{background:palette(alternate-base);padding:4px;}"));
        why->setVisible(false);
        connect(whyButton, &QToolButton::toggled, why, &QLabel::setVisible);
    }
    m_noteButton = new QToolButton(this);
    m_noteButton->setObjectName(QStringLiteral("noteButton_") + id);
    m_noteButton->setText(tr("Note"));
    m_noteButton->setCheckable(true);
    m_noteButton->setAccessibleName(tr("Add a note to step %1").arg(m_displayNumber));
    controls->addWidget(m_noteButton);
    m_overrideButton = new QToolButton(this);
    m_overrideButton->setObjectName(QStringLiteral("overrideButton_") + id);
    m_overrideButton->setText(m_labels.overrideButton);
    m_overrideButton->setCheckable(true);
    m_overrideButton->setAccessibleName(tr("Override step %1 with a justification").arg(m_displayNumber));
    controls->addWidget(m_overrideButton);
    layout->addLayout(indented(controls));
    if (why) {
        auto* whyBox = new QHBoxLayout;
        whyBox->addWidget(why);
        layout->addLayout(indented(whyBox));
    }

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note_") + id);
    m_note->setPlaceholderText(tr("Note for this step (kept in the session and the report)"));
    m_note->setAccessibleName(tr("Note for step %1").arg(m_displayNumber));
    auto* noteBox = new QHBoxLayout;
    noteBox->addWidget(m_note);
    layout->addLayout(indented(noteBox));
    connect(m_note, &QLineEdit::textEdited, this, [this](const QString& t) { m_session->setNote(m_scope, m_step.id, t); });
    connect(m_noteButton, &QToolButton::toggled, this, [this](bool on) {
        m_note->setVisible(on || !m_note->text().isEmpty());
        if (on)
            m_note->setFocus();
    });

    m_overrideLabel = new QLabel(tr("Justification:"), this);
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("override_") + id);
    m_override->setPlaceholderText(m_labels.overrideHint);
    m_override->setAccessibleName(tr("Justification for overriding step %1").arg(m_displayNumber));
    m_overrideLabel->setBuddy(m_override);
    auto* overrideBox = new QHBoxLayout;
    overrideBox->addWidget(m_overrideLabel);
    overrideBox->addWidget(m_override, 1);
    layout->addLayout(indented(overrideBox));
    connect(m_override, &QLineEdit::textEdited, this,
            [this](const QString& t) { m_session->setOverride(m_scope, m_step.id, t); });
    connect(m_overrideButton, &QToolButton::toggled, this, [this](bool on) {
        const bool show = on || !m_override->text().isEmpty();
        m_override->setVisible(show);
        m_overrideLabel->setVisible(show);
        if (on)
            m_override->setFocus();
    });
}

void StepRowWidget::setCheckRunning(bool running)
{
    m_checkRunning = running;
    refresh();
}

QString StepRowWidget::stateText() const
{
    const StepState s = StepRules::evaluateIn(m_definition, m_step, *m_session, m_scope);
    if (m_checkRunning)
        return tr("Checking…");
    switch (s) {
    case StepState::Info: return QString();
    case StepState::Open: return tr("To do");
    case StepState::Done: return tr("Done");
    case StepState::Failed: return tr("Failed");
    case StepState::Overridden: return tr("Overridden");
    case StepState::NotApplicable: return tr("Not needed");
    }
    return {};
}

void StepRowWidget::refresh()
{
    const StepRecord rec = m_session->record(m_scope, m_step.id);
    const StepState s = StepRules::evaluateIn(m_definition, m_step, *m_session, m_scope);
    const QString notApplicable = m_definition.notApplicableReason(m_step, *m_session, m_scope);
    m_state->setToolTip(s == StepState::NotApplicable ? notApplicable : QString());
    m_state->setText(stateText());
    m_state->setAccessibleName(tr("State: %1").arg(stateText()));
    m_stateIcon->setPixmap(StatusIcons::forState(s, m_checkRunning).pixmap(16, 16));
    setProperty("stepState", toString(s));

    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        const QString v = rec.values.value(it.key());
        if (it.value()->text().trimmed() != v)
            it.value()->setText(v);
        const QString err = m_definition.inputError(it.key(), v);
        QLabel* errLabel = m_inputErrors.value(it.key());
        errLabel->setText(err.isEmpty() ? QString() : tr("⚠ %1").arg(err));
        errLabel->setVisible(!err.isEmpty());
    }
    for (auto it = m_pastes.cbegin(); it != m_pastes.cend(); ++it) {
        const QString v = rec.values.value(it.key());
        if (it.value()->toPlainText() != v) {
            const QSignalBlocker block(it.value());
            it.value()->setPlainText(v);
        }
    }
    if (m_command) {
        const StepCommand c = m_definition.commandFor(m_step.id, *m_session, m_scope);
        if (m_command->toPlainText() != c.text)
            m_command->setPlainText(c.text);
        m_command->setVisible(!c.text.isEmpty());
        m_copy->setEnabled(!c.text.isEmpty());
        m_commandErrors->setText(c.errors.isEmpty() ? QString() : tr("⚠ %1").arg(c.errors.join(QStringLiteral(" "))));
        m_commandErrors->setVisible(!c.errors.isEmpty());
    }
    if (m_checkLabel) {
        QStringList lines;
        QString tip;
        m_certEvidence = QJsonObject();
        for (const CheckResult& r : rec.checks) {
            const QString phase = r.phase == CheckPhase::After ? tr("after the upgrade: ") : QString();
            lines << QStringLiteral("%1 %2%3").arg(StatusIcons::checkWord(r.status), phase, r.message.toHtmlEscaped());
            if (!r.detail.isEmpty())
                tip += r.detail + QLatin1Char('\n');
            if (r.evidence.value(QStringLiteral("certificateAcceptable")).toBool())
                m_certEvidence = r.evidence;
        }
        m_acceptCert->setVisible(!m_certEvidence.isEmpty() && !m_checkRunning);
        if (m_checkRunning)
            lines = QStringList{tr("Checking…")};
        else if (lines.isEmpty())
            lines << tr("Not checked yet.");
        if (s == StepState::NotApplicable)
            lines = QStringList{notApplicable.toHtmlEscaped()};
        m_checkLabel->setText(lines.join(QStringLiteral("<br>")));
        m_checkLabel->setToolTip(tip.trimmed());
    }
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
    if (m_note) {
        if (m_note->text() != rec.note)
            m_note->setText(rec.note);
        m_note->setVisible(m_noteButton->isChecked() || !rec.note.isEmpty());
    }
    if (m_override) {
        if (m_override->text() != rec.override_.justification)
            m_override->setText(rec.override_.justification);
        const bool show = m_overrideButton->isChecked() || rec.override_.isActive();
        m_override->setVisible(show);
        m_overrideLabel->setVisible(show);
        m_override->setToolTip(rec.override_.isActive()
                                   ? tr("Overridden by %1, %2").arg(rec.override_.by,
                                                                    QLocale().toString(rec.override_.at, QLocale::ShortFormat))
                                   : QString());
    }
}

} // namespace o365
