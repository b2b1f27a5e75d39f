#include "issuespanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tthc {

IssuesPanel::IssuesPanel(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this)), m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    m_tree->setHeaderLabels({tr("Severity"), tr("Location"), tr("Message"), tr("Rule")});
    m_tree->setColumnHidden(3, true); // rule ids are for engineers: in the tooltip, not a column
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < m_findings.size())
            emit activated(m_findings[i]);
    });
    setFindings({});
}

QString IssuesPanel::locationText(const Location &loc, const Workspace *ws)
{
    const Process *process = nullptr;
    if (ws && loc.process) {
        if (const Procedure *p = loc.procedure.isEmpty() ? nullptr : ws->procedure(loc.procedure))
            process = *loc.process == Which::AsIs ? &p->asIs : &p->toBe;
        else if (const ProcedureGroup *g = loc.group.isEmpty() ? nullptr : ws->group(loc.group))
            process = *loc.process == Which::AsIs ? &g->asIs : &g->toBe;
    }
    QStringList parts;
    if (!loc.procedure.isEmpty())
        parts << tr("procedure %1").arg(loc.procedure);
    if (!loc.group.isEmpty())
        parts << tr("group %1").arg(loc.group);
    if (loc.process)
        parts << (*loc.process == Which::AsIs ? tr("as-is") : tr("e-process"));
    if (!loc.step.isEmpty()) {
        if (const Step *s = process ? process->step(loc.step) : nullptr; s && !s->name.trimmed().isEmpty())
            parts << tr("step “%1”").arg(s->name.trimmed().left(60));
        else
            parts << tr("step %1").arg(loc.step);
    }
    if (!loc.flow.isEmpty())
        parts << tr("flow %1").arg(loc.flow);
    return parts.isEmpty() ? tr("workspace") : parts.join(QStringLiteral(" › "));
}

void IssuesPanel::setFindings(const QList<Finding> &findings, const Workspace *ws)
{
    m_findings = findings;
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(findings.size());
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &f = findings[i];
        auto *item = new QTreeWidgetItem({Validator::severityName(f.severity), locationText(f.location, ws), f.message, f.rule});
        const QStyle::StandardPixmap icon = f.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                            : f.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                              : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(2, f.message + u'\n' + f.path + QStringLiteral(" · ") + f.rule); // the rule id for who needs it
        items << item;
    }
    m_tree->addTopLevelItems(items);
    const int errors = Validator::count(findings, Severity::Error);
    const int warnings = Validator::count(findings, Severity::Warning);
    m_summary->setText(findings.isEmpty() ? tr("No problems found.")
                                          : tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings));
}

} // namespace tthc
