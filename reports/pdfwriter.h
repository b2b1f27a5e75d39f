#pragma once
// Writes a report::Document as PDF through Qt's PDF engine: vector text with the fonts
// embedded (subsets with a ToUnicode map, so pdftotext gives the words back exactly), vector
// figures, A4 pages whose orientation follows each section. The file appears only when it is
// complete (written next to it, then renamed).
#include "reportdocument.h"
#include "result.h"

#include <QCoreApplication>

namespace tthc {

class PdfWriter {
    Q_DECLARE_TR_FUNCTIONS(tthc::PdfWriter)
public:
    static Status write(const report::Document &doc, const QString &path);
};

} // namespace tthc
