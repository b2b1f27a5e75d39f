#include "processview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace tthc {

ProcessView::ProcessView(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
}

void ProcessView::setZoom(qreal factor)
{
    factor = std::clamp<qreal>(factor, 0.05, 8.0);
    QTransform t;
    t.scale(factor, factor);
    setTransform(t);
    emit zoomChanged(factor);
}

void ProcessView::zoomBy(qreal factor) { setZoom(zoom() * factor); }

void ProcessView::fit()
{
    if (!scene())
        return;
    const QRectF r = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (r.isEmpty())
        return;
    fitInView(r, Qt::KeepAspectRatio);
    const qreal z = std::min<qreal>(zoom(), 1.5); // do not blow small charts up
    setZoom(z);
    centerOn(r.center());
}

void ProcessView::centreOnItemsOf(const QRectF &sceneRect) { centerOn(sceneRect.center()); }

void ProcessView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void ProcessView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        setDragMode(QGraphicsView::ScrollHandDrag);
        // ScrollHandDrag pans with the left button: replay the press as one.
        QMouseEvent press(event->type(), event->position(), event->globalPosition(), Qt::LeftButton, Qt::LeftButton,
                          event->modifiers());
        QGraphicsView::mousePressEvent(&press);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void ProcessView::mouseReleaseEvent(QMouseEvent *event)
{
    if (dragMode() == QGraphicsView::ScrollHandDrag) {
        QMouseEvent release(event->type(), event->position(), event->globalPosition(), Qt::LeftButton, Qt::NoButton,
                            event->modifiers());
        QGraphicsView::mouseReleaseEvent(&release);
        setDragMode(QGraphicsView::RubberBandDrag);
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void ProcessView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !scene()->focusItem()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void ProcessView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void ProcessView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xeceff1));
}

} // namespace tthc
