#include "paapi/XmlRpc.h"

#include <QDateTime>
#include <QTest>

using namespace o365;

namespace
{

QByteArray response(const QByteArray& valueXml)
{
    return "<?xml version=\"1.0\"?><methodResponse><params><param><value>" + valueXml +
           "</value></param></params></methodResponse>";
}

XmlRpc::Response roundTrip(const QVariant& v)
{
    QString error;
    const QByteArray xml = XmlRpc::encodeResponse(v, &error);
    if (xml.isEmpty())
        qWarning() << "encode failed:" << error;
    return XmlRpc::decodeResponse(xml);
}

} // namespace

class TestXmlRpc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void roundTripNested();
    void roundTripNil();
    void encodeCall();
    void encodeRefusesWhatItCannotCarry();
    void untypedValueIsString();
    void acceptedVariants();
    void fault();
    void malformed_data();
    void malformed();
    void refusesDoctypeAndEntities_data();
    void refusesDoctypeAndEntities();
    void depthCap();
    void sizeCap();
};

void TestXmlRpc::roundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("string") << QVariant(QStringLiteral("héllo <b>&amp;\" ' world\ttab\nline"));
    QTest::newRow("empty string") << QVariant(QString(""));
    QTest::newRow("string with spaces") << QVariant(QStringLiteral("  padded  "));
    QTest::newRow("int") << QVariant(42);
    QTest::newRow("negative int") << QVariant(-2147483647 - 1);
    QTest::newRow("max int") << QVariant(2147483647);
    QTest::newRow("true") << QVariant(true);
    QTest::newRow("false") << QVariant(false);
    QTest::newRow("double") << QVariant(3.141592653589793);
    QTest::newRow("small double") << QVariant(-1.5e-300);
    QTest::newRow("base64") << QVariant(QByteArray("\x00\x01\xff binary", 10));
    QTest::newRow("empty base64") << QVariant(QByteArray(""));
    QTest::newRow("dateTime") << QVariant(QDateTime(QDate(1998, 7, 17), QTime(14, 8, 55)));
    QTest::newRow("array") << QVariant(QVariantList{1, QStringLiteral("two"), true});
    QTest::newRow("empty array") << QVariant(QVariantList{});
    QTest::newRow("struct") << QVariant(
        QVariantMap{{QStringLiteral("a"), 1}, {QStringLiteral("b c"), QStringLiteral("x")}});
    QTest::newRow("empty struct") << QVariant(QVariantMap{});
}

void TestXmlRpc::roundTrip()
{
    QFETCH(QVariant, value);
    const XmlRpc::Response r = ::roundTrip(value);
    QVERIFY2(r.valid, qPrintable(r.error));
    QVERIFY(!r.isFault);
    QCOMPARE(r.value.typeId(), value.typeId());
    QCOMPARE(r.value, value);
}

void TestXmlRpc::roundTripNested()
{
    const QVariantMap v{
        {QStringLiteral("status"), 0},
        {QStringLiteral("result"),
         QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("poaVersion")},
                                  {QStringLiteral("value"), QStringLiteral("5.4.4")},
                                  {QStringLiteral("when"), QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59))},
                                  {QStringLiteral("blob"), QByteArray("abc")},
                                  {QStringLiteral("list"), QVariantList{QVariantList{1.5, false}, QVariantMap{}}}}}},
    };
    const XmlRpc::Response r = ::roundTrip(v);
    QVERIFY2(r.valid, qPrintable(r.error));
    QCOMPARE(r.value, QVariant(v));
}

void TestXmlRpc::roundTripNil()
{
    XmlRpc::Response r = ::roundTrip(QVariant());
    QVERIFY2(r.valid, qPrintable(r.error));
    QVERIFY(!r.value.isValid());
    r = ::roundTrip(QVariant::fromValue(nullptr));
    QVERIFY2(r.valid, qPrintable(r.error));
    QVERIFY(!r.value.isValid());
    r = ::roundTrip(QVariantList{QVariant(), 1});
    QVERIFY2(r.valid, qPrintable(r.error));
    QCOMPARE(r.value.toList().size(), 2);
    QVERIFY(!r.value.toList().at(0).isValid());
}

void TestXmlRpc::encodeCall()
{
    const QByteArray xml = XmlRpc::encodeCall(QStringLiteral("pem.APS.getApplicationInstances"),
                                              {QVariantMap{{QStringLiteral("app_id"), 7}}});
    QVERIFY(xml.startsWith("<?xml"));
    QVERIFY(xml.contains("<methodCall><methodName>pem.APS.getApplicationInstances</methodName><params><param>"
                         "<value><struct><member><name>app_id</name><value><int>7</int></value></member></struct>"
                         "</value></param></params></methodCall>"));
    // qint64 / uint that fit are ints; a QStringList is an array.
    const QByteArray more = XmlRpc::encodeCall(QStringLiteral("m"), {qint64(5), 7u, QStringList{QStringLiteral("a")}});
    QVERIFY(more.contains("<int>5</int>"));
    QVERIFY(more.contains("<int>7</int>"));
    QVERIFY(more.contains("<array><data><value><string>a</string></value></data></array>"));
}

void TestXmlRpc::encodeRefusesWhatItCannotCarry()
{
    QString error;
    QVERIFY(XmlRpc::encodeCall(QStringLiteral("m"), {qint64(1) << 40}, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("32 bits")), qPrintable(error));
    QVERIFY(XmlRpc::encodeCall(QStringLiteral("m"), {qQNaN()}, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("not finite")), qPrintable(error));
    QVERIFY(XmlRpc::encodeCall(QStringLiteral("m"), {QVariant::fromValue(QPoint(1, 2))}, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("QPoint")), qPrintable(error));
    QVERIFY(XmlRpc::encodeCall(QStringLiteral("m"), {QStringLiteral("bell\x07")}, &error).isEmpty());
    QVERIFY(XmlRpc::encodeCall(QString(), {}, &error).isEmpty());
}

void TestXmlRpc::untypedValueIsString()
{
    XmlRpc::Response r = XmlRpc::decodeResponse(response("  plain text  "));
    QVERIFY2(r.valid, qPrintable(r.error));
    QCOMPARE(r.value, QVariant(QStringLiteral("  plain text  ")));
    r = XmlRpc::decodeResponse(response(""));
    QVERIFY2(r.valid, qPrintable(r.error));
    QCOMPARE(r.value.typeId(), QMetaType::QString);
    QCOMPARE(r.value.toString(), QString());
    r = XmlRpc::decodeResponse(response("a &lt; b &amp;&amp; c &#65;"));
    QVERIFY2(r.valid, qPrintable(r.error));
    QCOMPARE(r.value.toString(), QStringLiteral("a < b && c A"));
}

void TestXmlRpc::acceptedVariants()
{
    // What other peers write: i4, whitespace around numbers, wrapped base64, ISO dates with dashes,
    // comments, CDATA, and Python's layout with newlines between elements.
    XmlRpc::Response r = XmlRpc::decodeResponse(response("<i4> 12 </i4>"));
    QVERIFY2(r.valid, qPrintable(r.error));
    QCOMPARE(r.value, QVariant(12));
    r = XmlRpc::decodeResponse(response("<base64>YWJj\nZGVm</base64>"));
    QVERIFY2(r.valid, qPrintable(r.error));
    QCOMPARE(r.value.toByteArray(), QByteArray("abcdef"));
    r = XmlRpc::decodeResponse(response("<dateTime.iso8601>2024-01-02T03:04:05</dateTime.iso8601>"));
    QVERIFY2(r.valid, qPrintable(r.error));
    QCOMPARE(r.value.toDateTime(), QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5)));
    r = XmlRpc::decodeResponse(response("<!-- note --><string><![CDATA[<raw>]]></string>"));
    QVERIFY2(r.valid, qPrintable(r.error));
    QCOMPARE(r.value.toString(), QStringLiteral("<raw>"));
    r = XmlRpc::decodeResponse("<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value><struct>\n"
                               "<member>\n<name>status</name>\n<value><int>0</int></value>\n</member>\n</struct>"
                               "</value>\n</param>\n</params>\n</methodResponse>\n");
    QVERIFY2(r.valid, qPrintable(r.error));
    QCOMPARE(r.value.toMap().value(QStringLiteral("status")), QVariant(0));
}

void TestXmlRpc::fault()
{
    XmlRpc::Response r = XmlRpc::decodeResponse(XmlRpc::encodeFault(4, QStringLiteral("Too many parameters.")));
    QVERIFY2(r.valid, qPrintable(r.error));
    QVERIFY(r.isFault);
    QCOMPARE(r.faultCode, 4);
    QCOMPARE(r.faultString, QStringLiteral("Too many parameters."));

    // A hand-written fault as in the spec.
    r = XmlRpc::decodeResponse(
        "<?xml version=\"1.0\"?><methodResponse><fault><value><struct><member><name>faultCode</name><value><int>1"
        "</int></value></member><member><name>faultString</name><value>method \"x\" is not supported</value>"
        "</member></struct></value></fault></methodResponse>");
    QVERIFY2(r.valid, qPrintable(r.error));
    QVERIFY(r.isFault);
    QCOMPARE(r.faultString, QStringLiteral("method \"x\" is not supported"));

    // A fault without faultString, or not a struct, is malformed.
    r = XmlRpc::decodeResponse("<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>1"
                               "</int></value></member></struct></value></fault></methodResponse>");
    QVERIFY(!r.valid);
    QVERIFY2(r.error.contains(QLatin1String("faultString")), qPrintable(r.error));
    r = XmlRpc::decodeResponse("<methodResponse><fault><value><int>1</int></value></fault></methodResponse>");
    QVERIFY(!r.valid);
    QVERIFY2(r.error.contains(QLatin1String("not a struct")), qPrintable(r.error));
}

void TestXmlRpc::malformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected"); // a part of the error message

    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("not xml") << QByteArray("HTTP/1.1 200 OK") << "not well-formed";
    QTest::newRow("bad nesting") << QByteArray("<methodResponse><params><param><value><int>1</value></int></param>"
                                               "</params></methodResponse>")
                                 << "not well-formed";
    QTest::newRow("truncated") << QByteArray("<?xml version=\"1.0\"?><methodResponse><params><param><value><str")
                               << "truncated";
    QTest::newRow("truncated after root start") << QByteArray("<methodResponse><params>") << "truncated";
    QTest::newRow("wrong root") << QByteArray("<methodCall/>") << "<methodCall>";
    QTest::newRow("unknown type") << response("<i8>5</i8>") << "<i8>";
    QTest::newRow("unknown type with prefix")
        << response("<ex:nil xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\"/>") << "<ex:nil>";
    QTest::newRow("unknown element in params")
        << QByteArray("<methodResponse><params><extra/></params></methodResponse>") << "<extra>";
    QTest::newRow("unknown element in struct") << response("<struct><field/></struct>") << "<field>";
    QTest::newRow("unknown element in member")
        << response("<struct><member><name>a</name><type/></member></struct>") << "<type>";
    QTest::newRow("member without value") << response("<struct><member><name>a</name></member></struct>") << "\"a\"";
    QTest::newRow("member without name") << response("<struct><member><value>1</value></member></struct>")
                                         << "no <name>";
    QTest::newRow("duplicate member") << response("<struct><member><name>a</name><value>1</value></member><member>"
                                                  "<name>a</name><value>2</value></member></struct>")
                                      << "twice";
    QTest::newRow("array without data") << response("<array></array>") << "<data>";
    QTest::newRow("two types") << response("<int>1</int><int>2</int>") << "more than one type";
    QTest::newRow("text beside type") << response("x<int>1</int>") << "beside";
    QTest::newRow("element in string") << response("<string>a<b/></string>") << "<b>";
    QTest::newRow("bad int") << response("<int>1.5</int>") << "32-bit";
    QTest::newRow("int overflow") << response("<int>2147483648</int>") << "32-bit";
    QTest::newRow("bad boolean") << response("<boolean>true</boolean>") << "0 or 1";
    QTest::newRow("bad double") << response("<double>abc</double>") << "not a number";
    QTest::newRow("infinite double") << response("<double>inf</double>") << "not a number";
    QTest::newRow("bad base64") << response("<base64>!!!</base64>") << "base64";
    QTest::newRow("bad date") << response("<dateTime.iso8601>yesterday</dateTime.iso8601>") << "date";
    QTest::newRow("nil with text") << response("<nil>x</nil>") << "nil";
    QTest::newRow("two params") << QByteArray("<methodResponse><params><param><value>1</value></param><param><value>2"
                                              "</value></param></params></methodResponse>")
                                << "more than one <param>";
    QTest::newRow("no params") << QByteArray("<methodResponse><params></params></methodResponse>") << "no <param>";
    QTest::newRow("empty response") << QByteArray("<methodResponse/>") << "empty";
    QTest::newRow("params and fault") << QByteArray("<methodResponse><params><param><value>1</value></param></params>"
                                                    "<fault/></methodResponse>")
                                      << "more than one";
    QTest::newRow("text in params") << QByteArray("<methodResponse><params>junk<param><value>1</value></param>"
                                                  "</params></methodResponse>")
                                    << "junk";
    QTest::newRow("trailing element") << QByteArray("<methodResponse><params><param><value>1</value></param></params>"
                                                    "</methodResponse><more/>")
                                      << "not well-formed";
    QTest::newRow("processing instruction") << response("<?php echo 1; ?>1") << "processing instruction";
}

void TestXmlRpc::malformed()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const XmlRpc::Response r = XmlRpc::decodeResponse(xml);
    QVERIFY(!r.valid);
    QVERIFY(!r.isFault);
    QVERIFY2(r.error.contains(expected, Qt::CaseInsensitive), qPrintable(r.error));
}

void TestXmlRpc::refusesDoctypeAndEntities_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("doctype with entity")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE methodResponse [<!ENTITY x \"expanded\">]><methodResponse>"
                      "<params><param><value>&x;</value></param></params></methodResponse>")
        << "DOCTYPE";
    QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    laughs += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">";
    for (int i = 2; i <= 9; ++i)
        laughs += QStringLiteral("<!ENTITY lol%1 \"%2\">")
                      .arg(i)
                      .arg(QStringLiteral("&lol%1;").arg(i - 1).repeated(10))
                      .toLatin1();
    laughs += "]><methodResponse><params><param><value>&lol9;</value></param></params></methodResponse>";
    QTest::newRow("billion laughs") << laughs << "DOCTYPE";
    QTest::newRow("external entity")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                      "<methodResponse><params><param><value>&xxe;</value></param></params></methodResponse>")
        << "DOCTYPE";
    QTest::newRow("undeclared entity") << response("&nbsp;") << "nbsp";
}

void TestXmlRpc::refusesDoctypeAndEntities()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const XmlRpc::Response r = XmlRpc::decodeResponse(xml);
    QVERIFY(!r.valid);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY(!r.value.isValid());
}

void TestXmlRpc::depthCap()
{
    auto nested = [](int levels) {
        const QByteArray open = QByteArray("<array><data><value>").repeated(levels - 1);
        const QByteArray close = QByteArray("</value></data></array>").repeated(levels - 1);
        return response(open + "<int>1</int>" + close);
    };
    XmlRpc::Response r = XmlRpc::decodeResponse(nested(XmlRpc::MaxDepth));
    QVERIFY2(r.valid, qPrintable(r.error));
    r = XmlRpc::decodeResponse(nested(XmlRpc::MaxDepth + 1));
    QVERIFY(!r.valid);
    QVERIFY2(r.error.contains(QLatin1String("deeper than 64")), qPrintable(r.error));
    // Very deep nesting (which would exhaust the stack of a naive recursive parser) ends at the cap.
    r = XmlRpc::decodeResponse(nested(100000));
    QVERIFY(!r.valid);
    QVERIFY2(r.error.contains(QLatin1String("deeper")), qPrintable(r.error));

    QVariant deep = 1;
    for (int i = 0; i < XmlRpc::MaxDepth + 1; ++i)
        deep = QVariantList{deep};
    QString error;
    QVERIFY(XmlRpc::encodeResponse(deep, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("deeper")), qPrintable(error));
}

void TestXmlRpc::sizeCap()
{
    const QByteArray big = response("<string>" + QByteArray(XmlRpc::MaxReplyBytes, 'x') + "</string>");
    const XmlRpc::Response r = XmlRpc::decodeResponse(big);
    QVERIFY(!r.valid);
    QVERIFY2(r.error.contains(QLatin1String("limit")), qPrintable(r.error));
    const XmlRpc::Response ok =
        XmlRpc::decodeResponse(response("<string>" + QByteArray(1024 * 1024, 'x') + "</string>"));
    QVERIFY2(ok.valid, qPrintable(ok.error));
    QCOMPARE(ok.value.toString().size(), 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestXmlRpc)
#include "tst_xmlrpc.moc"
