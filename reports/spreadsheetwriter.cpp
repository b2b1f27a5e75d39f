#include "spreadsheetwriter.h"
#include "atomicfile.h"
#include "xmltext.h"

#include <xlsxwriter.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>

namespace tthc {

namespace {

// A spreadsheet cell holds at most 32,767 characters (Excel's limit; libxlsxwriter refuses
// more and the whole file would fail): a longer text is cut to 32,766 and ends in "…", whole
// characters only. The DOCX and PDF carry the full text.
constexpr qsizetype kMaxCellChars = 32767;
QString cellText(const QString &text)
{
    QString safe = XmlText::safe(text);
    if (safe.size() <= kMaxCellChars)
        return safe;
    qsizetype cut = kMaxCellChars - 1;
    if (safe.at(cut - 1).isHighSurrogate())
        --cut;
    safe.truncate(cut);
    return safe + QChar(0x2026);
}

using report::Align;
using report::Cell;
using report::Table;

// Column widths are in Excel character units (the width of "0" in the default Calibri 11).
// 180 units fill a landscape page once "fit to one page wide" scales them down; a column
// never gets narrower than a few characters, whatever its weight.
constexpr double kTotalWidth = 180;
constexpr double kMinColumnWidth = 6;
// libxlsxwriter cannot autofit rows, so heights are estimated: one line of Calibri 11 with
// Vietnamese diacritics needs 15 pt; Excel refuses rows over 409 pt.
constexpr double kLinePt = 15;
constexpr double kMaxRowPt = 409;
constexpr int kSheetNameMax = 31; // Excel's limit (LXW_SHEETNAME_MAX)
constexpr lxw_color_t kHeaderFill = 0xD9D9D9;
constexpr lxw_color_t kSectionFill = 0xF2F2F2;
constexpr uint8_t kPaperA4 = 9;

double mmToInch(double mm) { return mm / 25.4; }

// Excel refuses sheet names over 31 characters, with []:*?/\, starting or ending with an
// apostrophe, or equal (ignoring case) to another sheet's name or to the reserved "History".
QString sheetName(const QString &wanted, int index, QStringList &taken)
{
    QString name = wanted;
    for (QChar &c : name)
        if (QStringView(u"[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    name = name.simplified();
    while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
        name = name.startsWith(QLatin1Char('\'')) ? name.mid(1).trimmed() : name.chopped(1).trimmed();
    if (name.isEmpty())
        name = SpreadsheetWriter::tr("Sheet %1").arg(index + 1);

    // Cut at a character boundary: never between the halves of a surrogate pair.
    const auto truncated = [](QString s, int max) {
        if (s.size() > max) {
            s.truncate(max);
            if (s.back().isHighSurrogate())
                s.chop(1);
        }
        return s.trimmed();
    };
    name = truncated(name, kSheetNameMax);
    const auto isTaken = [&taken](const QString &n) {
        return std::any_of(taken.cbegin(), taken.cend(), [&n](const QString &t) {
            return t.compare(n, Qt::CaseInsensitive) == 0;
        });
    };
    QString unique = name;
    for (int n = 2; isTaken(unique); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = truncated(name, kSheetNameMax - int(suffix.size())) + suffix;
    }
    taken << unique;
    return unique;
}

// The table's columns in character units, proportional to its weights; columns that would
// fall under the minimum get the minimum and the others share what is left.
QList<double> columnWidths(const Table &t)
{
    const int n = t.columnCount();
    QList<double> weights;
    for (double w : t.columnWeights)
        weights << (std::isfinite(w) && w > 0 ? w : 0.0);
    if (std::all_of(weights.cbegin(), weights.cend(), [](double w) { return w <= 0; }))
        weights.fill(1.0);

    QList<double> widths(n, 0.0);
    QList<bool> atMinimum(n, false);
    for (bool changed = true; changed;) {
        changed = false;
        double free = kTotalWidth, weightSum = 0;
        for (int i = 0; i < n; ++i) {
            if (atMinimum[i])
                free -= kMinColumnWidth;
            else
                weightSum += weights[i];
        }
        for (int i = 0; i < n; ++i) {
            if (atMinimum[i]) {
                widths[i] = kMinColumnWidth;
                continue;
            }
            widths[i] = weightSum > 0 ? std::max(free, 0.0) * weights[i] / weightSum : 0;
            if (widths[i] < kMinColumnWidth) {
                atMinimum[i] = true;
                changed = true;
            }
        }
    }
    return widths;
}

// How many lines `text` takes in a wrapped cell `width` characters wide: explicit line
// breaks plus greedy word wrapping. Bold text is wider; one character of padding is lost.
int wrappedLines(const QString &text, double width, bool bold)
{
    const int capacity = std::max(1, int((width - 1) / (bold ? 1.1 : 1.0)));
    int lines = 0;
    const QString composed = text.normalized(QString::NormalizationForm_C);
    for (QStringView line : QStringView(composed).split(QLatin1Char('\n'))) {
        int count = 1;
        int used = 0;
        for (QStringView word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            int len = int(word.size());
            if (used > 0 && used + 1 + len <= capacity) {
                used += 1 + len;
                continue;
            }
            if (used > 0)
                ++count;
            count += (len - 1) / capacity; // a word longer than the column breaks anywhere
            used = len - (len - 1) / capacity * capacity;
        }
        lines += count;
    }
    return std::max(lines, 1);
}

bool allRuns(const Cell &c, bool report::Run::*flag)
{
    bool any = false;
    for (const report::Paragraph &p : c.paragraphs)
        for (const report::Run &r : p.runs) {
            if (r.text.trimmed().isEmpty())
                continue;
            if (!(r.*flag))
                return false;
            any = true;
        }
    return any;
}

bool isNumber(const Cell &c) { return c.number && std::isfinite(*c.number); }

// The formats of one workbook, made once per combination (Excel has a limit on formats).
class Formats {
public:
    explicit Formats(lxw_workbook *wb) : m_wb(wb) {}

    // nullptr when libxlsxwriter is out of memory.
    lxw_format *get(const Cell &c, bool header)
    {
        Key k;
        k.header = header;
        k.shaded = !header && c.shaded;
        k.decimals = isNumber(c) ? std::clamp(c.decimals, 0, 10) : -1;
        k.percent = isNumber(c) && c.percent;
        k.bold = header || k.shaded || allRuns(c, &report::Run::bold);
        k.italic = allRuns(c, &report::Run::italic);
        if (header)
            k.align = LXW_ALIGN_CENTER;
        else if (k.decimals >= 0)
            k.align = LXW_ALIGN_RIGHT;
        else if (!c.paragraphs.isEmpty() && c.paragraphs.first().align == Align::Center)
            k.align = LXW_ALIGN_CENTER;
        else if (!c.paragraphs.isEmpty() && c.paragraphs.first().align == Align::Right)
            k.align = LXW_ALIGN_RIGHT;
        else
            k.align = LXW_ALIGN_LEFT;

        const quint32 id = k.id();
        if (lxw_format *f = m_cache.value(id))
            return f;
        lxw_format *f = workbook_add_format(m_wb);
        if (!f)
            return nullptr;
        format_set_text_wrap(f);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, uint8_t(k.align));
        format_set_align(f, header ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP);
        if (k.bold)
            format_set_bold(f);
        if (k.italic)
            format_set_italic(f);
        if (header || k.shaded) {
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_bg_color(f, header ? kHeaderFill : kSectionFill);
        }
        // The documents' typeface (Nghị định 30/2020: Times New Roman).
        format_set_font_name(f, "Times New Roman");
        if (k.decimals >= 0) {
            QByteArray numFormat = k.percent ? "0" : "#,##0";
            if (k.decimals > 0)
                numFormat += '.' + QByteArray(k.decimals, '0');
            if (k.percent)
                numFormat += '%';
            format_set_num_format(f, numFormat.constData());
        }
        m_cache.insert(id, f);
        return f;
    }

private:
    struct Key {
        bool header = false, shaded = false, bold = false, italic = false, percent = false;
        int decimals = -1;
        int align = LXW_ALIGN_LEFT;
        quint32 id() const
        {
            return quint32(header) | quint32(shaded) << 1 | quint32(bold) << 2
                   | quint32(italic) << 3 | quint32(decimals + 1) << 4 | quint32(align) << 12 | quint32(percent) << 20;
        }
    };
    lxw_workbook *m_wb;
    QHash<quint32, lxw_format *> m_cache;
};

// Fills one worksheet; returns the first libxlsxwriter error.
lxw_error writeTable(lxw_worksheet *ws, const Table &t, Formats &formats,
                     const report::PageSetup &page)
{
    const int cols = t.columnCount();
    const int rows = int(t.rows.size());
    const int headerRows = std::clamp(t.headerRows, 0, rows);
    const QList<double> widths = columnWidths(t);

    for (int c = 0; c < cols; ++c)
        if (lxw_error e = worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr))
            return e;

    // Row heights from the cells that sit in one row, then rows under taller merged cells
    // share what those still lack.
    QList<double> heights(rows, kLinePt);
    struct Tall {
        int row, span;
        double pt;
    };
    QList<Tall> tall;
    // Positions already written, merged ranges included: Excel rejects a file whose merged
    // ranges overlap, so a span over cells not marked as covered stops short of them.
    QList<bool> taken(qsizetype(rows) * cols, false);
    const auto isTaken = [&](int r, int c) { return taken[qsizetype(r) * cols + c]; };

    for (int r = 0; r < rows; ++r) {
        const QList<Cell> &row = t.rows[r];
        const bool header = r < headerRows;
        for (int c = 0; c < cols && c < row.size(); ++c) {
            const Cell &cell = row[c];
            if (cell.covered || isTaken(r, c))
                continue;
            int colSpan = 1, rowSpan = 1;
            while (colSpan < cell.colSpan && c + colSpan < cols && !isTaken(r, c + colSpan))
                ++colSpan;
            for (bool free = true; free && rowSpan < cell.rowSpan && r + rowSpan < rows;) {
                for (int i = c; i < c + colSpan && free; ++i)
                    free = !isTaken(r + rowSpan, i);
                if (free)
                    ++rowSpan;
            }
            for (int i = r; i < r + rowSpan; ++i)
                for (int j = c; j < c + colSpan; ++j)
                    taken[qsizetype(i) * cols + j] = true;
            lxw_format *f = formats.get(cell, header);
            if (!f)
                return LXW_ERROR_MEMORY_MALLOC_FAILED;
            const bool number = isNumber(cell);
            const QString shown = number ? QString() : cellText(cell.text());
            const QByteArray text = shown.toUtf8();
            const auto r0 = lxw_row_t(r), r1 = lxw_row_t(r + rowSpan - 1);
            const auto c0 = lxw_col_t(c), c1 = lxw_col_t(c + colSpan - 1);
            lxw_error e = LXW_NO_ERROR;
            if (rowSpan > 1 || colSpan > 1)
                // Writes the text in the top-left cell and formatted blanks in the others.
                e = worksheet_merge_range(ws, r0, c0, r1, c1, text.constData(), f);
            else if (!number)
                e = worksheet_write_string(ws, r0, c0, text.constData(), f);
            if (!e && number)
                e = worksheet_write_number(ws, r0, c0, *cell.number, f);
            if (e)
                return e;

            double width = 0;
            for (int i = c; i < c + colSpan; ++i)
                width += widths[i];
            const bool bold = header || cell.shaded || allRuns(cell, &report::Run::bold);
            const double pt = number ? kLinePt : wrappedLines(shown, width, bold) * kLinePt;
            if (rowSpan == 1)
                heights[r] = std::max(heights[r], pt);
            else
                tall << Tall{r, rowSpan, pt};
        }
    }
    for (const Tall &m : tall) {
        double have = 0;
        for (int i = m.row; i < m.row + m.span; ++i)
            have += heights[i];
        if (have < m.pt)
            for (int i = m.row; i < m.row + m.span; ++i)
                heights[i] += (m.pt - have) / m.span;
    }
    for (int r = 0; r < rows; ++r)
        if (lxw_error e = worksheet_set_row(ws, lxw_row_t(r), std::min(heights[r], kMaxRowPt), nullptr))
            return e;

    if (headerRows > 0) {
        worksheet_freeze_panes(ws, lxw_row_t(headerRows), 0);
        if (lxw_error e = worksheet_repeat_rows(ws, 0, lxw_row_t(headerRows - 1)))
            return e;
    }
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, kPaperA4);
    worksheet_fit_to_pages(ws, 1, 0); // one page wide, as many pages tall as needed
    // The dossier's margins, on the landscape page's own edges.
    worksheet_set_margins(ws, mmToInch(page.leftMm), mmToInch(page.rightMm),
                          mmToInch(page.topMm), mmToInch(page.bottomMm));
    return LXW_NO_ERROR;
}

} // namespace

Status SpreadsheetWriter::write(const report::Document &doc, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QList<const Table *> tables = doc.sheetTables();
    if (tables.isEmpty())
        return Status::failure(
            tr("Nothing to write to %1: the document has no tables for a spreadsheet.").arg(shown));

    AtomicFile file(path); // removes a .part left over from an interrupted export
    if (Status s = file.prepare(); !s)
        return s;
    const QByteArray partName = QFile::encodeName(file.partPath());
    const auto fail = [&](lxw_error e) {
        return Status::failure(tr("Cannot write the spreadsheet %1: %2")
                                   .arg(shown, QString::fromUtf8(lxw_strerror(e))));
    };

    lxw_workbook *wb = workbook_new(partName.constData());
    if (!wb)
        return fail(LXW_ERROR_MEMORY_MALLOC_FAILED);
    // Nothing is written before workbook_close(); on an error the workbook is only freed.
    const auto abandon = [&](lxw_error e) {
        lxw_workbook_free(wb);
        return fail(e);
    };

    // libxlsxwriter escapes < > & but writes control characters as they are (docProps/core.xml).
    QByteArray title = XmlText::safe(doc.title).toUtf8(), subject = XmlText::safe(doc.subject).toUtf8(),
               author = XmlText::safe(doc.author).toUtf8();
    lxw_doc_properties props{};
    props.title = title.data();
    props.subject = subject.data();
    props.author = author.data();
    if (lxw_error e = workbook_set_properties(wb, &props))
        return abandon(e);

    Formats formats(wb);
    QStringList taken{QStringLiteral("History")};
    for (int i = 0; i < tables.size(); ++i) {
        const QByteArray name = sheetName(XmlText::safe(tables[i]->sheetName), i, taken).toUtf8();
        if (lxw_error e = workbook_validate_sheet_name(wb, name.constData()))
            return abandon(e);
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
        if (!ws)
            return abandon(LXW_ERROR_MEMORY_MALLOC_FAILED);
        if (lxw_error e = writeTable(ws, *tables[i], formats, doc.page))
            return abandon(e);
    }

    if (lxw_error e = workbook_close(wb)) // frees the workbook whatever happens
        return fail(e);

    // Flushed and renamed over the target in one step: readers never see a half-written workbook.
    return file.commit();
}

} // namespace tthc
