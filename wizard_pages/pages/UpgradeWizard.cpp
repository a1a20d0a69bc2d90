#include "UpgradeWizard.h"

#include "core/AppInfo.h"
#include "core/SessionLog.h"
#include "net/NetworkContext.h"
#include "pages/DispatcherPage.h"
#include "pages/DonePage.h"
#include "pages/GatewayPage.h"
#include "pages/NewFeaturesPage.h"
#include "pages/PaApplicationPage.h"
#include "pages/ProvisioningPage.h"
#include "session/Session.h"
#include "pages/SignOffPage.h"
#include "pages/StartPage.h"
#include "procedure/Procedure.h"
#include "procedure/SupportBundle.h"
#include "stages/gateway/GatewayStage.h"
#include "widgets/StepListWidget.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

namespace o365 {

UpgradeWizard::UpgradeWizard(Session* session, const NetworkContext* net, QWidget* parent)
    : QWizard(parent), m_session(session), m_net(net)
{
    setObjectName(QStringLiteral("upgradeWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::CancelButton, tr("&Close"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("Support bundle…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("supportBundle"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Save a support bundle"));
    button(QWizard::CustomButton1)->setToolTip(
        tr("Save the session, its log and what this run saw from PA, the gateways and the provisioning host in "
           "one zip for a support escalation (never a password)."));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveSupportBundle();
    });
    setPage(Page_Start, new StartPage(session, net));
    setPage(Page_Gateway, new GatewayPage(session, net));
    setPage(Page_Dispatcher, new DispatcherPage(session, net));
    setPage(Page_Provisioning, new ProvisioningPage(session, net));
    setPage(Page_PaApplication, new PaApplicationPage(session, net));
    setPage(Page_NewFeatures, new NewFeaturesPage(session));
    auto* signOff = new SignOffPage(session, net);
    auto* done = new DonePage(session);
    connect(signOff, &SignOffPage::reportSaved, done, &DonePage::setReport);
    setPage(Page_SignOff, signOff);
    setPage(Page_Done, done);
    setStartId(Page_Start);
    resize(960, 720);
    setMinimumSize(640, 480);

    // A resumed session remembers its page until resumeAtLastPage() has walked there: showing
    // the wizard lands on Start first, which must not overwrite it.
    m_savedPage = pageForStageKey(session->lastPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id < 0 || id == Page_Done || isResuming() || (id == Page_Start && m_savedPage > Page_Start))
            return;
        m_savedPage = -1;
        m_session->setLastPage(stageKeyForPage(id));
    });
    connect(session, &Session::fieldChanged, this, &UpgradeWizard::updateTitle);
    updateTitle();
    for (int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, &UpgradeWizard::updateNextToolTip);
    connect(this, &QWizard::currentIdChanged, this, &UpgradeWizard::updateNextToolTip);
    connect(session, &Session::changed, this, &UpgradeWizard::updateNextToolTip);
}

void UpgradeWizard::updateNextToolTip()
{
    QWizardPage* current = currentPage();
    QString why;
    if (current && !current->isComplete()) {
        QStringList parts;
        for (StepListWidget* list : current->findChildren<StepListWidget*>()) {
            const QString left = list->whatIsLeft();
            if (left.isEmpty())
                continue;
            QString where;
            for (const GatewayApplication& g : m_session->gatewayApplications())
                if (Session::gatewayScope(g.id) == list->scope())
                    where = Procedure::instance().gateway().displayName(*m_session, g.id);
            parts << (where.isEmpty() ? left : tr("%1: %2").arg(where, left));
        }
        why = parts.isEmpty() ? tr("Not yet: fill in what the page asks for (the fields marked required).")
                              : tr("Not yet — %1. Do, confirm or override them; F7 goes to the next open step.")
                                    .arg(parts.join(QStringLiteral("; ")));
    }
    button(QWizard::NextButton)->setToolTip(why);
    button(QWizard::CommitButton)->setToolTip(why);
}

std::function<QString(QWidget*, const QString&)>& UpgradeWizard::bundleFileChooser()
{
    static std::function<QString(QWidget*, const QString&)> chooser = [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Save a support bundle"), suggested, tr("Zip files (*.zip)"));
    };
    return chooser;
}

void UpgradeWizard::saveSupportBundle()
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("o365-support-%1.zip").arg(stamp));
    const QString path = bundleFileChooser()(this, suggested);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = SupportBundle::write(path, *m_session, SessionLog::path(), m_net ? m_net->capture : nullptr, &error);
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Support bundle"),
                                ok ? tr("The support bundle was saved to %1. It holds the session, its log and what "
                                        "this run saw; no password.")
                                         .arg(QDir::toNativeSeparators(path))
                                   : error,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("supportBundleResult"));
    box->setTextFormat(Qt::PlainText); // a path and a system message
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // no nested event loop
}

void UpgradeWizard::reject()
{
    if (m_closeAgreed || m_session->isFinished() || currentId() == Page_Done) {
        QWizard::reject();
        return;
    }
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        return;
    }
    const QString resume =
        m_sessionPath.isEmpty()
            ? tr("To go on later, start the wizard again: it offers the sessions that are not finished.")
            : tr("To go on later, start the wizard again: it offers the sessions that are not finished (or run "
                 "o365-upgrade-wizard --resume \"%1\").")
                  .arg(QDir::toNativeSeparators(m_sessionPath));
    auto* box = new QMessageBox(QMessageBox::Question, tr("Close the wizard?"),
                                (m_session->isTraining() ? tr("The training session is not signed off yet. Everything "
                                                              "entered so far is saved.")
                                                         : tr("The upgrade is not signed off yet. Everything entered so "
                                                              "far is saved."))
                                    + QLatin1Char(' ') + resume,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeQuestion"));
    box->setTextFormat(Qt::PlainText);
    QPushButton* close = box->addButton(tr("&Close the wizard"), QMessageBox::AcceptRole);
    close->setObjectName(QStringLiteral("closeConfirm"));
    QPushButton* keep = box->addButton(tr("&Keep working"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("closeCancel"));
    box->setDefaultButton(keep); // Return or a second Esc keeps the work open
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, close] {
        if (box->clickedButton() == close) {
            m_closeAgreed = true;
            QWizard::reject();
        }
    });
    m_closeQuestion = box;
    box->open(); // no nested event loop
}

void UpgradeWizard::closeWithoutQuestion()
{
    m_closeAgreed = true;
    close();
}

void UpgradeWizard::updateTitle()
{
    const QString customer = m_session->field(Session::fieldCustomer());
    const QString caseId = m_session->field(Session::fieldCase());
    QString title = appDisplayName();
    if (!customer.isEmpty() || !caseId.isEmpty())
        title = tr("%1 — %2 (%3)").arg(appDisplayName(), customer, caseId);
    if (m_session->isTraining())
        title += tr(" — TRAINING");
    setWindowTitle(title);
}

StagePage* UpgradeWizard::stagePage(int id) const { return qobject_cast<StagePage*>(page(id)); }

QString UpgradeWizard::stageKeyForPage(int id)
{
    switch (id) {
    case Page_Start: return QStringLiteral("start");
    case Page_Gateway: return QStringLiteral("gateway");
    case Page_Dispatcher: return QStringLiteral("dispatcher");
    case Page_Provisioning: return QStringLiteral("provisioning");
    case Page_PaApplication: return QStringLiteral("paapp");
    case Page_NewFeatures: return QStringLiteral("features");
    case Page_SignOff: return QStringLiteral("signoff");
    }
    return {};
}

int UpgradeWizard::pageForStageKey(const QString& key)
{
    for (int id = Page_Start; id <= Page_SignOff; ++id) {
        if (stageKeyForPage(id) == key)
            return id;
    }
    return -1;
}

void UpgradeWizard::resumeAtLastPage()
{
    const int target = m_savedPage;
    m_savedPage = -1;
    if (target <= Page_Start) {
        Q_EMIT resumeFinished(currentId());
        return;
    }
    m_resumeTarget = target;
    QTimer::singleShot(0, this, &UpgradeWizard::advanceTowardsTarget);
}

void UpgradeWizard::advanceTowardsTarget()
{
    if (m_resumeTarget < 0)
        return;
    StagePage* page = stagePage(currentId());
    const bool reached = currentId() == m_resumeTarget || visitedIds().contains(m_resumeTarget);
    if (!page || reached || (!page->isComplete() && !page->isBusy())) {
        const int id = currentId();
        m_resumeTarget = -1;
        m_session->setLastPage(stageKeyForPage(id));
        Q_EMIT resumeFinished(id);
        return;
    }
    if (page->isBusy()) {
        // Checks under way: come back when the page says its completeness changed.
        connect(page, &QWizardPage::completeChanged, this, &UpgradeWizard::advanceTowardsTarget,
                Qt::SingleShotConnection);
        return;
    }
    next();
    QTimer::singleShot(0, this, &UpgradeWizard::advanceTowardsTarget);
}

void UpgradeWizard::rerunChecks()
{
    if (QWizardPage* page = currentPage()) {
        for (StepListWidget* list : page->findChildren<StepListWidget*>())
            list->runChecks();
    }
}

} // namespace o365
