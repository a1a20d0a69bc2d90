#include "IisInventory.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

namespace o365 {

namespace {

const QString kSiteMarker = QStringLiteral("O365W-SITE");
const QString kAppMarker = QStringLiteral("O365W-APP");
const QString kEndMarker = QStringLiteral("O365W-END");
const QString kWarnMarker = QStringLiteral("O365W-WARN");

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// "%HH" back to its byte and the bytes read as UTF-8: the one-liner writes every byte that is not
// printable ASCII (and %, |, space) so; older outputs wrote only ASCII ones and kept other characters.
QString unescapeField(const QString& field)
{
    QByteArray bytes;
    bytes.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == QLatin1Char('%') && i + 2 < field.size()) {
            const int high = hexValue(field.at(i + 1));
            const int low = hexValue(field.at(i + 2));
            if (high >= 0 && low >= 0) {
                bytes += char(high * 16 + low);
                i += 2;
                continue;
            }
        }
        const bool pair = field.at(i).isHighSurrogate() && i + 1 < field.size() && field.at(i + 1).isLowSurrogate();
        bytes += field.mid(i, pair ? 2 : 1).toUtf8();
        if (pair)
            ++i;
    }
    return QString::fromUtf8(bytes);
}

// IIS's bindingInformation "IP:port:host" ("*:80:", "203.0.113.10:443:", "[2001:db8::10]:443:gateway.example").
bool parseBinding(const QString& info, IisInventory::Site* site)
{
    QString ip;
    QString rest;
    if (info.startsWith(QLatin1Char('['))) {
        const qsizetype close = info.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= info.size() || info.at(close + 1) != QLatin1Char(':'))
            return false;
        ip = info.mid(1, close - 1);
        rest = info.mid(close + 2);
    } else {
        const qsizetype colon = info.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return false;
        ip = info.left(colon);
        rest = info.mid(colon + 1);
    }
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    bool ok = false;
    const int port = rest.left(colon).toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return false;
    if (ip.isEmpty() || ip == QLatin1String("*")) {
        ip = QStringLiteral("*");
    } else {
        QHostAddress address;
        if (!address.setAddress(ip))
            return false;
        ip = address.toString();
    }
    site->bindingIp = ip;
    site->port = port;
    site->hostHeader = rest.mid(colon + 1);
    return true;
}

bool parseBool(const QString& text, bool* value)
{
    if (text.compare(QLatin1String("True"), Qt::CaseInsensitive) == 0)
        *value = true;
    else if (text.compare(QLatin1String("False"), Qt::CaseInsensitive) == 0)
        *value = false;
    else
        return false;
    return true;
}

QString quoteLine(const QString& line)
{
    const int max = 200;
    return line.size() > max ? line.left(max) + QChar(0x2026) : line;
}

// A message for an error that Windows (PowerShell or cmd.exe) printed instead of, or among, the output.
QString powerShellErrorMessage(const QString& line)
{
    static const QRegularExpression cmdletError(
        QStringLiteral("^(Import-Module|Get-Website|Get-WebApplication|Get-WebBinding|Test-Path)\\s?:"),
        QRegularExpression::CaseInsensitiveOption);
    const bool importModule =
        line.startsWith(QLatin1String("Import-Module"), Qt::CaseInsensitive) && cmdletError.match(line).hasMatch();
    if (line.contains(QLatin1String("80040154")))
        return IisInventory::tr("Windows PowerShell reported: \"%1\". This is the 32-bit Windows PowerShell (x86), "
                                "which cannot read the IIS configuration. Start \"Windows PowerShell\" (not the "
                                "one marked x86) with \"Run as administrator\", run the command again and paste "
                                "its output.")
            .arg(quoteLine(line));
    if (line.contains(QLatin1String("is not recognized as an internal or external command"), Qt::CaseInsensitive))
        return IisInventory::tr("The command was run in the Command Prompt (cmd.exe), which reported: \"%1\". Run "
                                "it in Windows PowerShell started with \"Run as administrator\" and paste its "
                                "output.")
            .arg(quoteLine(line));
    if (importModule || (line.contains(QLatin1String("WebAdministration"), Qt::CaseInsensitive) &&
                         line.contains(QLatin1String("not loaded"), Qt::CaseInsensitive)))
        return IisInventory::tr("Windows PowerShell could not load the IIS module WebAdministration: \"%1\". The IIS "
                                "management tools are missing, or this is not the Office 365 Gateway Host. Install "
                                "the IIS Management Scripts and Tools (Server Manager > Web Server (IIS) > "
                                "Management Tools), start Windows PowerShell with \"Run as administrator\", run "
                                "the command again and paste its output.")
            .arg(quoteLine(line));
    if (line.contains(QLatin1String("redirection.config"), Qt::CaseInsensitive) ||
        line.contains(QLatin1String("insufficient permissions"), Qt::CaseInsensitive) ||
        line.contains(QLatin1String("0x80070005")) || line.contains(QLatin1String("Access is denied")))
        return IisInventory::tr("Windows PowerShell may not read the IIS configuration: \"%1\". Start Windows "
                                "PowerShell with \"Run as administrator\", run the command again and paste its "
                                "output.")
            .arg(quoteLine(line));
    if (line.contains(QLatin1String("is not recognized as the name of a cmdlet"), Qt::CaseInsensitive))
        return IisInventory::tr("Windows PowerShell does not know a command of the one-liner: \"%1\". Run it in "
                                "Windows PowerShell 2.0 or later on the Office 365 Gateway Host, with the IIS "
                                "Management Scripts and Tools installed, and paste its output.")
            .arg(quoteLine(line));
    if (cmdletError.match(line).hasMatch() || line.contains(QLatin1String("FullyQualifiedErrorId")) ||
        line.startsWith(QLatin1String("Exception calling"), Qt::CaseInsensitive))
        return IisInventory::tr("Windows PowerShell reported an error: \"%1\". Copy the command again exactly as "
                                "shown, run it in Windows PowerShell started with \"Run as administrator\" and "
                                "paste only its output.")
            .arg(quoteLine(line));
    return {};
}

} // namespace

bool IisInventory::Site::isHttp() const
{
    return protocol.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ||
           protocol.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

QString IisInventory::powerShellOneLiner(Route route)
{
    // One line for Windows PowerShell (2.0 to 5.1, and 7; 64-bit, "Run as administrator") on the Office
    // 365 Gateway Host. It only reads: Import-Module, Get-Website, Get-WebApplication, Test-Path and .NET
    // string functions; it sets nothing but its own session variables ($m, $esc, $o, $c, $nb, $na, $all,
    // $site, $b, $apps, $x, $xp, $app, $dir). What it prints is printable ASCII without spaces, so the
    // console can neither turn its separators into spaces nor its characters into '?', and a line the
    // console splits is joined again by the parser (see IisInventory.h).
    const QString inventory = QStringLiteral(
        // Load the IIS cmdlets; stop at once, with PowerShell's own message, when the module is missing.
        "Import-Module WebAdministration -ErrorAction Stop; "
        // The markers are put together from $m, so that the command itself, echoed in the paste, never
        // holds one.
        "$m = 'O365W' + '-'; "
        // $esc writes a value's UTF-8 bytes, each byte that is not printable ASCII, and %, | and space,
        // as %XX (hexadecimal).
        "$esc = { $o = ''; foreach ($c in [Text.Encoding]::UTF8.GetBytes([string]$args[0])) "
        "{ if ($c -le 32 -or $c -ge 127 -or $c -eq 37 -or $c -eq 124) { $o += '%' + ([int]$c).ToString('X2') } "
        "else { $o += [string][char]$c } }; $o }; "
        // Counters of the lines printed, for the END line.
        "$nb = 0; $na = 0; $all = $null; "
        // Every site (@() also when there is only one or none) ...
        "foreach ($site in @(Get-Website)) { "
        // ... every binding of it from the site's own configuration (Get-WebBinding -Name would put the site
        // name into an XPath query): SITE, name, protocol, bindingInformation ("IP:port:host").
        "foreach ($b in @($site.bindings.Collection)) { $nb++; "
        "$m + 'SITE|' + (& $esc $site.name) + '|' + (& $esc $b.protocol) + '|' + (& $esc $b.bindingInformation) + '|' }; "
        // ... every application of it (path "/O365Gateway"). Get-WebApplication -Site finds nothing, silently,
        // for a name holding [ ] * ? or ' (a wildcard or a broken query): for those names the applications are
        // taken from the list of all, by the site id in each one's ItemXPath; where that is not there the
        // site is named in a WARN line instead. (Characters by code, [char]93 for "]", so the line's brackets
        // stay balanced.)
        "if (([string]$site.name).IndexOfAny([char[]](91, 93, 42, 63, 39)) -ge 0) { "
        "if ($null -eq $all) { $all = @(Get-WebApplication) }; "
        "$apps = @(foreach ($x in $all) { if (([string]$x.ItemXPath).Contains(\"@id='\" + $site.id + \"'\" + [char]93 + "
        "'/application')) { $x } }); "
        "$xp = $false; foreach ($x in $all) { if ($x.ItemXPath) { $xp = $true } }; "
        "if ($apps.Count -eq 0 -and -not $xp) { $m + 'WARN|' + (& $esc $site.name) + '|unreadable|' } } "
        "else { $apps = @(Get-WebApplication -Site $site.name) }; "
        // ... its physical path with environment variables such as %SystemDrive% expanded ([string] turns a
        // missing path into "" rather than an exception), and whether SubscriptionEvents.svc and Callbacks.svc
        // are files in that directory (-LiteralPath: no wildcards; an empty path is False rather than a test
        // of the current directory).
        "foreach ($app in $apps) { $na++; "
        "$dir = [Environment]::ExpandEnvironmentVariables([string]$app.PhysicalPath); "
        "$m + 'APP|' + (& $esc $site.name) + '|' + (& $esc $app.path) + '|' + (& $esc $dir) + '|' + "
        "([bool]$dir -and (Test-Path -LiteralPath ([IO.Path]::Combine($dir, 'SubscriptionEvents.svc')) -PathType Leaf)) + '|' + "
        "([bool]$dir -and (Test-Path -LiteralPath ([IO.Path]::Combine($dir, 'Callbacks.svc')) -PathType Leaf)) + '|' "
        "} }; "
        // The END line with the numbers of lines printed: a partial copy is told from a complete one.
        "$m + 'END|' + $nb + '|' + $na + '|'");
    switch (route) {
    case Route::Console:
        break;
    case Route::Clipboard:
        // clip.exe (Windows Server 2008 and later): the output goes to the clipboard, never through the console.
        return QStringLiteral("& { ") + inventory + QStringLiteral(" } | clip");
    case Route::File:
        // A file in %TEMP%, opened in Notepad: copy from there, or load the file in the wizard.
        return QStringLiteral("& { ") + inventory +
               QStringLiteral(" } | Out-File -FilePath \"$env:TEMP\\o365w-iis.txt\" -Encoding ASCII; "
                              "notepad \"$env:TEMP\\o365w-iis.txt\"");
    }
    return inventory;
}

QString IisInventory::record(const QString& kind, const QStringList& fields)
{
    QString out = QStringLiteral("O365W-") + kind + QLatin1Char('|');
    for (const QString& f : fields) {
        for (const char c : f.toUtf8()) {
            const auto u = static_cast<unsigned char>(c);
            if (u <= 32 || u >= 127 || u == '%' || u == '|')
                out += QStringLiteral("%%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
            else
                out += QLatin1Char(c);
        }
        out += QLatin1Char('|');
    }
    return out;
}

IisInventory::ParseResult IisInventory::parse(const QString& pasted)
{
    ParseResult r;
    QString text = pasted;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));

    static const QRegularExpression tabSplit(QStringLiteral(" *\\t *"));
    static const QRegularExpression spaceSplit(QStringLiteral(" +"));

    QString formatError;
    QString windowsError;
    bool anyMarker = false;
    bool endSeen = false;
    int siteLines = 0;
    int appLines = 0;

    auto fail = [&formatError](const QString& message) {
        if (formatError.isEmpty())
            formatError = message;
    };

    // The number of fields after each marker.
    const auto expectedFields = [](const QString& marker) {
        if (marker == kSiteMarker)
            return 3;
        if (marker == kAppMarker)
            return 5;
        if (marker == kEndMarker || marker == kWarnMarker)
            return 2;
        return 0;
    };
    // "O365W-SITE|…|" (the current format): the marker, or an empty string.
    const auto pipedMarker = [&expectedFields](const QString& line) {
        const qsizetype bar = line.indexOf(QLatin1Char('|'));
        const QString marker = bar > 0 ? line.left(bar) : QString();
        return expectedFields(marker) > 0 ? marker : QString();
    };
    const auto firstWord = [](const QString& line) {
        qsizetype end = 0;
        while (end < line.size() && line.at(end) != QLatin1Char(' ') && line.at(end) != QLatin1Char('\t'))
            ++end;
        return line.left(end);
    };

    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QString marker = pipedMarker(line);
        const bool piped = !marker.isEmpty();
        if (!piped)
            marker = firstWord(line);
        const int expected = expectedFields(marker);
        if (expected == 0) {
            // A prompt, the echoed command, a blank-padded console line, or an error of Windows.
            ++r.ignoredLines;
            if (windowsError.isEmpty())
                windowsError = powerShellErrorMessage(line);
            continue;
        }
        anyMarker = true;

        QStringList fields;
        if (piped) {
            // A record ends with "|" after its last field. The console splits a line longer than its buffer
            // when it is copied; the record holds no space, so its pieces join exactly: the lines that follow
            // are taken until it is complete (never a line that starts another record).
            const auto complete = [expected](const QString& record) {
                return record.endsWith(QLatin1Char('|')) && record.count(QLatin1Char('|')) >= expected + 1;
            };
            while (!complete(line) && i + 1 < lines.size()) {
                const QString next = lines.at(i + 1).trimmed();
                if (next.isEmpty() || !pipedMarker(next).isEmpty() || expectedFields(firstWord(next)) > 0)
                    break;
                line += next;
                ++i;
            }
            // Without its closing "|" the last field may be cut: it does not count.
            fields = line.endsWith(QLatin1Char('|')) ? line.chopped(1).split(QLatin1Char('|'))
                                                     : line.split(QLatin1Char('|')).mid(0, line.count(QLatin1Char('|')));
        } else {
            fields = line.contains(QLatin1Char('\t')) ? line.split(tabSplit) : line.split(spaceSplit);
        }
        fields.removeFirst();
        if (fields.size() != expected || (piped && !line.endsWith(QLatin1Char('|')))) {
            fail(tr("Line %1 of the pasted text is incomplete: after %2 it has %3 fields instead of %4. The console "
                    "may have cut or wrapped it. Copy the whole output again, or use the command that copies the "
                    "output to the clipboard (| clip) or writes it to a file.")
                     .arg(lineNo)
                     .arg(marker)
                     .arg(fields.size())
                     .arg(expected));
            continue;
        }
        for (QString& f : fields)
            f = unescapeField(f);

        if (endSeen) {
            fail(tr("Line %1: the output of the command appears more than once. Paste the output of one run only.")
                     .arg(lineNo));
            continue;
        }
        if (marker == kSiteMarker) {
            ++siteLines;
            Site s;
            s.name = fields.at(0);
            s.protocol = fields.at(1);
            if (!parseBinding(fields.at(2), &s) && s.isHttp())
                fail(tr("Line %1: the binding \"%2\" of the site \"%3\" is not of the form IP:port:host. Copy the "
                        "whole output again.")
                         .arg(lineNo)
                         .arg(fields.at(2), s.name));
            r.sites << s;
        } else if (marker == kWarnMarker) {
            if (!r.unreadableSites.contains(fields.at(0)))
                r.unreadableSites << fields.at(0);
        } else if (marker == kAppMarker) {
            ++appLines;
            Application a;
            a.site = fields.at(0);
            a.path = fields.at(1);
            a.physicalPath = fields.at(2);
            if (!parseBool(fields.at(3), &a.hasSubscriptionEvents) || !parseBool(fields.at(4), &a.hasCallbacks))
                fail(tr("Line %1: the application \"%2\" has \"%3\" and \"%4\" where True or False is expected. Copy "
                        "the whole output again.")
                         .arg(lineNo)
                         .arg(a.path, fields.at(3), fields.at(4)));
            r.applications << a;
        } else {
            endSeen = true;
            bool okSites = false;
            bool okApps = false;
            const int printedSites = fields.at(0).toInt(&okSites);
            const int printedApps = fields.at(1).toInt(&okApps);
            if (!okSites || !okApps)
                fail(tr("Line %1: the last line of the output (%2) is damaged. Copy the whole output again.")
                         .arg(lineNo)
                         .arg(kEndMarker));
            else if (printedSites != siteLines || printedApps != appLines)
                fail(tr("Lines are missing from the pasted output: the command printed %1 %2 and %3 %4 lines, %5 "
                        "and %6 were pasted. Copy the whole output again, from its first line down to the line "
                        "starting with %7.")
                         .arg(printedSites)
                         .arg(kSiteMarker)
                         .arg(printedApps)
                         .arg(kAppMarker)
                         .arg(siteLines)
                         .arg(appLines)
                         .arg(kEndMarker));
        }
    }

    auto failed = [&r](const QString& message) {
        r.ok = false;
        r.message = message;
        r.sites.clear();
        r.applications.clear();
        return r;
    };
    if (!windowsError.isEmpty())
        return failed(windowsError);
    if (!formatError.isEmpty())
        return failed(formatError);
    if (!anyMarker) {
        if (r.ignoredLines == 0)
            return failed(tr("Nothing was pasted. Run the command shown above in Windows PowerShell on the Office "
                             "365 Gateway Host and paste its whole output here."));
        return failed(tr("No output of the wizard's command was found: copy the whole output of the command shown "
                         "above (the lines starting with O365W-) and paste it here."));
    }
    if (!endSeen)
        return failed(tr("The pasted output is incomplete: its last line, starting with %1, is missing. Copy the "
                         "whole output again, down to that line.")
                          .arg(kEndMarker));
    r.ok = true;
    return r;
}

} // namespace o365
