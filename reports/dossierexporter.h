#pragma once
// Exports approval dossiers to a folder: for each procedure or group, the charts are drawn
// in the calling (GUI) thread — diagram scenes live there — and the document is then built,
// laid out and written as PDF, DOCX and XLSX on a thread pool using every core, while the
// next target's charts are drawn. One failing target does not stop the others; each outcome
// says which files were written or why not. Progress goes to a callback that can cancel.
#include "decisiontemplate.h"
#include "dossierbuilder.h"
#include "dossiersettings.h"
#include "types.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>
#include <memory>

namespace tthc {

class ChartRenderer;

struct DossierFormats {
    bool pdf = true;
    bool docx = true;
    bool xlsx = true;
    bool any() const { return pdf || docx || xlsx; }
};

struct DossierOutcome {
    DossierTarget target;
    QString title;     // the procedure's or group's name
    QStringList files; // written
    QString error;     // empty on success
    bool ok() const { return error.isEmpty(); }
};

class DossierExporter {
    Q_DECLARE_TR_FUNCTIONS(tthc::DossierExporter)
public:
    // done of total targets finished; return false to cancel (targets not started are skipped).
    using Progress = std::function<bool(int done, int total, const QString &current)>;

    DossierExporter(const Workspace &ws, const DossierSettings &settings, QDate today = QDate::currentDate());
    ~DossierExporter();
    DossierExporter(const DossierExporter &) = delete;
    DossierExporter &operator=(const DossierExporter &) = delete;

    // The procedures and groups whose review state is Approved, in catalogue order.
    static QList<DossierTarget> approvedTargets(const Workspace &ws);

    // Blocking; call from the thread that may create diagram scenes. Writes
    // <outDir>/<stem>.pdf|.docx|.xlsx. Fails as a whole only when the template cannot be read
    // or the folder cannot be created.
    Result<QList<DossierOutcome>> run(const QList<DossierTarget> &targets, const DossierFormats &formats,
                                      const QString &outDir, const Progress &progress = {});

    // One target, in memory: the document (for previews), charts drawn here.
    Result<report::Document> document(const DossierTarget &target);

    // Builds, lays out and writes one target whose charts are already drawn (any thread).
    static DossierOutcome write(const Workspace &ws, const DossierTarget &target, const DecisionTemplate &tpl,
                                const DossierSettings &settings, const QHash<QString, report::Figure> &charts,
                                const QDate &today, const DossierFormats &formats, const QString &outDir);

private:
    // Draws the charts a target's dossier shows (keyed by chartKey()).
    Result<QHash<QString, report::Figure>> drawCharts(const DossierTarget &target);
    static QString chartKey(const ProcessRef &ref);
    static QString titleOf(const Workspace &ws, const DossierTarget &target); // the name, else the id
    // Looks the drawn charts up for the builder (the hash must outlive the build).
    static DossierBuilder::ChartSource chartSource(const QHash<QString, report::Figure> &charts);

    Workspace m_ws;
    DossierSettings m_settings;
    QDate m_today;
    std::unique_ptr<ChartRenderer> m_charts; // one for every target: one workspace copy, one layout worker
};

} // namespace tthc
