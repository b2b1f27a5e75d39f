#pragma once
// The reduction indicators of a proposal (seed 003 §2: fewer trips, fewer documents, fewer
// manual steps; with total steps and elapsed days), as-is → e-process in numbers and per cent,
// with a small bar chart. Computed live from the model by ReductionRules, never typed in.
#include "reductions.h"
#include "workspacemodel.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;

namespace tthc {

class ReductionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReductionsPanel(WorkspaceModel *model, QWidget *parent = nullptr);
    void setOwner(const std::optional<ProcessRef> &ref); // any process of the procedure or group
    const Reductions &reductions() const { return m_reductions; }
    QTableWidget *table() const { return m_table; }

private:
    void refresh();
    WorkspaceModel *m_model;
    std::optional<ProcessRef> m_ref;
    Reductions m_reductions;
    QLabel *m_title;
    QTableWidget *m_table;
    QChartView *m_chartView;
};

} // namespace tthc
