#include "validator.h"

#include "labels.h"
#include "stepdecision.h"

#include <QHash>
#include <QRegularExpression>
#include <functional>
#include <vector>
#include <QSet>

namespace tthc {

namespace {

QString q(const QString &s) { return quotedValue(s); } // controls shown, cut to 80 characters

struct RuleDef {
    const char *id;
    Severity severity;
    bool integrity;
};

// The rule table; descriptions are translated in Validator::rules().
constexpr RuleDef ruleDefs[] = {
    {"structure.start", Severity::Error, false},
    {"structure.end", Severity::Error, false},
    {"structure.unreachable", Severity::Error, false},
    {"structure.dead-end", Severity::Error, false},
    {"structure.lane", Severity::Error, false},
    {"decision.branches", Severity::Error, false},
    {"decision.labels", Severity::Warning, false},
    {"analysis.missing", Severity::Warning, false},
    {"readiness.missing", Severity::Warning, false},
    {"online.inperson", Severity::Error, false},
    {"procedure.level", Severity::Warning, false},
    {"legal.basis", Severity::Warning, false},
    {"derived.eliminated", Severity::Warning, false},
    {"tobe.applicant", Severity::Warning, false},
    {"tobe.submission", Severity::Warning, false},
    {"tobe.result", Severity::Warning, false},
    {"tobe.officer", Severity::Warning, false},
    {"tobe.system-hours", Severity::Warning, false},
    {"analysis.merge", Severity::Error, false},
    {"analysis.automate", Severity::Warning, false},
    {"analysis.decision", Severity::Error, true},
    {"step.nature", Severity::Error, true},
    {"flow.dangling", Severity::Error, true},
    {"ref.lane", Severity::Error, true},
    {"ref.document", Severity::Error, true},
    {"ref.system", Severity::Error, true},
    {"ref.procedure", Severity::Error, true},
    {"ref.derived", Severity::Error, true},
    {"analysis.step", Severity::Error, true},
    {"id.duplicate", Severity::Error, true},
};

const RuleDef &def(const char *id)
{
    for (const RuleDef &d : ruleDefs)
        if (qstrcmp(d.id, id) == 0)
            return d;
    Q_UNREACHABLE();
}

QString stepRef(const Step &s) { return stepReference(s); }
QString stepRef(const Process &p, const QString &id)
{
    const Step *s = p.step(id);
    return s ? stepRef(*s) : q(id);
}

// Collects the findings of one owner (procedure or group) with its JSON path prefix.
class Checker {
public:
    Checker(const Workspace &ws, QList<Finding> &out) : m_ws(ws), m_out(out) {}

    void add(const char *rule, const QString &message, const QString &path, const QString &step = {},
             const QString &flow = {})
    {
        const RuleDef &d = def(rule);
        Location loc = m_loc;
        loc.step = step;
        loc.flow = flow;
        m_out.append({QString::fromLatin1(d.id), d.severity, message, loc, path});
    }

    void procedure(const Procedure &p, int index)
    {
        m_loc = {};
        m_loc.procedure = p.code;
        const QString base = QStringLiteral("procedures[%1]").arg(index);
        m_documents.clear();
        for (int i = 0; i < p.documents.size(); ++i) {
            const Document &d = p.documents[i];
            if (m_documents.contains(d.id))
                add("id.duplicate", Validator::tr("Document id %1 is used more than once.").arg(q(d.id)),
                    base + QStringLiteral(".documents[%1].id").arg(i));
            m_documents.insert(d.id);
        }
        for (int i = 0; i < p.legalBasis.size(); ++i)
            if (const QString missing = LegalBasis::missing(p.legalBasis[i]); !missing.isEmpty())
                add("legal.basis",
                    Validator::tr("Legal basis %1 of procedure %2 has no %3: the decision cites every basis with its "
                                  "number, date and title.")
                        .arg(q(p.legalBasis[i]), q(p.code), missing),
                    base + QStringLiteral(".legalBasis[%1]").arg(i));
        if (p.level == Level::District)
            add("procedure.level",
                Validator::tr("Procedure %1 is at the district level, which no longer exists since 1 July 2025 "
                              "(two-tier local government): choose the province or the commune level.")
                    .arg(q(p.code)),
                base + QStringLiteral(".level"));
        // A member of a group may take its dossier from the member before it and hand its result
        // to the next: the group's chart is checked as a whole.
        m_member = std::any_of(m_ws.groups.begin(), m_ws.groups.end(),
                               [&](const ProcedureGroup &g) { return g.members.contains(p.code); });
        owner(base, p.asIs, p.toBe, p.analysis);
        m_member = false;
        if (p.onlineLevel == OnlineLevel::Full) {
            m_loc.process = Which::ToBe;
            for (int i = 0; i < p.toBe.steps.size(); ++i) {
                const Step &s = p.toBe.steps[i];
                if (s.inPerson)
                    add("online.inperson",
                        Validator::tr("The procedure is offered fully online, yet step %1 of its e-process still "
                                      "needs the applicant in person.")
                            .arg(stepRef(s)),
                        base + QStringLiteral(".toBe.steps[%1].inPerson").arg(i), s.id);
            }
            m_loc.process.reset();
        }
    }

    void group(const ProcedureGroup &g, int index)
    {
        m_loc = {};
        m_loc.group = g.id;
        const QString base = QStringLiteral("groups[%1]").arg(index);
        for (int i = 0; i < g.members.size(); ++i)
            if (!m_ws.procedure(g.members[i]))
                add("ref.procedure",
                    Validator::tr("Group member %1 is not a procedure of the workspace.").arg(q(g.members[i])),
                    base + QStringLiteral(".members[%1]").arg(i));
        // A group has no documents of its own: its steps may hand in its members' documents.
        m_documents.clear();
        for (const QString &code : g.members)
            if (const Procedure *p = m_ws.procedure(code))
                for (const Document &d : p->documents)
                    m_documents.insert(d.id);
        owner(base, g.asIs, g.toBe, g.analysis);
    }

private:
    void owner(const QString &base, const Process &asIs, const Process &toBe, const QList<StepAnalysis> &analysis)
    {
        m_loc.process = Which::AsIs;
        process(base + QStringLiteral(".asIs"), asIs, nullptr);
        m_loc.process = Which::ToBe;
        process(base + QStringLiteral(".toBe"), toBe, &asIs);
        eProcess(base + QStringLiteral(".toBe"), toBe);
        derivedFromEliminated(base, asIs, toBe, analysis);
        m_loc.process = Which::AsIs;
        analysisRows(base, asIs, analysis);
        m_loc.process.reset();
    }

    // A to-be step that still traces to a step the analysis eliminates: the elimination was
    // not carried into the e-process (or the analysis changed after it was drawn).
    void derivedFromEliminated(const QString &base, const Process &asIs, const Process &toBe,
                               const QList<StepAnalysis> &analysis)
    {
        QSet<QString> eliminated;
        for (const StepAnalysis &a : analysis)
            if (a.action == Action::Eliminate && asIs.stepIndex(a.step) >= 0)
                eliminated.insert(a.step);
        if (eliminated.isEmpty())
            return;
        m_loc.process = Which::ToBe;
        for (int i = 0; i < toBe.steps.size(); ++i) {
            const Step &s = toBe.steps[i];
            const StepNature nature = StepRules::nature(s, toBe);
            if (!m_member && !m_loc.procedure.isEmpty() && (nature == StepNature::Submission || nature == StepNature::Result))
                continue; // the rules replace an eliminated submission or result (derivation.h)
            for (int j = 0; j < s.derivedFrom.size(); ++j)
                if (eliminated.contains(s.derivedFrom[j]))
                    add("derived.eliminated",
                        Validator::tr("To-be step %1 derives from as-is step %2, which the analysis eliminates.")
                            .arg(stepRef(s), stepRef(asIs, s.derivedFrom[j])),
                        base + QStringLiteral(".toBe.steps[%1].derivedFrom[%2]").arg(i).arg(j), s.id);
        }
    }

    // What every e-process must have, derived or drawn (derivation.h gives the reasons): each
    // applicant's lane does something, the dossier is taken online (or arrives from connected
    // systems), a result is delivered, appraisal/decision/signing/registering is an officer's
    // work with its hours, and a system step costs no officer's hours. A group's chart (made of
    // its members) and a group's member procedures are not asked for the applicant's work, a
    // submission or a result: the group as a whole has them.
    void eProcess(const QString &base, const Process &p)
    {
        if (p.steps.isEmpty())
            return;
        const bool composite = std::any_of(p.steps.begin(), p.steps.end(),
                                           [](const Step &s) { return s.kind == StepKind::Procedure; });
        for (int i = 0; i < p.lanes.size(); ++i) {
            const Lane &l = p.lanes[i];
            if (l.kind != LaneKind::Applicant || composite || m_member)
                continue;
            const bool acts = std::any_of(p.steps.begin(), p.steps.end(), [&](const Step &s) {
                return s.lane == l.id && (s.kind == StepKind::Task || s.kind == StepKind::Procedure);
            });
            if (!acts)
                add("tobe.applicant",
                    Validator::tr("The applicant's lane %1 of the e-process has no task: the applicant must at least "
                                  "submit the dossier and receive the result.").arg(q(l.name)),
                    base + QStringLiteral(".lanes[%1]").arg(i));
        }
        bool onlineSubmission = false, inPersonSubmission = false, result = false;
        for (int i = 0; i < p.steps.size(); ++i) {
            const Step &s = p.steps[i];
            if (s.kind != StepKind::Task)
                continue;
            const StepNature nature = StepRules::nature(s, p);
            const bool system = StepRules::isSystemLane(p, s.lane);
            const auto sp = [&] { return base + QStringLiteral(".steps[%1]").arg(i); };
            if (nature == StepNature::Submission) {
                if (system || (!s.inPerson && StepRules::isApplicantLane(p, s.lane)))
                    onlineSubmission = true;
                else if (s.inPerson)
                    inPersonSubmission = true;
            }
            if (nature == StepNature::Result)
                result = true;
            if (StepRules::officerOnly(nature) && (system || !s.manual || s.hours <= 0))
                add("tobe.officer",
                    system ? Validator::tr("Step %1 is %2, which the law gives to an officer, yet the information "
                                           "system does it.").arg(stepRef(s), Labels::of(nature).toLower())
                           : Validator::tr("Step %1 is %2, yet no officer's time is booked for it (%3 h%4).")
                                 .arg(stepRef(s), Labels::of(nature).toLower())
                                 .arg(s.hours)
                                 .arg(s.manual ? QString() : Validator::tr(", not manual")),
                    sp(), s.id);
            if (system && s.hours > 0)
                add("tobe.system-hours",
                    Validator::tr("Step %1 is done by the information system but books %2 h of officer time: move "
                                  "the step to the officer's lane or set its hours to 0.").arg(stepRef(s)).arg(s.hours),
                    sp() + QStringLiteral(".hours"), s.id);
        }
        if (composite || m_member || m_loc.procedure.isEmpty())
            return;
        if (!onlineSubmission)
            add("tobe.submission",
                inPersonSubmission
                    ? Validator::tr("The e-process takes the dossier only in person: it needs an online submission by "
                                    "the applicant (or an intake from connected systems).")
                    : Validator::tr("The e-process has no submission: it needs an online submission by the applicant "
                                    "(or an intake from connected systems)."),
                base + QStringLiteral(".steps"));
        if (!result)
            add("tobe.result",
                Validator::tr("The e-process delivers no result: it needs a result delivery step (electronic "
                              "result, paper by post on request)."),
                base + QStringLiteral(".steps"));
    }

    // Paths and owner phrases are built only when there is something to report: the checks
    // run over the whole city-scale workspace after edits.
    using Text = std::function<QString()>;

    void references(const Text &path, const QStringList &ids, const char *rule, bool documents,
                    const QString &stepId, const Text &owner)
    {
        for (int i = 0; i < ids.size(); ++i) {
            const QString &id = ids[i];
            const bool known = documents ? m_documents.contains(id) : m_ws.system(id) != nullptr;
            if (known)
                continue;
            const QString p = path() + QStringLiteral("[%1]").arg(i);
            add(rule,
                documents ? Validator::tr("%1 refers to unknown document %2.").arg(owner(), q(id))
                          : Validator::tr("%1 refers to unknown system %2.").arg(owner(), q(id)),
                p, stepId);
        }
    }

    void process(const QString &base, const Process &p, const Process *asIs)
    {
        if (p.isEmpty())
            return; // not drafted yet: nothing to check
        const QString stepsPath = base + QStringLiteral(".steps");
        QSet<QString> laneIds, flowIds;
        QHash<QString, int> stepIds; // id → index of its first step
        stepIds.reserve(p.steps.size());
        for (int i = 0; i < p.lanes.size(); ++i) {
            if (laneIds.contains(p.lanes[i].id))
                add("id.duplicate", Validator::tr("Lane id %1 is used more than once.").arg(q(p.lanes[i].id)),
                    base + QStringLiteral(".lanes[%1].id").arg(i));
            laneIds.insert(p.lanes[i].id);
        }
        QStringList starts, ends;
        std::vector<int> startIndex, endIndex;
        for (int i = 0; i < p.steps.size(); ++i) {
            const Step &s = p.steps[i];
            const auto sp = [&] { return stepsPath + QStringLiteral("[%1]").arg(i); };
            const Text who = [&s] { return Validator::tr("Step %1").arg(stepRef(s)); };
            if (stepIds.contains(s.id))
                add("id.duplicate", Validator::tr("Step id %1 is used more than once.").arg(q(s.id)), sp() + ".id", s.id);
            else
                stepIds.insert(s.id, i);
            if (s.kind == StepKind::Start) {
                starts << s.id;
                startIndex.push_back(i);
            }
            if (s.kind == StepKind::End) {
                ends << s.id;
                endIndex.push_back(i);
            }
            if (s.lane.isEmpty()) {
                if (s.kind != StepKind::Start && s.kind != StepKind::End)
                    add("structure.lane", Validator::tr("Step %1 is not in any lane (actor).").arg(stepRef(s)),
                        sp() + ".lane", s.id);
            } else if (!laneIds.contains(s.lane)) {
                add("ref.lane", Validator::tr("Step %1 is in unknown lane %2.").arg(stepRef(s), q(s.lane)),
                    sp() + ".lane", s.id);
            }
            if (const QJsonValue nv = s.extra.value(QStringLiteral("nature")); !nv.isUndefined() && !StepRules::statedNature(s))
                add("step.nature",
                    Validator::tr("Step %1 has an unknown nature %2; expected one of: %3.")
                        .arg(stepRef(s), q(nv.toVariant().toString()), allJsonNames<StepNature>().join(QStringLiteral(", "))),
                    sp() + ".nature", s.id);
            references([&] { return sp() + ".documents"; }, s.documents, "ref.document", true, s.id, who);
            references([&] { return sp() + ".systems"; }, s.systems, "ref.system", false, s.id, who);
            if (s.kind == StepKind::Procedure && !m_ws.procedure(s.procedure))
                add("ref.procedure",
                    s.procedure.isEmpty()
                        ? Validator::tr("Sub-procedure step %1 does not name its procedure.").arg(stepRef(s))
                        : Validator::tr("Sub-procedure step %1 refers to unknown procedure %2.").arg(stepRef(s), q(s.procedure)),
                    sp() + ".procedure", s.id);
            if (asIs) {
                for (int j = 0; j < s.derivedFrom.size(); ++j)
                    if (asIs->stepIndex(s.derivedFrom[j]) < 0)
                        add("ref.derived",
                            Validator::tr("To-be step %1 derives from %2, which is not an as-is step.")
                                .arg(stepRef(s), q(s.derivedFrom[j])),
                            sp() + QStringLiteral(".derivedFrom[%1]").arg(j), s.id);
            }
        }
        if (starts.size() != 1)
            add("structure.start",
                starts.isEmpty() ? Validator::tr("The process has no start step; it needs exactly one.")
                                 : Validator::tr("The process has %1 start steps (%2); it needs exactly one.")
                                       .arg(starts.size())
                                       .arg(starts.join(QStringLiteral(", "))),
                stepsPath, starts.value(1));
        if (ends.isEmpty())
            add("structure.end", Validator::tr("The process has no end step."), stepsPath);

        // Flows: dangling ends, and the graph (by step index) for the reachability rules.
        const int n = int(p.steps.size());
        std::vector<std::vector<int>> next(n), prev(n), outgoing(n);
        for (int i = 0; i < p.flows.size(); ++i) {
            const Flow &f = p.flows[i];
            const auto fp = [&] { return base + QStringLiteral(".flows[%1]").arg(i); };
            if (flowIds.contains(f.id))
                add("id.duplicate", Validator::tr("Flow id %1 is used more than once.").arg(q(f.id)), fp() + ".id",
                    {}, f.id);
            flowIds.insert(f.id);
            const int from = stepIds.value(f.from, -1);
            const int to = stepIds.value(f.to, -1);
            if (from < 0)
                add("flow.dangling", Validator::tr("unknown step %1").arg(q(f.from)), fp() + ".from", {}, f.id);
            if (to < 0)
                add("flow.dangling", Validator::tr("unknown step %1").arg(q(f.to)), fp() + ".to", {}, f.id);
            if (from < 0 || to < 0)
                continue;
            next[from].push_back(to);
            prev[to].push_back(from);
            outgoing[from].push_back(i);
        }

        for (int i = 0; i < n; ++i) {
            const Step &s = p.steps[i];
            if (s.kind != StepKind::Decision || stepIds.value(s.id) != i)
                continue;
            const std::vector<int> &outs = outgoing[i];
            if (outs.size() < 2)
                add("decision.branches",
                    Validator::tr("Decision %1 has %2 outgoing flow(s); it needs at least two.").arg(stepRef(s)).arg(outs.size()),
                    stepsPath + QStringLiteral("[%1]").arg(i), s.id);
            for (int fi : outs)
                if (p.flows[fi].label.trimmed().isEmpty())
                    add("decision.labels",
                        Validator::tr("The branch of decision %1 towards %2 has no label.").arg(stepRef(s), stepRef(p, p.flows[fi].to)),
                        base + QStringLiteral(".flows[%1].label").arg(fi), s.id, p.flows[fi].id);
        }

        auto reach = [n](const std::vector<int> &from, const std::vector<std::vector<int>> &edges) {
            std::vector<char> seen(n, 0);
            std::vector<int> todo = from;
            for (int i : from)
                seen[i] = 1;
            while (!todo.empty()) {
                const int i = todo.back();
                todo.pop_back();
                for (int j : edges[i])
                    if (!seen[j]) {
                        seen[j] = 1;
                        todo.push_back(j);
                    }
            }
            return seen;
        };
        const std::vector<char> fromStart = reach(startIndex.size() == 1 ? startIndex : std::vector<int>{}, next);
        const std::vector<char> toEnd = reach(endIndex, prev);
        for (int i = 0; i < n; ++i) {
            const Step &s = p.steps[i];
            const int at = stepIds.value(s.id); // a duplicate id shares the first step's links
            const auto sp = [&] { return stepsPath + QStringLiteral("[%1]").arg(i); };
            if (starts.size() == 1 && !fromStart[at])
                add("structure.unreachable", Validator::tr("Step %1 cannot be reached from the start.").arg(stepRef(s)), sp(), s.id);
            if (!ends.isEmpty() && !toEnd[at])
                add("structure.dead-end", Validator::tr("Step %1 cannot reach an end.").arg(stepRef(s)), sp(), s.id);
        }
    }

    // The structured decision of a row (stepdecision.h) and what the derivation will do with it.
    void decision(const QString &ap, const Process &asIs, const StepAnalysis &a)
    {
        for (const QString &problem : StepRules::decisionProblems(a))
            add("analysis.decision", Validator::tr("The analysis of step %1: %2").arg(stepRef(asIs, a.step), problem),
                ap + QStringLiteral(".decision"), a.step);
        const Step *s = asIs.step(a.step);
        if (!s || s->kind != StepKind::Task)
            return;
        const Decision d = StepRules::decision(a);
        if (!d.by.isEmpty() && !m_ws.system(d.by))
            add("ref.system", Validator::tr("The analysis of step %1 has it done by unknown system %2.")
                                  .arg(stepRef(*s), q(d.by)), ap + QStringLiteral(".decision.by"), a.step);
        if (a.action == Action::Merge) {
            const Step *target = d.into.isEmpty() ? nullptr : asIs.step(d.into);
            if (d.into.isEmpty())
                add("analysis.merge", Validator::tr("Step %1 is to be merged, but no step to merge it into is chosen.")
                                          .arg(stepRef(*s)), ap + QStringLiteral(".decision.into"), a.step);
            else if (!target || target->kind != StepKind::Task || target->id == s->id)
                add("analysis.merge", Validator::tr("Step %1 is to be merged into %2, which is not another task of "
                                                    "the as-is chart.").arg(stepRef(*s), q(d.into)),
                    ap + QStringLiteral(".decision.into"), a.step);
        }
        if (a.action == Action::Automate && d.override.isEmpty() && !StepRules::applicantsOwn(*s, asIs)) {
            const StepNature nature = StepRules::nature(*s, asIs);
            if (!StepRules::automatable(nature))
                add("analysis.automate",
                    StepRules::officerOnly(nature)
                        ? Validator::tr("Step %1 is %2, which the law gives to an officer: the e-process keeps it "
                                        "with the officer (done electronically) and automates only the checks "
                                        "before it. Record a reason to automate it anyway.")
                              .arg(stepRef(*s), Labels::of(nature).toLower())
                        : Validator::tr("Step %1 is %2: a system cannot do it alone, so the e-process keeps it. "
                                        "Record a reason to automate it anyway.")
                              .arg(stepRef(*s), Labels::of(nature).toLower()),
                    ap + QStringLiteral(".action"), a.step);
        }
    }

    void analysisRows(const QString &base, const Process &asIs, const QList<StepAnalysis> &rows)
    {
        QSet<QString> analysed;
        for (int i = 0; i < rows.size(); ++i) {
            const StepAnalysis &a = rows[i];
            const auto ap = [&] { return base + QStringLiteral(".analysis[%1]").arg(i); };
            if (asIs.stepIndex(a.step) < 0)
                add("analysis.step", Validator::tr("Analysis row for %1, which is not an as-is step.").arg(q(a.step)),
                    ap() + ".step");
            else if (analysed.contains(a.step))
                add("id.duplicate", Validator::tr("Step %1 has more than one analysis row.").arg(stepRef(asIs, a.step)),
                    ap() + ".step", a.step);
            analysed.insert(a.step);
            const Text who = [&a, &asIs] { return Validator::tr("The analysis of step %1").arg(stepRef(asIs, a.step)); };
            references([&] { return ap() + ".systems"; }, a.systems, "ref.system", false, a.step, who);
            references([&] { return ap() + ".reuseDocuments"; }, a.reuseDocuments, "ref.document", true, a.step, who);
            decision(ap(), asIs, a);
            // Eliminating a step or reusing a document relies on its systems being there
            // (the appendix: "CSDL ... chưa có → Đề nghị xây dựng").
            if (a.action != Action::Eliminate && a.reuseDocuments.isEmpty())
                continue;
            for (int j = 0; j < a.systems.size(); ++j) {
                const System *sys = m_ws.system(a.systems[j]);
                if (!sys || (sys->readiness != Readiness::None && sys->readiness != Readiness::Building))
                    continue;
                add("readiness.missing",
                    sys->readiness == Readiness::None
                        ? Validator::tr("Analysis of step %1: %2 does not exist yet → propose building it")
                              .arg(stepRef(asIs, a.step), q(sys->name))
                        : Validator::tr("Analysis of step %1: %2 is under construction → it must be completed "
                                        "before the e-process relies on it")
                              .arg(stepRef(asIs, a.step), q(sys->name)),
                    ap() + QStringLiteral(".systems[%1]").arg(j), a.step);
            }
        }
        for (int i = 0; i < asIs.steps.size(); ++i) {
            const Step &s = asIs.steps[i];
            if (s.kind == StepKind::Task && !analysed.contains(s.id))
                add("analysis.missing",
                    Validator::tr("As-is task %1 has not been analysed against the four criteria.").arg(stepRef(s)),
                    base + QStringLiteral(".asIs.steps[%1]").arg(i), s.id);
        }
    }

    const Workspace &m_ws;
    QList<Finding> &m_out;
    Location m_loc;
    QSet<QString> m_documents;
    bool m_member = false; // the procedure being checked belongs to a group
};

void workspaceLevel(const Workspace &ws, QList<Finding> &out)
{
    auto dup = [&](const QString &message, const QString &path) {
        out.append({QStringLiteral("id.duplicate"), Severity::Error, message, {}, path});
    };
    QSet<QString> seen;
    for (int i = 0; i < ws.systems.size(); ++i) {
        if (seen.contains(ws.systems[i].id))
            dup(Validator::tr("System id %1 is used more than once.").arg(q(ws.systems[i].id)),
                QStringLiteral("systems[%1].id").arg(i));
        seen.insert(ws.systems[i].id);
    }
    seen.clear();
    for (int i = 0; i < ws.procedures.size(); ++i) {
        if (seen.contains(ws.procedures[i].code))
            dup(Validator::tr("Procedure code %1 is used more than once.").arg(q(ws.procedures[i].code)),
                QStringLiteral("procedures[%1].code").arg(i));
        seen.insert(ws.procedures[i].code);
    }
    seen.clear();
    for (int i = 0; i < ws.groups.size(); ++i) {
        if (seen.contains(ws.groups[i].id))
            dup(Validator::tr("Group id %1 is used more than once.").arg(q(ws.groups[i].id)),
                QStringLiteral("groups[%1].id").arg(i));
        seen.insert(ws.groups[i].id);
    }
}

} // namespace

QList<RuleInfo> Validator::rules()
{
    const QHash<QString, QString> text{
        {"structure.start", tr("A process has exactly one start step.")},
        {"structure.end", tr("A process has at least one end step.")},
        {"structure.unreachable", tr("Every step can be reached from the start.")},
        {"structure.dead-end", tr("Every step can reach an end.")},
        {"structure.lane", tr("Every step other than start and end is in a lane.")},
        {"decision.branches", tr("A decision has at least two outgoing flows.")},
        {"decision.labels", tr("Every branch of a decision is labelled.")},
        {"analysis.missing", tr("Every as-is task has an analysis row.")},
        {"readiness.missing",
         tr("A step that is eliminated or reuses documents relies only on systems that exist (not missing or "
            "under construction).")},
        {"online.inperson", tr("A procedure offered fully online has no in-person step in its e-process.")},
        {"legal.basis", tr("Every legal basis of a procedure gives its number, date and title (a law: its name and "
                           "date), as the decision cites it: “Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính "
                           "phủ quy định chi tiết …”.")},
        {"procedure.level", tr("A procedure is at the province, commune or ministry level: since 1 July 2025 local "
                               "government has two tiers, there is no district level.")},
        {"derived.eliminated", tr("No to-be step derives from an as-is step that the analysis eliminates.")},
        {"tobe.applicant", tr("Every applicant's lane of an e-process has a task.")},
        {"tobe.submission", tr("A procedure's e-process takes the dossier online (or from connected systems).")},
        {"tobe.result", tr("A procedure's e-process delivers a result.")},
        {"tobe.officer", tr("Appraisal, decisions, signing and registers are an officer's work, with hours booked.")},
        {"tobe.system-hours", tr("A step of the information system books no officer hours.")},
        {"analysis.merge", tr("A step to be merged names another task to merge into.")},
        {"analysis.automate",
         tr("Only checks, look-ups, notifications and forwarding are automated, unless a reason is recorded.")},
        {"analysis.decision", tr("The decision of an analysis row has usable fields.")},
        {"step.nature", tr("A step's nature is one of the known natures.")},
        {"flow.dangling", tr("A flow goes from and to existing steps.")},
        {"ref.lane", tr("A step is in an existing lane.")},
        {"ref.document", tr("Referenced documents exist in the procedure.")},
        {"ref.system", tr("Referenced systems exist in the registry.")},
        {"ref.procedure", tr("Referenced procedures exist in the workspace.")},
        {"ref.derived", tr("derivedFrom points at existing as-is steps.")},
        {"analysis.step", tr("An analysis row belongs to an existing as-is step.")},
        {"id.duplicate", tr("Ids are unique.")},
    };
    QList<RuleInfo> out;
    for (const RuleDef &d : ruleDefs)
        out.append({QString::fromLatin1(d.id), d.severity, d.integrity, text.value(QString::fromLatin1(d.id))});
    return out;
}

bool Validator::isIntegrityRule(const QString &ruleId)
{
    for (const RuleDef &d : ruleDefs)
        if (ruleId == QLatin1String(d.id))
            return d.integrity;
    return false;
}

QString LegalBasis::missing(const QString &entry)
{
    // A date: "ngày 15/11/2015" or "ngày 15 tháng 11 năm 2015".
    static const QRegularExpression date(
        QStringLiteral("ngày\\s+\\d{1,2}(\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}|\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})"),
        QRegularExpression::CaseInsensitiveOption);
    // A number: "số 123/2015/NĐ-CP" (a law is cited by its name instead).
    static const QRegularExpression number(QStringLiteral("số\\s+\\d+[/\\d]*/[\\p{L}\\d-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression law(QStringLiteral("^\\s*(Căn cứ\\s+)?(Luật|Bộ luật|Pháp lệnh)\\s"),
                                        QRegularExpression::CaseInsensitiveOption);
    // A title: what the document is about, after its date and issuer.
    static const QRegularExpression title(
        QStringLiteral("\\s(quy định|về|ban hành|hướng dẫn|sửa đổi|bổ sung|phê duyệt|thành lập|quy chế|công bố)\\s"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    const bool isLaw = law.match(entry).hasMatch();
    if (!isLaw && !number.match(entry).hasMatch())
        out << tr("number");
    const auto d = date.match(entry);
    if (!d.hasMatch())
        out << tr("date");
    if (!isLaw && !(d.hasMatch() && title.match(entry.mid(d.capturedEnd()) + u' ').hasMatch()))
        out << tr("title");
    return out.join(tr(", "));
}

QList<Finding> Validator::validate(const Workspace &ws)
{
    QList<Finding> out;
    workspaceLevel(ws, out);
    Checker c(ws, out);
    for (int i = 0; i < ws.procedures.size(); ++i)
        c.procedure(ws.procedures[i], i);
    for (int i = 0; i < ws.groups.size(); ++i)
        c.group(ws.groups[i], i);
    return out;
}

QList<Finding> Validator::validateProcedure(const Workspace &ws, int procedureIndex)
{
    QList<Finding> out;
    Checker(ws, out).procedure(ws.procedures.at(procedureIndex), procedureIndex);
    return out;
}

QList<Finding> Validator::validateWorkspaceIds(const Workspace &ws)
{
    QList<Finding> out;
    workspaceLevel(ws, out);
    return out;
}

QList<Finding> Validator::validateGroup(const Workspace &ws, int groupIndex)
{
    QList<Finding> out;
    Checker(ws, out).group(ws.groups.at(groupIndex), groupIndex);
    return out;
}

QString Validator::severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return tr("error");
    case Severity::Warning: return tr("warning");
    case Severity::Info: return tr("info");
    }
    return {};
}

int Validator::count(const QList<Finding> &findings, Severity s)
{
    return int(std::count_if(findings.begin(), findings.end(), [s](const Finding &f) { return f.severity == s; }));
}

QString Validator::formatLine(const Finding &f)
{
    return QStringLiteral("%1 [%2] %3: %4").arg(severityName(f.severity), f.rule, f.path, f.message);
}

} // namespace tthc
