#pragma once

#include "StagePage.h"

class QCheckBox;
class QLabel;

namespace o365 {

// The summary of every stage (done, overridden with justification, skipped with the
// reason) and the engineer's sign-off. Report export and signatures come later.
class SignOffPage : public StagePage
{
    Q_OBJECT
public:
    explicit SignOffPage(Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    static QString scope() { return QStringLiteral("signoff"); }
    static QString stepId() { return QStringLiteral("signoff.confirm"); }

private:
    QString summaryHtml() const;

    QLabel* m_summary;
    QCheckBox* m_confirm;
};

} // namespace o365
