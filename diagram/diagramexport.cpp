#include "diagramexport.h"
#include "atomicfile.h"
#include "processscene.h"
#include "xmltext.h"


#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace tthc {

namespace {
// Renders without selection and validation badges (a document, not the editor's state),
// restoring both afterwards.
template <class Paint> void clean(ProcessScene &scene, Paint &&paint)
{
    const QList<QGraphicsItem *> selected = scene.selectedItems();
    const QList<Finding> findings = scene.findings();
    scene.clearSelection();
    scene.setFindings({});
    paint();
    scene.setFindings(findings);
    for (QGraphicsItem *i : selected)
        i->setSelected(true);
}
} // namespace

QRectF DiagramExport::area(const ProcessScene &scene) { return scene.itemsRect().adjusted(-12, -12, 12, 12); }

QSizeF DiagramExport::picture(ProcessScene &scene, QPicture &out)
{
    const QRectF a = area(scene);
    const QSizeF size = a.size() * 0.75;
    out = QPicture();
    clean(scene, [&] {
        QPainter painter(&out);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size), a);
    });
    return size;
}

void DiagramExport::picture(ProcessScene &scene, QPicture &out, const QRectF &partPt)
{
    const QRectF a = area(scene);
    const QRectF source(a.topLeft() + partPt.topLeft() / 0.75, partPt.size() / 0.75);
    out = QPicture();
    clean(scene, [&] {
        QPainter painter(&out);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), partPt.size()), source);
    });
}

QSize DiagramExport::pngSize(const ProcessScene &scene, int dpi)
{
    const QRectF a = area(scene);
    return QSize(qCeil(a.width() * dpi / 96.0), qCeil(a.height() * dpi / 96.0));
}

Status DiagramExport::png(ProcessScene &scene, const QString &path, int dpi)
{
    if (dpi < 24 || dpi > 1200)
        return Status::failure(tr("The resolution must be between 24 and 1200 dpi (asked: %1).").arg(dpi));
    const QSize size = pngSize(scene, dpi);
    if (qint64(size.width()) * size.height() > 400'000'000)
        return Status::failure(tr("The picture would be too large (%1 × %2 pixels); choose a lower resolution.")
                                   .arg(size.width())
                                   .arg(size.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    clean(scene, [&] {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), area(scene));
    });
    // The resolution is file metadata only: set before painting, it would scale text twice.
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG"))
        return Status::failure(tr("Cannot write the picture “%1”.").arg(path));
    return AtomicFile::write(path, png.data());
}

Status DiagramExport::svg(ProcessScene &scene, const QString &path, const QString &title)
{
    const QRectF a = area(scene);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(a.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), a.size()));
    // QSvgGenerator writes the title and description into the file as they are: escaped here,
    // so a step named "<script>…" stays text.
    generator.setTitle(XmlText::escaped(title));
    generator.setResolution(96); // scene units are 96-dpi pixels; fonts are in points
    // The step names in full (the picture wraps them over lines): searchable, and read aloud.
    QStringList names;
    if (const Process *p = scene.process())
        for (const Step &s : p->steps)
            names << s.name;
    generator.setDescription(XmlText::escaped(names.join(QStringLiteral("\n"))));
    bool ok = false;
    clean(scene, [&] {
        QPainter painter;
        if (!painter.begin(&generator))
            return;
        scene.render(&painter, QRectF(QPointF(0, 0), a.size()), a);
        ok = painter.end();
    });
    if (!ok)
        return Status::failure(tr("Cannot write the drawing “%1”.").arg(path));
    // Characters XML forbids (a control character pasted into a name) are dropped from the text.
    const QByteArray document = XmlText::cleanDocument(buffer.data());
    return AtomicFile::write(path, document);
}

Status DiagramExport::pdf(ProcessScene &scene, const QString &path, const QString &title)
{
    const QRectF a = area(scene);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("TTHC Studio"));
    writer.setResolution(96);
    // One page the size of the chart (in points), so the vector drawing is not scaled down.
    writer.setPageSize(QPageSize(a.size() * 72.0 / 96.0, QPageSize::Point, title, QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    bool ok = false;
    clean(scene, [&] {
        QPainter painter;
        if (!painter.begin(&writer))
            return;
        scene.render(&painter, QRectF(QPointF(0, 0), a.size()), a);
        ok = painter.end();
    });
    if (!ok)
        return Status::failure(tr("Cannot write the PDF “%1”.").arg(path));
    return AtomicFile::write(path, buffer.data());
}

} // namespace tthc
