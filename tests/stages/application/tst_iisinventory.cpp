// Unit tests for o365::IisInventory (app/IisInventory.h): the read-only PowerShell one-liner of gateway and
// dispatcher steps 4–6, the parser of its pasted output, and the search for the site by IP address and the
// application by name.
//
// PowerShell is not available here: the one-liner is checked statically (no mutating command, balanced quotes
// and brackets), and the pasted outputs are built by hand the way the one-liner prints them.

#include "core/TextDecoding.h"
#include "stages/application/IisInventory.h"

#include <QRegularExpression>
#include <QtTest>

using namespace o365;

namespace {

const QString CRLF = QStringLiteral("\r\n");
const QString PROMPT = QStringLiteral("PS C:\\Users\\Administrator> ");

// What the one-liner's $esc does to a field: -replace '%','%25' ' ','%20' "`t",'%09' "`r",'%0D' "`n",'%0A'.
QString esc(QString v)
{
    v.replace(QLatin1String("%"), QLatin1String("%25"));
    v.replace(QLatin1String(" "), QLatin1String("%20"));
    v.replace(QLatin1String("\t"), QLatin1String("%09"));
    v.replace(QLatin1String("\r"), QLatin1String("%0D"));
    v.replace(QLatin1String("\n"), QLatin1String("%0A"));
    return v;
}

QString siteLine(const QString& name, const QString& protocol, const QString& binding)
{
    return QStringLiteral("O365W-SITE\t%1\t%2\t%3").arg(esc(name), esc(protocol), esc(binding));
}

QString appLine(const QString& site, const QString& path, const QString& physicalPath, bool subscriptionEvents,
                bool callbacks)
{
    auto b = [](bool v) { return v ? QStringLiteral("True") : QStringLiteral("False"); };
    return QStringLiteral("O365W-APP\t%1\t%2\t%3\t%4\t%5")
        .arg(esc(site), esc(path), esc(physicalPath), b(subscriptionEvents), b(callbacks));
}

// The output lines followed by the END line with their numbers, as the one-liner prints them.
QStringList withEnd(const QStringList& lines)
{
    int sites = 0;
    int apps = 0;
    for (const QString& l : lines) {
        sites += l.startsWith(QLatin1String("O365W-SITE\t"));
        apps += l.startsWith(QLatin1String("O365W-APP\t"));
    }
    return lines + QStringList{QStringLiteral("O365W-END\t%1\t%2").arg(sites).arg(apps)};
}

// The whole console session as copied: prompt with the command, the output, a blank line, the next prompt.
QString consolePaste(const QStringList& outputLines)
{
    return PROMPT + IisInventory::powerShellOneLiner() + CRLF + outputLines.join(CRLF) + CRLF + CRLF + PROMPT;
}

// conhost keeps no tab: it moves to the next tab stop (every 8 columns) and a copy gives the spaces.
QString expandTabs(const QString& text)
{
    QString out;
    int column = 0;
    for (QChar c : text) {
        if (c == QLatin1Char('\t')) {
            do {
                out += QLatin1Char(' ');
                ++column;
            } while (column % 8 != 0);
        } else {
            out += c;
            column = (c == QLatin1Char('\n')) ? 0 : column + 1;
        }
    }
    return out;
}

// conhost of older Windows versions puts a line break at the window's width into a copy of a long line.
QString wrapAt(const QString& line, int width)
{
    QStringList rows;
    for (qsizetype i = 0; i < line.size(); i += width)
        rows << line.mid(i, width);
    return rows.join(CRLF);
}

// Two sites: "Default Web Site" on all unassigned addresses, "Office 365" on 203.0.113.10 and an IPv6.
QStringList realisticOutput()
{
    return withEnd({
        siteLine("Default Web Site", "http", "*:80:"),
        siteLine("Default Web Site", "https", "*:443:"),
        siteLine("Office 365", "https", "203.0.113.10:443:"),
        siteLine("Office 365", "http", "203.0.113.10:80:gateway.example.com"),
        siteLine("Office 365", "https", "[2001:db8::10]:443:gateway.example.com"),
        siteLine("Office 365", "net.tcp", "808:*"),
        appLine("Default Web Site", "/aspnet_client", "C:\\inetpub\\wwwroot\\aspnet_client", false, false),
        appLine("Office 365", "/O365Gateway", "C:\\inetpub\\Office 365\\O365Gateway", true, false),
        appLine("Office 365", "/O365Dispatcher", "C:\\inetpub\\Office 365\\O365Dispatcher", false, true),
        appLine("Office 365", "/Old", "%SystemDrive%\\missing 100%", false, false),
    });
}

const QString kWebAdministrationError = QStringLiteral(
    "Import-Module : The specified module 'WebAdministration' was not loaded because no valid module file was found "
    "in any module directory.\r\n"
    "At line:1 char:14\r\n"
    "+ Import-Module <<<<  WebAdministration -ErrorAction Stop; $esc = { ([string]$args[0]) -replace '%','%25'\r\n"
    "    + CategoryInfo          : ResourceUnavailable: (WebAdministration:String) [Import-Module], "
    "FileNotFoundException\r\n"
    "    + FullyQualifiedErrorId : Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand\r\n");

// A PowerShell-aware balance check: strings ('…' with '' escapes, "…" with ` escapes and $( ) inside) and
// (), {}, [] nesting. Returns an empty string when balanced, else what is wrong.
QString unbalanced(const QString& s)
{
    struct Ctx
    {
        bool doubleQuoted;
        QChar closing;
    };
    QList<Ctx> stack{{false, QChar()}};
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (stack.last().doubleQuoted) {
            if (c == QLatin1Char('`'))
                ++i;
            else if (c == QLatin1Char('"'))
                stack.removeLast();
            else if (c == QLatin1Char('$') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('(')) {
                stack.append({false, QLatin1Char(')')});
                ++i;
            }
            continue;
        }
        switch (c.unicode()) {
        case '`': ++i; break;
        case '#': return QStringLiteral("comment at %1").arg(i);
        case '\'': {
            ++i;
            while (true) {
                if (i >= s.size())
                    return QStringLiteral("unterminated single-quoted string");
                if (s.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\'')) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            break;
        }
        case '"': stack.append({true, QChar()}); break;
        case '(': stack.append({false, QLatin1Char(')')}); break;
        case '{': stack.append({false, QLatin1Char('}')}); break;
        case '[': stack.append({false, QLatin1Char(']')}); break;
        case ')':
        case '}':
        case ']':
            if (stack.size() < 2 || stack.last().closing != c)
                return QStringLiteral("unexpected %1 at %2").arg(c).arg(i);
            stack.removeLast();
            break;
        default: break;
        }
    }
    return stack.size() == 1 ? QString() : QStringLiteral("%1 unclosed").arg(stack.size() - 1);
}

} // namespace

class TestIisInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLinerIsReadOnly();
    void oneLinerIsBalanced();
    void balanceCheckCanFail_data();
    void balanceCheckCanFail();
    void oneLinerPrintsTheParsedFormat();
    void echoedCommandIsNeverTakenForOutput();
    void parsesRealisticOutput();
    void consoleTabsTurnedIntoSpaces();
    void parse_data();
    void parse();
    void fieldsRoundTrip_data();
    void fieldsRoundTrip();
    void match_data();
    void match();
    void natChoosesTheSite();
    void splitRecordsJoined();
    void nonAsciiAndEmptyFields();
    void decodeFile_data();
    void decodeFile();
};

void TestIisInventory::oneLinerIsReadOnly()
{
    const QString cmd = IisInventory::powerShellOneLiner();
    QVERIFY(!cmd.isEmpty());
    QVERIFY2(!cmd.contains(QLatin1Char('\n')) && !cmd.contains(QLatin1Char('\r')), "one line");
    for (QChar c : cmd)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f, "printable ASCII only");

    // Every Verb-Noun command is one of the four read-only ones.
    static const QRegularExpression verbNoun(QStringLiteral("\\b([A-Za-z]+)-([A-Za-z]+)\\b"));
    const QStringList allowed{"Import-Module", "Get-Website", "Get-WebApplication", "Get-WebBinding", "Test-Path"};
    QStringList used;
    for (auto it = verbNoun.globalMatch(cmd); it.hasNext();) {
        const auto m = it.next();
        const QString word = m.captured(0);
        if (m.capturedStart() > 0 && cmd.at(m.capturedStart() - 1) == QLatin1Char('-'))
            continue; // a parameter such as -ErrorAction
        QVERIFY2(allowed.contains(word, Qt::CaseInsensitive), qPrintable(word));
        used << word;
    }
    QVERIFY(used.contains("Import-Module"));
    QVERIFY(used.contains("Get-Website"));
    QVERIFY(used.contains("Get-WebApplication"));
    QVERIFY(used.contains("Test-Path"));

    static const QRegularExpression mutating(
        QStringLiteral("\\b(Set|New|Remove|Start|Stop|Restart|Add|Clear|Rename|Move|Copy|Out|Export|Invoke|Install|"
                       "Uninstall|Enable|Disable|Register|Unregister|Update|Reset|Suspend|Resume|Write)-"),
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!mutating.match(cmd).hasMatch(), qPrintable(mutating.match(cmd).captured(0)));
    static const QRegularExpression aliases(QStringLiteral("(^|[;{(|\\s])(iex|del|rm|rd|ri|erase|ni|si|sc|ac|copy|cp|"
                                                           "move|mv|ren|kill|spps|saps|start)\\s"),
                                            QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!aliases.match(cmd).hasMatch(), qPrintable(aliases.match(cmd).captured(0)));
    QVERIFY2(!cmd.contains(QLatin1Char('>')), "no redirection to a file");
    // No pipeline: every | is inside a single-quoted string (the records' separator). tst_powershell has
    // PowerShell's parser confirm it.
    QChar quote;
    for (QChar c : cmd) {
        if (quote.isNull() && (c == QLatin1Char('\'') || c == QLatin1Char('"')))
            quote = c;
        else if (!quote.isNull() && c == quote)
            quote = QChar();
        else if (c == QLatin1Char('|'))
            QVERIFY2(quote == QLatin1Char('\''), "no pipeline");
    }

    // The only .NET calls: expand environment variables, join a path.
    static const QRegularExpression dotNet(QStringLiteral("\\[([A-Za-z.]+)\\]::(\\w+)"));
    for (auto it = dotNet.globalMatch(cmd); it.hasNext();) {
        const QString call = it.next().captured(0);
        QVERIFY2(call == QLatin1String("[Environment]::ExpandEnvironmentVariables") ||
                     call == QLatin1String("[IO.Path]::Combine") || call == QLatin1String("[Text.Encoding]::UTF8"),
                 qPrintable(call));
    }
    QVERIFY(cmd.contains(QLatin1String("[Environment]::ExpandEnvironmentVariables(")));
    QVERIFY(cmd.contains(QLatin1String("Test-Path -LiteralPath")));
    QVERIFY(cmd.startsWith(QLatin1String("Import-Module WebAdministration -ErrorAction Stop;")));
}

void TestIisInventory::oneLinerIsBalanced()
{
    const QString cmd = IisInventory::powerShellOneLiner();
    const QString problem = unbalanced(cmd);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(cmd.count(QLatin1Char('(')), cmd.count(QLatin1Char(')')));
    QCOMPARE(cmd.count(QLatin1Char('{')), cmd.count(QLatin1Char('}')));
    QCOMPARE(cmd.count(QLatin1Char('[')), cmd.count(QLatin1Char(']')));
    QCOMPARE(cmd.count(QLatin1Char('\'')) % 2, 0);
    QCOMPARE(cmd.count(QLatin1Char('"')) % 2, 0);
}

void TestIisInventory::balanceCheckCanFail_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("open brace") << "foreach ($a in @(1)) { \"x\"";
    QTest::newRow("open string") << "\"O365W-END`t$n";
    QTest::newRow("open single quote") << "-replace '%,'%25'";
    QTest::newRow("crossed") << "$( { ) }";
    QTest::newRow("subexpression not closed") << "\"a$(b\"";
    QTest::newRow("comment") << "a # b";
}

void TestIisInventory::balanceCheckCanFail()
{
    QFETCH(QString, text);
    QVERIFY(!unbalanced(text).isEmpty());
}

// The one-liner's printed lines, as far as they can be seen without PowerShell: the markers, the fields
// in the order parse() expects, the escaping that parse() undoes.
void TestIisInventory::oneLinerPrintsTheParsedFormat()
{
    const QString cmd = IisInventory::powerShellOneLiner();
    QVERIFY(cmd.contains(QLatin1String(
        "$m + 'SITE|' + (& $esc $site.name) + '|' + (& $esc $b.protocol) + '|' + (& $esc $b.bindingInformation) + '|'")));
    QVERIFY(cmd.contains(QLatin1String("$m + 'APP|' + (& $esc $site.name) + '|' + (& $esc $app.path) + '|' + "
                                       "(& $esc $dir) + '|' + ")));
    QVERIFY(cmd.contains(QLatin1String("'SubscriptionEvents.svc'")));
    QVERIFY(cmd.indexOf(QLatin1String("'SubscriptionEvents.svc'")) < cmd.indexOf(QLatin1String("'Callbacks.svc'")));
    QVERIFY(cmd.contains(QLatin1String("$m + 'END|' + $nb + '|' + $na + '|'")));
    QVERIFY(cmd.contains(QLatin1String("$m = 'O365W' + '-';")));
    // Every byte that is not printable ASCII, and % and |, as %XX of its UTF-8.
    QVERIFY(cmd.contains(QLatin1String("[Text.Encoding]::UTF8.GetBytes([string]$args[0])")));
    QVERIFY(cmd.contains(QLatin1String("$c -le 32 -or $c -ge 127 -or $c -eq 37 -or $c -eq 124")));
    // The command never holds a marker itself (echoed, it could be taken for output).
    for (const char* marker : {"O365W-SITE", "O365W-APP", "O365W-END", "O365W-WARN"})
        QVERIFY2(!cmd.contains(QLatin1String(marker)), marker);
    // $dir is expanded before it is tested.
    QVERIFY(cmd.indexOf(QLatin1String("ExpandEnvironmentVariables")) < cmd.indexOf(QLatin1String("Test-Path")));
}

// The command line itself holds the marker words: echoed in the paste, even wrapped at any width, it must
// never be read as output.
void TestIisInventory::echoedCommandIsNeverTakenForOutput()
{
    const QString echoed = PROMPT + IisInventory::powerShellOneLiner();
    for (int width = 20; width <= 400; ++width) {
        const IisInventory::ParseResult r = IisInventory::parse(wrapAt(echoed, width));
        QVERIFY2(!r.ok, qPrintable(QString::number(width)));
        QVERIFY2(r.message.contains(QLatin1String("No output of the wizard's command was found")),
                 qPrintable(QStringLiteral("width %1: %2").arg(width).arg(r.message)));
    }
}

void TestIisInventory::parsesRealisticOutput()
{
    const IisInventory::ParseResult r = IisInventory::parse(consolePaste(realisticOutput()));
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.ignoredLines, 2); // the two prompts; blank lines are not counted
    QCOMPARE(r.sites.size(), 6);
    QCOMPARE(r.applications.size(), 4);

    QCOMPARE(r.sites.at(0).name, QStringLiteral("Default Web Site"));
    QCOMPARE(r.sites.at(0).protocol, QStringLiteral("http"));
    QCOMPARE(r.sites.at(0).bindingIp, QStringLiteral("*"));
    QCOMPARE(r.sites.at(0).port, 80);
    QCOMPARE(r.sites.at(0).hostHeader, QString());

    QCOMPARE(r.sites.at(2).name, QStringLiteral("Office 365"));
    QCOMPARE(r.sites.at(2).protocol, QStringLiteral("https"));
    QCOMPARE(r.sites.at(2).bindingIp, QStringLiteral("203.0.113.10"));
    QCOMPARE(r.sites.at(2).port, 443);
    QCOMPARE(r.sites.at(2).hostHeader, QString());

    QCOMPARE(r.sites.at(3).hostHeader, QStringLiteral("gateway.example.com"));
    QCOMPARE(r.sites.at(3).port, 80);

    QCOMPARE(r.sites.at(4).bindingIp, QStringLiteral("2001:db8::10"));
    QCOMPARE(r.sites.at(4).port, 443);
    QCOMPARE(r.sites.at(4).hostHeader, QStringLiteral("gateway.example.com"));

    QCOMPARE(r.sites.at(5).protocol, QStringLiteral("net.tcp"));
    QCOMPARE(r.sites.at(5).bindingIp, QString());
    QCOMPARE(r.sites.at(5).port, -1);

    const IisInventory::Application& gw = r.applications.at(1);
    QCOMPARE(gw.site, QStringLiteral("Office 365"));
    QCOMPARE(gw.path, QStringLiteral("/O365Gateway"));
    QCOMPARE(gw.physicalPath, QStringLiteral("C:\\inetpub\\Office 365\\O365Gateway"));
    QVERIFY(gw.hasSubscriptionEvents);
    QVERIFY(!gw.hasCallbacks);
    const IisInventory::Application& disp = r.applications.at(2);
    QCOMPARE(disp.path, QStringLiteral("/O365Dispatcher"));
    QVERIFY(!disp.hasSubscriptionEvents);
    QVERIFY(disp.hasCallbacks);
    QCOMPARE(r.applications.at(3).physicalPath, QStringLiteral("%SystemDrive%\\missing 100%"));
}

void TestIisInventory::consoleTabsTurnedIntoSpaces()
{
    const QString withTabs = consolePaste(realisticOutput());
    const QString withSpaces = expandTabs(withTabs);
    QVERIFY(!withSpaces.contains(QLatin1Char('\t')));
    const IisInventory::ParseResult a = IisInventory::parse(withTabs);
    const IisInventory::ParseResult b = IisInventory::parse(withSpaces);
    QVERIFY2(b.ok, qPrintable(b.message));
    QCOMPARE(b.sites.size(), a.sites.size());
    QCOMPARE(b.applications.size(), a.applications.size());
    for (int i = 0; i < a.sites.size(); ++i) {
        QCOMPARE(b.sites.at(i).name, a.sites.at(i).name);
        QCOMPARE(b.sites.at(i).bindingIp, a.sites.at(i).bindingIp);
        QCOMPARE(b.sites.at(i).port, a.sites.at(i).port);
        QCOMPARE(b.sites.at(i).hostHeader, a.sites.at(i).hostHeader);
    }
    for (int i = 0; i < a.applications.size(); ++i) {
        QCOMPARE(b.applications.at(i).site, a.applications.at(i).site);
        QCOMPARE(b.applications.at(i).path, a.applications.at(i).path);
        QCOMPARE(b.applications.at(i).physicalPath, a.applications.at(i).physicalPath);
        QCOMPARE(b.applications.at(i).hasSubscriptionEvents, a.applications.at(i).hasSubscriptionEvents);
        QCOMPARE(b.applications.at(i).hasCallbacks, a.applications.at(i).hasCallbacks);
    }
}

void TestIisInventory::parse_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("sites");
    QTest::addColumn<int>("applications");
    QTest::addColumn<int>("ignored");
    QTest::addColumn<QStringList>("messageContains");

    const QStringList out = realisticOutput();
    const QString gw = appLine("Office 365", "/O365Gateway", "C:\\inetpub\\O365Gateway", true, false);

    QTest::newRow("LF only") << out.join('\n') << true << 6 << 4 << 0 << QStringList();
    QTest::newRow("CR only") << out.join('\r') << true << 6 << 4 << 0 << QStringList();
    QTest::newRow("leading and trailing spaces, blank lines")
        << "\r\n\r\n   " + out.join("   \r\n  \r\n  ") + "  \r\n" << true << 6 << 4 << 0 << QStringList();
    QTest::newRow("unrelated lines counted")
        << "Windows PowerShell\r\nCopyright (C) 2013 Microsoft Corporation.\r\n" + PROMPT + "cd C:\\O365-Web\r\n" +
               out.join(CRLF) + "\r\nO365W-SITES are here\r\n"
        << true << 6 << 4 << 4 << QStringList();
    QTest::newRow("only the END line: IIS without sites")
        << PROMPT + "x\r\nO365W-END\t0\t0\r\n" << true << 0 << 0 << 1 << QStringList();
    QTest::newRow("empty") << "" << false << 0 << 0 << 0 << QStringList{"Nothing was pasted"};
    QTest::newRow("blank") << " \r\n\t\r\n  " << false << 0 << 0 << 0 << QStringList{"Nothing was pasted"};
    QTest::newRow("garbage") << "asdf qwer\r\nzxcv" << false << 0 << 0 << 2
                             << QStringList{"No output of the wizard's command was found",
                                            "copy the whole output of the command shown above"};
    QTest::newRow("prompt only") << PROMPT << false << 0 << 0 << 1
                                 << QStringList{"No output of the wizard's command was found"};
    QTest::newRow("IIS Manager text instead")
        << "Name             ID   State      Physical Path                  Bindings\r\n"
           "----             --   -----      -------------                  --------\r\n"
           "Default Web Site 1    Started    %SystemDrive%\\inetpub\\wwwroot http *:80:\r\n"
        << false << 0 << 0 << 3 << QStringList{"No output of the wizard's command was found"};
    QTest::newRow("WebAdministration missing")
        << PROMPT + IisInventory::powerShellOneLiner() + CRLF + kWebAdministrationError + PROMPT << false << 0 << 0 << 7
        << QStringList{"WebAdministration", "IIS Management Scripts and Tools", "Run as administrator",
                       "was not loaded"};
    QTest::newRow("WebAdministration missing, PowerShell 7 form")
        << "Import-Module: The specified module 'WebAdministration' was not loaded because no valid module file was "
           "found in any module directory."
        << false << 0 << 0 << 1 << QStringList{"IIS Management Scripts and Tools"};
    QTest::newRow("not Administrator")
        << "Get-Website : Filename: redirection.config\r\nError: Cannot read configuration file due to insufficient "
           "permissions\r\nO365W-END\t0\t0\r\n"
        << false << 0 << 0 << 2 << QStringList{"Run as administrator", "redirection.config"};
    QTest::newRow("32-bit PowerShell")
        << "Get-Website : Retrieving the COM class factory for component with CLSID "
           "{688EEEE5-6A7E-422F-B2E1-6AF00DC944A6} failed due to the following error: 80040154.\r\nO365W-END\t0\t0"
        << false << 0 << 0 << 1 << QStringList{"x86", "80040154"};
    QTest::newRow("run in cmd.exe")
        << "C:\\>Import-Module WebAdministration -ErrorAction Stop; $esc = {\r\n'Import-Module' is not recognized as "
           "an internal or external command,\r\noperable program or batch file."
        << false << 0 << 0 << 3 << QStringList{"Command Prompt"};
    QTest::newRow("error among the output")
        << withEnd({siteLine("A", "https", "203.0.113.10:443:"),
                    "Get-WebApplication : Object reference not set to an instance of an object.", gw})
               .join(CRLF)
        << false << 0 << 0 << 1 << QStringList{"Windows PowerShell reported an error", "Object reference"};
    QTest::newRow("truncated SITE line")
        << PROMPT + "x\r\nO365W-SITE\tDefault%20Web%20Site\thttp\r\n" + out.join(CRLF) << false << 0 << 0 << 1
        << QStringList{"Line 2", "incomplete", "2 fields instead of 3"};
    QTest::newRow("truncated APP line")
        << withEnd({siteLine("A", "https", "203.0.113.10:443:"), "O365W-APP\tA\t/O365Gateway\tC:\\x\tTrue"})
               .join(CRLF)
        << false << 0 << 0 << 0 << QStringList{"Line 2", "4 fields instead of 5"};
    QTest::newRow("APP line wrapped by the console")
        << withEnd({siteLine("A", "https", "203.0.113.10:443:"), wrapAt(gw, 40)}).join(CRLF) << false << 0 << 0 << 1
        << QStringList{"Line 2", "wrapped", "| clip"};
    QTest::newRow("marker alone") << out.join(CRLF) + "\r\nO365W-APP" << false << 0 << 0 << 0
                                  << QStringList{"Line 12", "0 fields instead of 5"};
    QTest::newRow("too many fields") << "O365W-END\t0\t0\t0" << false << 0 << 0 << 0
                                     << QStringList{"Line 1", "3 fields instead of 2"};
    QTest::newRow("END line missing") << out.mid(0, out.size() - 1).join(CRLF) << false << 0 << 0 << 0
                                      << QStringList{"incomplete", "O365W-END"};
    QTest::newRow("first lines not copied") << out.mid(3).join(CRLF) << false << 0 << 0 << 0
                                            << QStringList{"Lines are missing", "6 O365W-SITE", "3 and 4 were pasted"};
    QTest::newRow("damaged END") << withEnd({gw}).join(CRLF).replace("\t1", "\tone") << false << 0 << 0 << 0
                                 << QStringList{"Line 2", "damaged"};
    QTest::newRow("pasted twice") << out.join(CRLF) + CRLF + out.join(CRLF) << false << 0 << 0 << 0
                                  << QStringList{"Line 12", "more than once"};
    QTest::newRow("not a boolean") << withEnd({QString(gw).replace("\tTrue\t", "\tYes\t")}).join(CRLF) << false << 0
                                   << 0 << 0 << QStringList{"Line 1", "\"Yes\"", "True or False"};
    QTest::newRow("bad http binding") << withEnd({siteLine("A", "https", "203.0.113.10:https:")}).join(CRLF) << false
                                      << 0 << 0 << 0 << QStringList{"Line 1", "203.0.113.10:https:", "IP:port:host"};
    QTest::newRow("bad binding IP") << withEnd({siteLine("A", "http", "203.0.113.300:80:")}).join(CRLF) << false << 0
                                    << 0 << 0 << QStringList{"Line 1", "IP:port:host"};
    QTest::newRow("odd non-http binding is kept")
        << withEnd({siteLine("A", "net.pipe", "*"), siteLine("A", "msmq.formatname", "localhost")}).join(CRLF) << true
        << 2 << 0 << 0 << QStringList();
}

void TestIisInventory::parse()
{
    QFETCH(QString, pasted);
    QFETCH(bool, ok);
    QFETCH(int, sites);
    QFETCH(int, applications);
    QFETCH(int, ignored);
    QFETCH(QStringList, messageContains);

    const IisInventory::ParseResult r = IisInventory::parse(pasted);
    QVERIFY2(r.ok == ok, qPrintable(r.message));
    QCOMPARE(r.sites.size(), sites);
    QCOMPARE(r.applications.size(), applications);
    QCOMPARE(r.ignoredLines, ignored);
    if (!ok)
        QVERIFY(!r.message.isEmpty());
    for (const QString& s : messageContains)
        QVERIFY2(r.message.contains(s), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(s, r.message)));
}

void TestIisInventory::fieldsRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("spaces") << "Default Web Site";
    QTest::newRow("percent signs") << "%SystemDrive%\\inetpub\\100%25 %zz %";
    QTest::newRow("tab, CR, LF") << "a\tb\rc\nd";
    QTest::newRow("unicode") << "Сайт Ünïcødé 网站";
    QTest::newRow("quotes and dollars") << "Bob's \"site\" $(calc) `x`";
    QTest::newRow("looks like a marker") << "O365W-END 1 2";
    QTest::newRow("double spaces") << "  a  b  ";
}

void TestIisInventory::fieldsRoundTrip()
{
    QFETCH(QString, value);
    const QString pasted = withEnd({siteLine(value, "https", "203.0.113.10:443:" + value.trimmed().remove(' ')),
                                    appLine(value, "/" + value, value, true, true)})
                               .join(CRLF);
    for (const QString& text : {pasted, expandTabs(pasted)}) {
        const IisInventory::ParseResult r = IisInventory::parse(text);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.sites.size(), 1);
        QCOMPARE(r.sites.first().name, value);
        QCOMPARE(r.applications.size(), 1);
        QCOMPARE(r.applications.first().site, value);
        QCOMPARE(r.applications.first().path, "/" + value);
        QCOMPARE(r.applications.first().physicalPath, value);
    }
}

void TestIisInventory::match_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("application");
    QTest::addColumn<bool>("siteFound");
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<bool>("applicationFound");
    QTest::addColumn<QString>("applicationPath");
    QTest::addColumn<QStringList>("messageContains");

    const QString real = consolePaste(realisticOutput());
    QTest::newRow("gateway by IPv4") << real << "203.0.113.10" << "O365Gateway" << true << "Office 365" << true
                                     << "/O365Gateway" << QStringList{"\"Office 365\"", "203.0.113.10", "/O365Gateway"};
    QTest::newRow("name in other case") << real << " 203.0.113.10 " << "o365gateway" << true << "Office 365" << true
                                        << "/O365Gateway" << QStringList();
    QTest::newRow("name with slash") << real << "203.0.113.10" << "/O365Dispatcher" << true << "Office 365" << true
                                     << "/O365Dispatcher" << QStringList();
    QTest::newRow("IPv6 written differently") << real << "2001:DB8:0:0::10" << "O365Dispatcher" << true
                                              << "Office 365" << true << "/O365Dispatcher" << QStringList();
    QTest::newRow("IPv6 in brackets") << real << "[2001:db8::10]" << "O365Gateway" << true << "Office 365" << true
                                      << "/O365Gateway" << QStringList();
    // The one-liner could not list the applications of a site whose name IIS's cmdlets read as a pattern.
    QTest::newRow("applications unreadable")
        << QStringLiteral("O365W-SITE\tO'Brien%20[prod]\thttps\t203.0.113.12:443:\n"
                          "O365W-WARN\tO'Brien%20[prod]\tunreadable\nO365W-END\t1\t0\n")
        << "203.0.113.12" << "O365Gateway" << true << "O'Brien [prod]" << false << ""
        << QStringList{"IIS's cmdlets cannot list its applications", "Check in IIS Manager"};
    QTest::newRow("application missing everywhere")
        << real << "203.0.113.10" << "O365Gatewy" << true << "Office 365" << false << ""
        << QStringList{"\"Office 365\" has no application /O365Gatewy", "no other site"};
    QTest::newRow("application in another site")
        << real << "203.0.113.10" << "aspnet_client" << true << "Office 365" << false << ""
        << QStringList{"has no application /aspnet_client", "It exists in \"Default Web Site\""};
    QTest::newRow("other IP: the all-unassigned site, without the application")
        << real << "198.51.100.7" << "O365Gateway" << true << "Default Web Site" << false << ""
        << QStringList{"all unassigned addresses (*)", "Make sure", "It exists in \"Office 365\""};

    const QString starOnly = withEnd({siteLine("Default Web Site", "http", "*:80:"),
                                      siteLine("Default Web Site", "https", "*:443:"),
                                      siteLine("Other", "ftp", "203.0.113.10:21:"),
                                      appLine("Default Web Site", "/O365Gateway", "C:\\gw", true, false)})
                                 .join(CRLF);
    QTest::newRow("only an all-unassigned site has it")
        << starOnly << "203.0.113.10" << "O365Gateway" << true << "Default Web Site" << true << "/O365Gateway"
        << QStringList{"No IIS site is bound to 203.0.113.10 itself", "all unassigned addresses (*)",
                       "Make sure in IIS Manager that it is the right site"};

    const QString noStar = withEnd({siteLine("Office 365", "https", "203.0.113.10:443:"),
                                    siteLine("Intranet", "http", "192.0.2.5:80:"),
                                    appLine("Office 365", "/O365Gateway", "C:\\gw", true, false)})
                               .join(CRLF);
    QTest::newRow("no site bound to the IP")
        << noStar << "198.51.100.7" << "O365Gateway" << false << "" << false << ""
        << QStringList{"No IIS site is bound to 198.51.100.7", "\"Office 365\" (https 203.0.113.10:443:)",
                       "\"Intranet\" (http 192.0.2.5:80:)"};
    QTest::newRow("no sites at all") << "O365W-END\t0\t0" << "203.0.113.10" << "O365Gateway" << false << "" << false
                                     << "" << QStringList{"no sites"};

    const QString shared = withEnd({siteLine("Gateway", "https", "203.0.113.10:443:gw.example.com"),
                                    siteLine("Portal", "https", "203.0.113.10:443:portal.example.com"),
                                    siteLine("Star", "http", "*:80:"),
                                    appLine("Gateway", "/O365Gateway", "C:\\gw", true, false),
                                    appLine("Gateway", "/Shared", "C:\\a", false, false),
                                    appLine("Portal", "/Shared", "C:\\b", false, false),
                                    appLine("Star", "/O365Dispatcher", "C:\\d", false, true)})
                               .join(CRLF);
    QTest::newRow("several sites, the application tells")
        << shared << "203.0.113.10" << "O365Gateway" << true << "Gateway" << true << "/O365Gateway"
        << QStringList{"Several IIS sites are bound to 203.0.113.10", "\"Gateway\"", "\"Portal\"",
                       "Only \"Gateway\" has the application /O365Gateway"};
    QTest::newRow("several sites, both have it")
        << shared << "203.0.113.10" << "Shared" << false << "" << false << ""
        << QStringList{"Several IIS sites are bound to 203.0.113.10", "gw.example.com", "portal.example.com",
                       "exists in \"Gateway\", \"Portal\""};
    QTest::newRow("several sites, none has it")
        << shared << "203.0.113.10" << "O365Dispatcher" << false << "" << false << ""
        << QStringList{"Several IIS sites are bound to 203.0.113.10"};

    const QString twoStars = withEnd({siteLine("A", "http", "*:80:"), siteLine("B", "https", "*:443:"),
                                      appLine("B", "/O365Gateway", "C:\\gw", true, false)})
                                 .join(CRLF);
    QTest::newRow("two all-unassigned sites, the application tells")
        << twoStars << "203.0.113.10" << "O365Gateway" << true << "B" << true << "/O365Gateway"
        << QStringList{"Several IIS sites are bound to all unassigned addresses (*)", "Only \"B\"",
                       "No IIS site is bound to 203.0.113.10 itself"};

    QTest::newRow("inventory not read") << "garbage" << "203.0.113.10" << "O365Gateway" << false << "" << false << ""
                                        << QStringList{"No output of the wizard's command was found"};
    QTest::newRow("not an IP") << real << "gateway.example.com" << "O365Gateway" << false << "" << false << ""
                               << QStringList{"\"gateway.example.com\" is not an IP address"};
    QTest::newRow("empty application name") << real << "203.0.113.10" << " / " << false << "" << false << ""
                                            << QStringList{"application's name"};
}

void TestIisInventory::match()
{
    QFETCH(QString, pasted);
    QFETCH(QString, ip);
    QFETCH(QString, application);
    QFETCH(bool, siteFound);
    QFETCH(QString, siteName);
    QFETCH(bool, applicationFound);
    QFETCH(QString, applicationPath);
    QFETCH(QStringList, messageContains);

    const IisInventory::Match m = IisInventory::match(IisInventory::parse(pasted), ip, application);
    QVERIFY2(m.siteFound == siteFound, qPrintable(m.message));
    QCOMPARE(m.siteName, siteName);
    QVERIFY2(m.applicationFound == applicationFound, qPrintable(m.message));
    QCOMPARE(m.application.path, applicationPath);
    if (applicationFound)
        QCOMPARE(m.application.site, siteName);
    QVERIFY(!m.message.isEmpty());
    for (const QString& s : messageContains)
        QVERIFY2(m.message.contains(s), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(s, m.message)));
}

namespace {

// The current format: records of the one-liner, as IisInventory::record writes them.
QStringList pipedOutput()
{
    return {IisInventory::record(QStringLiteral("SITE"), {QStringLiteral("Default Web Site"), QStringLiteral("http"), QStringLiteral("*:80:")}),
            IisInventory::record(QStringLiteral("SITE"), {QStringLiteral("Сайт Шлюз"), QStringLiteral("https"), QStringLiteral("[2001:db8::10]:443:gw.example")}),
            IisInventory::record(QStringLiteral("APP"), {QStringLiteral("Сайт Шлюз"), QStringLiteral("/O365Gateway"),
                                                        QStringLiteral("D:\\\\Web Sites\\\\Grüße|Ölmühle\\\\100% gateway\\\\O365Gateway"),
                                                        QStringLiteral("True"), QStringLiteral("False")}),
            IisInventory::record(QStringLiteral("APP"), {QStringLiteral("Default Web Site"), QStringLiteral("/Empty"), QString(),
                                                        QStringLiteral("False"), QStringLiteral("False")}),
            IisInventory::record(QStringLiteral("END"), {QStringLiteral("2"), QStringLiteral("2")})};
}

} // namespace

// Behind NAT the address the gateway host name resolves to is bound to no site: the message says so and
// lists the bindings; the site the engineer names is then used, as their choice.
void TestIisInventory::natChoosesTheSite()
{
    const IisInventory::ParseResult inv = IisInventory::parse(pipedOutput().join(QLatin1Char('\n')));
    QVERIFY2(inv.ok, qPrintable(inv.message));
    // Only "Default Web Site" on *:80 — make a copy without it, so that 198.51.100.7 matches nothing.
    IisInventory::ParseResult natted = inv;
    natted.sites.removeFirst();
    const IisInventory::Match none = IisInventory::match(natted, QStringLiteral("198.51.100.7"), QStringLiteral("O365Gateway"));
    QVERIFY(!none.siteFound);
    for (const char* part : {"No IIS site is bound to 198.51.100.7", "Behind NAT", "\"Сайт Шлюз\" (https [2001:db8::10]:443:gw.example)",
                             "Enter the name of the gateway's site"})
        QVERIFY2(none.message.contains(QString::fromUtf8(part)), qPrintable(none.message));
    const IisInventory::Match chosen = IisInventory::match(natted, QStringLiteral("198.51.100.7"), QStringLiteral("O365Gateway"),
                                                           QStringLiteral("сайт шлюз"));
    QVERIFY(chosen.siteFound && chosen.applicationFound && chosen.chosenByEngineer);
    QCOMPARE(chosen.siteName, QStringLiteral("Сайт Шлюз"));
    QVERIFY2(chosen.message.contains(QLatin1String("as your choice")), qPrintable(chosen.message));
    // A name that is no site changes nothing; a site bound to the address always wins over the name.
    QVERIFY(!IisInventory::match(natted, QStringLiteral("198.51.100.7"), QStringLiteral("O365Gateway"), QStringLiteral("Nope")).siteFound);
    const IisInventory::Match bound = IisInventory::match(inv, QStringLiteral("198.51.100.7"), QStringLiteral("Empty"),
                                                          QStringLiteral("Сайт Шлюз"));
    QCOMPARE(bound.siteName, QStringLiteral("Default Web Site"));
    QVERIFY(!bound.chosenByEngineer);
}

// The console splits a line longer than its buffer when it is copied: at any width the records join
// again exactly (they hold no space), and the echoed command, split too, is never taken for output.
void TestIisInventory::splitRecordsJoined()
{
    const QStringList records = pipedOutput();
    const IisInventory::ParseResult whole = IisInventory::parse(records.join(CRLF));
    QVERIFY2(whole.ok, qPrintable(whole.message));
    for (int width = 20; width <= 160; ++width) { // consoles are at least 20 columns wide
        QStringList rows;
        rows << wrapAt(PROMPT + IisInventory::powerShellOneLiner(), width);
        for (const QString& r : records)
            rows << wrapAt(r, width);
        rows << PROMPT;
        const IisInventory::ParseResult split = IisInventory::parse(rows.join(CRLF));
        QVERIFY2(split.ok, qPrintable(QStringLiteral("width %1: %2").arg(width).arg(split.message)));
        QCOMPARE(split.sites.size(), whole.sites.size());
        QCOMPARE(split.applications.size(), whole.applications.size());
        for (int i = 0; i < whole.applications.size(); ++i)
            QCOMPARE(split.applications.at(i).physicalPath, whole.applications.at(i).physicalPath);
    }
    // A record cut off (its last piece not copied) is said to be incomplete, never read short.
    QString cut = records.join(CRLF);
    cut.remove(cut.indexOf(QLatin1String("|True|False|")), 6);
    const IisInventory::ParseResult partial = IisInventory::parse(cut);
    QVERIFY(!partial.ok);
}

void TestIisInventory::nonAsciiAndEmptyFields()
{
    const IisInventory::ParseResult r = IisInventory::parse(pipedOutput().join(QLatin1Char('\n')));
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.sites.at(1).name, QStringLiteral("Сайт Шлюз"));
    QCOMPARE(r.sites.at(1).bindingIp, QStringLiteral("2001:db8::10"));
    QCOMPARE(r.sites.at(1).hostHeader, QStringLiteral("gw.example"));
    QCOMPARE(r.applications.at(0).physicalPath, QStringLiteral("D:\\\\Web Sites\\\\Grüße|Ölmühle\\\\100% gateway\\\\O365Gateway"));
    QVERIFY(r.applications.at(0).hasSubscriptionEvents);
    QCOMPARE(r.applications.at(1).physicalPath, QString());
    // Printable ASCII without a space: nothing for a console to change.
    for (const QString& record : pipedOutput())
        for (QChar c : record)
            QVERIFY2(c.unicode() > 32 && c.unicode() < 127, qPrintable(record));
}

void TestIisInventory::decodeFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = pipedOutput().join(CRLF) + CRLF;
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    for (QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("UTF-16LE with BOM (Out-File, > in Windows PowerShell 5.1)") << le;
    QTest::newRow("UTF-16BE with BOM") << be;
    QTest::newRow("UTF-8 with BOM (Out-File -Encoding UTF8 in 5.1)") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QTest::newRow("ASCII (-Encoding ASCII)") << text.toUtf8();
}

// The file the File route writes, or one the engineer saved, in the encodings Windows PowerShell uses.
void TestIisInventory::decodeFile()
{
    QFETCH(QByteArray, bytes);
    const IisInventory::ParseResult r = IisInventory::parse(decodeText(bytes));
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.sites.size(), 2);
    QCOMPARE(r.applications.size(), 2);
    QCOMPARE(r.sites.at(1).name, QStringLiteral("Сайт Шлюз"));
}

QTEST_GUILESS_MAIN(TestIisInventory)
#include "tst_iisinventory.moc"
