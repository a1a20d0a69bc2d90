#pragma once

#include "report/ReportExporter.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QPushButton;

namespace o365 {

class Session;

// The last page, after Sign-off: the upgrade is signed off and where its report is, with the
// buttons to open it, open its folder or copy its path. Nothing here changes the session.
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DonePage(Session* session, QWidget* parent = nullptr);

    void setReport(const ReportExporter::Result& report);
    void initializePage() override;

    // Seam for tests: what opens a file or folder (QDesktopServices by default); false when nothing could.
    static std::function<bool(const QUrl&)>& urlOpener();

private:
    void open(const QString& path);

    Session* m_session;
    ReportExporter::Result m_report;
    QLabel* m_text;
    QLabel* m_openResult;
    QPushButton* m_openReport;
    QPushButton* m_openFolder;
    QPushButton* m_copyPath;
};

} // namespace o365
