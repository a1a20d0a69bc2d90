#pragma once

#include "session/CheckResult.h"
#include "kb/ProcedureCatalogue.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
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

    // What keeps the list from being complete, in KB numbering ("2 open: Gateway 1g, Gateway 2 · 1
    // failed: Gateway 6b"); empty when nothing does.
    QString whatIsLeft() const;
    // Moves to the next step after the one that has the focus (cycling) that is open or failed, or
    // only failed: scrolled into view, its first control focused. False when there is none.
    bool jumpToNext(bool failuresOnly);

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
    void updateProgress(); // the line "14 of 20 steps done · 1 failed (Gateway 6b) · 2 overridden"
    struct Left {
        QStringList open, failed; // step ids, in the article's order
    };
    Left left() const;
    QString stepNames(const QStringList& stepIds) const; // "Gateway 1g, Gateway 6b", in the article's order

    Stage m_stage;
    Session* m_session;
    QString m_scope;
    StageController* m_controller;
    QHash<QString, StepRowWidget*> m_rows;
    QPushButton* m_rerun = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_stopBanner = nullptr;
    QLabel* m_progress = nullptr;
    QAbstractButton* m_nextOpen = nullptr;
    QAbstractButton* m_nextFailure = nullptr;
    int m_lastComplete = -1; // isComplete() as last announced; -1 not yet
};

} // namespace o365
