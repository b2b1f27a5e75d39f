#pragma once
// One view of both charts of a procedure or group: the as-is on the left, the e-process on
// the right. E-process steps are marked by the action of the as-is steps they derive from
// (automated, simplified, merged, new); eliminated as-is steps are greyed and struck through.
// Selecting a step on one side highlights its counterparts on the other (derivedFrom).
#include "diagrameditor.h"

#include <QWidget>

class QLabel;

namespace tthc {

struct ComparisonMarks {
    QHash<QString, StepItem::Mark> asIs;
    QHash<QString, StepItem::Mark> toBe;
    // The pure rule, testable without a scene.
    static ComparisonMarks compute(const Process &asIs, const Process &toBe, const QList<StepAnalysis> &analysis);
};

class ComparisonView : public QWidget {
    Q_OBJECT
public:
    ComparisonView(WorkspaceModel *model, QUndoStack *undo, QWidget *parent = nullptr);
    // The owner's as-is reference; the to-be is the same owner's.
    void setOwner(const std::optional<ProcessRef> &asIs);
    DiagramEditor *side(Which which) const { return which == Which::AsIs ? m_asIs : m_toBe; }

private:
    void refreshMarks();
    void crossHighlight(Which from);

    WorkspaceModel *m_model;
    DiagramEditor *m_asIs;
    DiagramEditor *m_toBe;
    bool m_highlighting = false;
};

} // namespace tthc
