#pragma once
// Outlines of the step kinds as customary in Vietnamese procedure flow charts: start and end
// as rounded terminals, tasks as rectangles, decisions as diamonds, a sub-procedure as a
// rectangle with double side bars. Shared by the scene items, exports and icons.
#include "enums.h"

#include <QPainterPath>
#include <QRectF>
#include <QSizeF>

namespace tthc {

class StepShape {
public:
    static QSizeF defaultSize(StepKind kind);
    static QPainterPath outline(StepKind kind, const QRectF &rect);
    // Extra decoration lines drawn inside the outline (the sub-procedure's side bars).
    static QPainterPath decoration(StepKind kind, const QRectF &rect);
};

} // namespace tthc
