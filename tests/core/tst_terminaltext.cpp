// Text from outside printed by --check and --verify: no control character, no bidi override, no
// tab or line break in a --check message field (a PA error with TAB/LF once forged PASSED lines).

#include "core/TerminalText.h"
#include "procedure/HeadlessChecker.h"
#include "session/CheckResult.h"

#include <QtTest>

using namespace o365;

class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesControls_data();
    void escapesControls();
    void keepsOrdinaryText();
    void checkLineCannotBeForged();
};

void TestTerminalText::escapesControls_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("cursor up, erase line") << QStringLiteral("\x1b[1A\x1b[2KVALID") << QStringLiteral("\\x1b[1A\\x1b[2KVALID");
    QTest::newRow("CR over the line") << QStringLiteral("INVALID\rVALID") << QStringLiteral("INVALID\\rVALID");
    QTest::newRow("tab and newline") << QStringLiteral("a\tb\nc") << QStringLiteral("a\\tb\\nc");
    QTest::newRow("NUL, BEL, DEL") << (QStringLiteral("x") + QChar(0) + QChar(7) + QChar(0x7f)) << QStringLiteral("x\\x00\\x07\\x7f");
    QTest::newRow("C1 CSI") << QString::fromUtf16(u"\u009b2J") << QStringLiteral("\\x9b2J");
    QTest::newRow("bidi override") << QString::fromUtf16(u"exe.\u202etxt") << QStringLiteral("exe.\\u202etxt");
    QTest::newRow("bidi isolate") << QString::fromUtf16(u"\u2066a\u2069") << QStringLiteral("\\u2066a\\u2069");
    QTest::newRow("a backslash stays itself") << QStringLiteral("C:\\x1b") << QStringLiteral("C:\\\\x1b");
}

void TestTerminalText::escapesControls()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(TerminalText::escaped(in), out);
    QVERIFY(TerminalText::isSafe(TerminalText::escaped(in)));
    if (in != QStringLiteral("C:\\x1b"))
        QVERIFY(!TerminalText::isSafe(in));
}

void TestTerminalText::keepsOrdinaryText()
{
    const QString text = QString::fromUtf16(u"Contoso Hosting <EU> & Partners — Größe, Кириллица, 中文, 🙂");
    QCOMPARE(TerminalText::escaped(text), text);
    QVERIFY(TerminalText::isSafe(text));
}

void TestTerminalText::checkLineCannotBeForged()
{
    CheckResult r;
    r.stepId = QStringLiteral("paapp.1");
    r.status = CheckStatus::Failed;
    r.message = QStringLiteral("PA said: denied\tx\ngateway/gw1\tgateway.6b\tPASSED\tok\x1b[2K");
    const QString line = HeadlessChecker::line(QStringLiteral("paapp"), r);
    QCOMPARE(line.count(QLatin1Char('\t')), 3);
    QVERIFY(!line.contains(QLatin1Char('\n')));
    QVERIFY(TerminalText::isSafe(line.section(QLatin1Char('\t'), 3)));
    QVERIFY(line.startsWith(QLatin1String("paapp\tpaapp.1\tFAILED\tPA said: denied\\tx\\ngateway/gw1")));
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
