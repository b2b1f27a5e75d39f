#pragma once
// The scene of one process chart. It shows the model's lanes, steps and flows by id
// (QHash<id, item>), follows WorkspaceModel::processChanged with an incremental sync, and turns
// user gestures into undo commands: a drag of any number of steps is one MoveStepsCommand, a
// drag from step to step with the connect tool one AddFlowCommand, a click with an add tool one
// AddStepCommand. It never changes the model directly.
#include "geometry.h"
#include "stepitem.h"
#include "validator.h"
#include "workspacemodel.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

class QUndoStack;
class QGraphicsLineItem;
class QGraphicsTextItem;

namespace tthc {

class FlowItem;
class LaneItem;

class ProcessScene : public QGraphicsScene {
    Q_OBJECT
public:
    enum class Tool { Select, Connect, AddTask, AddDecision, AddStart, AddEnd, AddProcedure };

    ProcessScene(WorkspaceModel *model, QUndoStack *undo, QObject *parent = nullptr);
    ~ProcessScene() override;
    void setProcess(const std::optional<ProcessRef> &ref);
    std::optional<ProcessRef> processRef() const { return m_ref; }
    const Process *process() const;
    WorkspaceModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }

    StepItem *stepItem(const QString &id) const { return m_steps.value(id); }
    FlowItem *flowItem(const QString &id) const { return m_flows.value(id); }
    LaneItem *laneItem(const QString &id) const { return m_lanes.value(id); }
    int stepCount() const { return int(m_steps.size()); }
    Geometry geometry() const { return m_geometry; }
    QStringList selectedStepIds() const;
    QStringList selectedFlowIds() const;
    QString selectedLaneId() const;
    void selectStep(const QString &id);

    // Validation badges from the model's findings (only those of this process are used).
    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    // Side-by-side marks and cross-highlighting.
    void setMarks(const QHash<QString, StepItem::Mark> &marks);
    void setHighlighted(const QSet<QString> &stepIds);

    // Edits asked for by actions (each one undo command).
    void deleteSelection();
    void addLane(const QString &name);
    void moveSelectedLane(int delta);
    void startRename(const QString &stepOrLaneId);
    void copySelection(bool cut);
    void resetSelectedRoutes(); // selected flows back to automatic routing
    void paste();
    QString newStepId() const;

    // Called by the items.
    void stepMoved(const QString &id);
    void laneResized(const QString &laneId, qreal before, qreal after);

    // Snapshot of the completed geometry shown now: positions as the items hold them.
    QRectF itemsRect() const;

signals:
    void message(const QString &text); // a hint, for the status bar
    void refused(const QString &why);  // a gesture that did nothing, and why: shown where the user looks
    void stepActivated(const QString &id);
    void drillDown(const QString &procedureCode); // a sub-procedure node was opened
    void toolChanged(tthc::ProcessScene::Tool tool); // also when the scene goes back to Select itself

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void sync();
    void updateFlowPath(FlowItem *flow);
    StepItem *stepAt(const QPointF &scenePos) const;
    QString laneIdAt(const QPointF &scenePos) const;
    void finishRename(bool commit);
    QList<QPointF> bentPath(FlowItem *flow, const QPointF &waypoint) const;

    WorkspaceModel *m_model;
    QUndoStack *m_undo;
    std::optional<ProcessRef> m_ref;
    Geometry m_geometry;
    QHash<QString, LaneItem *> m_lanes;
    QHash<QString, StepItem *> m_steps;
    QHash<QString, FlowItem *> m_flows;
    QHash<QString, QList<FlowItem *>> m_flowsOfStep;
    QList<Finding> m_findings;
    Tool m_tool = Tool::Select;
    bool m_snap = true;
    bool m_syncing = false;
    // Gesture state.
    QHash<QString, QPointF> m_pressPositions;
    QString m_connectFrom;
    QString m_bendFlow;              // a flow being bent through a waypoint
    QList<QPointF> m_bendBefore;
    QGraphicsLineItem *m_connectLine = nullptr;
    QGraphicsTextItem *m_editor = nullptr;
    QString m_editing;
};

} // namespace tthc
