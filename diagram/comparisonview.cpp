#include "comparisonview.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace tthc {

ComparisonMarks ComparisonMarks::compute(const Process &asIs, const Process &toBe, const QList<StepAnalysis> &analysis)
{
    ComparisonMarks m;
    QHash<QString, Action> actions;
    for (const StepAnalysis &a : analysis)
        actions.insert(a.step, a.action);
    for (const Step &s : asIs.steps)
        if (actions.value(s.id, Action::Keep) == Action::Eliminate)
            m.asIs.insert(s.id, StepItem::Mark::Eliminated);
    for (const Step &s : toBe.steps) {
        if (s.kind == StepKind::Start || s.kind == StepKind::End)
            continue;
        if (s.derivedFrom.isEmpty()) {
            m.toBe.insert(s.id, StepItem::Mark::New);
            continue;
        }
        // The strongest change among the sources names the step: merging several steps, or
        // a source marked merge, makes it merged; then automated; then simplified.
        bool merged = s.derivedFrom.size() > 1, automated = false, simplified = false;
        for (const QString &src : s.derivedFrom) {
            const Action a = actions.value(src, Action::Keep);
            merged = merged || a == Action::Merge;
            automated = automated || a == Action::Automate;
            simplified = simplified || a == Action::Simplify;
        }
        m.toBe.insert(s.id, merged      ? StepItem::Mark::Merged
                            : automated ? StepItem::Mark::Automated
                            : simplified ? StepItem::Mark::Simplified
                                         : StepItem::Mark::Kept);
    }
    return m;
}

ComparisonView::ComparisonView(WorkspaceModel *model, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_model(model), m_asIs(new DiagramEditor(model, undo)), m_toBe(new DiagramEditor(model, undo))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    for (auto [editor, title] : {std::pair{m_asIs, tr("As-is")}, std::pair{m_toBe, tr("E-process")}}) {
        auto *box = new QWidget;
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title));
        heading->setContentsMargins(6, 4, 6, 2);
        l->addWidget(heading);
        l->addWidget(editor, 1);
        editor->setReadOnly(true);
        split->addWidget(box);
    }
    layout->addWidget(split, 1);
    auto *legend = new QLabel(tr("<span style='background:#e3f2fd'>&nbsp;automated&nbsp;</span> "
                                 "<span style='background:#f1f8e9'>&nbsp;simplified&nbsp;</span> "
                                 "<span style='background:#f3e5f5'>&nbsp;merged&nbsp;</span> "
                                 "<span style='background:#fffde7'>&nbsp;new&nbsp;</span> "
                                 "<span style='background:#eeeeee'>&nbsp;<s>eliminated</s>&nbsp;</span> "
                                 "— select a step to see where it comes from or goes."));
    legend->setContentsMargins(6, 3, 6, 3);
    legend->setWordWrap(true); // one long line made the whole window's centre 768 px at least
    layout->addWidget(legend);

    connect(m_asIs->scene(), &QGraphicsScene::selectionChanged, this, [this] { crossHighlight(Which::AsIs); });
    connect(m_toBe->scene(), &QGraphicsScene::selectionChanged, this, [this] { crossHighlight(Which::ToBe); });
    connect(model, &WorkspaceModel::processChanged, this, &ComparisonView::refreshMarks);
    connect(model, &WorkspaceModel::procedureChanged, this, &ComparisonView::refreshMarks);
    connect(model, &WorkspaceModel::reset, this, &ComparisonView::refreshMarks);
}

void ComparisonView::setOwner(const std::optional<ProcessRef> &asIs)
{
    std::optional<ProcessRef> toBe;
    if (asIs)
        toBe = ProcessRef{asIs->owner, asIs->id, Which::ToBe};
    m_asIs->setProcess(asIs);
    m_toBe->setProcess(toBe);
    refreshMarks();
}

void ComparisonView::refreshMarks()
{
    const std::optional<ProcessRef> ref = m_asIs->scene()->processRef();
    const Process *a = m_asIs->scene()->process();
    const Process *t = m_toBe->scene()->process();
    if (!ref || !a || !t)
        return;
    QList<StepAnalysis> analysis;
    if (ref->owner == ProcessRef::Owner::Procedure) {
        if (const Procedure *p = m_model->procedure(ref->id))
            analysis = p->analysis;
    } else if (const ProcedureGroup *g = m_model->group(ref->id)) {
        analysis = g->analysis;
    }
    const ComparisonMarks marks = ComparisonMarks::compute(*a, *t, analysis);
    m_asIs->scene()->setMarks(marks.asIs);
    m_toBe->scene()->setMarks(marks.toBe);
}

void ComparisonView::crossHighlight(Which from)
{
    if (m_highlighting)
        return;
    m_highlighting = true;
    const Process *t = m_toBe->scene()->process();
    QSet<QString> asIsIds, toBeIds;
    if (t) {
        if (from == Which::ToBe) {
            for (const QString &id : m_toBe->scene()->selectedStepIds())
                if (const Step *s = t->step(id))
                    for (const QString &src : s->derivedFrom)
                        asIsIds.insert(src);
        } else {
            const QStringList selected = m_asIs->scene()->selectedStepIds();
            for (const Step &s : t->steps)
                for (const QString &src : s.derivedFrom)
                    if (selected.contains(src))
                        toBeIds.insert(s.id);
        }
    }
    m_asIs->scene()->setHighlighted(asIsIds);
    m_toBe->scene()->setHighlighted(toBeIds);
    m_highlighting = false;
}

} // namespace tthc
