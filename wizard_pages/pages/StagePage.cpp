#include "StagePage.h"

#include "kb/ProcedureCatalogue.h"
#include "procedure/Procedure.h"
#include "core/RecentFolders.h"
#include "report/ReportExportJob.h"
#include "session/Session.h"
#include "widgets/StepListWidget.h"
#include "widgets/WrapLabel.h"

#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace o365 {

namespace {

// QScrollArea's size hint is its content's, bounded to 36×24 lines of text: for a page of many
// word-wrapped steps that means laying the whole page out for nothing, on every layout pass of the
// wizard (it was ~a fifth of the start-up time). The bound is the answer for every page here.
class PageScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        const int h = fontMetrics().height();
        const int f = 2 * frameWidth();
        return QSize(36 * h + f, 24 * h + f);
    }
};

} // namespace

StagePage::StagePage(const Stage& stage, Session* session, QWidget* parent)
    : QWizardPage(parent), m_stageKey(stage.key), m_session(session)
{
    setObjectName(QStringLiteral("page_") + stage.key);
    setTitle(stage.translatedTitle());
    if (stage.kbSection)
        setSubTitle(tr("KB %1 — %2").arg(ProcedureCatalogue::instance().articleId(), stage.translatedSection()));

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    if (session->isTraining()) {
        // Never mistaken for a real upgrade: every page says so, in words (not colour alone).
        auto* banner = new WrapLabel(tr("TRAINING — a simulated lab, not a customer's installation. Scenario: %1")
                                      .arg(session->field(Session::fieldTrainingTitle())),
                                  this);
        banner->setObjectName(QStringLiteral("trainingBanner"));
        banner->setStyleSheet(QStringLiteral("QLabel{background:#b00020;color:white;font-weight:bold;padding:4px;}"));
        banner->setAccessibleName(tr("Training session"));
        outer->addWidget(banner);
    }
    auto* scroll = new PageScrollArea(this);
    scroll->setObjectName(QStringLiteral("scroll_") + stage.key);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(4, 4, 4, 4);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    // Keyboard users: whatever gets the focus (Tab, a mnemonic, a check that moves it) is scrolled into view.
    connect(qApp, &QApplication::focusChanged, scroll, [scroll](QWidget*, QWidget* now) {
        if (now && scroll->widget() && scroll->widget()->isAncestorOf(now))
            scroll->ensureWidgetVisible(now);
    });

    // Every stage can be exported on its own (unsigned: a working document; Sign-off signs the whole).
    if (stage.id != StageId::SignOff) {
        auto* bar = new QHBoxLayout;
        auto* exportButton = new QPushButton(tr("Export stage report…"), this);
        exportButton->setObjectName(QStringLiteral("exportStageReport"));
        exportButton->setToolTip(tr("Write this stage's report (JSON, HTML, PDF), unsigned."));
        m_exportResult = new WrapLabel(this);
        m_exportResult->setObjectName(QStringLiteral("exportStageResult"));
        m_exportResult->setTextFormat(Qt::PlainText);
        m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
        bar->addWidget(exportButton);
        bar->addWidget(m_exportResult, 1);
        outer->addLayout(bar);
        connect(exportButton, &QPushButton::clicked, this, &StagePage::exportStageReport);
    }
}

std::function<QString(QWidget*)>& StagePage::reportFolderChooser()
{
    static std::function<QString(QWidget*)> chooser = [](QWidget* parent) {
        // Starts in the folder chosen last time, and remembers this one.
        const QString folder =
            QFileDialog::getExistingDirectory(parent, tr("Folder for the report"), RecentFolders::reportFolder());
        RecentFolders::rememberReportFolder(folder);
        return folder;
    };
    return chooser;
}

void StagePage::exportStageReport()
{
    const QString folder = reportFolderChooser()(this);
    if (folder.isEmpty())
        return;
    m_exportResult->setText(tr("Exporting…"));
    auto* job = new ReportExportJob(m_session, nullptr, this);
    connect(job, &ReportExportJob::finished, this, [this, job](const ReportExportJob::Outcome& o) {
        job->deleteLater();
        m_exportResult->setText(o.exitCode == 0 ? tr("✔ %1 (not signed)").arg(o.result.jsonPath)
                                                : tr("✖ %1").arg(o.error));
    });
    ReportExportJob::Request request;
    request.out = folder;
    request.stage = m_stageKey;
    job->start(request);
}

QString StagePage::stageKey() const { return m_stageKey; }

const Stage& StagePage::stage() const { return *ProcedureCatalogue::instance().stageByKey(m_stageKey); }

const StageDefinition& StagePage::definition() const { return Procedure::instance().stage(m_stageKey); }

StepListPage::StepListPage(const Stage& stage, Session* session, const NetworkContext* net, QWidget* parent)
    : StagePage(stage, session, parent), m_net(net)
{
}

void StepListPage::initializePage()
{
    if (!m_steps) {
        m_steps = new StepListWidget(definition(), session(), stageKey(), m_net, this);
        body()->addWidget(m_steps);
        connect(m_steps, &StepListWidget::completeChanged, this, &QWizardPage::completeChanged);
    }
    m_steps->runChecks();
    Q_EMIT completeChanged();
}

bool StepListPage::isComplete() const { return m_steps && m_steps->isComplete(); }

bool StepListPage::isBusy() const { return m_steps && m_steps->checksRunning(); }

} // namespace o365
