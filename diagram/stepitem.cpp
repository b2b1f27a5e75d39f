#include "stepitem.h"
#include "diagramgeometry.h"
#include "processscene.h"
#include "stepshape.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextOption>

namespace tthc {

StepItem::StepItem(const QString &id, ProcessScene *scene) : m_id(id), m_scene(scene)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(2);
}

void StepItem::setDisplay(StepKind kind, const QString &name, const QString &tooltip)
{
    if (kind != m_kind)
        prepareGeometryChange();
    m_kind = kind;
    m_name = name;
    setToolTip(tooltip);
    update();
}

void StepItem::setMark(Mark mark)
{
    if (mark != m_mark) {
        m_mark = mark;
        update();
    }
}

void StepItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        update();
    }
}

void StepItem::setBadge(int errors, int warnings, const QString &text)
{
    if (errors == m_errors && warnings == m_warnings)
        return;
    m_errors = errors;
    m_warnings = warnings;
    setToolTip(text);
    update();
}

QRectF StepItem::box() const { return DiagramGeometry::stepRect(m_kind, {0, 0}); }

QRectF StepItem::boundingRect() const { return box().adjusted(-14, -14, 14, 14); }

QPainterPath StepItem::shape() const { return StepShape::outline(m_kind, box()); }

void StepItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = box();
    const bool eliminated = m_mark == Mark::Eliminated;
    QColor fill = m_kind == StepKind::Decision ? QColor(0xfff8e1) : m_kind == StepKind::Start || m_kind == StepKind::End
                                                                      ? QColor(0xe8f5e9)
                                                                      : QColor(0xffffff);
    switch (m_mark) {
    case Mark::Automated: fill = QColor(0xe3f2fd); break;
    case Mark::Simplified: fill = QColor(0xf1f8e9); break;
    case Mark::Merged: fill = QColor(0xf3e5f5); break;
    case Mark::New: fill = QColor(0xfffde7); break;
    case Mark::Eliminated: fill = QColor(0xeeeeee); break;
    case Mark::Kept:
    case Mark::None: break;
    }
    const bool selected = option->state & QStyle::State_Selected;
    QPen pen(eliminated ? QColor(0x9e9e9e) : QColor(0x37474f), selected || m_highlighted ? 2.5 : 1.3);
    if (m_highlighted)
        pen.setColor(QColor(0xe65100));
    else if (selected)
        pen.setColor(QColor(0x1565c0));
    if (eliminated)
        pen.setStyle(Qt::DashLine);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPath(StepShape::outline(m_kind, r));
    painter->drawPath(StepShape::decoration(m_kind, r));

    // Multi-line wrapped label inside the shape (a decision's text sits in its inner diamond).
    QRectF text = m_kind == StepKind::Decision ? r.adjusted(r.width() / 5, r.height() / 6, -r.width() / 5, -r.height() / 6)
                                               : r.adjusted(8, 4, -8, -4);
    if (m_kind == StepKind::Procedure)
        text.adjust(10, 0, -10, 0);
    QFont font = painter->font();
    font.setPointSizeF(m_kind == StepKind::Decision ? 7.5 : 8.5);
    font.setStrikeOut(eliminated);
    painter->setFont(font);
    painter->setPen(eliminated ? QColor(0x757575) : QColor(0x212121));
    StepShape::drawLabel(painter, text, m_name);

    // Validation badge at the top right corner.
    if (m_errors + m_warnings > 0) {
        const QRectF badge(r.right() - 9, r.top() - 9, 18, 18);
        painter->setPen(Qt::white);
        painter->setBrush(m_errors > 0 ? QColor(0xc62828) : QColor(0xef6c00));
        painter->drawEllipse(badge);
        QFont bf = painter->font();
        bf.setPointSizeF(7);
        bf.setBold(true);
        bf.setStrikeOut(false);
        painter->setFont(bf);
        painter->drawText(badge, Qt::AlignCenter | Qt::TextDontClip, QString::number(m_errors > 0 ? m_errors : m_warnings));
    }
}

QVariant StepItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_scene->snapToGrid()) {
        const QPointF p = value.toPointF();
        const qreal g = DiagramMetrics::grid;
        return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
    }
    if (change == ItemPositionHasChanged)
        m_scene->stepMoved(m_id);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace tthc
