// The PowerShell the wizard generates, judged by real PowerShell (pwsh 7.6, tests/support/PowerShell.h):
// every setup.ps1 line of gateway and dispatcher step 7e, for ordinary and hostile values, parses
// without error into exactly `.\setup.ps1` and the intended parameters with single-quoted constants
// equal to the values; run against a stand-in setup.ps1 with the real parameter names, it receives
// exactly those values. The IIS inventory one-liner parses, calls only reading commands, and run
// against a test WebAdministration module (tests/support/ps/modules) over real folders, its output
// read by IisInventory::parse gives exactly the sites, bindings and applications of the fixture.

#include "core/TextDecoding.h"
#include "stages/application/IisInventory.h"
#include "stages/application/SetupCommand.h"
#include "support/PowerShell.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace o365;
using namespace testsupport;

namespace {

// Values an engineer might paste, and values that would change a line quoted the wrong way.
const QStringList& hostileValues()
{
    static const QStringList v{
        QStringLiteral("Default Web Site"),
        QStringLiteral("O'Brien's site"),
        QStringLiteral("say \"hi\""),
        QStringLiteral("back`tick`"),
        QStringLiteral("$(Remove-Item -Recurse C:\\)"),
        QStringLiteral("${env:PATH}"),
        QStringLiteral("a;b"),
        QStringLiteral("a|b"),
        QStringLiteral("a&b"),
        QStringLiteral("[abc]*?"),
        QStringLiteral("#not a comment"),
        QStringLiteral("@(1,2)"),
        QStringLiteral("a  b   c"),
        QStringLiteral("Кириллица сайт"),
        QStringLiteral("Grüße Ölmühle"),
        QString::fromUtf8("\u2018left\u2019 and \u201Alow\u201B"),
        QStringLiteral("'"),
        QString::fromUtf8("\u2019"),
        QStringLiteral("''"),
        QStringLiteral("-SiteName"),
        QStringLiteral("x' -IPAddress '1.2.3.4"),
        QString::fromUtf8("x\u2019; Remove-Item C:\\ ;\u2018"),
        QStringLiteral("end\\"),
    };
    return v;
}

struct Case {
    SetupCommand::Kind kind;
    SetupParameters params;
    QList<QPair<QString, QString>> expected; // parameter name → value, in the line's order
    QString line;
};

Case makeCase(SetupCommand::Kind kind, const QString& hostile, int field)
{
    Case c;
    c.kind = kind;
    SetupParameters& p = c.params;
    p.siteName = field == 0 ? hostile : QStringLiteral("Default Web Site");
    p.ipAddress = QStringLiteral("203.0.113.10");
    const QString app = field == 1 ? hostile : QStringLiteral("O365Gateway");
    (kind == SetupCommand::Kind::Gateway ? p.gatewayAppName : p.dispatcherAppName) = app;
    if (field == 2)
        p.mosiBillingId = hostile;
    if (field == 3)
        p.mosiClientCertSubject = hostile;
    c.expected << qMakePair(QStringLiteral("SiteName"), p.siteName.trimmed())
               << qMakePair(QStringLiteral("IPAddress"), p.ipAddress)
               << qMakePair(kind == SetupCommand::Kind::Gateway ? QStringLiteral("GatewayAppName")
                                                                : QStringLiteral("DispatcherAppName"),
                            app.trimmed());
    if (!p.mosiBillingId.isEmpty())
        c.expected << qMakePair(QStringLiteral("MOSIBillingID"), p.mosiBillingId.trimmed());
    if (!p.mosiClientCertSubject.isEmpty())
        c.expected << qMakePair(QStringLiteral("MOSIClientCertSubject"), p.mosiClientCertSubject.trimmed());
    return c;
}

QString writeLines(const QTemporaryDir& dir, const QStringList& lines)
{
    const QString path = dir.filePath(QStringLiteral("lines.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(QJsonArray::fromStringList(lines)).toJson(QJsonDocument::Compact)) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// One IIS site of a fixture: its bindings and applications; an application's folder holds `files`.
struct FixtureApp {
    QString path;
    QString physicalPath; // as IIS stores it: may hold %SystemDrive%, may be empty; "@" is the test folder
    QStringList files;
};
struct FixtureSite {
    QString name;
    int id = 1;
    QList<QPair<QString, QString>> bindings; // protocol, bindingInformation
    QList<FixtureApp> apps;
};
struct Fixture {
    QList<FixtureSite> sites;
    bool itemXPath = true;
};

} // namespace

Q_DECLARE_METATYPE(Fixture)

class TestPowerShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void setupLinesParse();
    void setupLinesReceived();
    void iisOneLinerParses();
    void iisOneLinerRuns_data();
    void iisOneLinerRuns();
    void iisRoutes();
    void iisOutputSurvivesTheConsole();

private:
    QList<Case> m_cases;
};

void TestPowerShell::initTestCase()
{
    QVERIFY2(!pwshBinary().isEmpty(), "pwsh was not found: run scripts/pwsh.sh, then configure the build again");
    const PwshRun version = runPwsh({QStringLiteral("-Command"), QStringLiteral("$PSVersionTable.PSVersion.ToString()")});
    QVERIFY2(version.finished && version.exitCode == 0, qPrintable(version.problem + QString::fromUtf8(version.err)));
    QVERIFY2(version.out.trimmed().startsWith("7.6."), version.out.constData());
    for (SetupCommand::Kind kind : {SetupCommand::Kind::Gateway, SetupCommand::Kind::Dispatcher}) {
        for (int field = 0; field < 4; ++field) {
            for (const QString& v : hostileValues()) {
                Case c = makeCase(kind, v, field);
                if (field == 1 && (v.contains(QLatin1Char('/')) || v.contains(QLatin1Char('\\'))))
                    continue; // an application name with a slash is refused before any line is made
                const SetupCommand::Result r = SetupCommand::build(kind, c.params);
                QVERIFY2(r.ok, qPrintable(v + QStringLiteral(": ") + r.errors.join(QStringLiteral("; "))));
                c.line = r.command;
                m_cases << c;
            }
        }
    }
    QVERIFY(m_cases.size() > 150);
}

// PowerShell's parser: no error, one statement, one command `.\setup.ps1`, then exactly the intended
// parameters, each followed by one single-quoted constant whose value is the intended value.
void TestPowerShell::setupLinesParse()
{
    QTemporaryDir dir;
    QStringList lines;
    for (const Case& c : std::as_const(m_cases))
        lines << c.line;
    const PwshRun run = runPsScript(QStringLiteral("judge.ps1"), {writeLines(dir, lines)});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.problem + QString::fromUtf8(run.err)));
    const QJsonArray results = run.json().array();
    QCOMPARE(results.size(), m_cases.size());
    for (int i = 0; i < m_cases.size(); ++i) {
        const Case& c = m_cases.at(i);
        const QJsonObject r = results.at(i).toObject();
        const QByteArray where = (QStringLiteral("line ") + c.line).toUtf8();
        QVERIFY2(r.value(QStringLiteral("errors")).toArray().isEmpty(),
                 (where + " — " + QJsonDocument(r.value(QStringLiteral("errors")).toArray()).toJson()).constData());
        QCOMPARE(r.value(QStringLiteral("statements")).toInt(), 1);
        const QJsonArray commands = r.value(QStringLiteral("commands")).toArray();
        QVERIFY2(commands.size() == 1, where.constData());
        const QJsonObject command = commands.at(0).toObject();
        QCOMPARE(command.value(QStringLiteral("name")).toString(), QStringLiteral(".\\setup.ps1"));
        const QJsonArray elements = command.value(QStringLiteral("elements")).toArray();
        QVERIFY2(elements.size() == 1 + 2 * c.expected.size(), where.constData());
        for (int k = 0; k < c.expected.size(); ++k) {
            const QJsonObject param = elements.at(1 + 2 * k).toObject();
            const QJsonObject value = elements.at(2 + 2 * k).toObject();
            QCOMPARE(param.value(QStringLiteral("ast")).toString(), QStringLiteral("Parameter"));
            QCOMPARE(param.value(QStringLiteral("name")).toString(), c.expected.at(k).first);
            QVERIFY2(value.value(QStringLiteral("ast")).toString() == QLatin1String("StringConstant") &&
                         value.value(QStringLiteral("kind")).toString() == QLatin1String("SingleQuoted"),
                     where.constData());
            QVERIFY2(value.value(QStringLiteral("value")).toString() == c.expected.at(k).second,
                     (where + " — got " + value.value(QStringLiteral("value")).toString().toUtf8()).constData());
        }
    }
}

// Run for real, in a folder with a stand-in setup.ps1: it receives exactly the intended values and
// nothing else runs (a value that escaped its quotes would be a command or another parameter).
void TestPowerShell::setupLinesReceived()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(psFile(QStringLiteral("setup.ps1")), dir.filePath(QStringLiteral("setup.ps1"))));
    QStringList lines;
    for (const Case& c : std::as_const(m_cases))
        lines << c.line;
    const PwshRun run = runPsScript(QStringLiteral("run_lines.ps1"), {writeLines(dir, lines)}, dir.path());
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.problem + QString::fromUtf8(run.err)));
    const QJsonArray printed = run.json().array();
    QCOMPARE(printed.size(), m_cases.size());
    for (int i = 0; i < m_cases.size(); ++i) {
        const Case& c = m_cases.at(i);
        const QString out = printed.at(i).toString();
        const QJsonObject received = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY2(!received.isEmpty(), qPrintable(c.line + QStringLiteral(" printed: ") + out));
        QCOMPARE(received.size(), c.expected.size());
        for (const auto& [name, value] : c.expected)
            QVERIFY2(received.value(name).toString() == value,
                     qPrintable(c.line + QStringLiteral(" — ") + name + QStringLiteral(" received ") +
                                received.value(name).toString()));
    }
    // Nothing but setup.ps1 and the lines file: no value ran a command that made a file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

// PowerShell's parser reads the one-liner without error, as one line, and every command it names only reads.
void TestPowerShell::iisOneLinerParses()
{
    QTemporaryDir dir;
    const PwshRun run = runPsScript(QStringLiteral("judge.ps1"), {writeLines(dir, {IisInventory::powerShellOneLiner()})});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.problem + QString::fromUtf8(run.err)));
    const QJsonObject r = run.json().array().at(0).toObject();
    QVERIFY2(r.value(QStringLiteral("errors")).toArray().isEmpty(),
             QJsonDocument(r.value(QStringLiteral("errors")).toArray()).toJson().constData());
    QVERIFY(!IisInventory::powerShellOneLiner().contains(QLatin1Char('\n')));
    const QStringList readOnly{QStringLiteral("Import-Module"), QStringLiteral("Get-Website"),
                               QStringLiteral("Get-WebApplication"), QStringLiteral("Test-Path")};
    QSet<QString> used;
    for (const QJsonValue& c : r.value(QStringLiteral("commands")).toArray()) {
        const QString name = c.toObject().value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            continue; // & $esc: the one-liner's own script block
        used.insert(name);
        QVERIFY2(readOnly.contains(name), qPrintable(QStringLiteral("the one-liner calls ") + name));
    }
    QVERIFY(used.contains(QStringLiteral("Get-Website")) && used.contains(QStringLiteral("Test-Path")));
    QVERIFY2(r.value(QStringLiteral("pipesInto")).toArray().isEmpty(), "the console route has no pipeline");
}

void TestPowerShell::iisOneLinerRuns_data()
{
    QTest::addColumn<Fixture>("fixture");
    const auto site = [](const QString& name, int id, QList<QPair<QString, QString>> bindings, QList<FixtureApp> apps) {
        return FixtureSite{name, id, std::move(bindings), std::move(apps)};
    };
    const auto http = [](const QString& info) { return qMakePair(QStringLiteral("http"), info); };
    const auto https = [](const QString& info) { return qMakePair(QStringLiteral("https"), info); };
    const FixtureApp gateway{QStringLiteral("/O365Gateway"), QStringLiteral("@/gw"),
                             {QStringLiteral("SubscriptionEvents.svc"), QStringLiteral("HTTPEndpoint.aspx")}};
    const FixtureApp dispatcher{QStringLiteral("/O365Dispatcher"), QStringLiteral("@/disp"), {QStringLiteral("Callbacks.svc")}};
    QTest::newRow("plain") << Fixture{{site(QStringLiteral("Default Web Site"), 1,
                                            {http(QStringLiteral("*:80:")), https(QStringLiteral("203.0.113.10:443:"))},
                                            {gateway, dispatcher})}};
    QTest::newRow("spaces and non-ASCII")
        << Fixture{{site(QStringLiteral("Сайт Шлюз Grüße"), 2, {http(QStringLiteral("203.0.113.11:80:gw.example"))},
                         {FixtureApp{QStringLiteral("/O365 Gateway"), QStringLiteral("@/dir with space/Ölmühle"),
                                     {QStringLiteral("SubscriptionEvents.svc")}}})}};
    // Get-WebApplication -Site finds nothing for these names, or another site's applications ("Site[12]"
    // is a pattern that matches "Site1"): the one-liner must still give each site its own.
    QTest::newRow("names IIS cannot filter")
        << Fixture{{site(QStringLiteral("O'Brien [prod]*"), 3, {https(QStringLiteral("203.0.113.12:443:"))}, {gateway}),
                    site(QStringLiteral("Site1"), 4, {http(QStringLiteral("203.0.113.13:80:"))},
                         {FixtureApp{QStringLiteral("/Other"), QStringLiteral("@/other"), {}}}),
                    site(QStringLiteral("Site[12]"), 5, {http(QStringLiteral("203.0.113.14:80:"))}, {dispatcher})}};
    QTest::newRow("empty and %SystemDrive% paths")
        << Fixture{{site(QStringLiteral("Default Web Site"), 1, {http(QStringLiteral("*:80:"))},
                         {FixtureApp{QStringLiteral("/Empty"), QString(), {}},
                          FixtureApp{QStringLiteral("/O365Gateway"), QStringLiteral("%SystemDrive%/inetpub/gw"),
                                     {QStringLiteral("SubscriptionEvents.svc")}}})}};
    QTest::newRow("a site without applications")
        << Fixture{{site(QStringLiteral("Empty Site"), 7, {http(QStringLiteral("*:8080:"))}, {}),
                    site(QStringLiteral("Default Web Site"), 1, {http(QStringLiteral("*:80:"))}, {gateway})}};
    QList<QPair<QString, QString>> many;
    for (int i = 0; i < 10; ++i)
        many << https(QStringLiteral("203.0.113.%1:443:gw%1.example").arg(20 + i));
    many << qMakePair(QStringLiteral("net.tcp"), QStringLiteral("808:*"))
         << https(QStringLiteral("[2001:db8::10]:443:gw.example")) << http(QStringLiteral("[::]:80:"));
    QTest::newRow("many bindings, IPv6") << Fixture{{site(QStringLiteral("Default Web Site"), 1, many, {gateway})}};
    Fixture noXPath{{site(QStringLiteral("O'Brien [prod]"), 3, {https(QStringLiteral("203.0.113.12:443:"))}, {gateway})}};
    noXPath.itemXPath = false;
    QTest::newRow("no ItemXPath") << noXPath;
}

// The one-liner run for real against the test module: its output, read by the wizard's parser, is
// the fixture — every binding, every application with its expanded folder and its .svc files.
void TestPowerShell::iisOneLinerRuns()
{
    QFETCH(Fixture, fixture);
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("iis"));
    const QString drive = dir.filePath(QStringLiteral("drive"));
    QJsonArray sites;
    for (const FixtureSite& fs : std::as_const(fixture.sites)) {
        QJsonArray bindings, apps;
        for (const auto& [protocol, info] : fs.bindings)
            bindings << QJsonObject{{QStringLiteral("protocol"), protocol}, {QStringLiteral("bindingInformation"), info}};
        for (const FixtureApp& a : fs.apps) {
            QString path = a.physicalPath;
            path.replace(QLatin1Char('@'), root);
            const QString real = QString(path).replace(QStringLiteral("%SystemDrive%"), drive);
            if (!path.isEmpty()) {
                QVERIFY(QDir().mkpath(real));
                for (const QString& f : a.files) {
                    QFile file(QDir(real).filePath(f));
                    QVERIFY(file.open(QIODevice::WriteOnly));
                }
            }
            apps << QJsonObject{{QStringLiteral("path"), a.path},
                                {QStringLiteral("physicalPath"), path},
                                {QStringLiteral("applicationPool"), QStringLiteral("O365")}};
        }
        sites << QJsonObject{{QStringLiteral("name"), fs.name}, {QStringLiteral("id"), fs.id},
                             {QStringLiteral("physicalPath"), root}, {QStringLiteral("bindings"), bindings},
                             {QStringLiteral("applications"), apps}};
    }
    const QString fixtureFile = dir.filePath(QStringLiteral("iis.json"));
    {
        QFile f(fixtureFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("itemXPath"), fixture.itemXPath},
                                          {QStringLiteral("sites"), sites}})
                    .toJson());
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("O365W_IIS_FIXTURE"), fixtureFile);
    env.insert(QStringLiteral("PSModulePath"), psFile(QStringLiteral("modules")));
    env.insert(QStringLiteral("SystemDrive"), drive);
    const PwshRun run = runPwsh({QStringLiteral("-Command"), IisInventory::powerShellOneLiner()}, dir.path(), env);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.problem + QString::fromUtf8(run.err)));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const IisInventory::ParseResult inv = IisInventory::parse(QString::fromUtf8(run.out));
    QVERIFY2(inv.ok, qPrintable(inv.message + QStringLiteral("\n") + QString::fromUtf8(run.out)));

    int b = 0;
    int a = 0;
    for (const FixtureSite& fs : std::as_const(fixture.sites)) {
        for (const auto& [protocol, info] : fs.bindings) {
            QVERIFY2(b < inv.sites.size(), qPrintable(QString::fromUtf8(run.out)));
            const IisInventory::Site& got = inv.sites.at(b++);
            QCOMPARE(got.name, fs.name);
            QCOMPARE(got.protocol, protocol);
            if (protocol.startsWith(QLatin1String("http"))) { // IP:port:host, the IP bracketed when IPv6
                const qsizetype portColon = info.indexOf(QLatin1Char(':'), info.startsWith(QLatin1Char('[')) ? info.indexOf(QLatin1Char(']')) : 0);
                QString ip = info.left(portColon);
                if (ip.startsWith(QLatin1Char('[')))
                    ip = QHostAddress(ip.mid(1, ip.size() - 2)).toString();
                QCOMPARE(got.bindingIp, ip);
                QVERIFY2(info.endsWith(QLatin1Char(':') + got.hostHeader), qPrintable(info));
                QVERIFY2(info.contains(QStringLiteral(":%1:").arg(got.port)), qPrintable(info));
            }
        }
        const bool unreadable = !fixture.itemXPath && fs.name.contains(QRegularExpression(QStringLiteral("[\\[\\]*?']")));
        QCOMPARE(inv.unreadableSites.contains(fs.name), unreadable);
        if (unreadable)
            continue;
        for (const FixtureApp& fa : fs.apps) {
            QVERIFY2(a < inv.applications.size(), qPrintable(QString::fromUtf8(run.out)));
            const IisInventory::Application& got = inv.applications.at(a++);
            QCOMPARE(got.site, fs.name);
            QCOMPARE(got.path, fa.path);
            const QString expectedPath =
                QString(fa.physicalPath).replace(QLatin1Char('@'), root).replace(QStringLiteral("%SystemDrive%"), drive);
            QCOMPARE(got.physicalPath, expectedPath);
            QCOMPARE(got.hasSubscriptionEvents, fa.files.contains(QStringLiteral("SubscriptionEvents.svc")));
            QCOMPARE(got.hasCallbacks, fa.files.contains(QStringLiteral("Callbacks.svc")));
        }
    }
    QCOMPARE(inv.sites.size(), b);
    QCOMPARE(inv.applications.size(), a);
}

// The routes around the console: the same inventory piped into clip, or into a file in %TEMP% opened
// in Notepad; nothing else is piped, and the inner script is the console one-liner unchanged.
void TestPowerShell::iisRoutes()
{
    QTemporaryDir dir;
    const QStringList lines{IisInventory::powerShellOneLiner(IisInventory::Route::Clipboard),
                            IisInventory::powerShellOneLiner(IisInventory::Route::File)};
    for (const QString& l : lines)
        QVERIFY(l.contains(IisInventory::powerShellOneLiner(IisInventory::Route::Console)));
    const PwshRun run = runPsScript(QStringLiteral("judge.ps1"), {writeLines(dir, lines)});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.problem + QString::fromUtf8(run.err)));
    const QJsonArray results = run.json().array();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue& v : results)
        QVERIFY2(v.toObject().value(QStringLiteral("errors")).toArray().isEmpty(),
                 QJsonDocument(v.toObject()).toJson().constData());
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("pipesInto")).toArray(), QJsonArray{QStringLiteral("clip")});
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("pipesInto")).toArray(), QJsonArray{QStringLiteral("Out-File")});
    QStringList named;
    for (const QJsonValue& c : results.at(1).toObject().value(QStringLiteral("commands")).toArray())
        named << c.toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(named.contains(QStringLiteral("notepad")), qPrintable(named.join(QLatin1Char(','))));
}

// The real output, as the console and Windows PowerShell 5.1 deliver it: split at the console's width
// when copied, or written by Out-File in 5.1's encoding (UTF-16LE with a BOM): read exactly as printed.
void TestPowerShell::iisOutputSurvivesTheConsole()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("Web Sites/Grüße Ölmühle/100% long folder name of the gateway"));
    QVERIFY(QDir().mkpath(root));
    {
        QFile svc(QDir(root).filePath(QStringLiteral("SubscriptionEvents.svc")));
        QVERIFY(svc.open(QIODevice::WriteOnly));
    }
    const QJsonObject fixture{
        {QStringLiteral("sites"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Сайт | Шлюз")},
                                {QStringLiteral("id"), 1},
                                {QStringLiteral("bindings"), QJsonArray{QJsonObject{{QStringLiteral("protocol"), QStringLiteral("https")},
                                                                                    {QStringLiteral("bindingInformation"), QStringLiteral("203.0.113.10:443:gateway.example")}}}},
                                {QStringLiteral("applications"), QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/O365Gateway")},
                                                                                        {QStringLiteral("physicalPath"), root}}}}}}}};
    const QString fixtureFile = dir.filePath(QStringLiteral("iis.json"));
    {
        QFile f(fixtureFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(fixture).toJson());
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("O365W_IIS_FIXTURE"), fixtureFile);
    env.insert(QStringLiteral("PSModulePath"), psFile(QStringLiteral("modules")));
    const QString out = dir.filePath(QStringLiteral("o365w-iis.txt"));
    // What > and Out-File write in Windows PowerShell 5.1: UTF-16LE with a BOM (-Encoding Unicode).
    const QString script = QStringLiteral("& { %1 } | Out-File -FilePath '%2' -Encoding Unicode; Get-Content -Raw '%2'")
                               .arg(IisInventory::powerShellOneLiner(), out);
    const PwshRun run = runPwsh({QStringLiteral("-Command"), script}, dir.path(), env);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.problem + QString::fromUtf8(run.err)));
    const QString printed = QString::fromUtf8(run.out);
    for (QChar c : printed)
        QVERIFY2(c.unicode() == '\n' || c.unicode() == '\r' || (c.unicode() > 32 && c.unicode() < 127), qPrintable(printed));

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith("\xFF\xFE"), "Out-File -Encoding Unicode writes a BOM");
    const IisInventory::ParseResult fromFile = IisInventory::parse(decodeText(bytes));
    QVERIFY2(fromFile.ok, qPrintable(fromFile.message));
    QCOMPARE(fromFile.sites.value(0).name, QStringLiteral("Сайт | Шлюз"));
    QCOMPARE(fromFile.applications.value(0).physicalPath, root);
    QVERIFY(fromFile.applications.value(0).hasSubscriptionEvents);

    for (int width : {40, 80, 120}) {
        QStringList rows;
        for (const QString& line : printed.split(QLatin1Char('\n'))) {
            const QString l = line.trimmed();
            for (qsizetype i = 0; i < l.size(); i += width)
                rows << l.mid(i, width);
        }
        const IisInventory::ParseResult split = IisInventory::parse(rows.join(QStringLiteral("\r\n")));
        QVERIFY2(split.ok, qPrintable(QStringLiteral("width %1: %2").arg(width).arg(split.message)));
        QCOMPARE(split.sites.value(0).name, QStringLiteral("Сайт | Шлюз"));
        QCOMPARE(split.applications.value(0).physicalPath, root);
    }
}

QTEST_GUILESS_MAIN(TestPowerShell)
#include "tst_powershell.moc"
