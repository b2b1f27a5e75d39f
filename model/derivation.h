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
    // The rules (Help ▸ Derivation rules says the same to the user). Each as-is step is judged
    // by its analysis row's action, the row's structured decision (stepdecision.h: online,
    // channel, name, hours, waitDays, by, override, into) and the step's nature (stated, or read
    // from its name: StepRules::inferNature):
    // - keep, and steps without a row (start, end, decisions): copied;
    // - simplify: copied; the step goes online (in person → online) when the decision says so,
    //   by default when it is in person and not an examination in person (a health check stays
    //   at the clinic). Online, a submission moves to the applicant's lane ("Nộp hồ sơ trực
    //   tuyến": nobody receives paper at a desk), a payment becomes "Thanh toán phí, lệ phí
    //   trực tuyến", a result "Nhận/Trả kết quả điện tử" (+ "; bản giấy qua bưu chính công ích
    //   nếu đăng ký" for channel postal; channel desk keeps it in person); another step keeps
    //   its name + " (trực tuyến)" and a note asks the user to check it. A signing or decision
    //   gets " (ký số)": signed digitally;
    // - automate: what a system may do depends on the nature —
    //   · the applicant's own acts (preparation, payment, and submission or receiving the result
    //     in an applicant's lane) stay the applicant's, done online (as simplify-online): moving
    //     them to the system would make the applicant's time and cost vanish;
    //   · checks, look-ups, notifications and forwarding move to the information-system lane
    //     (the first lane of kind system, else a new "T-ht" named "Hệ thống thông tin giải
    //     quyết TTHC" after the applicant's lanes), neither manual nor in person, 0 h and 0 days
    //     (a system spends no officer's time; the note says how many hours went);
    //   · appraisal, decision, signing and entry in a register stay with their officer, done
    //     electronically with their own hours; when the row names systems, a system step
    //     "Hệ thống tự động kiểm tra, đối chiếu dữ liệu" (id t<step>-kt) is put before it;
    //   · anything else (printing, an examination…) is kept, with a note giving the reason;
    //   · a decision "override" (the reason, recorded in the analysis) hands any step to the
    //     system;
    // - merge: the decision's "into" names the receiving task (required; chains are followed,
    //   circles and eliminated or non-task targets refused): it keeps its id and lane and gains
    //   the union of names ("; "), duties (new lines), documents and systems, the sum of hours,
    //   waiting days and costs, in person / manual if any was, derivedFrom all of them; the
    //   merged step's predecessors are connected to its successors;
    // - eliminate: the step goes, each predecessor connected to each successor (the new flow
    //   keeps the incoming flow's label — a decision's branch — else the outgoing one's; loops
    //   onto one step and repeated flows are dropped); but the submission and the result of a
    //   procedure are replaced, not removed: by their online form, or — a submission whose row
    //   names systems — by "Tiếp nhận hồ sơ liên thông điện tử" in the system lane;
    // - the decision's name, hours and waitDays, when given, are the step's in the e-process
    //   (hours not for a system step);
    // - reuse: the documents that any analysis row reuses leave the documents of every step
    //   (the applicant no longer submits them anywhere), and each step's analysis systems (and
    //   the decision's "by") join its systems;
    // - a procedure's e-process always has a submission and a result delivery: when the chart
    //   has none, "Nộp hồ sơ trực tuyến" (applicant's lane, after the start) and "Trả kết quả
    //   điện tử" (system lane, before the end) are added, with a note. A group's chart (made of
    //   its members) and a group's member procedures are exempt (Scope::Member), and there an
    //   eliminated submission or result is removed like any step.
    // Ids: step "t" + as-is id, lane "T" + as-is id, flows "tf1", "tf2"… in order; every step
    // has derivedFrom. Lanes that no step uses any more are left out.
    // Fails (with a translated message naming the step) when the as-is chart is empty, has a
    // flow to or from an unknown step, or a merge has no usable target. `notes`, when given,
    // receives what the user should know about the result (translated lines).
    // The validator's "tobe.*" rules check every e-process, derived or drawn (validator.h).
    static Result<Process> deriveToBe(const Workspace &ws, const Procedure &p, QStringList *notes = nullptr);
    static Result<Process> deriveToBe(const Workspace &ws, const ProcedureGroup &g, QStringList *notes = nullptr);
    // Procedure: the submission and result rules apply. Member: a group's chart, or a procedure
    // that belongs to a group (its dossier may come from the member before it): they do not.
    enum class Scope { Procedure, Member };
    static Result<Process> derive(const Process &asIs, const QList<StepAnalysis> &analysis, const QString &owner,
                                  QStringList *notes = nullptr, Scope scope = Scope::Procedure);

    // The rules above as the user reads them in Help (translated HTML paragraphs).
    static QString rulesHelp();

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
