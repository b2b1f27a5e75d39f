#include "mainwindow.h"
#include "compliancecost.h"
#include "atomicfile.h"

#include "cataloguemodel.h"
#include "commands.h"
#include "issuespanel.h"
#include "labels.h"
#include "language.h"
#include "analysisview.h"
#include "cataloguetable.h"
#include "reductions.h"
#include "reductionspanel.h"
#include "evaluationpanel.h"
#include "comparisonview.h"
#include "listeditor.h"
#include "derivation.h"
#include "diagramcommands.h"
#include "dossierdialog.h"
#include "dossiersettingsdialog.h"
#include "diagramgeometry.h"
#include "layoutclient.h"
#include "diagrameditor.h"
#include "flowitem.h"
#include "procedureform.h"
#include "propertiespanel.h"
#include "tthcjson.h"
#include "validator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QComboBox>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace tthc {

namespace {
const QString recentKey = QStringLiteral("workspace/recent");
constexpr int maxRecent = 8;
QString workspaceFilter() { return MainWindow::tr("TTHC Studio workspaces (*.tthc)"); }
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new WorkspaceModel(this)), m_undo(new QUndoStack(this)),
      m_catalogue(new CatalogueModel(m_model, this)), m_filter(new CatalogueFilter(this)), m_tree(new QTreeView),
      m_search(new QLineEdit), m_pages(new QStackedWidget(this)), m_tabs(new QTabWidget), m_info(new QStackedWidget),
      m_asIsEditor(new DiagramEditor(m_model, m_undo)), m_toBeEditor(new DiagramEditor(m_model, m_undo)),
      m_compare(new ComparisonView(m_model, m_undo)), m_catalogueTable(new CatalogueTable(m_model)),
      m_reductions(new ReductionsPanel(m_model)),
      m_evaluation(new EvaluationPanel(m_model, m_undo, [this](const QString &e) { showError(e); })),
      m_analysis(new AnalysisView(m_model, m_undo, [this](const QString &e) { showError(e); })),
      m_systems(new ListEditor({{tr("Id"), {}, 110}, {tr("Name"), {}, 260}, {tr("Kind"), Labels::all<SystemKind>(), 130},
                                {tr("Owner"), {}, 160}, {tr("Readiness"), Labels::all<Readiness>(), 130}, {tr("Note"), {}, 150}},
                               tr("Add system"))),
      m_layout(new LayoutClient(this)),
      m_backgroundLayout(new LayoutClient(this)), m_properties(new PropertiesPanel(m_model)), m_form(new ProcedureForm(m_model)),
      m_groupView(new QLabel), m_issues(new IssuesPanel), m_validateTimer(new QTimer(this)), m_fileWatch(new QTimer(this)),
      m_pathLabel(new QLabel), m_countLabel(new QLabel), m_findingsLabel(new QLabel), m_savedLabel(new QLabel)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/resources/icons/tthc-studio.svg")));
    m_filter->setSourceModel(m_catalogue);
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setObjectName(QStringLiteral("catalogue"));
    m_search->setPlaceholderText(tr("Search by code or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setQuery(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::currentItemChanged);
    connect(m_catalogue, &QAbstractItemModel::modelReset, this, [this] { m_tree->expandToDepth(0); });

    m_pages->addWidget(m_catalogueTable);
    connect(m_catalogueTable, &CatalogueTable::procedureActivated, this, &MainWindow::selectProcedure);
    // A procedure or group: its information page, its two charts, side by side.
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    m_groupView->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_groupView->setWordWrap(true);
    m_groupView->setTextFormat(Qt::RichText);
    m_groupView->setMargin(12);
    m_info->addWidget(scroll);
    m_info->addWidget(m_groupView);
    m_tabs->addTab(m_info, tr("Information"));
    m_tabs->addTab(m_asIsEditor, tr("As-is chart"));
    m_tabs->addTab(m_analysis, tr("Criteria analysis"));
    m_tabs->addTab(m_toBeEditor, tr("E-process"));
    m_tabs->addTab(m_compare, tr("Side by side"));
    m_tabs->addTab(m_reductions, tr("Reductions"));
    m_tabs->addTab(m_evaluation, tr("Evaluation"));
    m_tabs->setDocumentMode(true);
    m_pages->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_properties->setScene(currentEditor() ? currentEditor()->scene() : nullptr); });
    for (DiagramEditor *editor : {m_asIsEditor, m_toBeEditor}) {
        connect(editor, &DiagramEditor::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        connect(editor, &DiagramEditor::refused, this, &MainWindow::showError);
        connect(editor, &DiagramEditor::autoLayoutRequested, this, [this, editor] { autoLayout(editor); });
        connect(editor->scene(), &ProcessScene::drillDown, this, [this, editor](const QString &code) {
            const Which which = editor == m_asIsEditor ? Which::AsIs : Which::ToBe;
            selectProcedure(code);
            showChart(which);
            statusBar()->showMessage(tr("Opened the chart of member procedure %1.").arg(code), 6000);
        });
    }
    ProcessCommand::setErrorSink([this](const QString &e) { showError(e); });
    connect(m_backgroundLayout, &LayoutClient::finished, this, [this](const Geometry &g) {
        if (m_pendingLayouts.isEmpty())
            return;
        const ProcessRef ref = m_pendingLayouts.takeFirst();
        const Process *p = m_model->process(ref);
        if (p && p->layout.isEmpty()) { // still without geometry: nobody edited it meanwhile
            Process q = *p;
            q.layout = g.toJson();
            if (Status s = m_model->setProcess(ref, q); !s)
                showError(s.error());
        }
        runPendingLayouts();
    });
    connect(m_backgroundLayout, &LayoutClient::failed, this, [this](const QString &e) {
        if (!m_pendingLayouts.isEmpty())
            m_pendingLayouts.removeFirst();
        statusBar()->showMessage(e, 10000); // the simple placement stays; Ctrl+L tries again
        runPendingLayouts();
    });
    setCentralWidget(m_pages);

    connect(m_form, &ProcedureForm::documentsEdited, this, [this](const QString &code, const QList<Document> &docs) {
        m_undo->push(new SetDocumentsCommand(m_model, code, docs, tr("Edit the documents of %1").arg(code),
                                             [this](const QString &e) { showError(e); }));
        m_form->showProcedure(code);
    });
    m_systems->newRow = [this] {
        int n = 1;
        while (m_model->workspace().system(QStringLiteral("he-thong-%1").arg(n)))
            ++n;
        return QStringList{QStringLiteral("he-thong-%1").arg(n), tr("New system"), QString::number(int(SystemKind::SectoralDb)),
                           QString(), QString::number(int(Readiness::None)), QString()};
    };
    connect(m_systems, &ListEditor::edited, this, [this](const QList<QStringList> &rows) {
        QList<System> systems;
        for (const QStringList &r : rows) {
            System sys{r.value(0), r.value(1), SystemKind(r.value(2).toInt()), r.value(3), Readiness(r.value(4).toInt()),
                       r.value(5), {}};
            if (const System *old = m_model->workspace().system(sys.id))
                sys.extra = old->extra;
            if (sys.id.isEmpty() || sys.name.isEmpty()) {
                showError(tr("Every system needs an id and a name."));
                reloadSystems();
                return;
            }
            systems.append(sys);
        }
        m_undo->push(new SetSystemsCommand(m_model, systems, tr("Edit the registry of systems"),
                                           [this](const QString &e) { showError(e); }));
        reloadSystems();
    });
    connect(m_model, &WorkspaceModel::systemsChanged, this, &MainWindow::reloadSystems);
    connect(m_model, &WorkspaceModel::reset, this, &MainWindow::reloadSystems);
    connect(m_form, &ProcedureForm::fieldEdited, this, [this](const QString &code, ProcedureField f, const QVariant &v) {
        m_undo->push(new SetProcedureFieldCommand(m_model, code, f, v, [this](const QString &e) { showError(e); }));
        m_form->showProcedure(code); // a refused edit shows the stored value again
    });

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);
    connect(m_validateTimer, &QTimer::timeout, this, &MainWindow::revalidateDirty);
    connect(m_model, &WorkspaceModel::procedureChanged, this, [this](const QString &code) {
        markDirty("p:" + code);
        for (const ProcedureGroup &g : m_model->workspace().groups) // groups use their members' documents
            if (g.members.contains(code))
                markDirty("g:" + g.id);
    });
    connect(m_model, &WorkspaceModel::processChanged, this, [this](const ProcessRef &ref) {
        markDirty((ref.owner == ProcessRef::Owner::Procedure ? QStringLiteral("p:") : QStringLiteral("g:")) + ref.id);
    });
    connect(m_model, &WorkspaceModel::groupChanged, this, [this](const QString &id) { markDirty("g:" + id); });
    // Adding or removing a procedure moves the others' JSON paths and changes the groups.
    connect(m_model, &WorkspaceModel::procedureAdded, this, [this] { markDirty(QStringLiteral("*")); });
    connect(m_model, &WorkspaceModel::procedureRemoved, this, [this] { markDirty(QStringLiteral("*")); });
    connect(m_model, &WorkspaceModel::systemsChanged, this, [this] { markDirty(QStringLiteral("*")); });
    connect(m_model, &WorkspaceModel::reset, this, &MainWindow::revalidate);
    connect(m_model, &WorkspaceModel::reset, this, &MainWindow::updateStatus);
    connect(m_model, &WorkspaceModel::reset, this, [this] {
        for (QAction *a : std::as_const(m_workspaceActions))
            a->setEnabled(m_model->hasDatabase());
    });
    connect(m_model, &WorkspaceModel::procedureAdded, this, &MainWindow::updateStatus);
    connect(m_model, &WorkspaceModel::procedureRemoved, this, &MainWindow::updateStatus);
    connect(m_model, &WorkspaceModel::saved, this, [this] {
        m_savedLabel->setText(tr("Saved at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(m_issues, &IssuesPanel::activated, this, &MainWindow::goTo);

    // A colleague may edit the same file, or a clerk export from it, while this window is open:
    // what they save is read in within a couple of seconds (cheap when nothing changed), never
    // in the middle of a drag or while a dialog is open.
    m_fileWatch->setInterval(1500);
    connect(m_fileWatch, &QTimer::timeout, this, [this] {
        if (!m_model->hasDatabase() || QApplication::mouseButtons() != Qt::NoButton || QApplication::activeModalWidget())
            return;
        const Result<int> changed = m_model->refresh();
        if (!changed) {
            if (changed.error() != m_fileWatchError)
                statusBar()->showMessage(changed.error(), 15000);
            m_fileWatchError = changed.error();
            return;
        }
        m_fileWatchError.clear();
        if (changed.value() > 0)
            statusBar()->showMessage(tr("Read in %n change(s) that another user or program saved to this workspace.", nullptr,
                                        changed.value()),
                                     10000);
    });
    m_fileWatch->start();

    createActions();
    createDocks();
    for (QAction *a : std::as_const(m_workspaceActions))
        a->setEnabled(false); // until a workspace is open
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_findingsLabel);
    statusBar()->addPermanentWidget(m_savedLabel);
    updateStatus();
    resize(1200, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_stateRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_shown, true) || m_stateRestored)
        return;
    // Once the window has its size and its layout (in showEvent the layout is not done yet).
    QTimer::singleShot(0, this, &MainWindow::defaultDockSizes);
}

void MainWindow::defaultDockSizes()
{
    // Sized before the window had its size, the docks came out ~60 and ~120 px wide at 1366 × 768.
    const auto dock = [this](const char *name) { return findChild<QDockWidget *>(QString::fromLatin1(name)); };
    const int w = width(), h = height();
    resizeDocks({dock("catalogueDock"), dock("propertiesDock")},
                {std::clamp(w / 5, 260, 420), std::clamp(w * 22 / 100, 300, 440)}, Qt::Horizontal);
    resizeDocks({dock("issuesDock")}, {std::clamp(h / 5, 140, 260)}, Qt::Vertical);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newWs = file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspaceDialog);
    newWs->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open workspace…"), this, &MainWindow::openWorkspaceDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open the &sample workspace"), this, [this] {
        if (Status s = openSampleWorkspace(); !s)
            showError(s.error());
    });
    file->addSeparator();
    QAction *imp = file->addAction(tr("&Import tthc-json…"), this, &MainWindow::importJsonDialog);
    imp->setShortcut(QKeySequence(tr("Ctrl+I")));
    QAction *exp = file->addAction(tr("&Export tthc-json…"), this, &MainWindow::exportJsonDialog);
    exp->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    QAction *dossier = file->addAction(tr("Export approval &dossier…"), this, [this] { openDossierDialog(); });
    dossier->setObjectName(QStringLiteral("exportDossierAction"));
    dossier->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    dossier->setToolTip(tr("The draft decision and its appendices as PDF, DOCX and XLSX, with a preview"));
    QAction *dossierSettings = file->addAction(tr("Dossier se&ttings…"), this, [this] { openDossierSettingsDialog(); });
    dossierSettings->setObjectName(QStringLiteral("dossierSettingsAction"));
    m_workspaceActions = {dossier, dossierSettings};
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    rebuildRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    // The platform's redo keys plus Ctrl+Y, which Vietnamese office users expect; a key listed
    // twice would make the shortcut ambiguous and dead.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    // A command named after a 400-character step would make the button as wide as the window
    // and push the rest of the tool bar away: the text is cut with "…", whole in the tooltip.
    const auto shorten = [](QAction *action, const QString &prefix) {
        return [action, prefix](const QString &command) {
            constexpr int maxChars = 48;
            const QString shown = command.size() > maxChars ? command.left(maxChars - 1) + QStringLiteral("…") : command;
            action->setText(command.isEmpty() ? prefix : prefix + u' ' + shown);
            action->setToolTip(command.isEmpty() ? QString(prefix).remove(u'&') : QString(prefix).remove(u'&') + u' ' + command);
        };
    };
    connect(m_undo, &QUndoStack::undoTextChanged, undo, shorten(undo, tr("&Undo")));
    connect(m_undo, &QUndoStack::redoTextChanged, redo, shorten(redo, tr("&Redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *add = edit->addAction(tr("&New procedure…"), this, &MainWindow::addProcedureDialog);
    add->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction *remove = new QAction(tr("&Delete procedure"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &MainWindow::removeSelectedProcedure);
    m_tree->addAction(remove);
    m_catalogueTable->table()->addAction(remove); // Delete in the table deletes its selected rows
    m_catalogueTable->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    edit->addAction(remove);
    edit->addSeparator();
    // Ctrl+F finds a step while a chart has the focus, else a procedure in the catalogue.
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        DiagramEditor *editor = currentEditor();
        if (editor && editor->isAncestorOf(QApplication::focusWidget())) {
            editor->action(DiagramEditor::Command::Find)->trigger();
            return;
        }
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *check = edit->addAction(tr("&Check the workspace"), this, &MainWindow::revalidate);
    check->setShortcut(QKeySequence(tr("F7")));

    QMenu *process = menuBar()->addMenu(tr("&Process"));
    QAction *generate = process->addAction(tr("&Generate e-process from the analysis"), this, &MainWindow::generateEProcess);
    generate->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    generate->setToolTip(tr("Build the e-process from the as-is chart and the proposed action of each step"));
    process->addSeparator();
    for (auto [which, text] : {std::pair{Which::AsIs, tr("Show the &as-is chart")}, std::pair{Which::ToBe, tr("Show the &e-process")}})
        process->addAction(text, this, [this, which = which] { showChart(which); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *table = m_viewMenu->addAction(tr("Catalogue &table"), this, [this] {
        m_tree->setCurrentIndex({});
        m_pages->setCurrentIndex(0);
    });
    table->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_viewMenu->addSeparator();

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = savedLanguage();
    for (const auto &[code, name] : {std::pair{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name, this, [this, code = code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Reduction indicators explained"), this, [this] {
        QStringList items;
        for (const QString &key : ReductionRules::keys())
            items << QStringLiteral("<p><b>%1</b><br>%2</p>").arg(ReductionRules::label(key).toHtmlEscaped(),
                                                                 ReductionRules::definition(key).toHtmlEscaped());
        // The compliance cost, by the same path of one dossier, with its rounding.
        items << QStringLiteral("<p><b>%1</b></p>").arg(tr("Compliance cost and the agencies' cost").toHtmlEscaped());
        for (const QString &paragraph : ComplianceCostRules::definition().split(u'\n'))
            items << QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
        QMessageBox box(QMessageBox::Information, tr("Reduction indicators"),
                        tr("<p>How each indicator of the Reductions tab is computed from the charts and the analysis "
                           "(never typed in):</p>%1").arg(items.join(QString())),
                        QMessageBox::NoButton, this);
        box.addButton(tr("Close"), QMessageBox::AcceptRole);
        box.exec();
    });
    help->addAction(tr("&Derivation rules"), this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Derivation rules"),
                        tr("<p>How “Generate e-process” builds the e-process from the as-is chart and the analysis, "
                           "and what every e-process is checked for:</p>%1").arg(Derivation::rulesHelp()),
                        QMessageBox::NoButton, this);
        box.addButton(tr("Close"), QMessageBox::AcceptRole);
        box.exec();
    });
    help->addAction(tr("&About TTHC Studio"), this, [this] {
        QMessageBox::about(this, tr("About TTHC Studio"),
                           tr("<h3>TTHC Studio %1</h3><p>Reengineering of administrative procedures before they "
                              "are provided as online public services: the as-is chart, the four-criteria "
                              "analysis, the e-process, the evaluation and the approval dossier.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    imp->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    exp->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    check->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(open);
    bar->addAction(imp);
    bar->addAction(exp);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(check);
}

void MainWindow::createDocks()
{
    auto *catalogue = new QDockWidget(tr("Procedure catalogue"), this);
    catalogue->setObjectName(QStringLiteral("catalogueDock"));
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    catalogue->setWidget(box);
    addDockWidget(Qt::LeftDockWidgetArea, catalogue);

    auto *issues = new QDockWidget(tr("Issues"), this);
    issues->setObjectName(QStringLiteral("issuesDock"));
    issues->setWidget(m_issues);
    addDockWidget(Qt::BottomDockWidgetArea, issues);

    auto *properties = new QDockWidget(tr("Properties"), this);
    properties->setObjectName(QStringLiteral("propertiesDock"));
    properties->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, properties);

    auto *systems = new QDockWidget(tr("National and sectoral systems"), this);
    systems->setObjectName(QStringLiteral("systemsDock"));
    systems->setWidget(m_systems);
    addDockWidget(Qt::BottomDockWidgetArea, systems);

    auto *history = new QDockWidget(tr("Undo history"), this);
    history->setObjectName(QStringLiteral("historyDock"));
    auto *undoView = new QUndoView(m_undo);
    undoView->setEmptyLabel(tr("<opened workspace>"));
    // No clean mark: every command is written to the workspace file as it is done or undone,
    // so the state shown is always the saved one (the status bar says when it was saved). A
    // clean index would also stop QUndoStack from merging consecutive edits of one field.
    history->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, history);

    tabifyDockWidget(properties, history);
    tabifyDockWidget(issues, systems);
    properties->raise();
    issues->raise();
    for (QDockWidget *d : {catalogue, issues, systems, properties, history})
        m_viewMenu->addAction(d->toggleViewAction());
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 8000);
    if (m_errorHandler)
        m_errorHandler(message);
    else
        QMessageBox::warning(this, tr("TTHC Studio"), message);
}

Status MainWindow::openWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (Status s = m_model->open(absolute); !s)
        return s;
    workspaceOpened();
    return success();
}

Status MainWindow::createWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (Status s = m_model->create(absolute); !s)
        return s;
    workspaceOpened();
    return success();
}

QString MainWindow::sampleWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/mau-tthc-studio.tthc");
}

Status MainWindow::createSampleWorkspace(const QString &path)
{
    QFile json(QStringLiteral(":/templates/sample-workspace.json"));
    if (!json.open(QIODevice::ReadOnly))
        return Status::failure(tr("The embedded sample workspace is missing from this build."));
    const TthcJson::ReadResult read = TthcJson::import(json.readAll());
    if (!read.ok())
        return Status::failure(read.describe(QStringLiteral("sample-workspace.json")));
    QDir().mkpath(QFileInfo(path).absolutePath());
    WorkspaceModel model;
    return model.create(path, read.workspace);
}

Status MainWindow::openSampleWorkspace()
{
    const QString path = sampleWorkspacePath();
    if (!QFileInfo::exists(path))
        if (Status s = createSampleWorkspace(path); !s)
            return s;
    return openWorkspace(path);
}

void MainWindow::workspaceOpened()
{
    m_undo->clear();
    m_search->clear();
    addRecent(m_model->path());
    if (m_model->isReadOnly()) { // a folder or disk that cannot be written: looking is fine, saving is not
        setWindowTitle(tr("%1 (read-only) — TTHC Studio").arg(QFileInfo(m_model->path()).fileName()));
        m_savedLabel->setText(tr("Read-only: changes cannot be saved to this file"));
    } else {
        setWindowTitle(tr("%1 — TTHC Studio").arg(QFileInfo(m_model->path()).fileName()));
        m_savedLabel->setText(tr("All changes are saved"));
    }
    m_pages->setCurrentIndex(0);
    m_tree->expandToDepth(0);
    updateStatus();
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(recentKey, recent.mid(0, maxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (Status s = openWorkspace(path); !s)
                showError(s.error());
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newWorkspaceDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QDir::homePath(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".tthc")))
        path += QStringLiteral(".tthc");
    if (QFileInfo::exists(path)) {
        showError(tr("“%1” already exists. Choose another name, or open it with File › Open.").arg(path));
        return;
    }
    if (Status s = createWorkspace(path); !s)
        showError(s.error());
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QDir::homePath(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (Status s = openWorkspace(path); !s)
        showError(s.error());
}

bool MainWindow::importJsonFile(const QString &path)
{
    if (!m_model->hasDatabase()) {
        showError(tr("Open or create a workspace before importing."));
        return false;
    }
    // Reading and checking a city-wide file takes seconds: do it off the UI thread, with a
    // progress dialog whose Cancel discards the result.
    QFutureWatcher<TthcJson::ReadResult> watcher;
    QProgressDialog progress(tr("Reading and checking “%1”…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Import tthc-json"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<TthcJson::ReadResult>::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path] { return TthcJson::importFile(path); }));
    if (!watcher.isFinished())
        loop.exec();
    if (!watcher.isFinished()) { // cancelled: the worker finishes on its own, its result is dropped
        statusBar()->showMessage(tr("Import cancelled; nothing was changed."), 8000);
        return false;
    }
    progress.reset();
    const TthcJson::ReadResult read = watcher.result();
    if (!read.ok()) {
        showError(tr("Nothing was imported from “%1”:\n%2").arg(QFileInfo(path).fileName(), read.describe()));
        return false;
    }
    WorkspaceModel preview; // merge in memory first to build the command's "after" state
    if (Status s = preview.replaceAll(m_model->workspace()); !s || !(s = preview.merge(read.workspace))) {
        showError(s.error());
        return false;
    }
    // The command reports its own failures; a refused command is dropped by the stack, which
    // is how a failure shows here.
    const int before = m_undo->index();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_undo->push(new ReplaceWorkspaceCommand(m_model, preview.workspace(), tr("Import %1").arg(QFileInfo(path).fileName()),
                                             [this](const QString &e) { showError(e); }));
    QApplication::restoreOverrideCursor();
    const bool failed = m_undo->index() == before;
    if (!failed)
        statusBar()->showMessage(tr("Imported %1 procedure(s) and %2 group(s).")
                                     .arg(read.workspace.procedures.size())
                                     .arg(read.workspace.groups.size()),
                                 8000);
    return !failed;
}

bool MainWindow::exportJsonFile(const QString &path)
{
    if (Status s = AtomicFile::write(path, TthcJson::write(m_model->workspace())); !s) {
        showError(s.error());
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(path), 8000);
    return true;
}

void MainWindow::importJsonDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import tthc-json"), QDir::homePath(),
                                                      tr("tthc-json files (*.json)"));
    if (!path.isEmpty())
        importJsonFile(path);
}

void MainWindow::exportJsonDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export tthc-json"), QDir::homePath(),
                                                tr("tthc-json files (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".json");
    exportJsonFile(path);
}

DossierDialog *MainWindow::openDossierDialog()
{
    if (!m_model->hasDatabase())
        return nullptr;
    std::optional<DossierTarget> current;
    if (m_pages->currentWidget() == m_catalogueTable) { // the table's selection, when it is shown
        const QStringList codes = m_catalogueTable->selectedCodes();
        if (!codes.isEmpty())
            current = DossierTarget::procedure(codes.first());
    }
    const QModelIndex index = m_tree->currentIndex();
    const QString id = index.data(CatalogueModel::IdRole).toString();
    switch (current || !index.isValid() ? -1 : index.data(CatalogueModel::KindRole).toInt()) {
    case CatalogueModel::ProcedureNode: current = DossierTarget::procedure(id); break;
    case CatalogueModel::GroupNode: current = DossierTarget::group(id); break;
    default: break;
    }
    auto *dialog = new DossierDialog(m_model, current, [this](const QString &e) { showError(e); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

DossierSettingsDialog *MainWindow::openDossierSettingsDialog()
{
    if (!m_model->hasDatabase())
        return nullptr;
    auto *dialog = new DossierSettingsDialog(m_model, m_undo, [this](const QString &e) { showError(e); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::addProcedureDialog()
{
    if (!m_model->hasDatabase()) {
        showError(tr("Open or create a workspace first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New procedure"));
    auto *form = new QFormLayout(&dialog);
    auto *code = new QLineEdit(&dialog);
    code->setPlaceholderText(tr("e.g. 1.002804"));
    auto *name = new QLineEdit(&dialog);
    auto *agency = new QLineEdit(&dialog);
    auto *field = new QLineEdit(&dialog);
    auto *level = new QComboBox(&dialog);
    level->setObjectName(QStringLiteral("level"));
    for (Level l : {Level::Province, Level::Commune, Level::Ministry})
        level->addItem(Labels::of(l), int(l));
    // The level follows the agency as it is typed, until the user picks one.
    bool levelPicked = false;
    connect(level, &QComboBox::activated, &dialog, [&levelPicked] { levelPicked = true; });
    connect(agency, &QLineEdit::textChanged, &dialog, [&](const QString &text) {
        if (!levelPicked)
            level->setCurrentIndex(level->findData(int(levelForAgency(text))));
    });
    if (const Procedure *current = m_model->procedure(selectedProcedure())) {
        agency->setText(current->agency);
        field->setText(current->field);
    }
    form->addRow(tr("&Code:"), code);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Agency:"), agency);
    form->addRow(tr("&Level:"), level);
    form->addRow(tr("&Field:"), field);
    auto *buttons = new QDialogButtonBox(&dialog);
    buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (code->text().trimmed().isEmpty() || name->text().trimmed().isEmpty()) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), tr("Enter the code and the name of the procedure."));
            return;
        }
        if (m_model->procedure(code->text().trimmed())) {
            QMessageBox::warning(&dialog, dialog.windowTitle(),
                                 tr("A procedure with code %1 already exists.").arg(code->text().trimmed()));
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Procedure p;
    p.code = code->text().trimmed();
    p.name = name->text().trimmed();
    p.agency = agency->text().trimmed();
    p.field = field->text().trimmed();
    p.level = Level(level->currentData().toInt());
    m_undo->push(new AddRemoveProcedureCommand(m_model, AddRemoveProcedureCommand::Mode::Add, p,
                                               [this](const QString &e) { showError(e); }));
    selectProcedure(p.code);
}

void MainWindow::removeSelectedProcedure()
{
    if (m_pages->currentWidget() == m_catalogueTable) { // every selected row, as one undo step
        const QStringList codes = m_catalogueTable->selectedCodes();
        if (codes.isEmpty())
            return;
        m_undo->beginMacro(tr("Delete %n procedure(s)", nullptr, int(codes.size())));
        for (const QString &code : codes)
            if (const Procedure *p = m_model->procedure(code))
                m_undo->push(new AddRemoveProcedureCommand(m_model, AddRemoveProcedureCommand::Mode::Remove, *p,
                                                           [this](const QString &e) { showError(e); }));
        m_undo->endMacro();
        statusBar()->showMessage(tr("%n procedure(s) deleted. Undo with Ctrl+Z.", nullptr, int(codes.size())), 10000);
        return;
    }
    const Procedure *p = m_model->procedure(selectedProcedure());
    if (!p)
        return;
    // No confirmation: the deletion is one undo step, and the status bar says how to undo it.
    const QString code = p->code;
    m_undo->push(new AddRemoveProcedureCommand(m_model, AddRemoveProcedureCommand::Mode::Remove, *p,
                                               [this](const QString &e) { showError(e); }));
    if (!m_model->procedure(code))
        statusBar()->showMessage(tr("Procedure %1 deleted. Undo with Ctrl+Z.").arg(code), 10000);
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == savedLanguage())
        return;
    saveLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The language will change the next time TTHC Studio starts."));
}

QString MainWindow::selectedProcedure() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.data(CatalogueModel::KindRole).toInt() != CatalogueModel::ProcedureNode)
        return {};
    return index.data(CatalogueModel::IdRole).toString();
}

void MainWindow::currentItemChanged()
{
    const QModelIndex index = m_tree->currentIndex();
    const int kind = index.isValid() ? index.data(CatalogueModel::KindRole).toInt() : -1;
    const QString id = index.data(CatalogueModel::IdRole).toString();
    std::optional<ProcessRef> asIs, toBe;
    if (kind == CatalogueModel::ProcedureNode) {
        m_form->showProcedure(id);
        m_info->setCurrentIndex(0);
        asIs = ProcessRef::procedure(id, Which::AsIs);
        toBe = ProcessRef::procedure(id, Which::ToBe);
    } else if (kind == CatalogueModel::GroupNode) {
        const ProcedureGroup *g = m_model->group(id);
        if (!g)
            return;
        QStringList members;
        for (const QString &code : g->members) {
            const Procedure *p = m_model->procedure(code);
            members << QStringLiteral("<li>%1 — %2</li>").arg(code.toHtmlEscaped(), p ? p->name.toHtmlEscaped() : tr("(not in the workspace)"));
        }
        m_groupView->setText(tr("<h2>%1</h2><p>Group of linked procedures, in order:</p><ol>%2</ol>"
                                "<p><b>Overall chart (as-is):</b> %3 steps · <b>e-process:</b> %4 steps</p>"
                                "<p><b>Review:</b> %5</p>")
                                 .arg(g->name.toHtmlEscaped(), members.join(QString()))
                                 .arg(g->asIs.steps.size())
                                 .arg(g->toBe.steps.size())
                                 .arg(Labels::of(g->review.state)));
        m_info->setCurrentIndex(1);
        asIs = ProcessRef::group(id, Which::AsIs);
        toBe = ProcessRef::group(id, Which::ToBe);
    }
    if (asIs != m_asIsEditor->scene()->processRef()) {
        m_asIsEditor->setProcess(asIs);
        m_toBeEditor->setProcess(toBe);
        m_compare->setOwner(asIs);
        m_analysis->setOwner(asIs);
        m_reductions->setOwner(asIs);
        m_evaluation->setOwner(asIs);
        if (asIs) {
            layoutIfMissing(*asIs);
            layoutIfMissing(*toBe);
        }
        m_asIsEditor->scene()->setFindings(m_issues->findings());
        m_toBeEditor->scene()->setFindings(m_issues->findings());
    }
    m_pages->setCurrentIndex(asIs ? 1 : 0);
    m_properties->setScene(currentEditor() ? currentEditor()->scene() : nullptr);
}

namespace {
LayoutOptions layoutOptions(bool leftToRight)
{
    LayoutOptions o;
    o.leftToRight = leftToRight;
    o.laneHeader = leftToRight ? DiagramMetrics::laneHeader : DiagramMetrics::laneHeaderAcross;
    return o;
}
} // namespace

void MainWindow::layoutIfMissing(const ProcessRef &ref)
{
    const Process *p = m_model->process(ref);
    if (!p || p->steps.isEmpty() || !p->layout.isEmpty() || m_pendingLayouts.contains(ref))
        return;
    m_pendingLayouts.append(ref);
    if (m_pendingLayouts.size() == 1)
        runPendingLayouts();
}

void MainWindow::runPendingLayouts()
{
    while (!m_pendingLayouts.isEmpty()) {
        const Process *p = m_model->process(m_pendingLayouts.first());
        if (p && p->layout.isEmpty()) {
            m_backgroundLayout->start(*p, layoutOptions(true));
            return;
        }
        m_pendingLayouts.removeFirst();
    }
}

void MainWindow::autoLayout(DiagramEditor *editor)
{
    ProcessScene *scene = editor->scene();
    const std::optional<ProcessRef> ref = scene->processRef();
    const Process *p = scene->process();
    if (!ref || !p)
        return;
    if (p->steps.isEmpty()) {
        statusBar()->showMessage(tr("The chart has no steps to arrange yet."), 6000);
        return;
    }
    const bool leftToRight = !editor->action(DiagramEditor::Command::ToggleDirection)->isChecked();
    // The worker lays out off the UI thread; a big chart shows progress and can be cancelled.
    QProgressDialog progress(tr("Arranging the chart…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Auto-layout"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    std::optional<Geometry> result;
    QString error;
    auto done = connect(m_layout, &LayoutClient::finished, &loop, [&](const Geometry &g) {
        result = g;
        loop.quit();
    });
    auto failed = connect(m_layout, &LayoutClient::failed, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        m_layout->cancel();
        loop.quit();
    });
    m_layout->start(*p, layoutOptions(leftToRight));
    if (m_layout->isBusy())
        loop.exec();
    disconnect(done);
    disconnect(failed);
    progress.reset();
    if (!result) { // failed or cancelled: the diagram stays as it was
        if (!error.isEmpty())
            showError(error);
        else
            statusBar()->showMessage(tr("Auto-layout cancelled; the chart was left unchanged."), 6000);
        return;
    }
    const Process *now = m_model->process(*ref);
    if (!now)
        return;
    const Geometry before = DiagramGeometry::complete(*now, Geometry::fromJson(now->layout));
    m_undo->push(new SetGeometryCommand(m_model, *ref, before, *result, tr("Auto-layout")));
    editor->view()->fit();
}

void MainWindow::generateEProcess()
{
    const std::optional<ProcessRef> asIs = m_asIsEditor->scene()->processRef();
    if (!asIs) {
        showError(tr("Choose a procedure or a group in the catalogue first."));
        return;
    }
    const Workspace &ws = m_model->workspace();
    QStringList notes;
    Result<Process> derived = asIs->owner == ProcessRef::Owner::Procedure
                                  ? Derivation::deriveToBe(ws, *m_model->procedure(asIs->id), &notes)
                                  : Derivation::deriveToBe(ws, *m_model->group(asIs->id), &notes);
    if (!derived) {
        showError(derived.error());
        return;
    }
    Process after = derived.take();
    Derivation::markGenerated(after);
    const ProcessRef toBe{asIs->owner, asIs->id, Which::ToBe};
    const Process *current = m_model->process(toBe);
    if (current && !current->isEmpty() && Derivation::isHandEdited(*current)) {
        const QStringList changes = Derivation::describeChanges(*current, after);
        const QString title = tr("Generate e-process");
        const QString text = tr("The e-process of %1 has been edited by hand. Generating it again replaces it: "
                                "%n change(s), listed in the details. You can undo this with Ctrl+Z.",
                                nullptr, int(changes.size()))
                                 .arg(asIs->id);
        const bool yes = m_confirmHandler ? m_confirmHandler(title, text, changes.join(u'\n')) : [&] {
            QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
            box.setDetailedText(changes.join(u'\n'));
            QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
            box.addButton(tr("Cancel"), QMessageBox::RejectRole);
            box.exec();
            return box.clickedButton() == replace;
        }();
        if (!yes)
            return;
    }
    m_undo->push(new ReplaceProcessCommand(m_model, toBe, after, tr("Generate the e-process")));
    showChart(Which::ToBe);
    layoutIfMissing(toBe);
    if (!notes.isEmpty()) {
        // What the rules did differently from the analysis, where the user looks right now.
        const QString title = tr("E-process generated");
        const QString text = tr("The e-process of %1 was generated. %n point(s) to check, listed below (Help ▸ "
                                "Derivation rules explains the rules).", nullptr, int(notes.size()))
                                 .arg(asIs->id);
        if (m_noticeHandler) {
            m_noticeHandler(title, text, notes.join(u'\n'));
        } else {
            QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, this);
            box.setInformativeText(QStringLiteral("• ") + notes.join(QStringLiteral("\n• ")));
            box.exec();
        }
    }
}

DiagramEditor *MainWindow::currentEditor() const
{
    if (m_pages->currentIndex() != 1)
        return nullptr;
    return qobject_cast<DiagramEditor *>(m_tabs->currentWidget());
}

void MainWindow::showChart(Which which)
{
    m_tabs->setCurrentWidget(which == Which::AsIs ? m_asIsEditor : m_toBeEditor);
}

void MainWindow::selectProcedure(const QString &code)
{
    const QModelIndex source = m_catalogue->indexOfProcedure(code);
    if (!source.isValid())
        return;
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) { // hidden by the search: clear it to show the item
        m_search->clear();
        index = m_filter->mapFromSource(source);
    }
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void MainWindow::selectGroup(const QString &id)
{
    const QModelIndex source = m_catalogue->indexOfGroup(id);
    if (!source.isValid())
        return;
    m_search->clear();
    const QModelIndex index = m_filter->mapFromSource(source);
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void MainWindow::goTo(const Finding &finding)
{
    const Location &loc = finding.location;
    if (!loc.procedure.isEmpty())
        selectProcedure(loc.procedure);
    else if (!loc.group.isEmpty())
        selectGroup(loc.group);
    if (loc.process && (!loc.step.isEmpty() || !loc.flow.isEmpty())) {
        showChart(*loc.process);
        if (DiagramEditor *editor = currentEditor()) {
            ProcessScene *scene = editor->scene();
            scene->clearSelection();
            if (StepItem *item = scene->stepItem(loc.step)) {
                item->setSelected(true);
                editor->view()->centerOn(item);
            } else if (QGraphicsItem *flow = scene->flowItem(loc.flow)) {
                flow->setSelected(true);
                editor->view()->centerOn(flow);
            }
        }
    }
    statusBar()->showMessage(IssuesPanel::locationText(loc, &m_model->workspace()) + QStringLiteral(": ") + finding.message, 10000);
}

void MainWindow::markDirty(const QString &owner)
{
    m_dirty.insert(owner);
    m_validateTimer->start();
}

void MainWindow::revalidate()
{
    m_validateTimer->stop();
    m_dirty.clear();
    m_findings.clear();
    const Workspace &ws = m_model->workspace();
    for (const Finding &f : Validator::validate(ws)) {
        const QString owner = !f.location.procedure.isEmpty() ? "p:" + f.location.procedure
                              : !f.location.group.isEmpty()   ? "g:" + f.location.group
                                                              : QStringLiteral("w");
        m_findings[owner].append(f);
    }
    showFindings();
}

void MainWindow::revalidateDirty()
{
    if (m_dirty.contains(QStringLiteral("*"))) {
        revalidate();
        return;
    }
    const Workspace &ws = m_model->workspace();
    for (const QString &owner : std::as_const(m_dirty)) {
        const QString id = owner.mid(2);
        if (owner.startsWith(QLatin1String("p:"))) {
            const int i = ws.procedureIndex(id);
            m_findings[owner] = i < 0 ? QList<Finding>{} : Validator::validateProcedure(ws, i);
        } else {
            const int i = ws.groupIndex(id);
            m_findings[owner] = i < 0 ? QList<Finding>{} : Validator::validateGroup(ws, i);
        }
    }
    m_dirty.clear();
    showFindings();
}

void MainWindow::showFindings()
{
    // Workspace order: registry-wide first, then procedures, then groups.
    const Workspace &ws = m_model->workspace();
    QList<Finding> all = m_findings.value(QStringLiteral("w"));
    for (const Procedure &p : ws.procedures)
        all += m_findings.value("p:" + p.code);
    for (const ProcedureGroup &g : ws.groups)
        all += m_findings.value("g:" + g.id);
    m_issues->setFindings(all, &m_model->workspace());
    m_asIsEditor->scene()->setFindings(all);
    m_toBeEditor->scene()->setFindings(all);
    m_findingsLabel->setText(tr("Errors: %1 · Warnings: %2")
                                 .arg(Validator::count(all, Severity::Error))
                                 .arg(Validator::count(all, Severity::Warning)));
}

void MainWindow::reloadSystems()
{
    QList<QStringList> rows;
    for (const System &s : m_model->workspace().systems)
        rows << QStringList{s.id, s.name, QString::number(int(s.kind)), s.owner, QString::number(int(s.readiness)), s.note};
    m_systems->setRows(rows);
}

void MainWindow::updateStatus()
{
    m_pathLabel->setText(m_model->hasDatabase() ? QDir::toNativeSeparators(m_model->path()) : tr("No workspace open"));
    m_countLabel->setText(tr("%1 procedure(s) · %2 group(s)")
                              .arg(m_model->workspace().procedures.size())
                              .arg(m_model->workspace().groups.size()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace tthc
