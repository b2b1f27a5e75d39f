#include "pdfwriter.h"

#include "atomicfile.h"
#include "pagelayout.h"

#include <QBuffer>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace tthc {

Status PdfWriter::write(const report::Document &doc, const QString &path)
{
    const report::PageLayout pages(doc);
    // Made in memory, then written through AtomicFile: the old file stays until the new one is
    // complete on disk, and a full disk is reported as such.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(96); // the layout's device: one pixel per point after the painter's scale
        pdf.setTitle(doc.title);
        pdf.setCreator(QStringLiteral("TTHC Studio"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageOrientation(pages.isLandscape(0) ? QPageLayout::Landscape : QPageLayout::Portrait);
        QPainter painter;
        if (!painter.begin(&pdf))
            return Status::failure(tr("Cannot write the file “%1”.").arg(QDir::toNativeSeparators(path)));
        const double scale = 96.0 / 72.0;
        for (int i = 0; i < pages.pageCount(); ++i) {
            if (i > 0) {
                pdf.setPageOrientation(pages.isLandscape(i) ? QPageLayout::Landscape : QPageLayout::Portrait);
                pdf.newPage();
            }
            painter.save();
            painter.scale(scale, scale);
            pages.paint(&painter, i);
            painter.restore();
        }
        if (!painter.end())
            return Status::failure(tr("Cannot write the file “%1”.").arg(QDir::toNativeSeparators(path)));
    }
    return AtomicFile::write(path, buffer.data());
}

} // namespace tthc
