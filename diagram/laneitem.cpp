#include "laneitem.h"
#include "stepshape.h"
#include "diagramgeometry.h"
#include "processscene.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextOption>

namespace tthc {

LaneItem::LaneItem(const QString &id, ProcessScene *scene) : m_id(id), m_scene(scene)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
}

void LaneItem::setDisplay(const QString &name, const QString &kindLabel, int index, bool leftToRight, const QRectF &band)
{
    if (band != m_band || leftToRight != m_leftToRight)
        prepareGeometryChange();
    m_name = name;
    m_kindLabel = kindLabel;
    m_index = index;
    m_leftToRight = leftToRight;
    m_band = band;
    update();
}

QRectF LaneItem::header() const
{
    const qreal h = DiagramMetrics::laneHeader;
    return m_leftToRight ? QRectF(m_band.left(), m_band.top(), std::min(h - 10, m_band.width()), m_band.height())
                         : QRectF(m_band.left(), m_band.top(), m_band.width(),
                                  std::min(DiagramMetrics::laneHeaderAcross - 6, m_band.height()));
}

QRectF LaneItem::boundingRect() const { return m_band.adjusted(-1, -1, 1, 4); }

QPainterPath LaneItem::shape() const
{
    QPainterPath p;
    p.addRect(header());
    // The far edge is grabbable for resizing.
    const QRectF edge = m_leftToRight ? QRectF(m_band.left(), m_band.bottom() - 4, m_band.width(), 8)
                                      : QRectF(m_band.right() - 4, m_band.top(), 8, m_band.height());
    p.addRect(edge);
    return p;
}

bool LaneItem::nearFarEdge(const QPointF &p) const
{
    return m_leftToRight ? std::abs(p.y() - m_band.bottom()) <= 5 : std::abs(p.x() - m_band.right()) <= 5;
}

void LaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_index % 2 ? QColor(0xf7f9fb) : QColor(0xffffff));
    painter->drawRect(m_band);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setBrush(selected ? QColor(0xbbdefb) : QColor(0xe3eaf2));
    painter->drawRect(header());
    painter->setPen(QPen(QColor(0x90a4ae), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(m_band);
    painter->drawRect(header());

    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x263238));
    StepShape::drawLabel(painter, header().adjusted(6, 6, -6, -20), m_name);
    font.setBold(false);
    font.setItalic(true);
    font.setPointSizeF(7.5);
    painter->setFont(font);
    painter->setPen(QColor(0x607d8b));
    painter->drawText(header().adjusted(4, 0, -4, -4), Qt::AlignHCenter | Qt::AlignBottom | Qt::TextDontClip, m_kindLabel);
}

void LaneItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(nearFarEdge(event->pos()) ? (m_leftToRight ? Qt::SizeVerCursor : Qt::SizeHorCursor) : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void LaneItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && nearFarEdge(event->pos())) {
        m_resizing = true;
        m_thicknessAtPress = m_leftToRight ? m_band.height() : m_band.width();
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void LaneItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing) {
        QGraphicsItem::mouseMoveEvent(event);
        return;
    }
    prepareGeometryChange();
    if (m_leftToRight)
        m_band.setBottom(std::max(m_band.top() + 60, event->pos().y()));
    else
        m_band.setRight(std::max(m_band.left() + 60, event->pos().x()));
    update();
}

void LaneItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing) {
        QGraphicsItem::mouseReleaseEvent(event);
        return;
    }
    m_resizing = false;
    const qreal after = m_leftToRight ? m_band.height() : m_band.width();
    if (!qFuzzyCompare(after, m_thicknessAtPress))
        m_scene->laneResized(m_id, m_thicknessAtPress, after);
}

} // namespace tthc
