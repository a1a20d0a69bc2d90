#include "StartPage.h"

#include "core/LanguageSetup.h"
#include "net/NetworkContext.h"
#include "kb/ProcedureCatalogue.h"
#include "dialogs/ProxyDialog.h"
#include "core/RecentFolders.h"
#include "dialogs/ReviewDialog.h"
#include "dialogs/TrainingDialog.h"
#include "session/Session.h"
#include "widgets/StepListWidget.h"
#include "pages/UpgradeWizard.h"
#include "core/Version.h"
#include "widgets/WrapLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace o365 {

std::function<QString(QWidget*)>& StartPage::packageFileChooser()
{
    static std::function<QString(QWidget*)> chooser = [](QWidget* parent) {
        // Starts in the package's folder of last time, and remembers this one.
        const QString file = QFileDialog::getOpenFileName(parent, tr("Microsoft Office 365 Application Package"),
                                                          RecentFolders::packageFolder(),
                                                          tr("Application packages (*.zip *.app.zip);;All files (*)"));
        RecentFolders::rememberPackageFile(file);
        return file;
    };
    return chooser;
}

StartPage::StartPage(Session* session, const NetworkContext* net, QWidget* parent)
    : StagePage(ProcedureCatalogue::instance().stage(StageId::Start), session, parent)
{
    setTitle(tr("Start: the case and the installation"));

    // Two-person sign-off: a reviewer opens someone else's signed report instead of starting an upgrade.
    auto* reviewRow = new QHBoxLayout;
    auto* review = new QPushButton(tr("Re&view a signed report…"), this);
    review->setObjectName(QStringLiteral("reviewReport"));
    review->setAccessibleName(tr("Review a signed report"));
    review->setToolTip(tr("Open a signed report read-only, check its signature and countersign it as reviewer."));
    // The language of the window (saved; read at the next start: the pages are built in one language).
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    auto* language = new QComboBox(this);
    language->setObjectName(QStringLiteral("language"));
    language->setAccessibleName(tr("User interface language"));
    languageLabel->setBuddy(language);
    for (const LanguageSetup::Language& l : LanguageSetup::available())
        language->addItem(l.nativeName, l.code);
    language->setCurrentIndex(qMax(0, language->findData(LanguageSetup::current())));
    auto* languageNote = new QLabel(tr("Takes effect at the next start."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setVisible(false);
    language->setToolTip(languageNote->text());
    connect(language, &QComboBox::currentIndexChanged, this, [language, languageNote] {
        const QString code = language->currentData().toString();
        LanguageSetup::saveLanguage(code);
        languageNote->setVisible(code != LanguageSetup::current());
    });
    reviewRow->addWidget(languageLabel);
    reviewRow->addWidget(language);
    reviewRow->addWidget(languageNote);
    // Practice: restart the wizard on a training scenario (a simulated lab).
    auto* training = new QPushButton(tr("Practise in the &training lab…"), this);
    training->setObjectName(QStringLiteral("trainingButton"));
    training->setAccessibleName(tr("Practise in the training lab"));
    training->setToolTip(tr("Pick a training scenario: the wizard restarts against a simulated PA lab."));
    reviewRow->addWidget(training);
    // The proxy: the system's by default, none, or one entered by hand (saved; applied at once).
    auto* network = new QPushButton(tr("Net&work…"), this);
    network->setObjectName(QStringLiteral("networkSettings"));
    network->setAccessibleName(tr("Network settings"));
    network->setToolTip(tr("Proxy: the system's settings, none, or one entered by hand."));
    reviewRow->addWidget(network);
    connect(network, &QPushButton::clicked, this, [this] {
        auto* dialog = new ProxyDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(training, &QPushButton::clicked, this, [this] {
        auto* dialog = new TrainingDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (auto* w = qobject_cast<UpgradeWizard*>(wizard()))
                Q_EMIT w->trainingRequested(dialog->selectedScenario());
        });
        dialog->open();
    });
    reviewRow->addStretch(1);
    reviewRow->addWidget(review);
    body()->addLayout(reviewRow);
    SecretStore* secrets = net ? net->secrets : nullptr;
    connect(review, &QPushButton::clicked, this, [this, secrets] {
        auto* dialog = new ReviewDialog(secrets, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto* caseBox = new QGroupBox(tr("Case"), this);
    m_form = new QFormLayout(caseBox);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(Session::fieldCustomer(), QStringLiteral("customer"), tr("C&ustomer:"), true, tr("Customer name"));
    addField(Session::fieldCase(), QStringLiteral("caseId"), tr("C&ase / ticket:"), true, tr("e.g. CASE-12345"));
    addField(Session::fieldEngineer(), QStringLiteral("engineer"), tr("&Engineer:"), true,
             tr("Your name: recorded with every confirmation"));
    body()->addWidget(caseBox);

    auto* instBox = new QGroupBox(tr("Installation"), this);
    m_form = new QFormLayout(instBox);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_paVersion = addField(Session::fieldPaVersion(), QStringLiteral("paVersion"), tr("&PA (POA) version:"), true,
                           tr("e.g. 5.5"));
    m_installed = addField(Session::fieldInstalledVersion(), QStringLiteral("installedVersion"),
                           tr("&Installed application version:"), true, tr("e.g. 3.0"));
    m_target = addField(Session::fieldTargetVersion(), QStringLiteral("targetVersion"),
                        tr("Tar&get (package) version:"), true, tr("e.g. 4.1"));
    m_versionHint = new WrapLabel(this);
    m_versionHint->setObjectName(QStringLiteral("versionHint"));
    m_versionHint->setTextFormat(Qt::PlainText);
    // Word-wrapped labels in a form only take the field column's width when they may grow into it.
    m_versionHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_form->addRow(QString(), m_versionHint);

    auto* packageRow = new QHBoxLayout;
    m_package = new QLineEdit(this);
    m_package->setObjectName(QStringLiteral("packageFile"));
    m_package->setPlaceholderText(tr("The Microsoft Office 365 Application Package (.zip)"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browsePackage"));
    packageRow->addWidget(m_package);
    packageRow->addWidget(browse);
    auto* packageLabel = new QLabel(tr("Application pac&kage:"), this);
    packageLabel->setBuddy(m_package);
    m_package->setAccessibleName(tr("Application package file"));
    m_form->addRow(packageLabel, packageRow);
    m_package->setText(session->field(Session::fieldPackageFile()));
    m_packageInfo = new WrapLabel(this);
    m_packageInfo->setObjectName(QStringLiteral("packageInfo"));
    m_packageInfo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_packageInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packageInfo->setTextFormat(Qt::PlainText);
    m_form->addRow(QString(), m_packageInfo);
    m_job = new PackageInspectionJob(this);
    connect(m_job, &PackageInspectionJob::finished, this, &StartPage::showPackage);
    connect(m_package, &QLineEdit::textEdited, this,
            [this](const QString& t) { this->session()->setField(Session::fieldPackageFile(), t.trimmed()); });
    connect(m_package, &QLineEdit::editingFinished, this, &StartPage::inspectPackage);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = packageFileChooser()(this);
        if (!file.isEmpty()) {
            m_package->setText(file);
            this->session()->setField(Session::fieldPackageFile(), file);
            inspectPackage();
        }
    });

    auto* topoWidget = new QWidget(this);
    auto* topoLayout = new QVBoxLayout(topoWidget);
    topoLayout->setContentsMargins(0, 0, 0, 0);
    m_separate = new QRadioButton(tr("Separate Office 365 Callbacks-Dispatcher Application"), topoWidget);
    m_separate->setObjectName(QStringLiteral("topologySeparate"));
    m_single = new QRadioButton(tr("Single Office 365 Gateway Application (the Callbacks-Dispatcher stage is skipped)"),
                                topoWidget);
    m_single->setObjectName(QStringLiteral("topologySingle"));
    topoLayout->addWidget(m_separate);
    topoLayout->addWidget(m_single);
    auto* topoGroup = new QButtonGroup(this);
    topoGroup->addButton(m_separate);
    topoGroup->addButton(m_single);
    (session->singleGatewayTopology() ? m_single : m_separate)->setChecked(true);
    auto* topoLabel = new QLabel(tr("Topology:"), this);
    topoLabel->setBuddy(m_separate);
    m_form->addRow(topoLabel, topoWidget);
    connect(m_single, &QRadioButton::toggled, this, [this](bool single) {
        this->session()->setField(Session::fieldTopology(),
                                  single ? Session::topologySingle() : Session::topologySeparate());
    });

    m_sync = new QCheckBox(tr("The &synchronization script (Microsoft Online Services Portal → PA) is used"), this);
    m_sync->setObjectName(QStringLiteral("syncScript"));
    m_sync->setChecked(session->field(Session::fieldSyncScript()) == QLatin1String("yes"));
    m_form->addRow(QString(), m_sync);
    connect(m_sync, &QCheckBox::toggled, this, [this](bool on) {
        this->session()->setField(Session::fieldSyncScript(), on ? QStringLiteral("yes") : QStringLiteral("no"));
    });
    body()->addWidget(instBox);

    auto* kbBox = new QGroupBox(tr("From KB %1").arg(ProcedureCatalogue::instance().articleId()), this);
    auto* kbLayout = new QVBoxLayout(kbBox);
    m_steps = new StepListWidget(definition(), session, stageKey(), net, kbBox);
    kbLayout->addWidget(m_steps);
    QStringList fixed;
    for (const FixedIssue& issue : ProcedureCatalogue::instance().fixedIssues())
        fixed << QStringLiteral("<li><b>%1</b> %2</li>")
                     .arg(issue.id, QCoreApplication::translate("Procedure", issue.text).toHtmlEscaped());
    auto* fixedLabel = new WrapLabel(tr("<b>Fixed issues in this package</b><ul>%1</ul>").arg(fixed.join(QString())), kbBox);
    fixedLabel->setObjectName(QStringLiteral("fixedIssues"));
    fixedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    kbLayout->addWidget(fixedLabel);
    body()->addWidget(kbBox);
    body()->addStretch(1);

    connect(m_steps, &StepListWidget::completeChanged, this, &QWizardPage::completeChanged);
    connect(session, &Session::fieldChanged, this, [this](const QString& key) {
        if (key == Session::fieldPaVersion())
            m_steps->runChecks();
        if (key == Session::fieldInstalledVersion() || key == Session::fieldTargetVersion())
            updateVersionHints();
        Q_EMIT completeChanged();
    });
    updateVersionHints();
}

QLineEdit* StartPage::addField(const QString& key, const QString& objectName, const QString& label, bool mandatory,
                               const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    auto* l = new QLabel(label, this);
    l->setBuddy(edit);
    m_form->addRow(l, edit);
    // QWizard counts a mandatory field as filled when it differs from its value when the page
    // was added: the session's values are put in by initializePage().
    registerField(mandatory ? objectName + QLatin1Char('*') : objectName, edit);
    m_fieldEdits.insert(key, edit);
    connect(edit, &QLineEdit::textChanged, this, [this, key](const QString& t) { session()->setField(key, t.trimmed()); });
    return edit;
}

void StartPage::updateVersionHints()
{
    const QString installed = session()->field(Session::fieldInstalledVersion());
    const QString target = session()->field(Session::fieldTargetVersion());
    const Version from = Version::parse(installed);
    const Version to = Version::parse(target);
    QString hint;
    if (!installed.isEmpty() && !from.isValid())
        hint = tr("⚠ \"%1\" is not a version number: enter the installed version as 3.0 or 4.1.").arg(installed);
    else if (!target.isEmpty() && !to.isValid())
        hint = tr("⚠ \"%1\" is not a version number: enter the package's version as 4.1.").arg(target);
    else if (from.isValid() && to.isValid() && to <= from)
        hint = tr("⚠ The package's version %1 is not newer than the installed %2: this is not an upgrade.")
                   .arg(target, installed);
    else if (from.isValid() && to.isValid())
        hint = tr("Upgrade from %1 to %2.").arg(installed, target);
    m_versionHint->setText(hint);
}

void StartPage::inspectPackage()
{
    const QString path = session()->field(Session::fieldPackageFile());
    if (path.isEmpty()) {
        m_packageOk = true;
        m_packageInfo->clear();
        session()->setField(Session::fieldPackageSha256(), QString());
        session()->setField(Session::fieldPackageVersion(), QString());
        Q_EMIT completeChanged();
        return;
    }
    if (path == m_job->path() && (m_job->isRunning() || !m_packageInfo->text().isEmpty()))
        return;
    m_packageInfo->setText(tr("Reading the package and computing its SHA-256…"));
    m_job->start(path);
    Q_EMIT completeChanged();
}

void StartPage::showPackage(const PackageInfo& info)
{
    m_packageOk = info.ok();
    session()->setField(Session::fieldPackageSha256(), info.sha256);
    session()->setField(Session::fieldPackageVersion(), info.displayVersion());
    QStringList lines;
    if (info.ok()) {
        lines << tr("✔ %1 contains %2 with %3.").arg(QFileInfo(info.path).fileName(), info.innerZipName, info.setupScriptPath);
        if (!info.version.isEmpty())
            lines << tr("Package version %1.").arg(info.displayVersion());
        // The package names its own version: it is the target of the upgrade.
        if (!info.version.isEmpty() && session()->field(Session::fieldTargetVersion()).isEmpty())
            m_target->setText(info.version);
        else if (!info.version.isEmpty() && Version::parse(info.version) != Version::parse(m_target->text()))
            lines << tr("⚠ The package is version %1, but the target version above is %2.").arg(info.version, m_target->text());
    } else {
        lines << tr("✖ %1").arg(info.message);
    }
    for (const QString& w : info.warnings)
        lines << tr("⚠ %1").arg(w);
    if (!info.sha256.isEmpty())
        lines << tr("SHA-256: %1").arg(info.sha256);
    m_packageInfo->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

void StartPage::initializePage()
{
    for (auto it = m_fieldEdits.cbegin(); it != m_fieldEdits.cend(); ++it)
        it.value()->setText(session()->field(it.key()));
    inspectPackage();
    m_steps->runChecks();
}

bool StartPage::isComplete() const
{
    if (!QWizardPage::isComplete())
        return false;
    const Version from = Version::parse(session()->field(Session::fieldInstalledVersion()));
    const Version to = Version::parse(session()->field(Session::fieldTargetVersion()));
    if (!from.isValid() || !to.isValid() || to <= from)
        return false;
    // A package named but not (yet) found good keeps Next closed: uploading the wrong file is
    // what this page is here to prevent. Clear the field to go on without one.
    if (m_job->isRunning() || !m_packageOk)
        return false;
    return m_steps->isComplete();
}

bool StartPage::isBusy() const { return m_steps->checksRunning() || m_job->isRunning(); }

int StartPage::nextId() const { return UpgradeWizard::Page_Gateway; }

} // namespace o365
