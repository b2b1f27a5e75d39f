// ReductionRules: the three goals of seed 003 §2 (plus steps, the processing time and the total
// elapsed time), measured on the samples by hand and on small charts built for one rule each.
#include "fixtures.h"
#include "reductions.h"

#include <QTest>

using namespace tthc;

namespace {

struct Expected {
    double visits[2], documents[2], manualSteps[2], steps[2], processingDays[2], elapsedDays[2]; // {as-is, to-be}
};

void compare(const Reductions &r, const Expected &e)
{
    QCOMPARE(r.indicators.size(), 6);
    QCOMPARE(r.indicators[0].key, QStringLiteral("visits"));
    QCOMPARE(r.indicators[1].key, QStringLiteral("documents"));
    QCOMPARE(r.indicators[2].key, QStringLiteral("manualSteps"));
    QCOMPARE(r.indicators[3].key, QStringLiteral("steps"));
    QCOMPARE(r.indicators[4].key, QStringLiteral("processingDays"));
    QCOMPARE(r.indicators[5].key, QStringLiteral("elapsedDays"));
    const double *values[] = {e.visits, e.documents, e.manualSteps, e.steps, e.processingDays, e.elapsedDays};
    for (int i = 0; i < 6; ++i) {
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
        // The path of one dossier (flowgraph.h): the decisions s5d and t4d give no probability,
        // so their returns (s5r → s4, t4r → t1) take the default 10 %: a step in the loop runs
        // 1 / 0.9 = 10/9 times, the return step 1/9, the steps after it once.
        //
        // visits: the place of every in-person step is the procedure's agency (no "place", no
        //   lane of another agency). As-is s1 → s2 → s3 → s4 are consecutive in person: one
        //   visit (from the start); s4 again after s5r (not in person): 1/9 of a visit; s6
        //   after s5c: one visit → 2 + 1/9 = 2.111… → 2.11. To-be t1a (the health examination
        //   itself stays in person, 2026-12-01 sample) = 1; nothing else in person.
        // documents (distinct ids at steps, minus reused): as-is s2 {d-anh}, s4 {d-don, d-ksk,
        //   d-cccd, d-gplx} = 5; to-be t1 {d-don, d-anh} = 2 (t1a lists none; the analysis
        //   reuses d-ksk, d-cccd, d-gplx, which no to-be step lists anyway).
        // manualSteps (manual, lane neither applicant nor system): as-is s4 (desk), s5 (unit),
        //   s5r (desk), s5b (leader), s5c (unit) = 5 — s1, s2, s3, s6 are the applicant's;
        //   to-be t4 (unit), t5 (leader), t6 (unit), t7 (agency: VNPost) = 4 — t1a, t1, t2
        //   applicant, t3, t4r system.
        // steps (task, decision, procedure): as-is s1 s2 s3 s4 s5 s5d s5r s5b s5c s6 = 10;
        //   to-be t1a t1 t2 t3 t4 t4d t4r t5 t6 t7 = 10.
        // processingDays (a complete dossier: returns left out; steps outside the applicant's
        //   lane; waitDays + hours / 8): as-is s4 0.25 + s5 (2 + 0.375) + s5b (1 + 0.0625) + s5c
        //   0.0625 = 3.75; to-be t3 0 + t4 (1 + 0.125) + t5 (0.5 + 0.03125) + t6 0.0625 + t7 1 =
        //   2.71875 → 2.72. Statutory 5 days.
        // elapsedDays (every step, the return repeated): as-is, with V = the days from s4 on:
        //   V = s4 0.25 + s5 2.375 + 0.9 × (s5b 1.0625 + s5c 0.0625 + s6 0.1875) + 0.1 × (s5r
        //   0.0625 + V) → 0.9 V = 3.8125, V = 4.23611…; + s1 0.5 + s2 0.1875 + s3 0.0625 =
        //   4.98611… → 4.99. To-be, W = the days from t1 on: W = t1 0.0625 + t2 0.0125 + t3 0 +
        //   t4 1.125 + 0.9 × (t5 0.53125 + t6 0.0625 + t7 1) + 0.1 × (t4r 0 + W) → 0.9 W =
        //   2.634375, W = 2.92708…; + t1a 0.4375 = 3.36458… → 3.36.
        const Workspace ws = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        const Reductions r = ReductionRules::forProcedure(ws, ws.procedures[0]);
        compare(r, {{2.11, 1}, {5, 2}, {5, 4}, {10, 10}, {3.75, 2.72}, {4.99, 3.36}});
        QCOMPARE(r.statutoryDays, 5.0);
        // Changes from the rounded figures: 1 − 2.11 = −1.11; 3.36 − 4.99 = −1.63.
        QVERIFY(qFuzzyCompare(r.find(QStringLiteral("visits"))->change(), 1 - 2.11));
        QVERIFY(qFuzzyCompare(r.find(QStringLiteral("elapsedDays"))->change(), 3.36 - 4.99));
        QCOMPARE(*r.find(QStringLiteral("documents"))->percent(), -60.0);
        QCOMPARE(*r.find(QStringLiteral("manualSteps"))->percent(), -20.0);
        QCOMPARE(*r.find(QStringLiteral("steps"))->percent(), 0.0);
        QVERIFY(qFuzzyCompare(*r.find(QStringLiteral("processingDays"))->percent(), (2.72 - 3.75) / 3.75 * 100));
        QCOMPARE(r.find(QStringLiteral("nothing")), nullptr);
        QCOMPARE(ReductionRules::statutoryComparison(r, [](double v) { return QString::number(v); }),
                 QStringLiteral("Statutory processing time: 5 working days. As-is 3.75 (within it), e-process 2.72 (within it)."));

        // The health examination at a clinic: a "place" on s1 makes it a visit of its own
        // (2.11 + 1 = 3.11); in the e-process t1a is still the one visit.
        Workspace clinic = ws;
        Procedure &p = clinic.procedures[0];
        ReductionRules::setPlace(p.asIs.steps[p.asIs.stepIndex(QStringLiteral("s1"))], QStringLiteral("Cơ sở khám sức khỏe"));
        QCOMPARE(ReductionRules::forProcedure(clinic, p).find(QStringLiteral("visits"))->asIs, 3.11);
        // One dossier in four returned (probability 0.25 on the flow s5d → s5r): s4 runs
        // 1 / 0.75 = 4/3 times, s5r 1/3 → 2 + 1/3 = 2.33 visits.
        Flow &back = p.asIs.flows[p.asIs.flows.indexOf(*std::find_if(p.asIs.flows.begin(), p.asIs.flows.end(), [](const Flow &f) {
            return f.from == QLatin1String("s5d") && f.to == QLatin1String("s5r");
        }))];
        back.extra.insert(QStringLiteral("probability"), 0.25);
        ReductionRules::setPlace(p.asIs.steps[p.asIs.stepIndex(QStringLiteral("s1"))], {});
        QCOMPARE(ReductionRules::forProcedure(clinic, p).find(QStringLiteral("visits"))->asIs, 2.33);
    }

    void covidProcedures_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QList<double>>("figures"); // as-is/to-be pairs in key order

        // 2.001001 Xác nhận danh sách (BHXH).
        //   visits a1 = 1 → 0; documents a1 {d-ds} = 1 → 0 (b1 hands in nothing);
        //   manual a2 (agency) = 1 → b1 is in the system lane and not manual = 0;
        //   steps a1 a2 = 2 → b1 = 1;
        //   processing a2 3 + 2/8 = 3.25 → b1 (system) 0;
        //   elapsed a1 2/8 = 0.25 + 3.25 = 3.5; to-be b1 0 → 0.
        QTest::newRow("2.001001") << QStringLiteral("2.001001") << QList<double>{1, 0, 1, 0, 1, 0, 2, 1, 3.25, 0, 3.5, 0};
        // 2.001002 Hỗ trợ vay vốn (UBND).
        //   visits c1 = 1 → 0; documents c1 {d-dsx, d-tt, d-bctc} = 3 → e1 {d-tt} = 1;
        //   manual c2 (agency), c3 (leader) = 2 → e2, e3 = 2; steps 3 → 3;
        //   processing c2 2 + 0.5 + c3 2 + 0.25 = 4.75 → e2 1 + 0.25 + e3 1 + 0.125 = 2.375 → 2.38;
        //   elapsed c1 3/8 = 0.375 + 4.75 = 5.125 → 5.13; e1 1/8 = 0.125 + 2.375 = 2.5.
        QTest::newRow("2.001002") << QStringLiteral("2.001002") << QList<double>{1, 0, 3, 1, 2, 2, 3, 3, 4.75, 2.38, 5.13, 2.5};
        // 2.001003 Cho vay vốn (NHCSXH).
        //   visits f1 = 1 → 0; documents f1 {d-dn, d-qd} = 2 → 0; manual f2 = 1 → g2 = 1;
        //   steps 2 → 1; processing f2 3 + 3/8 = 3.375 → 3.38, g2 2 + 2/8 = 2.25;
        //   elapsed f1 0.25 + 3.375 = 3.625 → 3.63, → g2 2.25.
        QTest::newRow("2.001003") << QStringLiteral("2.001003") << QList<double>{1, 0, 2, 0, 1, 1, 2, 1, 3.38, 2.25, 3.63, 2.25};
    }

    void covidProcedures()
    {
        QFETCH(QString, code);
        QFETCH(QList<double>, figures);
        const Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        const Reductions r = ReductionRules::forProcedure(ws, *ws.procedure(code));
        compare(r, {{figures[0], figures[1]}, {figures[2], figures[3]}, {figures[4], figures[5]},
                    {figures[6], figures[7]}, {figures[8], figures[9]}, {figures[10], figures[11]}});
    }

    void covidGroup()
    {
        // nhom-vay-von-covid: as-is = the three members' as-is charts summed; to-be = the
        // members that keep a sub-procedure step in the group's e-process (h2 → 2.001002,
        // h3 → 2.001003; 2.001001 is cut and counts 0), each with its own e-process.
        //   visits 1 + 1 + 1 = 3 → 0 + 0 = 0
        //   documents 1 + 3 + 2 = 6 → 1 + 0 = 1
        //   manualSteps 1 + 2 + 1 = 4 → 2 + 1 = 3
        //   steps 2 + 3 + 2 = 7 → 3 + 1 = 4
        //   processingDays along the group's charts, each sub-procedure step lasting its
        //     member's processing time (unrounded): g1 3.25 + g2 4.75 + g3 3.375 = 11.375 →
        //     11.38; h2 2.375 + h3 2.25 = 4.625 → 4.63. Statutory 3 + 5 + 4 = 12 days.
        //   elapsedDays: g1 3.5 + g2 5.125 + g3 3.625 = 12.25 → h2 2.5 + (message flow) h3
        //     2.25 = 4.75
        const Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        const Reductions r = ReductionRules::forGroup(ws, *ws.group(QStringLiteral("nhom-vay-von-covid")));
        compare(r, {{3, 0}, {6, 1}, {4, 3}, {7, 4}, {11.38, 4.63}, {12.25, 4.75}});
        QCOMPARE(r.statutoryDays, 12.0);
    }

    void groupWithAnEliminatedMember()
    {
        Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        ProcedureGroup &g = ws.groups[0];
        // Cut 2.001003 too: only 2.001002 is left in the e-process.
        g.toBe.steps.removeAt(2); // h3
        g.toBe.flows = {fixtures::flow(QStringLiteral("f1"), QStringLiteral("h0"), QStringLiteral("h2")),
                        fixtures::flow(QStringLiteral("f2"), QStringLiteral("h2"), QStringLiteral("h9"))};
        // processing h2 2.375 → 2.38; elapsed 2.5.
        compare(ReductionRules::forGroup(ws, g), {{3, 0}, {6, 1}, {4, 2}, {7, 3}, {11.38, 2.38}, {12.25, 2.5}});
        // A member without an e-process yet counts as it is today.
        ws.procedures[1].toBe = {};
        // 2.001002 as-is: visits 1, documents 3, manual 2, steps 3, processing 4.75, elapsed 5.125 → 5.13.
        compare(ReductionRules::forGroup(ws, g), {{3, 1}, {6, 3}, {4, 2}, {7, 3}, {11.38, 4.75}, {12.25, 5.13}});
        // No group e-process at all: nothing is counted on the to-be side.
        g.toBe = {};
        compare(ReductionRules::forGroup(ws, g), {{3, 0}, {6, 0}, {4, 0}, {7, 0}, {11.38, 0}, {12.25, 0}});
        // No group as-is chart: the members run one after the other (their figures added).
        g.asIs = {};
        compare(ReductionRules::forGroup(ws, g), {{3, 0}, {6, 0}, {4, 0}, {7, 0}, {11.38, 0}, {12.25, 0}});
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
        compare(ReductionRules::forGroup(ws, g), {{3, 0}, {6, 0}, {4, 3}, {7, 4}, {11.38, 4.63}, {12.25, 4.75}});
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

    void returnsAreRepeated()
    {
        // A task with two flows, one back (c → a) and one on (c → e): parallel work, so the
        // decision's branch d → c leads back to d and is a return: 10 % by default, b 90 %.
        // With A = the days from a: A = 2 + 0.9 × 2 + 0.1 × (10.5 + A) → 0.9 A = 4.85.
        Process p = decisionChart();
        p.flows.insert(5, fixtures::flow(QStringLiteral("f7"), QStringLiteral("c"), QStringLiteral("a")));
        QVERIFY(qFuzzyCompare(ReductionRules::elapsedDays(p), 4.85 / 0.9));
        // A complete dossier leaves the return out: 2 + 2 = 4.
        QCOMPARE(ReductionRules::processingDays(p), 4.0);
        // The return listed first at the decision (d → a): 10 %, b (the first other) 90 %, c 0:
        // A = 2 + 0.1 A + 0.9 × 2 → A = 3.8 / 0.9.
        p = decisionChart();
        p.flows.insert(2, fixtures::flow(QStringLiteral("f0"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("Bổ sung")));
        QVERIFY(qFuzzyCompare(ReductionRules::elapsedDays(p), 3.8 / 0.9));
        // Probabilities 0.2 back, 0.5 b, 0.3 c: A = 2 + 0.2 A + 0.5 × 2 + 0.3 × 10.5 → 0.8 A = 6.15;
        // a complete dossier: 2 + (0.5 × 2 + 0.3 × 10.5) / 0.8 = 7.1875.
        p.flows[2] = withProbability(p.flows[2], 0.2);
        p.flows[3] = withProbability(p.flows[3], 0.5);
        p.flows[4] = withProbability(p.flows[4], 0.3);
        QVERIFY(qFuzzyCompare(ReductionRules::elapsedDays(p), 6.15 / 0.8));
        QVERIFY(qFuzzyCompare(ReductionRules::processingDays(p), 2 + (0.5 * 2 + 0.3 * 10.5) / 0.8));
        // A loop nothing can leave (a → d → a, the decision's only branch): counted once.
        Process endless = decisionChart();
        endless.flows = {endless.flows[0], endless.flows[1],
                         fixtures::flow(QStringLiteral("f3"), QStringLiteral("d"), QStringLiteral("a"))};
        QCOMPARE(ReductionRules::elapsedDays(endless), 2.0);
    }

    void visits()
    {
        // Lanes A (applicant), D (desk), K (another agency: a clinic); s → k (K, in person) →
        // a (A, in person) → b (D, in person) → c (D) → r (A, in person) → e.
        Process p;
        p.lanes = {{QStringLiteral("A"), QStringLiteral("Người dân"), LaneKind::Applicant, {}},
                   {QStringLiteral("D"), QStringLiteral("Một cửa"), LaneKind::Desk, {}},
                   {QStringLiteral("K"), QStringLiteral("Phòng khám"), LaneKind::Agency, {}}};
        Step k = task(QStringLiteral("k"), QStringLiteral("K"));
        Step a = task(QStringLiteral("a"), QStringLiteral("A"));
        Step b = task(QStringLiteral("b"), QStringLiteral("D"));
        Step r = task(QStringLiteral("r"), QStringLiteral("A"));
        k.inPerson = a.inPerson = b.inPerson = r.inPerson = true;
        p.steps = {fixtures::step(QStringLiteral("s"), StepKind::Start, QStringLiteral("A")), k, a, b,
                   task(QStringLiteral("c"), QStringLiteral("D")), r, fixtures::step(QStringLiteral("e"), StepKind::End, QStringLiteral("A"))};
        const QStringList order{QStringLiteral("s"), QStringLiteral("k"), QStringLiteral("a"), QStringLiteral("b"),
                                QStringLiteral("c"), QStringLiteral("r"), QStringLiteral("e")};
        for (int i = 0; i + 1 < order.size(); ++i)
            p.flows << fixtures::flow(QStringLiteral("f%1").arg(i), order[i], order[i + 1]);
        const QString agency = QStringLiteral("Sở Tư pháp");
        // k at the clinic (its lane's name), a and b at the agency (one visit), r again: 3.
        QCOMPARE(ReductionRules::placeOf(p, p.steps[1], agency), QStringLiteral("Phòng khám"));
        QCOMPARE(ReductionRules::placeOf(p, p.steps[2], agency), agency);
        QCOMPARE(ReductionRules::visits(p, agency), 3.0);
        // The clinic inside the agency's building: the same place, k a b one visit → 2.
        ReductionRules::setPlace(p.steps[1], agency);
        QCOMPARE(ReductionRules::statedPlace(p.steps[1]), agency);
        QCOMPARE(ReductionRules::visits(p, agency), 2.0);
        // No flows: nothing is reached, no visit.
        p.flows.clear();
        QCOMPARE(ReductionRules::visits(p, agency), 0.0);
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
        QCOMPARE(ReductionRules::keys(), (QStringList{QStringLiteral("visits"), QStringLiteral("documents"),
                                                      QStringLiteral("manualSteps"), QStringLiteral("steps"),
                                                      QStringLiteral("processingDays"), QStringLiteral("elapsedDays")}));
        QCOMPARE(ReductionRules::definition(QStringLiteral("x")), QString());
    }
};

QTEST_GUILESS_MAIN(TestReductions)
#include "tst_reductions.moc"
