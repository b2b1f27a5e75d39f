#pragma once
// The editor of one process chart: a tool bar (select, connect, add steps, lanes, layout,
// zoom, grid, find), the view and its scene. Its shortcuts are active while the editor has
// focus, so they do not clash with the main window's.
#include "processscene.h"
#include "processview.h"

#include <QHash>
#include <QWidget>

class QAction;
class QActionGroup;
class QLineEdit;
class QToolBar;

namespace tthc {

class DiagramEditor : public QWidget {
    Q_OBJECT
public:
    enum class Command {
        Select, Connect, AddTask, AddDecision, AddStart, AddEnd, AddProcedure, AddLane, LaneUp, LaneDown, Delete,
        Rename, AutoRoute, Cut, Copy, Paste, AutoLayout, ToggleDirection, ZoomIn, ZoomOut, ZoomFit, Zoom100, Grid, Find
    };

    DiagramEditor(WorkspaceModel *model, QUndoStack *undo, QWidget *parent = nullptr);
    void setProcess(const std::optional<ProcessRef> &ref);
    ProcessScene *scene() const { return m_scene; }
    ProcessView *view() const { return m_view; }
    QAction *action(Command c) const { return m_actions.value(int(c)); }
    QLineEdit *findField() const { return m_find; }
    // Selects and shows the first step whose name or id contains the text (diacritics ignored).
    bool findStep(const QString &text);
    void setReadOnly(bool readOnly);

signals:
    void message(const QString &text);
    void refused(const QString &why);
    void autoLayoutRequested(); // the main window runs the layout worker and applies its result

private:
    QAction *add(Command c, const QString &text, const QKeySequence &key, const QString &tip = {});
    void updateActions();

    ProcessScene *m_scene;
    ProcessView *m_view;
    QToolBar *m_bar;
    QLineEdit *m_find;
    QActionGroup *m_tools;
    QHash<int, QAction *> m_actions;
    bool m_readOnly = false;
};

} // namespace tthc
