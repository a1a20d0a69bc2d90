#include "PearList.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace o365
{

namespace
{

QString excerpt(const QString& line)
{
    const QString t = line.trimmed();
    return t.size() > 120 ? t.left(117) + QStringLiteral("...") : t;
}

} // namespace

QString PearList::stripTerminalCodes(const QString& text)
{
    // CSI sequences (ESC [ … final byte: bold ESC[1m … ESC[m on a terminal), other ESC sequences, and
    // the C0 controls but tab, line feed and carriage return.
    static const QRegularExpression csi(QStringLiteral("\x1b\\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\\\-_]|\x9b[0-?]*[ -/]*[@-~]"));
    QString out = text;
    out.remove(csi);
    QString clean;
    clean.reserve(out.size());
    for (QChar c : std::as_const(out)) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        if (u == 0x7f)
            continue;
        clean += c;
    }
    return clean;
}

PearList PearList::parse(const QString& text)
{
    static const QRegularExpression header(QStringLiteral("installed packages,\\s*channel\\s+(\\S+?)\\s*:\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rule(QStringLiteral("^\\s*=+\\s*$"));
    static const QRegularExpression heading(QStringLiteral("^\\s*package\\s+version\\s+state\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression row(QStringLiteral("^\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*$"));
    static const QRegularExpression none(
        QStringLiteral("^\\s*\\(no packages installed(?: from channel (\\S+?))?\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notFound(
        QStringLiteral("\\bpear\\b.*(command not found|not found|no such file or directory|is not recognized)"),
        QRegularExpression::CaseInsensitiveOption);

    // PHP's diagnostics can appear anywhere, inside the table too (old PEAR on a newer PHP): skipped,
    // and kept, instead of ending the table there (which lost the rows below them).
    static const QRegularExpression phpDiagnostic(
        QStringLiteral("^\\s*(PHP\\s+)?(Warning|Notice|Strict Standards|Deprecated|Fatal error|Parse error)\\s*:"),
        QRegularExpression::CaseInsensitiveOption);

    PearList list;
    QString normalised = stripTerminalCodes(text);
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines;
    for (const QString& line : normalised.split(QLatin1Char('\n'))) {
        if (phpDiagnostic.match(line).hasMatch()) {
            if (list.phpDiagnostics.size() < 20)
                list.phpDiagnostics << excerpt(line);
            continue;
        }
        lines << line;
    }

    int sections = 0;
    bool empty = false;
    QString firstOther;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (const auto m = none.match(line); m.hasMatch()) {
            empty = true;
            if (list.channel.isEmpty())
                list.channel = m.captured(1);
            continue;
        }
        const auto h = header.match(line);
        if (!h.hasMatch()) {
            if (notFound.match(line).hasMatch()) {
                list.message = tr("pear is not installed there, or not on the PATH: \"%1\". Install PEAR (for "
                                  "example the php-pear package, or go-pear) and run pear list again.")
                                   .arg(excerpt(line));
                return list;
            }
            if (firstOther.isEmpty())
                firstOther = line;
            continue;
        }
        ++sections;
        const QString channel = h.captured(1);
        if (list.channel.isEmpty())
            list.channel = channel;
        int j = i + 1;
        auto skipBlank = [&] {
            while (j < lines.size() && lines.at(j).trimmed().isEmpty())
                ++j;
        };
        skipBlank();
        if (j < lines.size() && rule.match(lines.at(j)).hasMatch()) {
            ++j;
            skipBlank();
        }
        if (j < lines.size() && none.match(lines.at(j)).hasMatch()) { // an empty section
            empty = true;
            i = j;
            continue;
        }
        if (j >= lines.size() || !heading.match(lines.at(j)).hasMatch()) {
            list.message = tr("The output of pear list stops after its header \"%1\": the \"Package Version State\" "
                              "table is missing. Copy the complete output and try again.")
                               .arg(excerpt(line));
            list.packages.clear();
            return list;
        }
        ++j;
        int rows = 0;
        for (; j < lines.size(); ++j) {
            const auto r = row.match(lines.at(j));
            if (!r.hasMatch() || header.match(lines.at(j)).hasMatch())
                break; // a blank line, a prompt, the next section
            list.packages.append(PearPackage{r.captured(1), r.captured(2), r.captured(3), channel});
            ++rows;
        }
        if (rows == 0) {
            list.message = tr("The output of pear list has a package table with no rows (channel %1): it looks cut "
                              "off. Copy the complete output and try again.")
                               .arg(channel);
            list.packages.clear();
            return list;
        }
        i = j - 1;
    }
    if (sections == 0 && !empty) {
        if (firstOther.isEmpty())
            list.message = tr("The output of pear list is empty. Run pear list and copy all it prints.");
        else
            list.message = tr("This is not the output of pear list: it has no \"Installed packages, channel ...:\" "
                              "header. It begins with \"%1\".")
                               .arg(excerpt(firstOther));
        return list;
    }
    list.ok = true;
    return list;
}

bool PearList::has(const QString& name) const
{
    for (const PearPackage& p : packages) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString PearList::version(const QString& name) const
{
    for (const PearPackage& p : packages) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p.version;
    }
    return {};
}

QJsonObject PearList::toJson() const
{
    QJsonArray array;
    for (const PearPackage& p : packages) {
        array.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("version"), p.version},
                                 {QStringLiteral("state"), p.state},
                                 {QStringLiteral("channel"), p.channel}});
    }
    return QJsonObject{{QStringLiteral("channel"), channel}, {QStringLiteral("packages"), array}};
}

} // namespace o365
