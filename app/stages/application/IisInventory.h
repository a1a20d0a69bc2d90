#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace o365 {

// The IIS facts of gateway and dispatcher steps 4–6 that cannot be seen from outside: which site has the IP
// address, which application has the name, whether SubscriptionEvents.svc / Callbacks.svc is in its root.
// The wizard shows powerShellOneLiner(); the engineer runs it on the Office 365 Gateway Host (read-only) and
// pastes its output back (or loads the file it wrote: core/TextDecoding), which parse() reads and match() searches.
//
// Output format, one record per fact, found among anything else that was pasted by its marker:
//     O365W-SITE|site name|protocol|bindingInformation|           (one record per binding)
//     O365W-APP|site name|path|physical path|True|False|
//     O365W-WARN|site name|unreadable|                           (IIS's cmdlets could not list its applications)
//     O365W-END|number of SITE records|number of APP records|
// The two booleans say whether SubscriptionEvents.svc and Callbacks.svc exist in the application's root.
// What the console does to copied text cannot touch it: a field's UTF-8 bytes that are not printable ASCII,
// and %, | and space, are written %XX, so a record is printable ASCII without a space (no tab to turn into
// spaces, no character to turn into '?', an empty field stays "||"); a record ends with "|", so one the
// console split at its width is joined again exactly. The END record tells a complete copy from a partial
// one. The output of older versions (tab-separated, "O365W-SITE<TAB>…") is still read.
class IisInventory
{
    Q_DECLARE_TR_FUNCTIONS(IisInventory)
public:
    // Console: prints the records (copy them from the console); Clipboard: `& { … } | clip`; File: writes
    // %TEMP%\o365w-iis.txt and opens it in Notepad.
    enum class Route { Console, Clipboard, File };
    static QString powerShellOneLiner(Route route = Route::Console);
    // One record as the one-liner prints it: record("SITE", {name, protocol, binding}) is
    // "O365W-SITE|name|protocol|binding|", each field escaped (for the training lab and the tests).
    static QString record(const QString& kind, const QStringList& fields);

    struct Site // one IIS binding of a site
    {
        QString name;
        QString protocol;   // "http", "https", "net.tcp", …
        QString bindingIp;  // http(s) and other "IP:port:host" bindings: the address as QHostAddress writes it
                            // (IPv6 without brackets), or "*" for All Unassigned; empty for other bindings
        int port = -1;
        QString hostHeader; // may be empty
        bool isHttp() const; // an http or https binding (the ones a web application answers on)
    };
    struct Application
    {
        QString site;
        QString path; // "/O365Gateway"
        QString physicalPath;
        bool hasSubscriptionEvents = false;
        bool hasCallbacks = false;
    };
    struct ParseResult
    {
        bool ok = false;
        QString message; // why not ok, what to do
        QList<Site> sites;
        QList<Application> applications;
        int ignoredLines = 0; // non-blank lines that are not the command's output (prompts, echo, other text)
        // Sites whose applications IIS's cmdlets could not list (a name with [ ] * ? ' and no ItemXPath).
        QStringList unreadableSites;
    };
    static ParseResult parse(const QString& pasted);

    struct Match
    {
        bool siteFound = false;
        bool chosenByEngineer = false; // no site is bound to the address: the one the engineer named is used
        QString siteName;
        bool applicationFound = false;
        Application application;
        QString message; // always set: what was found, or what is wrong and what to do
    };
    // The site bound to ipAddress (or, when none, to All Unassigned "*") and its application "/" +
    // applicationName (case-insensitive), as the engineer finds them in IIS Manager at steps 4 and 5.
    // When no site is bound to the address at all (behind NAT the public DNS address is not the IIS
    // binding), the site the engineer named (chosenSite, case-insensitive) is used instead, said so.
    static Match match(const ParseResult& inv, const QString& ipAddress, const QString& applicationName,
                       const QString& chosenSite = QString());
};

} // namespace o365
