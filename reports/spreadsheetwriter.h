#pragma once
// The spreadsheet part of the approval dossier: the document's tables that have a sheet name
// (the criteria analysis and the evaluation) as an XLSX workbook with libxlsxwriter, one
// worksheet each, so that reviewers can sort, sum and re-use the figures. Numbers are stored
// as numbers, headers are formatted and frozen, and the pages print landscape on A4.
#include "reportdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace tthc {

class SpreadsheetWriter {
    Q_DECLARE_TR_FUNCTIONS(tthc::SpreadsheetWriter)
public:
    // Writes `path` (through `path`.part, replaced at the end); fails when the document has no
    // sheet tables.
    static Status write(const report::Document &doc, const QString &path);
};

} // namespace tthc
