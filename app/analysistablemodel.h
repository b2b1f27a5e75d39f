#pragma once
// The Phụ lục table of seed 003: one row per as-is step, in flow order, with the four criteria,
// the linked systems, the documents that can be reused instead of submitted, and the proposed
// action. For a group there is one section per member procedure. Cells are edited through
// SetAnalysisRowCommand (pushed by the owner of the undo stack); steps of kind task that have
// no analysis row yet are flagged.
#include "stepdecision.h"
#include "workspacemodel.h"

#include <QAbstractTableModel>
#include <functional>

class QUndoStack;

namespace tthc {

class AnalysisTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StepColumn, DataSharing, Interconnection, Efficiency, Performance, Systems, Reuse, ActionColumn,
        DecisionColumn, // the structured decision (stepdecision.h): EditRole a QVariantMap of its fields
        ColumnCount
    };
    enum Role { ChoicesRole = Qt::UserRole + 1, IdsRole, SectionRole, UnanalysedRole };

    AnalysisTableModel(WorkspaceModel *model, QUndoStack *undo, std::function<void(const QString &)> onError,
                       QObject *parent = nullptr);
    void setOwner(const std::optional<ProcessRef> &ref); // a procedure or a group
    int unanalysedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // The structured decision as the Decision column's EditRole carries it (absent fields left out).
    static QVariantMap toMap(const Decision &d);
    static Decision fromMap(const QVariantMap &m);

private:
    struct Row {
        bool section = false;
        ProcessRef::Owner owner = ProcessRef::Owner::Procedure;
        QString ownerId; // whose analysis the row belongs to (the member procedure, in a group)
        QString stepId;
        QString title;
    };
    void rebuild();
    const Step *step(const Row &row) const;
    std::optional<StepAnalysis> analysis(const Row &row) const;
    QString summary(const Decision &d, const Row &row) const; // one line, Vietnamese in the Vietnamese UI

    WorkspaceModel *m_model;
    QUndoStack *m_undo;
    std::function<void(const QString &)> m_onError;
    std::optional<ProcessRef> m_ref;
    QList<Row> m_rows;
};

} // namespace tthc
