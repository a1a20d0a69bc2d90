#pragma once

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace o365 {

class Session;
class StageDefinition;
struct Step;
struct StepRecord;

// What the engineer does with a step that needs action: the "done" confirmation (who and when),
// in training the KB's reason ("Why?"), a free-text note, and an override with a written
// justification. Every change goes to the session at once. Children are named "<role>_<stepId>".
class StepControls : public QWidget
{
    Q_OBJECT
public:
    struct Labels
    {
        QString confirm;        // checkbox text
        QString overrideButton; // "Override…" / "Defer…"
        QString overrideHint;   // placeholder for the justification
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
};

} // namespace o365
