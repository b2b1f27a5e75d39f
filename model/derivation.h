#pragma once
// Step 2 of the plan: the to-be e-process (quy trình điện tử) derived from the as-is chart and
// the action chosen for each step in the four-criteria analysis. The derivation is a pure,
// deterministic function (same input, same ids, same order), so a proposal can be derived
// again after the analysis changes; a fingerprint stored in the generated process tells
// whether the user has edited it by hand since, so that nobody's drawing is overwritten
// silently. The generated process has no layout: the editor lays it out.
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <QStringList>

namespace tthc {

class Derivation {
    Q_DECLARE_TR_FUNCTIONS(tthc::Derivation)
public:
    // The rules, applied to the as-is chart in this order:
    // - eliminate: the step goes; each predecessor is connected to each successor (the new
    //   flow keeps the incoming flow's label — a decision's branch — else the outgoing one's);
    //   flows that would loop onto their own step, and repeated flows, are dropped;
    // - merge: consecutive tasks marked merge along the flow, in the same lane, become one
    //   step (X → Y is consecutive when X's only outgoing flow goes to Y and it is Y's only
    //   incoming flow): names joined with "; ", descriptions with new lines, hours, waiting
    //   days and costs summed, in person / manual if any was, documents and systems united,
    //   derivedFrom all of them; the merged step keeps the first one's id;
    // - automate: the step moves to the information-system lane (the first lane of kind
    //   system, else a new one "T-ht" named "Hệ thống thông tin giải quyết TTHC", placed after
    //   the applicant's lanes) and is neither manual nor in person; times are copied for the
    //   user to revise;
    // - keep, simplify, and steps without an analysis row (start, end, decisions): copied;
    // - reuse: the documents that any analysis row reuses leave the documents of every step
    //   (the applicant no longer submits them anywhere), and each step's analysis systems
    //   join its systems.
    // Ids: step "t" + as-is id, lane "T" + as-is id, flows "tf1", "tf2"… in order; every step
    // has derivedFrom. Lanes that no step uses any more are left out.
    // Fails (with a translated message) when the as-is chart is empty or has a flow to or from
    // an unknown step.
    static Result<Process> deriveToBe(const Workspace &ws, const Procedure &p);
    static Result<Process> deriveToBe(const Workspace &ws, const ProcedureGroup &g);
    static Result<Process> derive(const Process &asIs, const QList<StepAnalysis> &analysis, const QString &owner);

    // Stores the fingerprint of the process (its tthc-json without layout) in
    // extra["generated"].
    static void markGenerated(Process &toBe);
    // True when the process has steps, lanes or flows and differs from what markGenerated saw
    // (or was never generated). Laying it out is not an edit.
    static bool isHandEdited(const Process &toBe);
    static QString fingerprint(const Process &p);

    // Translated lines describing what replacing `current` by `derived` changes: lanes, steps
    // (with the fields that differ) and flows (by their ends), in that order. Layout and the
    // generated mark are ignored.
    static QStringList describeChanges(const Process &current, const Process &derived);

    static QString systemLaneName(); // "Hệ thống thông tin giải quyết TTHC" (data, not translated)
};

} // namespace tthc
