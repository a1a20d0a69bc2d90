#include "GatewayPage.h"

#include "session/CheckResult.h"
#include "kb/ProcedureCatalogue.h"
#include "session/Session.h"
#include "widgets/StatusIcons.h"
#include "widgets/StepListWidget.h"
#include "kb/StepState.h"
#include "procedure/Procedure.h"
#include "stages/gateway/GatewayStage.h"
#include "pages/UpgradeWizard.h"
#include "widgets/WrapLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

namespace o365 {

std::function<bool(QWidget*, const QString&)>& GatewayPage::confirmRemoval()
{
    static std::function<bool(QWidget*, const QString&)> ask = [](QWidget* parent, const QString& name) {
        return QMessageBox::question(parent, tr("Remove gateway application"),
                                     tr("Remove \"%1\" and everything recorded for it (confirmations, notes, check "
                                        "results)?")
                                         .arg(name)) == QMessageBox::Yes;
    };
    return ask;
}

GatewayPage::GatewayPage(Session* session, const NetworkContext* net, QWidget* parent)
    : StagePage(ProcedureCatalogue::instance().stage(StageId::Gateway), session, parent), m_net(net),
      m_mosiLookup(new PaMosiUrlLookup(net, this))
{
    auto* intro = new WrapLabel(tr("A single PA installation may use several Office 365 Gateway Applications: add one tab "
                                "for each and walk steps 1–7 for each of them."),
                             this);
    body()->addWidget(intro);

    auto* bar = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add gateway application"), this);
    m_add->setObjectName(QStringLiteral("addGateway"));
    m_remove = new QPushButton(tr("Re&move this gateway application"), this);
    m_remove->setObjectName(QStringLiteral("removeGateway"));
    // Step 1e from the PA public API (once configured on the PA Application page): fills the URL for
    // MOSI Connector of every gateway application where it is still empty.
    m_readMosi = new QPushButton(tr("Read MOSI URL from &PA"), this);
    m_readMosi->setObjectName(QStringLiteral("readMosiUrlFromPa"));
    m_readMosi->setAccessibleName(tr("Read the URL for MOSI Connector from PA"));
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    bar->addWidget(m_readMosi);
    body()->addLayout(bar);
    m_mosiSource = new WrapLabel(this);
    m_mosiSource->setObjectName(QStringLiteral("mosiUrlSource"));
    m_mosiSource->setAccessibleName(tr("Where the URL for MOSI Connector came from"));
    m_mosiSource->setTextFormat(Qt::PlainText);
    m_mosiSource->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mosiSource->hide();
    body()->addWidget(m_mosiSource);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("gatewayTabs"));
    m_tabs->setDocumentMode(true);
    body()->addWidget(m_tabs, 1);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString id = this->session()->addGatewayApplication();
        if (id.isEmpty())
            return; // the button is disabled at the limit
        if (StepListWidget* list = m_lists.value(id)) {
            m_tabs->setCurrentWidget(list);
            list->runChecks();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &GatewayPage::removeCurrent);
    connect(m_readMosi, &QPushButton::clicked, this, &GatewayPage::readMosiUrlFromPa);
    connect(m_mosiLookup, &PaMosiUrlLookup::finished, this, &GatewayPage::fillMosiUrls);
    connect(session, &Session::fieldChanged, this, &GatewayPage::updateMosiButton);
    updateMosiButton();
    connect(session, &Session::gatewayApplicationsChanged, this, &GatewayPage::syncTabs);
    connect(session, &Session::recordChanged, this, [this](const QString& scope, const QString& stepId) {
        Q_UNUSED(stepId)
        for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it) {
            if (Session::gatewayScope(it.key()) == scope)
                updateTab(it.key());
        }
    });
}

QString GatewayPage::tabLabel(const QString& gatewayId) const
{
    return gateway().displayName(*session(), gatewayId);
}

void GatewayPage::updateTab(const QString& gatewayId)
{
    StepListWidget* list = m_lists.value(gatewayId);
    const int index = m_tabs->indexOf(list);
    if (index < 0)
        return;
    m_tabs->setTabText(index, tabLabel(gatewayId));
    const StepRules::Summary sum = StepRules::summarize(definition(), *session(), Session::gatewayScope(gatewayId));
    const StepState state = sum.failed ? StepState::Failed : (sum.complete() ? StepState::Done : StepState::Open);
    m_tabs->setTabIcon(index, StatusIcons::forState(state, false));
    m_tabs->setTabToolTip(index, sum.failed ? tr("A check failed: this application cannot go on as it is.")
                                            : (sum.complete() ? tr("Every step is done.")
                                                              : tr("%n step(s) still to do.", nullptr, sum.open)));
}

void GatewayPage::addTab(const QString& gatewayId)
{
    auto* list = new StepListWidget(definition(), session(), Session::gatewayScope(gatewayId), m_net, m_tabs);
    m_lists.insert(gatewayId, list);
    m_tabs->addTab(list, tabLabel(gatewayId));
    updateTab(gatewayId);
    connect(list, &StepListWidget::completeChanged, this, &QWizardPage::completeChanged);
}

void GatewayPage::syncTabs()
{
    QStringList wanted;
    for (const GatewayApplication& g : session()->gatewayApplications())
        wanted << g.id;
    for (const QString& id : m_lists.keys()) {
        if (!wanted.contains(id)) {
            StepListWidget* list = m_lists.take(id);
            m_tabs->removeTab(m_tabs->indexOf(list));
            list->deleteLater();
        }
    }
    for (const QString& id : wanted) {
        if (!m_lists.contains(id))
            addTab(id);
    }
    m_remove->setEnabled(wanted.size() > 1);
    const bool full = wanted.size() >= Session::MaxGatewayApplications;
    m_add->setEnabled(!full);
    m_add->setToolTip(full ? tr("A session holds at most %1 gateway applications: upgrade the others in a second "
                                "session.")
                                 .arg(Session::MaxGatewayApplications)
                           : QString());
    Q_EMIT completeChanged();
}

void GatewayPage::removeCurrent()
{
    auto* list = qobject_cast<StepListWidget*>(m_tabs->currentWidget());
    if (!list)
        return;
    const QString id = m_lists.key(list);
    if (!confirmRemoval()(this, m_tabs->tabText(m_tabs->currentIndex())))
        return;
    session()->removeGatewayApplication(id);
}

void GatewayPage::initializePage()
{
    syncTabs();
    for (StepListWidget* list : std::as_const(m_lists))
        list->runChecks();
    updateMosiButton();
    // With the PA API configured, an empty URL for MOSI Connector is read from PA at once.
    if (gateway().anyMosiUrlEmpty(*session()) && PaMosiUrlLookup::isConfigured(*session()))
        readMosiUrlFromPa();
    Q_EMIT completeChanged();
}

void GatewayPage::updateMosiButton()
{
    const bool configured = PaMosiUrlLookup::isConfigured(*session());
    m_readMosi->setEnabled(configured && !m_mosiLookup->isRunning());
    m_readMosi->setToolTip(configured ? tr("Reads the URL for MOSI Connector from the Office 365 application's "
                                           "instance settings through the PA public API, into every gateway "
                                           "application where it is still empty.")
                                      : tr("Configure the PA public API on the PA Application page first."));
}

void GatewayPage::readMosiUrlFromPa()
{
    if (m_mosiLookup->isRunning())
        return;
    m_mosiSource->setText(tr("Reading the URL for MOSI Connector from PA…"));
    m_mosiSource->show();
    m_mosiLookup->start(*session());
    updateMosiButton();
}

void GatewayPage::fillMosiUrls(const PaMosiUrlLookup::Answer& answer)
{
    updateMosiButton();
    QStringList filled;
    for (const GatewayStage::Filled& f : gateway().fillMosiUrls(session(), answer)) {
        filled << tr("%1 ← instance #%2").arg(tabLabel(f.gatewayId)).arg(f.instanceId);
        if (StepListWidget* list = m_lists.value(f.gatewayId))
            list->runChecks();
    }
    if (!answer.ok())
        m_mosiSource->setText(answer.message);
    else if (filled.isEmpty())
        m_mosiSource->setText(tr("%1 Nothing was filled in: every gateway application already has a URL for MOSI "
                                 "Connector.")
                                  .arg(answer.message));
    else
        m_mosiSource->setText(tr("%1 Filled in (step 1e): %2.").arg(answer.message, filled.join(QStringLiteral(", "))));
    m_mosiSource->show();
}

const GatewayStage& GatewayPage::gateway() const { return Procedure::instance().gateway(); }

bool GatewayPage::isComplete() const
{
    if (m_lists.isEmpty())
        return false;
    for (const StepListWidget* list : m_lists) {
        if (!list->isComplete())
            return false;
    }
    return true;
}

bool GatewayPage::isBusy() const
{
    for (const StepListWidget* list : m_lists) {
        if (list->checksRunning())
            return true;
    }
    return false;
}

int GatewayPage::nextId() const
{
    return session()->singleGatewayTopology() ? UpgradeWizard::Page_Provisioning : UpgradeWizard::Page_Dispatcher;
}

} // namespace o365
