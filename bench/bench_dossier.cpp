// Dossier benchmark (issue: approval dossier): one procedure's PDF + DOCX + XLSX (target
// ≤ 1 s) and a batch of 150 procedures on every core (target ≤ 60 s on 2 cores). The
// procedure is the driver-licence sample (11 + 13 steps, two charts that are laid out by the
// tthc-layout worker first, as a fresh import has no geometry); the batch holds 150 copies
// under different codes. Also prints where the time of one dossier goes. Not a test.
#include "chartrenderer.h"
#include "docxwriter.h"
#include "dossierexporter.h"
#include "pagelayout.h"
#include "pdfwriter.h"
#include "spreadsheetwriter.h"
#include "tthcjson.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>

using namespace tthc;

namespace {
double ms(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int batch = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 150;
    const int runs = 7;

    QFile f(QStringLiteral(BENCH_SOURCE_DIR "/../templates/sample-workspace.json"));
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const auto imported = TthcJson::import(f.readAll());
    Workspace ws = imported.workspace;
    const QString code = QStringLiteral("1.002804");
    const DossierSettings settings = DossierSettings::of(ws);
    QTemporaryDir dir;

    // One procedure, all three formats, as the command line and the dialog run it.
    QList<double> one;
    for (int i = 0; i < runs; ++i) {
        DossierExporter exporter(ws, settings);
        QElapsedTimer t;
        t.start();
        auto r = exporter.run({DossierTarget::procedure(code)}, DossierFormats{}, dir.path());
        one << ms(t);
        if (!r.ok() || !r.value().first().ok()) {
            out << "export failed: " << (r.ok() ? r.value().first().error : r.error()) << '\n';
            return 1;
        }
    }
    out << "one procedure, PDF + DOCX + XLSX (median of " << runs << "): " << median(one) << " ms (target <= 1000 ms)\n";

    // Where the time goes (one run, one thread).
    {
        QElapsedTimer t;
        t.start();
        ChartRenderer charts(ws);
        auto asIs = charts.figure(ProcessRef::procedure(code, Which::AsIs));
        auto toBe = charts.figure(ProcessRef::procedure(code, Which::ToBe));
        const double draw = ms(t);
        DossierExporter exporter(ws, settings);
        t.restart();
        auto doc = exporter.document(DossierTarget::procedure(code));
        const double build = ms(t) - draw;
        t.restart();
        report::PageLayout layout(doc.value());
        const double lay = ms(t);
        t.restart();
        (void)PdfWriter::write(doc.value(), dir.filePath(QStringLiteral("a.pdf")));
        const double pdf = ms(t);
        t.restart();
        (void)DocxWriter::write(doc.value(), dir.filePath(QStringLiteral("a.docx")));
        const double docx = ms(t);
        t.restart();
        (void)SpreadsheetWriter::write(doc.value(), dir.filePath(QStringLiteral("a.xlsx")));
        const double xlsx = ms(t);
        out << "  charts (layout worker + scene) " << draw << " ms, build " << std::max(0.0, build)
            << " ms, page layout " << lay << " ms (" << layout.pageCount() << " pages), PDF " << pdf << " ms, DOCX "
            << docx << " ms, XLSX " << xlsx << " ms\n";
        (void)asIs;
        (void)toBe;
    }

    // The batch: copies of the procedure under new codes, all approved.
    Workspace many = ws;
    const Procedure base = *ws.procedure(code);
    QList<DossierTarget> targets;
    for (int i = 0; i < batch; ++i) {
        Procedure p = base;
        p.code = QStringLiteral("9.%1").arg(i, 6, 10, QLatin1Char('0'));
        p.review.state = ReviewState::Approved;
        many.procedures << p;
        targets << DossierTarget::procedure(p.code);
    }
    QTemporaryDir batchDir;
    DossierExporter exporter(many, settings);
    QElapsedTimer t;
    t.start();
    int last = 0;
    auto r = exporter.run(DossierExporter::approvedTargets(many), DossierFormats{}, batchDir.path(),
                          [&](int done, int, const QString &) {
                              last = done;
                              return true;
                          });
    const double total = ms(t);
    int ok = 0;
    for (const DossierOutcome &o : r.value())
        ok += o.ok();
    out << batch << " procedures in batch (" << QThread::idealThreadCount() << " cores): " << total / 1000 << " s, "
        << ok << " written, progress reached " << last << " (target <= 60 s on 2 cores); "
        << total / batch << " ms per procedure\n";
    return ok == batch ? 0 : 1;
}
