#pragma once
// Lays a report::Document out on A4 pages and paints them: the engine behind the PDF and the
// page previews of the export dialog, so both show the same pages. Paragraphs break into
// lines with Qt's text layout (design metrics, no hinting), tables break between rows (a row
// taller than a page breaks between lines) and repeat their header rows, figures are scaled
// or tiled with placeFigure(). Everything is measured in points on a 96-dpi device; paint()
// expects a painter whose user unit is one point, on a 96-dpi device (PdfWriter, preview()).
#include "reportdocument.h"

#include <QFont>
#include <QImage>
#include <QSizeF>

#include <memory>

class QPainter;

namespace tthc::report {

// The dossier's typeface: Times New Roman, falling back on the metric-compatible Liberation
// Serif; sized in points for a 96-dpi device whose painter draws in points.
QFont reportFont(double pt, bool bold = false, bool italic = false);
// The device the layout measures with (96 dpi); any thread may use its own.
QPaintDevice *measureDevice();

class PageLayout {
public:
    explicit PageLayout(const Document &doc);
    ~PageLayout();
    PageLayout(const PageLayout &) = delete;
    PageLayout &operator=(const PageLayout &) = delete;

    int pageCount() const;
    bool isLandscape(int page) const;
    QSizeF pageSizePt(int page) const;
    QRectF bodyRectPt(int page) const; // the area inside the margins
    // Paints one page; the painter's user unit is one point, origin at the page's top-left.
    void paint(QPainter *painter, int page) const;
    // A picture of one page, `widthPx` wide, for previews.
    QImage preview(int page, int widthPx) const;

    struct Item;
    struct Page;

private:
    std::unique_ptr<struct PageLayoutData> d;
};

} // namespace tthc::report
