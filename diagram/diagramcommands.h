#pragma once
// Undo commands of the flow-chart editor. Each one holds the process reference, ids and the
// values it needs, looks the process up again on every redo/undo, applies its change by id
// and writes the result through WorkspaceModel::setProcess (one transaction). A command whose
// change cannot be saved marks itself obsolete and reports why, so the undo history only holds
// edits that reached the workspace file. One user gesture is one command.
#include "geometry.h"
#include "workspacemodel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>
#include <functional>

namespace tthc {

using CommandErrorSink = std::function<void(const QString &)>;

class ProcessCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::ProcessCommand)
public:
    void redo() override { run(true); }
    void undo() override { run(false); }
    static void setErrorSink(CommandErrorSink sink); // where refused commands report (the main window)

protected:
    ProcessCommand(WorkspaceModel *model, const ProcessRef &ref);
    // Applies (forward) or reverts the change on a copy of the current process.
    virtual Status apply(Process &p, Geometry &g, bool forward) = 0;
    // Whole-process replacements put the stored layout back byte for byte.
    bool m_keepsLayout = false;

private:
    void run(bool forward);
    QPointer<WorkspaceModel> m_model;
    ProcessRef m_ref;
};

// A step with its position (add), or the reverse.
class AddStepCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::AddStepCommand) // the context lupdate gives its tr() calls
public:
    AddStepCommand(WorkspaceModel *model, const ProcessRef &ref, const Step &step, const QPointF &centre);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    Step m_step;
    QPointF m_centre;
};

// Deletes steps (with every flow that touches them) and flows; undo puts everything back at
// its index, with its position and path.
class DeleteItemsCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::DeleteItemsCommand) // the context lupdate gives its tr() calls
public:
    DeleteItemsCommand(WorkspaceModel *model, const ProcessRef &ref, const QStringList &stepIds, const QStringList &flowIds,
                       const QString &text = {});
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    QList<QPair<int, Step>> m_steps;
    QList<QPair<int, Flow>> m_flows;
    QHash<QString, QPointF> m_positions;
    QHash<QString, QList<QPointF>> m_paths;
};

// Moves steps (one drag of any number of steps); a step dropped in another lane's band joins it.
class MoveStepsCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::MoveStepsCommand) // the context lupdate gives its tr() calls
public:
    struct Move {
        QString id;
        QPointF from, to;
        QString fromLane, toLane;
    };
    MoveStepsCommand(WorkspaceModel *model, const ProcessRef &ref, const QList<Move> &moves);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    QList<Move> m_moves;
};

// Replaces a step's fields (properties dock, inline rename); the id stays.
class EditStepCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::EditStepCommand) // the context lupdate gives its tr() calls
public:
    EditStepCommand(WorkspaceModel *model, const ProcessRef &ref, const Step &before, const Step &after);
    int id() const override { return 101; }
    bool mergeWith(const QUndoCommand *other) override;
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    Step m_before, m_after;
};

class AddFlowCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::AddFlowCommand) // the context lupdate gives its tr() calls
public:
    AddFlowCommand(WorkspaceModel *model, const ProcessRef &ref, const Flow &flow);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    Flow m_flow;
};

class EditFlowCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::EditFlowCommand) // the context lupdate gives its tr() calls
public:
    EditFlowCommand(WorkspaceModel *model, const ProcessRef &ref, const Flow &before, const Flow &after);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    Flow m_before, m_after;
};

// Re-routes a flow through the user's waypoints (a Bézier chain), or back to automatic.
class SetFlowPathCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::SetFlowPathCommand) // the context lupdate gives its tr() calls
public:
    SetFlowPathCommand(WorkspaceModel *model, const ProcessRef &ref, const QString &flowId,
                       const QList<QPointF> &before, const QList<QPointF> &after);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    QString m_flow;
    QList<QPointF> m_before, m_after;
};

// Lanes: add at an index, edit name/kind, move to another index, resize its band.
class AddLaneCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::AddLaneCommand) // the context lupdate gives its tr() calls
public:
    AddLaneCommand(WorkspaceModel *model, const ProcessRef &ref, const Lane &lane, int index);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    Lane m_lane;
    int m_index;
};

// Deletes an empty lane: adding it, backwards.
class RemoveLaneCommand : public AddLaneCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::RemoveLaneCommand) // the context lupdate gives its tr() calls
public:
    RemoveLaneCommand(WorkspaceModel *model, const ProcessRef &ref, const Lane &lane, int index);
    void redo() override { AddLaneCommand::undo(); }
    void undo() override { AddLaneCommand::redo(); }
};

class EditLaneCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::EditLaneCommand) // the context lupdate gives its tr() calls
public:
    EditLaneCommand(WorkspaceModel *model, const ProcessRef &ref, const Lane &before, const Lane &after);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    Lane m_before, m_after;
};

class MoveLaneCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::MoveLaneCommand) // the context lupdate gives its tr() calls
public:
    MoveLaneCommand(WorkspaceModel *model, const ProcessRef &ref, const QString &laneId, int from, int to);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    QString m_lane;
    int m_from, m_to;
};

class ResizeLaneCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::ResizeLaneCommand) // the context lupdate gives its tr() calls
public:
    ResizeLaneCommand(WorkspaceModel *model, const ProcessRef &ref, const QString &laneId, qreal before, qreal after);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    QString m_lane;
    qreal m_before, m_after;
};

// Replaces the whole geometry (auto-layout, orientation): one undo step.
class SetGeometryCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::SetGeometryCommand) // the context lupdate gives its tr() calls
public:
    SetGeometryCommand(WorkspaceModel *model, const ProcessRef &ref, const Geometry &before, const Geometry &after,
                       const QString &text);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    Geometry m_before, m_after;
};

// Replaces a whole process (the generated e-process): one undo step.
class ReplaceProcessCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::ReplaceProcessCommand) // the context lupdate gives its tr() calls
public:
    ReplaceProcessCommand(WorkspaceModel *model, const ProcessRef &ref, const Process &after, const QString &text);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    Process m_before, m_after;
};

// Pastes steps and the flows between them (already given fresh ids) at their positions.
class PasteCommand : public ProcessCommand {
    Q_DECLARE_TR_FUNCTIONS(tthc::PasteCommand) // the context lupdate gives its tr() calls
public:
    PasteCommand(WorkspaceModel *model, const ProcessRef &ref, const QList<Step> &steps, const QList<Flow> &flows,
                 const QHash<QString, QPointF> &positions);
protected:
    Status apply(Process &p, Geometry &g, bool forward) override;
private:
    QList<Step> m_steps;
    QList<Flow> m_flows;
    QHash<QString, QPointF> m_positions;
};

} // namespace tthc
