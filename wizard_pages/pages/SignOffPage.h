#pragma once

#include "pages/StagePage.h"
#include "report/ReportExporter.h"
#include "stages/signoff/SignOffStage.h"

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace o365 {

struct NetworkContext;

// The summary of every stage (done, overridden with justification, skipped with the
// reason) and the engineer's sign-off. A commit page: "Sign off and save the report" marks the
// session finished, writes the report (signed unless the engineer unticked it) and only then goes
// on to the Done page; a failure says why and what to do, and nothing is marked finished. "Export"
// before that writes a draft and says so.
class SignOffPage : public StagePage
{
    Q_OBJECT
public:
    SignOffPage(Session* session, const NetworkContext* net, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool isBusy() const override { return m_exporting; }

    static QString scope() { return SignOffStage::stageKey(); }
    static QString stepId() { return SignOffStage::confirmStep(); }

Q_SIGNALS:
    // The signed-off report was written (what the Done page shows).
    void reportSaved(const o365::ReportExporter::Result& result);

private:
    QString summaryHtml() const;

    // Writes the report into a folder the engineer chooses; `signOff`: the final one, then on to Done.
    void exportReport(bool signOff);
    bool m_exporting = false;
    bool m_saved = false; // the signed-off report is written: the page may be left

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
