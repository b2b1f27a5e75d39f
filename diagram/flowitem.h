#pragma once
// A flow on the chart, shown by id: a Bézier path with an arrowhead and its label. Sequence
// flows are solid, message flows (interconnection between agencies) dashed.
#include "enums.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace tthc {

class FlowItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    explicit FlowItem(const QString &id);
    int type() const override { return Type; }
    QString id() const { return m_id; }

    void setDisplay(const QString &from, const QString &to, const QString &label, FlowKind kind);
    QString from() const { return m_from; }
    QString to() const { return m_to; }
    void setPoints(const QList<QPointF> &bezier); // scene coordinates
    const QList<QPointF> &points() const { return m_points; }
    void setFlagged(bool errors, const QString &text);
    bool isFlagged() const { return m_flagged; }
    QString label() const { return m_label; }
    FlowKind kind() const { return m_kind; }
    void setHighlighted(bool on);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_id, m_from, m_to, m_label;
    FlowKind m_kind = FlowKind::Sequence;
    QList<QPointF> m_points;
    QPainterPath m_path;
    QRectF m_labelRect;
    bool m_flagged = false;
    bool m_highlighted = false;
};

} // namespace tthc
