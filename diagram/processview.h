#pragma once
// The view of a process chart: rubber-band selection, Ctrl+wheel zoom around the cursor,
// fit, 100 %, and panning with the middle button or Space+drag.
#include <QGraphicsView>

namespace tthc {

class ProcessView : public QGraphicsView {
    Q_OBJECT
public:
    explicit ProcessView(QGraphicsScene *scene, QWidget *parent = nullptr);
    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal factor);
    void zoomBy(qreal factor);
    void fit();
    void centreOnItemsOf(const QRectF &sceneRect);

signals:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    bool m_spaceHeld = false;
};

} // namespace tthc
