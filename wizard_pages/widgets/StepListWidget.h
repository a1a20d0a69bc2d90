#pragma once

#include "session/CheckResult.h"
#include "kb/ProcedureCatalogue.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace o365 {

class CheckRunner;
class Session;
class StepRowWidget;
struct NetworkContext;

// The rows of one stage's KB steps for one scope (a gateway application, or the stage
// itself), with the stage's automated checks: they start with runChecks() (the page calls
// it when it opens), again on "Re-run checks", and shortly after an input changes.
class StepListWidget : public QWidget
{
    Q_OBJECT
public:
    StepListWidget(const Stage& stage, Session* session, const QString& scope, const NetworkContext* net,
                   QWidget* parent = nullptr);
    ~StepListWidget() override;

    QString scope() const { return m_scope; }
    const Stage& stage() const { return m_stage; }
    bool isComplete() const;
    bool checksRunning() const;
    StepRowWidget* row(const QString& stepId) const { return m_rows.value(stepId); }

    void runChecks();
    static QString displayNumber(const Stage& stage, const Step& step);

Q_SIGNALS:
    void completeChanged();
    void checksFinished();

private:
    void onRecordChanged(const QString& scope, const QString& stepId);
    void onCheckFinished(const CheckResult& result);
    void acceptCertificate(const QJsonObject& evidence);
    void updateStopBanner();
    void notifyComplete(); // emits completeChanged() when isComplete() changed

    Stage m_stage;
    Session* m_session;
    QString m_scope;
    CheckRunner* m_runner;
    bool m_validationPending = false; // a step that starts the validation was confirmed during a run
    QHash<QString, StepRowWidget*> m_rows;
    QPushButton* m_rerun = nullptr;
    QProgressBar* m_busy = nullptr;
    QTimer m_inputDebounce;
    const NetworkContext* m_net;
    QLabel* m_stopBanner = nullptr;
    int m_lastComplete = -1; // isComplete() as last announced; -1 not yet
};

} // namespace o365
