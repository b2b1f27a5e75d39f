#include "simulationview.h"
#include "comparisonchart.h"
#include "vnformat.h"
#include "diagramcommands.h"
#include "simulationparams.h"

#include <QChart>
#include <QChartView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

namespace tthc {

namespace {
QString days(const SimulationResult &r, const Estimate &e)
{
    if (!std::isfinite(e.mean))
        return QStringLiteral("—");
    QString s = VnFormat::number(r.days(e.mean), 1);
    if (e.hasInterval())
        s += QStringLiteral(" ± ") + VnFormat::number(r.days(e.halfWidth), 1);
    return s;
}

QString share(const Estimate &e)
{
    if (!std::isfinite(e.mean))
        return QStringLiteral("—");
    QString s = VnFormat::percent(e.mean);
    if (e.hasInterval())
        s += QStringLiteral(" ± ") + VnFormat::percent(e.halfWidth);
    return s;
}
// What a simulation result depends on: the input without the charts' geometry (a chart laid
// out in the background, or a step moved, changes no figure).
std::optional<SimulationInput> withoutGeometry(const Result<SimulationInput> &input)
{
    if (!input)
        return std::nullopt;
    SimulationInput in = input.value();
    for (Process *p : {&in.asIs, &in.toBe})
        p->layout = {};
    for (QHash<QString, Process> *members : {&in.membersAsIs, &in.membersToBe})
        for (Process &p : *members)
            p.layout = {};
    return in;
}

bool sameInput(const SimulationInput &a, const SimulationInput &b)
{
    return a.id == b.id && a.annualVolume == b.annualVolume && a.statutoryDaysAsIs == b.statutoryDaysAsIs
           && a.statutoryDaysToBe == b.statutoryDaysToBe && a.asIs == b.asIs && a.toBe == b.toBe
           && a.membersAsIs == b.membersAsIs && a.membersToBe == b.membersToBe;
}

} // namespace

SimulationView::SimulationView(WorkspaceModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_runner(new SimulationRunner(this)), m_cases(new QSpinBox), m_seed(new QSpinBox),
      m_replications(new QSpinBox), m_run(new QPushButton(tr("Simulate a year"))), m_stop(new QPushButton(tr("Cancel"))),
      m_progress(new QProgressBar), m_status(new QLabel), m_sizing(new QLabel), m_table(new QTableWidget(0, 3)), m_lanes(new QTableWidget(0, 4)),
      m_histogram(new QChartView)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Simulation of a year (discrete events)"), this);
    auto *bl = new QVBoxLayout(box);
    auto *controls = new QHBoxLayout;
    m_cases->setRange(1, 10'000'000);
    m_cases->setGroupSeparatorShown(true);
    m_seed->setRange(1, 1'000'000'000);
    m_seed->setValue(1);
    m_replications->setRange(1, 100);
    m_replications->setValue(5);
    controls->addWidget(new QLabel(tr("Dossiers:")));
    controls->addWidget(m_cases);
    controls->addWidget(new QLabel(tr("Seed:")));
    controls->addWidget(m_seed);
    controls->addWidget(new QLabel(tr("Replications:")));
    controls->addWidget(m_replications);
    controls->addWidget(m_run);
    controls->addWidget(m_stop);
    controls->addWidget(m_progress, 1);
    bl->addLayout(controls);
    m_status->setObjectName(QStringLiteral("simulationStatus"));
    m_status->setWordWrap(true);
    m_status->setToolTip(Simulator::definition());
    bl->addWidget(m_status);
    m_table->setHorizontalHeaderLabels({tr("Result (working days; ± 95 % interval)"), tr("As-is"), tr("E-process")});
    m_lanes->setHorizontalHeaderLabels({tr("Lane"), tr("Process"), tr("Staff"), tr("Utilisation")});
    for (QTableWidget *t : {m_table, m_lanes}) {
        t->verticalHeader()->setVisible(false);
        t->setEditTriggers(t == m_lanes ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                | QAbstractItemView::AnyKeyPressed
                                        : QAbstractItemView::NoEditTriggers);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        t->setMinimumHeight(200);
    }
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_table, 3);
    tables->addWidget(m_lanes, 2);
    bl->addLayout(tables);
    m_sizing->setObjectName(QStringLiteral("sizingRule"));
    m_sizing->setWordWrap(true);
    m_sizing->setText(tr("Staff: a lane's own “staff” when set (edit it in the table: a whole number, 0 = unlimited); "
                         "the applicant's and the systems' lanes have no limit; any other lane is sized to its load "
                         "at %1 % utilisation — people = ⌈(dossiers per working hour × the lane's hours per dossier) "
                         "÷ %2⌉, marked “(sized)”.")
                          .arg(VnFormat::number(SimulationOptions{}.targetUtilisation * 100), VnFormat::number(SimulationOptions{}.targetUtilisation, 2)));
    bl->addWidget(m_sizing);
    m_histogram->setMinimumHeight(260);
    m_histogram->setRenderHint(QPainter::Antialiasing);
    bl->addWidget(m_histogram);
    layout->addWidget(box);
    setBusy(false);

    connect(m_run, &QPushButton::clicked, this, &SimulationView::run);
    connect(m_stop, &QPushButton::clicked, this, &SimulationView::cancel);
    connect(m_runner, &SimulationRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &SimulationRunner::finished, this, [this](const SimulationResult &r) {
        setBusy(false);
        m_result = r;
        m_stale = false;
        m_run->setText(tr("Simulate a year"));
        show(r);
        if (std::exchange(m_staleOnFinish, false))
            ownerEdited();
        emit done();
    });
    connect(m_lanes, &QTableWidget::itemChanged, this, &SimulationView::staffEdited);
    connect(model, &WorkspaceModel::processChanged, this, [this](const ProcessRef &ref) {
        if (m_ref && ((ref.owner == m_ref->owner && ref.id == m_ref->id)
                      || (ref.owner == ProcessRef::Owner::Procedure && m_model->concerns(*m_ref, ref.id))))
            ownerEdited();
    });
    connect(model, &WorkspaceModel::procedureChanged, this, [this](const QString &code) {
        if (m_ref && m_model->concerns(*m_ref, code))
            ownerEdited();
    });
    connect(m_runner, &SimulationRunner::failed, this, [this](const QString &e) {
        setBusy(false);
        m_status->setText(e);
        emit done();
    });
    connect(m_runner, &SimulationRunner::cancelled, this, [this] {
        setBusy(false);
        m_status->setText(tr("The simulation was cancelled."));
        emit done();
    });
}

void SimulationView::setUndoStack(QUndoStack *undo, std::function<void(const QString &)> onError)
{
    m_undo = undo;
    m_onError = std::move(onError);
}

void SimulationView::ownerEdited()
{
    if (m_input && m_ref) // the result stands while what it was computed from is unchanged
        if (const auto now = withoutGeometry(SimulationInput::fromWorkspace(m_model->workspace(), m_ref->id));
            now && sameInput(*now, *m_input))
            return;
    if (m_runner->isRunning()) { // the run started from the old figures: stale when it ends
        m_staleOnFinish = true;
        return;
    }
    if (!m_result) {
        setOwner(m_ref); // nothing shown yet: the dossiers follow the annual volume
        return;
    }
    if (m_stale)
        return;
    m_stale = true;
    m_run->setText(tr("Recalculate"));
    m_status->setText(tr("These results are stale: the charts or the figures changed after the simulation. Press "
                         "“Recalculate” to simulate again."));
    m_filling = true; // greying an item is a change of it, not an edit of the staff
    for (QTableWidget *t : {m_table, m_lanes})
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                if (QTableWidgetItem *item = t->item(r, c))
                    item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    m_filling = false;
}

void SimulationView::staffEdited(QTableWidgetItem *item)
{
    if (m_filling || !item || item->column() != 2 || !m_ref || !m_undo)
        return;
    const QString laneKey = item->data(Qt::UserRole).toString();
    const Which which = Which(item->data(Qt::UserRole + 1).toInt());
    // A member's lane of a group is "code/lane"; a procedure's is its own id.
    ProcessRef ref = *m_ref;
    QString laneId = laneKey;
    if (const qsizetype slash = laneKey.indexOf(u'/'); slash > 0) {
        ref = ProcessRef::procedure(laneKey.left(slash), which);
        laneId = laneKey.mid(slash + 1);
    }
    ref.which = which;
    const Process *p = m_model->process(ref);
    const Lane *lane = p ? p->lane(laneId) : nullptr;
    bool ok = false;
    const QString text = item->text().trimmed();
    const int staff = text.toInt(&ok);
    if (!lane || !ok || staff < 0 || staff > 1'000'000) {
        if (m_onError)
            m_onError(tr("Staff of “%1”: enter a whole number of people (0 = unlimited), not “%2”.")
                          .arg(lane ? lane->name : laneKey, text));
        if (m_result)
            show(*m_result);
        return;
    }
    Lane after = *lane;
    SimulationParams::setStaff(after, staff);
    if (after == *lane)
        return;
    m_undo->push(new EditLaneCommand(m_model, ref, *lane, after));
}

void SimulationView::setOwner(const std::optional<ProcessRef> &ref)
{
    if (m_runner->isRunning())
        m_runner->cancel();
    m_ref = ref;
    m_result.reset();
    m_input.reset();
    m_stale = m_staleOnFinish = false;
    m_run->setText(tr("Simulate a year"));
    m_table->setRowCount(0);
    m_lanes->setRowCount(0);
    ComparisonChart::show(m_histogram, new QChart);
    double volume = 0;
    if (ref && ref->owner == ProcessRef::Owner::Procedure) {
        if (const Procedure *p = m_model->procedure(ref->id))
            volume = p->annualVolume;
    } else if (ref) {
        if (const auto input = SimulationInput::forGroup(m_model->workspace(), ref->id))
            volume = input.value().annualVolume;
    }
    // A year of dossiers, capped so that a run takes seconds, not minutes.
    m_cases->setValue(int(std::clamp(volume, 100.0, 200'000.0)));
    m_status->setText(tr("Press “Simulate a year” to run the as-is chart and the e-process with these dossiers."));
    setBusy(false);
}

bool SimulationView::isRunning() const { return m_runner->isRunning(); }

void SimulationView::setBusy(bool busy)
{
    m_run->setEnabled(!busy && m_ref.has_value());
    m_stop->setEnabled(busy);
    m_progress->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_cases), static_cast<QWidget *>(m_seed), static_cast<QWidget *>(m_replications)})
        w->setEnabled(!busy);
}

void SimulationView::run()
{
    if (!m_ref || m_runner->isRunning())
        return;
    auto input = SimulationInput::fromWorkspace(m_model->workspace(), m_ref->id);
    if (!input) {
        m_status->setText(input.error());
        return;
    }
    SimulationOptions options;
    options.cases = m_cases->value();
    options.seed = quint64(m_seed->value());
    options.replications = m_replications->value();
    m_progress->setValue(0);
    m_input = withoutGeometry(input);
    if (m_runner->start(input.value(), options)) {
        setBusy(true);
        m_status->setText(tr("Simulating %1 dossiers × %2 replications…").arg(VnFormat::number(options.cases)).arg(options.replications));
    }
}

void SimulationView::cancel() { m_runner->cancel(); }

void SimulationView::show(const SimulationResult &r)
{
    m_status->setText(tr("%1 dossiers × %2 replications, seed %3: %4 events in %5 s.")
                          .arg(VnFormat::number(double(r.cases)))
                          .arg(r.replications)
                          .arg(r.seed)
                          .arg(VnFormat::number(double(r.events)))
                          .arg(VnFormat::number(r.seconds, 2)));
    struct Row {
        QString label;
        std::function<QString(const ScenarioResult &)> value;
    };
    const QList<Row> rows{
        {tr("Mean cycle time"), [&](const ScenarioResult &s) { return days(r, s.meanHours); }},
        {tr("Median (p50)"), [&](const ScenarioResult &s) { return days(r, s.p50Hours); }},
        {tr("p90"), [&](const ScenarioResult &s) { return days(r, s.p90Hours); }},
        {tr("p95"), [&](const ScenarioResult &s) { return days(r, s.p95Hours); }},
        {tr("Share of waiting"), [&](const ScenarioResult &s) { return share(s.waitingShare); }},
        {tr("Finished within the time limit"), [&](const ScenarioResult &s) { return share(s.onTimeShare); }},
        {tr("Dossiers finished / stuck"),
         [&](const ScenarioResult &s) { return QStringLiteral("%1 / %2").arg(VnFormat::number(double(s.finished)), VnFormat::number(double(s.stuck))); }},
    };
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].label));
        for (int c = 0; c < 2; ++c) {
            const ScenarioResult &s = c == 0 ? r.asIs : r.toBe;
            auto *item = new QTableWidgetItem(s.present ? rows[i].value(s) : tr("no chart"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c + 1, item);
        }
    }
    QList<std::pair<QString, const LaneSummary *>> lanes;
    for (const LaneSummary &l : r.asIs.lanes)
        lanes.append({tr("As-is"), &l});
    for (const LaneSummary &l : r.toBe.lanes)
        lanes.append({tr("E-process"), &l});
    m_filling = true;
    m_lanes->setRowCount(int(lanes.size()));
    for (int i = 0; i < lanes.size(); ++i) {
        const LaneSummary &l = *lanes[i].second;
        const QStringList cells{l.name, lanes[i].first,
                                l.staff == 0 ? tr("unlimited") : QString::number(l.staff) + (l.staffDefaulted ? tr(" (sized)") : QString()),
                                share(l.utilisation)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setFlags(c == 2 ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable);
            if (c == 2) {
                item->setData(Qt::UserRole, l.id);
                item->setData(Qt::UserRole + 1, int(i < r.asIs.lanes.size() ? Which::AsIs : Which::ToBe));
                item->setToolTip(tr("Double-click to set the number of people of this lane (0 = unlimited)."));
            }
            m_lanes->setItem(i, c, item);
        }
    }
    m_filling = false;
    // Histogram of cycle times (working days): both charts on the same bins, so the bars line up.
    const QList<double> none;
    const QList<double> &a = r.asIs.replications.isEmpty() ? none : r.asIs.replications.first().cycleHours;
    const QList<double> &t = r.toBe.replications.isEmpty() ? none : r.toBe.replications.first().cycleHours;
    double top = 0;
    for (const QList<double> *sample : {&a, &t})
        for (double h : *sample)
            top = std::max(top, h);
    QStringList categories;
    QList<double> ca, ct;
    if (top > 0) {
        const int bins = 24;
        const double width = top / bins;
        ca.fill(0, bins);
        ct.fill(0, bins);
        for (double h : a)
            ca[std::min(bins - 1, int(h / width))] += 1;
        for (double h : t)
            ct[std::min(bins - 1, int(h / width))] += 1;
        for (int i = 0; i < bins; ++i)
            categories << VnFormat::number(r.days((i + 0.5) * width), 1);
    }
    ComparisonChart::show(m_histogram, ComparisonChart::make(tr("Cycle time of the dossiers (working days), first replication"),
                                                             categories, ca, ct));
}

} // namespace tthc
