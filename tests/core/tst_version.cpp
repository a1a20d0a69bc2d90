// Unit tests for o365::Version (app/Version.h): parsing and ordering of PA and package versions.

#include "core/Version.h"

#include <QtTest>

using namespace o365;

class TestVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data();
    void compare();
    void validity_data();
    void validity();
    void parts();
    void defaultConstructedIsInvalid();
};

namespace {

int sign(int x) { return x < 0 ? -1 : (x > 0 ? 1 : 0); }

} // namespace

void TestVersion::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected"); // sign of compare(a, b)

    QTest::newRow("5.4.4 > 5.4.3") << "5.4.4" << "5.4.3" << 1;
    QTest::newRow("5.4.3 < 5.4.4") << "5.4.3" << "5.4.4" << -1;
    QTest::newRow("5.5 > 5.4.10") << "5.5" << "5.4.10" << 1;
    QTest::newRow("5.4.10 > 5.4.9 (numeric, not text)") << "5.4.10" << "5.4.9" << 1;
    QTest::newRow("4 == 4.0") << "4" << "4.0" << 0;
    QTest::newRow("4.0 == 4") << "4.0" << "4" << 0;
    QTest::newRow("4 == 4.0.0") << "4" << "4.0.0" << 0;
    QTest::newRow("4.0-15 < 4.0-103") << "4.0-15" << "4.0-103" << -1;
    QTest::newRow("4.0-103 > 4.0-15") << "4.0-103" << "4.0-15" << 1;
    QTest::newRow("4.1.2-103 > 4.1.2-99") << "4.1.2-103" << "4.1.2-99" << 1;
    QTest::newRow("4.1-1 > 4.0-999") << "4.1-1" << "4.0-999" << 1;
    QTest::newRow("v4.1 == 4.1") << "v4.1" << "4.1" << 0;
    QTest::newRow("V4.1 > 4.0.9") << "V4.1" << "4.0.9" << 1;
    QTest::newRow("v4.1 < 5.4.4") << "v4.1" << "5.4.4" << -1;
    QTest::newRow("5.4.4 == 5.4.4") << "5.4.4" << "5.4.4" << 0;
    QTest::newRow("surrounding spaces") << "  5.4.4 " << "5.4.4" << 0;
    QTest::newRow("10.0 > 9.9") << "10.0" << "9.9" << 1;
}

void TestVersion::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);

    const Version va = Version::parse(a);
    const Version vb = Version::parse(b);
    QVERIFY2(va.isValid(), qPrintable(a));
    QVERIFY2(vb.isValid(), qPrintable(b));

    QCOMPARE(sign(Version::compare(va, vb)), expected);
    QCOMPARE(sign(Version::compare(vb, va)), -expected); // antisymmetric

    // Every operator agrees with compare().
    QCOMPARE(va < vb, expected < 0);
    QCOMPARE(va <= vb, expected <= 0);
    QCOMPARE(va > vb, expected > 0);
    QCOMPARE(va >= vb, expected >= 0);
    QCOMPARE(va == vb, expected == 0);
    QCOMPARE(va != vb, expected != 0);
}

void TestVersion::validity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("5.4.4") << "5.4.4" << true;
    QTest::newRow("4") << "4" << true;
    QTest::newRow("v4.1") << "v4.1" << true;
    QTest::newRow("4.0-15") << "4.0-15" << true;
    QTest::newRow("4.1.2-103") << "4.1.2-103" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blank") << "   " << false;
    QTest::newRow("garbage") << "abc" << false;
    QTest::newRow("garbage with digits") << "x5.4" << false;
    QTest::newRow("dots only") << "..." << false;
    QTest::newRow("trailing dot") << "5.4." << false;
    QTest::newRow("letters between parts") << "5.a.4" << false;
    QTest::newRow("lone v") << "v" << false;
}

void TestVersion::validity()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);

    const Version v = Version::parse(text);
    QCOMPARE(v.isValid(), valid);
    if (valid) {
        QVERIFY(!v.parts().isEmpty());
        QCOMPARE(v.toString(), text.trimmed());
    } else {
        QVERIFY(v.parts().isEmpty());
    }
}

void TestVersion::parts()
{
    QCOMPARE(Version::parse(QStringLiteral("5.4.10")).parts(), (QList<int>{5, 4, 10}));
    QCOMPARE(Version::parse(QStringLiteral("v4.1")).parts(), (QList<int>{4, 1}));
    QCOMPARE(Version::parse(QStringLiteral("4.0-103")).parts(), (QList<int>{4, 0}));
    QCOMPARE(Version::parse(QStringLiteral("4.0-103")).toString(), QStringLiteral("4.0-103"));
}

void TestVersion::defaultConstructedIsInvalid()
{
    const Version v;
    QVERIFY(!v.isValid());
    QVERIFY(v.toString().isEmpty());
    QVERIFY(v.parts().isEmpty());
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
