#include "stepshape.h"

#include <QPainter>
#include <QTextLayout>

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

void StepShape::drawLabel(QPainter *painter, const QRectF &rect, const QString &text)
{
    QTextLayout layout(text, painter->font(), painter->device());
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    double height = 0;
    int fitting = 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        if (fitting > 0 && height + line.height() > rect.height() + 0.5)
            break;
        height += line.height();
        ++fitting;
    }
    layout.endLayout();
    const QPointF origin(rect.left(), rect.top() + std::max(0.0, (rect.height() - height) / 2));
    for (int i = 0; i < fitting; ++i)
        layout.lineAt(i).draw(painter, origin);
}

} // namespace tthc
