// The trainee view: why KB 117222 asks for each step, and what goes wrong in a real upgrade when
// the step is skipped or done wrong. One entry for every step the engineer confirms, types into or
// that is checked automatically, and for the "Important:"/"Note:" paragraphs where a reason helps.
//
// The texts are static literals wrapped in QT_TRANSLATE_NOOP("Training", ...) so lupdate extracts
// them; why() translates at display time. Keep each to 1–3 sentences (tests/tst_trainingnotes.cpp
// checks coverage against the catalogue and a 400-character limit).

#include "TrainingNotes.h"

#include <QCoreApplication>

namespace o365 {

namespace {

struct Note
{
    const char* stepId;
    const char* text;
};

// In catalogue order (app/ProcedureCatalogueData.cpp).
const Note kNotes[] = {
    // --- Start: Dependencies and Pre-Requisites ---
    {"start.prerequisites",
     QT_TRANSLATE_NOOP("Training",
                       "The new package requires POA 5.4.4 or later, but it is only imported into PA on the PA "
                       "Application page, after the gateway hosts have been upgraded. Checking the version first avoids "
                       "upgrading the gateways and only then finding that PA cannot take the package.")},

    // --- Upgrading Office 365 Gateway Application ---
    {"gateway.1.important",
     QT_TRANSLATE_NOOP("Training",
                       "One gateway host can carry several Office 365 Gateway Applications, and PA may use more than "
                       "one of them. Each must be identified and upgraded on its own: one left on the old version keeps "
                       "serving its part of the installation with the old code.")},
    {"gateway.1a",
     QT_TRANSLATE_NOOP("Training",
                       "The gateway application to upgrade is the one PA actually sends its requests to, and only PA's "
                       "own configuration says which one that is. Steps 1a to 1d lead to that setting; do not rely on "
                       "memory or old documentation.")},
    {"gateway.1b",
     QT_TRANSLATE_NOOP("Training",
                       "The gateway address is configured on the Office 365 Application's resource types, so open the "
                       "application that is being upgraded. With several Office 365 applications, the wrong one may "
                       "point at a different gateway application.")},
    {"gateway.1c",
     QT_TRANSLATE_NOOP("Training",
                       "The 'Office 365 Application' resource type holds the global settings that tell PA how to reach "
                       "the gateway. If there are several such resource types, each may point at its own gateway "
                       "application, and each of those needs upgrading.")},
    {"gateway.1d",
     QT_TRANSLATE_NOOP("Training",
                       "The URL for MOSI Connector is a global setting among the activation parameters. Reading it here "
                       "gives the value PA really uses, not what someone remembers.")},
    {"gateway.1e",
     QT_TRANSLATE_NOOP("Training",
                       "This URL is where PA sends Office 365 requests: its host name says which gateway host and its "
                       "path which gateway application. Copy it exactly; upgrading any other application leaves the one "
                       "PA uses on the old version.")},
    {"gateway.1f",
     QT_TRANSLATE_NOOP("Training",
                       "The host name and application name taken from the URL are the keys for the rest of the stage: "
                       "the host name leads to the IP address and the IIS site (steps 1g and 4), and the application "
                       "name selects the application (step 5) and is passed to setup.ps1 as -GatewayAppName.")},
    {"gateway.1g",
     QT_TRANSLATE_NOOP("Training",
                       "PA connects to whatever IP address the host name resolves to via DNS, and that IP is how the "
                       "right IIS site is found at step 4 and what setup.ps1 gets as -IPAddress. If DNS does not resolve "
                       "or points to another machine, stop: you would upgrade a site PA does not use.")},
    {"gateway.2",
     QT_TRANSLATE_NOOP("Training",
                       "IIS Manager and setup.ps1 are run on the gateway host itself, and changing IIS sites and "
                       "applications needs administrator rights. Log on to the host the URL names; on another host you "
                       "would upgrade the wrong machine.")},
    {"gateway.3",
     QT_TRANSLATE_NOOP("Training",
                       "IIS Manager shows the sites with their IP bindings and the applications inside them, which is "
                       "how the gateway application PA uses is found on a host that may run several.")},
    {"gateway.4",
     QT_TRANSLATE_NOOP("Training",
                       "The site bound to the IP address from step 1g is the one that receives PA's requests. Its name "
                       "and IP are exactly what setup.ps1 needs as -SiteName and -IPAddress; a site chosen by its name "
                       "alone may be another site on the same host.")},
    {"gateway.5",
     QT_TRANSLATE_NOOP("Training",
                       "A site can hold several applications (other gateway applications, the Callbacks-Dispatcher). "
                       "Only the one named in the URL for MOSI Connector is the application PA uses at this point.")},
    {"gateway.6a",
     QT_TRANSLATE_NOOP("Training",
                       "Explore opens the application's root directory on disk, so you see what is really installed "
                       "there rather than trusting the name shown in IIS Manager.")},
    {"gateway.6b",
     QT_TRANSLATE_NOOP("Training",
                       "SubscriptionEvents.svc is the file that marks an Office 365 Gateway Application. If it is "
                       "there, you have the right application; if not, you may be about to run setup.ps1 against "
                       "something else.")},
    {"gateway.6.important",
     QT_TRANSLATE_NOOP("Training",
                       "Without SubscriptionEvents.svc, this is either not a gateway application or an installation "
                       "that differs from what the package expects. Stop and contact Parallels support: running "
                       "setup.ps1 anyway can overwrite an unrelated application or break the gateway for every "
                       "customer.")},
    {"gateway.7a",
     QT_TRANSLATE_NOOP("Training",
                       "setup.ps1 upgrades the application locally, so the package has to be on the gateway host. Use "
                       "the package version you are upgrading to, the same one that will be imported into PA later.")},
    {"gateway.7b",
     QT_TRANSLATE_NOOP("Training",
                       "The web applications and setup.ps1 are not in the package directly but in O365-Web.zip inside "
                       "it, so that archive has to be taken out first.")},
    {"gateway.7c",
     QT_TRANSLATE_NOOP("Training",
                       "setup.ps1 installs the files that come with it, so O365-Web.zip must be unpacked completely. A "
                       "partial or failed extraction gives an incomplete upgrade.")},
    {"gateway.7d",
     QT_TRANSLATE_NOOP("Training",
                       "setup.ps1 is a PowerShell script that works with the files next to it, so run it from the "
                       "directory holding the unpacked O365-Web.zip, in a console with administrator rights.")},
    {"gateway.7e",
     QT_TRANSLATE_NOOP("Training",
                       "The three values tell setup.ps1 exactly which site, IP and application to upgrade; use the ones "
                       "written down at steps 4 and 1f, since a typo upgrades the wrong one or fails. The script changes "
                       "the live application and the KB gives no way back, so back up its directory first.")},
    {"gateway.7.note",
     QT_TRANSLATE_NOOP("Training",
                       "Without these options the installed MOSI settings stay as they are, which is what an upgrade "
                       "normally wants. Use them only to change a setting on purpose: a wrong value affects both the "
                       "Gateway and the Callbacks-Dispatcher Applications.")},

    // --- Upgrading Office 365 Callbacks-Dispatcher Application ---
    {"dispatcher.important",
     QT_TRANSLATE_NOOP("Training",
                       "In the Single Office 365 Gateway Application topology there is no separate Callbacks-Dispatcher "
                       "Application to upgrade. In the other topologies it is a separate application, and skipping "
                       "this stage leaves it on the old version.")},
    {"dispatcher.1a",
     QT_TRANSLATE_NOOP("Training",
                       "The URL in the syndication agreement is the address you gave Microsoft, so it names the "
                       "Callbacks-Dispatcher Application Microsoft actually calls. Take it from the agreement, not from "
                       "IIS: another application of similar name may exist.")},
    {"dispatcher.1b",
     QT_TRANSLATE_NOOP("Training",
                       "The host name leads to the IP address and the IIS site (steps 1c and 4), and the application "
                       "name selects the application (step 5) and is passed to setup.ps1 as -DispatcherAppName.")},
    {"dispatcher.1c",
     QT_TRANSLATE_NOOP("Training",
                       "Microsoft reaches the dispatcher at the IP address the host name resolves to via DNS; that IP "
                       "finds the right IIS site at step 4 and is setup.ps1's -IPAddress. If it does not resolve or "
                       "points elsewhere, stop and find out why.")},
    {"dispatcher.2",
     QT_TRANSLATE_NOOP("Training",
                       "The dispatcher is upgraded on its own gateway host with IIS Manager and setup.ps1, which need "
                       "administrator rights. Log on to the host the agreement's URL names.")},
    {"dispatcher.3",
     QT_TRANSLATE_NOOP("Training",
                       "IIS Manager shows the sites with their IP bindings and the applications inside them, which is "
                       "how the dispatcher is told apart from gateway applications on the same host.")},
    {"dispatcher.4",
     QT_TRANSLATE_NOOP("Training",
                       "The site bound to the IP address from step 1c is the one Microsoft's calls arrive at. Its name "
                       "and IP are what setup.ps1 needs as -SiteName and -IPAddress.")},
    {"dispatcher.5",
     QT_TRANSLATE_NOOP("Training",
                       "The same site may also hold gateway applications. Only the application named in the "
                       "agreement's URL is the Callbacks-Dispatcher Application Microsoft calls.")},
    {"dispatcher.6a",
     QT_TRANSLATE_NOOP("Training",
                       "Explore opens the application's root directory on disk, so you see what is really installed "
                       "there rather than trusting the name shown in IIS Manager.")},
    {"dispatcher.6b",
     QT_TRANSLATE_NOOP("Training",
                       "Callbacks.svc is the file that marks an Office 365 Callbacks-Dispatcher Application. If it is "
                       "missing, this is not the dispatcher, however it is named.")},
    {"dispatcher.6.important",
     QT_TRANSLATE_NOOP("Training",
                       "Without Callbacks.svc, this is not the dispatcher the package expects. Stop and contact "
                       "Parallels support: setup.ps1 run against the wrong application can break it, and Microsoft's "
                       "calls would still reach the old dispatcher.")},
    {"dispatcher.7a",
     QT_TRANSLATE_NOOP("Training",
                       "setup.ps1 upgrades the application locally, so the package has to be on this gateway host too. "
                       "Use the same package version as for the gateway applications.")},
    {"dispatcher.7b",
     QT_TRANSLATE_NOOP("Training",
                       "The web applications and setup.ps1 are not in the package directly but in O365-Web.zip inside "
                       "it, so that archive has to be taken out first.")},
    {"dispatcher.7c",
     QT_TRANSLATE_NOOP("Training",
                       "setup.ps1 installs the files that come with it, so O365-Web.zip must be unpacked completely. A "
                       "partial or failed extraction gives an incomplete upgrade.")},
    {"dispatcher.7d",
     QT_TRANSLATE_NOOP("Training",
                       "setup.ps1 is a PowerShell script that works with the files next to it, so run it from the "
                       "directory holding the unpacked O365-Web.zip, in a console with administrator rights.")},
    {"dispatcher.7e",
     QT_TRANSLATE_NOOP("Training",
                       "Here setup.ps1 gets -DispatcherAppName, not -GatewayAppName: it upgrades the "
                       "Callbacks-Dispatcher Application named at step 1b, on the site and IP from step 4. The script "
                       "changes the live application and the KB gives no way back, so back up its directory first.")},
    {"dispatcher.7.note",
     QT_TRANSLATE_NOOP("Training",
                       "Without these options the installed MOSI settings stay as they are. Use them only to change a "
                       "setting on purpose: a wrong value affects both the Gateway and the Callbacks-Dispatcher "
                       "Applications.")},
    {"dispatcher.8",
     QT_TRANSLATE_NOOP("Training",
                       "Microsoft calls exactly the URL in the agreement. If that URL ends in SubscriptionEvents.svc, "
                       "the dispatcher must answer under that file name, or Microsoft's calls fail after the upgrade. "
                       "If the agreement's URL has no file name, nothing is needed here.")},
    {"dispatcher.8a",
     QT_TRANSLATE_NOOP("Training",
                       "The copy belongs in the Callbacks-Dispatcher Application, the one Microsoft calls, not in a "
                       "gateway application on the same host.")},
    {"dispatcher.8b",
     QT_TRANSLATE_NOOP("Training",
                       "Explore opens the dispatcher's root directory, where Callbacks.svc is and where the copy has to "
                       "be made.")},
    {"dispatcher.8c",
     QT_TRANSLATE_NOOP("Training",
                       "The copy lets the URL Microsoft knows, ending in SubscriptionEvents.svc, answer with the "
                       "dispatcher's service. Copy, do not rename: Callbacks.svc has to stay, as it is the dispatcher's "
                       "own service file.")},

    // --- Updating Provisioning Gateway Host ---
    {"provisioning.1",
     QT_TRANSLATE_NOOP("Training",
                       "The provisioning scripts run on the Provisioning Gateway Host, so the PEAR packages they need "
                       "must be installed there; installing them on any other host does not help.")},
    {"provisioning.2",
     QT_TRANSLATE_NOOP("Training",
                       "From PA Office 365 Integration 4.0 on, the provisioning scripts use the HTTP_Request2 PEAR "
                       "Package. Without it, provisioning operations of upgraded instances fail; pear list shows "
                       "whether it is installed, and pear install HTTP_Request2 adds it.")},
    {"provisioning.3",
     QT_TRANSLATE_NOOP("Training",
                       "Instances older than 4.0 still run the old provisioning scripts, which use the older "
                       "HTTP_Request PEAR Package, not HTTP_Request2. As long as such instances exist, HTTP_Request must "
                       "stay installed, or their provisioning operations fail.")},
    {"provisioning.note",
     QT_TRANSLATE_NOOP("Training",
                       "HTTP_Request2 can only be installed with the latest PEAR, so pear install HTTP_Request2 may "
                       "fail on an outdated PEAR. go-pear.phar installs or upgrades PEAR; run it first, then install "
                       "the package again.")},

    // --- Upgrading Microsoft Office 365 Application ---
    {"paapp.1",
     QT_TRANSLATE_NOOP("Training",
                       "PA can only upgrade instances to a package version it has imported. Import the same package "
                       "version that was installed on the gateway hosts, so that PA and the gateways run the same "
                       "release.")},
    {"paapp.2",
     QT_TRANSLATE_NOOP("Training",
                       "Autoprovisioning set to Yes makes PA provide the \"Administration\" application service "
                       "automatically. The KB asks for it before the bulk upgrade of step 3, so that the upgraded "
                       "instances get that service on their own; with No, they may be left without it and need it "
                       "provided by hand.")},
    {"paapp.3",
     QT_TRANSLATE_NOOP("Training",
                       "Importing the package does not change existing subscriptions; only the bulk upgrade moves their "
                       "application instances to the new version. Instances left behind keep the old code, without the "
                       "fixes listed in the KB, and still need the HTTP_Request PEAR Package.")},
    {"paapp.4",
     QT_TRANSLATE_NOOP("Training",
                       "When the synchronization script is used, the KB requires an Empty Service Set resource type "
                       "whose Included Offers and Trial Offer ID are the all-zero GUID, which names no real offer. "
                       "Without it in every Office 365 service template and subscription, synchronization after the "
                       "upgrade can go wrong for those subscriptions.")},
    {"paapp.5",
     QT_TRANSLATE_NOOP("Training",
                       "The KB hands the last part of the upgrade over to KB article 117505. The upgrade is not complete "
                       "until its instructions have been carried out for this installation.")},
};

} // namespace

QString TrainingNotes::why(const QString& stepId)
{
    for (const Note& note : kNotes) {
        if (stepId == QLatin1String(note.stepId))
            return QCoreApplication::translate("Training", note.text);
    }
    return QString();
}

QStringList TrainingNotes::stepIds()
{
    QStringList ids;
    for (const Note& note : kNotes)
        ids << QString::fromLatin1(note.stepId);
    return ids;
}

} // namespace o365
