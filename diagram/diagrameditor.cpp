#include "diagrameditor.h"
#include "diagramcommands.h"
#include "labels.h"

#include <QAction>
#include <QActionGroup>
#include <QCompleter>
#include <QLineEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace tthc {

DiagramEditor::DiagramEditor(WorkspaceModel *model, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_scene(new ProcessScene(model, undo, this)), m_view(new ProcessView(m_scene)),
      m_bar(new QToolBar), m_find(new QLineEdit), m_tools(new QActionGroup(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
    m_bar->setIconSize(QSize(16, 16));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The search field comes first: a narrow window folds the end of the tool bar away.
    m_find->setPlaceholderText(tr("Find a step (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(150);
    m_find->setMaximumWidth(220);
    m_bar->addWidget(m_find);
    m_bar->addSeparator();

    using C = Command;
    using T = ProcessScene::Tool;
    const std::pair<C, T> tools[] = {{C::Select, T::Select}, {C::Connect, T::Connect}, {C::AddTask, T::AddTask},
                                     {C::AddDecision, T::AddDecision}, {C::AddStart, T::AddStart},
                                     {C::AddEnd, T::AddEnd}, {C::AddProcedure, T::AddProcedure}};
    add(C::Select, tr("Select"), QKeySequence(tr("S")), tr("Select, move and resize (Esc)"));
    add(C::Connect, tr("Connect"), QKeySequence(tr("C")), tr("Drag from one step to another to draw a flow"));
    add(C::AddTask, tr("Task"), QKeySequence(tr("T")), tr("Click in a lane to add a task"));
    add(C::AddDecision, tr("Decision"), QKeySequence(tr("D")), tr("Click in a lane to add a decision"));
    add(C::AddStart, tr("Start"), QKeySequence(tr("B")), tr("Click in a lane to add the start"));
    add(C::AddEnd, tr("End"), QKeySequence(tr("E")), tr("Click in a lane to add an end"));
    add(C::AddProcedure, tr("Sub-procedure"), QKeySequence(tr("P")), tr("Click in a lane to add a member procedure"));
    for (const auto &[command, tool] : tools) {
        QAction *a = action(command);
        a->setCheckable(true);
        m_tools->addAction(a);
        connect(a, &QAction::triggered, this, [this, tool = tool] { m_scene->setTool(tool); });
    }
    action(C::Select)->setChecked(true);
    // The pressed button follows the scene's tool: after placing a step it is Select again.
    connect(m_scene, &ProcessScene::toolChanged, this, [this, tools](ProcessScene::Tool now) {
        for (const auto &[command, tool] : tools)
            if (tool == now)
                action(command)->setChecked(true);
    });
    m_bar->addSeparator();
    add(C::AddLane, tr("Add lane"), QKeySequence(tr("Ctrl+Shift+L")), tr("Add an actor after the selected lane"));
    add(C::LaneUp, tr("Lane up"), QKeySequence(tr("Alt+Up")));
    add(C::LaneDown, tr("Lane down"), QKeySequence(tr("Alt+Down")));
    m_bar->addSeparator();
    add(C::Delete, tr("Delete"), QKeySequence::Delete);
    add(C::Rename, tr("Rename"), QKeySequence(tr("F2")));
    add(C::AutoRoute, tr("Straighten flow"), QKeySequence(tr("Ctrl+R")), tr("Route the selected flows automatically again"));
    add(C::Cut, tr("Cut"), QKeySequence::Cut);
    add(C::Copy, tr("Copy"), QKeySequence::Copy);
    add(C::Paste, tr("Paste"), QKeySequence::Paste);
    m_bar->addSeparator();
    add(C::AutoLayout, tr("Auto-layout"), QKeySequence(tr("Ctrl+L")), tr("Arrange the chart automatically (one undo step)"));
    add(C::ToggleDirection, tr("Vertical lanes"), QKeySequence(), tr("Lay the lanes out as columns instead of rows"));
    action(C::ToggleDirection)->setCheckable(true);
    add(C::Grid, tr("Grid"), QKeySequence(tr("G")), tr("Snap steps to a 10-point grid"));
    action(C::Grid)->setCheckable(true);
    action(C::Grid)->setChecked(true);
    m_bar->addSeparator();
    add(C::ZoomIn, tr("Zoom in"), QKeySequence::ZoomIn);
    add(C::ZoomOut, tr("Zoom out"), QKeySequence::ZoomOut);
    add(C::ZoomFit, tr("Fit"), QKeySequence(tr("Ctrl+0")));
    add(C::Zoom100, tr("100 %"), QKeySequence(tr("Ctrl+1")));
    add(C::Find, tr("Find step"), QKeySequence()); // Ctrl+F is routed here by the main window
    m_bar->removeAction(action(C::Find)); // the search field stands for it

    connect(action(C::AddLane), &QAction::triggered, this, [this] { m_scene->addLane(tr("New actor")); });
    connect(action(C::LaneUp), &QAction::triggered, this, [this] { m_scene->moveSelectedLane(-1); });
    connect(action(C::LaneDown), &QAction::triggered, this, [this] { m_scene->moveSelectedLane(1); });
    connect(action(C::Delete), &QAction::triggered, m_scene, &ProcessScene::deleteSelection);
    connect(action(C::Rename), &QAction::triggered, this, [this] {
        const QStringList steps = m_scene->selectedStepIds();
        if (!steps.isEmpty())
            m_scene->startRename(steps.first());
        else if (!m_scene->selectedLaneId().isEmpty())
            m_scene->startRename(QStringLiteral("lane:") + m_scene->selectedLaneId());
        else if (!m_scene->selectedFlowIds().isEmpty())
            m_scene->startRename(QStringLiteral("flow:") + m_scene->selectedFlowIds().first());
    });
    connect(action(C::AutoRoute), &QAction::triggered, m_scene, &ProcessScene::resetSelectedRoutes);
    connect(action(C::Cut), &QAction::triggered, this, [this] { m_scene->copySelection(true); });
    connect(action(C::Copy), &QAction::triggered, this, [this] { m_scene->copySelection(false); });
    connect(action(C::Paste), &QAction::triggered, m_scene, &ProcessScene::paste);
    connect(action(C::AutoLayout), &QAction::triggered, this, &DiagramEditor::autoLayoutRequested);
    connect(action(C::ToggleDirection), &QAction::triggered, this, &DiagramEditor::autoLayoutRequested);
    connect(action(C::Grid), &QAction::toggled, m_scene, &ProcessScene::setSnapToGrid);
    connect(action(C::ZoomIn), &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    connect(action(C::ZoomOut), &QAction::triggered, this, [this] { m_view->zoomBy(1 / 1.25); });
    connect(action(C::ZoomFit), &QAction::triggered, m_view, &ProcessView::fit);
    connect(action(C::Zoom100), &QAction::triggered, this, [this] { m_view->setZoom(1.0); });
    connect(action(C::Find), &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!findStep(m_find->text()))
            emit message(tr("No step matches “%1”.").arg(m_find->text()));
    });
    connect(m_scene, &ProcessScene::message, this, &DiagramEditor::message);
    connect(m_scene, &ProcessScene::refused, this, &DiagramEditor::refused);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DiagramEditor::updateActions);
    updateActions();
}

QAction *DiagramEditor::add(Command c, const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(key.isEmpty() ? (tip.isEmpty() ? text : tip)
                                : QStringLiteral("%1 (%2)").arg(tip.isEmpty() ? text : tip, key.toString(QKeySequence::NativeText)));
    addAction(a);
    m_bar->addAction(a);
    m_actions.insert(int(c), a);
    return a;
}

void DiagramEditor::setProcess(const std::optional<ProcessRef> &ref)
{
    m_scene->setProcess(ref);
    action(Command::Select)->trigger();
    if (const Process *p = m_scene->process())
        action(Command::ToggleDirection)->setChecked(!Geometry::fromJson(p->layout).leftToRight);
    m_view->setZoom(1.0);
    m_view->centerOn(m_scene->itemsRect().topLeft() + QPointF(m_view->viewport()->width() / 2.0 - 20,
                                                              m_view->viewport()->height() / 2.0 - 20));
    updateActions();
}

void DiagramEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void DiagramEditor::updateActions()
{
    const bool has = m_scene->processRef().has_value() && !m_readOnly;
    const bool steps = !m_scene->selectedStepIds().isEmpty();
    const bool any = steps || !m_scene->selectedFlowIds().isEmpty() || !m_scene->selectedLaneId().isEmpty();
    for (Command c : {Command::Select, Command::Connect, Command::AddTask, Command::AddDecision, Command::AddStart,
                      Command::AddEnd, Command::AddProcedure, Command::AddLane, Command::Paste, Command::AutoLayout,
                      Command::ToggleDirection})
        action(c)->setEnabled(has);
    action(Command::Delete)->setEnabled(has && any);
    action(Command::Rename)->setEnabled(has && any);
    action(Command::AutoRoute)->setEnabled(has && !m_scene->selectedFlowIds().isEmpty());
    action(Command::Cut)->setEnabled(has && steps);
    action(Command::Copy)->setEnabled(steps);
    const bool lane = has && !m_scene->selectedLaneId().isEmpty();
    action(Command::LaneUp)->setEnabled(lane);
    action(Command::LaneDown)->setEnabled(lane);
    if (m_readOnly)
        m_scene->setTool(ProcessScene::Tool::Select);
    for (QGraphicsItem *i : m_scene->items())
        if (i->type() == StepItem::Type)
            i->setFlag(QGraphicsItem::ItemIsMovable, !m_readOnly && m_scene->tool() == ProcessScene::Tool::Select);
}

bool DiagramEditor::findStep(const QString &text)
{
    const Process *p = m_scene->process();
    const QString needle = foldForSearch(text.trimmed());
    if (!p || needle.isEmpty())
        return false;
    // Start after the current selection so that Enter again finds the next match.
    const QStringList selected = m_scene->selectedStepIds();
    const int start = selected.isEmpty() ? 0 : p->stepIndex(selected.first()) + 1;
    for (int k = 0; k < p->steps.size(); ++k) {
        const Step &s = p->steps[(start + k) % p->steps.size()];
        if (foldForSearch(s.name + u' ' + s.id).contains(needle)) {
            m_scene->selectStep(s.id);
            if (StepItem *item = m_scene->stepItem(s.id))
                m_view->centerOn(item);
            return true;
        }
    }
    return false;
}

} // namespace tthc
