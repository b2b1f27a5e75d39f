#include "pagelayout.h"

#include <QPageSize>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

#include <variant>

namespace tthc::report {

namespace {

constexpr double mmToPt = 72.0 / 25.4;
constexpr double deviceDpi = 96;
constexpr double cellPadX = 4;  // pt inside a table cell, left and right
constexpr double cellPadY = 2.5; // pt inside a table cell, top and bottom
constexpr double pageNumberPt = 13;
constexpr double eps = 0.01;

// One line (or several) of a laid-out paragraph, drawn at an offset.
struct TextItem {
    std::shared_ptr<QTextLayout> layout;
    int firstLine = 0;
    int lastLine = -1;
    QPointF offset;
};
struct LineItem {
    QLineF line;
    double width = 0.5;
};
struct FillItem {
    QRectF rect;
};
struct FigureItem {
    QPicture picture;
    QRectF source; // in the picture
    QRectF target; // on the page
};
using PageItem = std::variant<TextItem, LineItem, FillItem, FigureItem>;

struct LaidLine {
    double top = 0; // from the paragraph's top (its space before included)
    double bottom = 0;
};

// A paragraph broken into lines for one width.
struct LaidParagraph {
    std::shared_ptr<QTextLayout> layout;
    QList<LaidLine> lines;
    double height = 0; // space before + lines + rule + space after
    double ruleY = -1; // the rule's y from the top, if any
    double ruleLength = 0;
    double width = 0;
    bool keepWithNext = false;
    bool pageBreakBefore = false;
};

Qt::Alignment qtAlign(Align a)
{
    switch (a) {
    case Align::Left: return Qt::AlignLeft;
    case Align::Center: return Qt::AlignHCenter;
    case Align::Right: return Qt::AlignRight;
    case Align::Justify: return Qt::AlignJustify;
    }
    return Qt::AlignLeft;
}

LaidParagraph layoutParagraph(const Paragraph &p, double width)
{
    LaidParagraph out;
    out.width = width;
    out.keepWithNext = p.keepWithNext;
    out.pageBreakBefore = p.pageBreakBefore;
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const Run &r : p.runs) {
        QTextLayout::FormatRange range;
        range.start = int(text.size());
        range.length = int(r.text.size());
        range.format.setFont(reportFont(r.sizePt > 0 ? r.sizePt : p.sizePt, r.bold, r.italic));
        formats << range;
        text += r.text;
    }
    // Qt breaks lines at U+2028; "\n" inside a run is a line break the writer asked for.
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    out.layout = std::make_shared<QTextLayout>(text, reportFont(p.sizePt), measureDevice());
    out.layout->setFormats(formats);
    QTextOption option;
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(qtAlign(p.align));
    out.layout->setTextOption(option);
    out.layout->setCacheEnabled(true);

    double y = p.spaceBeforePt;
    out.layout->beginLayout();
    for (;;) {
        QTextLine line = out.layout->createLine();
        if (!line.isValid())
            break;
        const double indent = out.lines.isEmpty() ? p.firstLineIndentPt : 0;
        line.setLineWidth(std::max(1.0, width - indent));
        line.setPosition(QPointF(indent, y));
        const double h = line.height() * p.lineSpacing;
        out.lines << LaidLine{y, y + h};
        y += h;
    }
    out.layout->endLayout();
    if (out.lines.isEmpty()) { // an empty paragraph still takes a line
        const double h = QFontMetricsF(reportFont(p.sizePt), measureDevice()).height() * p.lineSpacing;
        out.lines << LaidLine{y, y + h};
        y += h;
    }
    if (p.ruleBelowPt > 0) {
        out.ruleY = y + 3;
        out.ruleLength = std::min(p.ruleBelowPt, width);
        y += 5;
    }
    out.height = y + p.spaceAfterPt;
    return out;
}

// Emits the lines of a paragraph whose top is at `origin`, those within [from, to) of the
// paragraph's own height (all of them by default).
void emitParagraph(QList<PageItem> &items, const LaidParagraph &lp, QPointF origin, double from = -1e9,
                   double to = 1e9)
{
    int first = -1, last = -1;
    for (int i = 0; i < lp.lines.size(); ++i) {
        if (lp.lines[i].top >= from - eps && lp.lines[i].bottom <= to + eps) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first >= 0 && lp.layout->lineCount() > 0)
        items << TextItem{lp.layout, first, std::min(last, lp.layout->lineCount() - 1), origin};
    if (lp.ruleY >= 0 && lp.ruleY >= from && lp.ruleY < to) {
        const double x = origin.x() + (lp.width - lp.ruleLength) / 2;
        items << LineItem{QLineF(x, origin.y() + lp.ruleY, x + lp.ruleLength, origin.y() + lp.ruleY), 0.6};
    }
}

struct LaidCell {
    int row = 0, col = 0, rowSpan = 1, colSpan = 1;
    double x = 0, width = 0;
    bool shaded = false;
    QList<LaidParagraph> paragraphs;
    QList<double> paragraphTops; // within the cell, padding included
    double height = 0;           // content + padding
    QList<LaidLine> lines;       // every line, within the cell
};

struct LaidTable {
    const Table *table = nullptr;
    QList<double> rowHeights;
    QList<LaidCell> cells;
    bool borders = true;
    double width = 0;
};

LaidTable layoutTable(const Table &t, double width)
{
    LaidTable out;
    out.table = &t;
    out.borders = t.borders;
    out.width = width;
    double total = 0;
    for (double w : t.columnWeights)
        total += w;
    QList<double> colX, colW;
    double x = 0;
    for (double w : t.columnWeights) {
        colX << x;
        colW << (total > 0 ? width * w / total : 0);
        x += colW.last();
    }
    out.rowHeights.fill(0, t.rows.size());
    for (int r = 0; r < t.rows.size(); ++r) {
        const auto &row = t.rows[r];
        for (int c = 0; c < row.size() && c < colW.size(); ++c) {
            const Cell &cell = row[c];
            if (cell.covered)
                continue;
            LaidCell lc;
            lc.row = r;
            lc.col = c;
            lc.rowSpan = std::clamp(cell.rowSpan, 1, int(t.rows.size()) - r);
            lc.colSpan = std::clamp(cell.colSpan, 1, int(colW.size()) - c);
            lc.x = colX[c];
            for (int k = 0; k < lc.colSpan; ++k)
                lc.width += colW[c + k];
            lc.shaded = cell.shaded;
            double y = cellPadY;
            for (const Paragraph &p : cell.paragraphs) {
                Paragraph sized = p;
                if (sized.sizePt <= 0)
                    sized.sizePt = t.fontPt;
                LaidParagraph lp = layoutParagraph(sized, lc.width - 2 * cellPadX);
                lc.paragraphTops << y;
                for (const LaidLine &l : lp.lines)
                    lc.lines << LaidLine{y + l.top, y + l.bottom};
                y += lp.height;
                lc.paragraphs << lp;
            }
            lc.height = y + cellPadY;
            if (lc.rowSpan == 1)
                out.rowHeights[r] = std::max(out.rowHeights[r], lc.height);
            out.cells << lc;
        }
        if (out.rowHeights[r] <= 0)
            out.rowHeights[r] = QFontMetricsF(reportFont(t.fontPt), measureDevice()).height() + 2 * cellPadY;
    }
    // A cell spanning rows that needs more room than they give stretches the last of them.
    for (const LaidCell &lc : std::as_const(out.cells)) {
        if (lc.rowSpan == 1)
            continue;
        double sum = 0;
        for (int k = 0; k < lc.rowSpan; ++k)
            sum += out.rowHeights[lc.row + k];
        if (sum < lc.height)
            out.rowHeights[lc.row + lc.rowSpan - 1] += lc.height - sum;
    }
    return out;
}

} // namespace

struct PageLayout::Page {
    bool landscape = false;
    QList<PageItem> items;
};

struct PageLayoutData {
    Document doc;
    QList<PageLayout::Page> pages;

    // The page being filled.
    bool landscape = false;
    double y = 0;         // next free y on the page
    QRectF body;          // the area inside the margins of the current page
    bool pageEmpty = true; // nothing placed yet on the current page

    QSizeF pageSize(bool land) const
    {
        const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
        return land ? a4.transposed() : a4;
    }
    QRectF bodyFor(bool land) const
    {
        const PageSetup &ps = doc.page;
        const QSizeF s = pageSize(land);
        return QRectF(ps.leftMm * mmToPt, ps.topMm * mmToPt, s.width() - (ps.leftMm + ps.rightMm) * mmToPt,
                      s.height() - (ps.topMm + ps.bottomMm) * mmToPt);
    }
    void newPage(bool land)
    {
        landscape = land;
        pages << PageLayout::Page{land, {}};
        body = bodyFor(land);
        y = body.top();
        pageEmpty = true;
    }
    QList<PageItem> &items() { return pages.last().items; }
    double remaining() const { return body.bottom() - y; }
    void breakPage()
    {
        if (!pageEmpty)
            newPage(landscape);
    }

    void place(const Paragraph &p, const Block *next);
    double leadHeight(const Block &b); // the start of a block that a heading stays with
    void place(const Table &t);
    void place(const Figure &f);
    void placeRows(const LaidTable &lt, int firstRow, int rowCount, double from, double to);
    void addPageNumbers();
};

double PageLayoutData::leadHeight(const Block &b)
{
    if (const auto *p = std::get_if<Paragraph>(&b))
        return std::min(layoutParagraph(*p, body.width()).height, 3 * p->sizePt * 1.2);
    if (const auto *t = std::get_if<Table>(&b)) {
        const LaidTable lt = layoutTable(*t, body.width());
        double h = 0;
        for (int r = 0; r < lt.rowHeights.size() && r <= t->headerRows; ++r)
            h += r < t->headerRows ? lt.rowHeights[r] : std::min(lt.rowHeights[r], 60.0);
        return h;
    }
    if (const auto *f = std::get_if<Figure>(&b)) {
        const FigurePlacement fp = placeFigure(*f, figureArea(doc.page, landscape), doc.page.minFigureTextPt);
        return fp.parts.isEmpty() ? 0 : fp.parts.first().height() * fp.scale + 30;
    }
    return 0;
}

void PageLayoutData::place(const Paragraph &p, const Block *next)
{
    if (p.pageBreakBefore)
        breakPage();
    const LaidParagraph lp = layoutParagraph(p, body.width());
    double need = lp.height;
    if (lp.keepWithNext && next) // keep the heading with the start of what follows
        need += leadHeight(*next);
    if (!pageEmpty && need > remaining() && need <= body.height())
        newPage(landscape);
    // Lines that do not fit go on to the next page.
    double from = 0;
    while (true) {
        const double avail = remaining();
        double to = lp.height;
        if (to - from > avail + eps) {
            to = from;
            for (const LaidLine &l : lp.lines)
                if (l.bottom - from <= avail + eps)
                    to = l.bottom;
            if (to <= from) { // not even one line fits on this page
                if (pageEmpty) // a line taller than a page: let it overflow rather than loop
                    to = lp.height;
                else {
                    newPage(landscape);
                    continue;
                }
            }
        }
        emitParagraph(items(), lp, QPointF(body.left(), y - from), from, to);
        y += to - from;
        pageEmpty = false;
        if (to >= lp.height - eps)
            break;
        newPage(landscape);
        from = to;
    }
}

void PageLayoutData::placeRows(const LaidTable &lt, int firstRow, int rowCount, double from, double to)
{
    // The group's own coordinates: row tops from the group's first row.
    QList<double> tops;
    double acc = 0;
    for (int r = 0; r < rowCount; ++r) {
        tops << acc;
        acc += lt.rowHeights[firstRow + r];
    }
    const double originY = y - from;
    for (const LaidCell &lc : lt.cells) {
        if (lc.row < firstRow || lc.row >= firstRow + rowCount)
            continue;
        const double top = tops[lc.row - firstRow];
        double h = 0;
        for (int k = 0; k < lc.rowSpan && lc.row + k < firstRow + rowCount; ++k)
            h += lt.rowHeights[lc.row + k];
        const double visTop = std::max(top, from), visBottom = std::min(top + h, to);
        if (visBottom <= visTop + eps)
            continue;
        const QRectF rect(body.left() + lc.x, originY + visTop, lc.width, visBottom - visTop);
        if (lc.shaded)
            items() << FillItem{rect};
        for (int i = 0; i < lc.paragraphs.size(); ++i) {
            const double pTop = top + lc.paragraphTops[i];
            emitParagraph(items(), lc.paragraphs[i], QPointF(body.left() + lc.x + cellPadX, originY + pTop),
                          from - pTop, to - pTop);
        }
        if (lt.borders) {
            items() << LineItem{QLineF(rect.topLeft(), rect.topRight())}
                    << LineItem{QLineF(rect.bottomLeft(), rect.bottomRight())}
                    << LineItem{QLineF(rect.topLeft(), rect.bottomLeft())}
                    << LineItem{QLineF(rect.topRight(), rect.bottomRight())};
        }
    }
    y += to - from;
    pageEmpty = false;
}

void PageLayoutData::place(const Table &t)
{
    const LaidTable lt = layoutTable(t, body.width());
    const int header = std::clamp(t.headerRows, 0, int(t.rows.size()));
    double headerH = 0;
    for (int r = 0; r < header; ++r)
        headerH += lt.rowHeights[r];

    // Groups of rows that stay together: a cell spanning rows binds them.
    QList<int> reach(t.rows.size()); // the row after the last one a row's cells span
    for (int r = 0; r < t.rows.size(); ++r)
        reach[r] = r + 1;
    for (const LaidCell &lc : lt.cells)
        reach[lc.row] = std::max(reach[lc.row], lc.row + lc.rowSpan);
    QList<QPair<int, int>> groups; // first row, row count
    for (int r = header; r < t.rows.size();) {
        int end = reach[r];
        for (int k = r; k < end; ++k)
            end = std::max(end, reach[k]);
        groups << qMakePair(r, end - r);
        r = end;
    }
    auto groupHeight = [&](const QPair<int, int> &g) {
        double h = 0;
        for (int k = 0; k < g.second; ++k)
            h += lt.rowHeights[g.first + k];
        return h;
    };
    auto startOnPage = [&] { // the header rows at the top of every page the table is on
        if (header > 0)
            placeRows(lt, 0, header, 0, headerH);
    };

    // The header and the first row go on the same page.
    const double firstNeed = headerH + (groups.isEmpty() ? 0 : std::min(groupHeight(groups.first()), 60.0));
    if (!pageEmpty && firstNeed > remaining())
        newPage(landscape);
    startOnPage();
    for (const auto &g : groups) {
        const double h = groupHeight(g);
        if (h > remaining() + eps && h <= body.height() - headerH + eps) {
            newPage(landscape);
            startOnPage();
        }
        double from = 0;
        while (from < h - eps) {
            double to = h;
            const double avail = remaining();
            if (to - from > avail + eps) {
                // Cut between lines: no cell may have a line across the cut.
                double cut = from + avail;
                for (bool moved = true; moved;) {
                    moved = false;
                    double rowTop = 0;
                    for (int k = 0; k < g.second; ++k) {
                        for (const LaidCell &lc : lt.cells) {
                            if (lc.row != g.first + k)
                                continue;
                            for (const LaidLine &l : lc.lines)
                                if (rowTop + l.top < cut - eps && rowTop + l.bottom > cut + eps) {
                                    cut = rowTop + l.top;
                                    moved = true;
                                }
                        }
                        rowTop += lt.rowHeights[g.first + k];
                    }
                }
                to = cut > from + 1 ? cut : from + avail; // a single line taller than a page is cut
            }
            placeRows(lt, g.first, g.second, from, to);
            from = to;
            if (from < h - eps) {
                newPage(landscape);
                startOnPage();
            }
        }
    }
    y += 6; // room before what follows
}

void PageLayoutData::place(const Figure &f)
{
    const double captionH = f.caption.isEmpty()
                                ? 0
                                : layoutParagraph(Paragraph::plain(f.caption, Align::Center, 12), body.width()).height;
    const FigurePlacement full = placeFigure(f, figureArea(doc.page, landscape), doc.page.minFigureTextPt);
    // A figure in one piece goes on what is left of this page if it shows there nearly as
    // large as on a fresh page; a figure cut into parts keeps the parts of a fresh page (the
    // renderer recorded those), its first part here if it fits.
    FigurePlacement fp = full;
    if (!pageEmpty && full.parts.size() == 1) {
        const FigurePlacement here =
            placeFigure(f, QSizeF(body.width(), remaining() - captionH - 6), doc.page.minFigureTextPt);
        if (remaining() > captionH + 40 && here.parts.size() == 1 && here.scale >= 0.8 * full.scale)
            fp = here;
        else
            newPage(landscape);
    } else if (!pageEmpty && !full.parts.isEmpty()
               && full.parts.first().height() * full.scale + captionH + 12 > remaining()) {
        newPage(landscape);
    }
    const bool ownParts = fp.parts.size() > 1 && f.partPictures.size() == fp.parts.size();
    for (int i = 0; i < fp.parts.size(); ++i) {
        const QRectF part = fp.parts[i];
        const QSizeF size = part.size() * fp.scale;
        if (i > 0)
            newPage(landscape);
        const QRectF target(body.left() + (body.width() - size.width()) / 2, y + 3, size.width(), size.height());
        if (ownParts)
            items() << FigureItem{f.partPictures[i], QRectF(QPointF(0, 0), part.size()), target};
        else
            items() << FigureItem{f.picture, part, target};
        y += size.height() + 6;
        pageEmpty = false;
        if (captionH > 0) {
            const QString caption = fp.parts.size() > 1
                                        ? QStringLiteral("%1 (phần %2/%3)").arg(f.caption).arg(i + 1).arg(fp.parts.size())
                                        : f.caption;
            const LaidParagraph lp = layoutParagraph(Paragraph::plain(caption, Align::Center, 12), body.width());
            emitParagraph(items(), lp, QPointF(body.left(), y));
            y += lp.height;
        }
    }
}

void PageLayoutData::addPageNumbers()
{
    for (int i = doc.pageNumbersFromSecondPage ? 1 : 0; i < pages.size(); ++i) {
        const QSizeF s = pageSize(pages[i].landscape);
        Paragraph p = Paragraph::plain(QString::number(i + 1), Align::Center, pageNumberPt);
        p.spaceAfterPt = 0;
        const double width = s.width() - (doc.page.leftMm + doc.page.rightMm) * mmToPt;
        const LaidParagraph lp = layoutParagraph(p, width);
        emitParagraph(pages[i].items, lp, QPointF(doc.page.leftMm * mmToPt, doc.page.headerMm * mmToPt));
    }
}

QFont reportFont(double pt, bool bold, bool italic)
{
    QFont f;
    f.setFamilies({QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif")});
    f.setStyleHint(QFont::Serif, QFont::PreferOutline);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setPointSizeF(pt * 72.0 / deviceDpi); // one pixel of a 96-dpi device is one point of the page
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

QPaintDevice *measureDevice()
{
    thread_local QImage device = [] {
        QImage img(1, 1, QImage::Format_ARGB32);
        img.setDotsPerMeterX(qRound(deviceDpi / 0.0254));
        img.setDotsPerMeterY(qRound(deviceDpi / 0.0254));
        return img;
    }();
    return &device;
}

PageLayout::PageLayout(const Document &doc) : d(std::make_unique<PageLayoutData>())
{
    d->doc = doc;
    for (const Section &s : d->doc.sections) {
        d->newPage(s.landscape);
        for (int i = 0; i < s.blocks.size(); ++i) {
            const Block &b = s.blocks[i];
            if (const auto *p = std::get_if<Paragraph>(&b)) {
                d->place(*p, i + 1 < s.blocks.size() ? &s.blocks[i + 1] : nullptr);
            } else if (const auto *t = std::get_if<Table>(&b)) {
                d->place(*t);
            } else if (const auto *f = std::get_if<Figure>(&b)) {
                d->place(*f);
            }
        }
    }
    if (d->pages.isEmpty())
        d->newPage(false);
    d->addPageNumbers();
}

PageLayout::~PageLayout() = default;

int PageLayout::pageCount() const { return int(d->pages.size()); }
bool PageLayout::isLandscape(int page) const { return d->pages.value(page).landscape; }
QSizeF PageLayout::pageSizePt(int page) const { return d->pageSize(isLandscape(page)); }
QRectF PageLayout::bodyRectPt(int page) const { return d->bodyFor(isLandscape(page)); }

void PageLayout::paint(QPainter *painter, int page) const
{
    if (page < 0 || page >= d->pages.size())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    for (const PageItem &item : d->pages[page].items) {
        if (const auto *t = std::get_if<TextItem>(&item)) {
            painter->setPen(Qt::black);
            for (int i = t->firstLine; i <= t->lastLine; ++i)
                t->layout->lineAt(i).draw(painter, t->offset);
        } else if (const auto *l = std::get_if<LineItem>(&item)) {
            painter->setPen(QPen(Qt::black, l->width));
            painter->drawLine(l->line);
        } else if (const auto *f = std::get_if<FillItem>(&item)) {
            painter->fillRect(f->rect, QColor(0xE7, 0xE6, 0xE6));
        } else if (const auto *g = std::get_if<FigureItem>(&item)) {
            painter->save();
            painter->setClipRect(g->target);
            painter->translate(g->target.topLeft());
            painter->scale(g->target.width() / g->source.width(), g->target.height() / g->source.height());
            painter->translate(-g->source.topLeft());
            painter->drawPicture(0, 0, g->picture);
            painter->restore();
        }
    }
    painter->restore();
}

QImage PageLayout::preview(int page, int widthPx) const
{
    const QSizeF size = pageSizePt(page);
    const double scale = widthPx / size.width();
    QImage img(QSize(widthPx, qCeil(size.height() * scale)), QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(deviceDpi / 0.0254));
    img.setDotsPerMeterY(qRound(deviceDpi / 0.0254));
    img.fill(Qt::white);
    QPainter painter(&img);
    painter.scale(scale, scale);
    paint(&painter, page);
    return img;
}

} // namespace tthc::report
