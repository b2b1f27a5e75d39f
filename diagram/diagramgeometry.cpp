#include "diagramgeometry.h"
#include "stepshape.h"

#include <QLineF>
#include <cmath>

namespace tthc {

QSizeF DiagramGeometry::stepSize(StepKind kind) { return StepShape::defaultSize(kind); }

QRectF DiagramGeometry::stepRect(StepKind kind, const QPointF &centre)
{
    const QSizeF s = stepSize(kind);
    return QRectF(centre.x() - s.width() / 2, centre.y() - s.height() / 2, s.width(), s.height());
}

Geometry DiagramGeometry::complete(const Process &process, const Geometry &stored)
{
    using M = DiagramMetrics;
    Geometry g;
    g.leftToRight = stored.leftToRight;
    g.flows = stored.flows;
    const bool lr = g.leftToRight;

    // Bands in lane order, keeping stored thickness; the length covers every step.
    qreal offset = 0;
    for (const Lane &lane : process.lanes) {
        const LaneBand *old = stored.lane(lane.id);
        const qreal thickness = old ? std::max<qreal>(60, lr ? old->rect.height() : old->rect.width()) : M::laneThickness;
        g.lanes.append({lane.id, lr ? QRectF(0, offset, 0, thickness) : QRectF(offset, 0, thickness, 0)});
        offset += thickness;
    }
    // Steps: stored positions, pulled into their band; new steps after the others of the lane.
    QHash<QString, qreal> laneEnd; // furthest extent along the flow per lane
    const qreal header = lr ? M::laneHeader : M::laneHeaderAcross;
    for (const Step &s : process.steps)
        if (stored.steps.contains(s.id)) {
            const QPointF p = stored.steps.value(s.id);
            laneEnd[s.lane] = std::max(laneEnd.value(s.lane, header), lr ? p.x() : p.y());
        }
    for (const Step &s : process.steps) {
        const LaneBand *band = g.lane(s.lane);
        const QSizeF size = stepSize(s.kind);
        QPointF p;
        if (stored.steps.contains(s.id)) {
            p = stored.steps.value(s.id);
        } else {
            const qreal along = laneEnd.value(s.lane, header) + (lr ? size.width() : size.height()) + 40;
            laneEnd[s.lane] = along;
            const qreal across = band ? (lr ? band->rect.center().y() : band->rect.center().x()) : offset + M::laneThickness / 2;
            p = lr ? QPointF(along, across) : QPointF(across, along);
        }
        if (band) { // keep the centre inside the band
            if (lr)
                p.setY(std::clamp(p.y(), band->rect.top() + 1, band->rect.bottom() - 1));
            else
                p.setX(std::clamp(p.x(), band->rect.left() + 1, band->rect.right() - 1));
        }
        g.steps.insert(s.id, p);
    }
    qreal length = 800;
    for (const Step &s : process.steps) {
        const QRectF r = stepRect(s.kind, g.steps.value(s.id));
        length = std::max(length, (lr ? r.right() : r.bottom()) + M::margin);
    }
    for (LaneBand &b : g.lanes) {
        if (lr)
            b.rect.setWidth(length);
        else
            b.rect.setHeight(length);
    }
    return g;
}

QPointF DiagramGeometry::boundaryPoint(const QRectF &box, const QPointF &towards)
{
    const QPointF c = box.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = std::abs(d.x()) > 1e-9 ? (box.width() / 2) / std::abs(d.x()) : 1e9;
    const qreal sy = std::abs(d.y()) > 1e-9 ? (box.height() / 2) / std::abs(d.y()) : 1e9;
    const qreal s = std::min(sx, sy);
    return c + d * s;
}

QList<QPointF> DiagramGeometry::route(const QRectF &from, const QRectF &to, bool leftToRight)
{
    // Leave and enter along the flow direction when the target lies ahead; otherwise go straight.
    const QPointF a = from.center(), b = to.center();
    QPointF p0, p3, c1, c2;
    const bool ahead = leftToRight ? b.x() > from.right() : b.y() > from.bottom();
    if (ahead) {
        p0 = leftToRight ? QPointF(from.right(), a.y()) : QPointF(a.x(), from.bottom());
        p3 = leftToRight ? QPointF(to.left(), b.y()) : QPointF(b.x(), to.top());
        const qreal k = (leftToRight ? p3.x() - p0.x() : p3.y() - p0.y()) / 2;
        c1 = leftToRight ? QPointF(p0.x() + k, p0.y()) : QPointF(p0.x(), p0.y() + k);
        c2 = leftToRight ? QPointF(p3.x() - k, p3.y()) : QPointF(p3.x(), p3.y() - k);
    } else {
        p0 = boundaryPoint(from, b);
        p3 = boundaryPoint(to, a);
        c1 = p0 + (p3 - p0) / 3;
        c2 = p0 + (p3 - p0) * 2 / 3;
    }
    return {p0, c1, c2, p3};
}

QList<QPointF> DiagramGeometry::flowPath(const QList<QPointF> &stored, const QRectF &from, const QRectF &to,
                                         bool leftToRight)
{
    if (stored.size() >= 4 && (stored.size() - 1) % 3 == 0) {
        const QRectF a = from.adjusted(-6, -6, 6, 6), b = to.adjusted(-6, -6, 6, 6);
        if (a.contains(stored.first()) && b.contains(stored.last()))
            return stored;
    }
    return route(from, to, leftToRight);
}

QPainterPath DiagramGeometry::bezierPath(const QList<QPointF> &points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points[i], points[i + 1], points[i + 2]);
    return path;
}

int DiagramGeometry::laneAt(const Geometry &g, const QPointF &p)
{
    for (int i = 0; i < g.lanes.size(); ++i) {
        const QRectF &r = g.lanes[i].rect;
        if (g.leftToRight ? (p.y() >= r.top() && p.y() < r.bottom()) : (p.x() >= r.left() && p.x() < r.right()))
            return i;
    }
    return -1;
}

} // namespace tthc
