#pragma once

#include "session/CheckResult.h"
#include "kb/ProcedureCatalogue.h"

#include "widgets/StepControls.h"

#include <QFrame>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;

namespace o365 {

class Session;
class StageDefinition;
class StepInputsForm;

// One KB step as a row: its number and text, its state (icon and word, never colour
// alone), inputs, the automated check's result, the "done" confirmation (who and when),
// a free-text note, and an override with a written justification.
// Child widgets are named "<role>_<stepId>" so tests can find them.
class StepRowWidget : public QFrame
{
    Q_OBJECT
public:
    using Labels = StepControls::Labels;

    StepRowWidget(const StageDefinition& definition, const Step& step, const QString& displayNumber,
                  Session* session, const QString& scope, QWidget* parent = nullptr);

    // For rows not in the catalogue's stage list (New Features): own text and labels.
    void setDisplayText(const QString& text);
    void setLabels(const Labels& labels);

    const Step& step() const { return m_step; }
    QString scope() const { return m_scope; }

    void refresh();              // re-read the session
    void setCheckRunning(bool running);

Q_SIGNALS:
    void inputEdited(const QString& stepId);
    // The engineer asks to accept the certificate a check refused (evidence of that result).
    void acceptCertificateRequested(const QJsonObject& evidence);

private:
    void build();
    QLayout* buildHeader();
    QLayout* buildCommand();
    QLayout* buildCheckResult();
    QString stateText() const;

    const StageDefinition& m_definition;
    Step m_step;
    QString m_displayNumber;
    Session* m_session;
    QString m_scope;
    bool m_checkRunning = false;
    Labels m_labels;

    QLabel* m_number = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_stateIcon = nullptr;
    QLabel* m_checkLabel = nullptr;
    StepInputsForm* m_inputsForm = nullptr;
    StepControls* m_controls = nullptr;
    QPlainTextEdit* m_command = nullptr;
    QComboBox* m_commandRoute = nullptr; // which of the command's variants is shown (hidden without variants)
    QLabel* m_commandErrors = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_acceptCert = nullptr;
    QJsonObject m_certEvidence;
};

} // namespace o365
