#pragma once
// The geometry the editor actually draws: the stored layout completed for whatever it lacks.
// Every lane gets a band (stacked in lane order), every step a position inside its lane's
// band, and flows whose stored path no longer meets their steps get a simple route. Pure
// functions, so that the scene, the exports and the tests agree.
#include "geometry.h"
#include "types.h"

#include <QPainterPath>

namespace tthc {

struct DiagramMetrics {
    static constexpr qreal laneHeader = 150;       // width of the lane title area, lanes as rows (LR)
    static constexpr qreal laneHeaderAcross = 60;  // its height, lanes as columns (TB)
    static constexpr qreal laneThickness = 170; // default band height (LR) or width (TB)
    static constexpr qreal margin = 60;         // free space after the last step
    static constexpr qreal grid = 10;
};

class DiagramGeometry {
public:
    static QSizeF stepSize(StepKind kind);
    static QRectF stepRect(StepKind kind, const QPointF &centre);
    // Stored geometry completed for the process (see the class comment).
    static Geometry complete(const Process &process, const Geometry &stored);
    // Where a flow's path should meet a box when heading towards `towards`.
    static QPointF boundaryPoint(const QRectF &box, const QPointF &towards);
    // A default route between two boxes as a cubic Bézier chain (4 points).
    static QList<QPointF> route(const QRectF &from, const QRectF &to, bool leftToRight);
    // The stored path, if its ends still meet the boxes; else a default route.
    static QList<QPointF> flowPath(const QList<QPointF> &stored, const QRectF &from, const QRectF &to, bool leftToRight);
    static QPainterPath bezierPath(const QList<QPointF> &points);
    // The band containing a point along the cross axis; -1 if none.
    static int laneAt(const Geometry &g, const QPointF &p);
};

} // namespace tthc
