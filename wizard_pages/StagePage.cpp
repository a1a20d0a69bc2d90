#include "StagePage.h"

#include "ProcedureCatalogue.h"
#include "Session.h"
#include "StepListWidget.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace o365 {

StagePage::StagePage(const Stage& stage, Session* session, QWidget* parent)
    : QWizardPage(parent), m_stageKey(stage.key), m_session(session)
{
    setObjectName(QStringLiteral("page_") + stage.key);
    setTitle(stage.translatedTitle());
    if (stage.kbSection)
        setSubTitle(tr("KB %1 — %2").arg(ProcedureCatalogue::instance().articleId(), stage.translatedSection()));

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("scroll_") + stage.key);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(4, 4, 4, 4);
    scroll->setWidget(content);
    outer->addWidget(scroll);
}

QString StagePage::stageKey() const { return m_stageKey; }

const Stage& StagePage::stage() const { return *ProcedureCatalogue::instance().stageByKey(m_stageKey); }

StepListPage::StepListPage(const Stage& stage, Session* session, const NetworkContext* net, QWidget* parent)
    : StagePage(stage, session, parent), m_net(net)
{
}

void StepListPage::initializePage()
{
    if (!m_steps) {
        m_steps = new StepListWidget(stage(), session(), stageKey(), m_net, this);
        body()->addWidget(m_steps);
        connect(m_steps, &StepListWidget::completeChanged, this, &QWizardPage::completeChanged);
    }
    m_steps->runChecks();
    Q_EMIT completeChanged();
}

bool StepListPage::isComplete() const { return m_steps && m_steps->isComplete(); }

bool StepListPage::isBusy() const { return m_steps && m_steps->checksRunning(); }

} // namespace o365
