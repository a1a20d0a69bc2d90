#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace o365 {

// The IIS facts of gateway and dispatcher steps 4–6 that cannot be seen from outside: which site has the IP
// address, which application has the name, whether SubscriptionEvents.svc / Callbacks.svc is in its root.
// The wizard shows powerShellOneLiner(); the engineer runs it on the Office 365 Gateway Host (read-only) and
// pastes its output back, which parse() reads and match() searches.
//
// Output format, one line per fact, found among anything else that was pasted by its first word:
//     O365W-SITE <TAB> site name <TAB> protocol <TAB> bindingInformation       (one line per binding)
//     O365W-APP  <TAB> site name <TAB> path <TAB> physical path <TAB> True|False <TAB> True|False
//     O365W-WARN <TAB> site name <TAB> unreadable   (IIS's cmdlets could not list its applications)
//     O365W-END  <TAB> number of O365W-SITE lines <TAB> number of O365W-APP lines
// The two booleans say whether SubscriptionEvents.svc and Callbacks.svc exist in the application's root.
// A console turns a tab into spaces when its text is copied, so fields are written without spaces: '%',
// space, tab, CR and LF in a field are written %25, %20, %09, %0D and %0A, and a line is split at tabs or,
// when it holds none, at runs of spaces. The END line tells a complete copy from a partial one.
class IisInventory
{
    Q_DECLARE_TR_FUNCTIONS(IisInventory)
public:
    static QString powerShellOneLiner();

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
        QString siteName;
        bool applicationFound = false;
        Application application;
        QString message; // always set: what was found, or what is wrong and what to do
    };
    // The site bound to ipAddress (or, when none, to All Unassigned "*") and its application "/" +
    // applicationName (case-insensitive), as the engineer finds them in IIS Manager at steps 4 and 5.
    static Match match(const ParseResult& inv, const QString& ipAddress, const QString& applicationName);
};

} // namespace o365
