// Each validator rule against a fixture that breaks it and one that passes it.
#include "fixtures.h"
#include "stepdecision.h"
#include "validator.h"

#include <QTest>
#include <functional>

using namespace tthc;
using Mutation = std::function<void(Workspace &)>;

namespace {

Procedure &p1(Workspace &ws) { return ws.procedures[0]; }
Step &asIsStep(Workspace &ws, const QString &id) { return p1(ws).asIs.steps[p1(ws).asIs.stepIndex(id)]; }

void decide(StepAnalysis &a, const std::function<void(Decision &)> &change)
{
    Decision d = StepRules::decision(a);
    change(d);
    StepRules::setDecision(a, d);
}

// P1 on its own (not a member of G1), its e-process with a result step t2 before the end.
void alone(Workspace &ws, bool withResult)
{
    ws.groups.clear();
    if (!withResult)
        return;
    Process &t = p1(ws).toBe;
    t.steps.insert(2, fixtures::step("t2", StepKind::Task, "T1", QStringLiteral("Nhận kết quả điện tử")));
    t.flows[1].to = QStringLiteral("t2");
    t.flows.append(fixtures::flow("f3", "t2", "t9"));
}

struct Case {
    const char *name;
    const char *rule;
    bool fires;
    const char *path;    // expected JSON path of the finding ("" = not checked)
    const char *stepId;  // expected location step ("" = not checked)
    Mutation mutate;
};

const QList<Case> &cases()
{
    static const QList<Case> list = {
        {"base passes every rule", nullptr, false, "", "", [](Workspace &) {}},
        {"two starts", "structure.start", true, "procedures[0].asIs.steps", "s0b", [](Workspace &ws) {
             p1(ws).asIs.steps.append(fixtures::step("s0b", StepKind::Start, "L1"));
             p1(ws).asIs.flows.append(fixtures::flow("f9", "s0b", "s1"));
         }},
        {"no start", "structure.start", true, "procedures[0].asIs.steps", "", [](Workspace &ws) {
             asIsStep(ws, "s0").kind = StepKind::Task;
         }},
        {"one start", "structure.start", false, "", "", [](Workspace &) {}},
        {"no end", "structure.end", true, "procedures[0].toBe.steps", "", [](Workspace &ws) {
             p1(ws).toBe.steps[2].kind = StepKind::Task;
         }},
        {"two ends are fine", "structure.end", false, "", "", [](Workspace &ws) {
             p1(ws).asIs.steps.append(fixtures::step("s10", StepKind::End, "L2"));
             p1(ws).asIs.flows.append(fixtures::flow("f9", "s3", "s10"));
         }},
        {"unreachable step", "structure.unreachable", true, "procedures[0].asIs.steps[5]", "s4", [](Workspace &ws) {
             p1(ws).asIs.steps.append(fixtures::step("s4", StepKind::Task, "L2"));
             p1(ws).asIs.flows.append(fixtures::flow("f9", "s4", "s9"));
         }},
        {"reachable through a message flow", "structure.unreachable", false, "", "", [](Workspace &ws) {
             p1(ws).asIs.steps.append(fixtures::step("s4", StepKind::Task, "L2"));
             Flow m = fixtures::flow("f9", "s3", "s4");
             m.kind = FlowKind::Message;
             p1(ws).asIs.flows.append(m);
             p1(ws).asIs.flows.append(fixtures::flow("f10", "s4", "s9"));
         }},
        {"dead end", "structure.dead-end", true, "procedures[0].asIs.steps[5]", "s5", [](Workspace &ws) {
             p1(ws).asIs.steps.append(fixtures::step("s5", StepKind::Task, "L2"));
             p1(ws).asIs.flows.append(fixtures::flow("f9", "s3", "s5"));
         }},
        {"loop back still reaches the end", "structure.dead-end", false, "", "", [](Workspace &ws) {
             p1(ws).asIs.flows.append(fixtures::flow("f9", "s3", "s1")); // supplement loop
         }},
        {"task without lane", "structure.lane", true, "procedures[0].asIs.steps[3].lane", "s3", [](Workspace &ws) {
             asIsStep(ws, "s3").lane.clear();
         }},
        {"start without lane is fine", "structure.lane", false, "", "", [](Workspace &ws) {
             asIsStep(ws, "s0").lane.clear();
         }},
        {"decision with one branch", "decision.branches", true, "procedures[0].asIs.steps[2]", "s2", [](Workspace &ws) {
             p1(ws).asIs.flows.removeAt(3); // s2 → s9
         }},
        {"decision with two branches", "decision.branches", false, "", "", [](Workspace &) {}},
        {"unlabelled branch", "decision.labels", true, "procedures[0].asIs.flows[2].label", "s2", [](Workspace &ws) {
             p1(ws).asIs.flows[2].label = QStringLiteral("  ");
         }},
        {"labelled branches", "decision.labels", false, "", "", [](Workspace &) {}},
        {"task not analysed", "analysis.missing", true, "procedures[0].asIs.steps[3]", "s3", [](Workspace &ws) {
             p1(ws).analysis.removeAt(1);
         }},
        {"decision needs no analysis", "analysis.missing", false, "", "", [](Workspace &) {}},
        {"reuse relies on a system under construction", "readiness.missing", true,
         "procedures[0].analysis[0].systems[0]", "s1", [](Workspace &ws) { ws.systems[0].readiness = Readiness::Building; }},
        {"elimination relies on a missing system", "readiness.missing", true, "procedures[0].analysis[1].systems[0]", "s3",
         [](Workspace &ws) {
             ws.systems[0].readiness = Readiness::None;
             p1(ws).analysis[0].reuseDocuments.clear();
             p1(ws).analysis[1].systems = {QStringLiteral("sys-a")};
             p1(ws).analysis[1].action = Action::Eliminate;
         }},
        {"reuse relies on a connected system", "readiness.missing", false, "", "", [](Workspace &) {}},
        {"missing system without reuse or elimination", "readiness.missing", false, "", "", [](Workspace &ws) {
             ws.systems[0].readiness = Readiness::None;
             p1(ws).analysis[0].reuseDocuments.clear();
         }},
        {"fully online with an in-person e-process step", "online.inperson", true, "procedures[0].toBe.steps[1].inPerson",
         "t1", [](Workspace &ws) {
             p1(ws).onlineLevel = OnlineLevel::Full;
             p1(ws).toBe.steps[1].inPerson = true;
         }},
        {"fully online without in-person steps", "online.inperson", false, "", "", [](Workspace &ws) {
             p1(ws).onlineLevel = OnlineLevel::Full;
         }},
        {"partly online may keep an in-person step", "online.inperson", false, "", "", [](Workspace &ws) {
             p1(ws).onlineLevel = OnlineLevel::Partial;
             p1(ws).toBe.steps[1].inPerson = true;
         }},
        {"an undated, untitled legal basis", "legal.basis", true, "procedures[0].legalBasis[0]", "",
         [](Workspace &ws) { p1(ws).legalBasis = {QStringLiteral("Căn cứ Nghị định số 123/2015/NĐ-CP;")}; }},
        {"a complete legal basis", "legal.basis", false, "", "", [](Workspace &ws) {
             p1(ws).legalBasis = {QStringLiteral("Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết "
                                                 "một số điều và biện pháp thi hành Luật Hộ tịch"),
                                  QStringLiteral("Luật Hộ tịch ngày 20 tháng 11 năm 2014")};
         }},
        {"district level, read from an older file", "procedure.level", true, "procedures[0].level", "",
         [](Workspace &ws) { p1(ws).level = Level::District; }},
        {"commune level (two tiers since 1/7/2025)", "procedure.level", false, "", "",
         [](Workspace &ws) { p1(ws).level = Level::Commune; }},
        {"to-be step derived from an eliminated step", "derived.eliminated", true,
         "procedures[0].toBe.steps[1].derivedFrom[0]", "t1", [](Workspace &ws) { p1(ws).analysis[0].action = Action::Eliminate; }},
        {"to-be step derived from an automated step", "derived.eliminated", false, "", "", [](Workspace &ws) {
             p1(ws).analysis[0].action = Action::Automate;
         }},
        {"applicant's lane with nothing to do", "tobe.applicant", true, "procedures[0].toBe.lanes[1]", "", [](Workspace &ws) {
             alone(ws, true);
             p1(ws).toBe.lanes.append({QStringLiteral("T2"), QStringLiteral("Doanh nghiệp"), LaneKind::Applicant, {}});
         }},
        {"the applicant submits", "tobe.applicant", false, "", "", [](Workspace &ws) { alone(ws, true); }},
        {"submission only in person", "tobe.submission", true, "procedures[0].toBe.steps", "", [](Workspace &ws) {
             alone(ws, true);
             p1(ws).toBe.steps[1].inPerson = true;
         }},
        {"online submission", "tobe.submission", false, "", "", [](Workspace &ws) { alone(ws, true); }},
        {"a group's member may take its dossier from the group", "tobe.submission", false, "", "", [](Workspace &ws) {
             p1(ws).toBe.steps[1].inPerson = true;
         }},
        {"no result delivery", "tobe.result", true, "procedures[0].toBe.steps", "", [](Workspace &ws) { alone(ws, false); }},
        {"electronic result", "tobe.result", false, "", "", [](Workspace &ws) { alone(ws, true); }},
        {"appraisal with no officer time", "tobe.officer", true, "procedures[0].toBe.steps[1]", "t1", [](Workspace &ws) {
             p1(ws).toBe.steps[1].name = QStringLiteral("Thẩm định hồ sơ");
         }},
        {"appraisal by the system", "tobe.officer", true, "procedures[0].toBe.steps[1]", "t1", [](Workspace &ws) {
             p1(ws).toBe.lanes.append({QStringLiteral("TS"), QStringLiteral("Hệ thống"), LaneKind::System, {}});
             p1(ws).toBe.steps[1].name = QStringLiteral("Phê duyệt");
             p1(ws).toBe.steps[1].lane = QStringLiteral("TS");
             p1(ws).toBe.steps[1].hours = 1;
             p1(ws).toBe.steps[1].manual = true;
         }},
        {"appraisal by an officer with hours", "tobe.officer", false, "", "", [](Workspace &ws) {
             p1(ws).toBe.steps[1].name = QStringLiteral("Thẩm định hồ sơ");
             p1(ws).toBe.steps[1].hours = 1;
             p1(ws).toBe.steps[1].manual = true;
         }},
        {"system step with officer hours", "tobe.system-hours", true, "procedures[0].toBe.steps[1].hours", "t1",
         [](Workspace &ws) {
             p1(ws).toBe.lanes.append({QStringLiteral("TS"), QStringLiteral("Hệ thống"), LaneKind::System, {}});
             p1(ws).toBe.steps[1].lane = QStringLiteral("TS");
             p1(ws).toBe.steps[1].hours = 2;
         }},
        {"system step without hours", "tobe.system-hours", false, "", "", [](Workspace &ws) {
             p1(ws).toBe.lanes.append({QStringLiteral("TS"), QStringLiteral("Hệ thống"), LaneKind::System, {}});
             p1(ws).toBe.steps[1].lane = QStringLiteral("TS");
         }},
        {"merge without a target", "analysis.merge", true, "procedures[0].analysis[1].decision.into", "s3",
         [](Workspace &ws) { p1(ws).analysis[1].action = Action::Merge; }},
        {"merge into itself", "analysis.merge", true, "procedures[0].analysis[1].decision.into", "s3", [](Workspace &ws) {
             p1(ws).analysis[1].action = Action::Merge;
             decide(p1(ws).analysis[1], [](Decision &d) { d.into = QStringLiteral("s3"); });
         }},
        {"merge into another task", "analysis.merge", false, "", "", [](Workspace &ws) {
             p1(ws).analysis[1].action = Action::Merge;
             decide(p1(ws).analysis[1], [](Decision &d) { d.into = QStringLiteral("s1"); });
         }},
        {"automating an appraisal", "analysis.automate", true, "procedures[0].analysis[1].action", "s3",
         [](Workspace &ws) { p1(ws).analysis[1].action = Action::Automate; }},
        {"automating an appraisal with a recorded reason", "analysis.automate", false, "", "", [](Workspace &ws) {
             p1(ws).analysis[1].action = Action::Automate;
             decide(p1(ws).analysis[1], [](Decision &d) { d.override = QStringLiteral("Điều kiện kiểm tra được bằng dữ liệu"); });
         }},
        {"automating the applicant's submission keeps it the applicant's", "analysis.automate", false, "", "",
         [](Workspace &ws) { p1(ws).analysis[0].action = Action::Automate; }},
        {"decision hours as text", "analysis.decision", true, "procedures[0].analysis[1].decision", "s3", [](Workspace &ws) {
             p1(ws).analysis[1].extra.insert(QStringLiteral("decision"), QJsonObject{{QStringLiteral("hours"), QStringLiteral("hai")}});
         }},
        {"decision hours as a number", "analysis.decision", false, "", "", [](Workspace &ws) {
             p1(ws).analysis[1].extra.insert(QStringLiteral("decision"), QJsonObject{{QStringLiteral("hours"), 2}});
         }},
        {"unknown nature", "step.nature", true, "procedures[0].asIs.steps[3].nature", "s3", [](Workspace &ws) {
             asIsStep(ws, "s3").extra.insert(QStringLiteral("nature"), QStringLiteral("thinking"));
         }},
        {"known nature", "step.nature", false, "", "", [](Workspace &ws) {
             StepRules::setNature(asIsStep(ws, "s3"), StepNature::Appraisal);
         }},
        {"flow to a missing step", "flow.dangling", true, "procedures[0].asIs.flows[4].to", "", [](Workspace &ws) {
             p1(ws).asIs.flows[4].to = QStringLiteral("s7");
         }},
        {"flows between existing steps", "flow.dangling", false, "", "", [](Workspace &) {}},
        {"unknown lane", "ref.lane", true, "procedures[0].asIs.steps[3].lane", "s3", [](Workspace &ws) {
             asIsStep(ws, "s3").lane = QStringLiteral("L9");
         }},
        {"known lanes", "ref.lane", false, "", "", [](Workspace &) {}},
        {"unknown document", "ref.document", true, "procedures[0].asIs.steps[1].documents[2]", "s1", [](Workspace &ws) {
             asIsStep(ws, "s1").documents.append(QStringLiteral("d9"));
         }},
        {"unknown reused document", "ref.document", true, "procedures[0].analysis[0].reuseDocuments[1]", "s1",
         [](Workspace &ws) { p1(ws).analysis[0].reuseDocuments.append(QStringLiteral("d9")); }},
        {"known documents", "ref.document", false, "", "", [](Workspace &) {}},
        {"unknown system", "ref.system", true, "procedures[0].asIs.steps[1].systems[1]", "s1", [](Workspace &ws) {
             asIsStep(ws, "s1").systems.append(QStringLiteral("sys-x"));
         }},
        {"known systems", "ref.system", false, "", "", [](Workspace &) {}},
        {"unknown sub-procedure", "ref.procedure", true, "groups[0].asIs.steps[1].procedure", "g1", [](Workspace &ws) {
             ws.groups[0].asIs.steps[1].procedure = QStringLiteral("9.999");
         }},
        {"unknown group member", "ref.procedure", true, "groups[0].members[1]", "", [](Workspace &ws) {
             ws.groups[0].members.append(QStringLiteral("9.999"));
         }},
        {"known procedures", "ref.procedure", false, "", "", [](Workspace &) {}},
        {"derived from a missing as-is step", "ref.derived", true, "procedures[0].toBe.steps[1].derivedFrom[1]", "t1",
         [](Workspace &ws) { p1(ws).toBe.steps[1].derivedFrom.append(QStringLiteral("s8")); }},
        {"derived from an as-is step", "ref.derived", false, "", "", [](Workspace &) {}},
        {"analysis of a missing step", "analysis.step", true, "procedures[0].analysis[2].step", "", [](Workspace &ws) {
             StepAnalysis a;
             a.step = QStringLiteral("s8");
             p1(ws).analysis.append(a);
         }},
        {"analysis of existing steps", "analysis.step", false, "", "", [](Workspace &) {}},
        {"duplicate document id", "id.duplicate", true, "procedures[0].documents[2].id", "", [](Workspace &ws) {
             p1(ws).documents.append({QStringLiteral("d1"), QStringLiteral("Khác"), DocumentKind::Other, {}});
         }},
        {"duplicate step id", "id.duplicate", true, "procedures[0].asIs.steps[5].id", "s3", [](Workspace &ws) {
             p1(ws).asIs.steps.append(fixtures::step("s3", StepKind::Task, "L2"));
         }},
        {"duplicate procedure code", "id.duplicate", true, "procedures[1].code", "", [](Workspace &ws) {
             ws.procedures.append(ws.procedures[0]);
         }},
        {"unique ids", "id.duplicate", false, "", "", [](Workspace &) {}},
    };
    return list;
}

} // namespace

class TestValidator : public QObject {
    Q_OBJECT
private slots:
    void everyRuleHasACase()
    {
        for (const RuleInfo &rule : Validator::rules()) {
            bool fails = false, passes = false;
            for (const Case &c : cases())
                if (c.rule && rule.id == QLatin1String(c.rule))
                    (c.fires ? fails : passes) = true;
            QVERIFY2(fails && passes, qPrintable(QStringLiteral("rule %1 lacks a failing or passing case").arg(rule.id)));
            QVERIFY2(!rule.description.isEmpty(), qPrintable(rule.id));
        }
    }

    void rule_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << i;
    }

    void rule()
    {
        QFETCH(int, index);
        const Case &c = cases()[index];
        Workspace ws = fixtures::small();
        c.mutate(ws);
        const QList<Finding> findings = Validator::validate(ws);
        if (!c.rule) {
            QStringList lines;
            for (const Finding &f : findings)
                lines << Validator::formatLine(f);
            QVERIFY2(findings.isEmpty(), qPrintable(lines.join(u'\n')));
            return;
        }
        QList<Finding> matching;
        for (const Finding &f : findings)
            if (f.rule == QLatin1String(c.rule))
                matching << f;
        if (!c.fires) {
            QCOMPARE(matching.size(), 0);
            return;
        }
        QCOMPARE(matching.size(), 1);
        const Finding &f = matching.first();
        QVERIFY(!f.message.isEmpty());
        if (*c.path)
            QCOMPARE(f.path, QString::fromUtf8(c.path));
        if (*c.stepId)
            QCOMPARE(f.location.step, QString::fromUtf8(c.stepId));
        const bool inGroup = f.path.startsWith(QLatin1String("groups"));
        if (f.path.startsWith(QLatin1String("procedures[0]")))
            QCOMPARE(f.location.procedure, QStringLiteral("P1"));
        if (inGroup)
            QCOMPARE(f.location.group, QStringLiteral("G1"));
    }

    void danglingFlowMessageNamesTheStep()
    {
        Workspace ws = fixtures::small();
        ws.procedures[0].asIs.flows[4].to = QStringLiteral("s7");
        QList<Finding> findings = Validator::validate(ws);
        // s3 also lost its way to the end; keep the dangling-flow finding.
        QCOMPARE(findings.size(), 2);
        findings.removeIf([](const Finding &f) { return f.rule != QLatin1String("flow.dangling"); });
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, Severity::Error);
        QCOMPARE(findings[0].location.flow, QStringLiteral("f5"));
        QCOMPARE(findings[0].location.process, std::optional<Which>(Which::AsIs));
        QVERIFY2(findings[0].message.contains(QStringLiteral("s7")), qPrintable(findings[0].message));
    }

    void legalBasisParts()
    {
        // The examples: a decree without date or title, a law without its date.
        QCOMPARE(LegalBasis::missing(QStringLiteral("Căn cứ Nghị định số 123/2015/NĐ-CP;")), QStringLiteral("date, title"));
        QCOMPARE(LegalBasis::missing(QStringLiteral("Luật Hộ tịch năm 2014;")), QStringLiteral("date"));
        QCOMPARE(LegalBasis::missing(QStringLiteral("Thông tư số 12/2017/TT-BGTVT ngày 15/4/2017 của Bộ Giao thông vận tải")),
                 QStringLiteral("title"));
        QCOMPARE(LegalBasis::missing(QStringLiteral("Quyết định ngày 24/4/2020 về việc hỗ trợ")), QStringLiteral("number"));
        QVERIFY(LegalBasis::missing(QStringLiteral("Thông tư số 12/2017/TT-BGTVT ngày 15/4/2017 của Bộ Giao thông vận tải "
                                                   "quy định về đào tạo, sát hạch, cấp giấy phép lái xe"))
                    .isEmpty());
    }

    void levelFollowsTheAgency()
    {
        QCOMPARE(levelForAgency(QStringLiteral("UBND xã Tân Lập")), Level::Commune);
        QCOMPARE(levelForAgency(QStringLiteral("Ủy ban nhân dân phường Ba Đình")), Level::Commune);
        QCOMPARE(levelForAgency(QStringLiteral("UBND cấp xã")), Level::Commune);
        QCOMPARE(levelForAgency(QStringLiteral("Bộ Tư pháp")), Level::Ministry);
        QCOMPARE(levelForAgency(QStringLiteral("Sở Giao thông vận tải")), Level::Province);
        QCOMPARE(levelForAgency(QStringLiteral("Sở Xây dựng")), Level::Province); // "Xây" is not "xã"
        QCOMPARE(levelForAgency(QString()), Level::Province);
    }

    void integrityRulesAreMarked()
    {
        QVERIFY(Validator::isIntegrityRule(QStringLiteral("flow.dangling")));
        QVERIFY(Validator::isIntegrityRule(QStringLiteral("ref.system")));
        QVERIFY(!Validator::isIntegrityRule(QStringLiteral("structure.start")));
        QVERIFY(!Validator::isIntegrityRule(QStringLiteral("analysis.missing")));
        QVERIFY(!Validator::isIntegrityRule(QStringLiteral("readiness.missing")));
        QVERIFY(!Validator::isIntegrityRule(QStringLiteral("online.inperson")));
        QVERIFY(!Validator::isIntegrityRule(QStringLiteral("derived.eliminated")));
    }

    void newRulesSeverityAndMessages()
    {
        Workspace ws = fixtures::small();
        ws.systems[0].readiness = Readiness::None;
        QList<Finding> f = Validator::validate(ws);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Severity::Warning);
        QCOMPARE(f[0].location.process, std::optional<Which>(Which::AsIs));
        QCOMPARE(f[0].message, QStringLiteral("Analysis of step “Nộp hồ sơ” (s1): “CSDL A” does not exist yet → propose building it"));
        ws.systems[0].readiness = Readiness::Building;
        f = Validator::validate(ws);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].message, QStringLiteral("Analysis of step “Nộp hồ sơ” (s1): “CSDL A” is under construction → it must be "
                                              "completed before the e-process relies on it"));
        ws.systems[0].readiness = Readiness::Available;
        QCOMPARE(Validator::validate(ws).size(), 0);

        ws = fixtures::small();
        ws.procedures[0].onlineLevel = OnlineLevel::Full;
        ws.procedures[0].toBe.steps[1].inPerson = true;
        f = Validator::validate(ws);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Severity::Error);
        QCOMPARE(f[0].location.process, std::optional<Which>(Which::ToBe));
        QVERIFY2(f[0].message.contains(QStringLiteral("“Nộp trực tuyến” (t1)")), qPrintable(f[0].message));

        ws = fixtures::small();
        ws.procedures[0].analysis[0].action = Action::Eliminate;
        f = Validator::validate(ws);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].severity, Severity::Warning);
        QCOMPARE(f[0].location.process, std::optional<Which>(Which::ToBe));
        QCOMPARE(f[0].message, QStringLiteral("To-be step “Nộp trực tuyến” (t1) derives from as-is step “Nộp hồ sơ” (s1), which the analysis eliminates."));

        // In a group too.
        ws = fixtures::small();
        StepAnalysis g1;
        g1.step = QStringLiteral("g1");
        g1.action = Action::Eliminate;
        ws.groups[0].analysis = {g1};
        ws.groups[0].toBe = ws.groups[0].asIs;
        ws.groups[0].toBe.steps[1].derivedFrom = {QStringLiteral("g1")};
        f = Validator::validate(ws);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].rule, QStringLiteral("derived.eliminated"));
        QCOMPARE(f[0].path, QStringLiteral("groups[0].toBe.steps[1].derivedFrom[0]"));
        QCOMPARE(f[0].location.group, QStringLiteral("G1"));
    }

    void emptyToBeIsNotChecked()
    {
        Workspace ws = fixtures::small();
        ws.procedures[0].toBe = {};
        QCOMPARE(Validator::validate(ws).size(), 0);
    }

    void perProcedureMatchesWhole()
    {
        Workspace ws = fixtures::small();
        ws.procedures[0].asIs.flows[4].to = QStringLiteral("s7");
        QCOMPARE(Validator::validateProcedure(ws, 0).size(), 2);
        QCOMPARE(Validator::validateProcedure(ws, 0), Validator::validate(ws));
        QCOMPARE(Validator::validateGroup(ws, 0).size(), 0);
    }

    // No errors; the only warnings are the ones the worked examples really deserve.
    void samplesHaveNoErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("warnings"); // "rule path"
        // The legal basis "Thông tư số 12/2017/TT-BGTVT ngày 15/4/2017 của Bộ Giao thông vận tải"
        // has no title (issue 13). The health-check database (csdl-ksk) is under construction, yet s1 and s4 reuse the
        // health certificate from it (the appendix: "chưa có → Đề nghị xây dựng").
        QTest::newRow("doi-gplx") << QStringLiteral("doi-gplx.json")
                                  << QStringList{QStringLiteral("legal.basis procedures[0].legalBasis[0]"),
                                                 QStringLiteral("readiness.missing procedures[0].analysis[0].systems[0]"),
                                                 QStringLiteral("readiness.missing procedures[0].analysis[3].systems[1]"),
                                                 QStringLiteral("analysis.automate procedures[0].analysis[4].action")};
        // The analysis asks to automate s5 "Thẩm định hồ sơ", an appraisal (the rules keep it
        // with the officer, and the hand-drawn e-process does too).
        // The hand-drawn e-processes of 2.001001 and 2.001003 still trace to the eliminated
        // submissions a1 and f1; 2.001001's analysis automates the BHXH's appraisal a2; and
        // 2.001001 (BHXH cấp huyện, written before the two-tier reform) is at the district level;
        // every sample's legal basis (number, date, issuer) lacks its title (issue 13).
        QTest::newRow("vay-von") << QStringLiteral("vay-von-tra-luong-covid.json")
                                 << QStringList{QStringLiteral("legal.basis procedures[0].legalBasis[0]"),
                                                QStringLiteral("procedure.level procedures[0].level"),
                                                QStringLiteral("derived.eliminated procedures[0].toBe.steps[1].derivedFrom[0]"),
                                                QStringLiteral("analysis.automate procedures[0].analysis[1].action"),
                                                QStringLiteral("legal.basis procedures[1].legalBasis[0]"),
                                                QStringLiteral("legal.basis procedures[2].legalBasis[0]"),
                                                QStringLiteral("derived.eliminated procedures[2].toBe.steps[1].derivedFrom[0]")};
        QTest::newRow("systems") << QStringLiteral("systems.json") << QStringList{};
    }

    void samplesHaveNoErrors()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, warnings);
        const QList<Finding> findings = Validator::validate(fixtures::loadSample(file));
        QStringList lines, actual;
        for (const Finding &f : findings) {
            lines << Validator::formatLine(f);
            if (f.severity == Severity::Warning)
                actual << f.rule + u' ' + f.path;
        }
        QCOMPARE(Validator::count(findings, Severity::Error), 0);
        QCOMPARE(Validator::count(findings, Severity::Info), 0);
        QVERIFY2(actual == warnings, qPrintable(lines.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
