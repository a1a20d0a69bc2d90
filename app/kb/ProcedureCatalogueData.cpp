// The procedure of Parallels KB article 117222 ("Upgrading the Microsoft Office 365 Application
// Package"), stage by stage and step by step, in the article's own words.
//
// Every text is a static string literal wrapped in QT_TRANSLATE_NOOP("Procedure", ...), so the
// const char* pointers stored in the catalogue stay valid and lupdate can extract them.
// tests/tst_catalogue.cpp compares this file against the article text itself.

#include "kb/ProcedureCatalogue.h"

namespace o365
{

namespace
{

Step makeStep(const QString& id, const QString& number, StepRole role, StepKind kind, const char* text,
              const QString& parentId = QString(), const QList<StepInput>& inputs = {})
{
    Step s;
    s.id = id;
    s.number = number;
    s.role = role;
    s.kind = kind;
    s.text = text;
    s.parentId = parentId;
    s.inputs = inputs;
    return s;
}

// "1", "7": a numbered step, id "<stage>.<number>".
Step numbered(const QString& stage, const QString& number, StepKind kind, const char* text,
              const QList<StepInput>& inputs = {})
{
    return makeStep(stage + QLatin1Char('.') + number, number, StepRole::Numbered, kind, text, QString(), inputs);
}

// "1a", "7e": a lettered sub-step of the numbered step given by the leading digits.
Step subStep(const QString& stage, const QString& number, StepKind kind, const char* text,
             const QList<StepInput>& inputs = {})
{
    QString parentNumber = number;
    while (!parentNumber.isEmpty() && !parentNumber.back().isDigit())
        parentNumber.chop(1);
    return makeStep(stage + QLatin1Char('.') + number, number, StepRole::SubStep, kind, text,
                    stage + QLatin1Char('.') + parentNumber, inputs);
}

// An "Important:" paragraph. parentNumber empty: it belongs to the section ("dispatcher.important");
// otherwise to that numbered step ("gateway.6.important").
Step important(const QString& stage, const QString& parentNumber, StepKind kind, const char* text)
{
    if (parentNumber.isEmpty())
        return makeStep(stage + QStringLiteral(".important"), QString(), StepRole::Important, kind, text);
    const QString parent = stage + QLatin1Char('.') + parentNumber;
    return makeStep(parent + QStringLiteral(".important"), QString(), StepRole::Important, kind, text, parent);
}

// A "Note:" paragraph, read only.
Step note(const QString& stage, const QString& parentNumber, const char* text)
{
    if (parentNumber.isEmpty())
        return makeStep(stage + QStringLiteral(".note"), QString(), StepRole::Note, StepKind::Information, text);
    const QString parent = stage + QLatin1Char('.') + parentNumber;
    return makeStep(parent + QStringLiteral(".note"), QString(), StepRole::Note, StepKind::Information, text, parent);
}

// A plain paragraph of the article (section introduction, prerequisite, ...).
Step paragraph(const QString& id, StepKind kind, const char* text)
{
    return makeStep(id, QString(), StepRole::Text, kind, text);
}

StepInput input(const QString& key, const char* label, const char* placeholder = nullptr)
{
    StepInput in;
    in.key = key;
    in.label = label;
    in.placeholder = placeholder;
    return in;
}

StepInput optionalInput(const QString& key, const char* label, const char* placeholder = nullptr)
{
    StepInput in = input(key, label, placeholder);
    in.optional = true;
    return in;
}

// The pasted output of the read-only IIS command shown at step 4 (optional: it fills the step).
StepInput iisOutput()
{
    StepInput in = optionalInput(QStringLiteral("iisOutput"),
                                 QT_TRANSLATE_NOOP("Procedure", "Output of the IIS command (optional)"),
                                 QT_TRANSLATE_NOOP("Procedure", "Paste here everything the command printed"));
    in.multiline = true;
    return in;
}

// The pasted output of `pear list` (provisioning step 2, when it is not run over ssh or here).
StepInput pearOutput()
{
    StepInput in = optionalInput(QStringLiteral("pearOutput"),
                                 QT_TRANSLATE_NOOP("Procedure", "Output of pear list (when pasted)"),
                                 QT_TRANSLATE_NOOP("Procedure", "Paste here everything pear list printed"));
    in.multiline = true;
    return in;
}

// The optional MOSI overrides of the Note under step 7.
QList<StepInput> mosiOverrides()
{
    return {optionalInput(QStringLiteral("mosiBaseUrl"), QT_TRANSLATE_NOOP("Procedure", "-MOSIBaseURL (optional)")),
            optionalInput(QStringLiteral("mosiBillingId"), QT_TRANSLATE_NOOP("Procedure", "-MOSIBillingID (optional)")),
            optionalInput(QStringLiteral("mosiClientCertSubject"),
                          QT_TRANSLATE_NOOP("Procedure", "-MOSIClientCertSubject (optional)"))};
}

Stage makeStage(StageId id, const char* title, const char* kbSection, bool perGatewayApplication = false)
{
    Stage s;
    s.id = id;
    s.key = ProcedureCatalogue::stageKey(id);
    s.title = title;
    s.kbSection = kbSection;
    s.perGatewayApplication = perGatewayApplication;
    return s;
}

constexpr StepKind Info = StepKind::Information;
constexpr StepKind Manual = StepKind::ManualConfirmation;
constexpr StepKind In = StepKind::Input;
constexpr StepKind Auto = StepKind::AutomatedCheck;

Stage startStage()
{
    Stage s = makeStage(StageId::Start, QT_TRANSLATE_NOOP("Procedure", "Start"),
                        QT_TRANSLATE_NOOP("Procedure", "Dependencies and Pre-Requisites"));
    s.steps = {
        paragraph(QStringLiteral("start.prerequisites"), Auto,
                  QT_TRANSLATE_NOOP("Procedure",
                                    "The Microsoft Office 365 Application Package requires POA 5.4.4 or later.")),
        paragraph(
            QStringLiteral("start.changes"), Info,
            QT_TRANSLATE_NOOP("Procedure", "Office 365 Subscription Downgrade is Automated; New Offers are Supported")),
        paragraph(
            QStringLiteral("start.obtaining"), Info,
            QT_TRANSLATE_NOOP("Procedure", "The Microsoft Office 365 Application Package can be downloaded here.")),
        paragraph(QStringLiteral("start.installation"), Info,
                  QT_TRANSLATE_NOOP("Procedure", "To install the Microsoft Office 365 Application, use the "
                                                 "instructions provided in the PA Office 365 Integration "
                                                 "Provider's Guide.")),
        paragraph(QStringLiteral("start.releasenotes"), Info,
                  QT_TRANSLATE_NOOP("Procedure", "Full release notes can be downloaded as PDF or viewed online.")),
    };
    return s;
}

Stage gatewayStage()
{
    const QString g = QStringLiteral("gateway");
    Stage s = makeStage(StageId::Gateway, QT_TRANSLATE_NOOP("Procedure", "Office 365 Gateway"),
                        QT_TRANSLATE_NOOP("Procedure", "Upgrading Office 365 Gateway Application"), true);
    s.steps = {
        numbered(g, QStringLiteral("1"), Info,
                 QT_TRANSLATE_NOOP("Procedure", "Identify the required Office 365 Gateway Application:")),
        important(g, QStringLiteral("1"), Manual,
                  QT_TRANSLATE_NOOP("Procedure", "A single PA installation may use several Office 365 Gateway "
                                                 "Applications on an Office 365 Gateway Host. So, you must identify "
                                                 "and upgrade each Office 365 Gateway Application separately.")),
        subStep(g, QStringLiteral("1a"), Manual,
                QT_TRANSLATE_NOOP("Procedure", "Log in to PA Provider Control Panel, go to Services > Applications.")),
        subStep(g, QStringLiteral("1b"), Manual,
                QT_TRANSLATE_NOOP("Procedure", "Click on the name of the required Office 365 Application, and then "
                                               "select the Resource Types tab.")),
        subStep(g, QStringLiteral("1c"), Manual,
                QT_TRANSLATE_NOOP("Procedure",
                                  "Click on the name of the required 'Office 365 Application' Resource Type.")),
        subStep(g, QStringLiteral("1d"), Manual,
                QT_TRANSLATE_NOOP("Procedure",
                                  "Select the Activation Parameters tab, and then select the Global settings subtab.")),
        subStep(g, QStringLiteral("1e"), In,
                QT_TRANSLATE_NOOP("Procedure", "See the value of the URL for MOSI Connector global setting. It is "
                                               "structured in the following way: https://<Office365GatewayHostName>/"
                                               "<Office365GatewayApplicationName>/HTTPEndpoint.aspx."),
                {input(QStringLiteral("mosiUrl"), QT_TRANSLATE_NOOP("Procedure", "URL for MOSI Connector"),
                       QT_TRANSLATE_NOOP("Procedure", "https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx"))}),
        subStep(g, QStringLiteral("1f"), Auto,
                QT_TRANSLATE_NOOP("Procedure", "Write down the values of the Office365GatewayHostName and "
                                               "Office365GatewayApplicationName parameters.")),
        subStep(g, QStringLiteral("1g"), In,
                QT_TRANSLATE_NOOP("Procedure",
                                  "Obtain the IP address to which the Office365GatewayHostName is resolved via DNS."),
                {input(QStringLiteral("ipAddress"),
                       QT_TRANSLATE_NOOP("Procedure", "IP address of the Office 365 Gateway host"),
                       QT_TRANSLATE_NOOP("Procedure", "203.0.113.10"))}),
        numbered(
            g, QStringLiteral("2"), Manual,
            QT_TRANSLATE_NOOP("Procedure", "Log on to the required Office 365 Gateway Host as Administrator via RDP.")),
        numbered(g, QStringLiteral("3"), Manual,
                 QT_TRANSLATE_NOOP("Procedure", "Open the Internet Information Services (IIS) Manager.")),
        numbered(g, QStringLiteral("4"), In,
                 QT_TRANSLATE_NOOP("Procedure", "Select the site, which has the IP address obtained at step 1. "
                                                "Write down the name and IP address of the site."),
                 {input(QStringLiteral("siteName"), QT_TRANSLATE_NOOP("Procedure", "Site name")),
                  input(QStringLiteral("siteIp"), QT_TRANSLATE_NOOP("Procedure", "Site IP address")), iisOutput()}),
        numbered(g, QStringLiteral("5"), Manual,
                 QT_TRANSLATE_NOOP("Procedure", "Select the application, which has the name obtained at step 1.")),
        numbered(g, QStringLiteral("6"), Info,
                 QT_TRANSLATE_NOOP("Procedure", "Validate that the selected application is the required Office 365 "
                                                "Gateway Application:")),
        subStep(g, QStringLiteral("6a"), Manual,
                QT_TRANSLATE_NOOP("Procedure", "Right-click the application item and click the Explore menu item in "
                                               "the context menu.")),
        subStep(g, QStringLiteral("6b"), Auto,
                QT_TRANSLATE_NOOP("Procedure", "Verify that the SubscriptionEvents.svc file is listed among others in "
                                               "the displayed application root directory.")),
        important(g, QStringLiteral("6"), Manual,
                  QT_TRANSLATE_NOOP("Procedure",
                                    "If there is no the SubscriptionEvents.svc file, contact Parallels support.")),
        numbered(g, QStringLiteral("7"), Info,
                 QT_TRANSLATE_NOOP("Procedure", "Upgrade the required Office 365 Gateway Application:")),
        subStep(g, QStringLiteral("7a"), Manual,
                QT_TRANSLATE_NOOP("Procedure",
                                  "Put the Microsoft Office 365 Application Package on the Office 365 Gateway Host.")),
        subStep(g, QStringLiteral("7b"), Manual,
                QT_TRANSLATE_NOOP("Procedure",
                                  "Extract the O365-Web.zip file from the Microsoft Office 365 Application Package.")),
        subStep(g, QStringLiteral("7c"), Manual, QT_TRANSLATE_NOOP("Procedure", "Unpack the O365-Web.zip file.")),
        subStep(g, QStringLiteral("7d"), Manual,
                QT_TRANSLATE_NOOP("Procedure", "Start the Windows PowerShell Console and go to the directory where the "
                                               "content of the O365-Web.zip file is placed.")),
        subStep(g, QStringLiteral("7e"), Manual,
                QT_TRANSLATE_NOOP("Procedure", "Execute the setup.ps1 -SiteName <Office 365 Gateway site name> "
                                               "–IPAddress <IP address of the Office 365 Gateway site> "
                                               "-GatewayAppName <Office 365 Gateway Application name> command."),
                mosiOverrides()),
        note(g, QStringLiteral("7"),
             QT_TRANSLATE_NOOP("Procedure", "You may use the -MOSIBaseURL, -MOSIBillingID, -MOSIClientCertSubject "
                                            "options to override the appropriate MOSI settings of the installed "
                                            "Office 365 Gateway and Office 365 Callbacks-Dispatcher Applications.")),
    };
    return s;
}

Stage dispatcherStage()
{
    const QString d = QStringLiteral("dispatcher");
    Stage s = makeStage(StageId::Dispatcher, QT_TRANSLATE_NOOP("Procedure", "Office 365 Callbacks-Dispatcher"),
                        QT_TRANSLATE_NOOP("Procedure", "Upgrading Office 365 Callbacks-Dispatcher Application"));
    s.steps = {
        important(d, QString(), Manual,
                  QT_TRANSLATE_NOOP("Procedure",
                                    "If your PA installation uses the Single Office 365 Gateway Application "
                                    "topology, skip the steps provided below. To learn more about the supported "
                                    "topologies, refer to PA Office 365 Integration Provider's Guide >> Deploying "
                                    "Office 365 Application > Preparing Provisioning Gateway Host and Office 365 "
                                    "Gateway Host > Office 365 Gateway Host.")),
        numbered(d, QStringLiteral("1"), Info,
                 QT_TRANSLATE_NOOP("Procedure", "Identify the required Office 365 Callbacks-Dispatcher Application:")),
        subStep(d, QStringLiteral("1a"), In,
                QT_TRANSLATE_NOOP("Procedure", "Obtain the URL specified in your syndication agreement with "
                                               "Microsoft. The URL is structured in the following way: "
                                               "https://<Office365GatewayHostName>/"
                                               "<Office365Callbacks-DispatcherApplicationName>/."),
                {input(QStringLiteral("dispatcherUrl"),
                       QT_TRANSLATE_NOOP("Procedure", "URL from the syndication agreement"),
                       QT_TRANSLATE_NOOP("Procedure", "https://gateway.example.com/O365Dispatcher/"))}),
        subStep(d, QStringLiteral("1b"), Auto,
                QT_TRANSLATE_NOOP("Procedure", "Write down the values of the Office365GatewayHostName and "
                                               "Office365Callbacks-DispatcherApplicationName parameters.")),
        subStep(d, QStringLiteral("1c"), In,
                QT_TRANSLATE_NOOP("Procedure",
                                  "Obtain the IP address to which the Office365GatewayHostName is resolved via DNS."),
                {input(QStringLiteral("ipAddress"),
                       QT_TRANSLATE_NOOP("Procedure", "IP address of the Office 365 Gateway host"))}),
        numbered(d, QStringLiteral("2"), Manual,
                 QT_TRANSLATE_NOOP("Procedure", "Log in to the required Office 365 Gateway as Administrator via RDP.")),
        numbered(d, QStringLiteral("3"), Manual,
                 QT_TRANSLATE_NOOP("Procedure", "Open the Internet Information Services (IIS) Manager.")),
        numbered(d, QStringLiteral("4"), In,
                 QT_TRANSLATE_NOOP("Procedure", "Select the site, which has the IP address obtained at step 1. "
                                                "Write down the name and IP address of the site."),
                 {input(QStringLiteral("siteName"), QT_TRANSLATE_NOOP("Procedure", "Site name")),
                  input(QStringLiteral("siteIp"), QT_TRANSLATE_NOOP("Procedure", "Site IP address")), iisOutput()}),
        numbered(d, QStringLiteral("5"), Manual,
                 QT_TRANSLATE_NOOP("Procedure", "Select the application, which has the name obtained at step 1.")),
        numbered(d, QStringLiteral("6"), Info,
                 QT_TRANSLATE_NOOP("Procedure", "Validate that the selected application is the required Office 365 "
                                                "Callbacks-Dispatcher Application:")),
        subStep(d, QStringLiteral("6a"), Manual,
                QT_TRANSLATE_NOOP("Procedure", "Right-click the application item and click the Explore menu item in "
                                               "the context menu.")),
        subStep(d, QStringLiteral("6b"), Auto,
                QT_TRANSLATE_NOOP("Procedure", "Verify that the Callbacks.svc file is listed among others in the "
                                               "displayed application root directory.")),
        important(d, QStringLiteral("6"), Manual,
                  QT_TRANSLATE_NOOP("Procedure", "If there is no the Callbacks.svc file, contact Parallels support.")),
        numbered(d, QStringLiteral("7"), Info,
                 QT_TRANSLATE_NOOP("Procedure", "Upgrade the required Office 365 Callbacks-Dispatcher Application:")),
        subStep(d, QStringLiteral("7a"), Manual,
                QT_TRANSLATE_NOOP("Procedure",
                                  "Put the Microsoft Office 365 Application Package on the Office 365 Gateway Host.")),
        subStep(d, QStringLiteral("7b"), Manual,
                QT_TRANSLATE_NOOP("Procedure",
                                  "Extract the O365-Web.zip file from the Microsoft Office 365 Application Package.")),
        subStep(d, QStringLiteral("7c"), Manual, QT_TRANSLATE_NOOP("Procedure", "Unpack the O365-Web.zip file.")),
        subStep(d, QStringLiteral("7d"), Manual,
                QT_TRANSLATE_NOOP("Procedure", "Start the Windows PowerShell Console and go to the directory where the "
                                               "content of the O365-Web.zip file is placed.")),
        subStep(d, QStringLiteral("7e"), Manual,
                QT_TRANSLATE_NOOP("Procedure", "Execute the setup.ps1 -SiteName <Office 365 Gateway site name> "
                                               "–IPAddress <IP address of the Office 365 Gateway site> "
                                               "-DispatcherAppName <Office 365 Callbacks-Dispatcher Application name> "
                                               "command."),
                mosiOverrides()),
        note(d, QStringLiteral("7"),
             QT_TRANSLATE_NOOP("Procedure", "You may use the -MOSIBaseURL, -MOSIBillingID, -MOSIClientCertSubject "
                                            "options to override the appropriate MOSI settings of the installed "
                                            "Office 365 Gateway and Office 365 Callbacks-Dispatcher Applications.")),
        numbered(d, QStringLiteral("8"), Manual,
                 QT_TRANSLATE_NOOP("Procedure", "Check your syndication agreement with Microsoft. If you provided to "
                                                "Microsoft the URL where a file name was specified "
                                                "(https://office365.provider.com/Office365/SubscriptionEvents.svc), "
                                                "you must perform the following actions:")),
        subStep(d, QStringLiteral("8a"), Manual,
                QT_TRANSLATE_NOOP("Procedure", "In the Internet Information Services (IIS) Manager, select the Office "
                                               "365 Callbacks-Dispatcher Application.")),
        subStep(d, QStringLiteral("8b"), Manual,
                QT_TRANSLATE_NOOP("Procedure", "Right-click the application item and click the Explore menu item in "
                                               "the context menu.")),
        subStep(
            d, QStringLiteral("8c"), Manual,
            QT_TRANSLATE_NOOP("Procedure",
                              "Create a copy of the Callbacks.svc file. Rename the copy to SubscriptionEvents.svc.")),
    };
    return s;
}

Stage provisioningStage()
{
    const QString p = QStringLiteral("provisioning");
    Stage s = makeStage(StageId::Provisioning, QT_TRANSLATE_NOOP("Procedure", "Provisioning Gateway Host"),
                        QT_TRANSLATE_NOOP("Procedure", "Updating Provisioning Gateway Host"));
    s.steps = {
        paragraph(QStringLiteral("provisioning.intro"), Info,
                  QT_TRANSLATE_NOOP("Procedure", "Starting with PA Office 365 Integration 4.0, provisioning scripts of "
                                                 "the Microsoft Office 365 Application use the HTTP_Request2 PEAR "
                                                 "Package. Make sure this PEAR Package is installed on the "
                                                 "Provisioning Gateway Host following these steps:")),
        numbered(p, QStringLiteral("1"), Manual,
                 QT_TRANSLATE_NOOP("Procedure", "Log on to the Provisioning Gateway Host.")),
        numbered(p, QStringLiteral("2"), Auto,
                 QT_TRANSLATE_NOOP("Procedure", "Validate that the HTTP_Request2 PEAR Package is in the list of "
                                                "installed PEAR Packages using the pear list command. Otherwise, "
                                                "execute the pear install HTTP_Request2 command."),
                 {pearOutput()}),
        numbered(p, QStringLiteral("3"), Auto,
                 QT_TRANSLATE_NOOP("Procedure", "If you have Application instances with versions lower than 4.0, make "
                                                "sure the HTTP_Request PEAR Package is in the list of installed PEAR "
                                                "Packages.")),
        note(p, QString(),
             QT_TRANSLATE_NOOP("Procedure", "To install the HTTP_Request2 PEAR Package, the latest PEAR is required. "
                                            "To obtain the latest PEAR, download and execute the "
                                            "http://pear.php.net/go-pear.phar script. For example, execute the wget "
                                            "http://pear.php.net/go-pear.phar and php go-pear.phar commands. This "
                                            "script installs the latest PEAR or it upgrades the installed PEAR to the "
                                            "latest version.")),
    };
    return s;
}

Stage paApplicationStage()
{
    const QString a = QStringLiteral("paapp");
    Stage s = makeStage(StageId::PaApplication, QT_TRANSLATE_NOOP("Procedure", "PA Application"),
                        QT_TRANSLATE_NOOP("Procedure", "Upgrading Microsoft Office 365 Application"));
    s.steps = {
        numbered(a, QStringLiteral("1"), Manual,
                 QT_TRANSLATE_NOOP("Procedure", "Import the Microsoft Office 365 Application Package to PA. See POA "
                                                "Provider's Guide >> Application Hosting > Managing Applications > "
                                                "Importing Application for details.")),
        numbered(a, QStringLiteral("2"), Auto,
                 QT_TRANSLATE_NOOP("Procedure", "Make sure in the 'Office 365 Application' Resource Types the "
                                                "Autoprovisioning parameter is set to Yes for the Application service "
                                                "\"Administration\".")),
        numbered(a, QStringLiteral("3"), Manual,
                 QT_TRANSLATE_NOOP("Procedure", "Upgrade existing Microsoft Office 365 Application instances. See POA "
                                                "Provider's Guide >> Application Hosting > Bulk Application Upgrades "
                                                "for details.")),
        numbered(a, QStringLiteral("4"), Auto,
                 QT_TRANSLATE_NOOP("Procedure",
                                   "If the script synchronizing changes applied in the Microsoft Online Services "
                                   "Portal to PA is used on your installation, the Empty Service Set Application "
                                   "Service Resource Type must be created. The Included Offers Activation Parameter "
                                   "must be set to 00000000-0000-0000-0000-000000000000. The Trial Offer ID "
                                   "Activation Parameter must be set to 00000000-0000-0000-0000-000000000000. See the "
                                   "PA Office 365 Integration Provider's Guide >> Configuring Offers > Creating "
                                   "Application Service Resource Type to obtain the instruction how to create "
                                   "Application Service Resource Types. The Empty Service Set Application Service "
                                   "Resource Type must be included into existing Office 365 Service Templates and "
                                   "existing Office 365 subscriptions must be updated accordingly.")),
        numbered(
            a, QStringLiteral("5"), Manual,
            QT_TRANSLATE_NOOP("Procedure", "Perform the instructions of the https://kb.odin.com/117505 KB article.")),
    };
    return s;
}

Stage newFeaturesStage()
{
    Stage s = makeStage(StageId::NewFeatures, QT_TRANSLATE_NOOP("Procedure", "New Features"),
                        QT_TRANSLATE_NOOP("Procedure", "Deploying New Features"));
    s.steps = {
        paragraph(QStringLiteral("features.intro"), Info,
                  QT_TRANSLATE_NOOP("Procedure",
                                    "The following table provides the list of features, that are not deployed "
                                    "automatically during the upgrade. These features must be deployed and configured "
                                    "manually after upgrading the Microsoft Office 365 Application. If you would like "
                                    "to get Professional Services assistance in deploying and configuring these "
                                    "features, please contact your Account Manager at Parallels.")),
    };
    return s;
}

Stage signOffStage()
{
    return makeStage(StageId::SignOff, QT_TRANSLATE_NOOP("Procedure", "Sign-off"),
                     QT_TRANSLATE_NOOP("Procedure", "Sign-off"));
}

FeatureRow feature(const QString& version, const char* featureText, const char* instruction)
{
    FeatureRow row;
    row.id = QStringLiteral("features.") + version;
    row.version = version;
    row.feature = featureText;
    row.instruction = instruction;
    return row;
}

FixedIssue fixedIssue(const QString& id, const char* text)
{
    FixedIssue issue;
    issue.id = id;
    issue.text = text;
    return issue;
}

} // namespace

void buildCatalogue(ProcedureCatalogue& c)
{
    c.m_stages = {
        startStage(),         gatewayStage(),     dispatcherStage(), provisioningStage(),
        paApplicationStage(), newFeaturesStage(), signOffStage(),
    };

    c.m_features = {
        feature(QStringLiteral("2.0"),
                QT_TRANSLATE_NOOP("Procedure", "Ability to Specify Custom Office 365 Subdomain Is Added"),
                QT_TRANSLATE_NOOP("Procedure", "See PA Office 365 Integration Provider's Guide >> Finalizing Office "
                                               "365 Application Deployment > Configuring PBA for Custom Office 365 "
                                               "Subdomains.")),
        feature(QStringLiteral("3.0"),
                QT_TRANSLATE_NOOP("Procedure", "Synchronization with Microsoft Online Services Portal Is Supported"),
                QT_TRANSLATE_NOOP("Procedure", "Install and configure the synchronization script. See PA Office 365 "
                                               "Integration Provider's Guide >> Finalizing Office 365 Application "
                                               "Deployment > Synchronizing Changes Applied in Microsoft Online "
                                               "Services Portal to PA for details.")),
        feature(QStringLiteral("4.0"), QT_TRANSLATE_NOOP("Procedure", "Office 365 Wave 15 Offers Are Supported"),
                QT_TRANSLATE_NOOP("Procedure", "Create Application Service Resource Types for new Office 365 offers. "
                                               "See PA Office 365 Integration Provider's Guide >> Configuring Offers "
                                               "for details.")),
        feature(QStringLiteral("4.1"), QT_TRANSLATE_NOOP("Procedure", "Improved Handling of Subscriptions"),
                QT_TRANSLATE_NOOP("Procedure", "It is recommended to specify the Administrator's login for connecting "
                                               "to Microsoft Online and Administrator's password for connecting to "
                                               "Microsoft Online activation parameters in Application Resource Types. "
                                               "See PA Office 365 Integration Provider's Guide >> Configuring Offers "
                                               "> Creating Office 365 Application Resource Type for details.")),
    };

    c.m_fixedIssues = {
        fixedIssue(QStringLiteral("APSA-5160"),
                   QT_TRANSLATE_NOOP("Procedure", "Office 365 Gateway error message should be more informative in "
                                                  "case when subscriptions have not been provisioned yet.")),
        fixedIssue(QStringLiteral("APSA-5112"),
                   QT_TRANSLATE_NOOP("Procedure", "Incorrect MX records are created for Exchange Online.")),
        fixedIssue(QStringLiteral("APSA-5080"),
                   QT_TRANSLATE_NOOP("Procedure", "MOSI sends 60k VerifyDomain requests to MS.")),
        fixedIssue(QStringLiteral("APSA-5079"),
                   QT_TRANSLATE_NOOP("Procedure", "Integrate customizations into 4.x branch.")),
        fixedIssue(QStringLiteral("APSA-5246"),
                   QT_TRANSLATE_NOOP("Procedure", "Sometimes method get_mop_account does not report errors properly "
                                                  "and synchronization script unprovides all Office 365 services "
                                                  "from users.")),
        fixedIssue(QStringLiteral("APSA-5168"),
                   QT_TRANSLATE_NOOP("Procedure", "Log file is not created when synchronization script is executed.")),
        fixedIssue(QStringLiteral("APSA-5065"),
                   QT_TRANSLATE_NOOP("Procedure", "pem.activateSubscription works for several minutes because of "
                                                  "database lock while providing several Office 365 services.")),
    };
}

} // namespace o365
