#pragma once
// The main window: opens or creates a workspace, shows the catalogue tree with search, the
// detail form of the selected procedure, the issues dock with the validator's findings, the
// undo history and a status bar. Every edit goes through the undo stack; every change is
// saved to the workspace file as it happens, so there is nothing to lose on a crash.
#include "validator.h"
#include "workspacemodel.h"

#include <QMainWindow>
#include <QHash>
#include <QSet>
#include <functional>

class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeView;
class QUndoStack;

namespace tthc {

class CatalogueFilter;
class AnalysisView;
class CatalogueTable;
class ReductionsPanel;
class EvaluationPanel;
class ComparisonView;
class ListEditor;
class DiagramEditor;
class LayoutClient;
class PropertiesPanel;
class CatalogueModel;
class IssuesPanel;
class ProcedureForm;
class DossierDialog;
class DossierSettingsDialog;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Status openWorkspace(const QString &path);
    Status createWorkspace(const QString &path);
    Status openSampleWorkspace();
    static QString sampleWorkspacePath();
    static Status createSampleWorkspace(const QString &path);
    // Imports a tthc-json file (one undo step); false and an error message if refused.
    bool importJsonFile(const QString &path);
    bool exportJsonFile(const QString &path);

    void selectProcedure(const QString &code);
    void selectGroup(const QString &id);
    void goTo(const Finding &finding);

    WorkspaceModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    QTreeView *catalogueView() const { return m_tree; }
    CatalogueFilter *catalogueFilter() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    ProcedureForm *form() const { return m_form; }
    IssuesPanel *issuesPanel() const { return m_issues; }
    DiagramEditor *chartEditor(Which which) const { return which == Which::AsIs ? m_asIsEditor : m_toBeEditor; }
    DiagramEditor *currentEditor() const; // the chart shown now, if any
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    AnalysisView *analysisView() const { return m_analysis; }
    CatalogueTable *catalogueTable() const { return m_catalogueTable; }
    ReductionsPanel *reductionsPanel() const { return m_reductions; }
    EvaluationPanel *evaluationPanel() const { return m_evaluation; }
    ListEditor *systemsEditor() const { return m_systems; }
    void showChart(Which which);
    // Runs the layout worker on the editor's chart and applies the result as one undo step.
    void autoLayout(DiagramEditor *editor);
    QString selectedProcedure() const;
    // Where errors go; the default shows a message box. Tests replace it.
    void setErrorHandler(std::function<void(const QString &)> handler) { m_errorHandler = std::move(handler); }
    // Where questions go (title, text, details → yes?); the default asks with a message box.
    void setConfirmHandler(std::function<bool(const QString &, const QString &, const QString &)> handler)
    {
        m_confirmHandler = std::move(handler);
    }
    // Where notices go (title, text, details); the default shows a message box. Tests replace it.
    void setNoticeHandler(std::function<void(const QString &, const QString &, const QString &)> handler)
    {
        m_noticeHandler = std::move(handler);
    }
    // Builds the e-process of the selected procedure or group from its as-is chart and analysis
    // (one undo step); asks first when the current e-process was edited by hand.
    void generateEProcess();
    // Checks the whole workspace now (F7, and after a workspace is opened or replaced).
    void revalidate();
    // File › Export approval dossier… (Ctrl+Shift+E) and File › Dossier settings…: open the
    // dialog window-modal (deleted when closed) and return it, for tests and screenshots.
    DossierDialog *openDossierDialog();
    DossierSettingsDialog *openDossierSettingsDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createDocks();
    void defaultDockSizes(); // first start: docks in proportion to the window (remembered after)
    void showError(const QString &message);
    void workspaceOpened();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void currentItemChanged();
    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void importJsonDialog();
    void exportJsonDialog();
    void addProcedureDialog();
    void removeSelectedProcedure();
    void chooseLanguage(const QString &language);
    void updateStatus();
    void reloadSystems();
    void markDirty(const QString &owner); // "p:<code>", "g:<id>", or "*" for everything
    void revalidateDirty();
    void showFindings();
    // Lays out charts that have no stored geometry yet (samples, imports) in the background,
    // storing the result as derived data (not an undo step).
    void layoutIfMissing(const ProcessRef &ref);
    void runPendingLayouts();

    WorkspaceModel *m_model;
    QUndoStack *m_undo;
    CatalogueModel *m_catalogue;
    CatalogueFilter *m_filter;
    QTreeView *m_tree;
    QLineEdit *m_search;
    QStackedWidget *m_pages;
    QTabWidget *m_tabs;
    QStackedWidget *m_info;
    DiagramEditor *m_asIsEditor;
    DiagramEditor *m_toBeEditor;
    ComparisonView *m_compare;
    CatalogueTable *m_catalogueTable;
    bool m_stateRestored = false;
    bool m_shown = false;
    ReductionsPanel *m_reductions;
    EvaluationPanel *m_evaluation;
    AnalysisView *m_analysis;
    ListEditor *m_systems;
    LayoutClient *m_layout;           // user-requested layouts
    LayoutClient *m_backgroundLayout; // first layouts of charts without geometry
    QList<ProcessRef> m_pendingLayouts;
    PropertiesPanel *m_properties;
    ProcedureForm *m_form;
    QLabel *m_groupView;
    IssuesPanel *m_issues;
    QTimer *m_validateTimer;
    QTimer *m_fileWatch; // reads in what other programs save to the open file
    QString m_fileWatchError; // the last refresh failure, shown once
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_workspaceActions; // enabled while a workspace is open
    QLabel *m_pathLabel;
    QLabel *m_countLabel;
    QLabel *m_findingsLabel;
    QLabel *m_savedLabel;
    std::function<void(const QString &)> m_errorHandler;
    std::function<bool(const QString &, const QString &, const QString &)> m_confirmHandler;
    std::function<void(const QString &, const QString &, const QString &)> m_noticeHandler;
    // Findings per owner ("w" workspace-wide, "p:<code>", "g:<id>"): an edit rechecks only
    // what it touched, which matters on a city-scale workspace.
    QHash<QString, QList<Finding>> m_findings;
    QSet<QString> m_dirty;
};

} // namespace tthc
