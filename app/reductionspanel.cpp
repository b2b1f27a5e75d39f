#include "reductionspanel.h"
#include "comparisonchart.h"
#include "vnformat.h"

#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tthc {

ReductionsPanel::ReductionsPanel(WorkspaceModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new QLabel), m_table(new QTableWidget(0, 5)), m_chartView(new QChartView)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("As-is"), tr("E-process"), tr("Change"), tr("Change (%)")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setMaximumHeight(190);
    layout->addWidget(m_table);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    layout->addWidget(m_chartView, 1);
    for (auto signal : {&WorkspaceModel::procedureChanged, &WorkspaceModel::groupChanged})
        connect(model, signal, this, &ReductionsPanel::refresh);
    connect(model, &WorkspaceModel::processChanged, this, &ReductionsPanel::refresh);
    connect(model, &WorkspaceModel::reset, this, &ReductionsPanel::refresh);
}

void ReductionsPanel::setOwner(const std::optional<ProcessRef> &ref)
{
    m_ref = ref;
    refresh();
}

void ReductionsPanel::refresh()
{
    m_reductions = {};
    QString name;
    if (m_ref && m_ref->owner == ProcessRef::Owner::Procedure) {
        if (const Procedure *p = m_model->procedure(m_ref->id)) {
            m_reductions = ReductionRules::forProcedure(m_model->workspace(), *p);
            name = p->name;
        }
    } else if (m_ref) {
        if (const ProcedureGroup *g = m_model->group(m_ref->id)) {
            m_reductions = ReductionRules::forGroup(m_model->workspace(), *g);
            name = g->name;
        }
    }
    m_title->setText(name.isEmpty() ? QString()
                                    : tr("<b>Reduction indicators</b> — %1. The three goals of the plan: fewer visits and "
                                         "contacts, fewer documents to submit, fewer manual steps. Hover over an "
                                         "indicator for its definition. %2")
                                          .arg(name.toHtmlEscaped(),
                                               ReductionRules::statutoryComparison(m_reductions, [](double v) {
                                                   return VnFormat::compact(v);
                                               }).toHtmlEscaped()));
    m_table->setRowCount(int(m_reductions.indicators.size()));
    QList<double> asIs, toBe;
    QStringList categories;
    for (int r = 0; r < m_reductions.indicators.size(); ++r) {
        const Indicator &i = m_reductions.indicators[r];
        const int decimals = i.decimals();
        const std::optional<double> pct = i.percent();
        const QStringList cells{i.label, VnFormat::number(i.asIs, decimals), VnFormat::number(i.toBe, decimals),
                                (i.change() > 0 ? QStringLiteral("+") : QString()) + VnFormat::number(i.change(), decimals),
                                pct ? (*pct > 0 ? QStringLiteral("+") : QString()) + VnFormat::number(*pct, 1) + QStringLiteral(" %")
                                    : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(ReductionRules::definition(i.key));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c >= 3 && i.change() < 0)
                item->setForeground(QColor(0x2e7d32));
            m_table->setItem(r, c, item);
        }
        asIs << i.asIs;
        toBe << i.toBe;
        categories << i.label;
    }
    ComparisonChart::show(m_chartView, ComparisonChart::make({}, categories, asIs, toBe, Qt::Horizontal));
}

} // namespace tthc
