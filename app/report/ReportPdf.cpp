#include "ReportPdf.h"

#include "core/PrivateFile.h"
#include "report/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>
#include <QDir>
#include <QTextDocument>

namespace o365
{

bool ReportPdf::write(const Report& report, const ReportSeal& seal, QIODevice* device, QString* error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error)
            *error = tr("A PDF needs a QGuiApplication (run with QT_QPA_PLATFORM=offscreen on a server).");
        return false;
    }
    const ReportHeader& h = report.header;
    QPdfWriter writer(device);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 10, 14, 10),
                                     QPageLayout::Millimeter));
    writer.setTitle(tr("Office 365 Application upgrade report — %1 — %2").arg(h.customer, h.caseId));
    writer.setCreator(QStringLiteral("o365-upgrade-wizard %1").arg(h.toolVersion));

    const double mm = writer.resolution() / 25.4;
    const double width = writer.width();
    const double headerHeight = 11 * mm;
    const double footerHeight = 9 * mm;
    const double bodyHeight = writer.height() - headerHeight - footerHeight;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(8.5);
    // No ligatures ("ﬃ"), so that text copied from the PDF (and pdftotext) reads "Office", not "Oﬃce".
    base.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(base);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(wrap);
    doc.setHtml(ReportHtml::render(report, seal, ReportHtml::Flavor::TextDocument));
    doc.setPageSize(QSizeF(width, bodyHeight));
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("The PDF could not be started.");
        return false;
    }
    QFont small = base;
    small.setPointSizeF(8);
    QFont training = base;
    training.setPointSizeF(11);
    training.setBold(true);
    const QString headerLeft = tr("%1 — %2").arg(h.customer, h.caseId);
    const QString headerRight = report.stageFilter.isEmpty() ? tr("Office 365 Application upgrade report")
                                                             : tr("Stage report: %1").arg(report.stageFilter);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, headerHeight - page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, page * bodyHeight, width, bodyHeight);
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        if (!report.signOff.confirmed) { // an unconfirmed sign-off: DRAFT across every page
            painter.save();
            painter.translate(width / 2, headerHeight + bodyHeight / 2);
            painter.rotate(-30);
            QFont mark = base;
            mark.setPointSizeF(96);
            mark.setBold(true);
            painter.setFont(mark);
            painter.setPen(QColor(0xb0, 0x7d, 0x00, 0x30));
            painter.drawText(QRectF(-width, -bodyHeight / 4, 2 * width, bodyHeight / 2), Qt::AlignCenter, tr("DRAFT"));
            painter.restore();
        }

        const QRectF headerRect(0, 0, width, headerHeight - 2 * mm);
        painter.setPen(Qt::black);
        painter.setFont(small);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, headerLeft);
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, headerRight);
        if (h.training || !report.signOff.confirmed) {
            painter.setFont(training);
            painter.setPen(QColor(0xb0, 0x00, 0x20));
            painter.drawText(headerRect, Qt::AlignHCenter | Qt::AlignVCenter,
                             h.training && !report.signOff.confirmed ? tr("TRAINING · DRAFT")
                             : h.training                             ? tr("TRAINING")
                                                                      : tr("DRAFT"));
        }
        painter.setPen(QPen(QColor(0x2a, 0x4d, 0x7a), 0.3 * mm));
        painter.drawLine(QPointF(0, headerHeight - 2 * mm), QPointF(width, headerHeight - 2 * mm));

        const double footerTop = headerHeight + bodyHeight;
        painter.drawLine(QPointF(0, footerTop + 1.5 * mm), QPointF(width, footerTop + 1.5 * mm));
        const QRectF footerRect(0, footerTop + 2 * mm, width, footerHeight - 2 * mm);
        painter.setPen(Qt::black);
        painter.setFont(small);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                         seal.isSigned() ? tr("Signed, key %1").arg(seal.fingerprint.left(23) + QStringLiteral("…"))
                                         : tr("Not signed"));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        if (h.training) {
            painter.setFont(training);
            painter.setPen(QColor(0xb0, 0x00, 0x20));
            painter.drawText(footerRect, Qt::AlignHCenter | Qt::AlignVCenter, tr("TRAINING"));
        }
    }
    painter.end();
    return true;
}

bool ReportPdf::writeFile(const Report& report, const ReportSeal& seal, const QString& path, QString* error)
{
    // Laid out in memory first (a report's PDF is some hundred KB), then written as one file by the
    // one write path: QPdfWriter ignores a short write of its device, so a PDF streamed to a
    // QSaveFile could be committed cut short when the disk is full.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!write(report, seal, &buffer, error))
        return false;
    const PrivateFile::WriteResult w = PrivateFile::write(path, buffer.data());
    if (!w.ok() && error)
        *error = w.message(path);
    return w.ok();
}

} // namespace o365
