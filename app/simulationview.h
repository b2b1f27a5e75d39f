#pragma once
// Runs the discrete-event simulation of a year for the shown procedure or group (as-is and
// e-process) in a worker thread, with progress and cancel, and shows the cycle times with their
// 95 % confidence intervals, the share of waiting, the share finished within the time limit,
// the utilisation of each lane and a histogram of cycle times. The staff of each lane is shown
// with the rule that sized it and can be set there (an undo command on the lane's "staff");
// a result made before the charts or figures changed is marked stale, with “Tính lại”.
#include "simulator.h"
#include "workspacemodel.h"

#include <QWidget>
#include <functional>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;
class QUndoStack;

namespace tthc {

class SimulationView : public QWidget {
    Q_OBJECT
public:
    SimulationView(WorkspaceModel *model, QWidget *parent = nullptr);
    void setUndoStack(QUndoStack *undo, std::function<void(const QString &)> onError); // staff edits
    void setOwner(const std::optional<ProcessRef> &ref);
    void run();
    void cancel();
    bool isRunning() const;
    const std::optional<SimulationResult> &result() const { return m_result; }
    QSpinBox *casesField() const { return m_cases; }
    QSpinBox *seedField() const { return m_seed; }
    QSpinBox *replicationsField() const { return m_replications; }
    QTableWidget *resultTable() const { return m_table; }
    QTableWidget *laneTable() const { return m_lanes; }
    bool isStale() const { return m_stale; }

signals:
    void done(); // finished, failed or cancelled

private:
    void show(const SimulationResult &r);
    void setBusy(bool busy);
    void ownerEdited();          // a chart or a figure of the shown proposal changed
    void staffEdited(QTableWidgetItem *item);
    WorkspaceModel *m_model;
    SimulationRunner *m_runner;
    std::optional<ProcessRef> m_ref;
    std::optional<SimulationResult> m_result;
    std::optional<SimulationInput> m_input; // what the shown or running result is computed from (no geometry)
    QSpinBox *m_cases, *m_seed, *m_replications;
    QPushButton *m_run, *m_stop;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_sizing;
    QUndoStack *m_undo = nullptr;
    std::function<void(const QString &)> m_onError;
    bool m_stale = false;
    bool m_staleOnFinish = false;
    bool m_filling = false;
    QTableWidget *m_table;
    QTableWidget *m_lanes;
    QChartView *m_histogram;
};

} // namespace tthc
