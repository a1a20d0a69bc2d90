#pragma once

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QMessageBox;
class QToolButton;

namespace o365 {

class Session;
class StageDefinition;
struct Step;
struct StepRecord;

// What the engineer does with a step that needs action: the "done" confirmation (who and when),
// in training the KB's reason ("Why?"), a free-text note, and an override with a written
// justification. Every change goes to the session at once, except the justification: it is a
// draft until "Override" records it (at least StepOverride::MinimumJustification characters; over
// a failed check only after a question that names the failure, "overrideQuestion"), and an
// override is withdrawn with its own button. A step whose checks all passed offers no override.
// Children are named "<role>_<stepId>".
class StepControls : public QWidget
{
    Q_OBJECT
public:
    struct Labels
    {
        QString confirm;        // checkbox text
        QString overrideButton; // "Override…" / "Defer…"
        QString overrideHint;   // placeholder for the justification
        QString applyOverride;  // "Override" / "Defer": records it (empty: "Override")
    };

    StepControls(const StageDefinition& definition, const Step& step, const QString& displayNumber,
                 const Labels& labels, Session* session, const QString& scope, QWidget* parent = nullptr);

    void setLabels(const Labels& labels);
    void refresh(const StepRecord& record);

private:
    QHBoxLayout* buildButtons(const Step& step, const QString& displayNumber, const StageDefinition& definition);
    QWidget* addWhy(QHBoxLayout* row, const QString& stepId, const QString& displayNumber);
    void addNoteAndOverrideButtons(QHBoxLayout* row, const QString& stepId, const QString& displayNumber);
    QLayout* buildNote(const QString& stepId, const QString& displayNumber);
    QLayout* buildOverride(const QString& stepId, const QString& displayNumber);
    void updateOverrideControls();
    void requestOverride();

    Session* m_session;
    QString m_scope;
    QString m_stepId;
    Labels m_labels;
    bool m_confirmOnFallback = false; // the confirmation shows only when the check falls back to it
    QCheckBox* m_confirm = nullptr;
    QLabel* m_confirmedBy = nullptr;
    QToolButton* m_noteButton = nullptr;
    QToolButton* m_overrideButton = nullptr;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_override = nullptr;
    QLabel* m_overrideLabel = nullptr;
    QToolButton* m_applyOverride = nullptr;
    QToolButton* m_withdrawOverride = nullptr;
    QLabel* m_overrideInfo = nullptr; // how many characters are still needed; who overrode it, when
    QString m_displayNumber;
    bool m_overrideActive = false;
    bool m_checksPassed = false; // every check of the step ran and passed: nothing to override
    QString m_failure;           // the failed check's message, named in the question
};

} // namespace o365
