#pragma once
// Outlines of the step kinds as customary in Vietnamese procedure flow charts: start and end
// as rounded terminals, tasks as rectangles, decisions as diamonds, a sub-procedure as a
// rectangle with double side bars. Shared by the scene items, exports and icons.
#include "enums.h"

#include <QPainterPath>

class QPainter;
#include <QRectF>
#include <QSizeF>

namespace tthc {

class StepShape {
public:
    static QSizeF defaultSize(StepKind kind);
    static QPainterPath outline(StepKind kind, const QRectF &rect);
    // Extra decoration lines drawn inside the outline (the sub-procedure's side bars).
    static QPainterPath decoration(StepKind kind, const QRectF &rect);
    // Draws `text` wrapped and centred in `rect` with the painter's font and pen, keeping only
    // the lines that fit. It never touches the painter's clip, so a chart recorded as a
    // picture can be replayed inside a clip (the dossier's page tiles) without escaping it.
    static void drawLabel(QPainter *painter, const QRectF &rect, const QString &text);
};

} // namespace tthc
