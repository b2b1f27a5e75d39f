// The DOCX part of the dossier: the package's parts, Times New Roman styles, the Vietnamese
// text in real runs, one Word section per document section with exact page sizes and margins,
// tables with repeated header rows and merged cells, figures as 220-dpi PNGs with alt text,
// atomic writing, failures that name the file — and LibreOffice opening the result.
#include "docxwriter.h"
#include "reportdocument.h"
#include "ziputil.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace tthc;
using namespace tthc::report;

namespace {

using ziputil::paragraphTexts;

const QString altText = QStringLiteral("Sơ đồ quy trình tiếp nhận và trả kết quả hồ sơ");
const QString bodyText = QStringLiteral("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ "
                                        "về kiểm soát thủ tục hành chính;");

Paragraph para(const QString &text, Align align, double pt, bool bold = false, bool italic = false)
{
    Paragraph p = Paragraph::plain(text, align, pt);
    p.runs[0].bold = bold;
    p.runs[0].italic = italic;
    p.spaceAfterPt = 0;
    return p;
}

Cell cell(const QString &text, bool shaded = false, int colSpan = 1, int rowSpan = 1)
{
    Cell c;
    c.paragraphs << Paragraph::plain(text, Align::Center, 0);
    c.shaded = shaded;
    c.colSpan = colSpan;
    c.rowSpan = rowSpan;
    return c;
}

// A rectangle with a frame 10 pt inside the figure and a line of 20-pt text: enough to check
// where things land in the PNG.
Figure chart(QSizeF size, double textPt, const QString &caption)
{
    Figure f;
    f.naturalSize = size;
    f.minTextPt = textPt;
    f.altText = altText;
    f.caption = caption;
    QPainter p(&f.picture);
    p.setPen(QPen(Qt::black, 2));
    p.setBrush(QColor(0xdd, 0xee, 0xff));
    p.drawRect(QRectF(10, 10, size.width() - 20, size.height() - 20));
    QFont font(QStringLiteral("Liberation Serif"));
    font.setPixelSize(qRound(textPt));
    p.setFont(font);
    p.drawText(QPointF(30, 30 + textPt), QStringLiteral("Tiếp nhận hồ sơ"));
    p.end();
    return f;
}

Document sampleDocument()
{
    Document doc;
    doc.title = QStringLiteral("Tờ trình phương án đơn giản hóa thủ tục hành chính");
    doc.subject = QStringLiteral("Hồ sơ trình phê duyệt");
    doc.author = QStringLiteral("Ủy ban nhân dân tỉnh Bắc Ninh");
    doc.page.topMm = 25;    // 1417 twips
    doc.page.bottomMm = 20; // 1134
    doc.page.leftMm = 35;   // 1984
    doc.page.rightMm = 15;  // 850
    doc.page.headerMm = 12; // 680

    Section first;
    Table head;
    head.borders = false;
    head.columnWeights = {2, 3};
    head.fontPt = 13;
    Cell issuer;
    issuer.paragraphs << para(QStringLiteral("ỦY BAN NHÂN DÂN"), Align::Center, 13)
                      << para(QStringLiteral("TỈNH BẮC NINH"), Align::Center, 13, true)
                      << para(QStringLiteral("Số: 15/TTr-UBND"), Align::Center, 13);
    issuer.paragraphs[1].ruleBelowPt = 50;
    Cell motto;
    motto.paragraphs << para(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Align::Center, 12, true)
                     << para(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), Align::Center, 13, true)
                     << para(QStringLiteral("Bắc Ninh, ngày 11 tháng 10 năm 2024"), Align::Center, 13, false, true);
    motto.paragraphs[1].ruleBelowPt = 170;
    head.rows << QList<Cell>{issuer, motto};
    first.blocks << head;

    Paragraph title = para(QStringLiteral("TỜ TRÌNH"), Align::Center, 14, true);
    title.spaceBeforePt = 18;
    title.keepWithNext = true;
    first.blocks << title;
    Paragraph about = para(QStringLiteral("Về việc thông qua phương án đơn giản hóa thủ tục hành chính"),
                           Align::Center, 14, true);
    about.spaceAfterPt = 12;
    first.blocks << about;
    Paragraph body;
    body.runs = {Run{QStringLiteral("Căn cứ ")}, Run{QStringLiteral("Nghị định số 63/2010/NĐ-CP"), false, true},
                 Run{QStringLiteral(" ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;")}};
    body.firstLineIndentPt = 28.35;
    body.lineSpacing = 1.2;
    first.blocks << body;
    Paragraph lead;
    lead.runs = {Run{QStringLiteral("Kính gửi: "), true}, Run{QStringLiteral("Hội đồng nhân dân tỉnh.")}};
    lead.pageBreakBefore = false;
    first.blocks << lead;
    doc.sections << first;

    Section second;
    second.landscape = true;
    Paragraph caption = para(QStringLiteral("Bảng 1. Chi phí tuân thủ trước và sau đơn giản hóa"), Align::Center, 14, true);
    caption.keepWithNext = true;
    second.blocks << caption;
    Table costs;
    costs.columnWeights = {1, 5, 2, 2, 2, 1.5};
    costs.headerRows = 2;
    costs.fontPt = 12;
    costs.rows << QList<Cell>{cell(QStringLiteral("STT"), true, 1, 2), cell(QStringLiteral("Tên thủ tục hành chính"), true, 1, 2),
                              cell(QStringLiteral("Chi phí tuân thủ (đồng/năm)"), true, 4), Cell::coveredCell(), Cell::coveredCell(), Cell::coveredCell()};
    costs.rows << QList<Cell>{Cell::coveredCell(), Cell::coveredCell(), cell(QStringLiteral("Trước"), true), cell(QStringLiteral("Sau"), true),
                              cell(QStringLiteral("Tiết kiệm"), true), cell(QStringLiteral("Tỷ lệ"), true)};
    costs.rows << QList<Cell>{cell(QStringLiteral("1")), cell(QStringLiteral("Đăng ký thành lập hộ kinh doanh")),
                              cell(QStringLiteral("1.146.980")), cell(QStringLiteral("536.200")),
                              cell(QStringLiteral("610.780")), cell(QStringLiteral("53,2 %"))};
    costs.rows << QList<Cell>{cell(QStringLiteral("2")), cell(QStringLiteral("Đăng ký khai sinh")),
                              cell(QStringLiteral("135.000")), cell(QStringLiteral("45.000")),
                              cell(QStringLiteral("90.000")), cell(QStringLiteral("66,7 %"))};
    second.blocks << costs;
    second.blocks << chart(QSizeF(400, 200), 20, QStringLiteral("Hình 1. Quy trình sau đơn giản hóa"));
    doc.sections << second;
    return doc;
}

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    return !r.hasError();
}

// Walks every element (readNextStartElement skips siblings' ends, so use readNext).
template <class F> void walk(const QByteArray &xml, F &&visit)
{
    QXmlStreamReader r(xml);
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            path << r.qualifiedName().toString();
            visit(r, path);
            if (r.isEndElement()) // the visitor read the element to its end
                path.removeLast();
        } else if (r.isEndElement()) {
            path.removeLast();
        }
    }
}

QList<QXmlStreamAttributes> all(const QByteArray &xml, const QString &name)
{
    QList<QXmlStreamAttributes> out;
    walk(xml, [&](QXmlStreamReader &r, const QStringList &) {
        if (r.qualifiedName() == name)
            out << r.attributes();
    });
    return out;
}

QString attr(const QXmlStreamAttributes &a, const char *name) { return a.value(QLatin1String(name)).toString(); }

struct RunInfo {
    QString text;
    bool bold = false;
    bool italic = false;
    QString halfPoints;
};
QList<RunInfo> runs(const QByteArray &xml)
{
    QList<RunInfo> out;
    walk(xml, [&](QXmlStreamReader &r, const QStringList &path) {
        const QString name = r.qualifiedName().toString();
        if (name == QLatin1String("w:r"))
            out << RunInfo{};
        else if (path.size() >= 3 && path[path.size() - 2] == QLatin1String("w:rPr")
                 && path[path.size() - 3] == QLatin1String("w:r")) {
            if (name == QLatin1String("w:b"))
                out.last().bold = true;
            else if (name == QLatin1String("w:i"))
                out.last().italic = true;
            else if (name == QLatin1String("w:sz"))
                out.last().halfPoints = attr(r.attributes(), "w:val");
        } else if (name == QLatin1String("w:t")) {
            out.last().text += r.readElementText();
        }
    });
    return out;
}

// Each w:sectPr: its parent and its children's attributes by name.
struct SectPr {
    QString parent;
    QMultiMap<QString, QXmlStreamAttributes> children;
};
QList<SectPr> sections(const QByteArray &xml)
{
    QList<SectPr> out;
    walk(xml, [&](QXmlStreamReader &r, const QStringList &path) {
        if (r.qualifiedName() == QLatin1String("w:sectPr"))
            out << SectPr{path[path.size() - 2], {}};
        else if (path.size() >= 2 && path[path.size() - 2] == QLatin1String("w:sectPr"))
            out.last().children.insert(r.qualifiedName().toString(), r.attributes());
    });
    return out;
}

QString run(const QString &program, const QStringList &args, int timeoutMs, bool *ok)
{
    QProcess p;
    p.start(program, args);
    *ok = p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

} // namespace

class TestDocxWriter : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_document;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tờ trình.docx"));
        const Status s = DocxWriter::write(sampleDocument(), m_path);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        m_document = ziputil::entry(m_path, QStringLiteral("word/document.xml"));
        QVERIFY(!m_document.isEmpty());
    }

    void parts()
    {
        const QStringList expected = {
            QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
            QStringLiteral("word/document.xml"), QStringLiteral("word/styles.xml"),
            QStringLiteral("word/settings.xml"), QStringLiteral("word/_rels/document.xml.rels"),
            QStringLiteral("word/header1.xml"), QStringLiteral("word/header2.xml"),
            QStringLiteral("word/media/image1.png"), QStringLiteral("docProps/core.xml"),
            QStringLiteral("docProps/app.xml")};
        QCOMPARE(ziputil::entries(m_path), expected);
        // Nothing but the document is left in the folder (the .part was renamed).
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("tờ trình.docx")});
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".part")));
        for (const QString &name : expected) {
            if (name.endsWith(QLatin1String(".png")))
                continue;
            QVERIFY2(wellFormed(ziputil::entry(m_path, name)), qPrintable(name));
        }
    }

    void contentTypes()
    {
        const QByteArray xml = ziputil::entry(m_path, QStringLiteral("[Content_Types].xml"));
        QMap<QString, QString> defaults, overrides;
        for (const auto &a : all(xml, QStringLiteral("Default")))
            defaults.insert(attr(a, "Extension"), attr(a, "ContentType"));
        for (const auto &a : all(xml, QStringLiteral("Override")))
            overrides.insert(attr(a, "PartName"), attr(a, "ContentType"));
        QCOMPARE(defaults.value(QStringLiteral("png")), QStringLiteral("image/png"));
        QCOMPARE(defaults.value(QStringLiteral("rels")), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        QCOMPARE(overrides.value(QStringLiteral("/word/document.xml")),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
        QCOMPARE(overrides.value(QStringLiteral("/word/styles.xml")),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"));
        QCOMPARE(overrides.value(QStringLiteral("/word/header1.xml")),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"));
        QCOMPARE(overrides.value(QStringLiteral("/word/header2.xml")),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"));
        QCOMPARE(overrides.size(), 7);

        // Every relationship of the document points at a part that exists.
        const QByteArray rels = ziputil::entry(m_path, QStringLiteral("word/_rels/document.xml.rels"));
        const QStringList entries = ziputil::entries(m_path);
        const auto relationships = all(rels, QStringLiteral("Relationship"));
        QCOMPARE(relationships.size(), 5); // styles, settings, 2 headers, 1 image
        for (const auto &a : relationships)
            QVERIFY2(entries.contains(QStringLiteral("word/") + attr(a, "Target")), qPrintable(attr(a, "Target")));
    }

    void stylesAndProperties()
    {
        const QByteArray styles = ziputil::entry(m_path, QStringLiteral("word/styles.xml"));
        bool normalSeen = false;
        walk(styles, [&](QXmlStreamReader &r, const QStringList &path) {
            if (r.qualifiedName() != QLatin1String("w:rFonts") || !path.contains(QLatin1String("w:style")))
                return;
            normalSeen = true;
            for (const char *a : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
                QCOMPARE(attr(r.attributes(), a), QStringLiteral("Times New Roman"));
        });
        QVERIFY(normalSeen);
        const auto normal = all(styles, QStringLiteral("w:style"));
        QCOMPARE(attr(normal.first(), "w:styleId"), QStringLiteral("Normal"));
        QCOMPARE(attr(all(styles, QStringLiteral("w:sz")).first(), "w:val"), QStringLiteral("28"));
        QCOMPARE(attr(all(styles, QStringLiteral("w:lang")).first(), "w:val"), QStringLiteral("vi-VN"));

        const QByteArray core = ziputil::entry(m_path, QStringLiteral("docProps/core.xml"));
        QMap<QString, QString> props;
        walk(core, [&](QXmlStreamReader &r, const QStringList &path) {
            if (path.size() == 2)
                props.insert(r.qualifiedName().toString(), r.readElementText());
        });
        QCOMPARE(props.value(QStringLiteral("dc:title")), QStringLiteral("Tờ trình phương án đơn giản hóa thủ tục hành chính"));
        QCOMPARE(props.value(QStringLiteral("dc:subject")), QStringLiteral("Hồ sơ trình phê duyệt"));
        QCOMPARE(props.value(QStringLiteral("dc:creator")), QStringLiteral("Ủy ban nhân dân tỉnh Bắc Ninh"));

        // The page number: a PAGE field at 13 pt in header1; header2 (first page) is empty.
        const QByteArray header = ziputil::entry(m_path, QStringLiteral("word/header1.xml"));
        QVERIFY(header.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
        QCOMPARE(all(header, QStringLiteral("w:fldChar")).size(), 3);
        QCOMPARE(attr(all(header, QStringLiteral("w:sz")).first(), "w:val"), QStringLiteral("26"));
        QCOMPARE(paragraphTexts(ziputil::entry(m_path, QStringLiteral("word/header2.xml"))), QStringList{QString()});
    }

    void text()
    {
        const QStringList texts = paragraphTexts(m_document);
        for (const QString &expected :
             {QStringLiteral("ỦY BAN NHÂN DÂN"), QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("TỜ TRÌNH"), bodyText,
              QStringLiteral("Kính gửi: Hội đồng nhân dân tỉnh."), QStringLiteral("Chi phí tuân thủ (đồng/năm)"),
              QStringLiteral("Hình 1. Quy trình sau đơn giản hóa")})
            QVERIFY2(texts.contains(expected), qPrintable(expected));
        QCOMPARE(texts.join(QString()).normalized(QString::NormalizationForm_C), texts.join(QString()));

        // Runs keep their emphasis and size (half-points).
        const QList<RunInfo> found = runs(m_document);
        const auto find = [&](const QString &t) {
            for (const RunInfo &r : found)
                if (r.text == t)
                    return r;
            return RunInfo{};
        };
        const RunInfo decree = find(QStringLiteral("Nghị định số 63/2010/NĐ-CP"));
        QVERIFY(decree.italic && !decree.bold);
        QCOMPARE(decree.halfPoints, QStringLiteral("28"));
        const RunInfo title = find(QStringLiteral("TỜ TRÌNH"));
        QVERIFY(title.bold && !title.italic);
        QVERIFY(find(QStringLiteral("Kính gửi: ")).bold);
        QVERIFY(!find(QStringLiteral("Hội đồng nhân dân tỉnh.")).bold);
        QCOMPARE(find(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).halfPoints, QStringLiteral("24"));
        // A cell paragraph of size 0 takes the table's font size.
        QCOMPARE(find(QStringLiteral("Tên thủ tục hành chính")).halfPoints, QStringLiteral("24"));
        QVERIFY(find(QStringLiteral("Hình 1. Quy trình sau đơn giản hóa")).italic);

        // Paragraph properties: first-line indent 28.35 pt, line spacing 1.2, justified.
        QVERIFY(m_document.contains("<w:ind w:firstLine=\"567\"/>"));
        QVERIFY(m_document.contains("<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"288\" w:lineRule=\"auto\"/>"));
        QVERIFY(m_document.contains("<w:jc w:val=\"both\"/>"));
        QCOMPARE(all(m_document, QStringLiteral("w:keepNext")).size(), 5); // title, 2 rules, table caption, figure
    }

    void sectionsAndPages()
    {
        const QList<SectPr> s = sections(m_document);
        QCOMPARE(s.size(), 2);
        // The first ends in its last paragraph; the last is the body's.
        QCOMPARE(s[0].parent, QStringLiteral("w:pPr"));
        QCOMPARE(s[1].parent, QStringLiteral("w:body"));

        const auto pgSz0 = s[0].children.value(QStringLiteral("w:pgSz"));
        QCOMPARE(attr(pgSz0, "w:w"), QStringLiteral("11906"));
        QCOMPARE(attr(pgSz0, "w:h"), QStringLiteral("16838"));
        QVERIFY(!pgSz0.hasAttribute(QLatin1String("w:orient")));
        const auto pgSz1 = s[1].children.value(QStringLiteral("w:pgSz"));
        QCOMPARE(attr(pgSz1, "w:w"), QStringLiteral("16838"));
        QCOMPARE(attr(pgSz1, "w:h"), QStringLiteral("11906"));
        QCOMPARE(attr(pgSz1, "w:orient"), QStringLiteral("landscape"));

        for (const SectPr &sect : s) {
            // mm × 1440 / 25.4, rounded: 25 → 1417, 20 → 1134, 35 → 1984, 15 → 850, 12 → 680.
            const auto m = sect.children.value(QStringLiteral("w:pgMar"));
            QCOMPARE(attr(m, "w:top"), QStringLiteral("1417"));
            QCOMPARE(attr(m, "w:bottom"), QStringLiteral("1134"));
            QCOMPARE(attr(m, "w:left"), QStringLiteral("1984"));
            QCOMPARE(attr(m, "w:right"), QStringLiteral("850"));
            QCOMPARE(attr(m, "w:header"), QStringLiteral("680"));
            // The page-number header on every section.
            QStringList types;
            for (const auto &h : sect.children.values(QStringLiteral("w:headerReference")))
                types << attr(h, "w:type") + QLatin1Char('=') + attr(h, "r:id");
            types.sort();
            if (&sect == &s[0])
                QCOMPARE(types, (QStringList{QStringLiteral("default=rIdHeader"), QStringLiteral("first=rIdFirstHeader")}));
            else
                QCOMPARE(types, QStringList{QStringLiteral("default=rIdHeader")});
        }
        QVERIFY(s[0].children.contains(QStringLiteral("w:titlePg")));
        QVERIFY(!s[1].children.contains(QStringLiteral("w:titlePg")));
        QVERIFY(all(m_document, QStringLiteral("w:pgNumType")).isEmpty()); // numbering runs on
    }

    void tables()
    {
        QCOMPARE(all(m_document, QStringLiteral("w:tbl")).size(), 2);
        QCOMPARE(all(m_document, QStringLiteral("w:tblHeader")).size(), 2);
        QCOMPARE(all(m_document, QStringLiteral("w:cantSplit")).size(), 1 + 4); // every row fits on a page
        QCOMPARE(all(m_document, QStringLiteral("w:tblLayout")).size(), 2);

        // The grids fill the text width: 11906 − 1984 − 850 = 9072; 16838 − 1984 − 850 = 14004.
        QList<int> grid;
        for (const auto &a : all(m_document, QStringLiteral("w:gridCol")))
            grid << attr(a, "w:w").toInt();
        QCOMPARE(grid.size(), 8);
        QCOMPARE(grid.mid(0, 2), (QList<int>{3629, 5443}));
        int landscape = 0;
        for (int w : grid.mid(2))
            landscape += w;
        QCOMPARE(landscape, 14004);
        QCOMPARE(grid[2], 1037); // 14004 × 1 / 13.5

        const auto spans = all(m_document, QStringLiteral("w:gridSpan"));
        QCOMPARE(spans.size(), 1);
        QCOMPARE(attr(spans[0], "w:val"), QStringLiteral("4"));
        QStringList merges;
        for (const auto &a : all(m_document, QStringLiteral("w:vMerge")))
            merges << (a.hasAttribute(QLatin1String("w:val")) ? attr(a, "w:val") : QStringLiteral("continue"));
        QCOMPARE(merges, (QStringList{QStringLiteral("restart"), QStringLiteral("restart"), QStringLiteral("continue"),
                                      QStringLiteral("continue")}));
        // 3 + 6 + 6 + 6 cells, 2 in the header table; each holds a paragraph.
        int cells = 0;
        int emptyCells = 0;
        walk(m_document, [&](QXmlStreamReader &r, const QStringList &) {
            if (r.qualifiedName() != QLatin1String("w:tc"))
                return;
            ++cells;
            int depth = 0;
            bool paragraph = false;
            while (!r.atEnd()) {
                r.readNext();
                if (r.isStartElement()) {
                    ++depth;
                    paragraph = paragraph || r.qualifiedName() == QLatin1String("w:p");
                } else if (r.isEndElement() && depth-- == 0) {
                    break;
                }
            }
            if (!paragraph)
                ++emptyCells;
        });
        QCOMPARE(cells, 2 + 3 + 6 + 6 + 6);
        QCOMPARE(emptyCells, 0);
        int shaded = 0;
        for (const auto &a : all(m_document, QStringLiteral("w:shd")))
            shaded += attr(a, "w:fill") == QLatin1String("D9D9D9");
        QCOMPARE(shaded, 3 + 6);

        // Borders: the letterhead table has none, the cost table single 4.
        QStringList tops;
        walk(m_document, [&](QXmlStreamReader &r, const QStringList &path) {
            if (path.size() >= 2 && path[path.size() - 2] == QLatin1String("w:tblBorders"))
                tops << attr(r.attributes(), "w:val") + attr(r.attributes(), "w:sz");
        });
        QCOMPARE(tops, (QStringList{6, QStringLiteral("nil")} + QStringList{6, QStringLiteral("single4")}));

        // The rules: bottom borders of 1-pt paragraphs centred in their cells. Cell widths
        // less 2 × 80 twips of padding: 3469 and 5283; rules of 50 and 170 pt.
        QStringList indents;
        walk(m_document, [&](QXmlStreamReader &r, const QStringList &) {
            if (r.qualifiedName() == QLatin1String("w:ind") && r.attributes().hasAttribute(QLatin1String("w:left")))
                indents << attr(r.attributes(), "w:left") + QLatin1Char('/') + attr(r.attributes(), "w:right");
        });
        QCOMPARE(indents, (QStringList{QStringLiteral("1234/1235"), QStringLiteral("941/942")}));
        QCOMPARE(all(m_document, QStringLiteral("w:pBdr")).size(), 2);
    }

    void figure()
    {
        const auto docPr = all(m_document, QStringLiteral("wp:docPr"));
        QCOMPARE(docPr.size(), 1);
        QCOMPARE(attr(docPr[0], "descr"), altText);
        QCOMPARE(attr(docPr[0], "id"), QStringLiteral("1"));
        QCOMPARE(attr(all(m_document, QStringLiteral("pic:cNvPr")).first(), "descr"), altText);
        QCOMPARE(attr(all(m_document, QStringLiteral("a:blip")).first(), "r:embed"), QStringLiteral("rIdImage1"));

        // 400 × 200 pt fits the landscape page at its own size (never enlarged).
        const auto extent = all(m_document, QStringLiteral("wp:extent"));
        QCOMPARE(extent.size(), 1);
        const qint64 cx = attr(extent[0], "cx").toLongLong();
        const qint64 cy = attr(extent[0], "cy").toLongLong();
        QCOMPARE(cx, 400 * 12700);
        QCOMPARE(cy, 200 * 12700);

        const QImage png = QImage::fromData(ziputil::entry(m_path, QStringLiteral("word/media/image1.png")), "PNG");
        QVERIFY(!png.isNull());
        QVERIFY(png.width() >= cx / 914400.0 * 200);
        QVERIFY(png.height() >= cy / 914400.0 * 200);
        QCOMPARE(png.size(), QSize(1223, 612)); // 400 pt and 200 pt at 220 dpi
        QCOMPARE(qRound(png.dotsPerMeterX() * 0.0254), 220);

        // The frame's left edge at 10 pt × 220/72 = 30.6 px, the fill inside, white outside.
        const double pxPerUnit = 220.0 / 72;
        const int midY = png.height() / 2;
        QCOMPARE(png.pixelColor(10, midY), QColor(Qt::white));
        QVERIFY(qGray(png.pixel(qRound(10 * pxPerUnit), midY)) < 80);
        QCOMPARE(png.pixelColor(qRound(200 * pxPerUnit), midY), QColor(0xdd, 0xee, 0xff));

        // The text keeps its size: its ink is as tall as the font says, scaled to pixels.
        QRect ink;
        for (int y = qRound(15 * pxPerUnit); y < qRound(70 * pxPerUnit); ++y)
            for (int x = qRound(20 * pxPerUnit); x < png.width() / 2; ++x)
                if (qGray(png.pixel(x, y)) < 100)
                    ink |= QRect(x, y, 1, 1);
        QFont font(QStringLiteral("Liberation Serif"));
        font.setPixelSize(20);
        const QRectF tight = QFontMetricsF(font).tightBoundingRect(QStringLiteral("Tiếp nhận hồ sơ"));
        // The width is exact; the ink's height misses the faintest antialiased rows. A replay
        // at the wrong resolution (72 instead of the recording's 96 dpi) would give 75 %.
        const double expectedWidth = tight.width() * pxPerUnit;
        const double expectedHeight = tight.height() * pxPerUnit;
        QVERIFY2(qAbs(ink.width() - expectedWidth) < 0.02 * expectedWidth,
                 qPrintable(QStringLiteral("ink %1 px wide, expected %2").arg(ink.width()).arg(expectedWidth)));
        QVERIFY2(ink.height() > 0.85 * expectedHeight && ink.height() < 1.05 * expectedHeight,
                 qPrintable(QStringLiteral("ink %1 px high, expected %2").arg(ink.height()).arg(expectedHeight)));
    }

    // A chart too wide to shrink is cut into parts like the PDF's: one picture per part, each
    // on its own page, the caption once under the last; numbering from the first page here.
    void tiledFigure()
    {
        Document doc;
        doc.pageNumbersFromSecondPage = false;
        Section s;
        s.landscape = true;
        s.blocks << chart(QSizeF(2000, 300), 7, QStringLiteral("Hình 2. Quy trình đầy đủ"));
        s.blocks << chart(QSizeF(200, 100), 7, QString());
        doc.sections << s;
        const QString path = m_dir.filePath(QStringLiteral("tiled.docx"));
        const Status st = DocxWriter::write(doc, path);
        QVERIFY2(st.ok(), qPrintable(st.error()));

        // Landscape area 714.35 × (481.9 − 40) pt; text at 7 pt cannot shrink: 3 parts at 1×.
        const QByteArray xml = ziputil::entry(path, QStringLiteral("word/document.xml"));
        const FigurePlacement expected =
            placeFigure(std::get<Figure>(s.blocks[0]), QSizeF(14004 / 20.0, (11906 - 2268) / 20.0 - 40), 7);
        QCOMPARE(expected.parts.size(), 3);
        const QStringList entries = ziputil::entries(path);
        for (int i = 1; i <= 4; ++i)
            QVERIFY(entries.contains(QStringLiteral("word/media/image%1.png").arg(i)));
        QVERIFY(!entries.contains(QStringLiteral("word/media/image5.png")));
        QVERIFY(!entries.contains(QStringLiteral("word/header2.xml")));

        QStringList ids;
        for (const auto &a : all(xml, QStringLiteral("wp:docPr")))
            ids << attr(a, "id");
        QCOMPARE(ids, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
        qint64 width = 0;
        const auto extents = all(xml, QStringLiteral("wp:extent"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(attr(extents[i], "cy").toLongLong(), 300 * 12700);
            width += attr(extents[i], "cx").toLongLong();
        }
        QVERIFY(qAbs(width - 2000 * 12700) <= 2);
        QCOMPARE(all(xml, QStringLiteral("w:pageBreakBefore")).size(), 3); // the first part too, as in the PDF
        const QStringList texts = paragraphTexts(xml);
        QCOMPARE(texts.count(QStringLiteral("Hình 2. Quy trình đầy đủ")), 1);
        QCOMPARE(texts.indexOf(QStringLiteral("Hình 2. Quy trình đầy đủ")), 3); // after the 3 parts

        const QList<SectPr> sects = sections(xml);
        QCOMPARE(sects.size(), 1);
        QVERIFY(!sects[0].children.contains(QStringLiteral("w:titlePg")));
        QCOMPARE(sects[0].children.values(QStringLiteral("w:headerReference")).size(), 1);
    }

    // Rows that fit on half a page are kept whole (the PDF breaks between rows); a row of
    // 60 lines may break, or Word would cut it off at the bottom of the page.
    void longRowsMayBreak()
    {
        Table t;
        t.columnWeights = {1, 3};
        t.headerRows = 1;
        t.rows << QList<Cell>{cell(QStringLiteral("TT"), true), cell(QStringLiteral("Nội dung"), true)};
        t.rows << QList<Cell>{cell(QStringLiteral("1")), cell(QStringLiteral("Ngắn."))};
        QStringList lines;
        for (int i = 0; i < 60; ++i)
            lines << QStringLiteral("Dòng %1.").arg(i + 1);
        t.rows << QList<Cell>{cell(QStringLiteral("2")), cell(lines.join(QLatin1Char('\n')))};
        Document doc;
        Section s;
        s.blocks << t;
        doc.sections << s;
        const QString path = m_dir.filePath(QStringLiteral("rows.docx"));
        QVERIFY(DocxWriter::write(doc, path).ok());
        const QByteArray xml = ziputil::entry(path, QStringLiteral("word/document.xml"));
        QStringList rows;
        walk(xml, [&](QXmlStreamReader &r, const QStringList &) {
            if (r.qualifiedName() == QLatin1String("w:tr"))
                rows << QString();
            else if (r.qualifiedName() == QLatin1String("w:cantSplit") || r.qualifiedName() == QLatin1String("w:tblHeader"))
                rows.last() += r.qualifiedName().toString();
        });
        QCOMPARE(rows, (QStringList{QStringLiteral("w:cantSplitw:tblHeader"), QStringLiteral("w:cantSplit"), QString()}));
        // "\n" inside a run is a line break.
        QCOMPARE(all(xml, QStringLiteral("w:br")).size(), 59);
        // A table ending the document is followed by a paragraph.
        QVERIFY(xml.contains("</w:tbl><w:p>"));
    }

    void replacesAtomically()
    {
        const QString path = m_dir.filePath(QStringLiteral("again.docx"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export");
        old.close();
        Document doc = sampleDocument();
        doc.title = QStringLiteral("Bản sửa đổi");
        const Status s = DocxWriter::write(doc, path);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(ziputil::entry(path, QStringLiteral("docProps/core.xml")).contains("<dc:title>Bản sửa đổi</dc:title>"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void failuresNameTheFile()
    {
        const QString missing = m_dir.filePath(QStringLiteral("không có/hồ sơ.docx"));
        const Status s = DocxWriter::write(sampleDocument(), missing);
        QVERIFY(!s.ok());
        // The one message of every output file (AtomicFile), naming the cause.
        QCOMPARE(s.error(), QStringLiteral("Cannot write “%1”: the folder does not exist. The previous file, if any, is unchanged.")
                                .arg(QDir::toNativeSeparators(missing)));
        QVERIFY(!QFile::exists(missing));

        // A folder where the file should go: the package is written, the rename fails, the
        // .part is cleaned up and the folder is untouched.
        const QString folder = m_dir.filePath(QStringLiteral("là thư mục.docx"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/con")));
        const Status r = DocxWriter::write(sampleDocument(), folder);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QDir::toNativeSeparators(folder)), qPrintable(r.error()));
        QVERIFY(!QFile::exists(folder + QStringLiteral(".part")));
        QVERIFY(QFileInfo(folder + QStringLiteral("/con")).isDir());
    }

    // LibreOffice opens the package and lays it out: the letterhead's words come back exactly
    // from its PDF, the first page is A4 portrait and a landscape page follows.
    void libreOfficeRendersIt()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QFAIL("soffice not found: install libreoffice-writer-nogui to check the DOCX with LibreOffice");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdftotext.isEmpty() || pdfinfo.isEmpty())
            QFAIL("pdftotext/pdfinfo not found: install poppler-utils");

        QTemporaryDir work; // its own profile, so parallel runs do not share one
        QVERIFY(work.isValid());
        const QString docx = work.filePath(QStringLiteral("to-trinh.docx"));
        QVERIFY(QFile::copy(m_path, docx));
        bool ok = false;
        const QString log = run(soffice,
                                {QStringLiteral("-env:UserInstallation=")
                                     + QUrl::fromLocalFile(work.filePath(QStringLiteral("profile"))).toString(),
                                 QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                 QStringLiteral("--outdir"), work.path(), docx},
                                60000, &ok);
        const QString pdf = work.filePath(QStringLiteral("to-trinh.pdf"));
        QVERIFY2(ok && QFile::exists(pdf), qPrintable(log));

        const QString text = run(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, 20000, &ok);
        QVERIFY(ok);
        for (const QString &expected :
             {QStringLiteral("ỦY BAN NHÂN DÂN"), QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("TỜ TRÌNH"),
              QStringLiteral("Chi phí tuân thủ (đồng/năm)"), QStringLiteral("Hình 1. Quy trình sau đơn giản hóa")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));

        const QString info = run(pdfinfo, {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                           QStringLiteral("20"), pdf},
                                 20000, &ok);
        QVERIFY(ok);
        const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
        QVERIFY(pages.match(info).captured(1).toInt() >= 2);
        QList<QSizeF> sizes;
        const QRegularExpression size(QStringLiteral("^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                      QRegularExpression::MultilineOption);
        for (auto it = size.globalMatch(info); it.hasNext();) {
            const auto m = it.next();
            sizes << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
        }
        QVERIFY(sizes.size() >= 2);
        QCOMPARE(qRound(sizes[0].width()), 595);
        QCOMPARE(qRound(sizes[0].height()), 842);
        QCOMPARE(qRound(sizes[1].width()), 842); // the landscape section starts on page 2
        QCOMPARE(qRound(sizes[1].height()), 595);
        QCOMPARE(qRound(sizes.last().width()), 842);
    }
};

QTEST_MAIN(TestDocxWriter)
#include "tst_docxwriter.moc"
