#pragma once
// The approval dossier as a format-neutral document: sections (each with its own orientation)
// holding paragraphs, tables and figures. DossierBuilder fills it from the model; PdfWriter,
// DocxWriter and SpreadsheetWriter turn it into files, so the three formats say exactly the
// same thing. Sizes are in typographic points (1/72 in); page geometry in millimetres.
// Figures are recorded vector drawings (QPicture) that can be replayed onto a PDF page or
// rasterised for DOCX, in any thread.
#include <QList>
#include <QPicture>
#include <QSizeF>
#include <QString>

#include <optional>
#include <variant>

namespace tthc::report {

enum class Align { Left, Center, Right, Justify };

struct Run {
    QString text;
    bool bold = false;
    bool italic = false;
    double sizePt = 0; // 0: the paragraph's size
};

struct Paragraph {
    QList<Run> runs;
    Align align = Align::Justify;
    double sizePt = 14;           // Times New Roman 13–14 pt (Nghị định 30/2020/NĐ-CP); 0 in a cell: the table's fontPt
    double spaceBeforePt = 0;
    double spaceAfterPt = 6;
    double firstLineIndentPt = 0; // body paragraphs: 1 cm = 28.35 pt
    double lineSpacing = 1.0;     // multiple of the font's line height
    bool keepWithNext = false;    // do not leave it alone at the bottom of a page
    bool pageBreakBefore = false;
    double ruleBelowPt = 0;       // > 0: a centred rule of this length under the paragraph

    QString text() const; // the runs' text joined
    static Paragraph plain(const QString &text, Align align = Align::Justify, double sizePt = 14);
};

struct Cell {
    QList<Paragraph> paragraphs;
    int colSpan = 1;
    int rowSpan = 1;       // > 1: merged with the cells below (those rows carry a covered cell)
    bool covered = false;  // part of a cell spanning from above or from the left: draws nothing
    bool shaded = false;   // header / section rows
    // A figure: the spreadsheet stores this number (formatted with `decimals`) rather than
    // the text, which is the same value written the Vietnamese way.
    std::optional<double> number;
    int decimals = 0;
    bool percent = false; // `number` is a ratio the spreadsheet shows as a percentage (0.269 → 26.9 %)

    QString text() const; // paragraphs joined with "\n"
    static Cell coveredCell(); // a position a span from above or from the left takes
};

struct Table {
    QList<double> columnWeights; // relative widths; the table fills the text width
    int headerRows = 0;          // repeated at the top of every page
    QList<QList<Cell>> rows;     // every row has columnWeights.size() cells (spans use covered cells)
    bool borders = true;
    double fontPt = 12;
    QString sheetName;           // non-empty: this table also goes to the spreadsheet, under this name

    int columnCount() const { return int(columnWeights.size()); }
};

struct Figure {
    QPicture picture;      // drawn in points, from (0,0) to naturalSize
    QSizeF naturalSize;    // points at scale 1
    double minTextPt = 0;  // smallest text in the picture at scale 1 (0: no text)
    QString altText;       // description for readers that cannot see it (DOCX docPr descr)
    QString caption;       // printed under it, may be empty
    // Optional: each part of placeFigure(figureArea(…)) recorded on its own, from (0,0) to the
    // part's size, so that a page of a chart cut into strips holds only its own strip (a clip
    // hides the rest from the eye but not from text extraction).
    QList<QPicture> partPictures;
};

using Block = std::variant<Paragraph, Table, Figure>;

struct Section {
    bool landscape = false;
    QList<Block> blocks;
};

// Page geometry per Nghị định 30/2020/NĐ-CP: A4, margins top/bottom 20–25 mm, left 30–35 mm,
// right 15–20 mm. Landscape pages (wide tables and charts) keep the same four margins on
// their own top, bottom, left and right edges.
struct PageSetup {
    double topMm = 20;
    double bottomMm = 20;
    double leftMm = 30;
    double rightMm = 15;
    double headerMm = 10;       // distance of the page number from the top edge
    double minFigureTextPt = 7; // charts are tiled over pages rather than shrunk below this
};

struct Document {
    QString title;   // file metadata
    QString subject;
    QString author;  // the issuing body
    PageSetup page;
    QList<Section> sections;
    bool pageNumbersFromSecondPage = true;

    QList<const Table *> sheetTables() const; // the tables with a sheetName, in order
};

// How a figure is placed in an area of the given size: its scale, and the parts of the
// picture (in its own coordinates) that go on successive pages. One part when it fits once
// scaled (never below minFigureTextPt); otherwise tiles in reading order. Shared by the PDF
// and DOCX writers so both split a large chart the same way.
struct FigurePlacement {
    double scale = 1;
    QList<QRectF> parts;
};
FigurePlacement placeFigure(const Figure &f, const QSizeF &area, double minTextPt);

// The area a figure may fill on a fresh page of that orientation: the text area less a
// reserve for its caption. Writers and the chart renderer use the same, so they cut a large
// chart into the same parts.
constexpr double captionReservePt = 40;
QSizeF figureArea(const PageSetup &page, bool landscape);

} // namespace tthc::report
