#include "evaluationpanel.h"
#include "numberbox.h"
#include "commands.h"
#include "comparisonchart.h"
#include "simulationview.h"
#include "vnformat.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

namespace tthc {

namespace {
QDoubleSpinBox *money(QWidget *parent)
{
    auto *s = new NumberBox(parent);
    s->setRange(0, 1e9);
    s->setDecimals(0);
    s->setGroupSeparatorShown(true);
    s->setKeyboardTracking(false);
    s->setSuffix(EvaluationPanel::tr(" VND/hour"));
    s->setSpecialValueText(EvaluationPanel::tr("not set (the default is used)")); // shown for 0
    return s;
}

} // namespace

EvaluationPanel::EvaluationPanel(WorkspaceModel *model, QUndoStack *undo, std::function<void(const QString &)> onError,
                                 QWidget *parent)
    : QWidget(parent), m_model(model), m_undo(undo), m_onError(std::move(onError)), m_title(new QLabel),
      m_income(money(this)), m_agency(money(this)), m_applicantType(new QComboBox), m_notes(new QLineEdit), m_sources(new QLabel),
      m_table(new QTableWidget(0, 5)), m_timeChart(new QChartView), m_costChart(new QChartView)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
    auto *page = new QWidget;
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(page);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *inputs = new QGroupBox(tr("Inputs (Thông tư 02/2017/TT-VPCP, Điều 27)"), page);
    auto *form = new QFormLayout(inputs);
    m_applicantType->setObjectName(QStringLiteral("applicantType"));
    for (ApplicantType t : {ApplicantType::Citizen, ApplicantType::Business})
        m_applicantType->addItem(ComplianceCostRules::label(t), int(t));
    m_applicantType->setToolTip(tr("Chooses the default hourly income when none is entered."));
    form->addRow(tr("&Applicants:"), m_applicantType);
    form->addRow(tr("Hourly &income of the applicant:"), m_income);
    form->addRow(tr("Hourly cost of the agency's &staff:"), m_agency);
    form->addRow(tr("&Source of the figures:"), m_notes);
    m_sources->setWordWrap(true);
    form->addRow(m_sources);
    layout->addWidget(inputs);

    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("As-is"), tr("E-process"), tr("Saving"), tr("Saving (%)")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c <= 3; ++c) // yearly costs run to twelve digits
        m_table->setColumnWidth(c, 175);
    m_table->setMinimumHeight(420);
    layout->addWidget(m_table);
    auto *charts = new QHBoxLayout;
    for (QChartView *v : {m_timeChart, m_costChart}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(260);
        charts->addWidget(v);
    }
    layout->addLayout(charts);
    m_simulation = new SimulationView(model, page);
    m_simulation->setUndoStack(undo, m_onError);
    layout->addWidget(m_simulation);
    layout->addStretch(1);

    connect(m_income, &QDoubleSpinBox::valueChanged, this, [this](double v) { edit(ProcedureField::HourlyIncome, v); });
    connect(m_agency, &QDoubleSpinBox::valueChanged, this, [this](double v) { edit(ProcedureField::AgencyHourlyCost, v); });
    connect(m_applicantType, &QComboBox::activated, this,
            [this](int i) { edit(ProcedureField::ApplicantType, m_applicantType->itemData(i).toInt()); });
    connect(m_notes, &QLineEdit::editingFinished, this, [this] { edit(ProcedureField::EvaluationNotes, m_notes->text().trimmed()); });
    for (auto signal : {&WorkspaceModel::procedureChanged, &WorkspaceModel::groupChanged})
        connect(model, signal, this, &EvaluationPanel::refresh);
    connect(model, &WorkspaceModel::processChanged, this, &EvaluationPanel::refresh);
    connect(model, &WorkspaceModel::reset, this, &EvaluationPanel::refresh);
}

void EvaluationPanel::setOwner(const std::optional<ProcessRef> &ref)
{
    m_ref = ref;
    refresh();
    m_simulation->setOwner(ref);
}

void EvaluationPanel::edit(ProcedureField field, const QVariant &value)
{
    if (m_loading || !m_ref || m_ref->owner != ProcessRef::Owner::Procedure)
        return;
    const Procedure *p = m_model->procedure(m_ref->id);
    if (!p || WorkspaceModel::fieldValue(*p, field) == value)
        return;
    m_undo->push(new SetProcedureFieldCommand(m_model, m_ref->id, field, value, m_onError));
}

void EvaluationPanel::refresh()
{
    m_loading = true;
    const Procedure *procedure = m_ref && m_ref->owner == ProcessRef::Owner::Procedure ? m_model->procedure(m_ref->id) : nullptr;
    const ProcedureGroup *group = m_ref && m_ref->owner == ProcessRef::Owner::Group ? m_model->group(m_ref->id) : nullptr;
    Reductions reductions;
    QString name;
    if (procedure) {
        m_cost = ComplianceCostRules::forProcedure(m_model->workspace(), *procedure);
        reductions = ReductionRules::forProcedure(m_model->workspace(), *procedure);
        name = procedure->name;
        m_income->setValue(procedure->evaluation.hourlyIncomeVnd);
        m_agency->setValue(procedure->evaluation.agencyHourlyCostVnd);
        m_applicantType->setCurrentIndex(m_applicantType->findData(int(ComplianceCostRules::applicantType(*procedure))));
        if (m_notes->text() != procedure->evaluation.notes)
            m_notes->setText(procedure->evaluation.notes);
    } else if (group) {
        m_cost = ComplianceCostRules::forGroup(m_model->workspace(), *group);
        reductions = ReductionRules::forGroup(m_model->workspace(), *group);
        name = group->name;
    } else {
        m_cost = {};
    }
    for (QWidget *w : {static_cast<QWidget *>(m_income), static_cast<QWidget *>(m_agency),
                       static_cast<QWidget *>(m_applicantType), static_cast<QWidget *>(m_notes)})
        w->setEnabled(procedure != nullptr);
    QStringList sources;
    if (group)
        sources << tr("A group uses the rates of each member procedure; edit them on the members.");
    if (m_cost.usedDefaultIncome)
        sources << tr("No hourly income is set: the default %1 is used. %2")
                       .arg(VnFormat::money(ComplianceCostRules::defaultHourlyIncomeVnd(m_cost.applicantType)),
                            ComplianceCostRules::defaultIncomeNote(m_cost.applicantType));
    if (m_cost.usedDefaultAgencyCost)
        sources << tr("No agency hourly cost is set: the default %1 is used. %2")
                       .arg(VnFormat::money(ComplianceCostRules::defaultAgencyHourlyCostVnd()),
                            ComplianceCostRules::defaultAgencyCostNote());
    if (const QString statutory =
            ReductionRules::statutoryComparison(reductions, [](double v) { return VnFormat::compact(v); });
        !statutory.isEmpty())
        sources.prepend(statutory);
    m_sources->setText(sources.join(QStringLiteral("\n")));
    m_title->setText(name.isEmpty() ? QString()
                                    : tr("<b>Time and cost saved</b> — %1. Every figure is computed from the charts "
                                         "and the inputs below; %2 dossiers a year.")
                                          .arg(name.toHtmlEscaped(), VnFormat::number(m_cost.annualVolume)));

    // The comparison table: per dossier, per year, and the reduction indicators.
    struct Row {
        QString label;
        double asIs, toBe;
        int decimals;
        bool money;
    };
    const CostFigures a = m_cost.asIsPerDossier, t = m_cost.toBePerDossier;
    const CostFigures ay = m_cost.asIsPerYear(), ty = m_cost.toBePerYear();
    QList<Row> rows{
        {tr("Applicant's hours per dossier"), a.applicantHours, t.applicantHours, 2, false},
        {tr("Agency's hours per dossier"), a.agencyHours, t.agencyHours, 2, false},
        {tr("Compliance cost per dossier (the applicant's time, fees, direct costs)"), a.applicantTotalVnd(),
         t.applicantTotalVnd(), 0, true},
        {tr("Agency's cost per dossier (separate, not part of the compliance cost)"), a.agencyVnd, t.agencyVnd, 0, true},
        {tr("Applicant's hours per year"), ay.applicantHours, ty.applicantHours, 0, false},
        {tr("Agency's hours per year"), ay.agencyHours, ty.agencyHours, 0, false},
        {tr("Compliance cost per year"), ay.applicantTotalVnd(), ty.applicantTotalVnd(), 0, true},
        {tr("Agency's cost per year"), ay.agencyVnd, ty.agencyVnd, 0, true},
    };
    const int costRows = int(rows.size());
    for (const Indicator &i : reductions.indicators)
        rows.append({i.label, i.asIs, i.toBe, i.decimals(), false});
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows[r];
        auto fmt = [&](double v) { return row.money ? VnFormat::money(v) : VnFormat::number(v, row.decimals); };
        // The saving of the figures as shown (a year's hours are shown whole: 3.716.218 −
        // 1.594.304 = 2.121.914, not the 2.121.915 of the unrounded hours).
        const double scale = std::pow(10.0, row.money ? 0 : row.decimals);
        const double asIs = std::round(row.asIs * scale) / scale, toBe = std::round(row.toBe * scale) / scale;
        const double saving = asIs - toBe;
        const QStringList cells{row.label, fmt(asIs), fmt(toBe), fmt(saving),
                                asIs != 0 ? VnFormat::percent(saving / asIs) : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c >= 3 && saving > 0)
                item->setForeground(QColor(0x2e7d32));
            if (c == 0 && r < costRows)
                item->setToolTip(ComplianceCostRules::definition());
            else if (c == 0)
                item->setToolTip(ReductionRules::definition(reductions.indicators[r - costRows].key));
            m_table->setItem(r, c, item);
        }
    }
    // Charts: time and counts; cost in thousands of VND.
    QStringList labels;
    QList<double> asIs, toBe;
    labels << tr("Applicant h") << tr("Agency h");
    asIs << a.applicantHours << a.agencyHours;
    toBe << t.applicantHours << t.agencyHours;
    for (const Indicator &i : reductions.indicators) {
        labels << i.label;
        asIs << i.asIs;
        toBe << i.toBe;
    }
    ComparisonChart::show(m_timeChart, ComparisonChart::make(tr("Time, visits, documents, steps, days (per dossier)"), labels, asIs, toBe));
    ComparisonChart::show(m_costChart, ComparisonChart::make(tr("Cost per dossier (thousand VND)"),
                                          {tr("Compliance cost"), tr("Agency")},
                                          {a.applicantTotalVnd() / 1000, a.agencyVnd / 1000},
                                          {t.applicantTotalVnd() / 1000, t.agencyVnd / 1000}));
    m_loading = false;
}

} // namespace tthc
