// ReductionRules: the three goals of seed 003 §2 (plus steps and elapsed days), measured on
// the samples by hand and on small charts built for one rule each.
#include "fixtures.h"
#include "reductions.h"

#include <QTest>

using namespace tthc;

namespace {

struct Expected {
    double trips[2], documents[2], manualSteps[2], steps[2], elapsedDays[2]; // {as-is, to-be}
};

void compare(const Reductions &r, const Expected &e)
{
    QCOMPARE(r.indicators.size(), 5);
    QCOMPARE(r.indicators[0].key, QStringLiteral("trips"));
    QCOMPARE(r.indicators[1].key, QStringLiteral("documents"));
    QCOMPARE(r.indicators[2].key, QStringLiteral("manualSteps"));
    QCOMPARE(r.indicators[3].key, QStringLiteral("steps"));
    QCOMPARE(r.indicators[4].key, QStringLiteral("elapsedDays"));
    const double *values[] = {e.trips, e.documents, e.manualSteps, e.steps, e.elapsedDays};
    for (int i = 0; i < 5; ++i) {
        const Indicator &ind = r.indicators[i];
        QVERIFY2(qFuzzyCompare(1 + ind.asIs, 1 + values[i][0]),
                 qPrintable(QStringLiteral("%1 as-is %2, expected %3").arg(ind.key).arg(ind.asIs).arg(values[i][0])));
        QVERIFY2(qFuzzyCompare(1 + ind.toBe, 1 + values[i][1]),
                 qPrintable(QStringLiteral("%1 to-be %2, expected %3").arg(ind.key).arg(ind.toBe).arg(values[i][1])));
    }
}

Step task(const QString &id, const QString &lane = QStringLiteral("L"), double hours = 0, double waitDays = 0)
{
    Step s = fixtures::step(id, StepKind::Task, lane);
    s.hours = hours;
    s.waitDays = waitDays;
    return s;
}

Flow withProbability(Flow f, double p)
{
    f.extra.insert(QStringLiteral("probability"), p);
    return f;
}

// start → a → D → (b | c) → end, with a loop back from c to a if asked.
Process decisionChart()
{
    Process p;
    p.lanes = {{QStringLiteral("L"), QStringLiteral("Đơn vị"), LaneKind::Unit, {}}};
    p.steps = {fixtures::step(QStringLiteral("s"), StepKind::Start, QStringLiteral("L")),
               task(QStringLiteral("a"), QStringLiteral("L"), 8, 1), // 1 + 8/8 = 2 days
               fixtures::step(QStringLiteral("d"), StepKind::Decision, QStringLiteral("L")),
               task(QStringLiteral("b"), QStringLiteral("L"), 0, 2),  // 2 days
               task(QStringLiteral("c"), QStringLiteral("L"), 4, 10), // 10.5 days
               fixtures::step(QStringLiteral("e"), StepKind::End, QStringLiteral("L"))};
    p.flows = {fixtures::flow(QStringLiteral("f1"), QStringLiteral("s"), QStringLiteral("a")),
               fixtures::flow(QStringLiteral("f2"), QStringLiteral("a"), QStringLiteral("d")),
               fixtures::flow(QStringLiteral("f3"), QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("Có")),
               fixtures::flow(QStringLiteral("f4"), QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("Không")),
               fixtures::flow(QStringLiteral("f5"), QStringLiteral("b"), QStringLiteral("e")),
               fixtures::flow(QStringLiteral("f6"), QStringLiteral("c"), QStringLiteral("e"))};
    return p;
}

} // namespace

class TestReductions : public QObject {
    Q_OBJECT
private slots:
    void driverLicence()
    {
        // doi-gplx.json, procedure 1.002804, computed by hand from the file.
        //
        // trips (steps with inPerson): as-is s1, s2, s3, s4, s6 = 5; to-be t1a (the health
        //   examination itself stays in person, 2026-12-01 sample) = 1.
        // documents (distinct ids at steps, minus reused): as-is s2 {d-anh}, s4 {d-don, d-ksk,
        //   d-cccd, d-gplx} = 5; to-be t1 {d-don, d-anh} = 2 (t1a lists none; the analysis
        //   reuses d-ksk, d-cccd, d-gplx, which no to-be step lists anyway).
        // manualSteps (manual, lane neither applicant nor system): as-is s4 (desk), s5 (unit),
        //   s5r (desk), s5b (leader), s5c (unit) = 5 — s1, s2, s3, s6 are the applicant's;
        //   to-be t4 (unit), t5 (leader), t6 (unit), t7 (agency: VNPost) = 4 — t1a, t1, t2
        //   applicant, t3, t4r system.
        // steps (task, decision, procedure): as-is s1 s2 s3 s4 s5 s5d s5r s5b s5c s6 = 10;
        //   to-be t1a t1 t2 t3 t4 t4d t4r t5 t6 t7 = 10.
        // elapsedDays (waitDays + hours/8 along the path; decisions take their first flow,
        //   "Hợp lệ"; the loop s5r → s4 / t4r → t1 is not taken):
        //   as-is s1 0.5 + s2 0.1875 + s3 0.0625 + s4 0.25 + s5 (2 + 0.375) + s5d 0
        //         + s5b (1 + 0.0625) + s5c 0.0625 + s6 0.1875 = 4.6875;
        //   to-be t1a 3.5/8 = 0.4375 + t1 0.0625 + t2 0.0125 + t3 0 + t4 (1 + 0.125) + t4d 0
        //         + t5 (0.5 + 0.03125) + t6 0.0625 + t7 1 = 3.23125.
        const Workspace ws = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        const Reductions r = ReductionRules::forProcedure(ws, ws.procedures[0]);
        compare(r, {{5, 1}, {5, 2}, {5, 4}, {10, 10}, {4.6875, 3.23125}});
        QCOMPARE(r.find(QStringLiteral("trips"))->change(), -4.0);
        QCOMPARE(*r.find(QStringLiteral("trips"))->percent(), -80.0);
        QCOMPARE(*r.find(QStringLiteral("documents"))->percent(), -60.0);
        QCOMPARE(*r.find(QStringLiteral("manualSteps"))->percent(), -20.0);
        QCOMPARE(*r.find(QStringLiteral("steps"))->percent(), 0.0);
        QVERIFY(qFuzzyCompare(*r.find(QStringLiteral("elapsedDays"))->percent(), (3.23125 - 4.6875) / 4.6875 * 100));
        QCOMPARE(r.find(QStringLiteral("nothing")), nullptr);
    }

    void covidProcedures_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QList<double>>("figures"); // as-is/to-be pairs in key order

        // 2.001001 Xác nhận danh sách (BHXH).
        //   trips a1 = 1 → 0; documents a1 {d-ds} = 1 → 0 (b1 hands in nothing);
        //   manual a2 (agency) = 1 → b1 is in the system lane and not manual = 0;
        //   steps a1 a2 = 2 → b1 = 1;
        //   days a1 2/8 = 0.25 + a2 3 + 2/8 = 3.25 → 3.5; to-be b1 0 → 0.
        QTest::newRow("2.001001") << QStringLiteral("2.001001") << QList<double>{1, 0, 1, 0, 1, 0, 2, 1, 3.5, 0};
        // 2.001002 Hỗ trợ vay vốn (UBND).
        //   trips c1 = 1 → 0; documents c1 {d-dsx, d-tt, d-bctc} = 3 → e1 {d-tt} = 1;
        //   manual c2 (agency), c3 (leader) = 2 → e2, e3 = 2; steps 3 → 3;
        //   days c1 3/8 = 0.375 + c2 2 + 0.5 + c3 2 + 0.25 = 5.125 →
        //        e1 1/8 = 0.125 + e2 1 + 0.25 + e3 1 + 0.125 = 2.5.
        QTest::newRow("2.001002") << QStringLiteral("2.001002") << QList<double>{1, 0, 3, 1, 2, 2, 3, 3, 5.125, 2.5};
        // 2.001003 Cho vay vốn (NHCSXH).
        //   trips f1 = 1 → 0; documents f1 {d-dn, d-qd} = 2 → 0; manual f2 = 1 → g2 = 1;
        //   steps 2 → 1; days f1 0.25 + f2 3 + 3/8 = 3.625 → g2 2 + 2/8 = 2.25.
        QTest::newRow("2.001003") << QStringLiteral("2.001003") << QList<double>{1, 0, 2, 0, 1, 1, 2, 1, 3.625, 2.25};
    }

    void covidProcedures()
    {
        QFETCH(QString, code);
        QFETCH(QList<double>, figures);
        const Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        const Reductions r = ReductionRules::forProcedure(ws, *ws.procedure(code));
        compare(r, {{figures[0], figures[1]}, {figures[2], figures[3]}, {figures[4], figures[5]},
                    {figures[6], figures[7]}, {figures[8], figures[9]}});
    }

    void covidGroup()
    {
        // nhom-vay-von-covid: as-is = the three members' as-is charts summed; to-be = the
        // members that keep a sub-procedure step in the group's e-process (h2 → 2.001002,
        // h3 → 2.001003; 2.001001 is cut and counts 0), each with its own e-process.
        //   trips 1 + 1 + 1 = 3 → 0 + 0 = 0
        //   documents 1 + 3 + 2 = 6 → 1 + 0 = 1
        //   manualSteps 1 + 2 + 1 = 4 → 2 + 1 = 3
        //   steps 2 + 3 + 2 = 7 → 3 + 1 = 4
        //   elapsedDays along the group's charts: g1 3.5 + g2 5.125 + g3 3.625 = 12.25 →
        //     h2 2.5 + (message flow) h3 2.25 = 4.75
        const Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        const Reductions r = ReductionRules::forGroup(ws, *ws.group(QStringLiteral("nhom-vay-von-covid")));
        compare(r, {{3, 0}, {6, 1}, {4, 3}, {7, 4}, {12.25, 4.75}});
    }

    void groupWithAnEliminatedMember()
    {
        Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        ProcedureGroup &g = ws.groups[0];
        // Cut 2.001003 too: only 2.001002 is left in the e-process.
        g.toBe.steps.removeAt(2); // h3
        g.toBe.flows = {fixtures::flow(QStringLiteral("f1"), QStringLiteral("h0"), QStringLiteral("h2")),
                        fixtures::flow(QStringLiteral("f2"), QStringLiteral("h2"), QStringLiteral("h9"))};
        compare(ReductionRules::forGroup(ws, g), {{3, 0}, {6, 1}, {4, 2}, {7, 3}, {12.25, 2.5}});
        // A member without an e-process yet counts as it is today.
        ws.procedures[1].toBe = {};
        // 2.001002 as-is: trips 1, documents 3, manual 2, steps 3, days 5.125.
        compare(ReductionRules::forGroup(ws, g), {{3, 1}, {6, 3}, {4, 2}, {7, 3}, {12.25, 5.125}});
        // No group e-process at all: nothing is counted on the to-be side.
        g.toBe = {};
        compare(ReductionRules::forGroup(ws, g), {{3, 0}, {6, 0}, {4, 0}, {7, 0}, {12.25, 0}});
        // No group as-is chart: the members run one after the other.
        g.asIs = {};
        compare(ReductionRules::forGroup(ws, g), {{3, 0}, {6, 0}, {4, 0}, {7, 0}, {12.25, 0}});
    }

    void groupReuseAndDuplicateMembers()
    {
        Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        ProcedureGroup &g = ws.groups[0];
        g.members << QStringLiteral("2.001002"); // listed twice: counted once
        StepAnalysis row;
        row.step = QStringLiteral("g2");
        row.reuseDocuments = {QStringLiteral("d-tt")}; // the group-level link reuses the agreement
        g.analysis = {row};
        compare(ReductionRules::forGroup(ws, g), {{3, 0}, {6, 0}, {4, 3}, {7, 4}, {12.25, 4.75}});
    }

    void firstBranchWithoutProbabilities()
    {
        // s → a (2) → d → b (2) → e: the first flow of the decision, 4 days; c is not taken.
        QCOMPARE(ReductionRules::elapsedDays(decisionChart()), 4.0);
    }

    void probabilities_data()
    {
        QTest::addColumn<double>("pb");
        QTest::addColumn<double>("pc");
        QTest::addColumn<double>("days");
        // 2 + pb × 2 + pc × 10.5, weights normalised.
        QTest::newRow("0.7 / 0.3") << 0.7 << 0.3 << 2 + 0.7 * 2 + 0.3 * 10.5;   // 6.55
        QTest::newRow("0.2 / 0.8") << 0.2 << 0.8 << 2 + 0.2 * 2 + 0.8 * 10.5;   // 10.8
        QTest::newRow("70 / 30 percent") << 70.0 << 30.0 << 2 + 0.7 * 2 + 0.3 * 10.5;
        QTest::newRow("only b given 0.6") << 0.6 << -1.0 << 2 + 0.6 * 2 + 0.4 * 10.5; // c takes the rest: 7.4
        QTest::newRow("zero weights: first") << 0.0 << 0.0 << 4.0;
    }

    void probabilities()
    {
        QFETCH(double, pb);
        QFETCH(double, pc);
        QFETCH(double, days);
        Process p = decisionChart();
        p.flows[2] = withProbability(p.flows[2], pb);
        if (pc >= 0)
            p.flows[3] = withProbability(p.flows[3], pc);
        QVERIFY2(qFuzzyCompare(ReductionRules::elapsedDays(p), days),
                 qPrintable(QString::number(ReductionRules::elapsedDays(p))));
    }

    void loopIsNotFollowedTwice()
    {
        // The supplement loop c → a comes first among c's flows: it is a back edge, so c goes on
        // to e. With the loop the decision's first branch is still b: 4 days.
        Process p = decisionChart();
        p.flows.insert(5, fixtures::flow(QStringLiteral("f7"), QStringLiteral("c"), QStringLiteral("a")));
        QCOMPARE(ReductionRules::elapsedDays(p), 4.0);
        // The loop branch listed first at the decision: d → a is a back edge, b is the most likely.
        p = decisionChart();
        p.flows.insert(2, fixtures::flow(QStringLiteral("f0"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("Bổ sung")));
        QCOMPARE(ReductionRules::elapsedDays(p), 4.0);
        // With probabilities the back edge is left out and the rest is normalised: 2 + (0.5×2 + 0.3×10.5)/0.8.
        p.flows[2] = withProbability(p.flows[2], 0.2);
        p.flows[3] = withProbability(p.flows[3], 0.5);
        p.flows[4] = withProbability(p.flows[4], 0.3);
        QVERIFY(qFuzzyCompare(ReductionRules::elapsedDays(p), 2 + (0.5 * 2 + 0.3 * 10.5) / 0.8));
    }

    void parallelPathsTakeTheLongest()
    {
        // a is a task (not a decision) with two outgoing flows: both happen, the longer counts.
        Process p = decisionChart();
        p.steps[2].kind = StepKind::Task; // d becomes a task that splits
        QCOMPARE(ReductionRules::elapsedDays(p), 2 + 10.5);
        QCOMPARE(ReductionRules::elapsedDays(Process{}), 0.0);
    }

    void countingRules()
    {
        Process p;
        p.lanes = {{QStringLiteral("A"), QStringLiteral("Người dân"), LaneKind::Applicant, {}},
                   {QStringLiteral("D"), QStringLiteral("Một cửa"), LaneKind::Desk, {}},
                   {QStringLiteral("S"), QStringLiteral("Hệ thống"), LaneKind::System, {}}};
        Step a = task(QStringLiteral("a"), QStringLiteral("A"));
        a.inPerson = a.manual = true;
        a.documents = {QStringLiteral("d1"), QStringLiteral("d2")};
        Step b = task(QStringLiteral("b"), QStringLiteral("D"));
        b.inPerson = b.manual = true;
        b.documents = {QStringLiteral("d2"), QStringLiteral("d3")};
        Step c = task(QStringLiteral("c"), QStringLiteral("S"));
        c.manual = true; // a system lane's step never counts as manual work of the agency
        Step d = fixtures::step(QStringLiteral("d"), StepKind::Decision, QStringLiteral("D"));
        d.inPerson = d.manual = true;
        Step e = fixtures::step(QStringLiteral("e"), StepKind::End, QStringLiteral("A"));
        p.steps = {fixtures::step(QStringLiteral("s"), StepKind::Start, QStringLiteral("A")), a, b, c, d, e};
        QCOMPARE(ReductionRules::trips(p), 3);        // a, b, d
        QCOMPARE(ReductionRules::documents(p), 3);    // d1, d2, d3
        QCOMPARE(ReductionRules::documents(p, {QStringLiteral("d2")}), 2);
        QCOMPARE(ReductionRules::manualSteps(p), 2);  // b, d
        QCOMPARE(ReductionRules::steps(p), 4);        // a, b, c, d
    }

    void percentAndTexts()
    {
        Indicator i;
        i.asIs = 0;
        i.toBe = 3;
        QCOMPARE(i.change(), 3.0);
        QVERIFY(!i.percent().has_value());
        i.asIs = 4;
        QCOMPARE(*i.percent(), -25.0);
        for (const QString &key : ReductionRules::keys()) {
            QVERIFY(!ReductionRules::label(key).isEmpty());
            QVERIFY(!ReductionRules::definition(key).isEmpty());
        }
        QCOMPARE(ReductionRules::keys(), (QStringList{QStringLiteral("trips"), QStringLiteral("documents"),
                                                      QStringLiteral("manualSteps"), QStringLiteral("steps"),
                                                      QStringLiteral("elapsedDays")}));
        QCOMPARE(ReductionRules::definition(QStringLiteral("x")), QString());
    }
};

QTEST_GUILESS_MAIN(TestReductions)
#include "tst_reductions.moc"
