// Unit tests for o365::GatewayUrl (app/MosiUrl.h) — the URL for MOSI Connector (gateway step 1e)
// and the dispatcher URL of the syndication agreement (dispatcher step 1a) — and for MosiUrlCheck,
// the check of gateway step 1f / dispatcher step 1b that derives host and application from them.

#include "procedure/Procedure.h"
#include "stages/dispatcher/DispatcherStage.h"
#include "stages/gateway/GatewayStage.h"
#include "checks/CheckRunner.h"
#include "stages/application/MosiUrl.h"
#include "stages/application/MosiUrlCheck.h"

#include <QSignalSpy>
#include <QtTest>

using namespace o365;

Q_DECLARE_METATYPE(o365::GatewayUrl::Error)

namespace {

enum class Kind { Mosi, Dispatcher };

GatewayUrl parse(Kind kind, const QString& text)
{
    return kind == Kind::Mosi ? GatewayUrl::parseMosiConnectorUrl(text) : GatewayUrl::parseDispatcherUrl(text);
}

QString describe(const GatewayUrl& u)
{
    return QStringLiteral("error=%1 message=\"%2\" host=%3 app=%4 file=%5")
        .arg(GatewayUrl::errorKey(u.error), u.message, u.host, u.application, u.fileName);
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestMosiUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void good_data();
    void good();
    void bad_data();
    void bad();
    void messagesDifferBetweenErrorKinds();
    void errorKeysAreDistinct();
    void idnMessageNamesAceForm();
    void checkPasses();
    void checkFailsWithParserMessage();
    void dispatcherCheckPasses();
};

void TestMosiUrl::good_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("application");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("canonical") << Kind::Mosi << "https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx"
                               << "gateway.example.com" << -1 << "O365Gateway" << "HTTPEndpoint.aspx"
                               << "https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx";
    QTest::newRow("file name in other case")
        << Kind::Mosi << "https://gateway.example.com/O365Gateway/httpendpoint.ASPX"
        << "gateway.example.com" << -1 << "O365Gateway" << "httpendpoint.ASPX"
        << "https://gateway.example.com/O365Gateway/httpendpoint.ASPX";
    QTest::newRow("scheme in upper case") << Kind::Mosi << "HTTPS://gateway.example.com/O365Gateway/HTTPEndpoint.aspx"
                                          << "gateway.example.com" << -1 << "O365Gateway" << "HTTPEndpoint.aspx"
                                          << "https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx";
    QTest::newRow("port") << Kind::Mosi << "https://gateway.example.com:8443/O365Gateway/HTTPEndpoint.aspx"
                          << "gateway.example.com" << 8443 << "O365Gateway" << "HTTPEndpoint.aspx"
                          << "https://gateway.example.com:8443/O365Gateway/HTTPEndpoint.aspx";
    QTest::newRow("trailing dot host") << Kind::Mosi << "https://gateway.example.com./O365Gateway/HTTPEndpoint.aspx"
                                       << "gateway.example.com" << -1 << "O365Gateway" << "HTTPEndpoint.aspx"
                                       << "https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx";
    QTest::newRow("surrounding whitespace trimmed")
        << Kind::Mosi << "  \t https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx \n"
        << "gateway.example.com" << -1 << "O365Gateway" << "HTTPEndpoint.aspx"
        << "https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx";
    QTest::newRow("upper-case host lower-cased")
        << Kind::Mosi << "https://GATEWAY.Example.COM/O365Gateway/HTTPEndpoint.aspx"
        << "gateway.example.com" << -1 << "O365Gateway" << "HTTPEndpoint.aspx"
        << "https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx";
    QTest::newRow("IPv4 address") << Kind::Mosi << "https://203.0.113.10/App/HTTPEndpoint.aspx"
                                  << "203.0.113.10" << -1 << "App" << "HTTPEndpoint.aspx"
                                  << "https://203.0.113.10/App/HTTPEndpoint.aspx";
    QTest::newRow("IPv6 address") << Kind::Mosi << "https://[2001:DB8::10]:8443/App/HTTPEndpoint.aspx"
                                  << "2001:db8::10" << 8443 << "App" << "HTTPEndpoint.aspx"
                                  << "https://[2001:db8::10]:8443/App/HTTPEndpoint.aspx";
    QTest::newRow("single-label host") << Kind::Mosi << "https://gw01/App/HTTPEndpoint.aspx"
                                       << "gw01" << -1 << "App" << "HTTPEndpoint.aspx"
                                       << "https://gw01/App/HTTPEndpoint.aspx";

    QTest::newRow("dispatcher: application with trailing slash")
        << Kind::Dispatcher << "https://h/App/" << "h" << -1 << "App" << "" << "https://h/App/";
    QTest::newRow("dispatcher: application without trailing slash")
        << Kind::Dispatcher << "https://h/App" << "h" << -1 << "App" << "" << "https://h/App/";
    QTest::newRow("dispatcher: names a file (step 8)")
        << Kind::Dispatcher << "https://h/Office365/SubscriptionEvents.svc" << "h" << -1 << "Office365"
        << "SubscriptionEvents.svc" << "https://h/Office365/SubscriptionEvents.svc";
    QTest::newRow("dispatcher: canonical") << Kind::Dispatcher << "https://Gateway.Example.com:444/O365Dispatcher/"
                                           << "gateway.example.com" << 444 << "O365Dispatcher" << ""
                                           << "https://gateway.example.com:444/O365Dispatcher/";
    // Found by fuzz_mosiurl: "%7c" decodes to "|", which a strict URL may not hold as it is; the normalized
    // URL keeps it encoded (and what a path segment may hold as it is, it keeps as it is).
    QTest::newRow("dispatcher: encoded character in the application")
        << Kind::Dispatcher << "https://gpxwle./%7cosvc" << "gpxwle" << -1 << "|osvc" << ""
        << "https://gpxwle/%7Cosvc/";
    QTest::newRow("sub-delimiters in the application kept as they are")
        << Kind::Mosi << "https://h/App(1)!$/HTTPEndpoint.aspx" << "h" << -1 << "App(1)!$" << "HTTPEndpoint.aspx"
        << "https://h/App(1)!$/HTTPEndpoint.aspx";
}

void TestMosiUrl::good()
{
    QFETCH(Kind, kind);
    QFETCH(QString, input);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, application);
    QFETCH(QString, fileName);
    QFETCH(QString, normalized);

    const GatewayUrl u = parse(kind, input);
    QVERIFY2(u.ok(), qPrintable(describe(u)));
    QCOMPARE(u.error, GatewayUrl::NoError);
    QVERIFY(u.message.isEmpty());
    QCOMPARE(u.host, host);
    QCOMPARE(u.port, port);
    QCOMPARE(u.application, application);
    QCOMPARE(u.fileName, fileName);
    QCOMPARE(u.normalized, normalized);

    // The normalized form parses to the same result.
    const GatewayUrl again = parse(kind, u.normalized);
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.host, host);
    QCOMPARE(again.application, application);
    QCOMPARE(again.normalized, normalized);
}

void TestMosiUrl::bad_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<GatewayUrl::Error>("error");
    QTest::addColumn<QString>("mustContain"); // in the message; empty: no extra demand

    const QString tail = QStringLiteral("/O365Gateway/HTTPEndpoint.aspx");

    QTest::newRow("empty") << Kind::Mosi << "" << GatewayUrl::Empty << "https://";
    QTest::newRow("blank") << Kind::Mosi << "   " << GatewayUrl::Empty << "https://";
    QTest::newRow("http://") << Kind::Mosi << ("http://gateway.example.com" + tail) << GatewayUrl::NotHttps
                             << "http://";
    QTest::newRow("no scheme") << Kind::Mosi << ("gateway.example.com" + tail) << GatewayUrl::MissingScheme
                               << "https://";
    QTest::newRow("ftp://") << Kind::Mosi << ("ftp://gateway.example.com" + tail) << GatewayUrl::NotHttps << "ftp";
    QTest::newRow("user info") << Kind::Mosi << ("https://admin:secret@gateway.example.com" + tail)
                               << GatewayUrl::UserInfo << "";
    QTest::newRow("user name only") << Kind::Mosi << ("https://admin@gateway.example.com" + tail)
                                    << GatewayUrl::UserInfo << "";
    QTest::newRow("no host") << Kind::Mosi << "https:///App/HTTPEndpoint.aspx" << GatewayUrl::NoHost << "";
    QTest::newRow("IDN host") << Kind::Mosi << QStringLiteral("https://шлюз.пример/App/HTTPEndpoint.aspx")
                              << GatewayUrl::IdnHost << "xn--";
    QTest::newRow("invalid host chars") << Kind::Mosi << ("https://gate_way.example.com" + tail)
                                        << GatewayUrl::InvalidHost << "gate_way.example.com";
    // Characters QUrl itself rejects in a host end as Malformed (QUrl's reason is in the message).
    QTest::newRow("host with $") << Kind::Mosi << ("https://gate$way.example.com" + tail) << GatewayUrl::Malformed
                                 << "";
    QTest::newRow("bad port") << Kind::Mosi << ("https://gateway.example.com:44x" + tail) << GatewayUrl::Malformed
                              << "";
    // Found by fuzzing: a last label all digits is read by QUrl as an IPv4 address, but not with a trailing dot.
    QTest::newRow("numeric host with dot") << Kind::Mosi << ("https://2." + tail) << GatewayUrl::InvalidHost << "2.";
    QTest::newRow("short IPv4") << Kind::Mosi << ("https://10.1.2" + tail) << GatewayUrl::InvalidHost << "10.1.2";
    QTest::newRow("numeric top label") << Kind::Dispatcher << "https://gw.example.123/Dispatcher/"
                                       << GatewayUrl::InvalidHost << "gw.example.123";
    // Found by fuzzing: QUrl takes port 0, which nothing can listen on (and the normalized URL dropped it).
    QTest::newRow("port 0") << Kind::Mosi << ("https://gateway.example.com:0" + tail) << GatewayUrl::Malformed
                            << "\":0\"";
    QTest::newRow("dispatcher port 0") << Kind::Dispatcher << "https://gateway.example.com:0/Dispatcher/"
                                       << GatewayUrl::Malformed << "\":0\"";
    QTest::newRow("query") << Kind::Mosi << ("https://gateway.example.com" + tail + "?a=1")
                           << GatewayUrl::QueryOrFragment << "";
    QTest::newRow("fragment") << Kind::Mosi << ("https://gateway.example.com" + tail + "#top")
                              << GatewayUrl::QueryOrFragment << "";
    QTest::newRow("no application segment") << Kind::Mosi << "https://h/HTTPEndpoint.aspx"
                                            << GatewayUrl::NoApplicationSegment << "HTTPEndpoint.aspx";
    QTest::newRow("nested application") << Kind::Mosi << "https://h/Sites/O365Gateway/HTTPEndpoint.aspx"
                                        << GatewayUrl::NestedApplication << "Sites/O365Gateway";
    QTest::newRow("missing file") << Kind::Mosi << "https://h/App/" << GatewayUrl::MissingFileName
                                  << "HTTPEndpoint.aspx";
    QTest::newRow("missing file, no slash") << Kind::Mosi << "https://h/App" << GatewayUrl::MissingFileName
                                            << "HTTPEndpoint.aspx";
    QTest::newRow("wrong file name") << Kind::Mosi << "https://h/App/Default.aspx" << GatewayUrl::WrongFileName
                                     << "Default.aspx";
    QTest::newRow("space") << Kind::Mosi << "https://h/O365 Gateway/HTTPEndpoint.aspx"
                           << GatewayUrl::ContainsWhitespace << "";
    QTest::newRow("%20") << Kind::Mosi << "https://h/O365%20Gateway/HTTPEndpoint.aspx"
                         << GatewayUrl::ContainsWhitespace << "";
    QTest::newRow("tab") << Kind::Mosi << "https://h/O365\tGateway/HTTPEndpoint.aspx"
                         << GatewayUrl::ContainsWhitespace << "";
    QTest::newRow("%09") << Kind::Mosi << "https://h/O365%09Gateway/HTTPEndpoint.aspx"
                         << GatewayUrl::ContainsWhitespace << "";
    QTest::newRow("no-break space") << Kind::Mosi << QStringLiteral("https://h/O365\u00A0Gateway/HTTPEndpoint.aspx")
                                    << GatewayUrl::ContainsWhitespace << "";
    QTest::newRow("ideographic space") << Kind::Mosi << QStringLiteral("https://h/O365\u3000Gateway/HTTPEndpoint.aspx")
                                       << GatewayUrl::ContainsWhitespace << "";
    QTest::newRow("%C2%A0") << Kind::Mosi << "https://h/O365%C2%A0Gateway/HTTPEndpoint.aspx"
                            << GatewayUrl::ContainsWhitespace << "";
    QTest::newRow("%0A") << Kind::Mosi << "https://h/O365%0AGateway/HTTPEndpoint.aspx"
                         << GatewayUrl::ContainsWhitespace << "";
    QTest::newRow("line break") << Kind::Mosi << "https://h/O365\nGateway/HTTPEndpoint.aspx"
                                << GatewayUrl::ContainsWhitespace << "";

    QTest::newRow("dispatcher: empty") << Kind::Dispatcher << "" << GatewayUrl::Empty << "https://";
    QTest::newRow("dispatcher: no application") << Kind::Dispatcher << "https://h/"
                                                << GatewayUrl::NoApplicationSegment << "";
    QTest::newRow("dispatcher: nested") << Kind::Dispatcher << "https://h/a/b/" << GatewayUrl::NestedApplication
                                        << "";
    QTest::newRow("dispatcher: http") << Kind::Dispatcher << "http://h/App/" << GatewayUrl::NotHttps << "";
}

void TestMosiUrl::bad()
{
    QFETCH(Kind, kind);
    QFETCH(QString, input);
    QFETCH(GatewayUrl::Error, error);
    QFETCH(QString, mustContain);

    const GatewayUrl u = parse(kind, input);
    QVERIFY2(!u.ok(), qPrintable(describe(u)));
    QVERIFY2(u.error == error, qPrintable(QStringLiteral("expected %1, got %2")
                                              .arg(GatewayUrl::errorKey(error), describe(u))));
    QVERIFY(!u.message.trimmed().isEmpty());
    if (!mustContain.isEmpty())
        QVERIFY2(u.message.contains(mustContain), qPrintable(u.message));
    // A failed parse hands out nothing that could be mistaken for a result.
    QVERIFY(u.host.isEmpty());
    QVERIFY(u.application.isEmpty());
    QVERIFY(u.normalized.isEmpty());
}

void TestMosiUrl::messagesDifferBetweenErrorKinds()
{
    const QStringList inputs = {
        QString(),
        QStringLiteral("http://h/App/HTTPEndpoint.aspx"),
        QStringLiteral("h/App/HTTPEndpoint.aspx"),
        QStringLiteral("https://u:p@h/App/HTTPEndpoint.aspx"),
        QStringLiteral("https:///App/HTTPEndpoint.aspx"),
        QStringLiteral("https://шлюз.пример/App/HTTPEndpoint.aspx"),
        QStringLiteral("https://gate_way/App/HTTPEndpoint.aspx"),
        QStringLiteral("https://h/App/HTTPEndpoint.aspx?x=1"),
        QStringLiteral("https://h/HTTPEndpoint.aspx"),
        QStringLiteral("https://h/a/b/HTTPEndpoint.aspx"),
        QStringLiteral("https://h/App/"),
        QStringLiteral("https://h/App/Default.aspx"),
        QStringLiteral("https://h/My App/HTTPEndpoint.aspx"),
    };
    QMap<GatewayUrl::Error, QString> messageByError;
    for (const QString& in : inputs) {
        const GatewayUrl u = GatewayUrl::parseMosiConnectorUrl(in);
        QVERIFY2(!u.ok(), qPrintable(in));
        QVERIFY2(!messageByError.contains(u.error),
                 qPrintable(QStringLiteral("two inputs gave %1").arg(GatewayUrl::errorKey(u.error))));
        messageByError.insert(u.error, u.message);
    }
    QCOMPARE(messageByError.size(), inputs.size());
    const QStringList messages = messageByError.values();
    for (int i = 0; i < messages.size(); ++i) {
        QVERIFY(!messages.at(i).isEmpty());
        for (int j = i + 1; j < messages.size(); ++j)
            QVERIFY2(messages.at(i) != messages.at(j), qPrintable(messages.at(i)));
    }
}

void TestMosiUrl::errorKeysAreDistinct()
{
    QSet<QString> keys;
    for (int e = GatewayUrl::NoError; e <= GatewayUrl::WrongFileName; ++e) {
        const QString key = GatewayUrl::errorKey(static_cast<GatewayUrl::Error>(e));
        QVERIFY2(!key.isEmpty(), qPrintable(QString::number(e)));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), int(GatewayUrl::WrongFileName) + 1);
    QCOMPARE(GatewayUrl::errorKey(GatewayUrl::NoError), QStringLiteral("ok"));
}

void TestMosiUrl::idnMessageNamesAceForm()
{
    const QString host = QStringLiteral("шлюз.пример");
    const GatewayUrl u = GatewayUrl::parseMosiConnectorUrl(QStringLiteral("https://%1/App/HTTPEndpoint.aspx").arg(host));
    QCOMPARE(u.error, GatewayUrl::IdnHost);
    const QString ace = QString::fromLatin1(QUrl::toAce(host));
    QVERIFY(ace.startsWith(QLatin1String("xn--")));
    QVERIFY2(u.message.contains(ace), qPrintable(u.message));
    QVERIFY2(u.message.contains(host), qPrintable(u.message));
}

namespace {

// The URL check's id and step as its stage names them.
Check::Spec urlCheckSpec(const ApplicationStage& stage)
{
    Check::Spec s;
    s.id = stage.traits().urlCheckId;
    s.stepId = stage.traits().urlCheckStep;
    s.timeoutMs = 1000;
    return s;
}

} // namespace

void TestMosiUrl::checkPasses()
{
    CheckRunner runner;
    runner.addCheck(new MosiUrlCheck(MosiUrlCheck::Kind::MosiConnector,
                                     QStringLiteral("https://Gateway.Example.com/O365Gateway/HTTPEndpoint.aspx"),
                                     urlCheckSpec(Procedure::instance().gateway())));
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    QSignalSpy each(&runner, &CheckRunner::checkFinished);
    runner.start();
    if (all.isEmpty())
        QVERIFY(all.wait(5000));
    QCOMPARE(all.size(), 1);
    QCOMPARE(each.size(), 1);
    QVERIFY(!runner.isRunning());

    const QList<CheckResult> results = runner.results();
    QCOMPARE(results.size(), 1);
    const CheckResult& r = results.first();
    QCOMPARE(r.checkId, QStringLiteral("gateway.mosiUrl"));
    QCOMPARE(r.stepId, QStringLiteral("gateway.1f"));
    QCOMPARE(toString(r.status), toString(CheckStatus::Passed));
    QCOMPARE(r.evidence.value(QStringLiteral("host")).toString(), QStringLiteral("gateway.example.com"));
    QCOMPARE(r.evidence.value(QStringLiteral("application")).toString(), QStringLiteral("O365Gateway"));
    QVERIFY(r.message.contains(QStringLiteral("gateway.example.com")));
    QVERIFY(r.message.contains(QStringLiteral("O365Gateway")));
    QCOMPARE(toString(each.first().first().value<CheckResult>().status), toString(CheckStatus::Passed));
}

void TestMosiUrl::checkFailsWithParserMessage()
{
    const QString bad = QStringLiteral("https://gateway.example.com/O365Gateway/Default.aspx");
    CheckRunner runner;
    runner.addCheck(new MosiUrlCheck(MosiUrlCheck::Kind::MosiConnector, bad,
                                     urlCheckSpec(Procedure::instance().gateway())));
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    runner.start();
    if (all.isEmpty())
        QVERIFY(all.wait(5000));
    QCOMPARE(all.size(), 1);

    const GatewayUrl parsed = GatewayUrl::parseMosiConnectorUrl(bad);
    QCOMPARE(parsed.error, GatewayUrl::WrongFileName);
    const CheckResult r = runner.results().value(0);
    QCOMPARE(toString(r.status), toString(CheckStatus::Failed));
    QVERIFY(r.blocks());
    QCOMPARE(r.message, parsed.message);
    QCOMPARE(r.detail, GatewayUrl::errorKey(GatewayUrl::WrongFileName));
    QVERIFY(!r.evidence.contains(QStringLiteral("host")));
    QCOMPARE(r.evidence.value(QStringLiteral("url")).toString(), bad);
}

void TestMosiUrl::dispatcherCheckPasses()
{
    CheckRunner runner;
    runner.addCheck(new MosiUrlCheck(MosiUrlCheck::Kind::Dispatcher,
                                     QStringLiteral("https://h/Office365/SubscriptionEvents.svc"),
                                     urlCheckSpec(Procedure::instance().dispatcher())));
    QSignalSpy all(&runner, &CheckRunner::allFinished);
    runner.start();
    if (all.isEmpty())
        QVERIFY(all.wait(5000));
    const CheckResult r = runner.results().value(0);
    QCOMPARE(r.stepId, QStringLiteral("dispatcher.1b"));
    QCOMPARE(toString(r.status), toString(CheckStatus::Passed));
    QCOMPARE(r.evidence.value(QStringLiteral("host")).toString(), QStringLiteral("h"));
    QCOMPARE(r.evidence.value(QStringLiteral("application")).toString(), QStringLiteral("Office365"));
    QCOMPARE(r.evidence.value(QStringLiteral("fileName")).toString(), QStringLiteral("SubscriptionEvents.svc"));
}

QTEST_GUILESS_MAIN(TestMosiUrl)
#include "tst_mosiurl.moc"
