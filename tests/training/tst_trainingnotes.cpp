// TrainingNotes against the procedure catalogue: every step the engineer acts on (confirms, types
// into, or that is checked automatically) has a "why" text for the trainee view, the table names
// only steps that exist, and every text stays short.

#include "kb/ProcedureCatalogue.h"
#include "training/TrainingNotes.h"

#include <QSet>
#include <QtTest>

using namespace o365;

class TestTrainingNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActionStepHasAText();
    void onlyKnownStepIds();
    void textsAreShort();
    void unknownStepHasNoText();
};

void TestTrainingNotes::everyActionStepHasAText()
{
    int actionSteps = 0;
    for (const Stage& stage : ProcedureCatalogue::instance().stages()) {
        for (const Step& step : stage.steps) {
            if (step.kind == StepKind::Information)
                continue;
            ++actionSteps;
            QVERIFY2(!TrainingNotes::why(step.id).trimmed().isEmpty(), qPrintable(step.id));
        }
    }
    QVERIFY(actionSteps > 0);
}

void TestTrainingNotes::onlyKnownStepIds()
{
    const QStringList ids = TrainingNotes::stepIds();
    QVERIFY(!ids.isEmpty());
    QSet<QString> seen;
    for (const QString& id : ids) {
        QVERIFY2(ProcedureCatalogue::instance().step(id) != nullptr, qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("duplicate: ") + id));
        seen.insert(id);
    }
}

void TestTrainingNotes::textsAreShort()
{
    for (const QString& id : TrainingNotes::stepIds()) {
        const QString text = TrainingNotes::why(id);
        QVERIFY2(!text.trimmed().isEmpty(), qPrintable(id));
        QVERIFY2(text.size() <= 400, qPrintable(QStringLiteral("%1: %2 characters").arg(id).arg(text.size())));
    }
}

void TestTrainingNotes::unknownStepHasNoText()
{
    QVERIFY(TrainingNotes::why(QStringLiteral("no.such.step")).isEmpty());
    QVERIFY(TrainingNotes::why(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestTrainingNotes)
#include "tst_trainingnotes.moc"
