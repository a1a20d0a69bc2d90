#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace o365 {

// The stages of the wizard, in page order. Stage keys are stable (session, report).
enum class StageId { Start, Gateway, Dispatcher, Provisioning, PaApplication, NewFeatures, SignOff };

// What a step needs from the engineer or the machine.
enum class StepKind {
    Information,        // read only (a heading whose sub-steps carry the work, a Note)
    ManualConfirmation, // the engineer confirms it was done (who and when are recorded)
    Input,              // the engineer enters one or more values (StepInput)
    AutomatedCheck,     // the wizard checks it; confirmed by hand while no check exists
};

// How the step appears in the article.
enum class StepRole {
    Numbered,  // "1", "7"  (a numbered step)
    SubStep,   // "1a", "7e" (a lettered sub-step)
    Important, // an "Important:" paragraph
    Note,      // a "Note:" paragraph
    Text,      // a paragraph of the article that is neither (section introduction, prerequisite)
};

// One value a step asks for, e.g. the URL for MOSI Connector at gateway.1e.
struct StepInput
{
    QString key;       // stable key in the session, e.g. "mosiUrl"
    const char* label; // QT_TRANSLATE_NOOP("Procedure", ...)
    const char* placeholder = nullptr;
    bool optional = false;  // may stay empty (e.g. the -MOSIBaseURL override of step 7e)
    bool multiline = false; // pasted output rather than a value (e.g. the IIS inventory at step 4)
};

struct Step
{
    QString id;        // stable id: "<stage>.<number>", "gateway.6b", "gateway.6.important", "dispatcher.important"
    QString number;    // as printed in the article: "1", "6b", "" for Important/Note/Text
    StepRole role = StepRole::Numbered;
    StepKind kind = StepKind::ManualConfirmation;
    const char* text = nullptr; // QT_TRANSLATE_NOOP("Procedure", ...) — the article's own words
    QList<StepInput> inputs;    // for StepKind::Input
    QString parentId;           // for sub-steps and paragraphs attached to a numbered step

    QString translatedText() const { return QCoreApplication::translate("Procedure", text); }
    bool needsAction() const { return kind != StepKind::Information; }
};

struct Stage
{
    StageId id = StageId::Start;
    QString key;                 // "start", "gateway", "dispatcher", "provisioning", "paapp", "features", "signoff"
    const char* title = nullptr; // page title, QT_TRANSLATE_NOOP("Procedure", ...)
    const char* kbSection = nullptr; // the article's section heading, QT_TRANSLATE_NOOP("Procedure", ...)
    bool perGatewayApplication = false; // repeated for each gateway application
    QList<Step> steps;           // in article order

    QString translatedTitle() const { return QCoreApplication::translate("Procedure", title); }
    QString translatedSection() const { return QCoreApplication::translate("Procedure", kbSection); }
};

// A row of the "Deploying New Features" table.
struct FeatureRow
{
    QString id;      // "features.2.0"
    QString version; // "2.0"
    const char* feature = nullptr;
    const char* instruction = nullptr;
};

// An entry of the "Fixed Issues" list.
struct FixedIssue
{
    QString id; // "APSA-5160"
    const char* text = nullptr;
};

// The whole procedure of KB 117222, defined in one place (ProcedureCatalogueData.cpp).
class ProcedureCatalogue
{
public:
    static const ProcedureCatalogue& instance();

    QString articleId() const { return QStringLiteral("117222"); }
    QString minimumPaVersion() const { return QStringLiteral("5.4.4"); }

    const QList<Stage>& stages() const { return m_stages; }
    const Stage& stage(StageId id) const;
    const Stage* stageByKey(const QString& key) const;
    const Step* step(const QString& stepId) const; // nullptr when unknown
    const QList<FeatureRow>& features() const { return m_features; }
    const QList<FixedIssue>& fixedIssues() const { return m_fixedIssues; }

    // Rows of the New Features table above `installed` and at or below `target`.
    QList<FeatureRow> featuresBetween(const QString& installed, const QString& target) const;

    static QString stageKey(StageId id);

private:
    ProcedureCatalogue();
    QList<Stage> m_stages;
    QList<FeatureRow> m_features;
    QList<FixedIssue> m_fixedIssues;
    friend void buildCatalogue(ProcedureCatalogue&);
};

// Defined in ProcedureCatalogueData.cpp: fills stages, features and fixed issues.
void buildCatalogue(ProcedureCatalogue& catalogue);

} // namespace o365
