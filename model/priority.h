#pragma once
// Which procedures to reengineer first (seed 003, Bước 1 of the plan's tasks): a procedure is
// a priority when ANY of the plan's criteria holds — (1) many dossiers (from 500 a year) or
// performed frequently and continuously, (2) many complaints and petitions, (3) needed to
// improve the investment and business environment. The result says which criteria hold and
// with which figures, so the catalogue can show why.
#include "types.h"

#include <QCoreApplication>
#include <QStringList>

namespace tthc {

// The numeric thresholds of the criteria; both are settings of the workspace user.
struct PriorityThresholds {
    // "có số lượng hồ sơ phát sinh lớn (từ 500 hồ sơ/năm)" — seed 003, footnote 1 and Bước 1.
    double minAnnualVolume = 500;
    // The plan names no figure for "nhiều phản ánh, kiến nghị"; 10 a year is our default,
    // a procedure can also be marked by hand (Priority::complaints).
    double minComplaintsPerYear = 10;
    bool operator==(const PriorityThresholds &) const = default;
};

struct PriorityResult {
    bool priority = false;
    QStringList reasons; // translated, one per criterion that holds, e.g. "382.327 hồ sơ/năm (≥ 500)"
};

class PriorityRules {
    Q_DECLARE_TR_FUNCTIONS(tthc::PriorityRules)
public:
    // Criterion 1 holds when annualVolume ≥ minAnnualVolume or the procedure is marked
    // `frequent`; the `highVolume` mark counts only while no annual figure is recorded
    // (annualVolume == 0), since the figure, when there is one, is what the plan measures.
    // Criterion 2: complaintsPerYear ≥ minComplaintsPerYear or the `complaints` mark.
    // Criterion 3: the `investment` mark.
    static PriorityResult evaluate(const Procedure &p, const PriorityThresholds &thresholds = {});
};

} // namespace tthc
