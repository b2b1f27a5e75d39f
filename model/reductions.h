#pragma once
// The three goals of reengineering (seed 003, §2 "Mục tiêu của việc tái cấu trúc"), measured
// on the as-is chart and on the to-be e-process: (1) fewer visits and in-person contacts,
// (2) fewer documents to submit, (3) fewer steps handled directly or by hand by the agency —
// plus the total number of steps, the agency's processing time (thời gian giải quyết,
// compared with the statutory time) and the total elapsed time including the applicant's own
// preparation. Every figure follows the path of one dossier of flowgraph.h (loops repeated
// with their probability) and is rounded to two decimals once, here; a change is computed
// from the rounded figures, so the tables add up to what they show. Every figure is
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
    QString key;   // stable: "visits", "documents", "manualSteps", "steps", "processingDays", "elapsedDays"
    QString label; // translated
    double asIs = 0; // rounded to two decimals
    double toBe = 0; // rounded to two decimals
    double change() const { return toBe - asIs; }
    // Decimals to show: 0 for the counts, 2 for visits and days.
    int decimals() const;
    // change / asIs × 100 (negative = a reduction); nullopt when asIs is 0.
    std::optional<double> percent() const;
};

struct Reductions {
    QList<Indicator> indicators; // in the order of ReductionRules::keys()
    // The statutory processing time in working days (Procedure::statutoryDays; a group: its
    // members' added up); 0 = not set. Compared with "processingDays".
    double statutoryDays = 0;
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
    // The processing time against the statutory time, one translated sentence (empty when no
    // statutory time is set); `format` writes a number of days.
    static QString statutoryComparison(const Reductions &r, const std::function<QString(double)> &format);

    // The measures of one chart.
    // Visits: a visit starts at an in-person step unless the dossier comes to it from an
    // in-person step at the same place; counted as often as the dossier goes through it
    // (a return for completing the dossier adds its share of a visit).
    static double visits(const Process &p, const QString &agency);
    // Where the applicant goes for an in-person step: the step's "place" when given, else the
    // lane's name for a lane of another agency, else `agency` (the procedure's agency).
    static QString placeOf(const Process &p, const Step &s, const QString &agency);
    static QString statedPlace(const Step &s); // the step's own "place", or empty
    static void setPlace(Step &s, const QString &place); // empty removes it
    // Distinct document ids handed in at the steps, minus the ids in `reused`.
    static int documents(const Process &p, const QSet<QString> &reused = {});
    // Steps with manual whose lane is neither the applicant's nor an information system's.
    static int manualSteps(const Process &p);
    // Steps of kind task, decision or procedure (start and end excluded).
    static int steps(const Process &p);
    // The expected elapsed time from the start to an end along the flows, in working days:
    // each step adds waitDays + hours / 8 (+ `extra(step)`, used for a group's sub-procedures);
    // parallel paths: the longest; a decision: its branches weighted; returns repeated with
    // their probability (flowgraph.h). Not rounded.
    static double elapsedDays(const Process &p, const std::function<double(const Step &)> &extra = {});
    // The agency's processing time: the same, along the path of a complete dossier (returns
    // left out: the time limit runs from a complete dossier), counting only the steps outside
    // the applicant's lanes (+ `extra(step)` for every step). Not rounded.
    static double processingDays(const Process &p, const std::function<double(const Step &)> &extra = {});
    // The documents that the analysis reuses from systems instead of asking for them.
    static QSet<QString> reusedDocuments(const QList<StepAnalysis> &analysis);
};

} // namespace tthc
