#include "SetupCommand.h"

#include <QHostAddress>
#include <QUrl>

namespace o365 {

namespace {

// The characters PowerShell takes for a single quote: ' and the typographic ‘ ’ ‚ ‛ (U+2018–U+201B).
bool isPowerShellSingleQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == 0x2018 || u == 0x2019 || u == 0x201A || u == 0x201B;
}

// The first character of 'value' that must never reach the line, with a description for the message, or
// an empty string. Refused: control characters (C0, DEL, C1: a line break would end the command in the
// console), line and paragraph separators, invisible format characters (text-direction overrides can make
// the displayed line differ from the executed one, zero-width characters make a name that IIS never has)
// and unpaired surrogates.
QString forbiddenCharacter(const QString& value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        char32_t ucs = value.at(i).unicode();
        if (QChar::isHighSurrogate(ucs) && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            ucs = QChar::surrogateToUcs4(value.at(i), value.at(i + 1));
            ++i;
        }
        const QString code = QStringLiteral("U+%1").arg(uint(ucs), 4, 16, QLatin1Char('0')).toUpper();
        switch (ucs) {
        case 0x0A: return SetupCommand::tr("a line break (%1)").arg(code);
        case 0x0D: return SetupCommand::tr("a carriage return (%1)").arg(code);
        case 0x09: return SetupCommand::tr("a tab (%1)").arg(code);
        case 0x00: return SetupCommand::tr("a NUL character (%1)").arg(code);
        default: break;
        }
        switch (QChar::category(ucs)) {
        case QChar::Other_Control: return SetupCommand::tr("a control character (%1)").arg(code);
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph: return SetupCommand::tr("a line separator (%1)").arg(code);
        case QChar::Other_Format: return SetupCommand::tr("an invisible formatting character (%1)").arg(code);
        case QChar::Other_Surrogate: return SetupCommand::tr("an invalid character (%1)").arg(code);
        default: break;
        }
    }
    return {};
}

struct Field
{
    QString label;   // "site name (-SiteName)"
    QString value;   // trimmed
    QString example; // shown in messages
};

// Empty and forbidden characters; returns the message or an empty string.
QString commonError(const Field& f, bool required)
{
    if (required && f.value.isEmpty())
        return SetupCommand::tr("The %1 is empty: enter it, for example %2.").arg(f.label, f.example);
    const QString bad = forbiddenCharacter(f.value);
    if (!bad.isEmpty())
        return SetupCommand::tr("The %1 contains %2. Type the value again or copy it once more from its source, "
                                "without line breaks or hidden characters.")
            .arg(f.label, bad);
    return {};
}

QString ipAddressError(const Field& f, QString* canonical)
{
    QString text = f.value;
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        return SetupCommand::tr("The %1 \"%2\" has a prefix length (%3). Enter the address alone, for example %4.")
            .arg(f.label, text, text.mid(slash), f.example);
    const bool bracketed = text.startsWith(QLatin1Char('['));
    if (bracketed) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close > 0 && close + 1 < text.size() && text.at(close + 1) == QLatin1Char(':'))
            return SetupCommand::tr("The %1 \"%2\" has a port (%3). Enter the address alone, for example %4.")
                .arg(f.label, text, text.mid(close + 1), f.example);
        if (close == text.size() - 1)
            text = text.mid(1, text.size() - 2); // [2001:db8::10] as IIS shows it: the address is inside
    } else if (text.count(QLatin1Char(':')) == 1) {
        // One colon: never an IPv6 address (it has at least two), so an IPv4 address or a host with a port.
        return SetupCommand::tr("The %1 \"%2\" has a port (%3). Enter the address alone, for example %4.")
            .arg(f.label, text, text.mid(text.indexOf(QLatin1Char(':'))), f.example);
    }
    if (text.contains(QLatin1Char('%')))
        return SetupCommand::tr("The %1 \"%2\" has a zone index (%3). IIS bindings have none: enter the address "
                                "without it.")
            .arg(f.label, f.value, text.mid(text.indexOf(QLatin1Char('%'))));

    QHostAddress address;
    if (!address.setAddress(text))
        return SetupCommand::tr("The %1 \"%2\" is not an IP address. Enter the IPv4 or IPv6 address that the "
                                "gateway host name resolves to (not the host name), for example %3.")
            .arg(f.label, f.value, f.example);
    if (address.protocol() == QAbstractSocket::IPv4Protocol && address.toString() != text)
        // QHostAddress also reads "10.1", "3405803786" and "010.0.0.1" (octal: 8.0.0.1), as inet_aton does.
        return SetupCommand::tr("Write the %1 as four decimal numbers without leading zeros, for example %2: "
                                "\"%3\" would be read as %4.")
            .arg(f.label, f.example, f.value, address.toString());
    if (address.isEqual(QHostAddress::AnyIPv4, QHostAddress::StrictConversion) ||
        address.isEqual(QHostAddress::AnyIPv6, QHostAddress::StrictConversion))
        return SetupCommand::tr("The %1 \"%2\" stands for all addresses. Enter the address the gateway host name "
                                "resolves to, for example %3.")
            .arg(f.label, f.value, f.example);
    *canonical = address.toString();
    return {};
}

QString applicationNameError(const Field& f)
{
    if (f.value.contains(QLatin1Char('/')) || f.value.contains(QLatin1Char('\\')))
        return SetupCommand::tr("The %1 \"%2\" contains \"/\" or \"\\\". Enter the application's name only, as it "
                                "appears in the URL between the host name and the next \"/\", for example %3.")
            .arg(f.label, f.value, f.example);
    if (f.value == QLatin1String(".") || f.value == QLatin1String(".."))
        return SetupCommand::tr("\"%1\" is not an application name. Enter the %2, for example %3.")
            .arg(f.value, f.label, f.example);
    return {};
}

QString mosiBaseUrlError(const Field& f)
{
    const QUrl url(f.value, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return SetupCommand::tr("The %1 \"%2\" is not an absolute URL. Enter it in full, for example %3, or leave "
                                "it empty to keep the installed setting.")
            .arg(f.label, f.value, f.example);
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return SetupCommand::tr("The %1 \"%2\" must use https://, not %3://, for example %4.")
            .arg(f.label, f.value, url.scheme(), f.example);
    return {};
}

} // namespace

QString SetupCommand::quoteForPowerShell(const QString& value)
{
    // Inside a single-quoted string PowerShell gives no meaning to any character but a single quote:
    // $, `, ;, ", (, ), |, &, #, spaces and the typographic double quotes are literal there. A single quote
    // ends the string unless it is doubled, and ‘ ’ ‚ ‛ (U+2018–U+201B) count as single quotes, so each of
    // them is doubled as itself: '' and ’’ both stand for one literal character inside the string.
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += QLatin1Char('\'');
    for (QChar c : value) {
        quoted += c;
        if (isPowerShellSingleQuote(c))
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

SetupCommand::Result SetupCommand::build(Kind kind, const SetupParameters& p)
{
    const bool gateway = kind == Kind::Gateway;
    const Field site{tr("site name (-SiteName)"), p.siteName.trimmed(), QStringLiteral("Default Web Site")};
    const Field ip{tr("IP address (-IPAddress)"), p.ipAddress.trimmed(), QStringLiteral("203.0.113.10")};
    const Field app = gateway ? Field{tr("Office 365 Gateway Application name (-GatewayAppName)"),
                                      p.gatewayAppName.trimmed(), QStringLiteral("O365Gateway")}
                              : Field{tr("Office 365 Callbacks-Dispatcher Application name (-DispatcherAppName)"),
                                      p.dispatcherAppName.trimmed(), QStringLiteral("O365Dispatcher")};
    const Field baseUrl{tr("MOSI base URL (-MOSIBaseURL)"), p.mosiBaseUrl.trimmed(),
                        QStringLiteral("https://mosi.example.com/")};
    const Field billing{tr("MOSI billing ID (-MOSIBillingID)"), p.mosiBillingId.trimmed(), QString()};
    const Field subject{tr("MOSI client certificate subject (-MOSIClientCertSubject)"),
                        p.mosiClientCertSubject.trimmed(), QString()};

    Result r;
    auto check = [&r](QString error) {
        if (!error.isEmpty())
            r.errors << error;
    };

    check(commonError(site, true));

    QString canonicalIp;
    QString error = commonError(ip, true);
    check(error.isEmpty() ? ipAddressError(ip, &canonicalIp) : error);

    error = commonError(app, true);
    check(error.isEmpty() ? applicationNameError(app) : error);

    error = commonError(baseUrl, false);
    check(error.isEmpty() && !baseUrl.value.isEmpty() ? mosiBaseUrlError(baseUrl) : error);
    check(commonError(billing, false));
    check(commonError(subject, false));

    if (!r.errors.isEmpty())
        return r;

    QStringList parts{QStringLiteral(".\\setup.ps1"),
                      QStringLiteral("-SiteName"),
                      quoteForPowerShell(site.value),
                      QStringLiteral("-IPAddress"), // ASCII hyphen, not the KB's en-dash
                      quoteForPowerShell(canonicalIp),
                      gateway ? QStringLiteral("-GatewayAppName") : QStringLiteral("-DispatcherAppName"),
                      quoteForPowerShell(app.value)};
    if (!baseUrl.value.isEmpty())
        parts << QStringLiteral("-MOSIBaseURL") << quoteForPowerShell(baseUrl.value);
    if (!billing.value.isEmpty())
        parts << QStringLiteral("-MOSIBillingID") << quoteForPowerShell(billing.value);
    if (!subject.value.isEmpty())
        parts << QStringLiteral("-MOSIClientCertSubject") << quoteForPowerShell(subject.value);

    r.ok = true;
    r.command = parts.join(QLatin1Char(' '));
    return r;
}

} // namespace o365
