#include "StepInputsForm.h"

#include "core/BoundedFile.h"
#include "core/TextDecoding.h"
#include "kb/ProcedureCatalogue.h"
#include "kb/StageDefinition.h"
#include "session/Session.h"
#include "widgets/WrapLabel.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace o365 {

StepInputsForm::StepInputsForm(const StageDefinition& definition, const Step& step, Session* session,
                               const QString& scope, QWidget* parent)
    : QWidget(parent), m_definition(definition), m_session(session), m_scope(scope), m_stepId(step.id)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const StepInput& in : step.inputs) {
        auto* label = new QLabel(QCoreApplication::translate("Procedure", in.label) + QLatin1Char(':'), this);
        QWidget* editor = in.multiline ? addPaste(step.id, in.key) : addLineEdit(step.id, in.key);
        if (in.placeholder) {
            const QString hint = QCoreApplication::translate("Procedure", in.placeholder);
            if (auto* paste = qobject_cast<QPlainTextEdit*>(editor))
                paste->setPlaceholderText(hint);
            else if (auto* edit = qobject_cast<QLineEdit*>(editor))
                edit->setPlaceholderText(hint);
        }
        editor->setAccessibleName(label->text());
        label->setBuddy(editor);
        auto* error = new WrapLabel(this);
        error->setObjectName(QStringLiteral("inputError_%1_%2").arg(step.id, in.key));
        error->setTextFormat(Qt::PlainText); // quotes what was typed or pasted
        error->setVisible(false);
        auto* field = new QVBoxLayout;
        field->setSpacing(2);
        field->addWidget(editor);
        if (in.multiline) {
            // What the engineer saved to a file (the File route of the IIS inventory; Out-File writes UTF-16).
            auto* load = new QPushButton(tr("Load from a file…"), this);
            load->setObjectName(QStringLiteral("loadFile_%1_%2").arg(step.id, in.key));
            load->setAccessibleName(tr("Load %1 from a file").arg(QCoreApplication::translate("Procedure", in.label)));
            const QString key = in.key;
            connect(load, &QPushButton::clicked, this, [this, key, error] { loadFile(key, error); });
            field->addWidget(load, 0, Qt::AlignLeft);
        }
        field->addWidget(error);
        form->addRow(label, field);
        m_errors.insert(in.key, error);
    }
}

std::function<QString(QWidget*)>& StepInputsForm::fileChooser()
{
    static std::function<QString(QWidget*)> chooser = [](QWidget* parent) {
        return QFileDialog::getOpenFileName(parent, tr("Load the output from a file"), QString(),
                                            tr("Text files (*.txt *.log);;All files (*)"));
    };
    return chooser;
}

void StepInputsForm::loadFile(const QString& key, QLabel* error)
{
    const QString path = fileChooser()(this);
    if (path.isEmpty())
        return;
    const BoundedFile::Result read = BoundedFile::read(path, MaxLoadedBytes);
    if (!read.ok()) {
        error->setText(tr("⚠ %1").arg(read.message));
        error->setVisible(true);
        return;
    }
    error->setVisible(false);
    QPlainTextEdit* paste = m_pastes.value(key);
    paste->setPlainText(decodeText(read.bytes)); // textChanged saves it to the session
}

QWidget* StepInputsForm::addLineEdit(const QString& stepId, const QString& key)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("input_%1_%2").arg(stepId, key));
    m_inputs.insert(key, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key](const QString& text) {
        m_session->setValue(m_scope, m_stepId, key, text.trimmed());
        Q_EMIT edited();
    });
    return edit;
}

QWidget* StepInputsForm::addPaste(const QString& stepId, const QString& key)
{
    auto* paste = new QPlainTextEdit(this);
    paste->setObjectName(QStringLiteral("input_%1_%2").arg(stepId, key));
    paste->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    paste->setTabChangesFocus(true);
    paste->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pastes.insert(key, paste);
    connect(paste, &QPlainTextEdit::textChanged, this, [this, key, paste] {
        if (m_session->record(m_scope, m_stepId).values.value(key) == paste->toPlainText())
            return;
        m_session->setValue(m_scope, m_stepId, key, paste->toPlainText());
        Q_EMIT edited();
    });
    return paste;
}

void StepInputsForm::refresh(const StepRecord& record)
{
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        const QString v = record.values.value(it.key());
        if (it.value()->text().trimmed() != v)
            it.value()->setText(v);
        const QString err = m_definition.inputError(it.key(), v);
        QLabel* errLabel = m_errors.value(it.key());
        errLabel->setText(err.isEmpty() ? QString() : tr("⚠ %1").arg(err));
        errLabel->setVisible(!err.isEmpty());
    }
    for (auto it = m_pastes.cbegin(); it != m_pastes.cend(); ++it) {
        const QString v = record.values.value(it.key());
        if (it.value()->toPlainText() != v) {
            const QSignalBlocker block(it.value());
            it.value()->setPlainText(v);
        }
    }
}

} // namespace o365
