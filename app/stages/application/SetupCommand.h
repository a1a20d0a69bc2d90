#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace o365 {

// The values of the setup.ps1 line of gateway step 7e and dispatcher step 7e, as the engineer entered them.
// Surrounding whitespace of every value is ignored; internal spaces are kept ("Default Web Site").
struct SetupParameters
{
    QString siteName;          // the IIS site found by IP address (step 4)
    QString ipAddress;         // the IP address of that site (steps 1g/1c and 4)
    QString gatewayAppName;    // -GatewayAppName (gateway section)
    QString dispatcherAppName; // -DispatcherAppName (Callbacks-Dispatcher section)
    QString mosiBaseUrl;       // optional overrides (the Note under step 7e)
    QString mosiBillingId;
    QString mosiClientCertSubject;
};

// Builds the exact line of step 7e to paste into the Windows PowerShell console opened in the directory of
// the unpacked O365-Web.zip (step 7d):
//     .\setup.ps1 -SiteName 'Default Web Site' -IPAddress '203.0.113.10' -GatewayAppName 'O365Gateway'
// Every value is a PowerShell single-quoted literal, so no value can add, end or change a token of the line.
// The KB prints "–IPAddress" with an en-dash; the line always uses an ASCII hyphen.
class SetupCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetupCommand)
public:
    enum class Kind { Gateway, Dispatcher };

    struct Result
    {
        bool ok = false;
        QString command;    // empty unless ok
        QStringList errors; // one specific, actionable message per bad value, in the order of the line
    };

    static Result build(Kind kind, const SetupParameters& p);

    // 'value' as a PowerShell single-quoted string literal, exactly as given (no trimming, no check).
    static QString quoteForPowerShell(const QString& value);
};

} // namespace o365
