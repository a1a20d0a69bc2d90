#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace o365 {

class Session;
class StageDefinition;
struct Step;
struct StepRecord;

// The inputs of one step as a form: a line edit per value, a plain-text box per pasted output,
// and under each the stage's complaint about what was entered; a pasted output can also be loaded
// from a file ("loadFile_<stepId>_<key>": UTF-16 or UTF-8, at most 1 MiB). Every edit goes to the
// session at once. Editors are named "input_<stepId>_<key>", complaints "inputError_<stepId>_<key>".
class StepInputsForm : public QWidget
{
    Q_OBJECT
public:
    StepInputsForm(const StageDefinition& definition, const Step& step, Session* session, const QString& scope,
                   QWidget* parent = nullptr);

    void refresh(const StepRecord& record); // shows the session's values and their errors

    static constexpr qint64 MaxLoadedBytes = 1024 * 1024;
    // Asks for the file "Load from a file…" reads (a seam for the tests; a file dialog by default).
    static std::function<QString(QWidget*)>& fileChooser();

Q_SIGNALS:
    void edited();

private:
    QWidget* addLineEdit(const QString& stepId, const QString& key);
    QWidget* addPaste(const QString& stepId, const QString& key);
    void loadFile(const QString& key, QLabel* error);

    const StageDefinition& m_definition;
    Session* m_session;
    QString m_scope;
    QString m_stepId;
    QMap<QString, QLineEdit*> m_inputs;
    QMap<QString, QPlainTextEdit*> m_pastes;
    QMap<QString, QLabel*> m_errors;
};

} // namespace o365
