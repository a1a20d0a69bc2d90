// Text from outside shown in the window is shown as text: a name in the session, a check's message
// and detail from a host, what was typed into an input. Rich text there could draw anything
// (images, links, a fake "✔ passed") — AutoText renders whatever merely looks like HTML.

#include "kb/ProcedureCatalogue.h"
#include "net/NetworkContext.h"
#include "procedure/Procedure.h"
#include "session/Session.h"
#include "stages/gateway/GatewayStage.h"
#include "widgets/StepListWidget.h"
#include "widgets/StepRowWidget.h"

#include <QLabel>
#include <QtTest>

using namespace o365;

namespace
{

const QString kHostile = QStringLiteral("<img src=\"x\"><b style=\"color:green\">✔ passed</b>");

} // namespace

class TestPlainTextGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileTextIsShownAsText();
};

void TestPlainTextGui::hostileTextIsShownAsText()
{
    Session session;
    session.setField(Session::fieldEngineer(), kHostile);
    const QString scope = Session::gatewayScope(QStringLiteral("gw1"));
    NetworkContext net;
    const GatewayStage& gateway = Procedure::instance().gateway();
    StepListWidget list(gateway, &session, scope, &net);

    QString manualStep, ipStep, checkedStep;
    for (const Step& step : list.stage().steps) {
        for (const StepInput& in : step.inputs) {
            if (in.key == QLatin1String("ipAddress") && ipStep.isEmpty())
                ipStep = step.id;
        }
        if (gateway.checksStep(step.id) && checkedStep.isEmpty())
            checkedStep = step.id;
        else if (!gateway.checksStep(step.id) && manualStep.isEmpty() &&
                 list.findChild<QLabel*>(QStringLiteral("confirmedBy_") + step.id))
            manualStep = step.id;
    }
    QVERIFY(!manualStep.isEmpty() && !ipStep.isEmpty() && !checkedStep.isEmpty());

    // "by <engineer>, <time>" beside a confirmation.
    session.setConfirmed(scope, manualStep, true);
    auto* by = list.findChild<QLabel*>(QStringLiteral("confirmedBy_") + manualStep);
    QVERIFY(by);
    QTRY_VERIFY(by->text().contains(kHostile));
    QCOMPARE(by->textFormat(), Qt::PlainText);

    // The message under an input quotes what was typed.
    session.setValue(scope, ipStep, QStringLiteral("ipAddress"), kHostile);
    auto* error = list.findChild<QLabel*>(QStringLiteral("inputError_%1_ipAddress").arg(ipStep));
    QVERIFY(error);
    QTRY_VERIFY2(error->text().contains(QLatin1String("<img")), qPrintable(error->text()));
    QCOMPARE(error->textFormat(), Qt::PlainText);

    // A check's message is escaped into the rich result line, its detail into a plain tooltip.
    CheckResult r;
    r.checkId = QStringLiteral("test.hostile");
    r.stepId = checkedStep;
    r.status = CheckStatus::Failed;
    r.message = kHostile;
    r.detail = kHostile + QStringLiteral("\nsecond line");
    session.setCheckResult(scope, checkedStep, r);
    auto* check = list.findChild<QLabel*>(QStringLiteral("check_") + checkedStep);
    QVERIFY(check);
    QTRY_VERIFY2(check->text().contains(QLatin1String("&lt;img")), qPrintable(check->text()));
    QVERIFY(!check->text().contains(QLatin1String("<img")));
    QVERIFY2(check->toolTip().startsWith(QLatin1String("<qt>")), qPrintable(check->toolTip()));
    QVERIFY(check->toolTip().contains(QLatin1String("&lt;img src=&quot;x&quot;&gt;")));
    QVERIFY(check->toolTip().contains(QLatin1String("<br>second line")));
    QVERIFY(!check->toolTip().contains(QLatin1String("<img")));
}

QTEST_MAIN(TestPlainTextGui)
#include "tst_plaintext_gui.moc"
