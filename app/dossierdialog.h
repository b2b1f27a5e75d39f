#pragma once
// "Export approval dossier…": exports the selected procedure or group, or every approved one,
// as PDF, DOCX and/or XLSX into a folder (formats and folder remembered), with a preview of
// the PDF's pages built by the same layout engine as the PDF, so what is seen is what is
// written. A target that cannot have a dossier yet shows why in place of the pages and cannot
// be exported. The export runs with a cancellable progress dialog and ends with a summary.
#include "commands.h"
#include "dossierexporter.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace tthc {

namespace report {
class PageLayout;
}

class DossierDialog : public QDialog {
    Q_OBJECT
public:
    // `current` is the procedure or group selected in the catalogue, if any.
    DossierDialog(WorkspaceModel *model, const std::optional<DossierTarget> &current, ErrorSink onError,
                  QWidget *parent = nullptr);
    ~DossierDialog() override;

    // What Export does: the outcome of each target, or nothing when the export could not
    // start or failed as a whole (reported through the error sink).
    std::optional<QList<DossierOutcome>> exportNow();
    // The targets Export would write now.
    QList<DossierTarget> targets() const;
    DossierFormats formats() const;

    // For tests and screenshots.
    QRadioButton *currentChoice() const { return m_current; }
    QRadioButton *approvedChoice() const { return m_approved; }
    QCheckBox *formatBox(int i) const { return m_formats[i]; } // 0 PDF, 1 DOCX, 2 XLSX
    QLineEdit *folderField() const { return m_folder; }
    QPushButton *exportButton() const { return m_export; }
    QListWidget *thumbnails() const { return m_thumbnails; }
    int previewPageCount() const; // 0 while no pages are shown
    QString previewMessage() const; // the reason shown in place of the pages, if any
    QLabel *pageView() const { return m_page; }
    QMessageBox *summary() const; // the last export's summary while it is open

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void targetChanged();
    void showMessage(const QString &html, const QString &reason);
    void showPage(int page);
    int pageWidth() const;
    void updateExportButton();
    void browse();
    void showSummary(const QList<DossierOutcome> &outcomes, const QString &folder);
    QString targetTitle(const DossierTarget &t) const;

    WorkspaceModel *m_model;
    std::optional<DossierTarget> m_target;
    ErrorSink m_onError;
    std::unique_ptr<report::PageLayout> m_layout;
    bool m_exportable = false; // the chosen target(s) can be exported
    QRadioButton *m_current;
    QRadioButton *m_approved;
    QCheckBox *m_formats[3];
    QLineEdit *m_folder;
    QLabel *m_pageCount;
    QStackedWidget *m_preview;
    QListWidget *m_thumbnails;
    QScrollArea *m_pageScroll;
    QLabel *m_page;
    QLabel *m_message;
    QString m_reason;
    QLabel *m_files;
    QTimer *m_resizeTimer;
    QPushButton *m_export;
    QPointer<QMessageBox> m_summary;
    int m_shownPage = -1;
    int m_shownWidth = 0;
};

} // namespace tthc
