#pragma once
// The criteria analysis screen: the Phụ lục table with editors fit for each column
// (multi-line text for the criteria, tick lists for systems and reused documents, a list of
// actions) and a line that counts the steps still to analyse.
#include "analysistablemodel.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace tthc {

class AnalysisView : public QWidget {
    Q_OBJECT
public:
    AnalysisView(WorkspaceModel *model, QUndoStack *undo, std::function<void(const QString &)> onError,
                 QWidget *parent = nullptr);
    void setOwner(const std::optional<ProcessRef> &ref);
    AnalysisTableModel *tableModel() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void updateSummary();
    AnalysisTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace tthc
