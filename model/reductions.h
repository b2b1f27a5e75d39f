#pragma once
// The three goals of reengineering (seed 003, §2 "Mục tiêu của việc tái cấu trúc"), measured
// on the as-is chart and on the to-be e-process: (1) fewer trips and in-person contacts,
// (2) fewer documents to submit, (3) fewer steps handled directly or by hand by the agency —
// plus the total number of steps and the elapsed days along the flow. Every figure is
// computed from the charts and the analysis, never typed in. The precise definitions are in
// ReductionRules::definition() (user help, tooltips) and next to each measure below.
#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>

namespace tthc {

struct Indicator {
    QString key;   // stable: "trips", "documents", "manualSteps", "steps", "elapsedDays"
    QString label; // translated
    double asIs = 0;
    double toBe = 0;
    double change() const { return toBe - asIs; }
    // change / asIs × 100 (negative = a reduction); nullopt when asIs is 0.
    std::optional<double> percent() const;
};

struct Reductions {
    QList<Indicator> indicators; // in the order of ReductionRules::keys()
    const Indicator *find(const QString &key) const;
};

class ReductionRules {
    Q_DECLARE_TR_FUNCTIONS(tthc::ReductionRules)
public:
    static constexpr double hoursPerDay = 8; // working hours in a working day

    // A procedure: its as-is chart against its to-be e-process (an empty to-be counts 0).
    static Reductions forProcedure(const Workspace &ws, const Procedure &p);
    // A group: the members' charts summed (see definition()); members listed in `members`.
    static Reductions forGroup(const Workspace &ws, const ProcedureGroup &g);

    static QStringList keys();
    static QString label(const QString &key);      // translated; empty for an unknown key
    static QString definition(const QString &key); // translated paragraph; empty for an unknown key

    // The measures of one chart.
    // Steps with inPerson (any kind, each step once).
    static int trips(const Process &p);
    // Distinct document ids handed in at the steps, minus the ids in `reused`.
    static int documents(const Process &p, const QSet<QString> &reused = {});
    // Steps with manual whose lane is neither the applicant's nor an information system's.
    static int manualSteps(const Process &p);
    // Steps of kind task, decision or procedure (start and end excluded).
    static int steps(const Process &p);
    // The longest elapsed time from the start to an end along the flows, in days: each step
    // adds waitDays + hours / 8 (+ `extra(step)`, used for a group's sub-procedures); a
    // decision follows its most likely branch; back edges of loops are not followed.
    static double elapsedDays(const Process &p, const std::function<double(const Step &)> &extra = {});
    // The documents that the analysis reuses from systems instead of asking for them.
    static QSet<QString> reusedDocuments(const QList<StepAnalysis> &analysis);
};

} // namespace tthc
