#pragma once

#include "pages/StagePage.h"
#include "stages/signoff/SignOffStage.h"

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace o365 {

struct NetworkContext;

// The summary of every stage (done, overridden with justification, skipped with the
// reason) and the engineer's sign-off. Report export and signatures come later.
class SignOffPage : public StagePage
{
    Q_OBJECT
public:
    SignOffPage(Session* session, const NetworkContext* net, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    static QString scope() { return SignOffStage::stageKey(); }
    static QString stepId() { return SignOffStage::confirmStep(); }

private:
    QString summaryHtml() const;

    void exportReport();

    QLabel* m_trainingSummary = nullptr;
    QLabel* m_summary;
    QCheckBox* m_confirm;
    QCheckBox* m_sign;
    QPushButton* m_export;
    QPushButton* m_publicKey;
    QLabel* m_exportResult;
    const NetworkContext* m_net;
};

} // namespace o365
