#pragma once
// Writes a report::Document as a Word document (WordprocessingML zipped with libzip): editable
// text in Times New Roman runs, one Word section per document section (portrait or landscape),
// real tables with repeated header rows and merged cells, figures rasterised at 220 dpi and
// split over pages exactly as the PDF splits them (placeFigure), page numbers in the header
// from the second page. The file appears only when it is complete (".part", then renamed).
#include "reportdocument.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QXmlStreamWriter;

namespace tthc {

class DocxWriter {
    Q_DECLARE_TR_FUNCTIONS(tthc::DocxWriter)
public:
    static constexpr int imageDpi = 220; // figures must stay sharp in print (≥ 200 dpi)

    static Status write(const report::Document &doc, const QString &path);

private:
    struct Image {
        QString relId; // in word/_rels/document.xml.rels
        QString name;  // under word/media/
        QByteArray png;
    };
    // How a paragraph is written where it stands: the size its runs default to, the width
    // it may use (for rules) and whether it closes a Word section.
    struct ParagraphContext {
        double defaultPt = 14;
        int widthTwips = 0;
        int closesSection = -1; // index of the section whose sectPr goes in this paragraph
    };

    explicit DocxWriter(const report::Document &doc);

    QByteArray documentXml();
    QByteArray documentRelsXml() const;
    QByteArray contentTypesXml() const;

    void writeSectionProperties(QXmlStreamWriter &w, int section) const;
    void writeParagraph(QXmlStreamWriter &w, const report::Paragraph &p, const ParagraphContext &ctx) const;
    void writeRule(QXmlStreamWriter &w, const report::Paragraph &p, const ParagraphContext &ctx) const;
    void writeTable(QXmlStreamWriter &w, const report::Table &t, bool landscape) const;
    void writeFigure(QXmlStreamWriter &w, const report::Figure &f, bool landscape);
    void writeDrawing(QXmlStreamWriter &w, const Image &image, qint64 cx, qint64 cy, const QString &altText);
    static QByteArray renderPng(const QPicture &picture, const QRectF &part, double scale);

    int pageWidthTwips(bool landscape) const;
    int pageHeightTwips(bool landscape) const;
    int textWidthTwips(bool landscape) const;
    bool firstPageUnnumbered() const;

    const report::Document &m_doc;
    QList<Image> m_images;
    int m_nextDrawingId = 1; // wp:docPr ids must be unique in the document
};

} // namespace tthc
