#include "reportdocument.h"

#include <QPageSize>
#include <QtMath>

namespace tthc::report {

QString Paragraph::text() const
{
    QString out;
    for (const Run &r : runs)
        out += r.text;
    return out;
}

Paragraph Paragraph::plain(const QString &text, Align align, double sizePt)
{
    Paragraph p;
    p.runs = {Run{text}};
    p.align = align;
    p.sizePt = sizePt;
    return p;
}

QString Cell::text() const
{
    QStringList lines;
    for (const Paragraph &p : paragraphs)
        lines << p.text();
    return lines.join(QLatin1Char('\n'));
}

Cell Cell::coveredCell()
{
    Cell c;
    c.covered = true;
    return c;
}

QList<const Table *> Document::sheetTables() const
{
    QList<const Table *> out;
    for (const Section &s : sections)
        for (const Block &b : s.blocks)
            if (const auto *t = std::get_if<Table>(&b); t && !t->sheetName.isEmpty())
                out << t;
    return out;
}

QSizeF figureArea(const PageSetup &page, bool landscape)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    const QSizeF paper = landscape ? a4.transposed() : a4;
    constexpr double mm = 72.0 / 25.4;
    return QSizeF(paper.width() - (page.leftMm + page.rightMm) * mm,
                  paper.height() - (page.topMm + page.bottomMm) * mm - captionReservePt);
}

FigurePlacement placeFigure(const Figure &f, const QSizeF &area, double minTextPt)
{
    FigurePlacement out;
    const QSizeF n = f.naturalSize;
    if (n.isEmpty() || area.isEmpty())
        return out;
    // Fit the whole figure, never enlarged: its text is drawn at reading size already.
    double scale = std::min({area.width() / n.width(), area.height() / n.height(), 1.0});
    const double floor = f.minTextPt > 0 ? minTextPt / f.minTextPt : 0;
    if (scale >= floor || floor <= 0) {
        out.scale = scale;
        out.parts = {QRectF(QPointF(0, 0), n)};
        return out;
    }
    // Too small to read: keep the text at the minimum size and cut the figure into tiles
    // of one page each, left to right, then top to bottom.
    out.scale = floor;
    // Tiles of equal size (a narrow last strip would be hard to follow).
    const int cols = qCeil(n.width() * floor / area.width() - 1e-9);
    const int rows = qCeil(n.height() * floor / area.height() - 1e-9);
    const double tileW = n.width() / cols;
    const double tileH = n.height() / rows;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            out.parts << QRectF(c * tileW, r * tileH, std::min(tileW, n.width() - c * tileW),
                                std::min(tileH, n.height() - r * tileH));
    return out;
}

} // namespace tthc::report
