#pragma once
// A lane (actor) band with its title area, shown by id. Only the title area is selectable, so
// a drag on the empty band starts a rubber band; dragging the band's far edge resizes it.
#include <QGraphicsItem>

namespace tthc {

class ProcessScene;

class LaneItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    LaneItem(const QString &id, ProcessScene *scene);
    int type() const override { return Type; }
    QString id() const { return m_id; }

    void setDisplay(const QString &name, const QString &kindLabel, int index, bool leftToRight, const QRectF &band);
    QRectF band() const { return m_band; }
    QRectF header() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    bool nearFarEdge(const QPointF &p) const;
    QString m_id;
    ProcessScene *m_scene;
    QString m_name, m_kindLabel;
    int m_index = 0;
    bool m_leftToRight = true;
    QRectF m_band;
    bool m_resizing = false;
    qreal m_thicknessAtPress = 0;
};

} // namespace tthc
