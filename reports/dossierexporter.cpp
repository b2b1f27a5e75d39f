#include "dossierexporter.h"

#include "chartrenderer.h"
#include "docxwriter.h"
#include "pdfwriter.h"
#include "spreadsheetwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace tthc {

DossierExporter::DossierExporter(const Workspace &ws, const DossierSettings &settings, QDate today)
    : m_ws(ws), m_settings(settings), m_today(today)
{
}

DossierExporter::~DossierExporter() = default;

QString DossierExporter::titleOf(const Workspace &ws, const DossierTarget &target)
{
    if (target.kind == DossierTarget::Kind::Group) {
        const ProcedureGroup *g = ws.group(target.id);
        return g ? g->name : target.id;
    }
    const Procedure *p = ws.procedure(target.id);
    return p ? p->name : target.id;
}

QList<DossierTarget> DossierExporter::approvedTargets(const Workspace &ws)
{
    QList<DossierTarget> out;
    for (const Procedure &p : ws.procedures)
        if (p.review.state == ReviewState::Approved)
            out << DossierTarget::procedure(p.code);
    for (const ProcedureGroup &g : ws.groups)
        if (g.review.state == ReviewState::Approved)
            out << DossierTarget::group(g.id);
    return out;
}

QString DossierExporter::chartKey(const ProcessRef &ref)
{
    return QStringLiteral("%1/%2/%3")
        .arg(ref.owner == ProcessRef::Owner::Group ? u'g' : u'p')
        .arg(ref.id, whichKey(ref.which));
}

DossierBuilder::ChartSource DossierExporter::chartSource(const QHash<QString, report::Figure> &charts)
{
    return [&charts](const ProcessRef &ref) -> Result<report::Figure> {
        const auto it = charts.find(chartKey(ref));
        if (it == charts.end())
            return Result<report::Figure>::failure(tr("%1: the chart was not drawn.").arg(ref.id));
        return *it;
    };
}

Result<QHash<QString, report::Figure>> DossierExporter::drawCharts(const DossierTarget &target)
{
    using R = Result<QHash<QString, report::Figure>>;
    QList<ProcessRef> refs;
    auto add = [&](const ProcessRef &ref, const Process &p) {
        if (!p.steps.isEmpty())
            refs << ref;
    };
    if (target.kind == DossierTarget::Kind::Group) {
        if (const ProcedureGroup *g = m_ws.group(target.id)) {
            add(target.ref(Which::AsIs), g->asIs);
            add(target.ref(Which::ToBe), g->toBe);
            for (const QString &code : g->members)
                if (const Procedure *p = m_ws.procedure(code)) {
                    add(ProcessRef::procedure(code, Which::AsIs), p->asIs);
                    add(ProcessRef::procedure(code, Which::ToBe), p->toBe);
                }
        }
    } else if (const Procedure *p = m_ws.procedure(target.id)) {
        add(target.ref(Which::AsIs), p->asIs);
        add(target.ref(Which::ToBe), p->toBe);
    }
    if (!m_charts)
        m_charts = std::make_unique<ChartRenderer>(m_ws);
    QHash<QString, report::Figure> out;
    for (const ProcessRef &ref : std::as_const(refs)) {
        auto f = m_charts->figure(ref, report::figureArea(report::PageSetup{}, true)); // appendix charts are landscape
        if (!f)
            return R::failure(f.error());
        out.insert(chartKey(ref), f.take());
    }
    return out;
}

DossierOutcome DossierExporter::write(const Workspace &ws, const DossierTarget &target, const DecisionTemplate &tpl,
                                      const DossierSettings &settings, const QHash<QString, report::Figure> &charts,
                                      const QDate &today, const DossierFormats &formats, const QString &outDir)
{
    DossierOutcome out;
    out.target = target;
    out.title = titleOf(ws, target);
    auto doc = DossierBuilder::build(ws, target, tpl, settings, chartSource(charts), today);
    if (!doc) {
        out.error = doc.error();
        return out;
    }
    const QString stem = QDir(outDir).filePath(DossierBuilder::fileStem(target));
    const struct {
        bool on;
        const char *ext;
        Status (*write)(const report::Document &, const QString &);
    } writers[] = {{formats.pdf, ".pdf", &PdfWriter::write},
                   {formats.docx, ".docx", &DocxWriter::write},
                   {formats.xlsx, ".xlsx", &SpreadsheetWriter::write}};
    for (const auto &w : writers) {
        if (!w.on)
            continue;
        const QString path = stem + QLatin1String(w.ext);
        if (Status s = w.write(doc.value(), path); !s) {
            out.error = s.error();
            return out;
        }
        out.files << path;
    }
    return out;
}

Result<report::Document> DossierExporter::document(const DossierTarget &target)
{
    if (Status s = DossierBuilder::check(m_ws, target); !s)
        return Result<report::Document>::failure(s.error());
    auto tpl = DecisionTemplate::find(m_settings.templatePath);
    if (!tpl)
        return Result<report::Document>::failure(tpl.error());
    auto charts = drawCharts(target);
    if (!charts)
        return Result<report::Document>::failure(charts.error());
    const QHash<QString, report::Figure> figures = charts.take();
    return DossierBuilder::build(m_ws, target, tpl.value(), m_settings, chartSource(figures), m_today);
}

Result<QList<DossierOutcome>> DossierExporter::run(const QList<DossierTarget> &targets, const DossierFormats &formats,
                                                   const QString &outDir, const Progress &progress)
{
    using R = Result<QList<DossierOutcome>>;
    auto tpl = DecisionTemplate::find(m_settings.templatePath);
    if (!tpl)
        return R::failure(tpl.error());
    // Settings a decision cannot do without: refused before anything is drawn or created.
    if (const QString missing = DossierBuilder::missingSettings(m_settings); !missing.isEmpty())
        return R::failure(missing);
    const bool created = !QFileInfo::exists(outDir);
    if (!QDir().mkpath(outDir))
        return R::failure(tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(outDir)));

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    QList<DossierOutcome> outcomes(targets.size());
    QList<QFuture<DossierOutcome>> running(targets.size()); // valid while a target is being written
    int done = 0;
    bool cancelled = false;
    // Every finished target, written or failed, counts once towards the progress.
    auto finished = [&](int i) {
        ++done;
        if (progress && !progress(done, int(targets.size()), outcomes[i].title))
            cancelled = true;
    };
    auto collect = [&](bool wait) {
        for (int i = 0; i < targets.size(); ++i) {
            if (running[i].isValid() && (wait || running[i].isFinished())) {
                outcomes[i] = running[i].result();
                running[i] = QFuture<DossierOutcome>();
                finished(i);
            }
        }
    };
    for (int i = 0; i < targets.size(); ++i) {
        outcomes[i].target = targets[i];
        outcomes[i].title = titleOf(m_ws, targets[i]);
    }
    for (int i = 0; i < targets.size() && !cancelled; ++i) {
        const DossierTarget &t = targets[i];
        if (Status s = DossierBuilder::check(m_ws, t); !s) {
            outcomes[i].error = s.error();
            finished(i);
            continue;
        }
        // Draw here (scenes belong to this thread), write on the pool; keep at most a few
        // targets in flight so memory stays bounded on large batches.
        auto charts = drawCharts(t);
        if (!charts) {
            outcomes[i].error = charts.error();
            finished(i);
            continue;
        }
        auto inFlight = [&] {
            return std::count_if(running.begin(), running.end(), [](const auto &f) { return f.isValid(); });
        };
        while (inFlight() >= 2 * pool.maxThreadCount()) {
            collect(false);
            if (inFlight() >= 2 * pool.maxThreadCount())
                QThread::msleep(2);
        }
        running[i] = QtConcurrent::run(&pool, &DossierExporter::write, m_ws, t, tpl.value(), m_settings, charts.take(),
                                       m_today, formats, outDir);
        collect(false);
    }
    pool.waitForDone();
    collect(true);
    if (cancelled)
        for (DossierOutcome &o : outcomes)
            if (o.files.isEmpty() && o.error.isEmpty())
                o.error = tr("Cancelled.");
    // A folder this run made and nothing was written into: not left behind.
    if (created && std::none_of(outcomes.begin(), outcomes.end(), [](const DossierOutcome &o) { return !o.files.isEmpty(); }))
        QDir().rmdir(outDir);
    return outcomes;
}

} // namespace tthc
