// The XLSX part of the dossier: the sheet tables become worksheets with exact values, merged
// ranges, formats, column widths, row heights, frozen headers and print setup; the file is
// written atomically and failures name it. The package is read back with libzip.
#include "reportdocument.h"
#include "spreadsheetwriter.h"
#include "ziputil.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>
#include <QXmlStreamReader>

using namespace tthc;
using namespace tthc::report;

namespace {

using ziputil::readSheet;
using ziputil::Sheet;
using ziputil::sharedStrings;
using ziputil::sheetNames;
using ziputil::xmlAttributes;

Cell text(const QString &s, Align align = Align::Left)
{
    Cell c;
    for (const QString &line : s.split(QLatin1Char('\n')))
        c.paragraphs << Paragraph::plain(line, align, 12);
    return c;
}

Cell span(const QString &s, int colSpan, int rowSpan, bool shaded = false)
{
    Cell c = text(s, Align::Center);
    c.colSpan = colSpan;
    c.rowSpan = rowSpan;
    c.shaded = shaded;
    return c;
}

// The cell shows the Vietnamese text; the spreadsheet must store the number.
Cell number(double v, int decimals, const QString &shown)
{
    Cell c = text(shown, Align::Right);
    c.number = v;
    c.decimals = decimals;
    return c;
}

const QString kLong = QStringLiteral(
    "Cơ sở dữ liệu khám sức khỏe đang xây dựng, chưa kết nối với Cổng dịch vụ công quốc gia; "
    "hồ sơ giấy vẫn phải nộp trực tiếp tại bộ phận một cửa và được số hóa thủ công sau khi "
    "tiếp nhận, nên thời gian xử lý kéo dài và dữ liệu không được tái sử dụng.");

Table criteriaTable()
{
    Table t;
    t.columnWeights = {0.6, 3, 2, 2, 2, 2};
    t.headerRows = 2;
    t.sheetName = QStringLiteral("Phân tích tiêu chí");
    t.rows << QList<Cell>{span(QStringLiteral("TT"), 1, 2, true),
                          span(QStringLiteral("Tên bước"), 1, 2, true),
                          span(QStringLiteral("Kết quả phân tích theo tiêu chí"), 4, 1, true),
                          Cell::coveredCell(), Cell::coveredCell(), Cell::coveredCell()};
    t.rows << QList<Cell>{Cell::coveredCell(), Cell::coveredCell(),
                          text(QStringLiteral("Kết nối, chia sẻ dữ liệu và số hóa hồ sơ")),
                          text(QStringLiteral("Liên thông điện tử")),
                          text(QStringLiteral("Hiệu quả của hệ thống")),
                          text(QStringLiteral("Hiệu năng của hệ thống"))};
    t.rows << QList<Cell>{span(QStringLiteral("Thủ tục 1: Cấp giấy khám sức khỏe"), 6, 1, true),
                          Cell::coveredCell(), Cell::coveredCell(), Cell::coveredCell(), Cell::coveredCell(), Cell::coveredCell()};
    t.rows << QList<Cell>{text(QStringLiteral("1"), Align::Center),
                          text(QStringLiteral("Tiếp nhận hồ sơ")),
                          text(QStringLiteral("Cơ sở dữ liệu khám sức khỏe đang xây dựng")),
                          text(QStringLiteral("Có\nChưa liên thông với BHXH")),
                          text(kLong),
                          text(QString())};
    t.rows << QList<Cell>{span(QStringLiteral("Thủ tục 2: Đổi giấy phép lái xe"), 6, 1, true),
                          Cell::coveredCell(), Cell::coveredCell(), Cell::coveredCell(), Cell::coveredCell(), Cell::coveredCell()};
    t.rows << QList<Cell>{text(QStringLiteral("1"), Align::Center),
                          text(QStringLiteral("Thẩm định")),
                          text(QStringLiteral("Không")), text(QStringLiteral("Không")),
                          text(QStringLiteral("Đạt")), text(QStringLiteral("Đạt"))};
    return t;
}

Table evaluationTable()
{
    Table t;
    t.columnWeights = {4, 1.5, 1.5, 1.5, 1};
    t.headerRows = 1;
    t.sheetName = QStringLiteral("Đánh giá");
    t.rows << QList<Cell>{text(QStringLiteral("Chỉ tiêu")), text(QStringLiteral("Hiện tại")),
                          text(QStringLiteral("Sau cắt giảm")), text(QStringLiteral("Tiết kiệm")),
                          text(QStringLiteral("Tỷ lệ (%)"))};
    t.rows << QList<Cell>{text(QStringLiteral("Chi phí tuân thủ (đồng/năm)")),
                          number(1203116.5, 1, QStringLiteral("1.203.116,5")),
                          number(974316, 0, QStringLiteral("974.316")),
                          number(228800.5, 1, QStringLiteral("228.800,5")),
                          number(19.0, 1, QStringLiteral("19,0"))};
    return t;
}

Document dossier()
{
    Document d;
    d.title = QStringLiteral("Hồ sơ phê duyệt phương án tái cấu trúc quy trình");
    d.subject = QStringLiteral("Thủ tục hành chính");
    d.author = QStringLiteral("Sở Y tế tỉnh Bắc Ninh");
    Section portrait;
    portrait.blocks << Paragraph::plain(QStringLiteral("Phụ lục"));
    Table notInSheet;
    notInSheet.columnWeights = {1, 1};
    notInSheet.rows << QList<Cell>{text(QStringLiteral("Chỉ có trong PDF")), text(QStringLiteral("x"))};
    Section landscape;
    landscape.landscape = true;
    landscape.blocks << criteriaTable();
    portrait.blocks << notInSheet;
    d.sections << landscape << portrait;
    Section last;
    last.blocks << evaluationTable();
    d.sections << last;
    return d;
}

// ---- Reading the package back -------------------------------------------------------------

struct Style {
    QString numFmt;
    bool bold = false;
    QString fill;   // fgColor rgb of a solid fill, empty without fill
    QString border; // left border style
    QString hAlign, vAlign;
    bool wrap = false;
};

QList<Style> readStyles(const QString &file)
{
    struct Font { bool bold = false; };
    QList<Font> fonts;
    QStringList fills, borders;
    QMap<int, QString> numFmts{{0, QStringLiteral("General")}, {3, QStringLiteral("#,##0")},
                               {4, QStringLiteral("#,##0.00")}};
    QList<Style> xfs;
    QXmlStreamReader x(ziputil::entry(file, QStringLiteral("xl/styles.xml")));
    QString section;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        const auto name = x.name().toString();
        const auto a = xmlAttributes(x);
        if (name == u"fonts" || name == u"fills" || name == u"borders" || name == u"cellXfs"
            || name == u"cellStyleXfs" || name == u"cellStyles")
            section = name;
        else if (name == u"numFmt")
            numFmts.insert(a.value(QStringLiteral("numFmtId")).toInt(), a.value(QStringLiteral("formatCode")));
        else if (section == u"fonts" && name == u"font")
            fonts << Font{};
        else if (section == u"fonts" && name == u"b")
            fonts.last().bold = a.value(QStringLiteral("val"), QStringLiteral("1")) != u"0";
        else if (section == u"fills" && name == u"fill")
            fills << QString();
        else if (section == u"fills" && name == u"fgColor")
            fills.last() = a.value(QStringLiteral("rgb"));
        else if (section == u"borders" && name == u"border")
            borders << QString();
        else if (section == u"borders" && name == u"left")
            borders.last() = a.value(QStringLiteral("style"));
        else if (section == u"cellXfs" && name == u"xf") {
            Style s;
            s.numFmt = numFmts.value(a.value(QStringLiteral("numFmtId")).toInt(), QStringLiteral("?"));
            s.bold = fonts.value(a.value(QStringLiteral("fontId")).toInt()).bold;
            s.fill = fills.value(a.value(QStringLiteral("fillId")).toInt());
            s.border = borders.value(a.value(QStringLiteral("borderId")).toInt());
            xfs << s;
        } else if (section == u"cellXfs" && name == u"alignment") {
            xfs.last().hAlign = a.value(QStringLiteral("horizontal"));
            xfs.last().vAlign = a.value(QStringLiteral("vertical"));
            xfs.last().wrap = a.value(QStringLiteral("wrapText")) == u"1";
        }
    }
    return xfs;
}

// libxlsxwriter stores a width of w characters as whole pixels (Calibri 11: 7-pixel digits)
// plus 5 pixels of padding, in 1/256 of a digit; this undoes it to within half a pixel.
double characters(double xmlWidth) { return xmlWidth - 5.0 / 7.0; }
constexpr double kPixel = 1.0 / 7 / 2 + 1.0 / 256;

Document namedSheets(const QStringList &names)
{
    Document d;
    Section s;
    for (const QString &n : names) {
        Table t;
        t.columnWeights = {1};
        t.sheetName = n;
        t.rows << QList<Cell>{text(n)};
        s.blocks << t;
    }
    d.sections << s;
    return d;
}

} // namespace

class TestSpreadsheetWriter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // To look at the workbooks by hand (LibreOffice, Excel).
        if (qEnvironmentVariableIsSet("TTHC_KEEP_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo("output kept in %s", qPrintable(m_dir.path()));
        }
    }

    void workbookAndValues()
    {
        const QString file = m_dir.filePath(QStringLiteral("hồ sơ.xlsx"));
        const Status st = SpreadsheetWriter::write(dossier(), file);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QVERIFY(QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));

        // Only the tables with a sheet name, in document order.
        QCOMPARE(sheetNames(file), (QStringList{QStringLiteral("Phân tích tiêu chí"), QStringLiteral("Đánh giá")}));
        QVERIFY(!sharedStrings(file).contains(QStringLiteral("Chỉ có trong PDF")));

        const QByteArray core = ziputil::entry(file, QStringLiteral("docProps/core.xml"));
        QVERIFY(core.contains("<dc:title>Hồ sơ phê duyệt phương án tái cấu trúc quy trình</dc:title>"));
        QVERIFY(core.contains("<dc:subject>Thủ tục hành chính</dc:subject>"));
        QVERIFY(core.contains("<dc:creator>Sở Y tế tỉnh Bắc Ninh</dc:creator>"));

        const Sheet a = readSheet(file, 1);
        const QMap<QString, QVariant> expected{
            {QStringLiteral("A1"), QStringLiteral("TT")},
            {QStringLiteral("B1"), QStringLiteral("Tên bước")},
            {QStringLiteral("C1"), QStringLiteral("Kết quả phân tích theo tiêu chí")},
            {QStringLiteral("C2"), QStringLiteral("Kết nối, chia sẻ dữ liệu và số hóa hồ sơ")},
            {QStringLiteral("D2"), QStringLiteral("Liên thông điện tử")},
            {QStringLiteral("E2"), QStringLiteral("Hiệu quả của hệ thống")},
            {QStringLiteral("F2"), QStringLiteral("Hiệu năng của hệ thống")},
            {QStringLiteral("A3"), QStringLiteral("Thủ tục 1: Cấp giấy khám sức khỏe")},
            {QStringLiteral("A4"), QStringLiteral("1")},
            {QStringLiteral("B4"), QStringLiteral("Tiếp nhận hồ sơ")},
            {QStringLiteral("C4"), QStringLiteral("Cơ sở dữ liệu khám sức khỏe đang xây dựng")},
            {QStringLiteral("D4"), QStringLiteral("Có\nChưa liên thông với BHXH")},
            {QStringLiteral("E4"), kLong},
            {QStringLiteral("A5"), QStringLiteral("Thủ tục 2: Đổi giấy phép lái xe")},
            {QStringLiteral("A6"), QStringLiteral("1")},
            {QStringLiteral("B6"), QStringLiteral("Thẩm định")},
            {QStringLiteral("C6"), QStringLiteral("Không")},
            {QStringLiteral("D6"), QStringLiteral("Không")},
            {QStringLiteral("E6"), QStringLiteral("Đạt")},
            {QStringLiteral("F6"), QStringLiteral("Đạt")},
        };
        QCOMPARE(a.values, expected);
        // Byte-exact UTF-8 in the shared strings (not only equal once decoded).
        QVERIFY(ziputil::entry(file, QStringLiteral("xl/sharedStrings.xml"))
                    .contains("Kết nối, chia sẻ dữ liệu và số hóa hồ sơ"));
        // Covered and empty cells still carry the border format (blank cells).
        QVERIFY(a.styles.contains(QStringLiteral("D1")));
        QVERIFY(a.styles.contains(QStringLiteral("A2")));
        QVERIFY(a.styles.contains(QStringLiteral("F4")));

        QCOMPARE(a.merges, (QStringList{QStringLiteral("A1:A2"), QStringLiteral("B1:B2"),
                                        QStringLiteral("C1:F1"), QStringLiteral("A3:F3"),
                                        QStringLiteral("A5:F5")}));

        // Widths proportional to 0.6 : 3 : 2 : 2 : 2 : 2, about 180 characters in all.
        QCOMPARE(a.colWidths.size(), 6);
        const QList<double> weights{0.6, 3, 2, 2, 2, 2};
        double total = 0;
        for (int c = 0; c < 6; ++c) {
            const double w = characters(a.colWidths[c]);
            total += w;
            QVERIFY2(qAbs(w - 180 * weights[c] / 11.6) < kPixel,
                     qPrintable(QStringLiteral("column %1: %2").arg(c).arg(w)));
        }
        QVERIFY(qAbs(total - 180) < 6 * kPixel);

        // Frozen under the two header rows.
        QCOMPARE(a.pane.value(QStringLiteral("state")), QStringLiteral("frozen"));
        QCOMPARE(a.pane.value(QStringLiteral("ySplit")), QStringLiteral("2"));
        QCOMPARE(a.pane.value(QStringLiteral("topLeftCell")), QStringLiteral("A3"));
        QVERIFY(!a.pane.contains(QStringLiteral("xSplit")));

        // Row heights: one line is 15 pt; the long text in E4 (247 characters, 31 wide)
        // takes 9 lines when wrapped at words; a short row stays at one line.
        QCOMPARE(a.rowHeights.value(6), 15.0);
        QCOMPARE(a.rowHeights.value(3), 15.0);
        QCOMPARE(a.rowHeights.value(4), 9 * 15.0);
        // "Kết nối, chia sẻ dữ liệu và số hóa hồ sơ" (40 characters, bold) in a 31-character
        // column: two lines.
        QCOMPARE(a.rowHeights.value(2), 30.0);

        // Print setup: landscape A4, one page wide, header rows repeated.
        QCOMPARE(a.pageSetup.value(QStringLiteral("paperSize")), QStringLiteral("9"));
        QCOMPARE(a.pageSetup.value(QStringLiteral("orientation")), QStringLiteral("landscape"));
        QCOMPARE(a.pageSetup.value(QStringLiteral("fitToWidth"), QStringLiteral("1")), QStringLiteral("1"));
        QCOMPARE(a.pageSetup.value(QStringLiteral("fitToHeight")), QStringLiteral("0"));
        QVERIFY(a.fitToPage);
        const QByteArray workbook = ziputil::entry(file, QStringLiteral("xl/workbook.xml"));
        QVERIFY(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
                                  "'Phân tích tiêu chí'!$1:$2</definedName>"));
        QVERIFY(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">"
                                  "'Đánh giá'!$1:$1</definedName>"));

        // The evaluation sheet stores numbers, not the Vietnamese-formatted text.
        const Sheet b = readSheet(file, 2);
        QCOMPARE(b.values.value(QStringLiteral("A2")), QVariant(QStringLiteral("Chi phí tuân thủ (đồng/năm)")));
        QCOMPARE(b.values.value(QStringLiteral("B2")), QVariant(1203116.5));
        QCOMPARE(b.values.value(QStringLiteral("C2")), QVariant(974316.0));
        QCOMPARE(b.values.value(QStringLiteral("D2")), QVariant(228800.5));
        QCOMPARE(b.values.value(QStringLiteral("E2")), QVariant(19.0));
        QCOMPARE(b.values.value(QStringLiteral("E1")), QVariant(QStringLiteral("Tỷ lệ (%)")));
        QCOMPARE(b.values.size(), 10);
        QVERIFY(b.merges.isEmpty());
        QCOMPARE(b.pane.value(QStringLiteral("ySplit")), QStringLiteral("1"));
        QCOMPARE(b.pane.value(QStringLiteral("topLeftCell")), QStringLiteral("A2"));
        QCOMPARE(b.colWidths.size(), 5);
        QVERIFY(qAbs(characters(b.colWidths[0]) - 180 * 4 / 9.5) < kPixel);
        QVERIFY(qAbs(characters(b.colWidths[4]) - 180 * 1 / 9.5) < kPixel);
        QCOMPARE(b.rowHeights.value(2), 15.0);

        // Formats.
        const QList<Style> styles = readStyles(file);
        const auto style = [&styles](const Sheet &s, const char *ref) {
            return styles.value(s.styles.value(QString::fromLatin1(ref), -1));
        };
        const Style header = style(a, "C2");
        QVERIFY(header.bold);
        QCOMPARE(header.fill, QStringLiteral("FFD9D9D9"));
        QCOMPARE(header.border, QStringLiteral("thin"));
        QCOMPARE(header.hAlign, QStringLiteral("center"));
        QCOMPARE(header.vAlign, QStringLiteral("center"));
        QVERIFY(header.wrap);
        QCOMPARE(style(a, "A1").fill, QStringLiteral("FFD9D9D9"));

        const Style body = style(a, "E4");
        QVERIFY(!body.bold);
        QVERIFY(body.fill.isEmpty());
        QCOMPARE(body.border, QStringLiteral("thin"));
        QCOMPARE(body.vAlign, QStringLiteral("top"));
        QVERIFY(body.hAlign.isEmpty() || body.hAlign == u"left");
        QVERIFY(body.wrap);
        QCOMPARE(body.numFmt, QStringLiteral("General"));
        QCOMPARE(style(a, "A4").hAlign, QStringLiteral("center"));

        const Style section = style(a, "A3");
        QVERIFY(section.bold);
        QCOMPARE(section.fill, QStringLiteral("FFF2F2F2"));
        QCOMPARE(section.vAlign, QStringLiteral("top"));

        const Style whole = style(b, "C2");
        QCOMPARE(whole.numFmt, QStringLiteral("#,##0"));
        QCOMPARE(whole.hAlign, QStringLiteral("right"));
        QCOMPARE(whole.border, QStringLiteral("thin"));
        QVERIFY(!whole.bold);
        const Style oneDecimal = style(b, "D2");
        QCOMPARE(oneDecimal.numFmt, QStringLiteral("#,##0.0"));
        QCOMPARE(oneDecimal.hAlign, QStringLiteral("right"));
        QCOMPARE(style(b, "A1").fill, QStringLiteral("FFD9D9D9"));
    }

    void sheetNamesAreSanitised()
    {
        const QString file = m_dir.filePath(QStringLiteral("names.xlsx"));
        const QString longName = QStringLiteral("Kết quả phân tích theo tiêu chí của thủ tục");
        const Status st = SpreadsheetWriter::write(
            namedSheets({QStringLiteral("Phân tích"), QStringLiteral("phân tích"),
                         QStringLiteral("Phân tích"), longName, longName,
                         QStringLiteral("Bảng [1]: chi/phí?*"), QStringLiteral("'Trích'"),
                         QStringLiteral("  "), QStringLiteral("history"),
                         QStringLiteral("Chi\\phí")}),
            file);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(sheetNames(file),
                 (QStringList{QStringLiteral("Phân tích"), QStringLiteral("phân tích (2)"),
                              QStringLiteral("Phân tích (3)"),
                              QStringLiteral("Kết quả phân tích theo tiêu chí"), // 31 characters
                              QStringLiteral("Kết quả phân tích theo tiêu (2)"),
                              QStringLiteral("Bảng -1-- chi-phí--"), QStringLiteral("Trích"),
                              QStringLiteral("Sheet 8"), QStringLiteral("history (2)"),
                              QStringLiteral("Chi-phí")}));
        // The cells still hold the original text.
        QCOMPARE(readSheet(file, 6).values.value(QStringLiteral("A1")),
                 QVariant(QStringLiteral("Bảng [1]: chi/phí?*")));
    }

    // Spans over cells not marked as covered must not produce overlapping merged ranges
    // (Excel would refuse the file): a span stops short of what is already written.
    void inconsistentSpans()
    {
        Document d;
        Table t;
        t.columnWeights = {1, 1, 1};
        t.sheetName = QStringLiteral("Gộp");
        t.rows << QList<Cell>{span(QStringLiteral("a"), 2, 1), text(QStringLiteral("x")),
                              span(QStringLiteral("c"), 1, 2)};
        t.rows << QList<Cell>{span(QStringLiteral("y"), 3, 1), Cell::coveredCell(), text(QStringLiteral("z"))};
        Section sec;
        sec.blocks << t;
        d.sections << sec;
        const QString file = m_dir.filePath(QStringLiteral("spans.xlsx"));
        const Status st = SpreadsheetWriter::write(d, file);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        const Sheet s = readSheet(file, 1);
        QCOMPARE(s.merges, (QStringList{QStringLiteral("A1:B1"), QStringLiteral("C1:C2"),
                                        QStringLiteral("A2:B2")}));
        const QMap<QString, QVariant> expected{{QStringLiteral("A1"), QStringLiteral("a")},
                                               {QStringLiteral("C1"), QStringLiteral("c")},
                                               {QStringLiteral("A2"), QStringLiteral("y")}};
        QCOMPARE(s.values, expected);
    }

    void replacesExistingFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("again.xlsx"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old contents");
        }
        const Status st = SpreadsheetWriter::write(namedSheets({QStringLiteral("Mới")}), file);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(sheetNames(file), QStringList{QStringLiteral("Mới")});
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
    }

    void unwritablePath()
    {
        const QString file = m_dir.filePath(QStringLiteral("không có thư mục/hồ sơ.xlsx"));
        const Status st = SpreadsheetWriter::write(dossier(), file);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(QDir::toNativeSeparators(file)), qPrintable(st.error()));
        QVERIFY2(st.error().contains(QStringLiteral("the folder does not exist")), qPrintable(st.error())); // AtomicFile's reason
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
    }

    void nothingToWrite()
    {
        const QString file = m_dir.filePath(QStringLiteral("empty.xlsx"));
        Document d = dossier();
        d.sections.removeLast();  // the evaluation table
        d.sections.removeFirst(); // the criteria table
        QVERIFY(d.sheetTables().isEmpty());
        const Status st = SpreadsheetWriter::write(d, file);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains(QStringLiteral("Nothing to write")), qPrintable(st.error()));
        QVERIFY(st.error().contains(QDir::toNativeSeparators(file)));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSpreadsheetWriter)
#include "tst_spreadsheetwriter.moc"
