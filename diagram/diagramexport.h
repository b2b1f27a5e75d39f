#pragma once
// Exports of a process chart: SVG, PNG at a chosen DPI, and vector PDF. They render the
// scene as the user sees it, without selection or validation badges. Scene units are
// pixels at 96 dpi.
#include "result.h"

#include <QCoreApplication>
#include <QPicture>
#include <QRectF>

namespace tthc {

class ProcessScene;

class DiagramExport {
    Q_DECLARE_TR_FUNCTIONS(tthc::DiagramExport)
public:
    static Status svg(ProcessScene &scene, const QString &path, const QString &title);
    static Status png(ProcessScene &scene, const QString &path, int dpi);
    static Status pdf(ProcessScene &scene, const QString &path, const QString &title);
    // Records the chart as a vector picture in points (scene pixels at 96 dpi × 0.75), for
    // documents that place it themselves (the approval dossier); returns its size in points.
    static QSizeF picture(ProcessScene &scene, QPicture &out);
    // One part of that picture (in its points), recorded on its own from (0,0): only the
    // items in that part are in it.
    static void picture(ProcessScene &scene, QPicture &out, const QRectF &partPt);
    static QSize pngSize(const ProcessScene &scene, int dpi);
    static QRectF area(const ProcessScene &scene);
};

} // namespace tthc
