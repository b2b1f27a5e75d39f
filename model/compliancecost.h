#pragma once
// The cost of complying with a procedure (Thông tư 02/2017/TT-VPCP, Điều 27), as-is against
// to-be, per dossier and per year: the applicant's working time valued at an hourly income,
// plus fees and charges, plus other direct costs paid at the steps (Step::costVnd); the
// agencies' working time is valued at their own hourly cost and is a separate figure, never
// added to the compliance cost. Every figure is computed from the charts; the rates are inputs
// (Evaluation) with defaults whose source is stated, one for citizens and one for businesses.
// Rounding, once: hours to two decimals, money to the whole đồng (hours as shown × the rate),
// a year = a dossier's rounded figures × the volume, a saving = the difference of the rounded
// figures — so every table adds up to what it shows. The rules are in definition().
#include "types.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

namespace tthc {

// Who applies for a procedure (additive procedure field "applicantType"): it chooses the
// default hourly income.
enum class ApplicantType { Citizen, Business };

// The figures of one dossier (or of a year, or a saving) in hours and VND.
struct CostFigures {
    double applicantHours = 0; // working time of the applicant (ComplianceCostRules::applicantHours)
    double agencyHours = 0;    // working time of the agencies (ComplianceCostRules::agencyHours)
    double applicantVnd = 0;   // applicantHours × the hourly income
    double agencyVnd = 0;      // agencyHours × the agency's hourly cost
    double feesVnd = 0;        // fees and charges of the procedure (Procedure::fees)
    double directVnd = 0;      // other direct costs paid by the applicant (Step::costVnd of every step)

    // The compliance cost borne by the applicant: time + fees + direct costs (the agency's
    // cost is never added to it).
    double applicantTotalVnd() const { return applicantVnd + feesVnd + directVnd; }

    CostFigures &operator+=(const CostFigures &o);
    CostFigures operator-(const CostFigures &o) const;
    bool operator==(const CostFigures &) const = default;
};

struct ComplianceCost {
    CostFigures asIsPerDossier;
    CostFigures toBePerDossier;
    double annualVolume = 0; // dossiers per year (a group: see ComplianceCostRules::definition())

    // A year: the dossier's rounded figures × the volume (money rounded to the đồng again
    // only when the volume is not a whole number).
    CostFigures asIsPerYear() const;
    CostFigures toBePerYear() const;
    CostFigures savingPerDossier() const { return asIsPerDossier - toBePerDossier; } // positive = saved
    CostFigures savingPerYear() const { return asIsPerYear() - toBePerYear(); }

    // Working days, exactly as ReductionRules: the agency's processing time ("processingDays")
    // and the total elapsed time ("elapsedDays"), rounded to two decimals.
    double processingDaysAsIs = 0;
    double processingDaysToBe = 0;
    double elapsedDaysAsIs = 0;
    double elapsedDaysToBe = 0;
    double statutoryDays = 0; // as Reductions::statutoryDays

    // The rates used; for a group whose members use different rates, 0 (each member's own is used).
    double hourlyIncomeVnd = 0;
    double agencyHourlyCostVnd = 0;
    QString hourlyIncomeSource; // translated: the procedure's note, or the default's source
    QString agencyCostSource;
    bool usedDefaultIncome = false;     // the procedure has no hourly income: the default was used
    ApplicantType applicantType = ApplicantType::Citizen; // whose default (a group: its first member's)
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
    // Default hourly income of a business's staff: the average monthly income of a wage
    // employee, 8,600,000 VND in 2024 (General Statistics Office, the same report), divided by
    // 176 hours = 48,864 VND (rounded to the dong). Illustrative, to be checked likewise.
    static constexpr double gsoWageEmployeeIncomeVnd = 8'600'000;
    // Default agency hourly cost: a specialist (chuyên viên, coefficient 3.00 = step 3 of
    // grade A1) at the base salary of 2,340,000 VND a month (Nghị định 73/2024/NĐ-CP, from
    // 1 July 2024), divided by 176 hours = 39,886 VND (rounded down to the dong). Salary only:
    // no insurance contributions, allowances or overheads — an illustrative lower bound.
    static constexpr double baseSalaryVnd = 2'340'000;
    static constexpr double specialistCoefficient = 3.00;
    static constexpr double hoursPerMonth = 176;

    static double defaultHourlyIncomeVnd(ApplicantType type = ApplicantType::Citizen); // 43,750 / 48,864
    static double defaultAgencyHourlyCostVnd(); // 39,886
    static QString defaultIncomeNote(ApplicantType type = ApplicantType::Citizen); // translated: figure, statistic, year, caveat
    static QString defaultAgencyCostNote();     // translated

    // The procedure's applicant type ("applicantType": "citizen" | "business"; missing or
    // unknown = citizen) and its setter (citizen removes the field).
    static ApplicantType applicantType(const Procedure &p);
    static void setApplicantType(Procedure &p, ApplicantType type);
    static QString label(ApplicantType type); // translated

    // The hours of one step: the applicant's — the step's hours in an applicant lane, else the
    // step's "applicantHours" when given, else its hours when the step is in person (the
    // applicant is at the counter while it is done), else 0; the agencies' — the step's hours
    // in a lane of an agency (desk, unit, leader, other agency), else its "agencyHours" when
    // given, else 0 (a system's own steps cost no staff time).
    static double applicantHours(const Process &p, const Step &s);
    static double agencyHours(const Process &p, const Step &s);
    static std::optional<double> statedHours(const Step &s, const QString &key); // "applicantHours" / "agencyHours"
    static void setStatedHours(Step &s, const QString &key, std::optional<double> hours);

    // A dossier's figures × a volume: hours to two decimals, money to the dong.
    static CostFigures perYear(const CostFigures &perDossier, double volume);

    static ComplianceCost forProcedure(const Workspace &ws, const Procedure &p);
    // A group: its members' costs summed (as ReductionRules::forGroup sums their measures).
    static ComplianceCost forGroup(const Workspace &ws, const ProcedureGroup &g);

    // The figures of one chart for one dossier at the given rates (fees not included), rounded.
    static CostFigures measure(const Process &p, double hourlyIncomeVnd, double agencyHourlyCostVnd);
    // How many times one dossier goes through each step, by step id (steps never reached are
    // 0): the path of flowgraph.h — every flow out of a task, a decision's branches weighted
    // by their probability, returns repeated with theirs (10 % by default).
    static QHash<QString, double> stepWeights(const Process &p);

    static QString definition(); // translated paragraphs: what is counted and how
};

} // namespace tthc
