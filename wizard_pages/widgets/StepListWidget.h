#pragma once

#include "session/CheckResult.h"
#include "kb/ProcedureCatalogue.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace o365 {

class Session;
class StageController;
class StageDefinition;
class StepRowWidget;
struct NetworkContext;

// The rows of one stage's KB steps for one scope (a gateway application, or the stage itself).
// The stage's check loop is a StageController (the same as --check runs): the list starts it
// with runChecks() (the page calls it when it opens), on "Re-run checks", and asks it to run
// shortly after an input changes; it shows what the loop reports.
class StepListWidget : public QWidget
{
    Q_OBJECT
public:
    StepListWidget(const StageDefinition& definition, Session* session, const QString& scope,
                   const NetworkContext* net, QWidget* parent = nullptr);
    ~StepListWidget() override;

    QString scope() const { return m_scope; }
    const Stage& stage() const { return m_stage; }
    bool isComplete() const;
    bool checksRunning() const;
    const StageController& controller() const { return *m_controller; } // the check loop it shows
    StepRowWidget* row(const QString& stepId) const { return m_rows.value(stepId); }

    void runChecks();
    static QString displayNumber(const Stage& stage, const Step& step);

Q_SIGNALS:
    void completeChanged();
    void checksFinished();

private:
    void onRecordChanged(const QString& scope, const QString& stepId);
    void onRunStarted(const QStringList& stepIds);
    void onRunFinished();
    void acceptCertificate(const QJsonObject& evidence);
    void updateStopBanner();
    void notifyComplete(); // emits completeChanged() when isComplete() changed

    Stage m_stage;
    Session* m_session;
    QString m_scope;
    StageController* m_controller;
    QHash<QString, StepRowWidget*> m_rows;
    QPushButton* m_rerun = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_stopBanner = nullptr;
    int m_lastComplete = -1; // isComplete() as last announced; -1 not yet
};

} // namespace o365
