#include "flowitem.h"
#include "diagramgeometry.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace tthc {

namespace {
QFont labelFont()
{
    QFont f;
    f.setPointSizeF(7.5);
    return f;
}
} // namespace

FlowItem::FlowItem(const QString &id) : m_id(id)
{
    setFlags(ItemIsSelectable);
    setZValue(1);
}

void FlowItem::setDisplay(const QString &from, const QString &to, const QString &label, FlowKind kind)
{
    m_from = from;
    m_to = to;
    if (label != m_label || kind != m_kind) {
        prepareGeometryChange();
        m_label = label;
        m_kind = kind;
        setPoints(m_points);
    }
}

void FlowItem::setPoints(const QList<QPointF> &bezier)
{
    prepareGeometryChange();
    m_points = bezier;
    m_path = DiagramGeometry::bezierPath(bezier);
    if (!m_label.isEmpty() && !m_path.isEmpty()) {
        const QFontMetricsF fm(labelFont());
        const QSizeF size(std::min<qreal>(fm.horizontalAdvance(m_label) + 8, 160), fm.height() + 2);
        const QPointF mid = m_path.pointAtPercent(0.5);
        m_labelRect = QRectF(mid - QPointF(size.width() / 2, size.height() / 2), size);
    } else {
        m_labelRect = {};
    }
}

void FlowItem::setFlagged(bool errors, const QString &text)
{
    if (errors != m_flagged) {
        m_flagged = errors;
        update();
    }
    setToolTip(text);
}

void FlowItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        update();
    }
}

QRectF FlowItem::boundingRect() const { return (m_path.boundingRect() | m_labelRect).adjusted(-10, -10, 10, 10); }

QPainterPath FlowItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(9);
    QPainterPath s = stroker.createStroke(m_path);
    s.addRect(m_labelRect);
    return s;
}

void FlowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_path.isEmpty())
        return;
    const bool selected = option->state & QStyle::State_Selected;
    QColor colour = m_flagged ? QColor(0xc62828) : selected ? QColor(0x1565c0) : m_highlighted ? QColor(0xe65100) : QColor(0x455a64);
    QPen pen(colour, selected || m_highlighted ? 2.2 : 1.3);
    if (m_kind == FlowKind::Message)
        pen.setStyle(Qt::DashLine);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    // Arrowhead along the last segment's direction.
    const QPointF tip = m_points.last();
    const QPointF before = m_path.pointAtPercent(std::max(0.0, 1.0 - 8.0 / std::max<qreal>(m_path.length(), 8.0)));
    const qreal angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
    const qreal size = 9;
    QPolygonF head;
    head << tip << tip - QPointF(std::cos(angle - M_PI / 7) * size, std::sin(angle - M_PI / 7) * size)
         << tip - QPointF(std::cos(angle + M_PI / 7) * size, std::sin(angle + M_PI / 7) * size);
    pen.setStyle(Qt::SolidLine);
    painter->setPen(pen);
    painter->setBrush(m_kind == FlowKind::Message ? QBrush(Qt::white) : QBrush(colour));
    painter->drawPolygon(head);

    if (!m_labelRect.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRoundedRect(m_labelRect, 3, 3);
        painter->setPen(colour);
        painter->setFont(labelFont());
        painter->drawText(m_labelRect, Qt::AlignCenter | Qt::TextSingleLine | Qt::TextDontClip,
                          QFontMetricsF(labelFont()).elidedText(m_label, Qt::ElideRight, m_labelRect.width() - 4));
    }
}

} // namespace tthc
