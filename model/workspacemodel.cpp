#include "workspacemodel.h"
#include "compliancecost.h"

#include <QHash>
#include <QSet>
#include <utility>

namespace tthc {

namespace {
QString q(const QString &s) { return QStringLiteral("“%1”").arg(s); }
} // namespace

WorkspaceModel::WorkspaceModel(QObject *parent) : QObject(parent) {}
WorkspaceModel::~WorkspaceModel() = default;

QString WorkspaceModel::path() const { return m_db ? m_db->path() : QString(); }

Status WorkspaceModel::integrity() { return m_db ? m_db->integrity() : success(); }

Status WorkspaceModel::open(const QString &path, WorkspaceDb::Access access)
{
    auto db = WorkspaceDb::open(path, access);
    if (!db)
        return Status::failure(db.error());
    auto loaded = db.value()->load();
    if (!loaded)
        return Status::failure(loaded.error());
    m_db = db.take();
    m_ws = loaded.take();
    emit reset();
    return success();
}

Status WorkspaceModel::create(const QString &path, const Workspace &initial)
{
    auto db = WorkspaceDb::create(path);
    if (!db)
        return Status::failure(db.error());
    if (Status s = db.value()->replaceAll(initial); !s)
        return s;
    m_db = db.take();
    m_ws = initial;
    emit reset();
    return success();
}

void WorkspaceModel::close()
{
    m_db.reset();
    m_ws = {};
    emit reset();
}

Status WorkspaceModel::commit(const std::function<Status(WorkspaceDb &)> &write)
{
    if (!m_db)
        return success();
    Status s = write(*m_db);
    if (s)
        emit saved();
    else if (m_db->conflicted()) // another program changed the row: show the file's version
        QMetaObject::invokeMethod(this, [this] { (void)reloadFromFile(); }, Qt::QueuedConnection);
    return s;
}

Result<int> WorkspaceModel::refresh()
{
    if (!m_db || !m_db->changedElsewhere())
        return 0;
    return reloadFromFile();
}

namespace {
// Same relative order of the keys both lists hold, and the new ones after them.
template <class T, class Key>
bool keptOrder(const QList<T> &before, const QList<T> &after, Key key)
{
    QSet<QString> inAfter, inBefore;
    for (const T &item : after)
        inAfter.insert(key(item));
    for (const T &item : before)
        inBefore.insert(key(item));
    qsizetype j = 0;
    for (const T &item : before) {
        if (!inAfter.contains(key(item)))
            continue;
        if (j < after.size() && !inBefore.contains(key(after[j])))
            return false; // something new before a kept one
        if (j >= after.size() || key(after[j]) != key(item))
            return false;
        ++j;
    }
    return true;
}
} // namespace

Result<int> WorkspaceModel::reloadFromFile()
{
    if (!m_db)
        return 0;
    auto loaded = m_db->load();
    if (!loaded)
        return Result<int>::failure(loaded.error());
    Workspace old = std::exchange(m_ws, loaded.take());
    const auto code = [](const Procedure &p) { return p.code; };
    const auto id = [](const ProcedureGroup &g) { return g.id; };
    int changes = 0;
    if (!keptOrder(old.procedures, m_ws.procedures, code) || !keptOrder(old.groups, m_ws.groups, id)) {
        emit reset();
        return 1;
    }
    for (const Procedure &p : std::as_const(old.procedures))
        if (!m_ws.procedure(p.code)) {
            ++changes;
            emit procedureRemoved(p.code);
        }
    QHash<QString, const Procedure *> before;
    for (const Procedure &p : std::as_const(old.procedures))
        before.insert(p.code, &p);
    for (const Procedure &p : std::as_const(m_ws.procedures)) {
        const Procedure *was = before.value(p.code);
        if (!was) {
            ++changes;
            emit procedureAdded(p.code);
        } else if (!(*was == p)) {
            ++changes;
            emit procedureChanged(p.code);
            if (!(was->asIs == p.asIs))
                emit processChanged(ProcessRef::procedure(p.code, Which::AsIs));
            if (!(was->toBe == p.toBe))
                emit processChanged(ProcessRef::procedure(p.code, Which::ToBe));
        }
    }
    for (const ProcedureGroup &g : std::as_const(m_ws.groups)) {
        const ProcedureGroup *was = old.group(g.id);
        if (was && *was == g)
            continue;
        ++changes;
        emit groupChanged(g.id);
        if (!was || !(was->asIs == g.asIs))
            emit processChanged(ProcessRef::group(g.id, Which::AsIs));
        if (!was || !(was->toBe == g.toBe))
            emit processChanged(ProcessRef::group(g.id, Which::ToBe));
    }
    for (const ProcedureGroup &g : std::as_const(old.groups))
        if (!m_ws.group(g.id)) {
            ++changes;
            emit groupChanged(g.id);
        }
    if (!(old.systems == m_ws.systems)) {
        ++changes;
        emit systemsChanged();
    }
    if (old.extra != m_ws.extra) {
        ++changes;
        emit dossierSettingsChanged();
    }
    return changes;
}

const Process *WorkspaceModel::process(const ProcessRef &ref) const
{
    return const_cast<WorkspaceModel *>(this)->mutableProcess(ref);
}

Process *WorkspaceModel::mutableProcess(const ProcessRef &ref)
{
    if (ref.owner == ProcessRef::Owner::Procedure) {
        const int i = m_ws.procedureIndex(ref.id);
        if (i < 0)
            return nullptr;
        return ref.which == Which::AsIs ? &m_ws.procedures[i].asIs : &m_ws.procedures[i].toBe;
    }
    const int i = m_ws.groupIndex(ref.id);
    if (i < 0)
        return nullptr;
    return ref.which == Which::AsIs ? &m_ws.groups[i].asIs : &m_ws.groups[i].toBe;
}

namespace {
// The rows of `to` that differ from `from`, written into the file as one transaction: rows
// nobody here touched are not written, so another program's changes to them survive, and a
// row another program changed since we read it is a conflict (WorkspaceDb's revisions).
template <class T, class Key, class SaveAll, class Remove>
Status writeRows(const QList<T> &from, const QList<T> &to, Key key, SaveAll saveAll, Remove remove)
{
    QHash<QString, const T *> before, after;
    for (const T &item : from)
        before.insert(key(item), &item);
    for (const T &item : to)
        after.insert(key(item), &item);
    for (const T &item : from)
        if (!after.contains(key(item)))
            if (Status s = remove(key(item)); !s)
                return s;
    const bool sameOrder = keptOrder(from, to, key);
    QList<std::pair<const T *, int>> changed;
    for (int i = 0; i < to.size(); ++i) {
        const T *was = before.value(key(to[i]));
        if (was && *was == to[i] && sameOrder)
            continue;
        changed.append({&to[i], sameOrder ? -1 : i}); // -1: where it is, or after the last
    }
    return changed.isEmpty() ? success() : saveAll(changed);
}
} // namespace

Status WorkspaceModel::writeDifference(WorkspaceDb &db, const Workspace &from, const Workspace &to)
{
    return db.transaction([&]() -> Status {
        if (Status s = writeRows(
                from.procedures, to.procedures, [](const Procedure &p) { return p.code; },
                [&db](const QList<std::pair<const Procedure *, int>> &rows) { return db.saveProcedures(rows); },
                [&db](const QString &code) { return db.removeProcedure(code); });
            !s)
            return s;
        if (Status s = writeRows(
                from.groups, to.groups, [](const ProcedureGroup &g) { return g.id; },
                [&db](const QList<std::pair<const ProcedureGroup *, int>> &rows) {
                    for (const auto &[g, at] : rows)
                        if (Status s = db.saveGroup(*g, at); !s)
                            return s;
                    return success();
                },
                [&db](const QString &id) { return db.removeGroup(id); });
            !s)
            return s;
        if (!(from.systems == to.systems))
            if (Status s = db.saveSystems(to.systems); !s)
                return s;
        if (from.extra != to.extra)
            return db.saveWorkspaceExtra(to.extra);
        return success();
    });
}

Status WorkspaceModel::replaceAll(const Workspace &ws)
{
    if (Status s = commit([&](WorkspaceDb &db) { return writeDifference(db, m_ws, ws); }); !s)
        return s;
    m_ws = ws;
    emit reset();
    return success();
}

namespace {
void mergeSystems(QList<System> &into, const QList<System> &incoming)
{
    for (const System &s : incoming) {
        const auto it = std::find_if(into.begin(), into.end(), [&](const System &x) { return x.id == s.id; });
        if (it == into.end())
            into.append(s);
        else
            *it = s;
    }
}
} // namespace

Status WorkspaceModel::merge(const Workspace &incoming)
{
    Workspace next = m_ws;
    for (const Procedure &p : incoming.procedures) {
        const int i = next.procedureIndex(p.code);
        if (i < 0)
            next.procedures.append(p);
        else
            next.procedures[i] = p;
    }
    for (const ProcedureGroup &g : incoming.groups) {
        const int i = next.groupIndex(g.id);
        if (i < 0)
            next.groups.append(g);
        else
            next.groups[i] = g;
    }
    mergeSystems(next.systems, incoming.systems);
    // Workspace-level fields (the dossier settings …) that the file brings replace ours.
    for (auto it = incoming.extra.begin(); it != incoming.extra.end(); ++it)
        next.extra.insert(it.key(), it.value());
    if (!m_db) {
        m_ws = std::move(next);
        emit reset();
        return success();
    }
    // Procedures and groups replace those with the same code/id; the registry and the
    // workspace fields are merged into what the file holds now (another program may have
    // added to them since we read it), all in one transaction.
    Workspace target = m_ws;
    target.procedures = next.procedures;
    target.groups = next.groups;
    Status s = commit([&](WorkspaceDb &db) {
        return db.transaction([&]() -> Status {
            if (!incoming.systems.isEmpty()) {
                Result<QList<System>> stored = db.storedSystems();
                if (!stored)
                    return Status::failure(stored.error());
                target.systems = stored.take();
                const QList<System> before = target.systems;
                mergeSystems(target.systems, incoming.systems);
                if (!(before == target.systems))
                    if (Status saved = db.saveSystems(target.systems); !saved)
                        return saved;
            }
            if (!incoming.extra.isEmpty()) {
                Result<QJsonObject> stored = db.storedExtra();
                if (!stored)
                    return Status::failure(stored.error());
                target.extra = stored.take();
                const QJsonObject before = target.extra;
                for (auto it = incoming.extra.begin(); it != incoming.extra.end(); ++it)
                    target.extra.insert(it.key(), it.value());
                if (before != target.extra)
                    if (Status saved = db.saveWorkspaceExtra(target.extra); !saved)
                        return saved;
            }
            Workspace rows = m_ws; // procedures and groups only: the rest was written above
            rows.systems = target.systems;
            rows.extra = target.extra;
            return writeDifference(db, rows, target);
        });
    });
    if (!s)
        return s;
    // Another program's rows that arrived meanwhile are read in with ours.
    if (m_db->changedElsewhere()) {
        auto loaded = m_db->load();
        if (!loaded)
            return Status::failure(loaded.error());
        target = loaded.take();
    }
    m_ws = std::move(target);
    emit reset();
    return success();
}

QVariant WorkspaceModel::fieldValue(const Procedure &p, ProcedureField f)
{
    switch (f) {
    case ProcedureField::Name: return p.name;
    case ProcedureField::FieldOfWork: return p.field;
    case ProcedureField::Agency: return p.agency;
    case ProcedureField::Level: return int(p.level);
    case ProcedureField::AnnualVolume: return p.annualVolume;
    case ProcedureField::ComplaintsPerYear: return p.complaintsPerYear;
    case ProcedureField::StatutoryDays: return p.statutoryDays;
    case ProcedureField::OnlineLevel: return int(p.onlineLevel);
    case ProcedureField::LegalBasis: return p.legalBasis;
    case ProcedureField::Published: return p.eligibility.published;
    case ProcedureField::FormsDownloadable: return p.eligibility.formsDownloadable;
    case ProcedureField::FormsOnline: return p.eligibility.formsOnline;
    case ProcedureField::OnlinePayment: return p.eligibility.onlinePayment;
    case ProcedureField::ProcessedOnline: return p.eligibility.processedOnline;
    case ProcedureField::HighVolume: return p.priority.highVolume;
    case ProcedureField::Frequent: return p.priority.frequent;
    case ProcedureField::Complaints: return p.priority.complaints;
    case ProcedureField::Investment: return p.priority.investment;
    case ProcedureField::HourlyIncome: return p.evaluation.hourlyIncomeVnd;
    case ProcedureField::AgencyHourlyCost: return p.evaluation.agencyHourlyCostVnd;
    case ProcedureField::EvaluationNotes: return p.evaluation.notes;
    case ProcedureField::ApplicantType: return int(ComplianceCostRules::applicantType(p));
    }
    return {};
}

bool WorkspaceModel::concerns(const ProcessRef &owner, const QString &procedureCode) const
{
    if (owner.owner == ProcessRef::Owner::Procedure)
        return owner.id == procedureCode;
    const ProcedureGroup *g = group(owner.id);
    return g && g->members.contains(procedureCode);
}

Status WorkspaceModel::setProcedureField(const QString &code, ProcedureField f, const QVariant &v)
{
    const int i = m_ws.procedureIndex(code);
    if (i < 0)
        return Status::failure(tr("There is no procedure with code %1.").arg(q(code)));
    Procedure p = m_ws.procedures[i];
    switch (f) {
    case ProcedureField::Name:
        if (v.toString().trimmed().isEmpty())
            return Status::failure(tr("The name of a procedure cannot be empty."));
        p.name = v.toString();
        break;
    case ProcedureField::FieldOfWork: p.field = v.toString(); break;
    case ProcedureField::Agency: p.agency = v.toString(); break;
    case ProcedureField::Level: p.level = Level(std::clamp(v.toInt(), 0, enumCount<Level>() - 1)); break;
    case ProcedureField::AnnualVolume: p.annualVolume = std::max(0.0, v.toDouble()); break;
    case ProcedureField::ComplaintsPerYear: p.complaintsPerYear = std::max(0.0, v.toDouble()); break;
    case ProcedureField::StatutoryDays: p.statutoryDays = std::max(0.0, v.toDouble()); break;
    case ProcedureField::OnlineLevel: p.onlineLevel = OnlineLevel(std::clamp(v.toInt(), 0, enumCount<OnlineLevel>() - 1)); break;
    case ProcedureField::LegalBasis: p.legalBasis = v.toStringList(); break;
    case ProcedureField::Published: p.eligibility.published = v.toBool(); break;
    case ProcedureField::FormsDownloadable: p.eligibility.formsDownloadable = v.toBool(); break;
    case ProcedureField::FormsOnline: p.eligibility.formsOnline = v.toBool(); break;
    case ProcedureField::OnlinePayment: p.eligibility.onlinePayment = v.toBool(); break;
    case ProcedureField::ProcessedOnline: p.eligibility.processedOnline = v.toBool(); break;
    case ProcedureField::HighVolume: p.priority.highVolume = v.toBool(); break;
    case ProcedureField::Frequent: p.priority.frequent = v.toBool(); break;
    case ProcedureField::Complaints: p.priority.complaints = v.toBool(); break;
    case ProcedureField::Investment: p.priority.investment = v.toBool(); break;
    case ProcedureField::HourlyIncome: p.evaluation.hourlyIncomeVnd = std::max(0.0, v.toDouble()); break;
    case ProcedureField::AgencyHourlyCost: p.evaluation.agencyHourlyCostVnd = std::max(0.0, v.toDouble()); break;
    case ProcedureField::EvaluationNotes: p.evaluation.notes = v.toString(); break;
    case ProcedureField::ApplicantType:
        ComplianceCostRules::setApplicantType(p, v.toInt() == int(ApplicantType::Business) ? ApplicantType::Business
                                                                                          : ApplicantType::Citizen);
        break;
    }
    if (p == m_ws.procedures[i])
        return success();
    if (Status s = commit([&](WorkspaceDb &db) { return db.saveProcedureInfo(p); }); !s)
        return s;
    m_ws.procedures[i] = std::move(p);
    emit procedureChanged(code);
    return success();
}

Status WorkspaceModel::addProcedure(const Procedure &p)
{
    if (p.code.trimmed().isEmpty())
        return Status::failure(tr("A procedure needs a code."));
    if (m_ws.procedureIndex(p.code) >= 0)
        return Status::failure(tr("A procedure with code %1 already exists.").arg(q(p.code)));
    const int position = m_ws.procedures.size();
    if (Status s = commit([&](WorkspaceDb &db) { return db.saveProcedure(p, position); }); !s)
        return s;
    m_ws.procedures.append(p);
    emit procedureAdded(p.code);
    return success();
}

Status WorkspaceModel::removeProcedure(const QString &code)
{
    const int i = m_ws.procedureIndex(code);
    if (i < 0)
        return Status::failure(tr("There is no procedure with code %1.").arg(q(code)));
    if (Status s = commit([&](WorkspaceDb &db) { return db.removeProcedure(code); }); !s)
        return s;
    m_ws.procedures.removeAt(i);
    emit procedureRemoved(code);
    return success();
}

Status WorkspaceModel::setProcedure(const Procedure &p)
{
    const int i = m_ws.procedureIndex(p.code);
    if (i < 0)
        return Status::failure(tr("There is no procedure with code %1.").arg(q(p.code)));
    if (Status s = commit([&](WorkspaceDb &db) { return db.saveProcedure(p, -1); }); !s)
        return s;
    m_ws.procedures[i] = p;
    emit procedureChanged(p.code);
    emit processChanged(ProcessRef::procedure(p.code, Which::AsIs));
    emit processChanged(ProcessRef::procedure(p.code, Which::ToBe));
    return success();
}

Status WorkspaceModel::setSystems(const QList<System> &systems)
{
    if (Status s = commit([&](WorkspaceDb &db) { return db.saveSystems(systems); }); !s)
        return s;
    m_ws.systems = systems;
    emit systemsChanged();
    return success();
}

Status WorkspaceModel::setDossierSettings(const DossierSettings &settings)
{
    QJsonObject extra = m_ws.extra;
    const QJsonObject json = settings.toJson();
    if (json.isEmpty())
        extra.remove(QLatin1String(DossierSettings::jsonKey));
    else
        extra.insert(QLatin1String(DossierSettings::jsonKey), json);
    if (Status s = commit([&](WorkspaceDb &db) { return db.saveWorkspaceExtra(extra); }); !s)
        return s;
    m_ws.extra = extra;
    emit dossierSettingsChanged();
    return success();
}

Status WorkspaceModel::setDocuments(const QString &code, const QList<Document> &documents)
{
    const int i = m_ws.procedureIndex(code);
    if (i < 0)
        return Status::failure(tr("There is no procedure with code %1.").arg(q(code)));
    QSet<QString> ids;
    for (const Document &d : documents) {
        if (d.id.trimmed().isEmpty() || d.name.trimmed().isEmpty())
            return Status::failure(tr("Every document needs an id and a name."));
        if (ids.contains(d.id))
            return Status::failure(tr("The document id %1 is used twice.").arg(q(d.id)));
        ids.insert(d.id);
    }
    Procedure p = m_ws.procedures[i];
    p.documents = documents;
    if (Status s = commit([&](WorkspaceDb &db) { return db.saveProcedureInfo(p); }); !s)
        return s;
    m_ws.procedures[i] = std::move(p);
    emit procedureChanged(code);
    return success();
}

const QList<StepAnalysis> *WorkspaceModel::analysisOf(const Workspace &ws, ProcessRef::Owner owner, const QString &ownerId)
{
    if (owner == ProcessRef::Owner::Procedure) {
        const Procedure *p = ws.procedure(ownerId);
        return p ? &p->analysis : nullptr;
    }
    const ProcedureGroup *g = ws.group(ownerId);
    return g ? &g->analysis : nullptr;
}

Status WorkspaceModel::setAnalysisRow(ProcessRef::Owner owner, const QString &ownerId, const QString &stepId,
                                      const std::optional<StepAnalysis> &row)
{
    auto apply = [&](QList<StepAnalysis> &rows) {
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const StepAnalysis &a) { return a.step == stepId; });
        if (!row) {
            if (it != rows.end())
                rows.erase(it);
        } else if (it != rows.end()) {
            *it = *row;
        } else {
            rows.append(*row);
        }
    };
    if (row && row->step != stepId)
        return Status::failure(tr("The analysis row belongs to step %1, not %2.").arg(q(row->step), q(stepId)));
    if (owner == ProcessRef::Owner::Procedure) {
        const int i = m_ws.procedureIndex(ownerId);
        if (i < 0)
            return Status::failure(tr("There is no procedure with code %1.").arg(q(ownerId)));
        Procedure p = m_ws.procedures[i];
        apply(p.analysis);
        if (Status s = commit([&](WorkspaceDb &db) { return db.saveProcedureInfo(p); }); !s)
            return s;
        m_ws.procedures[i] = std::move(p);
        emit procedureChanged(ownerId);
        return success();
    }
    const int i = m_ws.groupIndex(ownerId);
    if (i < 0)
        return Status::failure(tr("There is no procedure or group %1.").arg(q(ownerId)));
    ProcedureGroup g = m_ws.groups[i];
    apply(g.analysis);
    if (Status s = commit([&](WorkspaceDb &db) { return db.saveGroup(g, -1); }); !s)
        return s;
    m_ws.groups[i] = std::move(g);
    emit groupChanged(ownerId);
    return success();
}

Status WorkspaceModel::changeProcess(const ProcessRef &ref, const std::function<Status(Process &)> &change)
{
    Process *current = mutableProcess(ref);
    if (!current)
        return Status::failure(tr("There is no procedure or group %1.").arg(q(ref.id)));
    Process next = *current;
    if (Status s = change(next); !s)
        return s;
    if (ref.owner == ProcessRef::Owner::Procedure) {
        if (Status s = commit([&](WorkspaceDb &db) { return db.saveProcess(ref, next); }); !s)
            return s;
    } else {
        ProcedureGroup g = *m_ws.group(ref.id);
        (ref.which == Which::AsIs ? g.asIs : g.toBe) = next;
        if (Status s = commit([&](WorkspaceDb &db) { return db.saveGroup(g, -1); }); !s)
            return s;
    }
    *mutableProcess(ref) = std::move(next);
    return success();
}

Status WorkspaceModel::setProcess(const ProcessRef &ref, const Process &process)
{
    Status s = changeProcess(ref, [&](Process &p) {
        p = process;
        return success();
    });
    if (s)
        emit processChanged(ref);
    return s;
}

namespace {
template <class T> void insertAt(QList<T> &list, const T &item, int index)
{
    if (index < 0 || index > list.size())
        list.append(item);
    else
        list.insert(index, item);
}
} // namespace

namespace {
template <class T> int indexOf(const QList<T> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}
} // namespace

template <class T>
Status WorkspaceModel::addItem(const ProcessRef &ref, QList<T> Process::*list, const T &item, int index,
                               const QString &noun, ItemSignal added, const ProcessCheck &check)
{
    Status s = changeProcess(ref, [&](Process &p) {
        if (item.id.isEmpty() || indexOf(p.*list, item.id) >= 0)
            return Status::failure(tr("The %1 id %2 is empty or already used.").arg(noun, q(item.id)));
        if (check)
            if (Status c = check(p, item.id); !c)
                return c;
        insertAt(p.*list, item, index);
        return success();
    });
    if (s) {
        emit(this->*added)(ref, item.id);
        emit processChanged(ref);
    }
    return s;
}

template <class T>
Status WorkspaceModel::updateItem(const ProcessRef &ref, QList<T> Process::*list, const T &item,
                                  const QString &noun, ItemSignal changed, const ProcessCheck &check)
{
    Status s = changeProcess(ref, [&](Process &p) {
        const int i = indexOf(p.*list, item.id);
        if (i < 0)
            return Status::failure(tr("There is no %1 %2.").arg(noun, q(item.id)));
        if (check)
            if (Status c = check(p, item.id); !c)
                return c;
        (p.*list)[i] = item;
        return success();
    });
    if (s) {
        emit(this->*changed)(ref, item.id);
        emit processChanged(ref);
    }
    return s;
}

template <class T>
Status WorkspaceModel::removeItem(const ProcessRef &ref, QList<T> Process::*list, const QString &id,
                                  const QString &noun, ItemSignal removed, const ProcessCheck &check)
{
    Status s = changeProcess(ref, [&](Process &p) {
        const int i = indexOf(p.*list, id);
        if (i < 0)
            return Status::failure(tr("There is no %1 %2.").arg(noun, q(id)));
        if (check)
            if (Status c = check(p, id); !c)
                return c;
        (p.*list).removeAt(i);
        return success();
    });
    if (s) {
        emit(this->*removed)(ref, id);
        emit processChanged(ref);
    }
    return s;
}

Status WorkspaceModel::addLane(const ProcessRef &ref, const Lane &lane, int index)
{
    return addItem(ref, &Process::lanes, lane, index, tr("lane"), &WorkspaceModel::laneAdded);
}

Status WorkspaceModel::updateLane(const ProcessRef &ref, const Lane &lane)
{
    return updateItem(ref, &Process::lanes, lane, tr("lane"), &WorkspaceModel::laneChanged);
}

Status WorkspaceModel::removeLane(const ProcessRef &ref, const QString &laneId)
{
    return removeItem(ref, &Process::lanes, laneId, tr("lane"), &WorkspaceModel::laneRemoved,
                      [](const Process &p, const QString &id) {
                          for (const Step &st : p.steps)
                              if (st.lane == id)
                                  return Status::failure(tr("Lane %1 still holds step %2; move or delete its steps first.")
                                                             .arg(q(p.lane(id)->name), q(st.name)));
                          return success();
                      });
}

Status WorkspaceModel::addStep(const ProcessRef &ref, const Step &step, int index)
{
    return addItem(ref, &Process::steps, step, index, tr("step"), &WorkspaceModel::stepAdded);
}

Status WorkspaceModel::updateStep(const ProcessRef &ref, const Step &step)
{
    return updateItem(ref, &Process::steps, step, tr("step"), &WorkspaceModel::stepChanged);
}

Status WorkspaceModel::removeStep(const ProcessRef &ref, const QString &stepId)
{
    QStringList removedFlows;
    Status s = changeProcess(ref, [&](Process &p) {
        const int i = p.stepIndex(stepId);
        if (i < 0)
            return Status::failure(tr("There is no step %1.").arg(q(stepId)));
        p.steps.removeAt(i);
        for (int f = p.flows.size() - 1; f >= 0; --f)
            if (p.flows[f].from == stepId || p.flows[f].to == stepId) {
                removedFlows.prepend(p.flows[f].id);
                p.flows.removeAt(f);
            }
        return success();
    });
    if (s) {
        for (const QString &f : std::as_const(removedFlows))
            emit flowRemoved(ref, f);
        emit stepRemoved(ref, stepId);
        emit processChanged(ref);
    }
    return s;
}

namespace {
Status connectsSteps(const Process &p, const Flow &f)
{
    if (p.stepIndex(f.from) < 0 || p.stepIndex(f.to) < 0)
        return Status::failure(WorkspaceModel::tr("A flow must connect two existing steps."));
    return success();
}
} // namespace

Status WorkspaceModel::addFlow(const ProcessRef &ref, const Flow &flow, int index)
{
    return addItem(ref, &Process::flows, flow, index, tr("flow"), &WorkspaceModel::flowAdded,
                   [&flow](const Process &p, const QString &) { return connectsSteps(p, flow); });
}

Status WorkspaceModel::updateFlow(const ProcessRef &ref, const Flow &flow)
{
    return updateItem(ref, &Process::flows, flow, tr("flow"), &WorkspaceModel::flowChanged,
                      [&flow](const Process &p, const QString &) { return connectsSteps(p, flow); });
}

Status WorkspaceModel::removeFlow(const ProcessRef &ref, const QString &flowId)
{
    return removeItem(ref, &Process::flows, flowId, tr("flow"), &WorkspaceModel::flowRemoved);
}

} // namespace tthc
