#include "reductions.h"
#include "flowgraph.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace tthc {

namespace {

const char *const keyNames[] = {"trips", "documents", "manualSteps", "steps", "elapsedDays"};

// The as-is and to-be figures of one owner, before they become indicators.
struct Figures {
    double trips = 0, documents = 0, manualSteps = 0, steps = 0, elapsedDays = 0;
    Figures &operator+=(const Figures &o)
    {
        trips += o.trips;
        documents += o.documents;
        manualSteps += o.manualSteps;
        steps += o.steps;
        elapsedDays += o.elapsedDays;
        return *this;
    }
};

Figures measure(const Process &p, const QSet<QString> &reused)
{
    return {double(ReductionRules::trips(p)), double(ReductionRules::documents(p, reused)),
            double(ReductionRules::manualSteps(p)), double(ReductionRules::steps(p)), ReductionRules::elapsedDays(p)};
}

Reductions make(const Figures &asIs, const Figures &toBe)
{
    const double Figures::*fields[] = {&Figures::trips, &Figures::documents, &Figures::manualSteps, &Figures::steps,
                                       &Figures::elapsedDays};
    Reductions r;
    for (int i = 0; i < 5; ++i) {
        Indicator ind;
        ind.key = QString::fromLatin1(keyNames[i]);
        ind.label = ReductionRules::label(ind.key);
        ind.asIs = asIs.*fields[i];
        ind.toBe = toBe.*fields[i];
        r.indicators << ind;
    }
    return r;
}

// A group member's e-process, or its as-is chart while no e-process is drafted: the member is
// still carried out, as today.
const Process &memberToBe(const Procedure &m) { return m.toBe.steps.isEmpty() ? m.asIs : m.toBe; }

} // namespace

std::optional<double> Indicator::percent() const
{
    if (asIs == 0)
        return std::nullopt;
    return change() / asIs * 100.0;
}

const Indicator *Reductions::find(const QString &key) const
{
    for (const Indicator &i : indicators)
        if (i.key == key)
            return &i;
    return nullptr;
}

QStringList ReductionRules::keys()
{
    QStringList out;
    for (const char *k : keyNames)
        out << QString::fromLatin1(k);
    return out;
}

QString ReductionRules::label(const QString &key)
{
    if (key == QLatin1String("trips"))
        return tr("Trips and in-person contacts");
    if (key == QLatin1String("documents"))
        return tr("Documents to submit");
    if (key == QLatin1String("manualSteps"))
        return tr("Manual steps of the agency");
    if (key == QLatin1String("steps"))
        return tr("Steps");
    if (key == QLatin1String("elapsedDays"))
        return tr("Elapsed days");
    return {};
}

QString ReductionRules::definition(const QString &key)
{
    if (key == QLatin1String("trips"))
        return tr("The number of steps marked “in person”, each step counted once, whoever's lane it is in: every "
                  "such step is a trip or a direct contact of the applicant with an agency. Decisions count too "
                  "when they are marked in person.");
    if (key == QLatin1String("documents"))
        return tr("The number of different documents handed in at the steps of the chart, each document counted "
                  "once however many steps ask for it. In the e-process, the documents that the analysis reuses "
                  "from a system (column “reused documents”) are not submitted and are not counted, at whatever "
                  "step they still appear.");
    if (key == QLatin1String("manualSteps"))
        return tr("The number of steps marked “manual” in the lanes of the agencies (one-stop desk, specialist "
                  "unit, leader, other agency): steps of the applicant and of an information system do not "
                  "count.");
    if (key == QLatin1String("steps"))
        return tr("The number of tasks, decisions and sub-procedures of the chart; start and end do not count.");
    if (key == QLatin1String("elapsedDays"))
        return tr("The longest time from the start to an end following the flows, in working days: each step "
                  "adds its waiting days plus its working hours divided by 8. At a decision the most likely "
                  "branch is followed: the expected value over the branches when the flows give a probability, "
                  "otherwise the first branch. A flow back to an earlier step (a loop) is not followed again.");
    return {};
}

int ReductionRules::trips(const Process &p)
{
    return int(std::count_if(p.steps.begin(), p.steps.end(), [](const Step &s) { return s.inPerson; }));
}

int ReductionRules::documents(const Process &p, const QSet<QString> &reused)
{
    QSet<QString> handedIn;
    for (const Step &s : p.steps)
        for (const QString &d : s.documents)
            if (!reused.contains(d))
                handedIn.insert(d);
    return int(handedIn.size());
}

int ReductionRules::manualSteps(const Process &p)
{
    int n = 0;
    for (const Step &s : p.steps) {
        if (!s.manual)
            continue;
        const Lane *lane = p.lane(s.lane);
        if (lane && (lane->kind == LaneKind::Applicant || lane->kind == LaneKind::System))
            continue;
        ++n;
    }
    return n;
}

int ReductionRules::steps(const Process &p)
{
    return int(std::count_if(p.steps.begin(), p.steps.end(), [](const Step &s) {
        return s.kind == StepKind::Task || s.kind == StepKind::Decision || s.kind == StepKind::Procedure;
    }));
}

double ReductionRules::elapsedDays(const Process &p, const std::function<double(const Step &)> &extra)
{
    const FlowGraph g(p);
    if (g.start < 0)
        return 0; // structure.start reports it
    enum Colour : char { White, Grey, Black };
    std::vector<Colour> colour(p.steps.size(), White);
    std::vector<double> value(p.steps.size(), 0);
    const auto weight = [&](const Step &s) {
        return s.waitDays + s.hours / hoursPerDay + (extra ? extra(s) : 0.0);
    };
    // Depth-first from the start; a flow to a step still on the stack (grey) is a back edge.
    const std::function<double(int)> visit = [&](int v) -> double {
        colour[v] = Grey;
        std::vector<int> followed; // flow indices
        std::vector<double> values;
        for (int f : g.out[v]) {
            const int to = g.index.value(p.flows[f].to);
            if (colour[to] == Grey)
                continue;
            values.push_back(colour[to] == Black ? value[to] : visit(to));
            followed.push_back(f);
        }
        double next = 0;
        if (!followed.empty()) {
            if (p.steps[v].kind == StepKind::Decision) {
                // The expected value over the branches (the first one when no probability is given).
                const std::vector<double> w = FlowGraph::branchWeights(p, followed);
                for (size_t i = 0; i < followed.size(); ++i)
                    next += w[i] * values[i];
            } else {
                next = *std::max_element(values.begin(), values.end()); // parallel paths: the longest
            }
        }
        colour[v] = Black;
        value[v] = weight(p.steps[v]) + next;
        return value[v];
    };
    return visit(g.start);
}

QSet<QString> ReductionRules::reusedDocuments(const QList<StepAnalysis> &analysis)
{
    QSet<QString> out;
    for (const StepAnalysis &a : analysis)
        for (const QString &d : a.reuseDocuments)
            out.insert(d);
    return out;
}

Reductions ReductionRules::forProcedure(const Workspace &ws, const Procedure &p)
{
    Q_UNUSED(ws);
    // As-is: nothing is reused yet. To-be: the analysis's reused documents are not submitted.
    return make(measure(p.asIs, {}), measure(p.toBe, reusedDocuments(p.analysis)));
}

Reductions ReductionRules::forGroup(const Workspace &ws, const ProcedureGroup &g)
{
    // Each member once, in the order of `members`; unknown codes are ref.procedure's business.
    QList<const Procedure *> members;
    for (const QString &code : g.members)
        if (const Procedure *m = ws.procedure(code); m && !members.contains(m))
            members << m;
    const auto isMember = [&](const QString &code) {
        return std::any_of(members.begin(), members.end(), [&](const Procedure *m) { return m->code == code; });
    };
    QSet<QString> stillThere; // members that keep a sub-procedure step in the group's e-process
    for (const Step &s : g.toBe.steps)
        if (s.kind == StepKind::Procedure && isMember(s.procedure))
            stillThere.insert(s.procedure);

    const QSet<QString> groupReused = reusedDocuments(g.analysis);
    Figures asIs, toBe;
    for (const Procedure *m : members) {
        asIs += measure(m->asIs, {});
        if (stillThere.contains(m->code)) {
            const Process &t = memberToBe(*m);
            toBe += measure(t, &t == &m->asIs ? groupReused : reusedDocuments(m->analysis) | groupReused);
        }
    }
    // Elapsed days follow the group's own chart, a sub-procedure step lasting as long as its
    // member's chart; without a group chart the members run one after the other.
    const auto memberDays = [&](bool future) {
        return [&, future](const Step &s) {
            if (s.kind != StepKind::Procedure || !isMember(s.procedure))
                return 0.0;
            const Procedure *m = ws.procedure(s.procedure);
            return elapsedDays(future ? memberToBe(*m) : m->asIs);
        };
    };
    if (!g.asIs.steps.isEmpty())
        asIs.elapsedDays = elapsedDays(g.asIs, memberDays(false));
    toBe.elapsedDays = g.toBe.steps.isEmpty() ? 0.0 : elapsedDays(g.toBe, memberDays(true));
    return make(asIs, toBe);
}

} // namespace tthc
