#include "compliancecost.h"
#include "flowgraph.h"

#include "reductions.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace tthc {

namespace {

// A group member's e-process, or its as-is chart while none is drafted (as ReductionRules).
const Process &memberToBe(const Procedure &m) { return m.toBe.steps.isEmpty() ? m.asIs : m.toBe; }

double feesOf(const Procedure &p)
{
    double sum = 0;
    for (const Fee &f : p.fees)
        sum += f.amountVnd;
    return sum;
}

struct Rates {
    double income = 0, agency = 0;
    bool defaultIncome = false, defaultAgency = false;
    QString incomeSource, agencySource;
};

Rates ratesOf(const Procedure &p)
{
    Rates r;
    r.defaultIncome = !(p.evaluation.hourlyIncomeVnd > 0);
    r.defaultAgency = !(p.evaluation.agencyHourlyCostVnd > 0);
    r.income = r.defaultIncome ? ComplianceCostRules::defaultHourlyIncomeVnd() : p.evaluation.hourlyIncomeVnd;
    r.agency = r.defaultAgency ? ComplianceCostRules::defaultAgencyHourlyCostVnd() : p.evaluation.agencyHourlyCostVnd;
    const QString entered = p.evaluation.notes.isEmpty() ? ComplianceCostRules::tr("Entered for the procedure.")
                                                         : p.evaluation.notes;
    r.incomeSource = r.defaultIncome ? ComplianceCostRules::defaultIncomeNote() : entered;
    r.agencySource = r.defaultAgency ? ComplianceCostRules::defaultAgencyCostNote() : entered;
    return r;
}

} // namespace

CostFigures &CostFigures::operator+=(const CostFigures &o)
{
    applicantHours += o.applicantHours;
    agencyHours += o.agencyHours;
    applicantVnd += o.applicantVnd;
    agencyVnd += o.agencyVnd;
    feesVnd += o.feesVnd;
    directVnd += o.directVnd;
    return *this;
}

CostFigures CostFigures::operator-(const CostFigures &o) const
{
    return {applicantHours - o.applicantHours, agencyHours - o.agencyHours, applicantVnd - o.applicantVnd,
            agencyVnd - o.agencyVnd,           feesVnd - o.feesVnd,         directVnd - o.directVnd};
}

CostFigures CostFigures::operator*(double f) const
{
    return {applicantHours * f, agencyHours * f, applicantVnd * f, agencyVnd * f, feesVnd * f, directVnd * f};
}

double ComplianceCostRules::defaultHourlyIncomeVnd() { return gsoMonthlyIncomeVnd / hoursPerMonth; }

double ComplianceCostRules::defaultAgencyHourlyCostVnd()
{
    return std::floor(specialistCoefficient * baseSalaryVnd / hoursPerMonth);
}

QString ComplianceCostRules::defaultIncomeNote()
{
    return tr("Default: 43,750 VND an hour = the average monthly income of an employed worker in 2024, 7.7 million "
              "VND (General Statistics Office, labour and employment report for the fourth quarter and the year "
              "2024), divided by 176 working hours a month (22 days of 8 hours). An illustrative figure: check it "
              "against the latest GSO publication and enter the procedure's own figure.");
}

QString ComplianceCostRules::defaultAgencyCostNote()
{
    return tr("Default: 39,886 VND an hour = the salary of a specialist at coefficient 3.00 (grade A1, step 3) at "
              "the base salary of 2,340,000 VND a month (Nghị định 73/2024/NĐ-CP, from 1 July 2024), divided by "
              "176 working hours a month. Salary only, without insurance contributions, allowances or overheads: "
              "an illustrative lower bound to be replaced by the agency's own figure.");
}

QString ComplianceCostRules::definition()
{
    return tr("Compliance cost (Thông tư 02/2017/TT-VPCP, Điều 27) of one dossier = the applicant's working time "
              "× the hourly income + the fees and charges of the procedure + the other direct costs paid at the "
              "steps (copies, travel, services: the “direct cost” of every step, whoever's lane it is in). The "
              "applicant's working time is the hours of the steps in the applicant's lanes. The agencies' cost is "
              "counted separately: the hours of the steps in all other lanes except information systems × the "
              "agency's hourly cost. Per year = per dossier × the annual volume; the saving = as-is − to-be.\n"
              "Which steps count: those that one dossier goes through, along the same path as the elapsed days — "
              "every flow out of a task, and at a decision its most likely branch: each branch weighted by its "
              "probability when the flows give one, otherwise the first branch only. A step reached along several "
              "paths counts once; a flow back to an earlier step (a loop, such as a request to complete the "
              "dossier) is not followed again, so repeated work is not counted.\n"
              "A group: the members' costs added up, each at its own rates and with its own fees; in the e-process "
              "only the members that keep a sub-procedure step in the group's e-process count. The group's annual "
              "volume is the smallest annual volume of its members: every linked case goes through each of them.");
}

QHash<QString, double> ComplianceCostRules::stepWeights(const Process &p)
{
    const int n = int(p.steps.size());
    const FlowGraph g(p);
    QHash<QString, double> weights;
    for (const Step &s : p.steps)
        weights.insert(s.id, 0.0);
    if (g.start < 0)
        return weights;
    // Depth-first from the start in file order, as ReductionRules::elapsedDays: a flow to a
    // step still on the stack is a back edge (a loop) and is not followed.
    enum Colour : char { White, Grey, Black };
    std::vector<Colour> colour(n, White);
    std::vector<std::vector<int>> followed(n); // flows that are not back edges
    std::vector<int> postorder;
    std::vector<std::pair<int, size_t>> stack{{g.start, 0}};
    colour[g.start] = Grey;
    while (!stack.empty()) {
        auto &[v, next] = stack.back();
        if (next < g.out[v].size()) {
            const int f = g.out[v][next++];
            const int to = g.index.value(p.flows[f].to);
            if (colour[to] == Grey)
                continue;
            followed[v].push_back(f);
            if (colour[to] == White) {
                colour[to] = Grey;
                stack.push_back({to, 0});
            }
            continue;
        }
        colour[v] = Black;
        postorder.push_back(v);
        stack.pop_back();
    }
    // Reverse postorder is a topological order of the followed flows.
    std::vector<double> incoming(n, 0.0);
    incoming[g.start] = 1;
    for (auto it = postorder.rbegin(); it != postorder.rend(); ++it) {
        const int v = *it;
        const double w = std::min(1.0, incoming[v]);
        weights[p.steps[v].id] = w;
        if (w <= 0 || followed[v].empty())
            continue;
        if (p.steps[v].kind != StepKind::Decision) {
            for (int f : followed[v])
                incoming[g.index.value(p.flows[f].to)] += w;
            continue;
        }
        // One branch of a decision, weighted as ReductionRules::elapsedDays weighs it.
        const std::vector<double> branch = FlowGraph::branchWeights(p, followed[v]);
        for (size_t i = 0; i < followed[v].size(); ++i)
            incoming[g.index.value(p.flows[followed[v][i]].to)] += w * branch[i];
    }
    return weights;
}

CostFigures ComplianceCostRules::measure(const Process &p, double hourlyIncomeVnd, double agencyHourlyCostVnd)
{
    const QHash<QString, double> weights = stepWeights(p);
    CostFigures c;
    for (const Step &s : p.steps) {
        const double w = weights.value(s.id);
        if (w <= 0)
            continue;
        c.directVnd += w * s.costVnd;
        const Lane *lane = p.lane(s.lane);
        const LaneKind kind = lane ? lane->kind : LaneKind::Agency;
        if (kind == LaneKind::Applicant)
            c.applicantHours += w * s.hours;
        else if (kind != LaneKind::System)
            c.agencyHours += w * s.hours;
    }
    c.applicantVnd = c.applicantHours * hourlyIncomeVnd;
    c.agencyVnd = c.agencyHours * agencyHourlyCostVnd;
    return c;
}

ComplianceCost ComplianceCostRules::forProcedure(const Workspace &ws, const Procedure &p)
{
    const Rates r = ratesOf(p);
    ComplianceCost c;
    c.asIsPerDossier = measure(p.asIs, r.income, r.agency);
    c.asIsPerDossier.feesVnd = feesOf(p);
    if (!p.toBe.steps.isEmpty()) { // no e-process yet: nothing to compare, everything 0
        c.toBePerDossier = measure(p.toBe, r.income, r.agency);
        c.toBePerDossier.feesVnd = feesOf(p);
    }
    c.annualVolume = p.annualVolume;
    const Reductions red = ReductionRules::forProcedure(ws, p);
    if (const Indicator *i = red.find(QStringLiteral("elapsedDays"))) {
        c.elapsedDaysAsIs = i->asIs;
        c.elapsedDaysToBe = i->toBe;
    }
    c.hourlyIncomeVnd = r.income;
    c.agencyHourlyCostVnd = r.agency;
    c.hourlyIncomeSource = r.incomeSource;
    c.agencyCostSource = r.agencySource;
    c.usedDefaultIncome = r.defaultIncome;
    c.usedDefaultAgencyCost = r.defaultAgency;
    return c;
}

ComplianceCost ComplianceCostRules::forGroup(const Workspace &ws, const ProcedureGroup &g)
{
    QList<const Procedure *> members;
    for (const QString &code : g.members)
        if (const Procedure *m = ws.procedure(code); m && !members.contains(m))
            members << m;
    QSet<QString> stillThere; // members that keep a sub-procedure step in the group's e-process
    for (const Step &s : g.toBe.steps)
        if (s.kind == StepKind::Procedure)
            stillThere.insert(s.procedure);

    ComplianceCost c;
    std::optional<double> volume;
    QList<Rates> rates;
    for (const Procedure *m : members) {
        const Rates r = ratesOf(*m);
        rates << r;
        CostFigures asIs = measure(m->asIs, r.income, r.agency);
        asIs.feesVnd = feesOf(*m);
        c.asIsPerDossier += asIs;
        if (stillThere.contains(m->code)) {
            CostFigures toBe = measure(memberToBe(*m), r.income, r.agency);
            toBe.feesVnd = feesOf(*m);
            c.toBePerDossier += toBe;
        }
        if (m->annualVolume > 0)
            volume = std::min(volume.value_or(m->annualVolume), m->annualVolume);
        c.usedDefaultIncome |= r.defaultIncome;
        c.usedDefaultAgencyCost |= r.defaultAgency;
    }
    c.annualVolume = volume.value_or(0.0);
    const Reductions red = ReductionRules::forGroup(ws, g);
    if (const Indicator *i = red.find(QStringLiteral("elapsedDays"))) {
        c.elapsedDaysAsIs = i->asIs;
        c.elapsedDaysToBe = i->toBe;
    }
    // One rate and one source when the members agree, else each member's own.
    const auto same = [&](auto field) {
        return std::all_of(rates.begin(), rates.end(), [&](const Rates &r) { return r.*field == rates.first().*field; });
    };
    if (!rates.isEmpty()) {
        c.hourlyIncomeVnd = same(&Rates::income) ? rates.first().income : 0.0;
        c.agencyHourlyCostVnd = same(&Rates::agency) ? rates.first().agency : 0.0;
        c.hourlyIncomeSource = same(&Rates::income) && same(&Rates::incomeSource)
                                   ? rates.first().incomeSource
                                   : tr("Each member's own rate and source.");
        c.agencyCostSource = same(&Rates::agency) && same(&Rates::agencySource) ? rates.first().agencySource
                                                                                 : tr("Each member's own rate and source.");
    }
    return c;
}

} // namespace tthc
