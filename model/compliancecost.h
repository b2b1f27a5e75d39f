#pragma once
// The cost of complying with a procedure (Thông tư 02/2017/TT-VPCP, Điều 27), as-is against
// to-be, per dossier and per year: the applicant's working time valued at an hourly income,
// plus fees and charges, plus other direct costs paid at the steps (Step::costVnd); the
// agencies' working time is valued at their own hourly cost and counted separately. Every
// figure is computed from the charts; the rates are inputs (Evaluation) with defaults whose
// source is stated. The precise rules are in ComplianceCostRules::definition().
#include "types.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace tthc {

// The figures of one dossier (or of a year, or a saving) in hours and VND.
struct CostFigures {
    double applicantHours = 0; // working time of the applicant (steps in applicant lanes)
    double agencyHours = 0;    // working time of the agencies (other lanes, information systems excluded)
    double applicantVnd = 0;   // applicantHours × the hourly income
    double agencyVnd = 0;      // agencyHours × the agency's hourly cost
    double feesVnd = 0;        // fees and charges of the procedure (Procedure::fees)
    double directVnd = 0;      // other direct costs paid by the applicant (Step::costVnd of every step)

    // The compliance cost borne by the applicant: time + fees + direct costs.
    double applicantTotalVnd() const { return applicantVnd + feesVnd + directVnd; }
    // The applicant's and the agencies' costs together.
    double totalVnd() const { return applicantTotalVnd() + agencyVnd; }

    CostFigures &operator+=(const CostFigures &o);
    CostFigures operator-(const CostFigures &o) const;
    CostFigures operator*(double factor) const;
    bool operator==(const CostFigures &) const = default;
};

struct ComplianceCost {
    CostFigures asIsPerDossier;
    CostFigures toBePerDossier;
    double annualVolume = 0; // dossiers per year (a group: see ComplianceCostRules::definition())

    CostFigures asIsPerYear() const { return asIsPerDossier * annualVolume; }
    CostFigures toBePerYear() const { return toBePerDossier * annualVolume; }
    CostFigures savingPerDossier() const { return asIsPerDossier - toBePerDossier; } // positive = saved
    CostFigures savingPerYear() const { return savingPerDossier() * annualVolume; }

    // Elapsed working days along the flow, exactly as ReductionRules ("elapsedDays").
    double elapsedDaysAsIs = 0;
    double elapsedDaysToBe = 0;

    // The rates used; for a group whose members use different rates, 0 (each member's own is used).
    double hourlyIncomeVnd = 0;
    double agencyHourlyCostVnd = 0;
    QString hourlyIncomeSource; // translated: the procedure's note, or the default's source
    QString agencyCostSource;
    bool usedDefaultIncome = false;     // the procedure has no hourly income: the default was used
    bool usedDefaultAgencyCost = false; // the procedure has no agency hourly cost: the default was used
};

class ComplianceCostRules {
    Q_DECLARE_TR_FUNCTIONS(tthc::ComplianceCostRules)
public:
    // Default hourly income: the average monthly income of an employed worker, 7,700,000 VND
    // in 2024 (General Statistics Office, labour and employment report for Q4 and 2024),
    // divided by 176 working hours a month (22 days × 8 h) = 43,750 VND. An illustrative
    // default to be checked against GSO's latest publication and replaced by the user.
    static constexpr double gsoMonthlyIncomeVnd = 7'700'000;
    // Default agency hourly cost: a specialist (chuyên viên, coefficient 3.00 = step 3 of
    // grade A1) at the base salary of 2,340,000 VND a month (Nghị định 73/2024/NĐ-CP, from
    // 1 July 2024), divided by 176 hours = 39,886 VND (rounded down to the dong). Salary only:
    // no insurance contributions, allowances or overheads — an illustrative lower bound.
    static constexpr double baseSalaryVnd = 2'340'000;
    static constexpr double specialistCoefficient = 3.00;
    static constexpr double hoursPerMonth = 176;

    static double defaultHourlyIncomeVnd();     // 43,750
    static double defaultAgencyHourlyCostVnd(); // 39,886
    static QString defaultIncomeNote();         // translated: figure, year, source, caveat
    static QString defaultAgencyCostNote();     // translated

    static ComplianceCost forProcedure(const Workspace &ws, const Procedure &p);
    // A group: its members' costs summed (as ReductionRules::forGroup sums their measures).
    static ComplianceCost forGroup(const Workspace &ws, const ProcedureGroup &g);

    // The figures of one chart for one dossier at the given rates (fees not included).
    static CostFigures measure(const Process &p, double hourlyIncomeVnd, double agencyHourlyCostVnd);
    // How much of each step one dossier goes through, 0..1, by step id (steps never reached
    // are 0): the path of ReductionRules::elapsedDays — every flow out of a task, one branch
    // of a decision (the first, or each weighted by its "probability"), loops not repeated;
    // a step reached along several paths counts at most once.
    static QHash<QString, double> stepWeights(const Process &p);

    static QString definition(); // translated paragraphs: what is counted and how
};

} // namespace tthc
