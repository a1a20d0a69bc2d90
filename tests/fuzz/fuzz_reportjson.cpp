// ReportJson::fromBytes — what --verify and --review read from a report someone sent — then the
// report rendered as HTML. Invariants: a refused report says why; an accepted one is a fixed point
// of the canonical form (read, written, read and written again: the same bytes), and its HTML holds
// no markup of its own: no <script>, no element the renderer does not write, and every link an
// http(s) address.

#include "FuzzCommon.h"

#include "report/Report.h"
#include "report/ReportHtml.h"
#include "report/ReportJson.h"

#include <QRegularExpression>

using o365::Report;
using o365::ReportHtml;
using o365::ReportJson;

namespace
{

void assertHtmlIsOurs(const QString& html)
{
    FUZZ_ASSERT(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    FUZZ_ASSERT(!html.contains(QLatin1String("<iframe"), Qt::CaseInsensitive));
    FUZZ_ASSERT(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    // Every href the renderer writes is an escaped http(s) address or an anchor in the page.
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        FUZZ_ASSERT(target.startsWith(QLatin1String("http://")) || target.startsWith(QLatin1String("https://")) ||
                    target.startsWith(QLatin1Char('#')));
    }
    // No attribute a text could open: an event handler needs an element the text cannot write.
    static const QRegularExpression handler(QStringLiteral("<[a-z][^>]*\\son[a-z]+\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    FUZZ_ASSERT(!handler.match(html).hasMatch());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    Report report;
    QString error;
    if (!ReportJson::fromBytes(bytes, &report, &error)) {
        FUZZ_ASSERT(!error.isEmpty());
        return 0;
    }
    const QByteArray canonical = ReportJson::toBytes(report);
    Report again;
    FUZZ_ASSERT(ReportJson::fromBytes(canonical, &again, &error));
    FUZZ_ASSERT(ReportJson::toBytes(again) == canonical);

    o365::ReportSeal seal;
    seal.jsonSha256 = QStringLiteral("0123abcd");
    seal.notSignedReason = QStringLiteral("fuzz");
    assertHtmlIsOurs(ReportHtml::render(report, seal, ReportHtml::Flavor::Browser));
    assertHtmlIsOurs(ReportHtml::render(report, seal, ReportHtml::Flavor::TextDocument));
    return 0;
}
