#pragma once
// May the procedure be offered as a full online public service (dịch vụ công trực tuyến
// toàn trình)? Seed 003, Bước 1, after Khoản 1 Điều 13 Thông tư 01/2023/TT-VPCP: five
// conditions must hold, numbered here as in the plan:
//   1 published with full information on the national portal and the city's system,
//   2 the forms can be downloaded,
//   3 the forms can be filled in and the whole dossier sent online (digital signature where a
//     signature is required),
//   4 fees and other financial obligations can be paid online — only for procedures with a
//     fee: a procedure without fees (no fee, or every amount 0) does not need it,
//   5 the dossier is received and processed online.
// Full online when every applicable condition holds, otherwise partial.
#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tthc {

struct EligibilityResult {
    OnlineLevel recommended = OnlineLevel::Partial; // Full when all applicable conditions hold
    QList<int> blocking;                            // condition numbers 1..5 that fail, ascending
    QStringList blockingText;                       // translated, one per blocking condition
};

class EligibilityRules {
    Q_DECLARE_TR_FUNCTIONS(tthc::EligibilityRules)
public:
    static constexpr int conditionCount = 5;

    static EligibilityResult evaluate(const Procedure &p);
    // Translated text of condition n (1..5); empty for other numbers.
    static QString conditionText(int n);
    // Whether condition n applies to the procedure (only 4 can be inapplicable).
    static bool applies(const Procedure &p, int n);
    // Whether condition n is met, as recorded in the procedure's eligibility.
    static bool holds(const Procedure &p, int n);
    // True if the procedure charges a fee or charge (an amount above 0).
    static bool hasFees(const Procedure &p);
};

} // namespace tthc
