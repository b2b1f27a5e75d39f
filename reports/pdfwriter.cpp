#include "pdfwriter.h"

#include "pagelayout.h"

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
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    {
        QPdfWriter pdf(part);
        pdf.setResolution(96); // the layout's device: one pixel per point after the painter's scale
        pdf.setTitle(doc.title);
        pdf.setCreator(QStringLiteral("TTHC Studio"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageOrientation(pages.isLandscape(0) ? QPageLayout::Landscape : QPageLayout::Portrait);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            QFile::remove(part);
            return Status::failure(tr("Cannot write the file “%1”: the folder does not exist or is not writable.")
                                       .arg(QDir::toNativeSeparators(path)));
        }
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
        if (!painter.end()) {
            QFile::remove(part);
            return Status::failure(tr("Cannot write the file “%1”.").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (!QFileInfo(part).isFile() || QFileInfo(part).size() == 0) {
        QFile::remove(part);
        return Status::failure(tr("Cannot write the file “%1”: the folder does not exist or is not writable.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Status::failure(tr("Cannot replace the file “%1”: it may be open in another program.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    return success();
}

} // namespace tthc
