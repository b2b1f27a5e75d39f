#include "processscene.h"
#include "diagramcommands.h"
#include "diagramgeometry.h"
#include "flowitem.h"
#include "labels.h"
#include "laneitem.h"
#include "tthcjson.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

namespace tthc {

namespace {
const QString mimeType = QStringLiteral("application/x-tthc-steps");

// In-place text editor for a step's name, a lane's name or a flow's label.
class InlineEditor : public QGraphicsTextItem {
public:
    std::function<void(bool)> done;
    using QGraphicsTextItem::QGraphicsTextItem;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !(event->modifiers() & Qt::ShiftModifier)) {
            finish(true);
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            finish(false);
            return;
        }
        QGraphicsTextItem::keyPressEvent(event);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QGraphicsTextItem::focusOutEvent(event);
        finish(true);
    }

private:
    void finish(bool commit)
    {
        if (auto f = std::exchange(done, nullptr))
            f(commit);
    }
};

// Deletes the items whose ids are gone; each leaves the hash before it is deleted, because
// deleting a selected item emits selectionChanged, whose handlers look items up by id.
template <class Item> void prune(QHash<QString, Item *> &items, const QSet<QString> &keep)
{
    for (auto it = items.begin(); it != items.end();) {
        if (keep.contains(it.key())) {
            ++it;
            continue;
        }
        Item *doomed = it.value();
        it = items.erase(it);
        delete doomed;
    }
}

QString stepTooltip(const Step &s)
{
    QString t = QStringLiteral("<b>%1</b> (%2)").arg(s.name.toHtmlEscaped(), Labels::of(s.kind));
    if (!s.description.isEmpty())
        t += QStringLiteral("<br>") + s.description.toHtmlEscaped();
    return t;
}
} // namespace

ProcessScene::ProcessScene(WorkspaceModel *model, QUndoStack *undo, QObject *parent)
    : QGraphicsScene(parent), m_model(model), m_undo(undo)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(model, &WorkspaceModel::processChanged, this, [this](const ProcessRef &ref) {
        if (m_ref && ref == *m_ref)
            sync();
    });
    connect(model, &WorkspaceModel::reset, this, &ProcessScene::sync);
    connect(model, &WorkspaceModel::procedureRemoved, this, &ProcessScene::sync);
    connect(model, &WorkspaceModel::procedureChanged, this, [this](const QString &code) {
        if (m_ref && m_ref->owner == ProcessRef::Owner::Procedure && m_ref->id == code)
            sync(); // whole-procedure replacement (setProcedure, import)
    });
}

ProcessScene::~ProcessScene()
{
    // QGraphicsScene's destructor deletes the items after this object's members are gone;
    // deleting a selected item emits selectionChanged. Nobody may hear that from a dying scene.
    m_lanes.clear();
    m_steps.clear();
    m_flows.clear();
    m_flowsOfStep.clear();
    blockSignals(true);
    clear();
}

void ProcessScene::setProcess(const std::optional<ProcessRef> &ref)
{
    if (ref == m_ref)
        return;
    finishRename(false);
    // Forget the items before they go: deleting a selected item emits selectionChanged, and
    // its handlers look items up by id.
    m_lanes.clear();
    m_steps.clear();
    m_flows.clear();
    m_flowsOfStep.clear();
    m_connectLine = nullptr;
    clear();
    m_ref = ref;
    sync();
}

const Process *ProcessScene::process() const { return m_ref ? m_model->process(*m_ref) : nullptr; }

void ProcessScene::setTool(Tool tool)
{
    const bool changed = m_tool != tool;
    m_tool = tool;
    if (changed)
        emit toolChanged(tool);
    const bool select = tool == Tool::Select;
    for (StepItem *s : std::as_const(m_steps))
        s->setFlag(QGraphicsItem::ItemIsMovable, select);
}

void ProcessScene::sync()
{
    const Process *p = process();
    m_syncing = true;
    if (!p) {
        const QList<QGraphicsItem *> doomed = QList<QGraphicsItem *>(m_lanes.begin(), m_lanes.end())
                                              + QList<QGraphicsItem *>(m_steps.begin(), m_steps.end())
                                              + QList<QGraphicsItem *>(m_flows.begin(), m_flows.end());
        m_lanes.clear();
        m_steps.clear();
        m_flows.clear();
        m_flowsOfStep.clear();
        qDeleteAll(doomed);
        m_geometry = {};
        m_syncing = false;
        return;
    }
    m_geometry = DiagramGeometry::complete(*p, Geometry::fromJson(p->layout));
    const bool lr = m_geometry.leftToRight;

    // Lanes.
    QSet<QString> keep;
    for (int i = 0; i < p->lanes.size(); ++i) {
        const Lane &lane = p->lanes[i];
        LaneItem *item = m_lanes.value(lane.id);
        if (!item) {
            item = new LaneItem(lane.id, this);
            addItem(item);
            m_lanes.insert(lane.id, item);
        }
        item->setDisplay(lane.name, Labels::of(lane.kind), i, lr, m_geometry.lanes[i].rect);
        keep.insert(lane.id);
    }
    prune(m_lanes, keep);

    // Steps.
    keep.clear();
    for (const Step &s : p->steps) {
        StepItem *item = m_steps.value(s.id);
        if (!item) {
            item = new StepItem(s.id, this);
            item->setFlag(QGraphicsItem::ItemIsMovable, m_tool == Tool::Select);
            addItem(item);
            m_steps.insert(s.id, item);
        }
        item->setDisplay(s.kind, s.name, stepTooltip(s));
        const QPointF pos = m_geometry.steps.value(s.id);
        if (item->pos() != pos)
            item->setPos(pos);
        keep.insert(s.id);
    }
    prune(m_steps, keep);

    // Flows.
    keep.clear();
    m_flowsOfStep.clear();
    for (const Flow &f : p->flows) {
        FlowItem *item = m_flows.value(f.id);
        if (!item) {
            item = new FlowItem(f.id);
            addItem(item);
            m_flows.insert(f.id, item);
        }
        item->setDisplay(f.from, f.to, f.label, f.kind);
        m_flowsOfStep[f.from].append(item);
        if (f.to != f.from)
            m_flowsOfStep[f.to].append(item);
        updateFlowPath(item);
        keep.insert(f.id);
    }
    prune(m_flows, keep);
    setFindings(m_findings);
    m_syncing = false;
    setSceneRect(itemsRect().adjusted(-40, -40, 40, 40));
}

QRectF ProcessScene::itemsRect() const
{
    QRectF r;
    for (auto *l : m_lanes)
        r |= l->band();
    for (auto *s : m_steps)
        r |= s->sceneBoundingRect();
    for (auto *f : m_flows)
        r |= f->sceneBoundingRect();
    return r.isNull() ? QRectF(0, 0, 800, 400) : r;
}

void ProcessScene::updateFlowPath(FlowItem *flow)
{
    StepItem *from = m_steps.value(flow->from());
    StepItem *to = m_steps.value(flow->to());
    if (!from || !to) {
        flow->setVisible(false);
        return;
    }
    flow->setVisible(true);
    flow->setPoints(DiagramGeometry::flowPath(m_geometry.flows.value(flow->id()), from->sceneBox(), to->sceneBox(),
                                              m_geometry.leftToRight));
}

QList<QPointF> ProcessScene::bentPath(FlowItem *flow, const QPointF &waypoint) const
{
    // Two straight legs through the waypoint, as a Bézier chain whose control points lie on them.
    StepItem *from = m_steps.value(flow->from());
    StepItem *to = m_steps.value(flow->to());
    if (!from || !to)
        return flow->points();
    const QPointF a = DiagramGeometry::boundaryPoint(from->sceneBox(), waypoint);
    const QPointF b = DiagramGeometry::boundaryPoint(to->sceneBox(), waypoint);
    return {a, a + (waypoint - a) / 3, a + (waypoint - a) * 2 / 3, waypoint,
            waypoint + (b - waypoint) / 3, waypoint + (b - waypoint) * 2 / 3, b};
}

void ProcessScene::resetSelectedRoutes()
{
    if (!m_ref)
        return;
    for (const QString &id : selectedFlowIds())
        if (m_geometry.flows.contains(id))
            m_undo->push(new SetFlowPathCommand(m_model, *m_ref, id, m_geometry.flows.value(id), {}));
}

void ProcessScene::stepMoved(const QString &id)
{
    if (m_syncing)
        return;
    for (FlowItem *f : m_flowsOfStep.value(id))
        updateFlowPath(f);
}

QStringList ProcessScene::selectedStepIds() const
{
    QStringList out;
    const Process *p = process();
    if (!p)
        return out;
    for (const Step &s : p->steps) // in process order, for stable commands
        if (StepItem *item = m_steps.value(s.id); item && item->isSelected())
            out << s.id;
    return out;
}

QStringList ProcessScene::selectedFlowIds() const
{
    QStringList out;
    for (QGraphicsItem *i : selectedItems())
        if (i->type() == FlowItem::Type)
            out << static_cast<FlowItem *>(i)->id();
    return out;
}

QString ProcessScene::selectedLaneId() const
{
    for (QGraphicsItem *i : selectedItems())
        if (i->type() == LaneItem::Type)
            return static_cast<LaneItem *>(i)->id();
    return {};
}

void ProcessScene::selectStep(const QString &id)
{
    clearSelection();
    if (StepItem *item = m_steps.value(id))
        item->setSelected(true);
}

void ProcessScene::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    QHash<QString, std::pair<int, int>> counts;
    QHash<QString, QStringList> texts;
    QSet<QString> flaggedFlows;
    QHash<QString, QStringList> flowTexts;
    if (m_ref) {
        for (const Finding &f : findings) {
            const bool owner = m_ref->owner == ProcessRef::Owner::Procedure ? f.location.procedure == m_ref->id
                                                                           : f.location.group == m_ref->id;
            if (!owner || f.location.process != m_ref->which)
                continue;
            if (!f.location.flow.isEmpty()) {
                if (f.severity == Severity::Error)
                    flaggedFlows.insert(f.location.flow);
                flowTexts[f.location.flow] << f.message;
            }
            if (!f.location.step.isEmpty()) {
                auto &c = counts[f.location.step];
                (f.severity == Severity::Error ? c.first : c.second)++;
                texts[f.location.step] << f.message;
            }
        }
    }
    const Process *p = process();
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it) {
        const auto c = counts.value(it.key());
        const Step *s = p ? p->step(it.key()) : nullptr;
        const QString tip = s ? stepTooltip(*s) : QString();
        it.value()->setBadge(c.first, c.second,
                             texts.contains(it.key()) ? tip + QStringLiteral("<hr>") + texts.value(it.key()).join(QStringLiteral("<br>")).toHtmlEscaped()
                                                      : tip);
    }
    for (auto it = m_flows.begin(); it != m_flows.end(); ++it)
        it.value()->setFlagged(flaggedFlows.contains(it.key()), flowTexts.value(it.key()).join(u'\n'));
}

void ProcessScene::setMarks(const QHash<QString, StepItem::Mark> &marks)
{
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it)
        it.value()->setMark(marks.value(it.key(), StepItem::Mark::None));
}

void ProcessScene::setHighlighted(const QSet<QString> &stepIds)
{
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it)
        it.value()->setHighlighted(stepIds.contains(it.key()));
}

StepItem *ProcessScene::stepAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *i : items(scenePos))
        if (i->type() == StepItem::Type)
            return static_cast<StepItem *>(i);
    return nullptr;
}

QString ProcessScene::laneIdAt(const QPointF &scenePos) const
{
    const int i = DiagramGeometry::laneAt(m_geometry, scenePos);
    return i < 0 ? QString() : m_geometry.lanes[i].id;
}

QString ProcessScene::newStepId() const
{
    const Process *p = process();
    const QString prefix = m_ref && m_ref->which == Which::ToBe ? QStringLiteral("t") : QStringLiteral("s");
    return p ? p->newId(prefix) : prefix + u'1';
}

void ProcessScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_editor && !m_editor->sceneBoundingRect().contains(event->scenePos()))
        finishRename(true);
    if (!m_ref || event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->scenePos();
    if (m_tool == Tool::Connect) {
        if (StepItem *from = stepAt(pos)) {
            m_connectFrom = from->id();
            m_connectLine = addLine(QLineF(from->sceneBox().center(), pos), QPen(QColor(0x1565c0), 1.5, Qt::DashLine));
            m_connectLine->setZValue(10);
        }
        return;
    }
    if (m_tool != Tool::Select) {
        const QString lane = laneIdAt(pos);
        if (lane.isEmpty()) {
            emit message(tr("Click inside a lane (actor) to place the step; add a lane first if there is none."));
            return;
        }
        Step s;
        s.id = newStepId();
        s.lane = lane;
        switch (m_tool) {
        case Tool::AddTask: s.kind = StepKind::Task; s.name = tr("New step"); s.manual = true; break;
        case Tool::AddDecision: s.kind = StepKind::Decision; s.name = tr("Condition met?"); break;
        case Tool::AddStart: s.kind = StepKind::Start; s.name = tr("Start"); break;
        case Tool::AddEnd: s.kind = StepKind::End; s.name = tr("End"); break;
        case Tool::AddProcedure: s.kind = StepKind::Procedure; s.name = tr("Member procedure"); break;
        default: break;
        }
        const qreal g = DiagramMetrics::grid;
        const QPointF at = m_snap ? QPointF(std::round(pos.x() / g) * g, std::round(pos.y() / g) * g) : pos;
        m_undo->push(new AddStepCommand(m_model, *m_ref, s, at));
        setTool(Tool::Select);
        selectStep(s.id);
        if (s.kind == StepKind::Task || s.kind == StepKind::Decision)
            startRename(s.id);
        return;
    }
    // Dragging a selected flow bends it through the point where it is dropped.
    for (QGraphicsItem *i : items(pos))
        if (i->type() == FlowItem::Type && i->isSelected()) {
            auto *flow = static_cast<FlowItem *>(i);
            m_bendFlow = flow->id();
            m_bendBefore = m_geometry.flows.value(flow->id());
            return;
        }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (const QString &id : selectedStepIds())
        m_pressPositions.insert(id, m_steps.value(id)->pos());
}

void ProcessScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), event->scenePos()));
        return;
    }
    if (!m_bendFlow.isEmpty()) {
        if (FlowItem *flow = m_flows.value(m_bendFlow))
            flow->setPoints(bentPath(flow, event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void ProcessScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        StepItem *to = stepAt(event->scenePos());
        const QString from = std::exchange(m_connectFrom, QString());
        if (to && to->id() == from)
            emit refused(tr("A flow cannot lead from a step back to itself; draw it to another step."));
        else if (to && m_ref) {
            Flow f;
            f.id = process()->newId(QStringLiteral("f"));
            f.from = from;
            f.to = to->id();
            m_undo->push(new AddFlowCommand(m_model, *m_ref, f));
        }
        return;
    }
    if (!m_bendFlow.isEmpty()) {
        const QString id = std::exchange(m_bendFlow, QString());
        FlowItem *flow = m_flows.value(id);
        if (flow && m_ref && QLineF(event->buttonDownScenePos(Qt::LeftButton), event->scenePos()).length() > 3)
            m_undo->push(new SetFlowPathCommand(m_model, *m_ref, id, m_bendBefore, bentPath(flow, event->scenePos())));
        else if (flow)
            updateFlowPath(flow);
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_pressPositions.isEmpty() || !m_ref)
        return;
    // One drag, one command: every selected step that moved, with its new lane.
    QList<MoveStepsCommand::Move> moves;
    const Process *p = process();
    for (auto it = m_pressPositions.begin(); it != m_pressPositions.end(); ++it) {
        StepItem *item = m_steps.value(it.key());
        const Step *s = p ? p->step(it.key()) : nullptr;
        if (!item || !s || item->pos() == it.value())
            continue;
        const QString lane = laneIdAt(item->pos());
        moves.append({it.key(), it.value(), item->pos(), s->lane, lane.isEmpty() ? s->lane : lane});
    }
    m_pressPositions.clear();
    if (!moves.isEmpty())
        m_undo->push(new MoveStepsCommand(m_model, *m_ref, moves));
}

void ProcessScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *i : items(event->scenePos())) {
        if (i->type() == StepItem::Type) {
            const QString id = static_cast<StepItem *>(i)->id();
            const Step *s = process() ? process()->step(id) : nullptr;
            if (s && s->kind == StepKind::Procedure && !s->procedure.isEmpty() && m_model->procedure(s->procedure)) {
                emit drillDown(s->procedure); // a member procedure opens its own chart
                return;
            }
            startRename(QStringLiteral("step:") + id);
            emit stepActivated(id);
            return;
        }
        if (i->type() == FlowItem::Type) {
            startRename(QStringLiteral("flow:") + static_cast<FlowItem *>(i)->id());
            return;
        }
        if (i->type() == LaneItem::Type && static_cast<LaneItem *>(i)->header().contains(event->scenePos())) {
            startRename(QStringLiteral("lane:") + static_cast<LaneItem *>(i)->id());
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void ProcessScene::keyPressEvent(QKeyEvent *event)
{
    if (!m_editor && event->key() == Qt::Key_Escape) {
        if (m_connectLine) {
            delete m_connectLine;
            m_connectLine = nullptr;
        }
        setTool(Tool::Select);
        clearSelection();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void ProcessScene::startRename(const QString &key)
{
    finishRename(true);
    const Process *p = process();
    if (!p)
        return;
    // A bare id means a step, else "step:", "lane:" or "flow:".
    const QString target = key.contains(u':') ? key : QStringLiteral("step:") + key;
    const QString id = target.section(u':', 1);
    QString text;
    QRectF rect;
    if (target.startsWith(QLatin1String("step:"))) {
        const Step *s = p->step(id);
        StepItem *item = m_steps.value(id);
        if (!s || !item)
            return;
        text = s->name;
        rect = item->sceneBox();
    } else if (target.startsWith(QLatin1String("lane:"))) {
        const Lane *l = p->lane(id);
        LaneItem *item = m_lanes.value(id);
        if (!l || !item)
            return;
        text = l->name;
        rect = item->header();
    } else {
        const int i = p->flowIndex(id);
        FlowItem *item = m_flows.value(id);
        if (i < 0 || !item)
            return;
        text = p->flows[i].label;
        const QPointF mid = DiagramGeometry::bezierPath(item->points()).pointAtPercent(0.5);
        rect = QRectF(mid - QPointF(70, 12), QSizeF(140, 24));
    }
    auto *editor = new InlineEditor;
    editor->setPlainText(text);
    editor->setTextInteractionFlags(Qt::TextEditorInteraction);
    editor->setTextWidth(rect.width());
    editor->setPos(rect.topLeft());
    editor->setZValue(20);
    editor->document()->setDocumentMargin(4);
    editor->setDefaultTextColor(Qt::black);
    addItem(editor);
    m_editor = editor;
    m_editing = target;
    editor->done = [this](bool commit) { finishRename(commit); };
    editor->setFocus();
    QTextCursor c = editor->textCursor();
    c.select(QTextCursor::Document);
    editor->setTextCursor(c);
}

void ProcessScene::finishRename(bool commit)
{
    if (!m_editor)
        return;
    QGraphicsTextItem *editor = std::exchange(m_editor, nullptr);
    const QString target = std::exchange(m_editing, QString());
    const QString text = editor->toPlainText().trimmed();
    if (auto *inline_ = dynamic_cast<InlineEditor *>(editor))
        inline_->done = nullptr;
    removeItem(editor);
    editor->deleteLater();
    const Process *p = process();
    if (!commit || !p || !m_ref)
        return;
    const QString id = target.section(u':', 1);
    if (target.startsWith(QLatin1String("step:"))) {
        const Step *s = p->step(id);
        if (s && text.isEmpty())
            emit refused(tr("A step needs a name; “%1” was kept.").arg(s->name));
        if (!s || text.isEmpty() || text == s->name)
            return;
        Step after = *s;
        after.name = text;
        m_undo->push(new EditStepCommand(m_model, *m_ref, *s, after));
    } else if (target.startsWith(QLatin1String("lane:"))) {
        const Lane *l = p->lane(id);
        if (l && text.isEmpty())
            emit refused(tr("A lane (actor) needs a name; “%1” was kept.").arg(l->name));
        if (!l || text.isEmpty() || text == l->name)
            return;
        Lane after = *l;
        after.name = text;
        m_undo->push(new EditLaneCommand(m_model, *m_ref, *l, after));
    } else {
        const int i = p->flowIndex(id);
        if (i < 0 || text == p->flows[i].label)
            return;
        Flow after = p->flows[i];
        after.label = text;
        m_undo->push(new EditFlowCommand(m_model, *m_ref, p->flows[i], after));
    }
}

void ProcessScene::deleteSelection()
{
    if (!m_ref)
        return;
    const QStringList steps = selectedStepIds(), flows = selectedFlowIds();
    if (!steps.isEmpty() || !flows.isEmpty()) {
        m_undo->push(new DeleteItemsCommand(m_model, *m_ref, steps, flows));
        return;
    }
    const QString lane = selectedLaneId();
    const Process *p = process();
    if (lane.isEmpty() || !p)
        return;
    for (const Step &s : p->steps)
        if (s.lane == lane) {
            emit refused(tr("The lane “%1” still holds steps (“%2” …); move or delete them first.")
                             .arg(p->lane(lane)->name, s.name));
            return;
        }
    m_undo->push(new RemoveLaneCommand(m_model, *m_ref, *p->lane(lane), p->laneIndex(lane)));
}

void ProcessScene::addLane(const QString &name)
{
    const Process *p = process();
    if (!p || !m_ref)
        return;
    Lane lane;
    lane.id = p->newId(QStringLiteral("L"));
    lane.name = name;
    const QString selected = selectedLaneId();
    const int index = selected.isEmpty() ? int(p->lanes.size()) : p->laneIndex(selected) + 1;
    m_undo->push(new AddLaneCommand(m_model, *m_ref, lane, index));
}

void ProcessScene::moveSelectedLane(int delta)
{
    const Process *p = process();
    const QString lane = selectedLaneId();
    if (!p || !m_ref || lane.isEmpty())
        return;
    const int from = p->laneIndex(lane);
    const int to = from + delta;
    if (to < 0 || to >= p->lanes.size())
        return;
    m_undo->push(new MoveLaneCommand(m_model, *m_ref, lane, from, to));
    if (LaneItem *item = m_lanes.value(lane))
        item->setSelected(true);
}

void ProcessScene::laneResized(const QString &laneId, qreal before, qreal after)
{
    if (m_ref)
        m_undo->push(new ResizeLaneCommand(m_model, *m_ref, laneId, before, after));
}

void ProcessScene::copySelection(bool cut)
{
    const Process *p = process();
    const QStringList ids = selectedStepIds();
    if (!p || ids.isEmpty())
        return;
    Process part;
    Geometry g;
    for (const QString &id : ids) {
        part.steps.append(*p->step(id));
        g.steps.insert(id, m_steps.value(id)->pos());
    }
    for (const Flow &f : p->flows)
        if (ids.contains(f.from) && ids.contains(f.to))
            part.flows.append(f);
    part.layout = g.toJson();
    auto *mime = new QMimeData;
    const QByteArray json = QJsonDocument(TthcJson::processToJson(part)).toJson(QJsonDocument::Compact);
    mime->setData(mimeType, json);
    QStringList names;
    for (const Step &s : std::as_const(part.steps))
        names << s.name;
    mime->setText(names.join(u'\n'));
    QApplication::clipboard()->setMimeData(mime);
    if (cut && m_ref)
        m_undo->push(new DeleteItemsCommand(m_model, *m_ref, ids, {}, tr("Cut %1 steps").arg(ids.size())));
}

void ProcessScene::paste()
{
    const Process *p = process();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!p || !m_ref || !mime || !mime->hasFormat(mimeType))
        return;
    auto part = TthcJson::processFromJson(QJsonDocument::fromJson(mime->data(mimeType)).object());
    if (!part || part.value().steps.isEmpty())
        return;
    const Geometry g = Geometry::fromJson(part.value().layout);
    // Fresh ids, lanes of this chart (the pasted step's own lane if it exists here), an offset.
    Process target = *p;
    QHash<QString, QString> ids;
    QList<Step> steps;
    QHash<QString, QPointF> positions;
    const QString prefix = m_ref->which == Which::ToBe ? QStringLiteral("t") : QStringLiteral("s");
    for (Step s : part.value().steps) {
        const QString id = target.newId(prefix);
        ids.insert(s.id, id);
        QPointF at = g.steps.value(s.id) + QPointF(40, 40);
        if (target.laneIndex(s.lane) < 0)
            s.lane = laneIdAt(at).isEmpty() ? (target.lanes.isEmpty() ? QString() : target.lanes.first().id) : laneIdAt(at);
        positions.insert(id, at);
        s.id = id;
        if (m_ref->which == Which::AsIs)
            s.derivedFrom.clear();
        target.steps.append(s); // reserve the id for the next newId()
        steps.append(s);
    }
    QList<Flow> flows;
    for (Flow f : part.value().flows) {
        f.id = target.newId(QStringLiteral("f"));
        f.from = ids.value(f.from);
        f.to = ids.value(f.to);
        target.flows.append(f);
        flows.append(f);
    }
    m_undo->push(new PasteCommand(m_model, *m_ref, steps, flows, positions));
    clearSelection();
    for (const Step &s : std::as_const(steps))
        if (StepItem *item = m_steps.value(s.id))
            item->setSelected(true);
}

} // namespace tthc
