#include "reductions.h"
#include "flowgraph.h"

#include <QHash>
#include <cmath>
#include <algorithm>
#include <vector>

namespace tthc {

namespace {

const char *const keyNames[] = {"visits", "documents", "manualSteps", "steps", "processingDays", "elapsedDays"};

// The as-is and to-be figures of one owner, before they become indicators.
struct Figures {
    double visits = 0, documents = 0, manualSteps = 0, steps = 0, processingDays = 0, elapsedDays = 0;
    Figures &operator+=(const Figures &o)
    {
        visits += o.visits;
        documents += o.documents;
        manualSteps += o.manualSteps;
        steps += o.steps;
        processingDays += o.processingDays;
        elapsedDays += o.elapsedDays;
        return *this;
    }
};

Figures measure(const Process &p, const QSet<QString> &reused, const QString &agency)
{
    return {ReductionRules::visits(p, agency),         double(ReductionRules::documents(p, reused)),
            double(ReductionRules::manualSteps(p)),     double(ReductionRules::steps(p)),
            ReductionRules::processingDays(p),          ReductionRules::elapsedDays(p)};
}

// Two decimals, once: what every table and chart shows.
double rounded(double v) { return std::round(v * 100.0) / 100.0; }

Reductions make(const Figures &asIs, const Figures &toBe, double statutoryDays)
{
    const double Figures::*fields[] = {&Figures::visits,      &Figures::documents,      &Figures::manualSteps,
                                       &Figures::steps,       &Figures::processingDays, &Figures::elapsedDays};
    Reductions r;
    for (int i = 0; i < 6; ++i) {
        Indicator ind;
        ind.key = QString::fromLatin1(keyNames[i]);
        ind.label = ReductionRules::label(ind.key);
        ind.asIs = rounded(asIs.*fields[i]);
        ind.toBe = rounded(toBe.*fields[i]);
        r.indicators << ind;
    }
    r.statutoryDays = statutoryDays;
    return r;
}

bool inApplicantLane(const Process &p, const Step &s)
{
    const Lane *lane = p.lane(s.lane);
    return lane && lane->kind == LaneKind::Applicant;
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

int Indicator::decimals() const
{
    return key == QLatin1String("documents") || key == QLatin1String("manualSteps") || key == QLatin1String("steps") ? 0 : 2;
}

QString ReductionRules::statutoryComparison(const Reductions &r, const std::function<QString(double)> &format)
{
    const Indicator *days = r.find(QStringLiteral("processingDays"));
    if (!days || !(r.statutoryDays > 0))
        return {};
    const auto verdict = [&](double v) { return v <= r.statutoryDays ? tr("within it") : tr("over it"); };
    return tr("Statutory processing time: %1 working days. As-is %2 (%3), e-process %4 (%5).")
        .arg(format(r.statutoryDays), format(days->asIs), verdict(days->asIs), format(days->toBe), verdict(days->toBe));
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
    if (key == QLatin1String("visits"))
        return tr("Visits and in-person contacts");
    if (key == QLatin1String("documents"))
        return tr("Documents to submit");
    if (key == QLatin1String("manualSteps"))
        return tr("Manual steps of the agency");
    if (key == QLatin1String("steps"))
        return tr("Steps");
    if (key == QLatin1String("processingDays"))
        return tr("Processing time (working days)");
    if (key == QLatin1String("elapsedDays"))
        return tr("Total elapsed time (working days)");
    return {};
}

QString ReductionRules::definition(const QString &key)
{
    if (key == QLatin1String("visits"))
        return tr("The number of times the applicant has to go somewhere in person. A visit starts at a step marked "
                  "“in person” unless the dossier comes to it straight from an in-person step at the same place "
                  "(photo, fee and submission at the same counter are one visit). The place is the step's own "
                  "“place” when given, else the name of the lane for a lane of another agency, else the "
                  "procedure's agency. A step is counted as often as one dossier goes through it: a return for "
                  "completing the dossier adds its probability of a visit (10 % when the decision's flows give "
                  "none). Rounded to two decimals.");
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
    if (key == QLatin1String("processingDays"))
        return tr("The agency's processing time (thời gian giải quyết), in working days, compared with the "
                  "statutory time: from a complete dossier to the result, following the flows, each step outside "
                  "the applicant's lanes adds its waiting days plus its working hours divided by 8; parallel "
                  "paths: the longest; at a decision the branches are weighted by their probability, and the "
                  "returns for completing the dossier are left out (the time limit runs from a complete dossier). "
                  "Rounded to two decimals.");
    if (key == QLatin1String("elapsedDays"))
        return tr("The total elapsed time from the start to the end, in working days, including the applicant's "
                  "own preparation: every step adds its waiting days plus its working hours divided by 8; "
                  "parallel paths: the longest; at a decision the branches weighted by their probability, a "
                  "return for completing the dossier repeated as often as its probability says (10 % when the "
                  "decision's flows give none). Rounded to two decimals.");
    return {};
}

QString ReductionRules::statedPlace(const Step &s)
{
    return s.extra.value(QStringLiteral("place")).toString().trimmed();
}

void ReductionRules::setPlace(Step &s, const QString &place)
{
    if (place.trimmed().isEmpty())
        s.extra.remove(QStringLiteral("place"));
    else
        s.extra.insert(QStringLiteral("place"), place.trimmed());
}

QString ReductionRules::placeOf(const Process &p, const Step &s, const QString &agency)
{
    if (const QString stated = statedPlace(s); !stated.isEmpty())
        return stated;
    if (const Lane *lane = p.lane(s.lane); lane && lane->kind == LaneKind::Agency)
        return lane->name;
    return agency;
}

double ReductionRules::visits(const Process &p, const QString &agency)
{
    const FlowGraph g(p);
    const std::vector<double> runs = g.runs();
    double total = 0;
    for (int v = 0; v < p.steps.size(); ++v) {
        const Step &s = p.steps[v];
        if (!s.inPerson || runs[v] <= 0)
            continue;
        if (v == g.start) {
            total += runs[v];
            continue;
        }
        // The dossier arrives along each incoming flow with its share; a visit starts unless it
        // comes from an in-person step at the same place.
        double arriving = 0, starting = 0;
        const QString place = placeOf(p, s, agency);
        for (int f : g.in[v]) {
            const int from = g.index.value(p.flows[f].from);
            const double along = runs[from] * g.share[f];
            arriving += along;
            const Step &prev = p.steps[from];
            if (!(prev.inPerson && placeOf(p, prev, agency) == place))
                starting += along;
        }
        if (arriving > 0) // where parallel paths meet, the step's own runs
            total += starting / arriving * runs[v];
    }
    return total;
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
    return g.days(
        [&](int v) {
            const Step &s = p.steps[v];
            return s.waitDays + s.hours / hoursPerDay + (extra ? extra(s) : 0.0);
        },
        false);
}

double ReductionRules::processingDays(const Process &p, const std::function<double(const Step &)> &extra)
{
    const FlowGraph g(p);
    return g.days(
        [&](int v) {
            const Step &s = p.steps[v];
            const double own = inApplicantLane(p, s) ? 0.0 : s.waitDays + s.hours / hoursPerDay;
            return own + (extra ? extra(s) : 0.0);
        },
        true);
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
    return make(measure(p.asIs, {}, p.agency), measure(p.toBe, reusedDocuments(p.analysis), p.agency), p.statutoryDays);
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
    const QSet<QString> groupReused = reusedDocuments(g.analysis);
    Figures asIs, toBe;
    double statutory = 0;
    for (const Procedure *m : members) {
        asIs += measure(m->asIs, {}, m->agency);
        statutory += m->statutoryDays;
        if (g.runsInToBe(m->code)) {
            const Process &t = memberToBe(*m);
            toBe += measure(t, &t == &m->asIs ? groupReused : reusedDocuments(m->analysis) | groupReused, m->agency);
        }
    }
    // Elapsed days follow the group's own chart, a sub-procedure step lasting as long as its
    // member's chart; without a group chart the members run one after the other.
    const auto memberDays = [&](bool future, bool processing) {
        return [&, future, processing](const Step &s) {
            if (s.kind != StepKind::Procedure || !isMember(s.procedure))
                return 0.0;
            const Procedure *m = ws.procedure(s.procedure);
            const Process &chart = future ? memberToBe(*m) : m->asIs;
            return processing ? processingDays(chart) : elapsedDays(chart);
        };
    };
    if (!g.asIs.steps.isEmpty()) {
        asIs.elapsedDays = elapsedDays(g.asIs, memberDays(false, false));
        asIs.processingDays = processingDays(g.asIs, memberDays(false, true));
    }
    toBe.elapsedDays = g.toBe.steps.isEmpty() ? 0.0 : elapsedDays(g.toBe, memberDays(true, false));
    toBe.processingDays = g.toBe.steps.isEmpty() ? 0.0 : processingDays(g.toBe, memberDays(true, true));
    return make(asIs, toBe, statutory);
}

} // namespace tthc
