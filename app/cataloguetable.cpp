#include "cataloguetable.h"
#include "numberbox.h"
#include "eligibility.h"
#include "labels.h"
#include "vnformat.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace tthc {

CatalogueTableModel::CatalogueTableModel(WorkspaceModel *model, QObject *parent)
    : QAbstractTableModel(parent), m_model(model)
{
    QSettings settings;
    m_thresholds.minAnnualVolume = settings.value(QStringLiteral("priority/minAnnualVolume"), m_thresholds.minAnnualVolume).toDouble();
    m_thresholds.minComplaintsPerYear =
        settings.value(QStringLiteral("priority/minComplaintsPerYear"), m_thresholds.minComplaintsPerYear).toDouble();
    for (auto signal : {&WorkspaceModel::procedureAdded, &WorkspaceModel::procedureRemoved, &WorkspaceModel::procedureChanged})
        connect(model, signal, this, &CatalogueTableModel::refresh);
    connect(model, &WorkspaceModel::reset, this, &CatalogueTableModel::refresh);
}

void CatalogueTableModel::refresh()
{
    beginResetModel();
    endResetModel();
}

void CatalogueTableModel::setThresholds(const PriorityThresholds &t)
{
    if (t == m_thresholds)
        return;
    m_thresholds = t;
    QSettings settings;
    settings.setValue(QStringLiteral("priority/minAnnualVolume"), t.minAnnualVolume);
    settings.setValue(QStringLiteral("priority/minComplaintsPerYear"), t.minComplaintsPerYear);
    emit dataChanged(index(0, PriorityColumn), index(rowCount() - 1, PriorityColumn));
}

QString CatalogueTableModel::codeAt(int row) const
{
    const auto &ps = m_model->workspace().procedures;
    return row >= 0 && row < ps.size() ? ps[row].code : QString();
}

int CatalogueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_model->workspace().procedures.size());
}

int CatalogueTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CatalogueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Procedure");
    case Agency: return tr("Agency");
    case Field: return tr("Field");
    case Volume: return tr("Dossiers/year");
    case Complaints: return tr("Complaints/year");
    case Online: return tr("Online level");
    case Recommended: return tr("Recommended level");
    case Review: return tr("Review");
    case PriorityColumn: return tr("Priority");
    }
    return {};
}

QVariant CatalogueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Procedure &p = m_model->workspace().procedures[index.row()];
    if (role == SearchRole)
        return foldForSearch(p.code + u' ' + p.name + u' ' + p.agency + u' ' + p.field);
    if (role == OnlineRole)
        return int(p.onlineLevel);
    const PriorityResult priority = index.column() == PriorityColumn || role == PriorityRole
                                        ? PriorityRules::evaluate(p, m_thresholds)
                                        : PriorityResult{};
    if (role == PriorityRole)
        return priority.priority;
    switch (index.column()) {
    case Code: return role == Qt::DisplayRole || role == SortRole ? QVariant(p.code) : QVariant();
    case Name: return role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole ? QVariant(p.name) : QVariant();
    case Agency: return role == Qt::DisplayRole || role == SortRole ? QVariant(p.agency) : QVariant();
    case Field: return role == Qt::DisplayRole || role == SortRole ? QVariant(p.field) : QVariant();
    case Volume:
    case Complaints: {
        const double v = index.column() == Volume ? p.annualVolume : p.complaintsPerYear;
        if (role == Qt::DisplayRole)
            return VnFormat::number(v);
        if (role == SortRole)
            return v;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case Online:
        if (role == Qt::DisplayRole)
            return Labels::of(p.onlineLevel);
        if (role == SortRole)
            return int(p.onlineLevel);
        return {};
    case Recommended: {
        const EligibilityResult e = EligibilityRules::evaluate(p);
        if (role == Qt::DisplayRole)
            return Labels::of(e.recommended);
        if (role == SortRole)
            return int(e.recommended);
        if (role == Qt::ToolTipRole)
            return e.blockingText.isEmpty() ? tr("All conditions for fully online provision are met.")
                                            : tr("Blocking fully online provision:\n%1").arg(e.blockingText.join(u'\n'));
        return {};
    }
    case Review:
        if (role == Qt::DisplayRole)
            return Labels::of(p.review.state);
        if (role == SortRole)
            return int(p.review.state);
        return {};
    case PriorityColumn:
        if (role == Qt::DisplayRole)
            return priority.priority ? tr("Priority") : QString();
        if (role == SortRole)
            return int(priority.priority) * 10 + int(priority.reasons.size());
        if (role == Qt::ToolTipRole)
            return priority.reasons.isEmpty() ? tr("None of the plan's priority criteria holds.") : priority.reasons.join(u'\n');
        if (role == Qt::ForegroundRole && priority.priority)
            return QColor(0xb71c1c);
        return {};
    }
    return {};
}

void CatalogueTableFilter::setFilters(const QString &query, bool priorityOnly, int onlineLevel, const QString &agency)
{
    m_words = foldForSearch(query).split(u' ', Qt::SkipEmptyParts);
    m_priorityOnly = priorityOnly;
    m_online = onlineLevel;
    m_agency = agency;
    invalidateFilter();
}

bool CatalogueTableFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (m_priorityOnly && !i.data(CatalogueTableModel::PriorityRole).toBool())
        return false;
    if (m_online >= 0 && i.data(CatalogueTableModel::OnlineRole).toInt() != m_online)
        return false;
    if (!m_agency.isEmpty() && sourceModel()->index(row, CatalogueTableModel::Agency, parent).data().toString() != m_agency)
        return false;
    const QString text = i.data(CatalogueTableModel::SearchRole).toString();
    for (const QString &w : m_words)
        if (!text.contains(w))
            return false;
    return true;
}

CatalogueTable::CatalogueTable(WorkspaceModel *model, QWidget *parent)
    : QWidget(parent), m_model(new CatalogueTableModel(model, this)), m_filter(new CatalogueTableFilter(this)),
      m_table(new QTableView), m_search(new QLineEdit), m_priorityOnly(new QCheckBox(tr("Priority only"))),
      m_online(new QComboBox), m_agency(new QComboBox), m_minVolume(new NumberBox), m_minComplaints(new NumberBox),
      m_count(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *title = new QLabel(tr("<b>Catalogue of procedures</b> — step 1 of the plan: choose the priority procedures and "
                                "check whether each can be provided fully online. Double-click a row to open it."));
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *filters = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search code, name, agency or field"));
    m_search->setClearButtonEnabled(true);
    m_online->addItem(tr("Any online level"), -1);
    for (int i = 0; i < enumCount<OnlineLevel>(); ++i)
        m_online->addItem(Labels::of(OnlineLevel(i)), i);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_agency, 1);
    filters->addWidget(m_online);
    filters->addWidget(m_priorityOnly);
    layout->addLayout(filters);
    auto *thresholds = new QHBoxLayout;
    m_minVolume->setRange(0, 1e9);
    m_minVolume->setDecimals(0);
    m_minVolume->setGroupSeparatorShown(true);
    m_minVolume->setValue(m_model->thresholds().minAnnualVolume);
    m_minComplaints->setRange(0, 1e6);
    m_minComplaints->setDecimals(0);
    m_minComplaints->setValue(m_model->thresholds().minComplaintsPerYear);
    // The sentence wraps in a narrow window rather than widening the whole central area (it
    // made the window's middle 1,040 px at least, squeezing the docks at 1366 × 768).
    const auto words = [](const QString &text) {
        auto *l = new QLabel(text);
        l->setWordWrap(true);
        return l;
    };
    thresholds->addWidget(words(tr("Priority when at least")));
    thresholds->addWidget(m_minVolume);
    thresholds->addWidget(words(tr("dossiers a year, or")));
    thresholds->addWidget(m_minComplaints);
    thresholds->addWidget(words(tr("complaints a year, or frequent, or needed for investment.")), 3);
    thresholds->addWidget(m_count);
    m_count->setWordWrap(true);
    layout->addLayout(thresholds);
    layout->addWidget(m_table, 1);

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(CatalogueTableModel::SortRole);
    m_filter->setSortLocaleAware(true);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CatalogueTableModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    // The name is what a user reads: wide by default (it was stretched into what the other
    // columns left, ~50 px at 1366 × 768), the last column takes the rest; widths are remembered.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CatalogueTableModel::Code, 90);
    m_table->setColumnWidth(CatalogueTableModel::Name, 340);
    m_table->setColumnWidth(CatalogueTableModel::Agency, 180);
    m_table->horizontalHeader()->restoreState(QSettings().value(QStringLiteral("catalogueTable/header")).toByteArray());
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        QSettings().setValue(QStringLiteral("catalogueTable/header"), m_table->horizontalHeader()->saveState());
    });

    auto apply = [this] { applyFilters(); };
    connect(m_search, &QLineEdit::textChanged, this, apply);
    connect(m_priorityOnly, &QCheckBox::toggled, this, apply);
    connect(m_online, &QComboBox::currentIndexChanged, this, apply);
    connect(m_agency, &QComboBox::currentIndexChanged, this, apply);
    auto thresholdsChanged = [this] {
        m_model->setThresholds({m_minVolume->value(), m_minComplaints->value()});
        applyFilters();
    };
    connect(m_minVolume, &QDoubleSpinBox::valueChanged, this, thresholdsChanged);
    connect(m_minComplaints, &QDoubleSpinBox::valueChanged, this, thresholdsChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit procedureActivated(m_model->codeAt(m_filter->mapToSource(index).row()));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshAgencies();
        applyFilters();
    });
    refreshAgencies();
    applyFilters();
}

void CatalogueTable::refreshAgencies()
{
    const QString current = m_agency->currentData().toString();
    QStringList agencies;
    for (int r = 0; r < m_model->rowCount(); ++r)
        agencies << m_model->index(r, CatalogueTableModel::Agency).data().toString();
    agencies.removeDuplicates();
    agencies.removeAll(QString());
    std::sort(agencies.begin(), agencies.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    const QSignalBlocker block(m_agency);
    m_agency->clear();
    m_agency->addItem(tr("All agencies"), QString());
    for (const QString &a : std::as_const(agencies))
        m_agency->addItem(a, a);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(current)));
}

void CatalogueTable::applyFilters()
{
    m_filter->setFilters(m_search->text(), m_priorityOnly->isChecked(), m_online->currentData().toInt(),
                         m_agency->currentData().toString());
    m_count->setText(tr("%1 of %2 procedures").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

QStringList CatalogueTable::selectedCodes() const
{
    QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList codes;
    for (const QModelIndex &i : std::as_const(rows)) {
        const QString code = m_model->codeAt(m_filter->mapToSource(i).row());
        if (!code.isEmpty() && !codes.contains(code))
            codes << code;
    }
    return codes;
}

} // namespace tthc
