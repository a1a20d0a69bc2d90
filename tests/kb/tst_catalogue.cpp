// Checks the procedure catalogue (app/ProcedureCatalogueData.cpp) against KB article 117222 itself.
//
// The expectations are derived from the article text at run time, not copied from the catalogue:
// the article is split into its sections, and every numbered step ("1 ", "3. "), lettered sub-step
// ("a ", "b "), "Important:" and "Note:" paragraph of a section must appear, in the same order, with
// the same number and the same words, among the steps of the stage that names that section.
//
// The article is read from KB_ARTICLE_PATH (the shared KB folder); when that file is missing, from
// KB_ARTICLE_COPY (tests/data/kb-117222-office365-app-upgrade.txt, a byte-identical copy).

#include "kb/ProcedureCatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace o365;

namespace
{

const char* const articleFileName = "kb-117222-office365-app-upgrade.txt";

QString normalise(const QString& text)
{
    return text.simplified();
}

QString catalogueText(const char* text)
{
    return text ? normalise(QString::fromUtf8(text)) : QString();
}

QString roleName(StepRole role)
{
    switch (role) {
    case StepRole::Numbered:
        return QStringLiteral("Numbered");
    case StepRole::SubStep:
        return QStringLiteral("SubStep");
    case StepRole::Important:
        return QStringLiteral("Important");
    case StepRole::Note:
        return QStringLiteral("Note");
    case StepRole::Text:
        return QStringLiteral("Text");
    }
    return QStringLiteral("?");
}

// One numbered step, lettered sub-step, "Important:" or "Note:" paragraph of the article.
struct ArticleItem {
    StepRole role = StepRole::Numbered;
    QString number;       // "1", "1a"; "" for Important/Note
    QString parentNumber; // the numbered step whose block holds the item ("" when none)
    QString text;         // without number/letter/prefix, whitespace normalised
    int line = 0;         // 1-based line in the article

    // The id the catalogue must use for this item.
    QString expectedId(const QString& stageKey) const
    {
        const QString prefix = stageKey + QLatin1Char('.');
        switch (role) {
        case StepRole::Numbered:
        case StepRole::SubStep:
            return prefix + number;
        case StepRole::Important:
            return parentNumber.isEmpty() ? prefix + QStringLiteral("important")
                                          : prefix + parentNumber + QStringLiteral(".important");
        case StepRole::Note:
            return parentNumber.isEmpty() ? prefix + QStringLiteral("note")
                                          : prefix + parentNumber + QStringLiteral(".note");
        case StepRole::Text:
            break;
        }
        return QString();
    }
    QString expectedParentId(const QString& stageKey) const
    {
        if (role == StepRole::Numbered || parentNumber.isEmpty())
            return QString();
        return stageKey + QLatin1Char('.') + parentNumber;
    }
};

struct Section {
    QString heading;
    int headingLine = 0; // 1-based
    QStringList lines;   // the lines after the heading, up to the next heading (raw, blanks included)
};

// What a section of the article contains.
struct SectionContent {
    QList<ArticleItem> items;
    QString intro;          // the first paragraph, when it is not an item
    QStringList paragraphs; // every other line that is not an item
    QStringList errors;     // lines the parser could not place
};

const QRegularExpression& numberedRe()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.?\\s+(\\S.*)$"));
    return re;
}
const QRegularExpression& letteredRe()
{
    static const QRegularExpression re(QStringLiteral("^([a-z])\\s+(\\S.*)$"));
    return re;
}
const QRegularExpression& importantRe()
{
    static const QRegularExpression re(QStringLiteral("^Important:\\s*(\\S.*)$"));
    return re;
}
const QRegularExpression& noteRe()
{
    static const QRegularExpression re(QStringLiteral("^Note:\\s*(\\S.*)$"));
    return re;
}

bool isItemLine(const QString& trimmed)
{
    return numberedRe().match(trimmed).hasMatch() || letteredRe().match(trimmed).hasMatch() ||
           importantRe().match(trimmed).hasMatch() || noteRe().match(trimmed).hasMatch();
}

// A heading is a short line standing alone between blank lines that is neither a step nor a sentence.
QList<Section> splitSections(const QStringList& lines)
{
    QList<Section> sections;
    auto blank = [&](int i) { return i < 0 || i >= lines.size() || lines.at(i).trimmed().isEmpty(); };
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        const bool heading = !t.isEmpty() && blank(i - 1) && blank(i + 1) && !isItemLine(t) &&
                             !t.endsWith(QLatin1Char('.')) && !t.endsWith(QLatin1Char(':')) &&
                             !t.startsWith(QChar(0x2022)) && t.size() <= 100;
        if (heading) {
            Section s;
            s.heading = t;
            s.headingLine = i + 1;
            sections.append(s);
        } else if (!sections.isEmpty()) {
            sections.last().lines.append(lines.at(i));
        }
    }
    return sections;
}

SectionContent parseSection(const Section& section)
{
    SectionContent content;
    QString current; // the numbered step whose block we are in; a blank line ends the block
    bool first = true;
    for (int i = 0; i < section.lines.size(); ++i) {
        const QString t = section.lines.at(i).trimmed();
        const int lineNo = section.headingLine + 1 + i;
        if (t.isEmpty()) {
            current.clear();
            continue;
        }
        ArticleItem item;
        item.line = lineNo;
        QRegularExpressionMatch m;
        if ((m = numberedRe().match(t)).hasMatch()) {
            item.role = StepRole::Numbered;
            item.number = m.captured(1);
            item.text = normalise(m.captured(2));
            current = item.number;
        } else if ((m = letteredRe().match(t)).hasMatch()) {
            item.role = StepRole::SubStep;
            if (current.isEmpty()) {
                content.errors.append(QStringLiteral("line %1: sub-step outside a numbered step").arg(lineNo));
                continue;
            }
            item.number = current + m.captured(1);
            item.parentNumber = current;
            item.text = normalise(m.captured(2));
        } else if ((m = importantRe().match(t)).hasMatch()) {
            item.role = StepRole::Important;
            item.parentNumber = current;
            item.text = normalise(m.captured(1));
        } else if ((m = noteRe().match(t)).hasMatch()) {
            item.role = StepRole::Note;
            item.parentNumber = current;
            item.text = normalise(m.captured(1));
        } else {
            if (!current.isEmpty())
                content.errors.append(
                    QStringLiteral("line %1: unexpected text inside step %2").arg(lineNo).arg(current));
            else if (first)
                content.intro = normalise(t);
            else
                content.paragraphs.append(normalise(t));
            first = false;
            continue;
        }
        first = false;
        content.items.append(item);
    }
    return content;
}

QString candidateArticlePath(QStringList* tried)
{
    QStringList candidates;
#ifdef KB_ARTICLE_PATH
    candidates << QString::fromUtf8(KB_ARTICLE_PATH);
#endif
#ifdef KB_ARTICLE_COPY
    candidates << QString::fromUtf8(KB_ARTICLE_COPY);
#else
    // No copy path given by the build: look for tests/data/ next to this source file.
    candidates << QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../data/") +
                      QLatin1String(articleFileName);
#endif
    if (tried)
        *tried = candidates;
    for (const QString& path : std::as_const(candidates)) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return QString();
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void articleCopyIsIdentical();
    void sectionsHaveStages();
    void stepsFollowArticle_data();
    void stepsFollowArticle();
    void introParagraphs();
    void startStage();
    void idsAreUniqueAndWellFormed();
    void features();
    void featuresBetween();
    void fixedIssues();
    void inputs();
    void stageKeys();
    void lookups();
    void minimumPaVersion();

private:
    const Section* section(const QString& heading) const;

    const ProcedureCatalogue& m_catalogue = ProcedureCatalogue::instance();
    QString m_articlePath;
    QString m_article;
    QStringList m_lines;
    QList<Section> m_sections;
};

const Section* TestCatalogue::section(const QString& heading) const
{
    for (const Section& s : m_sections) {
        if (s.heading == heading)
            return &s;
    }
    return nullptr;
}

void TestCatalogue::initTestCase()
{
    QStringList tried;
    m_articlePath = candidateArticlePath(&tried);
    if (m_articlePath.isEmpty())
        QFAIL(qPrintable(QStringLiteral("KB article 117222 not found; tried: ") + tried.join(QStringLiteral(", "))));
    QFile file(m_articlePath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_article = QString::fromUtf8(file.readAll());
    QVERIFY(!m_article.isEmpty());
    m_lines = m_article.split(QLatin1Char('\n'));
    for (QString& line : m_lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    m_sections = splitSections(m_lines);
    QVERIFY2(m_sections.size() >= 8, qPrintable(QStringLiteral("only %1 sections found").arg(m_sections.size())));
    qInfo("Article: %s (%d lines, %d sections)", qPrintable(m_articlePath), int(m_lines.size()),
          int(m_sections.size()));
}

void TestCatalogue::articleCopyIsIdentical()
{
    QStringList candidates;
    candidateArticlePath(&candidates);
    if (candidates.size() < 2 || !QFileInfo(candidates.at(0)).isFile() || !QFileInfo(candidates.at(1)).isFile())
        QSKIP("the shared article and its copy are not both available");
    QFile a(candidates.at(0));
    QFile b(candidates.at(1));
    QVERIFY(a.open(QIODevice::ReadOnly));
    QVERIFY(b.open(QIODevice::ReadOnly));
    QVERIFY2(a.readAll() == b.readAll(), "tests/data copy of the article differs from the shared article");
}

// Every stage names an article section, and every section with steps has a stage.
void TestCatalogue::sectionsHaveStages()
{
    for (const Stage& stage : m_catalogue.stages()) {
        QVERIFY(stage.kbSection);
        if (stage.id == StageId::SignOff)
            continue;
        const QString heading = QString::fromUtf8(stage.kbSection);
        QVERIFY2(section(heading),
                 qPrintable(QStringLiteral("stage %1: section \"%2\" is not in the article").arg(stage.key, heading)));
    }
    for (const Section& s : std::as_const(m_sections)) {
        const SectionContent content = parseSection(s);
        if (content.items.isEmpty())
            continue;
        bool found = false;
        for (const Stage& stage : m_catalogue.stages())
            found = found || QString::fromUtf8(stage.kbSection) == s.heading;
        QVERIFY2(found, qPrintable(QStringLiteral("section \"%1\" has steps but no stage").arg(s.heading)));
    }
}

void TestCatalogue::stepsFollowArticle_data()
{
    QTest::addColumn<QString>("stageKey");
    for (const Stage& stage : m_catalogue.stages()) {
        if (stage.id != StageId::SignOff)
            QTest::newRow(qPrintable(stage.key)) << stage.key;
    }
}

// The non-Text steps of a stage are exactly the items of its section: same order, ids, numbers,
// roles, parents and words.
void TestCatalogue::stepsFollowArticle()
{
    QFETCH(QString, stageKey);
    const Stage* stage = m_catalogue.stageByKey(stageKey);
    QVERIFY(stage);
    const Section* s = section(QString::fromUtf8(stage->kbSection));
    QVERIFY2(s, "stage section missing from the article");
    const SectionContent content = parseSection(*s);
    QVERIFY2(content.errors.isEmpty(), qPrintable(content.errors.join(QLatin1Char('\n'))));

    QList<const Step*> steps;
    for (const Step& step : stage->steps) {
        if (step.role != StepRole::Text)
            steps.append(&step);
    }

    // Structure first: a missing, extra, reordered or renumbered step shows as the first differing row.
    QStringList expected;
    for (const ArticleItem& item : content.items)
        expected << QStringLiteral("%1 [%2] %3 parent=%4")
                        .arg(item.expectedId(stageKey), item.number, roleName(item.role),
                             item.expectedParentId(stageKey));
    QStringList actual;
    for (const Step* step : std::as_const(steps))
        actual
            << QStringLiteral("%1 [%2] %3 parent=%4").arg(step->id, step->number, roleName(step->role), step->parentId);
    QCOMPARE(actual, expected);

    // Then the words.
    for (int i = 0; i < content.items.size(); ++i) {
        const ArticleItem& item = content.items.at(i);
        const QString text = catalogueText(steps.at(i)->text);
        QVERIFY2(text == item.text, qPrintable(QStringLiteral("%1 (article line %2):\n  catalogue: %3\n  article:   %4")
                                                   .arg(steps.at(i)->id)
                                                   .arg(item.line)
                                                   .arg(text, item.text)));
        if (item.role == StepRole::Note)
            QCOMPARE(steps.at(i)->kind, StepKind::Information);
    }
}

// Text steps of the procedure stages are the section's introduction paragraph.
void TestCatalogue::introParagraphs()
{
    for (const Stage& stage : m_catalogue.stages()) {
        if (stage.id == StageId::Start || stage.id == StageId::SignOff)
            continue;
        const Section* s = section(QString::fromUtf8(stage.kbSection));
        QVERIFY(s);
        const SectionContent content = parseSection(*s);
        QStringList expected;
        if (!content.intro.isEmpty())
            expected << content.intro;
        QStringList actual;
        for (const Step& step : stage.steps) {
            if (step.role == StepRole::Text)
                actual << catalogueText(step.text);
        }
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("stage %1:\n  catalogue: %2\n  article:   %3")
                                                    .arg(stage.key, actual.join(QStringLiteral(" | ")),
                                                         expected.join(QStringLiteral(" | ")))));
        if (!expected.isEmpty()) {
            QCOMPARE(stage.steps.first().role, StepRole::Text); // the introduction comes first
            QCOMPARE(stage.steps.first().id, stage.key + QStringLiteral(".intro"));
        }
    }
}

// The Start page: prerequisite, changes, obtaining, installation and release notes, as in the article.
void TestCatalogue::startStage()
{
    const Stage& start = m_catalogue.stage(StageId::Start);
    QCOMPARE(start.key, QStringLiteral("start"));

    auto paragraphOf = [this](const QString& heading) {
        const Section* s = section(heading);
        return s ? parseSection(*s).intro : QString();
    };
    const QList<QPair<QString, QString>> single = {
        {QStringLiteral("start.prerequisites"), QStringLiteral("Dependencies and Pre-Requisites")},
        {QStringLiteral("start.obtaining"), QStringLiteral("Obtaining")},
        {QStringLiteral("start.installation"), QStringLiteral("Installation")},
        {QStringLiteral("start.releasenotes"), QStringLiteral("Release Notes")},
    };
    QStringList ids;
    for (const Step& step : start.steps) {
        ids << step.id;
        QCOMPARE(step.role, StepRole::Text);
        QVERIFY(step.number.isEmpty());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("start.prerequisites"), QStringLiteral("start.changes"),
                               QStringLiteral("start.obtaining"), QStringLiteral("start.installation"),
                               QStringLiteral("start.releasenotes")}));
    for (const auto& [id, heading] : single) {
        const Step* step = m_catalogue.step(id);
        QVERIFY2(step, qPrintable(id));
        const QString expected = paragraphOf(heading);
        QVERIFY2(!expected.isEmpty(), qPrintable(heading));
        QVERIFY2(
            catalogueText(step->text) == expected,
            qPrintable(
                QStringLiteral("%1:\n  catalogue: %2\n  article:   %3").arg(id, catalogueText(step->text), expected)));
    }
    QCOMPARE(m_catalogue.step(QStringLiteral("start.prerequisites"))->kind, StepKind::AutomatedCheck);

    // "Changes": every bullet of the list, in order, in the one text.
    const Section* changes = section(QStringLiteral("Changes"));
    QVERIFY(changes);
    const QString changesText = catalogueText(m_catalogue.step(QStringLiteral("start.changes"))->text);
    int from = 0;
    int bullets = 0;
    for (const QString& line : changes->lines) {
        QString t = line.trimmed();
        if (!t.startsWith(QChar(0x2022)))
            continue;
        t = normalise(t.mid(1));
        const int at = changesText.indexOf(t, from);
        QVERIFY2(at >= 0,
                 qPrintable(QStringLiteral("start.changes lacks \"%1\" (after position %2)").arg(t).arg(from)));
        from = at + t.size();
        ++bullets;
    }
    QCOMPARE(bullets, 2);
}

void TestCatalogue::idsAreUniqueAndWellFormed()
{
    static const QRegularExpression numberRe(QStringLiteral("^\\d+$"));
    static const QRegularExpression subNumberRe(QStringLiteral("^(\\d+)[a-z]$"));
    QSet<QString> ids;
    for (const Stage& stage : m_catalogue.stages()) {
        QSet<QString> seenInStage; // ids of the steps before the current one
        QHash<QString, StepRole> roles;
        for (const Step& step : stage.steps) {
            const QString where = stage.key + QStringLiteral(": ") + step.id;
            QVERIFY2(!ids.contains(step.id), qPrintable(QStringLiteral("duplicate id ") + where));
            ids.insert(step.id);
            QVERIFY2(step.id.startsWith(stage.key + QLatin1Char('.')), qPrintable(where));
            QVERIFY2(step.text && *step.text, qPrintable(QStringLiteral("no text: ") + where));
            QVERIFY2(!step.translatedText().isEmpty(), qPrintable(where));
            switch (step.role) {
            case StepRole::Numbered:
                QVERIFY2(numberRe.match(step.number).hasMatch(), qPrintable(where));
                QCOMPARE(step.id, stage.key + QLatin1Char('.') + step.number);
                QVERIFY2(step.parentId.isEmpty(), qPrintable(where));
                break;
            case StepRole::SubStep: {
                const auto m = subNumberRe.match(step.number);
                QVERIFY2(m.hasMatch(), qPrintable(where));
                QCOMPARE(step.id, stage.key + QLatin1Char('.') + step.number);
                QCOMPARE(step.parentId, stage.key + QLatin1Char('.') + m.captured(1));
                QVERIFY2(seenInStage.contains(step.parentId),
                         qPrintable(QStringLiteral("parent %1 missing or after ").arg(step.parentId) + where));
                QCOMPARE(roles.value(step.parentId), StepRole::Numbered);
                break;
            }
            case StepRole::Important:
            case StepRole::Note:
            case StepRole::Text: {
                QVERIFY2(step.number.isEmpty(), qPrintable(where));
                const QString suffix = step.role == StepRole::Important ? QStringLiteral(".important")
                                       : step.role == StepRole::Note    ? QStringLiteral(".note")
                                                                        : QString();
                if (!suffix.isEmpty()) {
                    const QString owner = step.parentId.isEmpty() ? stage.key : step.parentId;
                    QCOMPARE(step.id, owner + suffix);
                }
                if (!step.parentId.isEmpty()) {
                    QVERIFY2(seenInStage.contains(step.parentId),
                             qPrintable(QStringLiteral("parent %1 missing or after ").arg(step.parentId) + where));
                }
                break;
            }
            }
            seenInStage.insert(step.id);
            roles.insert(step.id, step.role);
        }
    }
}

// The "Deploying New Features" table, row by row, against the article.
void TestCatalogue::features()
{
    const QList<FeatureRow>& rows = m_catalogue.features();
    QStringList versions;
    for (const FeatureRow& row : rows) {
        versions << row.version;
        QCOMPARE(row.id, QStringLiteral("features.") + row.version);
        QVERIFY(row.feature && *row.feature);
        QVERIFY(row.instruction && *row.instruction);
    }
    QCOMPARE(versions,
             (QStringList{QStringLiteral("2.0"), QStringLiteral("3.0"), QStringLiteral("4.0"), QStringLiteral("4.1")}));

    // Table rows in the article: "<version> <feature> <instruction>" after the header line.
    const Section* s = section(QStringLiteral("Deploying New Features"));
    QVERIFY(s);
    const SectionContent content = parseSection(*s);
    static const QRegularExpression rowRe(QStringLiteral("^(\\d+\\.\\d+) (.+)$"));
    QStringList articleRows;
    for (const QString& p : content.paragraphs) {
        if (rowRe.match(p).hasMatch())
            articleRows << p;
    }
    QCOMPARE(articleRows.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const FeatureRow& row = rows.at(i);
        const QString line = normalise(row.version + QLatin1Char(' ') + QString::fromUtf8(row.feature) +
                                       QLatin1Char(' ') + QString::fromUtf8(row.instruction));
        QVERIFY2(
            line == articleRows.at(i),
            qPrintable(QStringLiteral("%1:\n  catalogue: %2\n  article:   %3").arg(row.id, line, articleRows.at(i))));
    }
}

void TestCatalogue::featuresBetween()
{
    auto versionsOf = [](const QList<FeatureRow>& rows) {
        QStringList v;
        for (const FeatureRow& row : rows)
            v << row.version;
        return v;
    };
    QCOMPARE(versionsOf(m_catalogue.featuresBetween(QStringLiteral("3.0"), QStringLiteral("4.1"))),
             (QStringList{QStringLiteral("4.0"), QStringLiteral("4.1")}));
    QVERIFY(m_catalogue.featuresBetween(QStringLiteral("4.1"), QStringLiteral("4.1")).isEmpty());
    QCOMPARE(versionsOf(m_catalogue.featuresBetween(QStringLiteral("1.0"), QStringLiteral("4.0"))),
             (QStringList{QStringLiteral("2.0"), QStringLiteral("3.0"), QStringLiteral("4.0")}));
    QVERIFY(m_catalogue.featuresBetween(QString(), QStringLiteral("4.1")).isEmpty());
    QVERIFY(m_catalogue.featuresBetween(QStringLiteral("abc"), QStringLiteral("4.1")).isEmpty());
    QVERIFY(m_catalogue.featuresBetween(QStringLiteral("1.0"), QStringLiteral("x.y")).isEmpty());
    QVERIFY(m_catalogue.featuresBetween(QStringLiteral("1.0"), QString()).isEmpty());
}

void TestCatalogue::fixedIssues()
{
    const QList<FixedIssue>& issues = m_catalogue.fixedIssues();
    QStringList ids;
    for (const FixedIssue& issue : issues)
        ids << issue.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("APSA-5160"), QStringLiteral("APSA-5112"), QStringLiteral("APSA-5080"),
                               QStringLiteral("APSA-5079"), QStringLiteral("APSA-5246"), QStringLiteral("APSA-5168"),
                               QStringLiteral("APSA-5065")}));

    const Section* s = section(QStringLiteral("Fixed Issues"));
    QVERIFY(s);
    static const QRegularExpression issueRe(QStringLiteral("^(APSA-\\d+) (.+)$"));
    QStringList articleIds;
    QStringList articleTexts;
    for (const QString& line : s->lines) {
        const auto m = issueRe.match(line.trimmed());
        if (m.hasMatch()) {
            articleIds << m.captured(1);
            articleTexts << normalise(m.captured(2));
        }
    }
    QCOMPARE(ids, articleIds);
    for (int i = 0; i < issues.size(); ++i)
        QCOMPARE(catalogueText(issues.at(i).text), articleTexts.at(i));
}

void TestCatalogue::inputs()
{
    int inputSteps = 0;
    for (const Stage& stage : m_catalogue.stages()) {
        for (const Step& step : stage.steps) {
            if (step.kind != StepKind::Input) {
                // Other steps may offer optional values only (the MOSI overrides of 7e).
                for (const StepInput& in : step.inputs)
                    QVERIFY2(in.optional, qPrintable(step.id + QStringLiteral(" requires an input but is no Input step")));
                continue;
            }
            ++inputSteps;
            QVERIFY2(!step.inputs.isEmpty(), qPrintable(step.id));
            QSet<QString> keys;
            for (const StepInput& in : step.inputs) {
                QVERIFY2(!in.key.isEmpty(), qPrintable(step.id));
                QVERIFY2(!keys.contains(in.key), qPrintable(step.id + QStringLiteral(": duplicate key ") + in.key));
                keys.insert(in.key);
                QVERIFY2(in.label && *in.label, qPrintable(step.id + QStringLiteral(": no label for ") + in.key));
            }
        }
    }
    QCOMPARE(inputSteps, 6);

    auto keysOf = [this](const QString& id) {
        QStringList keys;
        if (const Step* step = m_catalogue.step(id)) {
            for (const StepInput& in : step->inputs)
                keys << in.key;
        }
        return keys;
    };
    QCOMPARE(keysOf(QStringLiteral("gateway.1e")), QStringList{QStringLiteral("mosiUrl")});
    QCOMPARE(keysOf(QStringLiteral("gateway.1g")), QStringList{QStringLiteral("ipAddress")});
    QCOMPARE(keysOf(QStringLiteral("gateway.4")),
             (QStringList{QStringLiteral("siteName"), QStringLiteral("siteIp"), QStringLiteral("iisOutput")}));
    QCOMPARE(keysOf(QStringLiteral("dispatcher.1a")), QStringList{QStringLiteral("dispatcherUrl")});
    QCOMPARE(keysOf(QStringLiteral("dispatcher.1c")), QStringList{QStringLiteral("ipAddress")});
    QCOMPARE(keysOf(QStringLiteral("dispatcher.4")),
             (QStringList{QStringLiteral("siteName"), QStringLiteral("siteIp"), QStringLiteral("iisOutput")}));
    const QStringList overrides{QStringLiteral("mosiBaseUrl"), QStringLiteral("mosiBillingId"),
                                QStringLiteral("mosiClientCertSubject")};
    QCOMPARE(keysOf(QStringLiteral("gateway.7e")), overrides);
    QCOMPARE(keysOf(QStringLiteral("dispatcher.7e")), overrides);
}

void TestCatalogue::stageKeys()
{
    const QList<StageId> order = {StageId::Start,        StageId::Gateway,       StageId::Dispatcher,
                                  StageId::Provisioning, StageId::PaApplication, StageId::NewFeatures,
                                  StageId::SignOff};
    const QStringList keys = {QStringLiteral("start"),        QStringLiteral("gateway"), QStringLiteral("dispatcher"),
                              QStringLiteral("provisioning"), QStringLiteral("paapp"),   QStringLiteral("features"),
                              QStringLiteral("signoff")};
    const QStringList titles = {QStringLiteral("Start"),
                                QStringLiteral("Office 365 Gateway"),
                                QStringLiteral("Office 365 Callbacks-Dispatcher"),
                                QStringLiteral("Provisioning Gateway Host"),
                                QStringLiteral("PA Application"),
                                QStringLiteral("New Features"),
                                QStringLiteral("Sign-off")};
    const QList<Stage>& stages = m_catalogue.stages();
    QCOMPARE(stages.size(), order.size());
    for (int i = 0; i < stages.size(); ++i) {
        const Stage& s = stages.at(i);
        QCOMPARE(s.id, order.at(i));
        QCOMPARE(s.key, keys.at(i));
        QCOMPARE(ProcedureCatalogue::stageKey(s.id), keys.at(i));
        QCOMPARE(m_catalogue.stage(s.id).key, keys.at(i));
        QCOMPARE(m_catalogue.stageByKey(keys.at(i)), &s);
        QVERIFY(s.title);
        QCOMPARE(s.translatedTitle(), titles.at(i));
        QVERIFY(!s.translatedSection().isEmpty());
        QCOMPARE(s.perGatewayApplication, s.id == StageId::Gateway);
    }
    QVERIFY(m_catalogue.stage(StageId::SignOff).steps.isEmpty());
    QCOMPARE(m_catalogue.stageByKey(QStringLiteral("nope")), nullptr);
    QCOMPARE(m_catalogue.stageByKey(QString()), nullptr);
}

void TestCatalogue::lookups()
{
    for (const Stage& stage : m_catalogue.stages()) {
        for (const Step& step : stage.steps)
            QCOMPARE(m_catalogue.step(step.id), &step);
    }
    auto stepOf = [this](const char* id) -> const Step& {
        static const Step missing;
        const Step* step = m_catalogue.step(QString::fromLatin1(id));
        return step ? *step : missing;
    };
    const Step* mosi = m_catalogue.step(QStringLiteral("gateway.1e"));
    QVERIFY(mosi);
    QCOMPARE(mosi->kind, StepKind::Input);
    QCOMPARE(mosi->number, QStringLiteral("1e"));
    QCOMPARE(mosi->parentId, QStringLiteral("gateway.1"));
    QCOMPARE(stepOf("gateway.1f").id, QStringLiteral("gateway.1f"));
    QCOMPARE(stepOf("gateway.1f").kind, StepKind::AutomatedCheck);
    QCOMPARE(stepOf("dispatcher.1b").kind, StepKind::AutomatedCheck);
    QCOMPARE(stepOf("gateway.1").id, QStringLiteral("gateway.1"));
    QCOMPARE(stepOf("gateway.1").kind, StepKind::Information);
    QVERIFY(!stepOf("gateway.1").needsAction());
    QCOMPARE(stepOf("dispatcher.important").role, StepRole::Important);
    QCOMPARE(stepOf("provisioning.3").number, QStringLiteral("3"));
    QCOMPARE(m_catalogue.step(QStringLiteral("nope")), nullptr);
    QCOMPARE(m_catalogue.step(QStringLiteral("gateway.99")), nullptr);
    QCOMPARE(m_catalogue.step(QString()), nullptr);
}

void TestCatalogue::minimumPaVersion()
{
    QCOMPARE(m_catalogue.minimumPaVersion(), QStringLiteral("5.4.4"));
    static const QRegularExpression requiresRe(QStringLiteral("requires POA (\\d+(?:\\.\\d+)*) or later"));
    const auto m = requiresRe.match(m_article);
    QVERIFY(m.hasMatch());
    QCOMPARE(m_catalogue.minimumPaVersion(), m.captured(1));

    static const QRegularExpression idRe(QStringLiteral("^Article ID: (\\d+)"));
    const auto id = idRe.match(m_lines.value(0));
    QVERIFY(id.hasMatch());
    QCOMPARE(m_catalogue.articleId(), id.captured(1));
}

QTEST_GUILESS_MAIN(TestCatalogue)

#include "tst_catalogue.moc"
