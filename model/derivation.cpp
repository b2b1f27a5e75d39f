#include "derivation.h"

#include "tthcjson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace tthc {

namespace {

QString q(const QString &s) { return QStringLiteral("“%1”").arg(s); }

const QString generatedKey = QStringLiteral("generated");

// A flow of the chart being transformed, by as-is step ids.
struct WFlow {
    QString from, to, label;
    FlowKind kind = FlowKind::Sequence;
    QJsonObject extra;
};

void appendUnique(QStringList &to, const QStringList &items)
{
    for (const QString &s : items)
        if (!to.contains(s))
            to << s;
}

QJsonObject withExtra(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace

QString Derivation::systemLaneName() { return QStringLiteral("Hệ thống thông tin giải quyết TTHC"); }

Result<Process> Derivation::deriveToBe(const Workspace &ws, const Procedure &p)
{
    Q_UNUSED(ws);
    return derive(p.asIs, p.analysis, p.code);
}

Result<Process> Derivation::deriveToBe(const Workspace &ws, const ProcedureGroup &g)
{
    Q_UNUSED(ws);
    return derive(g.asIs, g.analysis, g.id);
}

Result<Process> Derivation::derive(const Process &asIs, const QList<StepAnalysis> &analysis, const QString &owner)
{
    if (asIs.steps.isEmpty())
        return Result<Process>::failure(
            tr("The as-is chart of %1 has no steps: draw it before deriving the e-process.").arg(q(owner)));
    QHash<QString, int> index; // as-is step id → index
    for (int i = 0; i < asIs.steps.size(); ++i) {
        if (index.contains(asIs.steps[i].id))
            return Result<Process>::failure(
                tr("The as-is chart of %1 uses step id %2 twice.").arg(q(owner), q(asIs.steps[i].id)));
        index.insert(asIs.steps[i].id, i);
    }
    QList<WFlow> flows;
    for (const Flow &f : asIs.flows) {
        for (const QString &end : {f.from, f.to})
            if (!index.contains(end))
                return Result<Process>::failure(tr("The as-is chart of %1 has a flow %2 to or from unknown step %3.")
                                                    .arg(q(owner), q(f.id), q(end)));
        flows.append({f.from, f.to, f.label, f.kind, f.extra});
    }
    QHash<QString, const StepAnalysis *> rows;
    for (const StepAnalysis &a : analysis)
        if (!rows.contains(a.step))
            rows.insert(a.step, &a);
    const auto action = [&](const Step &s) {
        if (s.kind == StepKind::Start || s.kind == StepKind::End)
            return Action::Keep; // the chart keeps its start and ends whatever a row says
        const StepAnalysis *a = rows.value(s.id);
        return a ? a->action : Action::Keep;
    };

    // 1. Eliminate: reconnect each predecessor to each successor.
    QSet<QString> gone;
    for (const Step &e : asIs.steps) {
        if (action(e) != Action::Eliminate)
            continue;
        gone.insert(e.id);
        QList<WFlow> outs;
        for (const WFlow &f : flows)
            if (f.from == e.id && f.to != e.id)
                outs << f;
        QList<WFlow> next;
        for (const WFlow &f : flows) {
            if (f.from == e.id)
                continue;
            if (f.to != e.id) {
                next << f;
                continue;
            }
            for (const WFlow &o : outs) {
                if (o.to == f.from)
                    continue; // a loop through the eliminated step
                WFlow r;
                r.from = f.from;
                r.to = o.to;
                r.label = f.label.isEmpty() ? o.label : f.label;
                r.kind = f.kind == FlowKind::Message || o.kind == FlowKind::Message ? FlowKind::Message
                                                                                     : FlowKind::Sequence;
                r.extra = withExtra(o.extra, f.extra);
                next << r;
            }
        }
        flows = next;
    }

    // 2. Merge chains of consecutive merge-marked tasks in one lane.
    const auto mergeable = [&](const Step &s) { return s.kind == StepKind::Task && action(s) == Action::Merge; };
    const auto chainNext = [&](const QString &x) -> QString {
        QString only;
        int outCount = 0;
        for (const WFlow &f : flows)
            if (f.from == x) {
                ++outCount;
                only = f.to;
            }
        if (outCount != 1 || only == x)
            return {};
        const Step &xs = asIs.steps[index.value(x)];
        const Step &ys = asIs.steps[index.value(only)];
        if (!mergeable(ys) || ys.lane != xs.lane)
            return {};
        const auto in = std::count_if(flows.begin(), flows.end(), [&](const WFlow &f) { return f.to == only; });
        return in == 1 ? only : QString();
    };
    QHash<QString, QStringList> chains; // head → the chain's ids, head first
    QSet<QString> absorbed;
    {
        QSet<QString> hasPrev;
        QHash<QString, QString> nextOf;
        for (const Step &s : asIs.steps)
            if (mergeable(s) && !gone.contains(s.id))
                if (const QString n = chainNext(s.id); !n.isEmpty()) {
                    nextOf.insert(s.id, n);
                    hasPrev.insert(n);
                }
        for (const Step &s : asIs.steps) {
            if (!nextOf.contains(s.id) || hasPrev.contains(s.id))
                continue;
            QStringList chain{s.id};
            for (QString n = nextOf.value(s.id); !n.isEmpty() && !chain.contains(n); n = nextOf.value(n))
                chain << n;
            chains.insert(s.id, chain);
            for (int i = 1; i < chain.size(); ++i)
                absorbed.insert(chain[i]);
        }
        QList<WFlow> next;
        for (WFlow f : std::as_const(flows)) {
            if (absorbed.contains(f.to))
                continue; // inside a chain: X_i → X_i+1
            next << f;
        }
        // Flows leaving the chain's last step leave the merged step.
        for (auto it = chains.cbegin(); it != chains.cend(); ++it)
            for (WFlow &f : next)
                if (f.from == it.value().last())
                    f.from = it.key();
        flows = next;
    }

    // 3. The steps, with their new lanes and documents.
    const QSet<QString> reused = [&] {
        QSet<QString> out;
        for (const StepAnalysis &a : analysis)
            for (const QString &d : a.reuseDocuments)
                out.insert(d);
        return out;
    }();
    QString systemLaneSource; // as-is lane of kind system, if any
    for (const Lane &l : asIs.lanes)
        if (l.kind == LaneKind::System) {
            systemLaneSource = l.id;
            break;
        }
    const auto laneId = [](const QString &asIsLane) {
        return asIsLane.isEmpty() ? QString() : QStringLiteral("T") + asIsLane;
    };
    const auto stepId = [](const QString &asIsStep) { return QStringLiteral("t") + asIsStep; };
    QString systemLane = systemLaneSource.isEmpty() ? QString() : laneId(systemLaneSource);
    bool newSystemLane = false;
    if (systemLane.isEmpty()) {
        systemLane = QStringLiteral("T-ht");
        QSet<QString> taken;
        for (const Lane &l : asIs.lanes)
            taken.insert(laneId(l.id));
        for (int n = 2; taken.contains(systemLane); ++n)
            systemLane = QStringLiteral("T-ht%1").arg(n);
    }

    Process out;
    QSet<QString> usedLanes;
    for (const Step &s : asIs.steps) {
        if (gone.contains(s.id) || absorbed.contains(s.id))
            continue;
        Step t = s;
        t.id = stepId(s.id);
        t.derivedFrom = {s.id};
        QStringList analysisSystems;
        if (const StepAnalysis *a = rows.value(s.id))
            analysisSystems = a->systems;
        if (chains.contains(s.id)) {
            const QStringList chain = chains.value(s.id);
            QStringList names{s.name}, descriptions{s.description};
            for (int i = 1; i < chain.size(); ++i) {
                const Step &m = asIs.steps[index.value(chain[i])];
                names << m.name;
                descriptions << m.description;
                t.hours += m.hours;
                t.waitDays += m.waitDays;
                t.costVnd += m.costVnd;
                t.inPerson = t.inPerson || m.inPerson;
                t.manual = t.manual || m.manual;
                appendUnique(t.documents, m.documents);
                appendUnique(t.systems, m.systems);
                if (const StepAnalysis *a = rows.value(m.id))
                    appendUnique(analysisSystems, a->systems);
            }
            names.removeAll(QString());
            descriptions.removeAll(QString());
            t.name = names.join(QStringLiteral("; "));
            t.description = descriptions.join(u'\n');
            t.derivedFrom = chain;
        }
        appendUnique(t.systems, analysisSystems);
        t.documents.removeIf([&](const QString &d) { return reused.contains(d); });
        if (action(s) == Action::Automate) {
            t.lane = systemLane;
            if (systemLaneSource.isEmpty())
                newSystemLane = true;
            t.manual = false;
            t.inPerson = false;
        } else {
            t.lane = laneId(s.lane);
        }
        usedLanes.insert(t.lane);
        out.steps << t;
    }

    // Lanes: those still used, in as-is order; a new system lane after the applicant's.
    int afterApplicants = 0;
    for (const Lane &l : asIs.lanes) {
        Lane t = l;
        t.id = laneId(l.id);
        if (!usedLanes.contains(t.id))
            continue;
        out.lanes << t;
        if (l.kind == LaneKind::Applicant)
            afterApplicants = int(out.lanes.size());
    }
    if (newSystemLane)
        out.lanes.insert(afterApplicants, Lane{systemLane, systemLaneName(), LaneKind::System, {}});

    // Flows: renamed ends, no self-loops, each (from, to, kind) once, ids tf1, tf2…
    QSet<QString> taken;
    for (const Step &s : std::as_const(out.steps))
        taken.insert(s.id);
    for (const Lane &l : std::as_const(out.lanes))
        taken.insert(l.id);
    QSet<QString> seen;
    int n = 0;
    for (const WFlow &f : std::as_const(flows)) {
        if (f.from == f.to)
            continue;
        const QString key = f.from + QChar(0) + f.to + QChar(0) + QString::number(int(f.kind));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        Flow t;
        do
            t.id = QStringLiteral("tf%1").arg(++n);
        while (taken.contains(t.id));
        t.from = stepId(f.from);
        t.to = stepId(f.to);
        t.label = f.label;
        t.kind = f.kind;
        t.extra = f.extra;
        out.flows << t;
    }
    return out;
}

QString Derivation::fingerprint(const Process &p)
{
    Process copy = p;
    copy.layout = {};
    copy.extra.remove(generatedKey);
    const QByteArray json = QJsonDocument(TthcJson::processToJson(copy)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

void Derivation::markGenerated(Process &toBe) { toBe.extra.insert(generatedKey, fingerprint(toBe)); }

bool Derivation::isHandEdited(const Process &toBe)
{
    if (toBe.isEmpty())
        return false;
    const QString stored = toBe.extra.value(generatedKey).toString();
    return stored.isEmpty() || stored != fingerprint(toBe);
}

QStringList Derivation::describeChanges(const Process &current, const Process &derived)
{
    QStringList out;
    for (const Lane &l : current.lanes)
        if (!derived.lane(l.id))
            out << tr("Lane %1 (%2) removed").arg(l.id, q(l.name));
    for (const Lane &l : derived.lanes) {
        const Lane *c = current.lane(l.id);
        if (!c)
            out << tr("Lane %1 (%2) added").arg(l.id, q(l.name));
        else if (c->name != l.name || c->kind != l.kind)
            out << tr("Lane %1 (%2) changed").arg(l.id, q(l.name));
    }
    for (const Step &s : current.steps)
        if (!derived.step(s.id))
            out << tr("Step %1 (%2) removed").arg(s.id, q(s.name));
    for (const Step &s : derived.steps) {
        const Step *c = current.step(s.id);
        if (!c) {
            out << tr("Step %1 (%2) added").arg(s.id, q(s.name));
            continue;
        }
        QStringList fields;
        if (c->kind != s.kind) fields << tr("kind");
        if (c->name != s.name) fields << tr("name");
        if (c->lane != s.lane) fields << tr("lane");
        if (c->description != s.description) fields << tr("description");
        if (c->procedure != s.procedure) fields << tr("sub-procedure");
        if (c->hours != s.hours) fields << tr("hours");
        if (c->waitDays != s.waitDays) fields << tr("waiting days");
        if (c->inPerson != s.inPerson) fields << tr("in person");
        if (c->manual != s.manual) fields << tr("manual");
        if (c->documents != s.documents) fields << tr("documents");
        if (c->systems != s.systems) fields << tr("systems");
        if (c->costVnd != s.costVnd) fields << tr("cost");
        if (c->derivedFrom != s.derivedFrom) fields << tr("derived from");
        if (c->extra != s.extra) fields << tr("other fields");
        if (!fields.isEmpty())
            out << tr("Step %1 (%2) changed: %3").arg(s.id, q(s.name), fields.join(QStringLiteral(", ")));
    }
    // Flows by their ends: ids are renumbered by every derivation.
    const auto find = [](const Process &p, const Flow &f) -> const Flow * {
        for (const Flow &g : p.flows)
            if (g.from == f.from && g.to == f.to)
                return &g;
        return nullptr;
    };
    for (const Flow &f : current.flows)
        if (!find(derived, f))
            out << tr("Flow %1 → %2 removed").arg(f.from, f.to);
    for (const Flow &f : derived.flows) {
        const Flow *c = find(current, f);
        if (!c)
            out << tr("Flow %1 → %2 added").arg(f.from, f.to);
        else if (c->label != f.label || c->kind != f.kind || c->extra != f.extra)
            out << tr("Flow %1 → %2 changed").arg(f.from, f.to);
    }
    return out;
}

} // namespace tthc
