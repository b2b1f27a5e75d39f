#pragma once
// The catalogue tree of the main window: agency → field → procedure, plus a branch for the
// groups of linked procedures. Items carry ids only; the tree follows the workspace model's
// signals, and CatalogueFilter does search-as-you-type on code and name, ignoring case and
// Vietnamese diacritics.
#include "workspacemodel.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace tthc {

class CatalogueModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, SearchRole };
    enum Kind { AgencyNode, FieldNode, ProcedureNode, GroupsNode, GroupNode };

    explicit CatalogueModel(WorkspaceModel *model, QObject *parent = nullptr);
    QModelIndex indexOfProcedure(const QString &code) const;
    QModelIndex indexOfGroup(const QString &id) const;

private:
    void rebuild();
    void addProcedureItem(const Procedure &p);
    void removeProcedureItem(const QString &code);
    void updateProcedureItem(const QString &code);
    QStandardItem *branch(QStandardItem *parent, const QString &text, Kind kind);
    void pruneEmpty(QStandardItem *item);

    WorkspaceModel *m_model;
    QHash<QString, QStandardItem *> m_procedures; // code → item
    QStandardItem *m_groups = nullptr;
};

class CatalogueFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CatalogueFilter(QObject *parent = nullptr);
    void setQuery(const QString &query);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QStringList m_words; // folded
};

} // namespace tthc
