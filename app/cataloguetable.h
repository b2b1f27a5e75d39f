#pragma once
// The catalogue screen of Bước 1: every procedure with its volume, complaints, online level,
// the level its eligibility checklist recommends, its review state and whether it is a
// priority (with the reasons, from thresholds the user sets). Sorting by any column, search
// as you type (diacritics ignored) and filters for priority, online level and agency.
#include "priority.h"
#include "workspacemodel.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace tthc {

class CatalogueTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Agency, Field, Volume, Complaints, Online, Recommended, Review, PriorityColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SearchRole, PriorityRole, OnlineRole };
    explicit CatalogueTableModel(WorkspaceModel *model, QObject *parent = nullptr);
    void setThresholds(const PriorityThresholds &t);
    PriorityThresholds thresholds() const { return m_thresholds; }
    QString codeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refresh();
    WorkspaceModel *m_model;
    PriorityThresholds m_thresholds;
};

class CatalogueTableFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilters(const QString &query, bool priorityOnly, int onlineLevel /* -1 any */, const QString &agency);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QStringList m_words;
    bool m_priorityOnly = false;
    int m_online = -1;
    QString m_agency;
};

class CatalogueTable : public QWidget {
    Q_OBJECT
public:
    explicit CatalogueTable(WorkspaceModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    // The procedures selected in the table (whole rows), in the table's order; the current
    // row's when nothing is selected.
    QStringList selectedCodes() const;
    CatalogueTableModel *tableModel() const { return m_model; }
    CatalogueTableFilter *filter() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *priorityOnly() const { return m_priorityOnly; }
    QDoubleSpinBox *volumeThreshold() const { return m_minVolume; }

signals:
    void procedureActivated(const QString &code);

private:
    void applyFilters();
    void refreshAgencies();
    CatalogueTableModel *m_model;
    CatalogueTableFilter *m_filter;
    QTableView *m_table;
    QLineEdit *m_search;
    QCheckBox *m_priorityOnly;
    QComboBox *m_online;
    QComboBox *m_agency;
    QDoubleSpinBox *m_minVolume;
    QDoubleSpinBox *m_minComplaints;
    QLabel *m_count;
};

} // namespace tthc
