#include "stepshape.h"

namespace tthc {

QSizeF StepShape::defaultSize(StepKind kind)
{
    switch (kind) {
    case StepKind::Start:
    case StepKind::End: return {110, 44};
    case StepKind::Decision: return {150, 90};
    case StepKind::Task:
    case StepKind::Procedure: return {170, 70};
    }
    return {170, 70};
}

QPainterPath StepShape::outline(StepKind kind, const QRectF &r)
{
    QPainterPath path;
    switch (kind) {
    case StepKind::Start:
    case StepKind::End:
        path.addRoundedRect(r, r.height() / 2, r.height() / 2);
        break;
    case StepKind::Decision:
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.center().x(), r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
        break;
    case StepKind::Task:
        path.addRoundedRect(r, 6, 6);
        break;
    case StepKind::Procedure:
        path.addRect(r);
        break;
    }
    return path;
}

QPainterPath StepShape::decoration(StepKind kind, const QRectF &r)
{
    QPainterPath path;
    if (kind == StepKind::Procedure) {
        const qreal inset = std::min<qreal>(12, r.width() / 10);
        path.moveTo(r.left() + inset, r.top());
        path.lineTo(r.left() + inset, r.bottom());
        path.moveTo(r.right() - inset, r.top());
        path.lineTo(r.right() - inset, r.bottom());
    }
    return path;
}

} // namespace tthc
