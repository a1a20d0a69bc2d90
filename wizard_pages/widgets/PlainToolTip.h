#pragma once

#include <QString>

namespace o365 {

// A tooltip that shows `text` as it is. Qt renders a tooltip as rich text when it merely looks
// like HTML, so text from a host, a file or a session (a check's detail, a name) is escaped and
// its line breaks kept.
inline QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<qt>%1</qt>").arg(html);
}

} // namespace o365
