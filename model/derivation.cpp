#include "derivation.h"

#include "labels.h"
#include "stepdecision.h"
#include "tthcjson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QJsonDocument>
#include <QSet>

namespace tthc {

namespace {

QString q(const QString &s) { return QStringLiteral("“%1”").arg(s); }

const QString generatedKey = QStringLiteral("generated");

// A flow of the chart being transformed, by as-is step ids.
struct WFlow {
    QString from, to, label;
    FlowKind kind = FlowKind::Sequence;
    QJsonObject extra;
};

void appendUnique(QStringList &to, const QStringList &items)
{
    for (const QString &s : items)
        if (!to.contains(s))
            to << s;
}

QJsonObject withExtra(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace

QString Derivation::systemLaneName() { return QStringLiteral("Hệ thống thông tin giải quyết TTHC"); }

Result<Process> Derivation::deriveToBe(const Workspace &ws, const Procedure &p, QStringList *notes)
{
    // A member of a group may take its dossier from the member before it and hand its result
    // to the next one: the submission and result rules are the group's.
    const bool member = std::any_of(ws.groups.begin(), ws.groups.end(),
                                    [&](const ProcedureGroup &g) { return g.members.contains(p.code); });
    return derive(p.asIs, p.analysis, p.code, notes, member ? Scope::Member : Scope::Procedure);
}

Result<Process> Derivation::deriveToBe(const Workspace &ws, const ProcedureGroup &g, QStringList *notes)
{
    Q_UNUSED(ws);
    return derive(g.asIs, g.analysis, g.id, notes, Scope::Member);
}

namespace {

QString stepRef(const Step &s) { return stepReference(s); }

// What the derivation does with one as-is step, after the rules have judged the analysis row.
enum class Treatment {
    Copy,        // keep, and steps without a row (start, end, decisions, sub-procedures)
    Simplify,    // copied, online unless the decision or its nature says otherwise
    Online,      // automate of the applicant's own act: it stays the applicant's, online
    System,      // automate: the information system does it alone
    OfficerAided, // automate of an officer's step: stays with the officer; a system check before it
    Refused,     // automate of a step no system can do: copied
    Merge,       // merged into its target
    Eliminate,   // removed, predecessors connected to successors
    Replace,     // eliminate of the submission or the result: replaced by its electronic form
};

// Reconnects every predecessor of `gone` to every successor (the new flow keeps the incoming
// flow's label — a decision's branch — else the outgoing one's) and drops the step's flows.
QList<WFlow> bypass(const QList<WFlow> &flows, const QString &gone)
{
    QList<WFlow> outs;
    for (const WFlow &f : flows)
        if (f.from == gone && f.to != gone)
            outs << f;
    QList<WFlow> next;
    for (const WFlow &f : flows) {
        if (f.from == gone)
            continue;
        if (f.to != gone) {
            next << f;
            continue;
        }
        for (const WFlow &o : outs) {
            if (o.to == f.from)
                continue; // a loop through the removed step
            WFlow r;
            r.from = f.from;
            r.to = o.to;
            r.label = f.label.isEmpty() ? o.label : f.label;
            r.kind = f.kind == FlowKind::Message || o.kind == FlowKind::Message ? FlowKind::Message : FlowKind::Sequence;
            r.extra = withExtra(o.extra, f.extra);
            next << r;
        }
    }
    return next;
}

bool mentions(const QString &name, const QString &phrase) { return name.toLower().contains(phrase); }

} // namespace

Result<Process> Derivation::derive(const Process &asIs, const QList<StepAnalysis> &analysis, const QString &owner,
                                   QStringList *notesOut, Scope scope)
{
    QStringList notes;
    if (asIs.steps.isEmpty())
        return Result<Process>::failure(
            tr("The as-is chart of %1 has no steps: draw it before deriving the e-process.").arg(q(owner)));
    QHash<QString, int> index; // as-is step id → index
    for (int i = 0; i < asIs.steps.size(); ++i) {
        if (index.contains(asIs.steps[i].id))
            return Result<Process>::failure(
                tr("The as-is chart of %1 uses step id %2 twice.").arg(q(owner), q(asIs.steps[i].id)));
        index.insert(asIs.steps[i].id, i);
    }
    QList<WFlow> flows;
    for (const Flow &f : asIs.flows) {
        for (const QString &end : {f.from, f.to})
            if (!index.contains(end))
                return Result<Process>::failure(tr("The as-is chart of %1 has a flow %2 to or from unknown step %3.")
                                                    .arg(q(owner), q(f.id), q(end)));
        flows.append({f.from, f.to, f.label, f.kind, f.extra});
    }
    QHash<QString, const StepAnalysis *> rows;
    for (const StepAnalysis &a : analysis)
        if (!rows.contains(a.step))
            rows.insert(a.step, &a);
    const auto stepOf = [&](const QString &id) -> const Step & { return asIs.steps[index.value(id)]; };
    const auto decisionOf = [&](const QString &id) {
        const StepAnalysis *a = rows.value(id);
        return a ? StepRules::decision(*a) : Decision{};
    };
    const bool composite = scope == Scope::Member ||
                           std::any_of(asIs.steps.begin(), asIs.steps.end(),
                                       [](const Step &s) { return s.kind == StepKind::Procedure; });

    // 1. Judge each row: what the action may do with a step of this nature.
    QHash<QString, Treatment> treatment;
    for (const Step &s : asIs.steps) {
        const StepAnalysis *a = rows.value(s.id);
        Treatment t = Treatment::Copy;
        if (a && (s.kind == StepKind::Task || (s.kind == StepKind::Procedure && a->action == Action::Eliminate))) {
            const StepNature nature = StepRules::nature(s, asIs);
            const Decision d = StepRules::decision(*a);
            switch (a->action) {
            case Action::Keep: break;
            case Action::Simplify: t = Treatment::Simplify; break;
            case Action::Automate:
                if (StepRules::applicantsOwn(s, asIs))
                    t = Treatment::Online;
                else if (StepRules::automatable(nature) || !d.override.isEmpty())
                    t = Treatment::System;
                else if (StepRules::officerOnly(nature)) {
                    t = Treatment::OfficerAided;
                    notes << tr("%1 is %2, which the law gives to an officer: it stays with its officer, done "
                                "electronically with its own hours; the system only checks the data before it. "
                                "Record a reason in the decision (“automate anyway”) to hand it to the system.")
                                 .arg(stepRef(s), Labels::of(nature).toLower());
                } else {
                    t = Treatment::Refused;
                    notes << tr("%1 is not automated: a system can do checks, look-ups, notifications and "
                                "forwarding alone, and this step is %2. It is kept; record a reason in the decision "
                                "(“automate anyway”) to hand it to the system.")
                                 .arg(stepRef(s), Labels::of(nature).toLower());
                }
                break;
            case Action::Merge:
                t = Treatment::Merge;
                break;
            case Action::Eliminate:
                if (!composite && (nature == StepNature::Submission || nature == StepNature::Result)) {
                    t = Treatment::Replace;
                    notes << (nature == StepNature::Submission
                                  ? tr("%1 is the submission: an e-process always takes the dossier online, so it is "
                                       "replaced by its electronic form rather than removed.")
                                  : tr("%1 delivers the result: an e-process always delivers an electronic result, "
                                       "so it is replaced by its electronic form rather than removed."))
                                 .arg(stepRef(s));
                } else {
                    t = Treatment::Eliminate;
                }
                break;
            }
        }
        treatment.insert(s.id, t);
    }

    // 2. Merge targets: required, an existing task that stays; chains are followed to the end.
    QHash<QString, QString> mergeTarget; // merged step → the step that receives it
    for (const Step &s : asIs.steps) {
        if (treatment.value(s.id) != Treatment::Merge)
            continue;
        QString target = decisionOf(s.id).into;
        QStringList seen{s.id};
        while (!target.isEmpty() && index.contains(target) && treatment.value(target) == Treatment::Merge &&
               !seen.contains(target)) {
            seen << target;
            target = decisionOf(target).into;
        }
        if (target.isEmpty())
            return Result<Process>::failure(
                tr("Step %1 of %2 is to be merged, but its decision names no step to merge it into.")
                    .arg(stepRef(s), q(owner)));
        if (!index.contains(target))
            return Result<Process>::failure(tr("Step %1 of %2 is to be merged into %3, which is not a step of the "
                                               "as-is chart.").arg(stepRef(s), q(owner), q(target)));
        if (seen.contains(target))
            return Result<Process>::failure(
                tr("Step %1 of %2 is to be merged in a circle (%3).").arg(stepRef(s), q(owner), seen.join(u'→')));
        const Step &t = stepOf(target);
        if (t.kind != StepKind::Task)
            return Result<Process>::failure(
                tr("Step %1 of %2 is to be merged into %3, which is not a task.").arg(stepRef(s), q(owner), stepRef(t)));
        if (treatment.value(target) == Treatment::Eliminate)
            return Result<Process>::failure(tr("Step %1 of %2 is to be merged into %3, which the analysis "
                                               "eliminates.").arg(stepRef(s), q(owner), stepRef(t)));
        mergeTarget.insert(s.id, target);
    }

    // 3. Flows: eliminated and merged steps are bypassed.
    for (const Step &s : asIs.steps) {
        const Treatment t = treatment.value(s.id);
        if (t == Treatment::Eliminate || t == Treatment::Merge)
            flows = bypass(flows, s.id);
    }

    // 4. The steps.
    const QSet<QString> reused = [&] {
        QSet<QString> out;
        for (const StepAnalysis &a : analysis)
            for (const QString &d : a.reuseDocuments)
                out.insert(d);
        return out;
    }();
    const auto laneId = [](const QString &asIsLane) {
        return asIsLane.isEmpty() ? QString() : QStringLiteral("T") + asIsLane;
    };
    const auto stepId = [](const QString &asIsStep) { return QStringLiteral("t") + asIsStep; };
    QString systemLaneSource, applicantLane; // as-is lanes of kind system / applicant, if any
    for (const Lane &l : asIs.lanes) {
        if (l.kind == LaneKind::System && systemLaneSource.isEmpty())
            systemLaneSource = l.id;
        if (l.kind == LaneKind::Applicant && applicantLane.isEmpty())
            applicantLane = laneId(l.id);
    }
    QSet<QString> taken; // every id of the e-process
    for (const Lane &l : asIs.lanes)
        taken.insert(laneId(l.id));
    for (const Step &s : asIs.steps)
        taken.insert(stepId(s.id));
    const auto freshId = [&](const QString &base) {
        QString id = base;
        for (int n = 2; taken.contains(id); ++n)
            id = QStringLiteral("%1%2").arg(base).arg(n);
        taken.insert(id);
        return id;
    };
    QString systemLane = systemLaneSource.isEmpty() ? freshId(QStringLiteral("T-ht")) : laneId(systemLaneSource);
    bool newSystemLane = false;
    const auto toSystem = [&](Step &t) {
        t.lane = systemLane;
        newSystemLane = newSystemLane || systemLaneSource.isEmpty();
        t.manual = false;
        t.inPerson = false;
        t.hours = 0; // a system spends no officer's time
        t.waitDays = 0;
    };
    // The step done online: the applicant submits and pays from home and receives the result
    // electronically (unless the decision's channel is the desk); names that said where the
    // applicant had to go are replaced.
    const auto goOnline = [&](Step &t, const Step &s, const Decision &d) {
        const StepNature nature = StepRules::nature(s, asIs);
        if (nature == StepNature::Result && d.channel == Channel::Desk)
            return;
        t.inPerson = false;
        if (nature == StepNature::Submission && !applicantLane.isEmpty() &&
            !StepRules::isSystemLane(asIs, s.lane))
            t.lane = applicantLane; // the applicant submits online; nobody receives paper at a desk
        if (!d.name.isEmpty())
            return;
        switch (nature) {
        case StepNature::Submission: t.name = QStringLiteral("Nộp hồ sơ trực tuyến"); break;
        case StepNature::Payment: t.name = QStringLiteral("Thanh toán phí, lệ phí trực tuyến"); break;
        case StepNature::Result:
            t.name = t.lane == applicantLane ? QStringLiteral("Nhận kết quả điện tử")
                                             : QStringLiteral("Trả kết quả điện tử");
            if (d.channel == Channel::Postal)
                t.name += QStringLiteral("; bản giấy qua bưu chính công ích nếu đăng ký");
            break;
        default:
            if (s.inPerson && !mentions(t.name, QStringLiteral("trực tuyến"))) {
                t.name += QStringLiteral(" (trực tuyến)");
                notes << tr("%1 goes online: check that its name still says what the applicant does "
                            "(or give the name in the decision).").arg(stepRef(s));
            }
        }
    };
    const auto electronicSignature = [&](Step &t, const Step &s, const Decision &d) {
        const StepNature nature = StepRules::nature(s, asIs);
        if ((nature == StepNature::Signing || nature == StepNature::Decision) && d.name.isEmpty() &&
            !mentions(t.name, QStringLiteral("ký số")))
            t.name += QStringLiteral(" (ký số)");
    };

    Process out;
    QMap<QString, QString> checkBefore; // officer step (e-process id) → its system check step
    for (const Step &s : asIs.steps) {
        const Treatment tr_ = treatment.value(s.id);
        if (tr_ == Treatment::Eliminate || tr_ == Treatment::Merge)
            continue;
        const Decision d = decisionOf(s.id);
        Step t = s;
        t.id = stepId(s.id);
        t.derivedFrom = {s.id};
        QStringList analysisSystems;
        if (const StepAnalysis *a = rows.value(s.id))
            analysisSystems = a->systems;
        // The steps merged into this one, in as-is order: the union of duties and documents.
        QStringList names{s.name}, descriptions{s.description};
        for (const Step &m : asIs.steps) {
            if (mergeTarget.value(m.id) != s.id)
                continue;
            if (!names.contains(m.name))
                names << m.name;
            descriptions << m.description;
            t.hours += m.hours;
            t.waitDays += m.waitDays;
            t.costVnd += m.costVnd;
            t.inPerson = t.inPerson || m.inPerson;
            t.manual = t.manual || m.manual;
            appendUnique(t.documents, m.documents);
            appendUnique(t.systems, m.systems);
            t.derivedFrom << m.id;
            if (const StepAnalysis *a = rows.value(m.id))
                appendUnique(analysisSystems, a->systems);
        }
        names.removeAll(QString());
        descriptions.removeAll(QString());
        t.name = names.join(QStringLiteral("; "));
        t.description = descriptions.join(u'\n');
        appendUnique(t.systems, analysisSystems);
        if (!d.by.isEmpty())
            appendUnique(t.systems, {d.by});
        t.documents.removeIf([&](const QString &doc) { return reused.contains(doc); });
        t.lane = laneId(s.lane);

        switch (tr_) {
        case Treatment::Copy:
        case Treatment::Refused:
        case Treatment::Merge:
        case Treatment::Eliminate:
            break;
        case Treatment::Simplify:
            if (d.online.value_or(s.inPerson && StepRules::nature(s, asIs) != StepNature::Examination))
                goOnline(t, s, d);
            electronicSignature(t, s, d);
            break;
        case Treatment::Online:
            goOnline(t, s, d);
            break;
        case Treatment::System:
            if (s.hours > 0)
                notes << tr("%1 is done by the information system: its %2 h of officer time are not carried over.")
                             .arg(stepRef(s))
                             .arg(s.hours);
            toSystem(t);
            break;
        case Treatment::OfficerAided: {
            t.inPerson = false;
            electronicSignature(t, s, d);
            if (!analysisSystems.isEmpty() || !d.by.isEmpty()) {
                Step check;
                check.id = freshId(t.id + QStringLiteral("-kt"));
                check.kind = StepKind::Task;
                check.name = QStringLiteral("Hệ thống tự động kiểm tra, đối chiếu dữ liệu");
                check.description = QStringLiteral("Trước bước “%1”: tra cứu, đối chiếu dữ liệu trong các hệ thống "
                                                   "được kết nối.").arg(s.name);
                check.systems = t.systems;
                check.derivedFrom = {s.id};
                StepRules::setNature(check, StepNature::Check);
                toSystem(check);
                out.steps << check;
                checkBefore.insert(t.id, check.id);
            }
            break;
        }
        case Treatment::Replace: {
            const StepNature nature = StepRules::nature(s, asIs);
            if (nature == StepNature::Submission && !analysisSystems.isEmpty() && d.name.isEmpty()) {
                // The dossier arrives from the connected systems: an electronic intake.
                toSystem(t);
                t.name = QStringLiteral("Tiếp nhận hồ sơ liên thông điện tử");
            } else {
                goOnline(t, s, d);
            }
            StepRules::setNature(t, nature);
            break;
        }
        }
        if (!d.name.isEmpty())
            t.name = d.name;
        if (d.hours && t.lane != systemLane)
            t.hours = *d.hours;
        if (d.waitDays)
            t.waitDays = *d.waitDays;
        out.steps << t;
    }

    // 5. Flows: renamed ends; an officer step's check comes before it.
    QList<Flow> newFlows;
    const auto addFlow = [&](const QString &from, const QString &to, const QString &label, FlowKind kind,
                             const QJsonObject &extra) {
        Flow f;
        f.from = from;
        f.to = to;
        f.label = label;
        f.kind = kind;
        f.extra = extra;
        newFlows << f;
    };
    QSet<QString> checked; // officer steps whose check → step flow is placed
    for (const WFlow &f : std::as_const(flows)) {
        const QString to = stepId(f.to);
        const QString check = checkBefore.value(to);
        addFlow(stepId(f.from), check.isEmpty() ? to : check, f.label, f.kind, f.extra);
        if (!check.isEmpty() && !checked.contains(to)) {
            checked.insert(to);
            addFlow(check, to, {}, FlowKind::Sequence, {});
        }
    }
    for (auto it = checkBefore.cbegin(); it != checkBefore.cend(); ++it)
        if (!checked.contains(it.key())) // nothing led to the officer's step: the check still precedes it
            addFlow(it.value(), it.key(), {}, FlowKind::Sequence, {});

    // 6. What every e-process of a procedure has: an online submission and a result delivery.
    if (!composite) {
        const auto has = [&](StepNature n) {
            return std::any_of(out.steps.begin(), out.steps.end(),
                               [&](const Step &s) { return StepRules::nature(s, out) == n; });
        };
        // The new step takes over the flows leaving `after` (or entering `before`); the flow that
        // links them takes the place of the first flow it took over, so the list reads in order.
        const auto insertAfter = [&](const Step &added, const QString &after) {
            qsizetype at = newFlows.size();
            for (qsizetype i = 0; i < newFlows.size(); ++i)
                if (newFlows[i].from == after) {
                    newFlows[i].from = added.id;
                    at = std::min(at, i);
                }
            addFlow(after, added.id, {}, FlowKind::Sequence, {});
            newFlows.move(newFlows.size() - 1, at);
        };
        const auto insertBefore = [&](const Step &added, const QString &before) {
            qsizetype at = -1;
            for (qsizetype i = 0; i < newFlows.size(); ++i)
                if (newFlows[i].to == before) {
                    newFlows[i].to = added.id;
                    at = i;
                }
            addFlow(added.id, before, {}, FlowKind::Sequence, {});
            newFlows.move(newFlows.size() - 1, at + 1);
        };
        if (!has(StepNature::Submission)) {
            auto start = std::find_if(out.steps.begin(), out.steps.end(),
                                      [](const Step &s) { return s.kind == StepKind::Start; });
            if (start != out.steps.end()) {
                Step sub;
                sub.id = freshId(QStringLiteral("t-nop"));
                sub.name = QStringLiteral("Nộp hồ sơ trực tuyến");
                sub.lane = applicantLane.isEmpty() ? start->lane : applicantLane;
                sub.manual = true;
                StepRules::setNature(sub, StepNature::Submission);
                const QString after = start->id;
                out.steps.insert(int(start - out.steps.begin()) + 1, sub);
                insertAfter(sub, after);
                notes << tr("The as-is chart has no submission: “%1” is added after the start (enter its hours).")
                             .arg(sub.name);
            }
        }
        if (!has(StepNature::Result)) {
            QStringList ends;
            for (const Step &s : std::as_const(out.steps))
                if (s.kind == StepKind::End)
                    ends << s.id;
            if (!ends.isEmpty()) {
                Step res;
                res.id = freshId(QStringLiteral("t-tkq"));
                res.name = QStringLiteral("Trả kết quả điện tử");
                StepRules::setNature(res, StepNature::Result);
                toSystem(res);
                const int at = out.stepIndex(ends.first());
                out.steps.insert(at, res);
                for (const QString &e : std::as_const(ends))
                    insertBefore(res, e);
                notes << tr("The as-is chart has no result delivery: “%1” is added before the end.").arg(res.name);
            }
        }
    }

    // Lanes: those still used, in as-is order; a new system lane after the applicant's.
    QSet<QString> usedLanes;
    for (const Step &s : std::as_const(out.steps))
        usedLanes.insert(s.lane);
    int afterApplicants = 0;
    for (const Lane &l : asIs.lanes) {
        Lane t = l;
        t.id = laneId(l.id);
        if (!usedLanes.contains(t.id))
            continue;
        out.lanes << t;
        if (l.kind == LaneKind::Applicant)
            afterApplicants = int(out.lanes.size());
    }
    if (newSystemLane && usedLanes.contains(systemLane))
        out.lanes.insert(afterApplicants, Lane{systemLane, systemLaneName(), LaneKind::System, {}});

    // Flows: no self-loops, each (from, to, kind) once, ids tf1, tf2… that no step or lane has.
    taken.clear();
    for (const Step &s : std::as_const(out.steps))
        taken.insert(s.id);
    for (const Lane &l : std::as_const(out.lanes))
        taken.insert(l.id);
    QSet<QString> seen;
    int n = 0;
    for (Flow f : std::as_const(newFlows)) {
        if (f.from == f.to)
            continue;
        const QString key = f.from + QChar(0) + f.to + QChar(0) + QString::number(int(f.kind));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        do
            f.id = QStringLiteral("tf%1").arg(++n);
        while (taken.contains(f.id));
        out.flows << f;
    }
    if (notesOut)
        *notesOut = notes;
    return out;
}

QString Derivation::rulesHelp()
{
    const QStringList items{
        tr("<b>What decides.</b> Each as-is step's action in the four-criteria analysis, the row's decision "
           "(online or in person, the result channel, the new name, hours and waiting, the system that does it, a "
           "reason to automate anyway, the step to merge into) and the step's nature (submission, payment, check, "
           "appraisal, signing…: chosen in the step's properties, or read from its name)."),
        tr("<b>Keep</b>: the step is copied."),
        tr("<b>Simplify</b>: reused documents are no longer handed in; the step goes online when the decision says "
           "so, by default when it is in person and not an examination in person (a health check stays at the "
           "clinic). Online, the submission becomes “Nộp hồ sơ trực tuyến” in the applicant's lane, the payment "
           "“Thanh toán phí, lệ phí trực tuyến”, the result “Nhận/Trả kết quả điện tử” (paper by post on request when "
           "the channel is postal; the desk channel keeps it in person). A signing or decision is signed digitally "
           "(“ký số”)."),
        tr("<b>Automate</b>: only checks, look-ups, notifications and forwarding go to the information system, with "
           "0 officer hours. The applicant's own acts (preparing, paying, submitting, receiving) stay the "
           "applicant's, done online, so the applicant's time and cost are not hidden. Appraisal, decisions, "
           "signing and registers stay with their officer, done electronically with their own hours; the system "
           "checks the data before them. Anything else is kept. A reason recorded in the decision hands any step to "
           "the system."),
        tr("<b>Merge</b>: the decision names the task that receives the step (required). It keeps its own id and "
           "lane and gains the union of duties, documents and systems and the sum of hours, waiting days and "
           "costs."),
        tr("<b>Eliminate</b>: the step goes and its predecessors are connected to its successors; but the "
           "submission and the result are replaced by their electronic form (or, for a submission whose data "
           "comes from connected systems, by an electronic intake), because seed 003 asks for online submission "
           "and electronic results for every dossier."),
        tr("<b>Always</b>: a procedure's e-process has a submission and a result delivery; when the as-is chart "
           "has none, they are added with a note. The checks of every e-process (derived or drawn) are listed in "
           "the issues panel: an applicant's lane with no task, no online submission, no result, an appraisal or "
           "signing with no officer's time, a system step with officer hours."),
        tr("<b>Example</b> (driver-licence sample): “Nộp lệ phí” (automate) stays the applicant's as an online "
           "payment; “Thẩm định hồ sơ” (automate) stays with the licensing office with its 3 h, after an automatic "
           "data check; “Thông báo bổ sung” (automate) is done by the system with 0 h; the health examination "
           "(simplify) stays in person."),
    };
    QString out;
    for (const QString &i : items)
        out += QStringLiteral("<p>%1</p>").arg(i);
    return out;
}

QString Derivation::fingerprint(const Process &p)
{
    Process copy = p;
    copy.layout = {};
    copy.extra.remove(generatedKey);
    const QByteArray json = QJsonDocument(TthcJson::processToJson(copy)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

void Derivation::markGenerated(Process &toBe) { toBe.extra.insert(generatedKey, fingerprint(toBe)); }

bool Derivation::isHandEdited(const Process &toBe)
{
    if (toBe.isEmpty())
        return false;
    const QString stored = toBe.extra.value(generatedKey).toString();
    return stored.isEmpty() || stored != fingerprint(toBe);
}

QStringList Derivation::describeChanges(const Process &current, const Process &derived)
{
    QStringList out;
    for (const Lane &l : current.lanes)
        if (!derived.lane(l.id))
            out << tr("Lane %1 (%2) removed").arg(l.id, q(l.name));
    for (const Lane &l : derived.lanes) {
        const Lane *c = current.lane(l.id);
        if (!c)
            out << tr("Lane %1 (%2) added").arg(l.id, q(l.name));
        else if (c->name != l.name || c->kind != l.kind)
            out << tr("Lane %1 (%2) changed").arg(l.id, q(l.name));
    }
    for (const Step &s : current.steps)
        if (!derived.step(s.id))
            out << tr("Step %1 (%2) removed").arg(s.id, q(s.name));
    for (const Step &s : derived.steps) {
        const Step *c = current.step(s.id);
        if (!c) {
            out << tr("Step %1 (%2) added").arg(s.id, q(s.name));
            continue;
        }
        QStringList fields;
        if (c->kind != s.kind) fields << tr("kind");
        if (c->name != s.name) fields << tr("name");
        if (c->lane != s.lane) fields << tr("lane");
        if (c->description != s.description) fields << tr("description");
        if (c->procedure != s.procedure) fields << tr("sub-procedure");
        if (c->hours != s.hours) fields << tr("hours");
        if (c->waitDays != s.waitDays) fields << tr("waiting days");
        if (c->inPerson != s.inPerson) fields << tr("in person");
        if (c->manual != s.manual) fields << tr("manual");
        if (c->documents != s.documents) fields << tr("documents");
        if (c->systems != s.systems) fields << tr("systems");
        if (c->costVnd != s.costVnd) fields << tr("cost");
        if (c->derivedFrom != s.derivedFrom) fields << tr("derived from");
        if (c->extra != s.extra) fields << tr("other fields");
        if (!fields.isEmpty())
            out << tr("Step %1 (%2) changed: %3").arg(s.id, q(s.name), fields.join(QStringLiteral(", ")));
    }
    // Flows by their ends: ids are renumbered by every derivation.
    const auto find = [](const Process &p, const Flow &f) -> const Flow * {
        for (const Flow &g : p.flows)
            if (g.from == f.from && g.to == f.to)
                return &g;
        return nullptr;
    };
    for (const Flow &f : current.flows)
        if (!find(derived, f))
            out << tr("Flow %1 → %2 removed").arg(f.from, f.to);
    for (const Flow &f : derived.flows) {
        const Flow *c = find(current, f);
        if (!c)
            out << tr("Flow %1 → %2 added").arg(f.from, f.to);
        else if (c->label != f.label || c->kind != f.kind || c->extra != f.extra)
            out << tr("Flow %1 → %2 changed").arg(f.from, f.to);
    }
    return out;
}

} // namespace tthc
