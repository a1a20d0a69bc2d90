#include "ReportHtml.h"

#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace o365
{

namespace
{

QString css(ReportHtml::Flavor flavor)
{
    if (flavor == ReportHtml::Flavor::TextDocument) {
        return QStringLiteral("body{font-family:sans-serif;font-size:9pt;}"
                              "h1{font-size:15pt;} h2{font-size:12pt;margin-top:12px;} h3{font-size:10pt;}"
                              "td,th{vertical-align:top;}"
                              "th{background-color:#e8ecf1;text-align:left;}"
                              ".training{background-color:#b00020;color:#ffffff;font-weight:bold;font-size:13pt;}"
                              ".draft{background-color:#fff1c2;color:#6b4400;font-weight:bold;font-size:12pt;}"
                              ".failed{color:#b00020;font-weight:bold;} .passed,.done{color:#1b6e20;}"
                              ".warning,.overridden{color:#8a5a00;} .muted{color:#555555;}"
                              ".mono{font-family:monospace;}");
    }
    return QStringLiteral(
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:14px;color:#1a1a1a;"
        "max-width:1100px;margin:1.5em auto;padding:0 1em;line-height:1.4}"
        "h1{font-size:1.6em;margin-bottom:.2em} h2{font-size:1.25em;margin-top:1.6em;border-bottom:2px solid #2a4d7a;"
        "padding-bottom:.2em} h3{font-size:1.05em;margin-top:1.2em}"
        "table{border-collapse:collapse;width:100%;margin:.5em 0} td,th{border:1px solid #c8ced6;padding:4px 6px;"
        "vertical-align:top;text-align:left} th{background:#e8ecf1}"
        "table.header th{width:14em} .num{width:3.5em;white-space:nowrap} .state{width:8em}"
        ".training{background:#b00020;color:#fff;font-weight:bold;font-size:1.3em;text-align:center;padding:.4em;"
        "letter-spacing:.2em;margin:.5em 0}"
        ".draft{background:#fff1c2;color:#6b4400;border:2px solid #b07d00;font-weight:bold;text-align:center;"
        "padding:.4em;margin:.5em 0}"
        "body.draft-report::before{content:'DRAFT';position:fixed;top:35%;left:0;right:0;text-align:center;"
        "font-size:12em;font-weight:bold;color:rgba(176,125,0,.10);transform:rotate(-30deg);pointer-events:none;"
        "z-index:-1}"
        ".seal{background:#f3f6fa;border:1px solid #c8ced6;padding:.5em .8em;margin:1em 0}"
        ".failed{color:#b00020;font-weight:bold} .passed,.done{color:#1b6e20} .warning,.overridden{color:#8a5a00}"
        ".open{color:#2a4d7a} .muted{color:#555} .mono,code,pre{font-family:ui-monospace,Consolas,monospace;"
        "font-size:.92em} pre{white-space:pre-wrap;word-break:break-all;margin:.2em 0}"
        ".check{border-left:3px solid #c8ced6;padding-left:.5em;margin:.3em 0} .check-failed{border-color:#b00020}"
        "a{color:#0b57d0}"
        "@media print{body{max-width:none;margin:0;font-size:10pt} a{color:inherit}"
        " h2{page-break-after:avoid;break-after:avoid} tr,.check{page-break-inside:avoid;break-inside:avoid}"
        " .training{-webkit-print-color-adjust:exact;print-color-adjust:exact;position:running(banner)}"
        " @page{margin:15mm}}");
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(ReportHtml::escape(label), valueHtml);
}

QString scalarText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array: {
        QStringList parts;
        bool scalars = true;
        for (const QJsonValue& x : v.toArray()) {
            if (x.isObject() || x.isArray())
                scalars = false;
            parts.append(x.isObject() || x.isArray() ? QString() : scalarText(x));
        }
        if (scalars)
            return parts.join(QStringLiteral(", "));
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    default:
        return {};
    }
}

void flatten(const QJsonObject& o, const QString& prefix, QList<QPair<QString, QString>>* out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, out);
        else
            out->append({key, scalarText(it.value())});
    }
}

QString checkHtml(const CheckResult& c)
{
    const QString status = toString(c.status);
    QString h = QStringLiteral("<div class=\"check check-%1\">").arg(ReportHtml::escape(status));
    h += QStringLiteral("<b class=\"%1\">%2</b> <span class=\"mono\">%3</span> <span class=\"muted\">(%4, %5)</span>")
             .arg(ReportHtml::escape(status), ReportHtml::escape(ReportHtml::checkStatusLabel(c.status)),
                  ReportHtml::escape(c.checkId), ReportHtml::escape(toString(c.severity)),
                  ReportHtml::escape(toString(c.phase)));
    h += QStringLiteral("<br>%1").arg(ReportHtml::escapeLinks(c.message));
    if (!c.detail.isEmpty())
        h += QStringLiteral("<br><span class=\"muted\">%1</span>").arg(ReportHtml::escapeLinks(c.detail));
    QList<QPair<QString, QString>> evidence;
    flatten(c.evidence, QString(), &evidence);
    if (!evidence.isEmpty()) {
        h += QStringLiteral("<br><i>%1</i>").arg(ReportHtml::escape(ReportHtml::tr("Evidence:")));
        for (const auto& e : evidence)
            h += QStringLiteral("<br><span class=\"mono\">%1</span>: %2")
                     .arg(ReportHtml::escape(e.first), ReportHtml::escapeLinks(e.second));
    }
    h += QStringLiteral("<br><span class=\"muted\">%1</span>")
             .arg(ReportHtml::escape(
                 ReportHtml::tr("Run at %1, %2 ms").arg(isoTimestamp(c.startedAt)).arg(c.durationMs)));
    h += QStringLiteral("</div>");
    return h;
}

QString byAt(const QString& by, const QString& at)
{
    if (by.isEmpty() && at.isEmpty())
        return {};
    return ReportHtml::tr("%1 at %2").arg(by.isEmpty() ? ReportHtml::tr("(unknown)") : by, at);
}

QString preformatted(const QString& text, ReportHtml::Flavor flavor)
{
    if (flavor == ReportHtml::Flavor::TextDocument)
        return QStringLiteral("<br><span class=\"mono\">%1</span>").arg(ReportHtml::escape(text));
    return QStringLiteral("<pre>%1</pre>").arg(text.toHtmlEscaped());
}

QString stepRecordHtml(const ReportStep& s, ReportHtml::Flavor flavor)
{
    QStringList parts;
    if (!s.notApplicableReason.isEmpty())
        parts.append(QStringLiteral("<span class=\"muted\">%1</span>").arg(ReportHtml::escape(s.notApplicableReason)));
    if (s.confirmed)
        parts.append(ReportHtml::escape(ReportHtml::tr("Confirmed by %1").arg(byAt(s.confirmedBy, s.confirmedAt))));
    for (auto it = s.values.cbegin(); it != s.values.cend(); ++it) {
        if (it.value().contains(QLatin1Char('\n')))
            parts.append(QStringLiteral("<span class=\"mono\">%1</span>:%2")
                             .arg(ReportHtml::escape(it.key()), preformatted(it.value(), flavor)));
        else
            parts.append(QStringLiteral("<span class=\"mono\">%1</span>: %2")
                             .arg(ReportHtml::escape(it.key()), ReportHtml::escapeLinks(it.value())));
    }
    if (!s.note.isEmpty())
        parts.append(QStringLiteral("<i>%1</i> %2")
                         .arg(ReportHtml::escape(ReportHtml::tr("Note:")), ReportHtml::escapeLinks(s.note)));
    if (!s.overrideJustification.isEmpty())
        parts.append(QStringLiteral("<b class=\"overridden\">%1</b> %2 <span class=\"muted\">(%3)</span>")
                         .arg(ReportHtml::escape(ReportHtml::tr("Overridden:")),
                              ReportHtml::escapeLinks(s.overrideJustification),
                              ReportHtml::escape(byAt(s.overrideBy, s.overrideAt))));
    if (s.hasCommand) {
        if (!s.command.isEmpty())
            parts.append(QStringLiteral("<i>%1</i>%2")
                             .arg(ReportHtml::escape(ReportHtml::tr("Command:")), preformatted(s.command, flavor)));
        for (const QString& e : s.commandErrors)
            parts.append(QStringLiteral("<span class=\"muted\">%1</span>")
                             .arg(ReportHtml::escape(ReportHtml::tr("Command not built: %1").arg(e))));
    }
    for (const CheckResult& c : s.checks)
        parts.append(checkHtml(c));
    return parts.join(QStringLiteral("<br>"));
}

} // namespace

QString ReportHtml::escape(const QString& text)
{
    QString e = text.toHtmlEscaped();
    e.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    e.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return e;
}

QString ReportHtml::escapeLinks(const QString& text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"']+"));
    QString out;
    qsizetype last = 0;
    auto it = url.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString link = m.captured(0);
        while (!link.isEmpty() && QStringLiteral(".,;:)]").contains(link.back()))
            link.chop(1);
        out += escape(text.mid(last, m.capturedStart(0) - last));
        const QString e = link.toHtmlEscaped();
        out += QStringLiteral("<a href=\"%1\">%1</a>").arg(e);
        last = m.capturedStart(0) + link.size();
    }
    out += escape(text.mid(last));
    return out;
}

QString ReportHtml::stateLabel(const QString& state)
{
    if (state == QLatin1String("info"))
        return tr("Information");
    if (state == QLatin1String("open"))
        return tr("Open");
    if (state == QLatin1String("done"))
        return tr("Done");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("overridden"))
        return tr("Overridden");
    if (state == QLatin1String("notApplicable"))
        return tr("Not applicable");
    return state;
}

QString ReportHtml::checkStatusLabel(CheckStatus status)
{
    switch (status) {
    case CheckStatus::NotRun:
        return tr("Not run");
    case CheckStatus::Running:
        return tr("Running");
    case CheckStatus::Passed:
        return tr("Passed");
    case CheckStatus::Warning:
        return tr("Warning");
    case CheckStatus::Failed:
        return tr("Failed");
    case CheckStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString ReportHtml::render(const Report& report, const ReportSeal& seal, Flavor flavor)
{
    const ReportHeader& h = report.header;
    const bool doc = flavor == Flavor::TextDocument;
    const QString tableOpen =
        doc ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"")
            : QStringLiteral("<table");
    const QString title = tr("Office 365 Application upgrade report — %1 — %2").arg(h.customer, h.caseId);
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%1</title>\n<style>%2</style>\n</head>\n<body%3>\n")
               .arg(escape(title), css(flavor),
                    report.signOff.confirmed ? QString() : QStringLiteral(" class=\"draft-report\""));
    const QString trainingBanner =
        doc ? QStringLiteral("<table width=\"100%\" cellpadding=\"4\"><tr><td class=\"training\" align=\"center\">%1"
                             "</td></tr></table>\n")
            : QStringLiteral("<div class=\"training\">%1</div>\n");
    const QString draftBanner =
        doc ? QStringLiteral("<table width=\"100%\" cellpadding=\"4\"><tr><td class=\"draft\" align=\"center\">%1"
                             "</td></tr></table>\n")
            : QStringLiteral("<div class=\"draft\">%1</div>\n");
    // What the report is comes first: training, draft, the title; the details after.
    if (h.training)
        out += trainingBanner.arg(escape(tr("TRAINING — practice session, not a real upgrade")));
    if (!report.signOff.confirmed)
        out += draftBanner.arg(escape(tr("DRAFT — not signed off: the engineer has not confirmed the sign-off of this "
                                         "upgrade")));
    out += QStringLiteral("<h1>%1</h1>\n").arg(escape(tr("Office 365 Application upgrade report")));
    out += QStringLiteral("<p class=\"muted\">%1</p>\n")
               .arg(escape(report.stageFilter.isEmpty()
                               ? tr("KB %1 — the whole session").arg(h.articleId)
                               : tr("KB %1 — stage report: %2").arg(h.articleId, report.stageFilter)));
    if (!report.plainHttpAcknowledgements.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(escape(tr("PA API over plain http")));
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(escape(tr("The PA API password and answers crossed the network unencrypted to these hosts, "
                                  "with the engineer's agreement.")));
        out += tableOpen + QStringLiteral(">\n<tr><th>%1</th><th>%2</th></tr>\n")
                               .arg(escape(tr("Host")), escape(tr("Agreed")));
        for (const ReportPlainHttpAcknowledgement& a : report.plainHttpAcknowledgements)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(escape(a.host), escape(byAt(a.by, a.at)));
        out += QStringLiteral("</table>\n");
    }

    out += tableOpen + QStringLiteral(" class=\"header\">\n");
    out += row(tr("Customer"), escape(h.customer));
    out += row(tr("Case"), escape(h.caseId));
    out += row(tr("Engineer"), escape(h.engineer));
    out += row(tr("PA version"), escape(h.paVersion));
    out += row(tr("Application version"), escape(tr("%1 → %2").arg(h.installedVersion, h.targetVersion)));
    out += row(tr("Package"),
               escape(h.packageVersion.isEmpty() ? h.packageFile : tr("%1 (%2)").arg(h.packageVersion, h.packageFile)));
    out += row(tr("Package SHA-256"), QStringLiteral("<span class=\"mono\">%1</span>").arg(escape(h.packageSha256)));
    out +=
        row(tr("Topology"), escape(h.topology == QLatin1String("single") ? tr("Single Office 365 Gateway Application")
                                   : h.topology == QLatin1String("separate")
                                       ? tr("Separate Office 365 Gateway and Callbacks-Dispatcher")
                                       : h.topology));
    out += row(tr("Tool version"), escape(h.toolVersion));
    out += row(tr("Session"), escape(tr("%1 — started %2, last change %3").arg(h.sessionId, h.createdAt, h.updatedAt)));
    out += row(tr("Time zone"), escape(h.timeZone));
    if (!h.logFile.isEmpty())
        out += row(tr("Session log"), tr("%1 — SHA-256 %2")
                                          .arg(escape(h.logFile),
                                               QStringLiteral("<span class=\"mono\">%1</span>").arg(escape(h.logSha256))));
    out += row(tr("Training"), escape(h.training ? tr("yes (TRAINING)") : tr("no")));
    out += QStringLiteral("</table>\n");

    out += doc ? QStringLiteral("<p>") : QStringLiteral("<div class=\"seal\">");
    out += QStringLiteral("<b>%1</b> <span class=\"mono\">%2</span><br>")
               .arg(escape(tr("SHA-256 of the report's JSON:")), escape(seal.jsonSha256));
    if (seal.isSigned()) {
        out +=
            QStringLiteral("<b>%1</b> <span class=\"mono\">%2</span>")
                .arg(escape(tr("Signed (Ed25519) by %1, key fingerprint:").arg(h.engineer)), escape(seal.fingerprint));
    } else {
        out += QStringLiteral("<b class=\"failed\">%1</b>").arg(escape(tr("Not signed.")));
        if (!seal.notSignedReason.isEmpty())
            out += QStringLiteral(" %1").arg(escape(seal.notSignedReason));
    }
    out += doc ? QStringLiteral("</p>\n") : QStringLiteral("</div>\n");

    for (const ReportStage& st : report.stages) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(escape(st.title));
        if (st.kbSection != st.title)
            out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(escape(tr("KB section: %1").arg(st.kbSection)));
        if (st.skipped)
            out += QStringLiteral("<p><b class=\"overridden\">%1</b> %2 <span class=\"muted\">(%3)</span></p>\n")
                       .arg(escape(tr("Stage skipped:")), escape(st.skipReason), escape(st.skippedAt));
        for (const ReportScope& sc : st.scopes) {
            if (st.scopes.size() > 1 || sc.scope.startsWith(QLatin1String("gateway/")))
                out += QStringLiteral("<h3>%1</h3>\n").arg(escape(sc.label));
            if (sc.steps.isEmpty())
                continue;
            out += tableOpen +
                   QStringLiteral(">\n<tr><th class=\"num\" width=\"5%\">%1</th><th width=\"35%\">%2</th>"
                                  "<th class=\"state\" width=\"13%\">%3</th><th width=\"47%\">%4</th></tr>\n")
                       .arg(escape(tr("No.")), escape(tr("KB step")), escape(tr("State")), escape(tr("Record")));
            for (const ReportStep& s : sc.steps) {
                out += QStringLiteral("<tr><td class=\"num\">%1</td><td>%2</td><td class=\"state %3\">%4</td>"
                                      "<td>%5</td></tr>\n")
                           .arg(escape(s.number.isEmpty() ? QStringLiteral("–") : s.number), escapeLinks(s.text),
                                escape(s.state), escape(stateLabel(s.state)), stepRecordHtml(s, flavor));
            }
            out += QStringLiteral("</table>\n");
        }
        if (st.key == QLatin1String("features") && report.includesFeatures) {
            if (report.features.isEmpty()) {
                out +=
                    QStringLiteral("<p>%1</p>\n")
                        .arg(escape(tr("No new features between %1 and %2.").arg(h.installedVersion, h.targetVersion)));
            } else {
                out += tableOpen + QStringLiteral(">\n<tr><th class=\"num\">%1</th><th>%2</th><th>%3</th><th>%4</th>"
                                                  "</tr>\n")
                                       .arg(escape(tr("Version")), escape(tr("Feature")), escape(tr("Instruction")),
                                            escape(tr("Deployed or deferred")));
                for (const ReportFeature& f : report.features) {
                    QString status = f.status == QLatin1String("deployed")   ? tr("Deployed")
                                     : f.status == QLatin1String("deferred") ? tr("Deferred")
                                                                             : tr("Not recorded");
                    QString cell = QStringLiteral("<b>%1</b>").arg(escape(status));
                    if (!f.by.isEmpty() || !f.at.isEmpty())
                        cell += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(escape(byAt(f.by, f.at)));
                    if (!f.reason.isEmpty())
                        cell += QStringLiteral("<br>%1").arg(escapeLinks(f.reason));
                    if (!f.note.isEmpty())
                        cell += QStringLiteral("<br><i>%1</i> %2").arg(escape(tr("Note:")), escapeLinks(f.note));
                    out += QStringLiteral("<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                               .arg(escape(f.version), escape(f.feature), escapeLinks(f.instruction), cell);
                }
                out += QStringLiteral("</table>\n");
            }
        }
        if (st.key == QLatin1String("signoff") && report.includesSignOff) {
            const ReportSignOff& so = report.signOff;
            out += QStringLiteral("<p>%1</p>\n")
                       .arg(so.confirmed
                                ? escape(tr("Signed off by %1.").arg(byAt(so.by, so.at)))
                                : QStringLiteral("<b class=\"open\">%1</b>").arg(escape(tr("Not signed off yet."))));
            if (!so.note.isEmpty())
                out += QStringLiteral("<p><i>%1</i> %2</p>\n").arg(escape(tr("Note:")), escapeLinks(so.note));
        }
    }

    out += QStringLiteral("<h2>%1</h2>\n").arg(escape(tr("Accepted certificate exceptions")));
    if (report.certificateExceptions.isEmpty()) {
        out += QStringLiteral("<p>%1</p>\n").arg(escape(tr("None.")));
    } else {
        out += tableOpen + QStringLiteral(">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                               .arg(escape(tr("Host")), escape(tr("Certificate")), escape(tr("Why not trusted")),
                                    escape(tr("Accepted")));
        for (const ReportCertificateException& c : report.certificateExceptions)
            out += QStringLiteral("<tr><td>%1</td><td>%2<br><span class=\"mono\">SHA-256 %3</span></td><td>%4</td>"
                                  "<td>%5</td></tr>\n")
                       .arg(escape(c.host), escape(c.subject), escape(c.sha256),
                            escape(c.problems.join(QLatin1Char('\n'))), escape(byAt(c.by, c.at)));
        out += QStringLiteral("</table>\n");
    }
    if (h.training)
        out += trainingBanner.arg(escape(tr("TRAINING — practice session, not a real upgrade")));
    out += QStringLiteral("<p class=\"muted\">%1</p>\n")
               .arg(escape(tr("Generated by %1 %2. Verify: openssl pkeyutl -verify -pubin -inkey NAME.pub.pem "
                              "-rawin -in NAME.json -sigfile NAME.json.sig")
                               .arg(QStringLiteral("o365-upgrade-wizard"), h.toolVersion)));
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace o365
