#include "docxwriter.h"
#include "atomicfile.h"
#include "xmltext.h"

#include <zip.h>

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QXmlStreamWriter>
#include <QtMath>

#include <filesystem>
#include <functional>
#include <system_error>
#include <utility>
#include <variant>

namespace tthc {

using namespace report;

namespace {

const QString nsW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString nsR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString nsWp = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
const QString nsA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString nsPic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
const QString relBase = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

const QString font = QStringLiteral("Times New Roman");
const QString language = QStringLiteral("vi-VN");

constexpr int a4ShortTwips = 11906; // 210 mm
constexpr int a4LongTwips = 16838;  // 297 mm
constexpr int cellPadXTwips = 80;   // 4 pt, as in the PDF (pagelayout.cpp)
constexpr int cellPadYTwips = 50;   // 2.5 pt
constexpr double captionPt = 12;
constexpr double pageNumberPt = 13;
constexpr double layoutDpi = 96;        // figures are recorded and replayed for this DPI (pagelayout.h)
constexpr double emuPerPt = 12700;
constexpr int ruleEighths = 5;          // 0.625 pt, the PDF's rule is 0.6 pt

const QString headerRelId = QStringLiteral("rIdHeader");
const QString firstHeaderRelId = QStringLiteral("rIdFirstHeader");

int twipsFromMm(double mm) { return qRound(mm * 1440.0 / 25.4); }
int twipsFromPt(double pt) { return qRound(pt * 20.0); }
QString num(qint64 v) { return QString::number(v); }
QString halfPoints(double pt) { return num(std::max(2, qRound(pt * 2))); }

// XML 1.0 cannot carry most control characters or lone surrogates; they cannot come from
// typed text anyway, so they are dropped (XmlText::safe) rather than making Word refuse the file.
using XmlText::safe;

void start(QXmlStreamWriter &w, const char *name) { w.writeStartElement(QString::fromLatin1(name)); }
void attr(QXmlStreamWriter &w, const char *name, const QString &value)
{
    w.writeAttribute(QString::fromLatin1(name), safe(value));
}
void empty(QXmlStreamWriter &w, const char *name) { w.writeEmptyElement(QString::fromLatin1(name)); }
void emptyVal(QXmlStreamWriter &w, const char *name, const QString &value)
{
    empty(w, name);
    attr(w, "w:val", value);
}

template <class F> QByteArray xmlPart(F &&body)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    body(w);
    w.writeEndDocument();
    return out;
}

void writeFonts(QXmlStreamWriter &w)
{
    empty(w, "w:rFonts");
    attr(w, "w:ascii", font);
    attr(w, "w:hAnsi", font);
    attr(w, "w:eastAsia", font);
    attr(w, "w:cs", font);
}

void writeSize(QXmlStreamWriter &w, double pt)
{
    emptyVal(w, "w:sz", halfPoints(pt));
    emptyVal(w, "w:szCs", halfPoints(pt));
}

void writeSpacing(QXmlStreamWriter &w, double beforePt, double afterPt, double lineSpacing = 1)
{
    empty(w, "w:spacing");
    attr(w, "w:before", num(twipsFromPt(beforePt)));
    attr(w, "w:after", num(twipsFromPt(afterPt)));
    attr(w, "w:line", num(qRound(240 * (lineSpacing > 0 ? lineSpacing : 1))));
    attr(w, "w:lineRule", QStringLiteral("auto"));
}

QString jc(Align a)
{
    switch (a) {
    case Align::Left: return QStringLiteral("left");
    case Align::Center: return QStringLiteral("center");
    case Align::Right: return QStringLiteral("right");
    case Align::Justify: return QStringLiteral("both");
    }
    return QStringLiteral("left");
}

// A run's text: line breaks and tabs are elements of their own in WordprocessingML.
void writeRunText(QXmlStreamWriter &w, const QString &text)
{
    QString chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        start(w, "w:t");
        attr(w, "xml:space", QStringLiteral("preserve"));
        w.writeCharacters(chunk);
        w.writeEndElement();
        chunk.clear();
    };
    for (const QChar c : safe(text)) {
        if (c == QLatin1Char('\n')) {
            flush();
            empty(w, "w:br");
        } else if (c == QLatin1Char('\t')) {
            flush();
            empty(w, "w:tab");
        } else if (c != QLatin1Char('\r')) {
            chunk += c;
        }
    }
    flush();
}

void writeRun(QXmlStreamWriter &w, const QString &text, double pt, bool bold, bool italic)
{
    start(w, "w:r");
    start(w, "w:rPr");
    if (bold)
        empty(w, "w:b");
    if (italic)
        empty(w, "w:i");
    writeSize(w, pt);
    w.writeEndElement();
    writeRunText(w, text);
    w.writeEndElement();
}

void writeBorder(QXmlStreamWriter &w, const char *side, bool visible, int eighths = 4, int space = 0)
{
    empty(w, side);
    if (!visible) {
        attr(w, "w:val", QStringLiteral("nil"));
        return;
    }
    attr(w, "w:val", QStringLiteral("single"));
    attr(w, "w:sz", num(eighths));
    attr(w, "w:space", num(space));
    attr(w, "w:color", QStringLiteral("auto"));
}

void writeTableBorders(QXmlStreamWriter &w, bool visible)
{
    start(w, "w:tblBorders");
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        writeBorder(w, side, visible);
    w.writeEndElement();
}

void writeWidth(QXmlStreamWriter &w, const char *name, int twips)
{
    empty(w, name);
    attr(w, "w:w", num(twips));
    attr(w, "w:type", QStringLiteral("dxa"));
}

// A near-invisible paragraph (1 pt): closes a section after a table or a figure, and keeps
// two tables apart (Word would join them).
void writeSpacer(QXmlStreamWriter &w, const std::function<void()> &sectPr = {})
{
    start(w, "w:p");
    start(w, "w:pPr");
    writeSpacing(w, 0, 0);
    start(w, "w:rPr");
    writeSize(w, 1);
    w.writeEndElement();
    if (sectPr)
        sectPr();
    w.writeEndElement();
    w.writeEndElement();
}

// Column widths in twips that add up to the width exactly (the rounding error of each
// column is carried to the next).
QList<int> columnWidths(const QList<double> &weights, int width)
{
    double total = 0;
    for (double x : weights)
        total += std::max(0.0, x);
    QList<int> out;
    double cumulative = 0;
    int given = 0;
    for (double x : weights) {
        cumulative += total > 0 ? std::max(0.0, x) / total : 1.0 / weights.size();
        const int edge = qRound(cumulative * width);
        out << edge - given;
        given = edge;
    }
    return out;
}

// A generous guess at a cell's height in points (Times averages well under half an em per
// character), only to tell rows that surely fit on half a page from those that might not.
double estimatedHeightPt(const Cell &cell, double tablePt, double widthPt)
{
    double height = 2 * cellPadYTwips / 20.0;
    for (const Paragraph &p : cell.paragraphs) {
        const double pt = p.sizePt > 0 ? p.sizePt : tablePt;
        const double perLine = std::max(1.0, widthPt / (0.5 * pt));
        int lines = 0;
        for (const QString &line : p.text().split(QLatin1Char('\n')))
            lines += std::max(1, qCeil(line.size() / perLine));
        height += p.spaceBeforePt + lines * pt * 1.2 * std::max(1.0, p.lineSpacing) + p.spaceAfterPt;
    }
    return height;
}

QByteArray headerXml(bool pageNumber)
{
    return xmlPart([&](QXmlStreamWriter &w) {
        start(w, "w:hdr");
        attr(w, "xmlns:w", nsW);
        attr(w, "xmlns:r", nsR);
        start(w, "w:p");
        start(w, "w:pPr");
        emptyVal(w, "w:pStyle", QStringLiteral("Header"));
        emptyVal(w, "w:jc", QStringLiteral("center"));
        w.writeEndElement();
        if (pageNumber) {
            // A complex field: Word and LibreOffice both update it on every page.
            const auto fieldRun = [&](const char *element, const char *type, const QString &text) {
                start(w, "w:r");
                start(w, "w:rPr");
                writeSize(w, pageNumberPt);
                w.writeEndElement();
                if (type) {
                    empty(w, element);
                    attr(w, "w:fldCharType", QString::fromLatin1(type));
                } else {
                    start(w, element);
                    attr(w, "xml:space", QStringLiteral("preserve"));
                    w.writeCharacters(safe(text));
                    w.writeEndElement();
                }
                w.writeEndElement();
            };
            fieldRun("w:fldChar", "begin", {});
            fieldRun("w:instrText", nullptr, QStringLiteral(" PAGE "));
            fieldRun("w:fldChar", "separate", {});
            fieldRun("w:t", nullptr, QStringLiteral("2"));
            fieldRun("w:fldChar", "end", {});
        }
        w.writeEndElement(); // p
        w.writeEndElement(); // hdr
    });
}

QByteArray stylesXml()
{
    return xmlPart([](QXmlStreamWriter &w) {
        start(w, "w:styles");
        attr(w, "xmlns:w", nsW);

        start(w, "w:docDefaults");
        start(w, "w:rPrDefault");
        start(w, "w:rPr");
        writeFonts(w);
        writeSize(w, 14);
        emptyVal(w, "w:lang", language);
        attr(w, "w:eastAsia", language);
        w.writeEndElement();
        w.writeEndElement();
        start(w, "w:pPrDefault");
        start(w, "w:pPr");
        writeSpacing(w, 0, 0);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement(); // docDefaults

        const auto style = [&](const char *type, const char *id, const char *name, bool isDefault) {
            start(w, "w:style");
            attr(w, "w:type", QString::fromLatin1(type));
            if (isDefault)
                attr(w, "w:default", QStringLiteral("1"));
            attr(w, "w:styleId", QString::fromLatin1(id));
            emptyVal(w, "w:name", QString::fromLatin1(name));
        };

        // Normal: Times New Roman 14 pt, Vietnamese (Nghị định 30/2020/NĐ-CP).
        style("paragraph", "Normal", "Normal", true);
        empty(w, "w:qFormat");
        start(w, "w:rPr");
        writeFonts(w);
        writeSize(w, 14);
        emptyVal(w, "w:lang", language);
        attr(w, "w:eastAsia", language);
        w.writeEndElement();
        w.writeEndElement();

        style("character", "DefaultParagraphFont", "Default Paragraph Font", true);
        emptyVal(w, "w:uiPriority", QStringLiteral("1"));
        empty(w, "w:semiHidden");
        empty(w, "w:unhideWhenUsed");
        w.writeEndElement();

        style("table", "TableNormal", "Normal Table", true);
        emptyVal(w, "w:uiPriority", QStringLiteral("99"));
        empty(w, "w:semiHidden");
        empty(w, "w:unhideWhenUsed");
        start(w, "w:tblPr");
        writeWidth(w, "w:tblInd", 0);
        start(w, "w:tblCellMar");
        writeWidth(w, "w:top", 0);
        writeWidth(w, "w:left", 108);
        writeWidth(w, "w:bottom", 0);
        writeWidth(w, "w:right", 108);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();

        style("table", "TableGrid", "Table Grid", false);
        emptyVal(w, "w:basedOn", QStringLiteral("TableNormal"));
        emptyVal(w, "w:uiPriority", QStringLiteral("39"));
        start(w, "w:tblPr");
        writeTableBorders(w, true);
        w.writeEndElement();
        w.writeEndElement();

        style("paragraph", "Header", "header", false);
        emptyVal(w, "w:basedOn", QStringLiteral("Normal"));
        emptyVal(w, "w:uiPriority", QStringLiteral("99"));
        empty(w, "w:unhideWhenUsed");
        start(w, "w:pPr");
        emptyVal(w, "w:jc", QStringLiteral("center"));
        w.writeEndElement();
        start(w, "w:rPr");
        writeSize(w, pageNumberPt);
        w.writeEndElement();
        w.writeEndElement();

        // Word's built-in caption style, so a table of figures can be generated in Word.
        style("paragraph", "Caption", "caption", false);
        emptyVal(w, "w:basedOn", QStringLiteral("Normal"));
        emptyVal(w, "w:next", QStringLiteral("Normal"));
        emptyVal(w, "w:uiPriority", QStringLiteral("35"));
        empty(w, "w:qFormat");
        start(w, "w:pPr");
        writeSpacing(w, 3, 6);
        emptyVal(w, "w:jc", QStringLiteral("center"));
        w.writeEndElement();
        start(w, "w:rPr");
        empty(w, "w:i");
        writeSize(w, captionPt);
        w.writeEndElement();
        w.writeEndElement();

        w.writeEndElement(); // styles
    });
}

QByteArray settingsXml()
{
    return xmlPart([](QXmlStreamWriter &w) {
        start(w, "w:settings");
        attr(w, "xmlns:w", nsW);
        empty(w, "w:zoom");
        attr(w, "w:percent", QStringLiteral("100"));
        emptyVal(w, "w:defaultTabStop", QStringLiteral("720"));
        emptyVal(w, "w:characterSpacingControl", QStringLiteral("doNotCompress"));
        start(w, "w:compat");
        // Word 2013+ layout: tables sit inside the margins with their borders.
        empty(w, "w:compatSetting");
        attr(w, "w:name", QStringLiteral("compatibilityMode"));
        attr(w, "w:uri", QStringLiteral("http://schemas.microsoft.com/office/word"));
        attr(w, "w:val", QStringLiteral("15"));
        w.writeEndElement();
        emptyVal(w, "w:themeFontLang", language);
        emptyVal(w, "w:decimalSymbol", QStringLiteral(","));
        emptyVal(w, "w:listSeparator", QStringLiteral(";"));
        w.writeEndElement();
    });
}

QByteArray packageRelsXml()
{
    return xmlPart([](QXmlStreamWriter &w) {
        start(w, "Relationships");
        attr(w, "xmlns", QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
        const auto rel = [&](const char *id, const QString &type, const char *target) {
            empty(w, "Relationship");
            attr(w, "Id", QString::fromLatin1(id));
            attr(w, "Type", type);
            attr(w, "Target", QString::fromLatin1(target));
        };
        rel("rId1", relBase + QStringLiteral("officeDocument"), "word/document.xml");
        rel("rId2", QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
            "docProps/core.xml");
        rel("rId3", relBase + QStringLiteral("extended-properties"), "docProps/app.xml");
        w.writeEndElement();
    });
}

QByteArray coreXml(const Document &doc)
{
    return xmlPart([&](QXmlStreamWriter &w) {
        start(w, "cp:coreProperties");
        attr(w, "xmlns:cp", QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
        attr(w, "xmlns:dc", QStringLiteral("http://purl.org/dc/elements/1.1/"));
        attr(w, "xmlns:dcterms", QStringLiteral("http://purl.org/dc/terms/"));
        attr(w, "xmlns:dcmitype", QStringLiteral("http://purl.org/dc/dcmitype/"));
        attr(w, "xmlns:xsi", QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
        w.writeTextElement(QStringLiteral("dc:title"), safe(doc.title));
        w.writeTextElement(QStringLiteral("dc:subject"), safe(doc.subject));
        w.writeTextElement(QStringLiteral("dc:creator"), safe(doc.author));
        w.writeTextElement(QStringLiteral("dc:language"), language);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const char *name : {"dcterms:created", "dcterms:modified"}) {
            start(w, name);
            attr(w, "xsi:type", QStringLiteral("dcterms:W3CDTF"));
            w.writeCharacters(now);
            w.writeEndElement();
        }
        w.writeEndElement();
    });
}

QByteArray appXml(const Document &doc)
{
    return xmlPart([&](QXmlStreamWriter &w) {
        start(w, "Properties");
        attr(w, "xmlns", QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        attr(w, "xmlns:vt", QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"));
        w.writeTextElement(QStringLiteral("Application"), QStringLiteral("TTHC Studio"));
        if (!doc.author.isEmpty())
            w.writeTextElement(QStringLiteral("Company"), safe(doc.author));
        w.writeEndElement();
    });
}

} // namespace

DocxWriter::DocxWriter(const Document &doc) : m_doc(doc) {}

int DocxWriter::pageWidthTwips(bool landscape) const { return landscape ? a4LongTwips : a4ShortTwips; }
int DocxWriter::pageHeightTwips(bool landscape) const { return landscape ? a4ShortTwips : a4LongTwips; }
int DocxWriter::textWidthTwips(bool landscape) const
{
    return pageWidthTwips(landscape) - twipsFromMm(m_doc.page.leftMm) - twipsFromMm(m_doc.page.rightMm);
}
bool DocxWriter::firstPageUnnumbered() const { return m_doc.pageNumbersFromSecondPage; }

Status DocxWriter::write(const Document &doc, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Create the .part first: a missing folder or a read-only place fails here with the
    // system's reason, before any figure is rasterised.
    AtomicFile file(path);
    if (Status s = file.prepare(); !s)
        return s;
    const QString partPath = file.partPath();
    const auto fail = [&](const QString &reason) {
        return Status::failure(tr("Cannot write the file “%1”: %2").arg(shown, reason));
    };

    DocxWriter writer(doc);
    QList<std::pair<QString, QByteArray>> parts;
    const QByteArray document = writer.documentXml(); // rasterises the figures
    parts << std::pair(QStringLiteral("[Content_Types].xml"), writer.contentTypesXml())
          << std::pair(QStringLiteral("_rels/.rels"), packageRelsXml())
          << std::pair(QStringLiteral("word/document.xml"), document)
          << std::pair(QStringLiteral("word/styles.xml"), stylesXml())
          << std::pair(QStringLiteral("word/settings.xml"), settingsXml())
          << std::pair(QStringLiteral("word/_rels/document.xml.rels"), writer.documentRelsXml())
          << std::pair(QStringLiteral("word/header1.xml"), headerXml(true));
    if (writer.firstPageUnnumbered())
        parts << std::pair(QStringLiteral("word/header2.xml"), headerXml(false));
    for (const Image &image : std::as_const(writer.m_images))
        parts << std::pair(QStringLiteral("word/media/") + image.name, image.png);
    parts << std::pair(QStringLiteral("docProps/core.xml"), coreXml(doc))
          << std::pair(QStringLiteral("docProps/app.xml"), appXml(doc));

    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(partPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return fail(reason);
    }
    // libzip reads the buffers at zip_close(): `parts` outlives it.
    for (const auto &[name, data] : std::as_const(parts)) {
        zip_source_t *source = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index = source ? zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_OVERWRITE) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            const QString reason = QString::fromLocal8Bit(zip_strerror(zip));
            zip_discard(zip);
            return fail(reason);
        }
        // PNG is compressed already.
        const bool png = name.endsWith(QLatin1String(".png"));
        zip_set_file_compression(zip, zip_uint64_t(index), png ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(zip) != 0) {
        const QString reason = QString::fromLocal8Bit(zip_strerror(zip));
        zip_discard(zip);
        return fail(reason);
    }
    // Flushed to disk and renamed over the target in one step: a reader sees the old file or
    // the new one, never a mixture.
    return file.commit();
}

QByteArray DocxWriter::contentTypesXml() const
{
    return xmlPart([&](QXmlStreamWriter &w) {
        start(w, "Types");
        attr(w, "xmlns", QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        const auto byDefault = [&](const char *extension, const char *type) {
            empty(w, "Default");
            attr(w, "Extension", QString::fromLatin1(extension));
            attr(w, "ContentType", QString::fromLatin1(type));
        };
        byDefault("rels", "application/vnd.openxmlformats-package.relationships+xml");
        byDefault("xml", "application/xml");
        byDefault("png", "image/png");
        const auto override = [&](const char *part, const char *type) {
            empty(w, "Override");
            attr(w, "PartName", QString::fromLatin1(part));
            attr(w, "ContentType", QString::fromLatin1(type));
        };
        override("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        override("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        override("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
        override("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
        if (firstPageUnnumbered())
            override("/word/header2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
        override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        w.writeEndElement();
    });
}

QByteArray DocxWriter::documentRelsXml() const
{
    return xmlPart([&](QXmlStreamWriter &w) {
        start(w, "Relationships");
        attr(w, "xmlns", QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
        const auto rel = [&](const QString &id, const char *type, const QString &target) {
            empty(w, "Relationship");
            attr(w, "Id", id);
            attr(w, "Type", relBase + QString::fromLatin1(type));
            attr(w, "Target", target);
        };
        rel(QStringLiteral("rIdStyles"), "styles", QStringLiteral("styles.xml"));
        rel(QStringLiteral("rIdSettings"), "settings", QStringLiteral("settings.xml"));
        rel(headerRelId, "header", QStringLiteral("header1.xml"));
        if (firstPageUnnumbered())
            rel(firstHeaderRelId, "header", QStringLiteral("header2.xml"));
        for (const Image &image : m_images)
            rel(image.relId, "image", QStringLiteral("media/") + image.name);
        w.writeEndElement();
    });
}

QByteArray DocxWriter::documentXml()
{
    return xmlPart([&](QXmlStreamWriter &w) {
        start(w, "w:document");
        attr(w, "xmlns:w", nsW);
        attr(w, "xmlns:r", nsR);
        attr(w, "xmlns:wp", nsWp);
        attr(w, "xmlns:a", nsA);
        attr(w, "xmlns:pic", nsPic);
        start(w, "w:body");
        const int sections = int(m_doc.sections.size());
        for (int s = 0; s < sections; ++s) {
            const Section &section = m_doc.sections[s];
            const bool lastSection = s == sections - 1;
            const int width = textWidthTwips(section.landscape);
            bool afterTable = false;
            for (qsizetype b = 0; b < section.blocks.size(); ++b) {
                const Block &block = section.blocks[b];
                const bool lastBlock = b == section.blocks.size() - 1;
                if (const auto *p = std::get_if<Paragraph>(&block)) {
                    ParagraphContext ctx;
                    ctx.widthTwips = width;
                    ctx.closesSection = lastBlock && !lastSection ? s : -1;
                    writeParagraph(w, *p, ctx);
                } else if (const auto *t = std::get_if<Table>(&block)) {
                    if (afterTable)
                        writeSpacer(w);
                    writeTable(w, *t, section.landscape);
                } else if (const auto *f = std::get_if<Figure>(&block)) {
                    writeFigure(w, *f, section.landscape);
                }
                afterTable = std::holds_alternative<Table>(block);
            }
            // A section break lives in a paragraph; Word also wants one after a final table.
            const bool endsWithParagraph =
                !section.blocks.isEmpty() && std::holds_alternative<Paragraph>(section.blocks.back());
            if (!lastSection && !endsWithParagraph)
                writeSpacer(w, [&] { writeSectionProperties(w, s); });
            else if (lastSection && (section.blocks.isEmpty() || afterTable))
                writeSpacer(w);
        }
        if (sections == 0)
            writeSpacer(w);
        writeSectionProperties(w, std::max(0, sections - 1));
        w.writeEndElement(); // body
        w.writeEndElement(); // document
    });
}

void DocxWriter::writeSectionProperties(QXmlStreamWriter &w, int section) const
{
    const bool landscape = section < m_doc.sections.size() && m_doc.sections[section].landscape;
    const bool titlePage = section == 0 && firstPageUnnumbered();
    start(w, "w:sectPr");
    // Every section names the page-number header; numbering runs on across sections.
    empty(w, "w:headerReference");
    attr(w, "w:type", QStringLiteral("default"));
    attr(w, "r:id", headerRelId);
    if (titlePage) {
        empty(w, "w:headerReference");
        attr(w, "w:type", QStringLiteral("first"));
        attr(w, "r:id", firstHeaderRelId);
    }
    empty(w, "w:pgSz");
    attr(w, "w:w", num(pageWidthTwips(landscape)));
    attr(w, "w:h", num(pageHeightTwips(landscape)));
    if (landscape)
        attr(w, "w:orient", QStringLiteral("landscape"));
    // Landscape pages keep the same margins on their own edges (reportdocument.h).
    const PageSetup &page = m_doc.page;
    empty(w, "w:pgMar");
    attr(w, "w:top", num(twipsFromMm(page.topMm)));
    attr(w, "w:right", num(twipsFromMm(page.rightMm)));
    attr(w, "w:bottom", num(twipsFromMm(page.bottomMm)));
    attr(w, "w:left", num(twipsFromMm(page.leftMm)));
    attr(w, "w:header", num(twipsFromMm(page.headerMm)));
    attr(w, "w:footer", num(twipsFromMm(page.headerMm)));
    attr(w, "w:gutter", QStringLiteral("0"));
    empty(w, "w:cols");
    attr(w, "w:space", QStringLiteral("720"));
    if (titlePage)
        empty(w, "w:titlePg");
    w.writeEndElement();
}

void DocxWriter::writeParagraph(QXmlStreamWriter &w, const Paragraph &p, const ParagraphContext &ctx) const
{
    const bool rule = p.ruleBelowPt > 0;
    const double pt = p.sizePt > 0 ? p.sizePt : ctx.defaultPt;
    start(w, "w:p");
    start(w, "w:pPr");
    if (p.keepWithNext || rule)
        empty(w, "w:keepNext");
    if (p.pageBreakBefore)
        empty(w, "w:pageBreakBefore");
    writeSpacing(w, p.spaceBeforePt, rule ? 0 : p.spaceAfterPt, p.lineSpacing);
    if (p.firstLineIndentPt != 0) {
        empty(w, "w:ind");
        if (p.firstLineIndentPt > 0)
            attr(w, "w:firstLine", num(twipsFromPt(p.firstLineIndentPt)));
        else
            attr(w, "w:hanging", num(twipsFromPt(-p.firstLineIndentPt)));
    }
    emptyVal(w, "w:jc", jc(p.align));
    start(w, "w:rPr"); // the paragraph mark: an empty paragraph keeps its height
    writeSize(w, pt);
    w.writeEndElement();
    if (!rule && ctx.closesSection >= 0)
        writeSectionProperties(w, ctx.closesSection);
    w.writeEndElement(); // pPr
    for (const Run &r : p.runs)
        if (!r.text.isEmpty())
            writeRun(w, r.text, r.sizePt > 0 ? r.sizePt : pt, r.bold, r.italic);
    w.writeEndElement(); // p
    if (rule)
        writeRule(w, p, ctx);
}

// The rule under a paragraph: a 1-pt paragraph whose bottom border is the rule, its indents
// centring it in the width available (the page's text width, or the cell's).
void DocxWriter::writeRule(QXmlStreamWriter &w, const Paragraph &p, const ParagraphContext &ctx) const
{
    const int length = std::min(twipsFromPt(p.ruleBelowPt), ctx.widthTwips);
    const int left = (ctx.widthTwips - length) / 2;
    const int right = ctx.widthTwips - length - left;
    start(w, "w:p");
    start(w, "w:pPr");
    if (p.keepWithNext)
        empty(w, "w:keepNext");
    start(w, "w:pBdr");
    writeBorder(w, "w:bottom", true, ruleEighths, 1);
    w.writeEndElement();
    writeSpacing(w, 0, p.spaceAfterPt);
    empty(w, "w:ind");
    attr(w, "w:left", num(left));
    attr(w, "w:right", num(right));
    start(w, "w:rPr");
    writeSize(w, 1);
    w.writeEndElement();
    if (ctx.closesSection >= 0)
        writeSectionProperties(w, ctx.closesSection);
    w.writeEndElement(); // pPr
    w.writeEndElement(); // p
}

void DocxWriter::writeTable(QXmlStreamWriter &w, const Table &t, bool landscape) const
{
    const int textWidthTwips = this->textWidthTwips(landscape);
    const int columns = t.columnCount();
    if (columns == 0 || t.rows.isEmpty())
        return;
    const QList<int> widths = columnWidths(t.columnWeights, textWidthTwips);
    const int rows = int(t.rows.size());

    // Which cell draws each grid position: itself, or the cell spanning over it.
    struct Anchor {
        int row = -1;
        int column = -1;
    };
    QList<QList<Anchor>> owner(rows, QList<Anchor>(columns));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns && c < t.rows[r].size(); ++c) {
            const Cell &cell = t.rows[r][c];
            if (cell.covered || owner[r][c].row >= 0)
                continue;
            const int lastRow = std::min(rows, r + std::max(1, cell.rowSpan));
            const int lastColumn = std::min(columns, c + std::max(1, cell.colSpan));
            for (int rr = r; rr < lastRow; ++rr)
                for (int cc = c; cc < lastColumn; ++cc)
                    if (owner[rr][cc].row < 0)
                        owner[rr][cc] = {r, c};
        }
    }

    start(w, "w:tbl");
    start(w, "w:tblPr");
    if (t.borders)
        emptyVal(w, "w:tblStyle", QStringLiteral("TableGrid"));
    writeWidth(w, "w:tblW", textWidthTwips);
    emptyVal(w, "w:jc", QStringLiteral("center"));
    writeTableBorders(w, t.borders);
    empty(w, "w:tblLayout");
    attr(w, "w:type", QStringLiteral("fixed"));
    start(w, "w:tblCellMar");
    writeWidth(w, "w:top", cellPadYTwips);
    writeWidth(w, "w:left", cellPadXTwips);
    writeWidth(w, "w:bottom", cellPadYTwips);
    writeWidth(w, "w:right", cellPadXTwips);
    w.writeEndElement();
    w.writeEndElement(); // tblPr
    start(w, "w:tblGrid");
    for (int width : widths) {
        empty(w, "w:gridCol");
        attr(w, "w:w", num(width));
    }
    w.writeEndElement();

    // The PDF breaks tables between rows; Word and LibreOffice would cut a row at the bottom of
    // a page. Rows that surely fit on half a page are kept whole; a taller one may break (a row
    // that cannot break and does not fit on a page is cut off in Word).
    const double halfPagePt = (pageHeightTwips(landscape) - twipsFromMm(m_doc.page.topMm)
                               - twipsFromMm(m_doc.page.bottomMm)) / 40.0;
    const auto rowFits = [&](int r) {
        double height = 0;
        for (int c = 0; c < columns && c < t.rows[r].size(); ++c) {
            const Cell &cell = t.rows[r][c];
            if (cell.covered || owner[r][c].row != r || owner[r][c].column != c)
                continue;
            int cellWidth = 0;
            for (int k = c; k < columns && owner[r][k].row == r && owner[r][k].column == c; ++k)
                cellWidth += widths[k];
            height = std::max(height, estimatedHeightPt(cell, t.fontPt, (cellWidth - 2 * cellPadXTwips) / 20.0));
        }
        return height <= halfPagePt;
    };

    for (int r = 0; r < rows; ++r) {
        const bool header = r < t.headerRows;
        start(w, "w:tr");
        const bool whole = header || rowFits(r);
        if (whole) {
            start(w, "w:trPr");
            empty(w, "w:cantSplit");
            if (header)
                empty(w, "w:tblHeader");
            w.writeEndElement();
        }
        for (int c = 0; c < columns;) {
            const Anchor a = owner[r][c];
            // The grid columns this w:tc covers in this row.
            int span = 1;
            if (a.row >= 0 && a.column == c)
                while (c + span < columns && owner[r][c + span].row == a.row && owner[r][c + span].column == a.column)
                    ++span;
            const bool anchored = a.row >= 0 && a.column == c;
            const Cell *cell = anchored ? &t.rows[a.row][a.column] : nullptr;
            const bool continues = anchored && a.row < r;
            const bool restarts = anchored && !continues && r + 1 < rows && owner[r + 1][c].row == a.row
                                  && owner[r + 1][c].column == a.column;
            int cellWidth = 0;
            for (int k = c; k < c + span; ++k)
                cellWidth += widths[k];

            start(w, "w:tc");
            start(w, "w:tcPr");
            writeWidth(w, "w:tcW", cellWidth);
            if (span > 1)
                emptyVal(w, "w:gridSpan", num(span));
            if (restarts)
                emptyVal(w, "w:vMerge", QStringLiteral("restart"));
            else if (continues)
                empty(w, "w:vMerge");
            if (cell && cell->shaded) {
                empty(w, "w:shd");
                attr(w, "w:val", QStringLiteral("clear"));
                attr(w, "w:color", QStringLiteral("auto"));
                attr(w, "w:fill", QStringLiteral("D9D9D9"));
            }
            if (header || restarts || continues)
                emptyVal(w, "w:vAlign", QStringLiteral("center"));
            w.writeEndElement(); // tcPr

            ParagraphContext ctx;
            ctx.defaultPt = t.fontPt;
            ctx.widthTwips = std::max(0, cellWidth - 2 * cellPadXTwips);
            if (cell && !continues && !cell->paragraphs.isEmpty()) {
                for (const Paragraph &p : cell->paragraphs)
                    writeParagraph(w, p, ctx);
            } else {
                // Every w:tc holds a paragraph, even a merged-away one.
                Paragraph blank;
                blank.sizePt = t.fontPt;
                blank.spaceAfterPt = 0;
                writeParagraph(w, blank, ctx);
            }
            w.writeEndElement(); // tc
            c += span;
        }
        w.writeEndElement(); // tr
    }
    w.writeEndElement(); // tbl
}

void DocxWriter::writeFigure(QXmlStreamWriter &w, const Figure &f, bool landscape)
{
    const PageSetup &page = m_doc.page;
    const FigurePlacement placement = placeFigure(f, figureArea(page, landscape), page.minFigureTextPt);
    const bool caption = !f.caption.isEmpty();
    for (qsizetype i = 0; i < placement.parts.size(); ++i) {
        const QRectF part = placement.parts[i];
        const bool last = i == placement.parts.size() - 1;
        Image image;
        image.name = QStringLiteral("image%1.png").arg(m_images.size() + 1);
        image.relId = QStringLiteral("rIdImage%1").arg(m_images.size() + 1);
        image.png = renderPng(f.picture, part, placement.scale);
        m_images << image;

        start(w, "w:p");
        start(w, "w:pPr");
        if (last && caption)
            empty(w, "w:keepNext");
        if (placement.parts.size() > 1) // one part per page, as in the PDF
            empty(w, "w:pageBreakBefore");
        writeSpacing(w, 3, last && caption ? 0 : 6);
        emptyVal(w, "w:jc", QStringLiteral("center"));
        start(w, "w:rPr"); // a tiny mark: the line is as tall as the picture, little more
        writeSize(w, 1);
        w.writeEndElement();
        w.writeEndElement(); // pPr
        writeDrawing(w, image, qRound64(part.width() * placement.scale * emuPerPt),
                     qRound64(part.height() * placement.scale * emuPerPt), f.altText);
        w.writeEndElement(); // p
    }
    if (caption) {
        start(w, "w:p");
        start(w, "w:pPr");
        emptyVal(w, "w:pStyle", QStringLiteral("Caption"));
        writeSpacing(w, 3, 6);
        emptyVal(w, "w:jc", QStringLiteral("center"));
        start(w, "w:rPr");
        empty(w, "w:i");
        writeSize(w, captionPt);
        w.writeEndElement();
        w.writeEndElement(); // pPr
        writeRun(w, f.caption, captionPt, false, true);
        w.writeEndElement(); // p
    }
}

void DocxWriter::writeDrawing(QXmlStreamWriter &w, const Image &image, qint64 cx, qint64 cy, const QString &altText)
{
    const int id = m_nextDrawingId++;
    const QString descr = safe(altText);
    const QString name = QStringLiteral("Picture %1").arg(id);
    start(w, "w:r");
    start(w, "w:drawing");
    start(w, "wp:inline");
    for (const char *d : {"distT", "distB", "distL", "distR"})
        attr(w, d, QStringLiteral("0"));
    empty(w, "wp:extent");
    attr(w, "cx", num(cx));
    attr(w, "cy", num(cy));
    empty(w, "wp:effectExtent");
    for (const char *side : {"l", "t", "r", "b"})
        attr(w, side, QStringLiteral("0"));
    empty(w, "wp:docPr");
    attr(w, "id", num(id));
    attr(w, "name", name);
    attr(w, "descr", descr);
    start(w, "wp:cNvGraphicFramePr");
    empty(w, "a:graphicFrameLocks");
    attr(w, "noChangeAspect", QStringLiteral("1"));
    w.writeEndElement();
    start(w, "a:graphic");
    start(w, "a:graphicData");
    attr(w, "uri", nsPic);
    start(w, "pic:pic");
    start(w, "pic:nvPicPr");
    empty(w, "pic:cNvPr");
    attr(w, "id", QStringLiteral("0"));
    attr(w, "name", image.name);
    attr(w, "descr", descr);
    empty(w, "pic:cNvPicPr");
    w.writeEndElement(); // nvPicPr
    start(w, "pic:blipFill");
    empty(w, "a:blip");
    attr(w, "r:embed", image.relId);
    start(w, "a:stretch");
    empty(w, "a:fillRect");
    w.writeEndElement();
    w.writeEndElement(); // blipFill
    start(w, "pic:spPr");
    start(w, "a:xfrm");
    empty(w, "a:off");
    attr(w, "x", QStringLiteral("0"));
    attr(w, "y", QStringLiteral("0"));
    empty(w, "a:ext");
    attr(w, "cx", num(cx));
    attr(w, "cy", num(cy));
    w.writeEndElement(); // xfrm
    start(w, "a:prstGeom");
    attr(w, "prst", QStringLiteral("rect"));
    empty(w, "a:avLst");
    w.writeEndElement();
    w.writeEndElement(); // spPr
    w.writeEndElement(); // pic
    w.writeEndElement(); // graphicData
    w.writeEndElement(); // graphic
    w.writeEndElement(); // inline
    w.writeEndElement(); // drawing
    w.writeEndElement(); // r
}

QByteArray DocxWriter::renderPng(const QPicture &picture, const QRectF &part, double scale)
{
    const double pixelsPerPt = imageDpi / 72.0 * scale;
    const QSize size(std::max(1, qCeil(part.width() * pixelsPerPt - 1e-6)),
                     std::max(1, qCeil(part.height() * pixelsPerPt - 1e-6)));
    QImage image(size, QImage::Format_RGB32);
    // QPicture rescales what it recorded (text and geometry) when the device's DPI differs
    // from the recording's: figures are recorded for a 96-dpi device (reportFont) and the PDF
    // replays them on one, so this image says 96 dpi while it is painted (72 would shrink
    // everything to 75 %), and its real 220 dpi afterwards.
    image.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
    image.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        painter.scale(pixelsPerPt, pixelsPerPt);
        painter.translate(-part.topLeft());
        painter.setClipRect(part);
        painter.drawPicture(0, 0, picture);
    }
    // Word sizes a picture from its DPI when the user resets its size.
    image.setDotsPerMeterX(qRound(imageDpi / 0.0254));
    image.setDotsPerMeterY(qRound(imageDpi / 0.0254));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 85); // light zlib compression: flat chart colours compress well anyway
    return png;
}

} // namespace tthc
