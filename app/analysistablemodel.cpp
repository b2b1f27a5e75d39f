#include "analysistablemodel.h"
#include "flowgraph.h"
#include "commands.h"
#include "labels.h"
#include "stepdecision.h"
#include "vnformat.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QStyle>
#include <QUndoStack>

namespace tthc {

AnalysisTableModel::AnalysisTableModel(WorkspaceModel *model, QUndoStack *undo,
                                       std::function<void(const QString &)> onError, QObject *parent)
    : QAbstractTableModel(parent), m_model(model), m_undo(undo), m_onError(std::move(onError))
{
    // Any change of what the table shows: names and order of steps, the rows themselves.
    connect(model, &WorkspaceModel::reset, this, &AnalysisTableModel::rebuild);
    connect(model, &WorkspaceModel::systemsChanged, this, &AnalysisTableModel::rebuild);
    // The shown procedure (or a member of the shown group) — also while it has no rows yet: a
    // new procedure's first steps must appear as they are drawn.
    const auto shows = [this](const QString &code) { return m_ref && m_model->concerns(*m_ref, code); };
    connect(model, &WorkspaceModel::procedureChanged, this, [this, shows](const QString &code) {
        if (shows(code))
            rebuild();
    });
    connect(model, &WorkspaceModel::groupChanged, this, [this](const QString &id) {
        if (m_ref && m_ref->owner == ProcessRef::Owner::Group && m_ref->id == id)
            rebuild();
    });
    connect(model, &WorkspaceModel::processChanged, this, [this, shows](const ProcessRef &ref) {
        if (ref.which == Which::AsIs && ref.owner == ProcessRef::Owner::Procedure && shows(ref.id))
            rebuild();
    });
}

void AnalysisTableModel::setOwner(const std::optional<ProcessRef> &ref)
{
    m_ref = ref;
    rebuild();
}

void AnalysisTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    auto addSteps = [this](const Procedure &p, ProcessRef::Owner owner) {
        for (int i : FlowGraph::flowOrder(p.asIs)) {
            const Step &s = p.asIs.steps[i];
            if (s.kind == StepKind::Start || s.kind == StepKind::End)
                continue;
            m_rows.append({false, owner, p.code, s.id, s.name});
        }
    };
    if (m_ref && m_ref->owner == ProcessRef::Owner::Procedure) {
        if (const Procedure *p = m_model->procedure(m_ref->id))
            addSteps(*p, ProcessRef::Owner::Procedure);
    } else if (m_ref) {
        if (const ProcedureGroup *g = m_model->group(m_ref->id))
            for (int k = 0; k < g->members.size(); ++k) {
                const Procedure *p = m_model->procedure(g->members[k]);
                m_rows.append({true, ProcessRef::Owner::Procedure, g->members[k], {},
                               tr("Procedure %1: %2").arg(k + 1).arg(p ? p->name : g->members[k])});
                if (p)
                    addSteps(*p, ProcessRef::Owner::Procedure);
            }
    }
    endResetModel();
}

const Step *AnalysisTableModel::step(const Row &row) const
{
    const Process *p = m_model->process({row.owner, row.ownerId, Which::AsIs});
    return p ? p->step(row.stepId) : nullptr;
}

std::optional<StepAnalysis> AnalysisTableModel::analysis(const Row &row) const
{
    if (const QList<StepAnalysis> *rows = WorkspaceModel::analysisOf(m_model->workspace(), row.owner, row.ownerId))
        for (const StepAnalysis &a : *rows)
            if (a.step == row.stepId)
                return a;
    return std::nullopt;
}

int AnalysisTableModel::unanalysedCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        if (!r.section && !analysis(r)) {
            const Step *s = step(r);
            n += s && s->kind == StepKind::Task;
        }
    return n;
}

int AnalysisTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int AnalysisTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AnalysisTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn: return tr("Step");
    case DataSharing: return tr("(1) Data connection, sharing\nand digitisation");
    case Interconnection: return tr("(2) Electronic\ninterconnection");
    case Efficiency: return tr("(3) System\nefficiency");
    case Performance: return tr("(4) System\nperformance");
    case Systems: return tr("Linked systems");
    case Reuse: return tr("Documents reused\ninstead of submitted");
    case ActionColumn: return tr("Proposed action");
    case DecisionColumn: return tr("Decision for the e-process");
    }
    return {};
}

Qt::ItemFlags AnalysisTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || m_rows[index.row()].section)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != StepColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AnalysisTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &row = m_rows[index.row()];
    if (row.section) {
        if (index.column() == StepColumn && role == Qt::DisplayRole)
            return row.title;
        if (role == Qt::BackgroundRole)
            return QColor(0xe3eaf2);
        if (role == Qt::FontRole) {
            QFont f = QApplication::font();
            f.setBold(true);
            return f;
        }
        if (role == SectionRole)
            return true;
        return {};
    }
    const Step *s = step(row);
    const std::optional<StepAnalysis> a = analysis(row);
    const bool flagged = !a && s && s->kind == StepKind::Task;
    if (role == UnanalysedRole)
        return flagged;
    if (role == Qt::BackgroundRole && flagged)
        return QColor(0xfff3e0);
    if (index.column() == StepColumn) {
        if (role == Qt::DisplayRole)
            return s ? s->name : row.stepId;
        if (role == Qt::DecorationRole && flagged)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return flagged ? tr("Step %1 has not been analysed yet.").arg(row.stepId) : row.stepId;
        return {};
    }
    const StepAnalysis v = a.value_or(StepAnalysis{row.stepId, {}, {}, {}, {}, {}, {}, Action::Keep, {}});
    auto names = [&](const QStringList &ids, bool documents) {
        QStringList out;
        for (const QString &id : ids) {
            QString name = id;
            if (documents) {
                if (const Procedure *p = m_model->procedure(row.ownerId))
                    if (const Document *d = p->document(id))
                        name = d->name;
            } else if (const System *sys = m_model->workspace().system(id)) {
                name = sys->name;
            }
            out << name;
        }
        return out;
    };
    switch (index.column()) {
    case DataSharing:
    case Interconnection:
    case Efficiency:
    case Performance: {
        const QString &text = index.column() == DataSharing       ? v.dataSharing
                              : index.column() == Interconnection ? v.interconnection
                              : index.column() == Efficiency      ? v.efficiency
                                                                  : v.performance;
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return text;
        return {};
    }
    case Systems:
    case Reuse: {
        const bool documents = index.column() == Reuse;
        const QStringList &ids = documents ? v.reuseDocuments : v.systems;
        if (role == Qt::DisplayRole)
            return names(ids, documents).join(u'\n');
        if (role == IdsRole || role == Qt::EditRole)
            return ids;
        if (role == ChoicesRole) {
            QVariantList choices;
            if (documents) {
                if (const Procedure *p = m_model->procedure(row.ownerId))
                    for (const Document &d : p->documents)
                        choices << QVariant(QStringList{d.id, d.name});
            } else {
                for (const System &sys : m_model->workspace().systems)
                    choices << QVariant(QStringList{sys.id, QStringLiteral("%1 (%2)").arg(sys.name, Labels::of(sys.readiness))});
            }
            return choices;
        }
        return {};
    }
    case ActionColumn:
        if (role == Qt::DisplayRole)
            return a ? Labels::of(v.action) : QString();
        if (role == Qt::EditRole)
            return int(v.action);
        return {};
    case DecisionColumn: {
        const Decision d = StepRules::decision(v);
        if (role == Qt::DisplayRole)
            return summary(d, row);
        if (role == Qt::EditRole)
            return toMap(d);
        if (role == Qt::ToolTipRole) {
            const QStringList problems = StepRules::decisionProblems(v);
            return problems.isEmpty() ? tr("Double-click to say how the step goes into the e-process (Help ▸ "
                                           "Derivation rules); empty fields follow the rules.")
                                      : problems.join(u'\n');
        }
        if (role == ChoicesRole) {
            QVariantList systems, steps;
            for (const System &sys : m_model->workspace().systems)
                systems << QVariant(QStringList{sys.id, sys.name});
            if (const Procedure *p = m_model->procedure(row.ownerId))
                for (const Step &other : p->asIs.steps)
                    if (other.id != row.stepId && (other.kind == StepKind::Task || other.kind == StepKind::Procedure))
                        steps << QVariant(QStringList{other.id, other.name});
            return QVariantMap{{QStringLiteral("systems"), systems}, {QStringLiteral("steps"), steps},
                               {QStringLiteral("action"), int(v.action)}};
        }
        return {};
    }
    }
    return {};
}

// The structured decision as the editor takes it: absent fields are left out of the map.
QVariantMap AnalysisTableModel::toMap(const Decision &d)
{
    QVariantMap m;
    if (d.online)
        m.insert(QStringLiteral("online"), *d.online);
    if (d.channel)
        m.insert(QStringLiteral("channel"), int(*d.channel));
    if (d.hours)
        m.insert(QStringLiteral("hours"), *d.hours);
    if (d.waitDays)
        m.insert(QStringLiteral("waitDays"), *d.waitDays);
    for (const auto &[key, value] : {std::pair{"name", &d.name}, std::pair{"by", &d.by}, std::pair{"override", &d.override},
                                     std::pair{"into", &d.into}})
        if (!value->isEmpty())
            m.insert(QString::fromLatin1(key), *value);
    return m;
}

Decision AnalysisTableModel::fromMap(const QVariantMap &m)
{
    Decision d;
    if (m.contains(QStringLiteral("online")))
        d.online = m.value(QStringLiteral("online")).toBool();
    if (m.contains(QStringLiteral("channel")))
        d.channel = Channel(std::clamp(m.value(QStringLiteral("channel")).toInt(), 0, enumCount<Channel>() - 1));
    if (m.contains(QStringLiteral("hours")))
        d.hours = std::max(0.0, m.value(QStringLiteral("hours")).toDouble());
    if (m.contains(QStringLiteral("waitDays")))
        d.waitDays = std::max(0.0, m.value(QStringLiteral("waitDays")).toDouble());
    d.name = m.value(QStringLiteral("name")).toString().trimmed();
    d.by = m.value(QStringLiteral("by")).toString();
    d.override = m.value(QStringLiteral("override")).toString().trimmed();
    d.into = m.value(QStringLiteral("into")).toString();
    return d;
}

QString AnalysisTableModel::summary(const Decision &d, const Row &row) const
{
    QStringList parts;
    if (d.online)
        parts << (*d.online ? tr("goes online") : tr("stays in person"));
    if (d.channel)
        parts << tr("result: %1").arg(Labels::of(*d.channel));
    if (!d.name.isEmpty())
        parts << tr("named “%1”").arg(d.name);
    if (d.hours)
        parts << tr("%1 h").arg(VnFormat::compact(*d.hours));
    if (d.waitDays)
        parts << tr("waits %1 d").arg(VnFormat::compact(*d.waitDays));
    if (!d.by.isEmpty()) {
        const System *sys = m_model->workspace().system(d.by);
        parts << tr("by %1").arg(sys ? sys->name : d.by);
    }
    if (!d.into.isEmpty()) {
        const Procedure *p = m_model->procedure(row.ownerId);
        const Step *into = p ? p->asIs.step(d.into) : nullptr;
        parts << tr("merged into “%1”").arg(into ? into->name : d.into);
    }
    if (!d.override.isEmpty())
        parts << tr("override: %1").arg(d.override);
    return parts.join(QStringLiteral("; "));
}

bool AnalysisTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_rows[index.row()].section)
        return false;
    const Row row = m_rows[index.row()];
    const std::optional<StepAnalysis> before = analysis(row);
    StepAnalysis after = before.value_or(StepAnalysis{row.stepId, {}, {}, {}, {}, {}, {}, Action::Keep, {}});
    switch (index.column()) {
    case DataSharing: after.dataSharing = value.toString(); break;
    case Interconnection: after.interconnection = value.toString(); break;
    case Efficiency: after.efficiency = value.toString(); break;
    case Performance: after.performance = value.toString(); break;
    case Systems: after.systems = value.toStringList(); break;
    case Reuse: after.reuseDocuments = value.toStringList(); break;
    case ActionColumn: after.action = Action(std::clamp(value.toInt(), 0, enumCount<Action>() - 1)); break;
    case DecisionColumn: StepRules::setDecision(after, fromMap(value.toMap())); break;
    default: return false;
    }
    if (before && after == *before)
        return false;
    m_undo->push(new SetAnalysisRowCommand(m_model, row.owner, row.ownerId, row.stepId, after, m_onError));
    return true;
}

} // namespace tthc
