#include "diagramcommands.h"
#include "diagramgeometry.h"

namespace tthc {

namespace {
CommandErrorSink &errorSink()
{
    static CommandErrorSink sink;
    return sink;
}

template <class T> int indexById(const QList<T> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}

// Flows that start or end at one of the steps lose their stored route: it would no longer fit.
void dropRoutes(const Process &p, Geometry &g, const QSet<QString> &steps)
{
    for (const Flow &f : p.flows)
        if (steps.contains(f.from) || steps.contains(f.to))
            g.flows.remove(f.id);
}

// After lanes were reordered or resized: steps follow their lane's band.
void restack(Process &p, Geometry &g, const QList<LaneBand> &oldBands)
{
    const Geometry fresh = DiagramGeometry::complete(p, g);
    QSet<QString> moved;
    for (const LaneBand &nb : fresh.lanes) {
        const LaneBand *ob = nullptr;
        for (const LaneBand &b : oldBands)
            if (b.id == nb.id)
                ob = &b;
        if (!ob)
            continue;
        const QPointF delta = g.leftToRight ? QPointF(0, nb.rect.top() - ob->rect.top())
                                            : QPointF(nb.rect.left() - ob->rect.left(), 0);
        if (delta.isNull())
            continue;
        for (const Step &s : p.steps)
            if (s.lane == nb.id && g.steps.contains(s.id)) {
                g.steps[s.id] += delta;
                moved.insert(s.id);
            }
    }
    g.lanes = fresh.lanes;
    dropRoutes(p, g, moved);
}
} // namespace

void ProcessCommand::setErrorSink(CommandErrorSink sink) { errorSink() = std::move(sink); }

ProcessCommand::ProcessCommand(WorkspaceModel *model, const ProcessRef &ref) : m_model(model), m_ref(ref) {}

void ProcessCommand::run(bool forward)
{
    auto fail = [this](const QString &why) {
        setObsolete(true);
        if (errorSink())
            errorSink()(why);
    };
    if (!m_model)
        return;
    const Process *current = m_model->process(m_ref);
    if (!current) {
        fail(tr("The procedure or group “%1” no longer exists.").arg(m_ref.id));
        return;
    }
    Process p = *current;
    Geometry g = DiagramGeometry::complete(p, Geometry::fromJson(p.layout));
    if (Status s = apply(p, g, forward); !s) {
        fail(s.error());
        return;
    }
    if (!m_keepsLayout)
        p.layout = DiagramGeometry::complete(p, g).toJson();
    if (Status s = m_model->setProcess(m_ref, p); !s)
        fail(s.error());
}

// --- steps ---

AddStepCommand::AddStepCommand(WorkspaceModel *model, const ProcessRef &ref, const Step &step, const QPointF &centre)
    : ProcessCommand(model, ref), m_step(step), m_centre(centre)
{
    setText(tr("Add step “%1”").arg(step.name));
}

Status AddStepCommand::apply(Process &p, Geometry &g, bool forward)
{
    if (forward) {
        if (p.stepIndex(m_step.id) >= 0)
            return Status::failure(tr("A step with id “%1” already exists.").arg(m_step.id));
        p.steps.append(m_step);
        g.steps.insert(m_step.id, m_centre);
    } else {
        p.steps.removeIf([&](const Step &s) { return s.id == m_step.id; });
        g.steps.remove(m_step.id);
    }
    return success();
}

DeleteItemsCommand::DeleteItemsCommand(WorkspaceModel *model, const ProcessRef &ref, const QStringList &stepIds,
                                       const QStringList &flowIds, const QString &text)
    : ProcessCommand(model, ref)
{
    const Process *p = model->process(ref);
    if (p) {
        const Geometry g = Geometry::fromJson(p->layout);
        for (int i = 0; i < p->steps.size(); ++i)
            if (stepIds.contains(p->steps[i].id)) {
                m_steps.append({i, p->steps[i]});
                if (g.steps.contains(p->steps[i].id))
                    m_positions.insert(p->steps[i].id, g.steps.value(p->steps[i].id));
            }
        for (int i = 0; i < p->flows.size(); ++i) {
            const Flow &f = p->flows[i];
            if (flowIds.contains(f.id) || stepIds.contains(f.from) || stepIds.contains(f.to)) {
                m_flows.append({i, f});
                if (g.flows.contains(f.id))
                    m_paths.insert(f.id, g.flows.value(f.id));
            }
        }
    }
    setText(!text.isEmpty() ? text
            : m_steps.size() == 1 && m_flows.size() <= 1 ? tr("Delete step “%1”").arg(m_steps[0].second.name)
            : m_steps.isEmpty() && m_flows.size() == 1   ? tr("Delete flow")
                                                         : tr("Delete %1 steps and %2 flows").arg(m_steps.size()).arg(m_flows.size()));
}

Status DeleteItemsCommand::apply(Process &p, Geometry &g, bool forward)
{
    if (forward) {
        for (const auto &[index, flow] : std::as_const(m_flows)) {
            p.flows.removeIf([&](const Flow &f) { return f.id == flow.id; });
            g.flows.remove(flow.id);
        }
        for (const auto &[index, step] : std::as_const(m_steps)) {
            p.steps.removeIf([&](const Step &s) { return s.id == step.id; });
            g.steps.remove(step.id);
        }
        return success();
    }
    for (const auto &[index, step] : std::as_const(m_steps)) // ascending indices: each lands where it was
        p.steps.insert(std::min<qsizetype>(index, p.steps.size()), step);
    for (const auto &[index, flow] : std::as_const(m_flows))
        p.flows.insert(std::min<qsizetype>(index, p.flows.size()), flow);
    for (auto it = m_positions.begin(); it != m_positions.end(); ++it)
        g.steps.insert(it.key(), it.value());
    for (auto it = m_paths.begin(); it != m_paths.end(); ++it)
        g.flows.insert(it.key(), it.value());
    return success();
}

MoveStepsCommand::MoveStepsCommand(WorkspaceModel *model, const ProcessRef &ref, const QList<Move> &moves)
    : ProcessCommand(model, ref), m_moves(moves)
{
    setText(moves.size() == 1 ? tr("Move step") : tr("Move %1 steps").arg(moves.size()));
}

Status MoveStepsCommand::apply(Process &p, Geometry &g, bool forward)
{
    QSet<QString> moved;
    for (const Move &m : std::as_const(m_moves)) {
        const int i = p.stepIndex(m.id);
        if (i < 0)
            continue;
        g.steps[m.id] = forward ? m.to : m.from;
        p.steps[i].lane = forward ? m.toLane : m.fromLane;
        moved.insert(m.id);
    }
    dropRoutes(p, g, moved);
    return success();
}

EditStepCommand::EditStepCommand(WorkspaceModel *model, const ProcessRef &ref, const Step &before, const Step &after)
    : ProcessCommand(model, ref), m_before(before), m_after(after)
{
    setText(before.name != after.name ? tr("Rename step to “%1”").arg(after.name) : tr("Edit step “%1”").arg(after.name));
}

bool EditStepCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditStepCommand *>(other);
    if (o->m_after.id != m_after.id)
        return false;
    m_after = o->m_after;
    setText(o->text());
    return true;
}

Status EditStepCommand::apply(Process &p, Geometry &, bool forward)
{
    const int i = p.stepIndex(m_after.id);
    if (i < 0)
        return Status::failure(tr("The step “%1” no longer exists.").arg(m_after.id));
    p.steps[i] = forward ? m_after : m_before;
    return success();
}

// --- flows ---

AddFlowCommand::AddFlowCommand(WorkspaceModel *model, const ProcessRef &ref, const Flow &flow)
    : ProcessCommand(model, ref), m_flow(flow)
{
    setText(tr("Connect “%1” → “%2”").arg(flow.from, flow.to));
}

Status AddFlowCommand::apply(Process &p, Geometry &g, bool forward)
{
    if (forward) {
        if (p.stepIndex(m_flow.from) < 0 || p.stepIndex(m_flow.to) < 0)
            return Status::failure(tr("A flow must connect two existing steps."));
        p.flows.append(m_flow);
    } else {
        p.flows.removeIf([&](const Flow &f) { return f.id == m_flow.id; });
        g.flows.remove(m_flow.id);
    }
    return success();
}

EditFlowCommand::EditFlowCommand(WorkspaceModel *model, const ProcessRef &ref, const Flow &before, const Flow &after)
    : ProcessCommand(model, ref), m_before(before), m_after(after)
{
    setText(tr("Edit flow “%1” → “%2”").arg(after.from, after.to));
}

Status EditFlowCommand::apply(Process &p, Geometry &g, bool forward)
{
    const int i = indexById(p.flows, m_after.id);
    if (i < 0)
        return Status::failure(tr("The flow “%1” no longer exists.").arg(m_after.id));
    const Flow &f = forward ? m_after : m_before;
    if (p.stepIndex(f.from) < 0 || p.stepIndex(f.to) < 0)
        return Status::failure(tr("A flow must connect two existing steps."));
    if (p.flows[i].from != f.from || p.flows[i].to != f.to)
        g.flows.remove(f.id);
    p.flows[i] = f;
    return success();
}

SetFlowPathCommand::SetFlowPathCommand(WorkspaceModel *model, const ProcessRef &ref, const QString &flowId,
                                       const QList<QPointF> &before, const QList<QPointF> &after)
    : ProcessCommand(model, ref), m_flow(flowId), m_before(before), m_after(after)
{
    setText(after.isEmpty() ? tr("Route flow automatically") : tr("Re-route flow"));
}

Status SetFlowPathCommand::apply(Process &, Geometry &g, bool forward)
{
    const QList<QPointF> &path = forward ? m_after : m_before;
    if (path.isEmpty())
        g.flows.remove(m_flow);
    else
        g.flows.insert(m_flow, path);
    return success();
}

// --- lanes ---

AddLaneCommand::AddLaneCommand(WorkspaceModel *model, const ProcessRef &ref, const Lane &lane, int index)
    : ProcessCommand(model, ref), m_lane(lane), m_index(index)
{
    setText(tr("Add lane “%1”").arg(lane.name));
}

Status AddLaneCommand::apply(Process &p, Geometry &g, bool forward)
{
    const QList<LaneBand> oldBands = g.lanes;
    if (forward) {
        if (p.laneIndex(m_lane.id) >= 0)
            return Status::failure(tr("A lane with id “%1” already exists.").arg(m_lane.id));
        p.lanes.insert(std::clamp<qsizetype>(m_index, 0, p.lanes.size()), m_lane);
    } else {
        for (const Step &s : p.steps)
            if (s.lane == m_lane.id)
                return Status::failure(tr("Lane “%1” still holds step “%2”.").arg(m_lane.name, s.name));
        p.lanes.removeIf([&](const Lane &l) { return l.id == m_lane.id; });
    }
    g.lanes.removeIf([&](const LaneBand &b) { return b.id == m_lane.id; });
    restack(p, g, oldBands);
    return success();
}

RemoveLaneCommand::RemoveLaneCommand(WorkspaceModel *model, const ProcessRef &ref, const Lane &lane, int index)
    : AddLaneCommand(model, ref, lane, index)
{
    setText(tr("Delete lane “%1”").arg(lane.name));
}

EditLaneCommand::EditLaneCommand(WorkspaceModel *model, const ProcessRef &ref, const Lane &before, const Lane &after)
    : ProcessCommand(model, ref), m_before(before), m_after(after)
{
    setText(before.name != after.name ? tr("Rename lane to “%1”").arg(after.name) : tr("Edit lane “%1”").arg(after.name));
}

Status EditLaneCommand::apply(Process &p, Geometry &, bool forward)
{
    const int i = p.laneIndex(m_after.id);
    if (i < 0)
        return Status::failure(tr("The lane “%1” no longer exists.").arg(m_after.id));
    p.lanes[i] = forward ? m_after : m_before;
    return success();
}

MoveLaneCommand::MoveLaneCommand(WorkspaceModel *model, const ProcessRef &ref, const QString &laneId, int from, int to)
    : ProcessCommand(model, ref), m_lane(laneId), m_from(from), m_to(to)
{
    setText(tr("Reorder lanes"));
}

Status MoveLaneCommand::apply(Process &p, Geometry &g, bool forward)
{
    const int at = p.laneIndex(m_lane);
    const int target = forward ? m_to : m_from;
    if (at < 0 || target < 0 || target >= p.lanes.size())
        return Status::failure(tr("The lane “%1” cannot be moved there.").arg(m_lane));
    const QList<LaneBand> oldBands = g.lanes;
    p.lanes.move(at, target);
    restack(p, g, oldBands);
    return success();
}

ResizeLaneCommand::ResizeLaneCommand(WorkspaceModel *model, const ProcessRef &ref, const QString &laneId, qreal before,
                                     qreal after)
    : ProcessCommand(model, ref), m_lane(laneId), m_before(before), m_after(after)
{
    setText(tr("Resize lane"));
}

Status ResizeLaneCommand::apply(Process &p, Geometry &g, bool forward)
{
    const QList<LaneBand> oldBands = g.lanes;
    for (LaneBand &b : g.lanes)
        if (b.id == m_lane) {
            const qreal thickness = std::max<qreal>(60, forward ? m_after : m_before);
            if (g.leftToRight)
                b.rect.setHeight(thickness);
            else
                b.rect.setWidth(thickness);
        }
    restack(p, g, oldBands);
    return success();
}

SetGeometryCommand::SetGeometryCommand(WorkspaceModel *model, const ProcessRef &ref, const Geometry &before,
                                       const Geometry &after, const QString &text)
    : ProcessCommand(model, ref), m_before(before), m_after(after)
{
    setText(text);
}

Status SetGeometryCommand::apply(Process &, Geometry &g, bool forward)
{
    g = forward ? m_after : m_before;
    return success();
}

ReplaceProcessCommand::ReplaceProcessCommand(WorkspaceModel *model, const ProcessRef &ref, const Process &after,
                                             const QString &text)
    : ProcessCommand(model, ref), m_after(after)
{
    m_keepsLayout = true; // the generated e-process has none yet: the editor lays it out
    if (const Process *p = model->process(ref))
        m_before = *p;
    setText(text);
}

Status ReplaceProcessCommand::apply(Process &p, Geometry &, bool forward)
{
    p = forward ? m_after : m_before;
    return success();
}

PasteCommand::PasteCommand(WorkspaceModel *model, const ProcessRef &ref, const QList<Step> &steps,
                           const QList<Flow> &flows, const QHash<QString, QPointF> &positions)
    : ProcessCommand(model, ref), m_steps(steps), m_flows(flows), m_positions(positions)
{
    setText(tr("Paste %1 steps").arg(steps.size()));
}

Status PasteCommand::apply(Process &p, Geometry &g, bool forward)
{
    if (forward) {
        for (const Step &s : std::as_const(m_steps)) {
            if (p.stepIndex(s.id) >= 0)
                return Status::failure(tr("A step with id “%1” already exists.").arg(s.id));
            p.steps.append(s);
            g.steps.insert(s.id, m_positions.value(s.id));
        }
        p.flows.append(m_flows);
        return success();
    }
    for (const Flow &f : std::as_const(m_flows)) {
        p.flows.removeIf([&](const Flow &x) { return x.id == f.id; });
        g.flows.remove(f.id);
    }
    for (const Step &s : std::as_const(m_steps)) {
        p.steps.removeIf([&](const Step &x) { return x.id == s.id; });
        g.steps.remove(s.id);
    }
    return success();
}

} // namespace tthc
