#include "cataloguemodel.h"
#include "labels.h"

#include <QIcon>

namespace tthc {

namespace {
QString procedureText(const Procedure &p) { return p.code + QStringLiteral(" · ") + p.name; }
} // namespace

CatalogueModel::CatalogueModel(WorkspaceModel *model, QObject *parent) : QStandardItemModel(parent), m_model(model)
{
    connect(model, &WorkspaceModel::reset, this, &CatalogueModel::rebuild);
    connect(model, &WorkspaceModel::procedureAdded, this, [this](const QString &code) {
        if (const Procedure *p = m_model->procedure(code))
            addProcedureItem(*p);
    });
    connect(model, &WorkspaceModel::procedureRemoved, this, &CatalogueModel::removeProcedureItem);
    connect(model, &WorkspaceModel::procedureChanged, this, &CatalogueModel::updateProcedureItem);
    connect(model, &WorkspaceModel::groupChanged, this, [this](const QString &id) {
        // Only the name can change here; rebuilding would lose the selection.
        const QModelIndex index = indexOfGroup(id);
        if (const ProcedureGroup *g = m_model->group(id); g && index.isValid())
            itemFromIndex(index)->setText(g->name);
    });
    rebuild();
}

QStandardItem *CatalogueModel::branch(QStandardItem *parent, const QString &text, Kind kind)
{
    for (int i = 0; i < parent->rowCount(); ++i) {
        QStandardItem *c = parent->child(i);
        if (c->data(KindRole).toInt() == kind && c->data(IdRole).toString() == text)
            return c;
    }
    auto *item = new QStandardItem(text);
    item->setData(kind, KindRole);
    item->setData(text, IdRole);
    item->setEditable(false);
    // Branches sort by name; the groups branch stays last.
    int row = 0;
    while (row < parent->rowCount() && parent->child(row)->data(KindRole).toInt() != GroupsNode
           && QString::localeAwareCompare(parent->child(row)->text(), text) < 0)
        ++row;
    parent->insertRow(row, item);
    return item;
}

void CatalogueModel::addProcedureItem(const Procedure &p)
{
    const QString agency = p.agency.isEmpty() ? tr("(no agency)") : p.agency;
    const QString field = p.field.isEmpty() ? tr("(no field)") : p.field;
    QStandardItem *fieldItem = branch(branch(invisibleRootItem(), agency, AgencyNode), field, FieldNode);
    auto *item = new QStandardItem(procedureText(p));
    item->setData(ProcedureNode, KindRole);
    item->setData(p.code, IdRole);
    item->setData(foldForSearch(p.code + u' ' + p.name), SearchRole);
    item->setToolTip(QStringLiteral("%1\n%2 · %3").arg(p.name, Labels::of(p.level), Labels::of(p.review.state)));
    item->setEditable(false);
    fieldItem->appendRow(item);
    m_procedures.insert(p.code, item);
}

void CatalogueModel::pruneEmpty(QStandardItem *item)
{
    while (item && item != invisibleRootItem() && item->rowCount() == 0
           && item->data(KindRole).toInt() != GroupsNode) {
        QStandardItem *parent = item->parent() ? item->parent() : invisibleRootItem();
        parent->removeRow(item->row());
        item = parent;
    }
}

void CatalogueModel::removeProcedureItem(const QString &code)
{
    QStandardItem *item = m_procedures.take(code);
    if (!item)
        return;
    QStandardItem *parent = item->parent();
    parent->removeRow(item->row());
    pruneEmpty(parent);
}

void CatalogueModel::updateProcedureItem(const QString &code)
{
    const Procedure *p = m_model->procedure(code);
    QStandardItem *item = m_procedures.value(code);
    if (!p || !item)
        return;
    QStandardItem *fieldItem = item->parent();
    const bool samePlace = fieldItem && fieldItem->text() == (p->field.isEmpty() ? tr("(no field)") : p->field)
                           && fieldItem->parent()->text() == (p->agency.isEmpty() ? tr("(no agency)") : p->agency);
    if (!samePlace) {
        removeProcedureItem(code);
        addProcedureItem(*p);
        return;
    }
    item->setText(procedureText(*p));
    item->setData(foldForSearch(p->code + u' ' + p->name), SearchRole);
    item->setToolTip(QStringLiteral("%1\n%2 · %3").arg(p->name, Labels::of(p->level), Labels::of(p->review.state)));
}

void CatalogueModel::rebuild()
{
    clear();
    m_procedures.clear();
    setHorizontalHeaderLabels({tr("Procedures")});
    for (const Procedure &p : m_model->workspace().procedures)
        addProcedureItem(p);
    m_groups = nullptr;
    const auto &groups = m_model->workspace().groups;
    if (!groups.isEmpty()) {
        m_groups = new QStandardItem(tr("Groups of linked procedures"));
        m_groups->setData(GroupsNode, KindRole);
        m_groups->setEditable(false);
        invisibleRootItem()->appendRow(m_groups);
        for (const ProcedureGroup &g : groups) {
            auto *item = new QStandardItem(g.name);
            item->setData(GroupNode, KindRole);
            item->setData(g.id, IdRole);
            item->setData(foldForSearch(g.id + u' ' + g.name + u' ' + g.members.join(u' ')), SearchRole);
            item->setEditable(false);
            m_groups->appendRow(item);
        }
    }
}

QModelIndex CatalogueModel::indexOfProcedure(const QString &code) const
{
    QStandardItem *item = m_procedures.value(code);
    return item ? item->index() : QModelIndex();
}

QModelIndex CatalogueModel::indexOfGroup(const QString &id) const
{
    if (!m_groups)
        return {};
    for (int i = 0; i < m_groups->rowCount(); ++i)
        if (m_groups->child(i)->data(IdRole).toString() == id)
            return m_groups->child(i)->index();
    return {};
}

CatalogueFilter::CatalogueFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void CatalogueFilter::setQuery(const QString &query)
{
    m_words = foldForSearch(query).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool CatalogueFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    const QString text = index.data(CatalogueModel::SearchRole).toString();
    if (text.isEmpty())
        return false; // branches show when a child matches (recursive filtering)
    for (const QString &w : m_words)
        if (!text.contains(w))
            return false;
    return true;
}

} // namespace tthc
