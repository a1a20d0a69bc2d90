#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace o365 {

class Session;
class StepListWidget;
class StageDefinition;
struct NetworkContext;
struct Stage;

// Common frame of the wizard's pages: title from the catalogue, the KB section it
// follows, and a scrolling body so nothing is clipped on small or scaled screens.
class StagePage : public QWizardPage
{
    Q_OBJECT
public:
    StagePage(const Stage& stage, Session* session, QWidget* parent = nullptr);

    QString stageKey() const;
    // QWizard resets a page's fields when it is left backwards or the wizard restarts; here the
    // session is the record, and nothing the engineer entered is ever thrown away.
    void cleanupPage() override {}
    // True while the page has work under way (checks) that may still make it complete.
    virtual bool isBusy() const { return false; }

    // Seam for tests: the folder a report goes to (empty: cancelled).
    static std::function<QString(QWidget*)>& reportFolderChooser();

protected:
    QVBoxLayout* body() const { return m_body; }
    Session* session() const { return m_session; }
    const Stage& stage() const;
    // What the wizard does about this stage (procedure/Procedure).
    const StageDefinition& definition() const;

private:
    void exportStageReport();

    QString m_stageKey;
    Session* m_session;
    QVBoxLayout* m_body;
    QLabel* m_exportResult = nullptr;
};

// A stage page whose content is the stage's KB steps for one scope (the stage itself).
class StepListPage : public StagePage
{
    Q_OBJECT
public:
    StepListPage(const Stage& stage, Session* session, const NetworkContext* net, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const override;
    StepListWidget* steps() const { return m_steps; }

protected:
    // Before the page is first shown: the checks use `net` instead (e.g. with the page's own secret store).
    void setNetworkContext(const NetworkContext* net) { m_net = net; }

private:
    StepListWidget* m_steps = nullptr;
    const NetworkContext* m_net;
};

} // namespace o365
