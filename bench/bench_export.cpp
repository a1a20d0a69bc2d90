// Export and autosave of a large session (bench/LargeSession: 4 gateway applications, every step
// with a note and, for checks, certificate evidence).
//
// Figures:
//  - the signed JSON+HTML+PDF export through ReportExportJob (the Sign-off page's path; the key in
//    a MemorySecretStore) against a bare QTextDocument -> QPdfWriter print of the same HTML (the
//    floor; target <= 2x);
//  - the worst lateness of a 1 ms timer on the GUI thread during that export (target <= 16 ms);
//  - one autosave (a change, then AutoSaver::flush) of the session, and how it grows at 2x and 4x
//    the size (8 and 16 gateway applications): target < 5 ms and linear (time per KB flat).
//
//   bench_export [--iterations N]      (default 10)

#include "BenchUtil.h"
#include "LargeSession.h"

#include "session/AutoSaver.h"
#include "report/Report.h"
#include "report/ReportExportJob.h"
#include "report/ReportHtml.h"
#include "report/ReportJson.h"
#include "report/ReportPdf.h"
#include "report/ReportSigner.h"
#include "net/SecretStore.h"
#include "session/Session.h"
#include "session/SessionStore.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace o365;

namespace
{

struct ExportRun {
    double ms = 0;
    double worstLagMs = 0;
    ReportExportJob::Outcome outcome;
};

ExportRun exportOnce(const Session& session, SecretStore* secrets, const QString& out)
{
    ExportRun r;
    ReportExportJob job(&session, secrets);
    QEventLoop loop;
    QObject::connect(&job, &ReportExportJob::finished, &loop, [&](const ReportExportJob::Outcome& o) {
        r.outcome = o;
        loop.quit();
    });
    bench::LagMeter lag;
    QElapsedTimer clock;
    lag.start();
    clock.start();
    ReportExportJob::Request request;
    request.out = out;
    request.sign = true;
    job.start(request);
    loop.exec();
    r.ms = clock.nsecsElapsed() / 1e6;
    r.worstLagMs = lag.stop();
    return r;
}

// The floor: the same HTML (QTextDocument flavour) printed by a bare QTextDocument to QPdfWriter.
double bareTextDocumentPdf(const QString& html, const QString& path)
{
    QElapsedTimer clock;
    clock.start();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&writer);
    return clock.nsecsElapsed() / 1e6;
}

double msOf(const std::function<void()>& f)
{
    QElapsedTimer clock;
    clock.start();
    f();
    return clock.nsecsElapsed() / 1e6;
}

struct SaveFigures {
    double medianMs = 0;
    qint64 bytes = 0;
    QList<double> samples;
    double serializeMs = 0; // of which the JSON itself (the rest: write, fsync, rename)
    double bareMs = 0;      // a bare QSaveFile of the same bytes
};

SaveFigures autosave(int gateways, int saves, const QString& dir)
{
    bench::LargeSession t = bench::LargeSession::make(gateways);
    const QString path = dir + QStringLiteral("/session-%1.json").arg(gateways);
    AutoSaver saver(t.session.get(), path, 300);
    t.session->setNote(QStringLiteral("signoff"), QStringLiteral("signoff.confirm"), QStringLiteral("first"));
    saver.flush(); // the first write creates the file
    SaveFigures f;
    for (int i = 0; i < saves; ++i) {
        t.session->setNote(QStringLiteral("signoff"), QStringLiteral("signoff.confirm"),
                           QStringLiteral("Reviewed with the customer, pass %1.").arg(i));
        f.samples << msOf([&saver] { saver.flush(); });
    }
    f.medianMs = bench::median(f.samples);
    QList<double> serialize;
    for (int i = 0; i < saves; ++i)
        serialize << msOf([&t] { SessionStore::serialize(*t.session); });
    f.serializeMs = bench::median(serialize);
    // The floor: the same bytes written atomically by a bare QSaveFile (write, fsync, rename).
    const QByteArray bytes = SessionStore::serialize(*t.session);
    QList<double> bare;
    for (int i = 0; i < saves; ++i) {
        bare << msOf([&] {
            QSaveFile file(path + QStringLiteral(".bare"));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
            file.commit();
        });
    }
    f.bareMs = bench::median(bare);
    f.bytes = QFileInfo(path).size();
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("o365.*=false"));
    const int n = bench::iterations(10);
    QTemporaryDir dir;

    bench::LargeSession large = bench::LargeSession::make(4);
    const Session& session = *large.session;
    QString error;
    const Report report = Report::fromSession(session, {}, &error);
    int reportRows = 0;
    for (const ReportStage& st : report.stages)
        for (const ReportScope& sc : st.scopes)
            reportRows += sc.steps.size();
    reportRows += report.features.size();

    MemorySecretStore secrets;
    // Warm-up: creates the signing key (first use), loads fonts.
    const ExportRun warm = exportOnce(session, &secrets, dir.path() + QStringLiteral("/warm/"));
    if (warm.outcome.exitCode != 0 || !warm.outcome.result.seal.isSigned()) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(warm.outcome.error));
        return 1;
    }
    ReportSeal seal = warm.outcome.result.seal;
    const QString html = ReportHtml::render(report, seal, ReportHtml::Flavor::TextDocument);
    bareTextDocumentPdf(html, dir.path() + QStringLiteral("/warm-floor.pdf"));

    QList<double> exportMs, exportLag, floorMs, jsonMs, htmlMs, pdfMs, signMs, idle;
    const ReportSigner signer = ReportSigner::generate();
    for (int i = 0; i < n; ++i) {
        const ExportRun r = exportOnce(session, &secrets, dir.path() + QStringLiteral("/run%1/").arg(i));
        if (r.outcome.exitCode != 0) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(r.outcome.error));
            return 1;
        }
        exportMs << r.ms;
        exportLag << r.worstLagMs;
        floorMs << bareTextDocumentPdf(html, dir.path() + QStringLiteral("/floor%1.pdf").arg(i));
        // Where the time goes (each part alone, on this thread).
        QByteArray json;
        jsonMs << msOf([&] { json = ReportJson::toBytes(Report::fromSession(session)); });
        signMs << msOf([&] { signer.sign(json); });
        htmlMs << msOf([&] { ReportHtml::render(report, seal); });
        pdfMs << msOf([&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            ReportPdf::write(report, seal, &buffer);
        });
        bench::LagMeter lag;
        QEventLoop loop;
        lag.start();
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
        idle << lag.stop();
    }
    qint64 pdfBytes = 0;
    for (const QString& f : warm.outcome.result.files)
        if (f.endsWith(QLatin1String(".pdf")))
            pdfBytes = QFileInfo(f).size();

    std::printf("Export: session with 4 gateway applications, %d report rows, %d stages; PDF %lld KB; %d runs "
                "(median)\n",
                reportRows, int(report.stages.size()), pdfBytes / 1024, n);
    bench::figure("export.signed_json_html_pdf", bench::median(exportMs), bench::median(floorMs), 2.0, "ms",
                  QStringLiteral("export [%1] ms; bare QTextDocument->QPdfWriter [%2] ms; parts (median): "
                                 "report+JSON %3, sign %4, HTML %5, PDF %6 ms")
                      .arg(bench::join(exportMs), bench::join(floorMs))
                      .arg(bench::median(jsonMs), 0, 'f', 1)
                      .arg(bench::median(signMs), 0, 'f', 2)
                      .arg(bench::median(htmlMs), 0, 'f', 1)
                      .arg(bench::median(pdfMs), 0, 'f', 1));
    bench::figure("export.gui_stall (worst during export)", bench::median(exportLag), 0, 16, "ms",
                  QStringLiteral("worst lateness per export [%1] ms; max %2 ms; idle event loop (floor) max %3 ms")
                      .arg(bench::join(exportLag, 2))
                      .arg(bench::maximum(exportLag), 0, 'f', 2)
                      .arg(bench::maximum(idle), 0, 'f', 2));

    const int saves = std::max(3, n * 3);
    const SaveFigures s1 = autosave(4, saves, dir.path());
    const SaveFigures s2 = autosave(8, saves, dir.path());
    const SaveFigures s4 = autosave(16, saves, dir.path());
    const double perKb1 = s1.medianMs / (s1.bytes / 1024.0);
    const double perKb4 = s4.medianMs / (s4.bytes / 1024.0);
    bench::figure("autosave.per_save (4 gateways)", s1.medianMs, 0, 5, "ms",
                  QStringLiteral("%1 saves of a %2 KB session: [%3] ms; of which serializing %4 ms (the rest: "
                                 "QSaveFile write, fsync, rename); a bare QSaveFile of the same bytes %5 ms (%6x)")
                      .arg(saves)
                      .arg(s1.bytes / 1024)
                      .arg(bench::join(s1.samples, 2))
                      .arg(s1.serializeMs, 0, 'f', 2)
                      .arg(s1.bareMs, 0, 'f', 2)
                      .arg(s1.medianMs / s1.bareMs, 0, 'f', 2));
    std::printf("  autosave growth: 1x %lld KB %.2f ms (serialize %.2f); 2x %lld KB %.2f ms (%.2f); 4x %lld KB %.2f ms "
                "(%.2f); ms per 100 KB: %.3f / %.3f / %.3f\n",
                s1.bytes / 1024, s1.medianMs, s1.serializeMs, s2.bytes / 1024, s2.medianMs, s2.serializeMs,
                s4.bytes / 1024, s4.medianMs, s4.serializeMs, 100 * perKb1, 100 * s2.medianMs / (s2.bytes / 1024.0),
                100 * perKb4);
    // Linear: the time per KB at 4x the size is no worse than at 1x (1.0 = exactly linear; fixed
    // costs per save make it smaller). Judged loosely: <= 1.3.
    bench::figure("autosave.growth (ms/100KB, 4x vs 1x)", 100 * perKb4, 100 * perKb1, 1.3, "ms");
    return 0;
}
