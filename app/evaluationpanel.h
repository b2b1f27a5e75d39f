#pragma once
// The evaluation screen of Bước 3: the inputs (hourly income of the applicant, hourly cost of
// the agency, their source) editable with undo, and the time and cost of one dossier and of a
// year, as-is against the e-process, with the saving — a table and charts computed live from
// the model (ComplianceCostRules, ReductionRules), never typed in. Below, the simulation of a
// year runs in a worker thread with progress and cancel and shows the cycle-time histogram.
#include "compliancecost.h"
#include "reductions.h"
#include "workspacemodel.h"

#include <QWidget>

class QChartView;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QComboBox;
class QTableWidget;
class QUndoStack;

namespace tthc {

class SimulationView;

class EvaluationPanel : public QWidget {
    Q_OBJECT
public:
    EvaluationPanel(WorkspaceModel *model, QUndoStack *undo, std::function<void(const QString &)> onError,
                    QWidget *parent = nullptr);
    void setOwner(const std::optional<ProcessRef> &ref);
    const ComplianceCost &cost() const { return m_cost; }
    QTableWidget *table() const { return m_table; }
    QDoubleSpinBox *hourlyIncome() const { return m_income; }
    QDoubleSpinBox *agencyCost() const { return m_agency; }
    SimulationView *simulation() const { return m_simulation; }

private:
    void refresh();
    void edit(ProcedureField field, const QVariant &value);
    WorkspaceModel *m_model;
    QUndoStack *m_undo;
    std::function<void(const QString &)> m_onError;
    std::optional<ProcessRef> m_ref;
    ComplianceCost m_cost;
    bool m_loading = false;
    QLabel *m_title;
    QDoubleSpinBox *m_income;
    QDoubleSpinBox *m_agency;
    QComboBox *m_applicantType;
    QLineEdit *m_notes;
    QLabel *m_sources;
    QTableWidget *m_table;
    QChartView *m_timeChart;
    QChartView *m_costChart;
    SimulationView *m_simulation = nullptr;
};

} // namespace tthc
