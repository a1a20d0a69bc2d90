#include "StepRowWidget.h"

#include "widgets/PlainToolTip.h"

#include "kb/StageDefinition.h"
#include "kb/StepState.h"
#include "session/Session.h"
#include "widgets/StatusIcons.h"
#include "widgets/StepControls.h"
#include "widgets/StepInputsForm.h"
#include "widgets/WrapLabel.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
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
    if (m_controls)
        m_controls->setLabels(labels);
}

void StepRowWidget::build()
{
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
    layout->addLayout(buildHeader());

    // What follows the header lines up with the step's text.
    const int indent = 26 + (m_number->isVisible() ? m_number->minimumWidth() + 8 : 0);
    auto indented = [indent](QLayout* inner) {
        auto* wrap = new QHBoxLayout;
        wrap->addSpacing(indent);
        wrap->addLayout(inner, 1);
        return wrap;
    };
    auto indentedWidget = [&](QWidget* w) {
        auto* box = new QHBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(w);
        return indented(box);
    };
    if (!m_step.inputs.isEmpty()) {
        m_inputsForm = new StepInputsForm(m_definition, m_step, m_session, m_scope, this);
        connect(m_inputsForm, &StepInputsForm::edited, this, [this] { Q_EMIT inputEdited(m_step.id); });
        layout->addLayout(indentedWidget(m_inputsForm));
    }
    if (m_definition.hasCommand(m_step.id))
        layout->addLayout(indented(buildCommand()));
    if (m_definition.checksStep(m_step.id))
        layout->addLayout(indented(buildCheckResult()));
    if (m_step.needsAction()) {
        m_controls = new StepControls(m_definition, m_step, m_displayNumber, m_labels, m_session, m_scope, this);
        layout->addLayout(indentedWidget(m_controls));
    }
}

// State icon, number ("Gateway 6 — Important:"), text, state word.
QLayout* StepRowWidget::buildHeader()
{
    const QString id = m_step.id;
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
    return header;
}

// The command the step offers to copy (IIS inventory, setup.ps1 line), or what it still needs.
QLayout* StepRowWidget::buildCommand()
{
    const QString id = m_step.id;
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
    m_commandRoute = new QComboBox(this);
    m_commandRoute->setObjectName(QStringLiteral("commandRoute_") + id);
    m_commandRoute->setAccessibleName(tr("How the command of step %1 gives its output").arg(m_displayNumber));
    m_commandRoute->setVisible(false);
    connect(m_commandRoute, &QComboBox::activated, this, [this] { refresh(); });
    auto* box = new QGridLayout;
    box->addWidget(m_commandRoute, 0, 0, 1, 2);
    box->addWidget(m_command, 1, 0);
    box->addWidget(m_copy, 1, 1, Qt::AlignTop);
    box->addWidget(m_commandErrors, 2, 0, 1, 2);
    return box;
}

// The automated check's results, and the way to accept a certificate it refused.
QLayout* StepRowWidget::buildCheckResult()
{
    const QString id = m_step.id;
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
    return box;
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
    case StepState::Overridden: // a New Feature passed over is put off, not overridden
        return m_definition.stage().key == QLatin1String("features") ? tr("Deferred") : tr("Overridden");
    case StepState::NotApplicable: return tr("Not needed");
    }
    return {};
}

void StepRowWidget::refresh()
{
    const StepRecord rec = m_session->record(m_scope, m_step.id);
    const StepState s = StepRules::evaluateIn(m_definition, m_step, *m_session, m_scope);
    const QString notApplicable = m_definition.notApplicableReason(m_step, *m_session, m_scope);
    m_state->setToolTip(plainToolTip(s == StepState::NotApplicable ? notApplicable : QString()));
    m_state->setText(stateText());
    m_state->setAccessibleName(tr("State: %1").arg(stateText()));
    m_stateIcon->setPixmap(StatusIcons::forState(s, m_checkRunning).pixmap(16, 16));
    setProperty("stepState", toString(s));

    if (m_inputsForm)
        m_inputsForm->refresh(rec);
    if (m_command) {
        const StepCommand c = m_definition.commandFor(m_step.id, *m_session, m_scope);
        if (m_commandRoute->count() != c.variants.size()) {
            m_commandRoute->clear();
            for (const auto& [label, text] : c.variants)
                m_commandRoute->addItem(label);
        }
        m_commandRoute->setVisible(!c.variants.isEmpty());
        const int route = m_commandRoute->currentIndex();
        const QString text = route >= 0 && route < c.variants.size() ? c.variants.at(route).second : c.text;
        if (m_command->toPlainText() != text)
            m_command->setPlainText(text);
        m_command->setVisible(!text.isEmpty());
        m_copy->setEnabled(!text.isEmpty());
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
        m_checkLabel->setToolTip(plainToolTip(tip.trimmed())); // the checks' details: from hosts and pastes
    }
    if (m_controls)
        m_controls->refresh(rec);
}

} // namespace o365
