#include "compliancecost.h"
#include "flowgraph.h"

#include "reductions.h"

#include <QJsonValue>
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
    return std::round(sum);
}

struct Rates {
    double income = 0, agency = 0;
    bool defaultIncome = false, defaultAgency = false;
    QString incomeSource, agencySource;
};

Rates ratesOf(const Procedure &p)
{
    Rates r;
    const ApplicantType type = ComplianceCostRules::applicantType(p);
    r.defaultIncome = !(p.evaluation.hourlyIncomeVnd > 0);
    r.defaultAgency = !(p.evaluation.agencyHourlyCostVnd > 0);
    r.income = r.defaultIncome ? ComplianceCostRules::defaultHourlyIncomeVnd(type) : p.evaluation.hourlyIncomeVnd;
    r.agency = r.defaultAgency ? ComplianceCostRules::defaultAgencyHourlyCostVnd() : p.evaluation.agencyHourlyCostVnd;
    const QString entered = p.evaluation.notes.isEmpty() ? ComplianceCostRules::tr("Entered for the procedure.")
                                                         : p.evaluation.notes;
    r.incomeSource = r.defaultIncome ? ComplianceCostRules::defaultIncomeNote(type) : entered;
    r.agencySource = r.defaultAgency ? ComplianceCostRules::defaultAgencyCostNote() : entered;
    return r;
}

double hours2(double h) { return std::round(h * 100.0) / 100.0; }
double dong(double v) { return std::round(v); }

LaneKind laneKindOf(const Process &p, const Step &s)
{
    const Lane *lane = p.lane(s.lane);
    return lane ? lane->kind : LaneKind::Agency;
}

// The days of ReductionRules, as they are shown there.
void takeDays(ComplianceCost &c, const Reductions &red)
{
    if (const Indicator *i = red.find(QStringLiteral("elapsedDays"))) {
        c.elapsedDaysAsIs = i->asIs;
        c.elapsedDaysToBe = i->toBe;
    }
    if (const Indicator *i = red.find(QStringLiteral("processingDays"))) {
        c.processingDaysAsIs = i->asIs;
        c.processingDaysToBe = i->toBe;
    }
    c.statutoryDays = red.statutoryDays;
}

const QString applicantTypeKey = QStringLiteral("applicantType");

} // namespace

CostFigures ComplianceCost::asIsPerYear() const { return ComplianceCostRules::perYear(asIsPerDossier, annualVolume); }
CostFigures ComplianceCost::toBePerYear() const { return ComplianceCostRules::perYear(toBePerDossier, annualVolume); }

CostFigures ComplianceCostRules::perYear(const CostFigures &d, double volume)
{
    return {hours2(d.applicantHours * volume), hours2(d.agencyHours * volume), dong(d.applicantVnd * volume),
            dong(d.agencyVnd * volume),        dong(d.feesVnd * volume),       dong(d.directVnd * volume)};
}

ApplicantType ComplianceCostRules::applicantType(const Procedure &p)
{
    return p.extra.value(applicantTypeKey).toString() == QLatin1String("business") ? ApplicantType::Business
                                                                                     : ApplicantType::Citizen;
}

void ComplianceCostRules::setApplicantType(Procedure &p, ApplicantType type)
{
    if (type == ApplicantType::Business)
        p.extra.insert(applicantTypeKey, QStringLiteral("business"));
    else
        p.extra.remove(applicantTypeKey);
}

QString ComplianceCostRules::label(ApplicantType type)
{
    return type == ApplicantType::Business ? tr("Businesses and organisations") : tr("Citizens");
}

std::optional<double> ComplianceCostRules::statedHours(const Step &s, const QString &key)
{
    const QJsonValue v = s.extra.value(key);
    if (!v.isDouble() || v.toDouble() < 0)
        return std::nullopt;
    return v.toDouble();
}

void ComplianceCostRules::setStatedHours(Step &s, const QString &key, std::optional<double> hours)
{
    if (hours && *hours >= 0)
        s.extra.insert(key, *hours);
    else
        s.extra.remove(key);
}

double ComplianceCostRules::applicantHours(const Process &p, const Step &s)
{
    if (laneKindOf(p, s) == LaneKind::Applicant)
        return s.hours;
    if (const auto stated = statedHours(s, QStringLiteral("applicantHours")))
        return *stated;
    return s.inPerson ? s.hours : 0.0;
}

double ComplianceCostRules::agencyHours(const Process &p, const Step &s)
{
    const LaneKind kind = laneKindOf(p, s);
    if (kind != LaneKind::Applicant && kind != LaneKind::System)
        return s.hours;
    return statedHours(s, QStringLiteral("agencyHours")).value_or(0.0);
}

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

double ComplianceCostRules::defaultHourlyIncomeVnd(ApplicantType type)
{
    return std::round((type == ApplicantType::Business ? gsoWageEmployeeIncomeVnd : gsoMonthlyIncomeVnd) / hoursPerMonth);
}

double ComplianceCostRules::defaultAgencyHourlyCostVnd()
{
    return std::floor(specialistCoefficient * baseSalaryVnd / hoursPerMonth);
}

QString ComplianceCostRules::defaultIncomeNote(ApplicantType type)
{
    if (type == ApplicantType::Business)
        return tr("Default for businesses: 48,864 VND an hour = the average monthly income of a wage employee in "
                  "2024, 8.6 million VND (General Statistics Office, labour and employment report for the fourth "
                  "quarter and the year 2024), divided by 176 working hours a month, rounded to the dong. An "
                  "illustrative figure: check it against the latest publication and enter the procedure's own "
                  "figure.");
    return tr("Default for citizens: 43,750 VND an hour = the average monthly income of an employed worker in 2024, 7.7 million "
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
              "applicant's time: the hours of the steps in the applicant's lanes, plus at a step of another lane "
              "its “applicant's hours” when given, else its hours when it is in person (the applicant is at the "
              "counter while it is done). The agencies' cost is a separate figure, never added to the compliance "
              "cost: the hours of the steps in the agencies' lanes (plus the “agency hours” given on a step of the "
              "applicant or of a system) × the agency's hourly cost. The hourly income: the procedure's own, else "
              "the default for citizens or for businesses (the procedure's applicant type).\n"
              "Which steps count: as often as one dossier goes through them — every flow out of a task, at a "
              "decision each branch weighted by its probability, and a return for completing the dossier repeated "
              "as often as its probability says (10 % when the decision's flows give none: a step in that loop "
              "counts 1.11 times). A step outside loops counts at most once, even where parallel paths meet.\n"
              "Rounding, once: hours to two decimals; money to the whole dong, the time cost from the hours as "
              "shown (9.72 h × 40,000 = 388,800 VND); a year = the dossier's figures × the annual volume; a saving "
              "= as-is − to-be of the figures as shown.\n"
              "A group: the members' costs added up, each at its own rates and with its own fees; in the e-process "
              "only the members that keep a sub-procedure step in the group's e-process count. The group's annual "
              "volume is the smallest annual volume of its members: every linked case goes through each of them.");
}

QHash<QString, double> ComplianceCostRules::stepWeights(const Process &p)
{
    const std::vector<double> runs = FlowGraph(p).runs();
    QHash<QString, double> weights;
    for (int i = 0; i < p.steps.size(); ++i)
        weights.insert(p.steps[i].id, runs[i]);
    return weights;
}

CostFigures ComplianceCostRules::measure(const Process &p, double hourlyIncomeVnd, double agencyHourlyCostVnd)
{
    const std::vector<double> runs = FlowGraph(p).runs();
    CostFigures c;
    for (int i = 0; i < p.steps.size(); ++i) {
        const double w = runs[i];
        if (w <= 0)
            continue;
        const Step &s = p.steps[i];
        c.directVnd += w * s.costVnd;
        c.applicantHours += w * applicantHours(p, s);
        c.agencyHours += w * agencyHours(p, s);
    }
    c.applicantHours = hours2(c.applicantHours);
    c.agencyHours = hours2(c.agencyHours);
    c.directVnd = dong(c.directVnd);
    c.applicantVnd = dong(c.applicantHours * hourlyIncomeVnd);
    c.agencyVnd = dong(c.agencyHours * agencyHourlyCostVnd);
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
    takeDays(c, ReductionRules::forProcedure(ws, p));
    c.applicantType = applicantType(p);
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
    ComplianceCost c;
    std::optional<double> volume;
    QList<Rates> rates;
    for (const Procedure *m : members) {
        const Rates r = ratesOf(*m);
        rates << r;
        CostFigures asIs = measure(m->asIs, r.income, r.agency);
        asIs.feesVnd = feesOf(*m);
        c.asIsPerDossier += asIs;
        if (g.runsInToBe(m->code)) {
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
    takeDays(c, ReductionRules::forGroup(ws, g));
    if (!members.isEmpty())
        c.applicantType = applicantType(*members.first());
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
