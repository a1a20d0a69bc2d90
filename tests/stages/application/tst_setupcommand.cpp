// Unit tests for o365::SetupCommand (app/SetupCommand.h): the setup.ps1 line of gateway step 7e and
// Callbacks-Dispatcher step 7e, its PowerShell quoting, and its refusals.
//
// Real PowerShell judges these lines in tst_powershell; here they are also read back by an independent minimal tokenizer
// of PowerShell command arguments (below): for every hostile value the line must come back as exactly the
// expected parameter names and the original values, i.e. no value can add, end or change a token.

#include "stages/application/SetupCommand.h"

#include <QtTest>

using namespace o365;

Q_DECLARE_METATYPE(o365::SetupCommand::Kind)

namespace {

// --- A minimal tokenizer of PowerShell command arguments, written from the language specification
// (about_Quoting_Rules; the grammar's single-quote-character and dash classes), independent of SetupCommand.

struct Token
{
    enum Type { Bare, Parameter, Quoted };
    Type type = Bare;
    QString text; // for Quoted: the value PowerShell gets
    bool operator==(const Token& o) const { return type == o.type && text == o.text; }
};

struct Tokens
{
    bool ok = false;
    QString error;
    QList<Token> tokens;
};

// PowerShell's single-quote-character: ' and U+2018 U+2019 U+201A U+201B.
bool psSingleQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) ||
           c == QChar(0x201B);
}

// PowerShell's dash: - and U+2013 U+2014 U+2015 all start a parameter.
bool psDash(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2015);
}

bool psNewLine(QChar c) { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); }

bool psSpace(QChar c) { return !psNewLine(c) && (c.isSpace() || c == QChar(0x0085)); }

Tokens tokenize(const QString& line)
{
    Tokens t;
    qsizetype i = 0;
    const qsizetype n = line.size();
    auto fail = [&t](const QString& why) {
        t.ok = false;
        t.error = why;
        return t;
    };
    while (true) {
        while (i < n && psSpace(line.at(i)))
            ++i;
        if (i >= n)
            break;
        const QChar c = line.at(i);
        if (psNewLine(c))
            return fail(QStringLiteral("line break outside a string at %1").arg(i));
        if (psSingleQuote(c)) {
            QString value;
            ++i;
            bool closed = false;
            while (i < n) {
                if (psSingleQuote(line.at(i))) {
                    if (i + 1 < n && psSingleQuote(line.at(i + 1))) {
                        value += line.at(i + 1); // '' (any two quote characters) is one literal quote
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                value += line.at(i++);
            }
            if (!closed)
                return fail(QStringLiteral("unterminated single-quoted string"));
            if (i < n && !psSpace(line.at(i)))
                return fail(QStringLiteral("text right after a quoted string at %1").arg(i));
            t.tokens << Token{Token::Quoted, value};
            continue;
        }
        const qsizetype start = i;
        while (i < n && !psSpace(line.at(i)))
            ++i;
        const QString word = line.mid(start, i - start);
        if (psDash(c)) {
            for (qsizetype k = 1; k < word.size(); ++k) {
                if (!(word.at(k).isLetter() && word.at(k).unicode() < 0x80))
                    return fail(QStringLiteral("odd parameter name %1").arg(word));
            }
            t.tokens << Token{Token::Parameter, word};
            continue;
        }
        // A bare word may hold nothing that PowerShell would treat specially.
        for (QChar w : word) {
            const bool plain = (w.unicode() < 0x80 && w.isLetterOrNumber()) || w == QLatin1Char('.') ||
                               w == QLatin1Char('\\') || w == QLatin1Char('_');
            if (!plain)
                return fail(QStringLiteral("special character %1 outside quotes in %2").arg(w).arg(word));
        }
        t.tokens << Token{Token::Bare, word};
    }
    t.ok = true;
    return t;
}

QString describe(const QList<Token>& tokens)
{
    QStringList out;
    for (const Token& t : tokens)
        out << QStringLiteral("%1<%2>").arg(QString::fromLatin1(t.type == Token::Bare        ? "bare"
                                                                : t.type == Token::Parameter ? "param"
                                                                                             : "str"),
                                            t.text);
    return out.join(QLatin1Char(' '));
}

QList<Token> expectedTokens(SetupCommand::Kind kind, const SetupParameters& p)
{
    QList<Token> t{{Token::Bare, QStringLiteral(".\\setup.ps1")},
                   {Token::Parameter, QStringLiteral("-SiteName")},
                   {Token::Quoted, p.siteName.trimmed()},
                   {Token::Parameter, QStringLiteral("-IPAddress")},
                   {Token::Quoted, p.ipAddress.trimmed()}};
    if (kind == SetupCommand::Kind::Gateway)
        t << Token{Token::Parameter, QStringLiteral("-GatewayAppName")}
          << Token{Token::Quoted, p.gatewayAppName.trimmed()};
    else
        t << Token{Token::Parameter, QStringLiteral("-DispatcherAppName")}
          << Token{Token::Quoted, p.dispatcherAppName.trimmed()};
    if (!p.mosiBaseUrl.trimmed().isEmpty())
        t << Token{Token::Parameter, QStringLiteral("-MOSIBaseURL")} << Token{Token::Quoted, p.mosiBaseUrl.trimmed()};
    if (!p.mosiBillingId.trimmed().isEmpty())
        t << Token{Token::Parameter, QStringLiteral("-MOSIBillingID")}
          << Token{Token::Quoted, p.mosiBillingId.trimmed()};
    if (!p.mosiClientCertSubject.trimmed().isEmpty())
        t << Token{Token::Parameter, QStringLiteral("-MOSIClientCertSubject")}
          << Token{Token::Quoted, p.mosiClientCertSubject.trimmed()};
    return t;
}

SetupParameters params(const QString& site, const QString& ip, const QString& gatewayApp,
                       const QString& dispatcherApp = QString(), const QString& baseUrl = QString(),
                       const QString& billing = QString(), const QString& subject = QString())
{
    SetupParameters p;
    p.siteName = site;
    p.ipAddress = ip;
    p.gatewayAppName = gatewayApp;
    p.dispatcherAppName = dispatcherApp;
    p.mosiBaseUrl = baseUrl;
    p.mosiBillingId = billing;
    p.mosiClientCertSubject = subject;
    return p;
}

QString u(char16_t c) { return QString(QChar(c)); }

// Hostile and unusual values; none contains a control character, so each is accepted as a site name,
// billing ID and certificate subject (and, when it has no / or \, as an application name).
QStringList hostileValues()
{
    return {
        QStringLiteral("Default Web Site"),
        QStringLiteral("Bob's site"),
        QStringLiteral("'"),
        QStringLiteral("''"),
        QStringLiteral("'''"),
        QStringLiteral("Site \"A\""),
        QStringLiteral("a; b"),
        QStringLiteral("$(calc)"),
        QStringLiteral("$env:USERNAME"),
        QStringLiteral("`$(calc)`"),
        QStringLiteral("a`"),
        QStringLiteral("Bob") + u(0x2019) + QStringLiteral("s site"),
        u(0x2018) + QStringLiteral("quoted") + u(0x2019),
        u(0x201A) + u(0x201B) + QStringLiteral("'") + u(0x2019),
        u(0x2019) + QStringLiteral(" ; calc ; ") + u(0x2019),
        u(0x201C) + QStringLiteral("typographic double") + u(0x201D) + u(0x201E),
        QStringLiteral("' ; Remove-Item C:\\ -Recurse ; '"),
        QStringLiteral("'; Remove-Item C:\\ -Recurse; '"),
        QStringLiteral("x' -GatewayAppName 'evil"),
        QStringLiteral("-SiteName"),
        u(0x2013) + QStringLiteral("IPAddress 1.2.3.4"),
        QStringLiteral("a | b & c > d < e"),
        QStringLiteral("# not a comment"),
        QStringLiteral("@(1,2) {x} [y] (z)"),
        QStringLiteral("100% %SystemDrive%"),
        QStringLiteral("Сайт Ünïcødé 网站 ") + QString::fromUcs4(U"\U0001F600"),
        QStringLiteral("a  b   c"),
        QStringLiteral("CN=mosi.example.com, O=Provider Ltd., C=US"),
    };
}

bool hasSlash(const QString& v) { return v.contains(QLatin1Char('/')) || v.contains(QLatin1Char('\\')); }

} // namespace

Q_DECLARE_METATYPE(o365::SetupParameters)

class TestSetupCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactLine_data();
    void exactLine();
    void quoting_data();
    void quoting();
    void hostileValuesKeepTheirTokens_data();
    void hostileValuesKeepTheirTokens();
    void refusals_data();
    void refusals();
    void everyBadValueGetsItsOwnMessage();
    void asciiHyphenNotTheKbsEnDash();
    void tokenizerDetectsBrokenQuoting_data();
    void tokenizerDetectsBrokenQuoting();
};

void TestSetupCommand::exactLine_data()
{
    QTest::addColumn<SetupCommand::Kind>("kind");
    QTest::addColumn<SetupParameters>("p");
    QTest::addColumn<QString>("expected");

    const auto G = SetupCommand::Kind::Gateway;
    const auto D = SetupCommand::Kind::Dispatcher;

    QTest::newRow("gateway, KB form")
        << G << params("Default Web Site", "203.0.113.10", "O365Gateway")
        << ".\\setup.ps1 -SiteName 'Default Web Site' -IPAddress '203.0.113.10' -GatewayAppName 'O365Gateway'";
    QTest::newRow("dispatcher, KB form")
        << D << params("Default Web Site", "203.0.113.10", "O365Gateway", "O365Dispatcher")
        << ".\\setup.ps1 -SiteName 'Default Web Site' -IPAddress '203.0.113.10' -DispatcherAppName 'O365Dispatcher'";
    QTest::newRow("gateway ignores the dispatcher name")
        << G << params("Site", "203.0.113.10", "GW", "bad/name") << ".\\setup.ps1 -SiteName 'Site' -IPAddress "
                                                                    "'203.0.113.10' -GatewayAppName 'GW'";
    QTest::newRow("all options in order")
        << G
        << params("Office365", "203.0.113.10", "O365Gateway", QString(), " https://mosi.example.com/api/ ", " 12345 ",
                  " CN=mosi.example.com, O=Provider ")
        << ".\\setup.ps1 -SiteName 'Office365' -IPAddress '203.0.113.10' -GatewayAppName 'O365Gateway' "
           "-MOSIBaseURL 'https://mosi.example.com/api/' -MOSIBillingID '12345' "
           "-MOSIClientCertSubject 'CN=mosi.example.com, O=Provider'";
    QTest::newRow("only the billing ID")
        << D << params("Office365", "203.0.113.10", QString(), "O365Dispatcher", "  ", "12345", "\t")
        << ".\\setup.ps1 -SiteName 'Office365' -IPAddress '203.0.113.10' -DispatcherAppName 'O365Dispatcher' "
           "-MOSIBillingID '12345'";
    QTest::newRow("surrounding whitespace trimmed, internal kept")
        << G << params("  Default  Web Site \t\r\n", "\t203.0.113.10 ", " O365Gateway\n")
        << ".\\setup.ps1 -SiteName 'Default  Web Site' -IPAddress '203.0.113.10' -GatewayAppName 'O365Gateway'";
    QTest::newRow("no-break spaces around are trimmed")
        << G << params(u(0x00A0) + "Default Web Site" + u(0x00A0), "203.0.113.10", "O365Gateway")
        << ".\\setup.ps1 -SiteName 'Default Web Site' -IPAddress '203.0.113.10' -GatewayAppName 'O365Gateway'";
    QTest::newRow("IPv6 written as QHostAddress does")
        << G << params("Site", "2001:DB8:0::10", "GW")
        << ".\\setup.ps1 -SiteName 'Site' -IPAddress '2001:db8::10' -GatewayAppName 'GW'";
    QTest::newRow("IPv6 in brackets as IIS shows it")
        << G << params("Site", "[2001:db8::10]", "GW")
        << ".\\setup.ps1 -SiteName 'Site' -IPAddress '2001:db8::10' -GatewayAppName 'GW'";
    QTest::newRow("apostrophe")
        << G << params("Bob's site", "203.0.113.10", "GW")
        << ".\\setup.ps1 -SiteName 'Bob''s site' -IPAddress '203.0.113.10' -GatewayAppName 'GW'";
    QTest::newRow("double quotes")
        << G << params("Site \"A\"", "203.0.113.10", "GW")
        << ".\\setup.ps1 -SiteName 'Site \"A\"' -IPAddress '203.0.113.10' -GatewayAppName 'GW'";
    QTest::newRow("semicolon") << G << params("a; b", "203.0.113.10", "G;W")
                               << ".\\setup.ps1 -SiteName 'a; b' -IPAddress '203.0.113.10' -GatewayAppName 'G;W'";
    QTest::newRow("subexpression") << G << params("$(calc)", "203.0.113.10", "$(calc)")
                                   << ".\\setup.ps1 -SiteName '$(calc)' -IPAddress '203.0.113.10' "
                                      "-GatewayAppName '$(calc)'";
    QTest::newRow("backticks") << G << params("`$(calc)`", "203.0.113.10", "GW`")
                               << ".\\setup.ps1 -SiteName '`$(calc)`' -IPAddress '203.0.113.10' -GatewayAppName 'GW`'";
    QTest::newRow("right single quotation mark U+2019")
        << G << params("Bob" + u(0x2019) + "s site", "203.0.113.10", "GW" + u(0x2019))
        << ".\\setup.ps1 -SiteName 'Bob" + u(0x2019) + u(0x2019) + "s site' -IPAddress '203.0.113.10' "
           "-GatewayAppName 'GW" + u(0x2019) + u(0x2019) + "'";
    QTest::newRow("U+2018, U+201A, U+201B each doubled as itself")
        << G << params(u(0x2018) + "a" + u(0x201A) + "b" + u(0x201B), "203.0.113.10", "GW")
        << ".\\setup.ps1 -SiteName '" + u(0x2018) + u(0x2018) + "a" + u(0x201A) + u(0x201A) + "b" + u(0x201B) +
               u(0x201B) + "' -IPAddress '203.0.113.10' -GatewayAppName 'GW'";
    QTest::newRow("injection attempt")
        << G << params("' ; Remove-Item C:\\ -Recurse ; '", "203.0.113.10", "GW", QString(), QString(),
                       "' ; Remove-Item C:\\ -Recurse ; '")
        << ".\\setup.ps1 -SiteName ''' ; Remove-Item C:\\ -Recurse ; ''' -IPAddress '203.0.113.10' "
           "-GatewayAppName 'GW' -MOSIBillingID ''' ; Remove-Item C:\\ -Recurse ; '''";
    QTest::newRow("unicode letters")
        << D << params("Сайт Ünïcødé 网站", "203.0.113.10", QString(), "Диспетчер")
        << ".\\setup.ps1 -SiteName 'Сайт Ünïcødé 网站' -IPAddress '203.0.113.10' -DispatcherAppName 'Диспетчер'";
}

void TestSetupCommand::exactLine()
{
    QFETCH(SetupCommand::Kind, kind);
    QFETCH(SetupParameters, p);
    QFETCH(QString, expected);

    const SetupCommand::Result r = SetupCommand::build(kind, p);
    QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(r.command, expected);
}

void TestSetupCommand::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << "" << "''";
    QTest::newRow("plain") << "O365Gateway" << "'O365Gateway'";
    QTest::newRow("apostrophe") << "'" << "''''";
    QTest::newRow("two apostrophes") << "''" << "''''''";
    QTest::newRow("U+2018") << u(0x2018) << "'" + u(0x2018) + u(0x2018) + "'";
    QTest::newRow("U+2019") << u(0x2019) << "'" + u(0x2019) + u(0x2019) + "'";
    QTest::newRow("U+201A") << u(0x201A) << "'" + u(0x201A) + u(0x201A) + "'";
    QTest::newRow("U+201B") << u(0x201B) << "'" + u(0x201B) + u(0x201B) + "'";
    QTest::newRow("typographic double quotes are literal")
        << u(0x201C) + u(0x201D) << "'" + u(0x201C) + u(0x201D) + "'";
    QTest::newRow("dollar, backtick, semicolon, double quote") << "$a`;\"" << "'$a`;\"'";
    QTest::newRow("no trimming") << " a " << "' a '";
}

void TestSetupCommand::quoting()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(SetupCommand::quoteForPowerShell(value), expected);
    const Tokens t = tokenize(SetupCommand::quoteForPowerShell(value));
    QVERIFY2(t.ok, qPrintable(t.error));
    QCOMPARE(t.tokens.size(), 1);
    QCOMPARE(t.tokens.first().type, Token::Quoted);
    QCOMPARE(t.tokens.first().text, value);
}

void TestSetupCommand::hostileValuesKeepTheirTokens_data()
{
    QTest::addColumn<SetupCommand::Kind>("kind");
    QTest::addColumn<SetupParameters>("p");

    int i = 0;
    for (const QString& v : hostileValues()) {
        const QString app = hasSlash(v) ? QStringLiteral("O365Gateway") : v;
        QTest::addRow("%d gateway: %s", i, qPrintable(v))
            << SetupCommand::Kind::Gateway
            << params(v, QStringLiteral("203.0.113.10"), app, QString(), QStringLiteral("https://mosi.example.com/"), v,
                      v);
        QTest::addRow("%d dispatcher: %s", i, qPrintable(v))
            << SetupCommand::Kind::Dispatcher
            << params(QStringLiteral("  ") + v + QStringLiteral(" "), QStringLiteral("2001:db8::10"), QString(), app,
                      QString(), QString(), v);
        ++i;
    }
}

void TestSetupCommand::hostileValuesKeepTheirTokens()
{
    QFETCH(SetupCommand::Kind, kind);
    QFETCH(SetupParameters, p);

    const SetupCommand::Result r = SetupCommand::build(kind, p);
    QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
    const Tokens t = tokenize(r.command);
    QVERIFY2(t.ok, qPrintable(t.error + QStringLiteral(" in ") + r.command));
    const QList<Token> expected = expectedTokens(kind, p);
    QVERIFY2(t.tokens == expected,
             qPrintable(QStringLiteral("\n  line:     %1\n  got:      %2\n  expected: %3")
                            .arg(r.command, describe(t.tokens), describe(expected))));
}

void TestSetupCommand::refusals_data()
{
    QTest::addColumn<SetupCommand::Kind>("kind");
    QTest::addColumn<SetupParameters>("p");
    QTest::addColumn<QStringList>("mustContain"); // all in the single error message

    const auto G = SetupCommand::Kind::Gateway;
    const auto D = SetupCommand::Kind::Dispatcher;
    const QString ip = QStringLiteral("203.0.113.10");

    QTest::newRow("empty site name") << G << params("", ip, "GW") << QStringList{"-SiteName", "empty"};
    QTest::newRow("blank site name") << G << params(" \t\r\n ", ip, "GW") << QStringList{"-SiteName", "empty"};
    QTest::newRow("empty gateway app") << G << params("Site", ip, "  ", "Disp")
                                       << QStringList{"-GatewayAppName", "empty"};
    QTest::newRow("empty dispatcher app") << D << params("Site", ip, "GW", "")
                                          << QStringList{"-DispatcherAppName", "empty"};
    QTest::newRow("line break in site name") << G << params("Default\nWeb Site", ip, "GW")
                                             << QStringList{"-SiteName", "line break", "U+000A"};
    QTest::newRow("CR in site name") << G << params("Default\rWeb", ip, "GW")
                                     << QStringList{"-SiteName", "carriage return", "U+000D"};
    QTest::newRow("tab in app name") << G << params("Site", ip, "O365\tGateway")
                                     << QStringList{"-GatewayAppName", "tab", "U+0009"};
    QTest::newRow("NUL in site name") << G << params(QString("Site") + QChar(0) + QString("x"), ip, "GW")
                                      << QStringList{"-SiteName", "NUL", "U+0000"};
    QTest::newRow("trailing NUL is not trimmed") << G << params(QString("Site") + QChar(0), ip, "GW")
                                                 << QStringList{"-SiteName", "NUL"};
    QTest::newRow("ESC in site name") << G << params("Site\x1b[2J", ip, "GW")
                                      << QStringList{"-SiteName", "control character", "U+001B"};
    QTest::newRow("DEL in app name") << G << params("Site", ip, "GW\x7f") << QStringList{"-GatewayAppName", "U+007F"};
    QTest::newRow("C1 NEL inside") << G << params("Site" + u(0x0085) + "x", ip, "GW")
                                   << QStringList{"-SiteName", "control character", "U+0085"};
    QTest::newRow("C1 CSI inside") << D << params("Site", ip, "GW", "Disp" + u(0x009B) + "x")
                                   << QStringList{"-DispatcherAppName", "U+009B"};
    QTest::newRow("line separator inside") << G << params("Site" + u(0x2028) + "x", ip, "GW")
                                           << QStringList{"-SiteName", "U+2028"};
    QTest::newRow("right-to-left override") << G << params("Site" + u(0x202E) + "x", ip, "GW")
                                            << QStringList{"-SiteName", "U+202E"};
    QTest::newRow("line break in billing ID") << G << params("Site", ip, "GW", "", "", "12\n345")
                                              << QStringList{"-MOSIBillingID", "line break"};
    QTest::newRow("line break in cert subject") << G << params("Site", ip, "GW", "", "", "", "CN=a\nCN=b")
                                                << QStringList{"-MOSIClientCertSubject", "line break"};
    QTest::newRow("line break in URL") << G << params("Site", ip, "GW", "", "https://a.example/\nx")
                                       << QStringList{"-MOSIBaseURL", "line break"};
    QTest::newRow("empty IP") << G << params("Site", " ", "GW") << QStringList{"-IPAddress", "empty"};
    QTest::newRow("not an IP") << G << params("Site", "not-an-ip", "GW")
                               << QStringList{"-IPAddress", "not an IP address", "not-an-ip"};
    QTest::newRow("host name instead of IP") << G << params("Site", "gateway.example.com", "GW")
                                             << QStringList{"-IPAddress", "not an IP address"};
    QTest::newRow("octet above 255") << G << params("Site", "203.0.113.300", "GW")
                                     << QStringList{"-IPAddress", "not an IP address"};
    QTest::newRow("prefix length") << G << params("Site", "203.0.113.10/24", "GW")
                                   << QStringList{"-IPAddress", "prefix length", "/24"};
    QTest::newRow("IPv6 prefix length") << G << params("Site", "2001:db8::/64", "GW")
                                        << QStringList{"-IPAddress", "prefix length"};
    QTest::newRow("port") << G << params("Site", "203.0.113.10:443", "GW")
                          << QStringList{"-IPAddress", "port", ":443"};
    QTest::newRow("IPv6 with port") << G << params("Site", "[2001:db8::10]:443", "GW")
                                    << QStringList{"-IPAddress", "port", ":443"};
    QTest::newRow("zone index") << G << params("Site", "fe80::1%eth0", "GW") << QStringList{"-IPAddress", "zone"};
    QTest::newRow("leading zero read as octal") << G << params("Site", "010.0.0.1", "GW")
                                                << QStringList{"-IPAddress", "leading zeros", "8.0.0.1"};
    QTest::newRow("three-part IPv4") << G << params("Site", "203.0.113", "GW")
                                     << QStringList{"-IPAddress", "four decimal numbers"};
    QTest::newRow("integer IPv4") << G << params("Site", "3405803786", "GW")
                                  << QStringList{"-IPAddress", "four decimal numbers", "203.0.113.10"};
    QTest::newRow("0.0.0.0") << G << params("Site", "0.0.0.0", "GW") << QStringList{"-IPAddress", "all addresses"};
    QTest::newRow("::") << G << params("Site", "::", "GW") << QStringList{"-IPAddress", "all addresses"};
    QTest::newRow("slash in app name") << G << params("Site", ip, "O365/Gateway")
                                       << QStringList{"-GatewayAppName", "\"/\""};
    QTest::newRow("leading slash in app name") << D << params("Site", ip, "", "/O365Dispatcher")
                                               << QStringList{"-DispatcherAppName", "name only"};
    QTest::newRow("backslash in app name") << G << params("Site", ip, "O365\\Gateway")
                                           << QStringList{"-GatewayAppName", "\"\\\""};
    QTest::newRow("URL as app name") << G << params("Site", ip, "https://gw.example.com/O365Gateway/")
                                     << QStringList{"-GatewayAppName", "name only"};
    QTest::newRow("dot app name") << G << params("Site", ip, ".") << QStringList{"\".\"", "-GatewayAppName"};
    QTest::newRow("dot-dot app name") << D << params("Site", ip, "", " .. ")
                                      << QStringList{"\"..\"", "-DispatcherAppName"};
    QTest::newRow("http URL") << G << params("Site", ip, "GW", "", "http://mosi.example.com/")
                              << QStringList{"-MOSIBaseURL", "https://", "not http://"};
    QTest::newRow("ftp URL") << G << params("Site", ip, "GW", "", "ftp://mosi.example.com/")
                             << QStringList{"-MOSIBaseURL", "not ftp://"};
    QTest::newRow("relative URL") << G << params("Site", ip, "GW", "", "mosi.example.com/api")
                                  << QStringList{"-MOSIBaseURL", "absolute"};
    QTest::newRow("URL without host") << G << params("Site", ip, "GW", "", "https://")
                                      << QStringList{"-MOSIBaseURL", "absolute"};
    QTest::newRow("URL with a space") << G << params("Site", ip, "GW", "", "https://mosi example.com/")
                                      << QStringList{"-MOSIBaseURL", "absolute"};
}

void TestSetupCommand::refusals()
{
    QFETCH(SetupCommand::Kind, kind);
    QFETCH(SetupParameters, p);
    QFETCH(QStringList, mustContain);

    const SetupCommand::Result r = SetupCommand::build(kind, p);
    QVERIFY2(!r.ok, qPrintable(r.command));
    QVERIFY(r.command.isEmpty());
    QVERIFY2(r.errors.size() == 1, qPrintable(r.errors.join(QLatin1Char('\n'))));
    for (const QString& s : mustContain)
        QVERIFY2(r.errors.first().contains(s),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(s, r.errors.first())));
}

void TestSetupCommand::everyBadValueGetsItsOwnMessage()
{
    const SetupCommand::Result r =
        SetupCommand::build(SetupCommand::Kind::Dispatcher,
                            params("", "203.0.113.10/24", "ignored", "a/b", "http://x.example/", "1\n2", "CN=\ra"));
    QVERIFY(!r.ok);
    QVERIFY(r.command.isEmpty());
    const QStringList order{"-SiteName", "-IPAddress", "-DispatcherAppName", "-MOSIBaseURL", "-MOSIBillingID",
                            "-MOSIClientCertSubject"};
    QCOMPARE(r.errors.size(), order.size());
    for (int i = 0; i < order.size(); ++i)
        QVERIFY2(r.errors.at(i).contains(order.at(i)), qPrintable(r.errors.at(i)));
    QCOMPARE(QSet<QString>(r.errors.begin(), r.errors.end()).size(), r.errors.size());
}

void TestSetupCommand::asciiHyphenNotTheKbsEnDash()
{
    for (auto kind : {SetupCommand::Kind::Gateway, SetupCommand::Kind::Dispatcher}) {
        const SetupCommand::Result r = SetupCommand::build(
            kind, params("Default Web Site", "203.0.113.10", "O365Gateway", "O365Dispatcher", "https://m.example/",
                         "1", "CN=x"));
        QVERIFY(r.ok);
        QVERIFY(r.command.contains(QLatin1String(" -IPAddress '")));
        for (char16_t dash : {char16_t(0x2013), char16_t(0x2014), char16_t(0x2015), char16_t(0x2212)})
            QVERIFY(!r.command.contains(QChar(dash)));
    }
}

// The tokenizer is the judge of the tests above: it must see through quoting that is not safe.
void TestSetupCommand::tokenizerDetectsBrokenQuoting_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("value"); // what a correct line would carry as the -SiteName value

    QTest::newRow("apostrophe not doubled") << ".\\setup.ps1 -SiteName 'Bob's site'" << "Bob's site";
    QTest::newRow("U+2019 not doubled") << ".\\setup.ps1 -SiteName 'Bob" + u(0x2019) + "s site'"
                                        << "Bob" + u(0x2019) + "s site";
    QTest::newRow("U+2019 closes the string")
        << ".\\setup.ps1 -SiteName 'x" + u(0x2019) + " ; calc ; " + u(0x2019) + "'"
        << "x" + u(0x2019) + " ; calc ; " + u(0x2019);
    QTest::newRow("double-quoted") << ".\\setup.ps1 -SiteName \"$(calc)\"" << "$(calc)";
    QTest::newRow("unquoted") << ".\\setup.ps1 -SiteName Default Web Site" << "Default Web Site";
    QTest::newRow("injection") << ".\\setup.ps1 -SiteName '' ; Remove-Item C:\\ -Recurse ; ''"
                               << "' ; Remove-Item C:\\ -Recurse ; '";
    QTest::newRow("en-dash parameter") << ".\\setup.ps1 " + u(0x2013) + "SiteName 'x'" << "x";
}

void TestSetupCommand::tokenizerDetectsBrokenQuoting()
{
    QFETCH(QString, line);
    QFETCH(QString, value);
    const QList<Token> expected{{Token::Bare, QStringLiteral(".\\setup.ps1")},
                                {Token::Parameter, QStringLiteral("-SiteName")},
                                {Token::Quoted, value}};
    const Tokens t = tokenize(line);
    QVERIFY2(!t.ok || t.tokens != expected, qPrintable(describe(t.tokens)));
}

QTEST_GUILESS_MAIN(TestSetupCommand)
#include "tst_setupcommand.moc"
