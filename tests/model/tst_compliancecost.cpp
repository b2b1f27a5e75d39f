// ComplianceCostRules (Thông tư 02/2017/TT-VPCP Điều 27): the driver-licence sample computed
// by hand from doi-gplx.json, the covid group, and small charts built for one rule each.
#include "compliancecost.h"
#include "fixtures.h"
#include "reductions.h"

#include <QTest>

using namespace tthc;

namespace {

// Exact figures: every expected value below is a sum of products of the file's numbers.
void compare(const CostFigures &c, double applicantHours, double agencyHours, double applicantVnd, double agencyVnd,
             double feesVnd, double directVnd)
{
    QCOMPARE(c.applicantHours, applicantHours);
    QCOMPARE(c.agencyHours, agencyHours);
    QCOMPARE(c.applicantVnd, applicantVnd);
    QCOMPARE(c.agencyVnd, agencyVnd);
    QCOMPARE(c.feesVnd, feesVnd);
    QCOMPARE(c.directVnd, directVnd);
}

Step task(const QString &id, const QString &lane, double hours, double costVnd = 0)
{
    Step s = fixtures::step(id, StepKind::Task, lane);
    s.hours = hours;
    s.costVnd = costVnd;
    return s;
}

Flow withProbability(Flow f, double p)
{
    f.extra.insert(QStringLiteral("probability"), p);
    return f;
}

// Lanes A (applicant), U (unit), S (system); start s, end e.
Process base()
{
    Process p;
    p.lanes = {{QStringLiteral("A"), QStringLiteral("Người dân"), LaneKind::Applicant, {}},
               {QStringLiteral("U"), QStringLiteral("Phòng chuyên môn"), LaneKind::Unit, {}},
               {QStringLiteral("S"), QStringLiteral("Hệ thống"), LaneKind::System, {}}};
    p.steps = {fixtures::step(QStringLiteral("s"), StepKind::Start, QStringLiteral("A")),
               fixtures::step(QStringLiteral("e"), StepKind::End, QStringLiteral("A"))};
    return p;
}

Flow fl(const QString &from, const QString &to) { return fixtures::flow(from + QStringLiteral("-") + to, from, to); }

} // namespace

class TestComplianceCost : public QObject {
    Q_OBJECT
private slots:
    void defaults()
    {
        // 7,700,000 / 176 = 43,750; 3.00 × 2,340,000 / 176 = 39,886.36… → 39,886.
        QCOMPARE(ComplianceCostRules::defaultHourlyIncomeVnd(), 43750.0);
        QCOMPARE(ComplianceCostRules::defaultAgencyHourlyCostVnd(), 39886.0);
        QVERIFY(ComplianceCostRules::defaultIncomeNote().contains(QStringLiteral("2024")));
        QVERIFY(ComplianceCostRules::defaultAgencyCostNote().contains(QStringLiteral("73/2024")));
        QVERIFY(ComplianceCostRules::definition().contains(QStringLiteral("02/2017")));
    }

    void drivingLicenceByHand()
    {
        const Workspace ws = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        const Procedure &p = *ws.procedure(QStringLiteral("1.002804"));
        const ComplianceCost c = ComplianceCostRules::forProcedure(ws, p);
        // Rates: hourlyIncomeVnd 40,000 is in the file; agencyHourlyCostVnd is not → the
        // default 39,886. Fee: "Lệ phí cấp đổi giấy phép lái xe" 135,000. Volume 382,327.
        QCOMPARE(c.hourlyIncomeVnd, 40000.0);
        QVERIFY(!c.usedDefaultIncome);
        QCOMPARE(c.hourlyIncomeSource, p.evaluation.notes);
        QCOMPARE(c.agencyHourlyCostVnd, 39886.0);
        QVERIFY(c.usedDefaultAgencyCost);
        QCOMPARE(c.agencyCostSource, ComplianceCostRules::defaultAgencyCostNote());
        QCOMPARE(c.annualVolume, 382327.0);

        // As-is path: s0 → s1 → s2 → s3 → s4 → s5 → s5d, first branch "Hợp lệ" → s5b → s5c →
        // s6 → s9. The other branch s5r (0.5 h at the desk, then back to s4) is not taken.
        // Applicant lane L-nd: s1 4 h + s2 1.5 h + s3 0.5 h + s6 1.5 h = 7.5 h
        //   × 40,000 = 300,000 VND; direct cost: s1 300,000 (health check); fees 135,000
        //   → the applicant's compliance cost 735,000.
        // Agencies: s4 (desk) 2 h + s5 (unit) 3 h + s5b (leader) 0.5 h + s5c (unit) 0.5 h = 6 h
        //   × 39,886 = 239,316 VND. Total 974,316.
        compare(c.asIsPerDossier, 7.5, 6, 300000, 239316, 135000, 300000);
        QCOMPARE(c.asIsPerDossier.applicantTotalVnd(), 735000.0);
        QCOMPARE(c.asIsPerDossier.totalVnd(), 974316.0);

        // To-be path: t0 → t1a → t1 → t2 → t3 → t4 → t4d, first branch "Hợp lệ" → t5 → t6 →
        // t7 → t9 (t4r not taken). Applicant lane T-nd: t1a 3.5 h (the health examination
        // stays, 2026-12-01 sample) + t1 0.5 h + t2 0.1 h = 4.1 h × 40,000 = 164,000; direct
        // cost: t1a 300,000; fees 135,000 → 599,000.
        // Agencies: t4 (unit) 1 h + t5 (leader) 0.25 h + t6 (unit) 0.5 h + t7 (post, agency)
        //   0 h = 1.75 h × 39,886 = 69,800.5; t3 (information system) does not count.
        //   Total 164,000 + 69,800.5 + 135,000 + 300,000 = 668,800.5.
        compare(c.toBePerDossier, 4.1, 1.75, 164000, 69800.5, 135000, 300000);
        QCOMPARE(c.toBePerDossier.applicantTotalVnd(), 599000.0);
        QCOMPARE(c.toBePerDossier.totalVnd(), 668800.5);

        // Saving per dossier: 3.4 h and 136,000 of the applicant's time, no direct cost saved
        // (the examination is still paid), no fee → 136,000 for the applicant; 4.25 h =
        // 169,515.5 for the agencies; 305,515.5 in all (974,316 − 668,800.5).
        compare(c.savingPerDossier(), 3.4, 4.25, 136000, 169515.5, 0, 0);
        QCOMPARE(c.savingPerDossier().applicantTotalVnd(), 136000.0);
        QCOMPARE(c.savingPerDossier().totalVnd(), 305515.5);

        // Per year, × 382,327 dossiers:
        //   as-is: 7.5 h → 2,867,452.5 h; 6 h → 2,293,962 h; 300,000 → 114,698,100,000;
        //     239,316 → 91,496,968,332; fees 135,000 → 51,614,145,000; direct 300,000 →
        //     114,698,100,000; applicant 735,000 → 281,010,345,000; total 372,507,313,332.
        compare(c.asIsPerYear(), 2867452.5, 2293962, 114698100000, 91496968332, 51614145000, 114698100000);
        QCOMPARE(c.asIsPerYear().applicantTotalVnd(), 281010345000.0);
        QCOMPARE(c.asIsPerYear().totalVnd(), 372507313332.0);
        //   to-be: 4.1 h → 1,567,540.7 h; 1.75 h → 669,072.25 h; 164,000 → 62,701,628,000;
        //     69,800.5 → 26,686,615,763.5; fees 51,614,145,000; direct 114,698,100,000;
        //     applicant 599,000 → 229,013,873,000; total 255,700,488,763.5.
        compare(c.toBePerYear(), 1567540.7, 669072.25, 62701628000, 26686615763.5, 51614145000, 114698100000);
        QCOMPARE(c.toBePerYear().applicantTotalVnd(), 229013873000.0);
        QCOMPARE(c.toBePerYear().totalVnd(), 255700488763.5);
        //   saving: 1,299,911.8 h and 1,624,889.75 h; applicant 136,000 → 51,996,472,000;
        //     agencies 169,515.5 → 64,810,352,568.5; total 116,806,824,568.5.
        compare(c.savingPerYear(), 1299911.8, 1624889.75, 51996472000, 64810352568.5, 0, 0);
        QCOMPARE(c.savingPerYear().applicantTotalVnd(), 51996472000.0);
        QCOMPARE(c.savingPerYear().totalVnd(), 116806824568.5);

        // Elapsed days: exactly the reductions' figures (4.6875 and 3.23125).
        const Reductions r = ReductionRules::forProcedure(ws, p);
        QCOMPARE(c.elapsedDaysAsIs, r.find(QStringLiteral("elapsedDays"))->asIs);
        QCOMPARE(c.elapsedDaysToBe, r.find(QStringLiteral("elapsedDays"))->toBe);
        QCOMPARE(c.elapsedDaysAsIs, 4.6875);
    }

    void defaultRates()
    {
        Workspace ws = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        Procedure p = *ws.procedure(QStringLiteral("1.002804"));
        p.evaluation.hourlyIncomeVnd = 0;
        p.evaluation.agencyHourlyCostVnd = 50000;
        p.evaluation.notes.clear();
        const ComplianceCost c = ComplianceCostRules::forProcedure(ws, p);
        QVERIFY(c.usedDefaultIncome);
        QVERIFY(!c.usedDefaultAgencyCost);
        QCOMPARE(c.hourlyIncomeVnd, 43750.0);
        QCOMPARE(c.hourlyIncomeSource, ComplianceCostRules::defaultIncomeNote());
        QCOMPARE(c.agencyCostSource, ComplianceCostRules::tr("Entered for the procedure."));
        // 7.5 h × 43,750 = 328,125; 6 h × 50,000 = 300,000.
        QCOMPARE(c.asIsPerDossier.applicantVnd, 328125.0);
        QCOMPARE(c.asIsPerDossier.agencyVnd, 300000.0);
    }

    void covidGroup()
    {
        const Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        const ProcedureGroup &g = *ws.group(QStringLiteral("nhom-vay-von-covid"));
        const ComplianceCost c = ComplianceCostRules::forGroup(ws, g);
        // As-is, all three members at 40,000 VND/h (their files) and 39,886 (default):
        //   2.001001: applicant a1 2 h; agency a2 2 h.
        //   2.001002: applicant c1 3 h; agencies c2 4 h + c3 2 h.
        //   2.001003: applicant f1 2 h; agency f2 3 h.
        //   applicant 7 h = 280,000; agencies 11 h = 438,746; no fee, no direct cost.
        compare(c.asIsPerDossier, 7, 11, 280000, 438746, 0, 0);
        // To-be: the group's e-process keeps 2.001002 and 2.001003 (2.001001 is gone):
        //   2.001002 e1 1 h applicant, e2 2 h + e3 1 h agencies; 2.001003 g2 2 h agency
        //   → applicant 1 h = 40,000; agencies 5 h = 199,430.
        compare(c.toBePerDossier, 1, 5, 40000, 199430, 0, 0);
        QCOMPARE(c.annualVolume, 5000.0); // the smallest member volume (all 5,000)
        QCOMPARE(c.savingPerYear().totalVnd(), (718746.0 - 239430.0) * 5000);
        QCOMPARE(c.hourlyIncomeVnd, 40000.0);
        QVERIFY(c.usedDefaultAgencyCost);
        const Reductions r = ReductionRules::forGroup(ws, g);
        QCOMPARE(c.elapsedDaysAsIs, r.find(QStringLiteral("elapsedDays"))->asIs);
        QCOMPARE(c.elapsedDaysToBe, 4.75);
    }

    void groupWithMixedRates()
    {
        Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        ws.procedures[0].evaluation.hourlyIncomeVnd = 50000;
        ws.procedures[2].annualVolume = 1200;
        const ComplianceCost c = ComplianceCostRules::forGroup(ws, *ws.group(QStringLiteral("nhom-vay-von-covid")));
        QCOMPARE(c.hourlyIncomeVnd, 0.0); // members differ
        QCOMPARE(c.hourlyIncomeSource, ComplianceCostRules::tr("Each member's own rate and source."));
        QCOMPARE(c.annualVolume, 1200.0);
        // 2.001001 now 2 h × 50,000: 100,000 + (3 + 2) h × 40,000 = 300,000.
        QCOMPARE(c.asIsPerDossier.applicantVnd, 300000.0);
    }

    void stepWeights_data()
    {
        QTest::addColumn<Process>("process");
        QTest::addColumn<QString>("expected"); // id=weight, …

        Process chain = base();
        chain.steps << task(QStringLiteral("a"), QStringLiteral("A"), 1) << task(QStringLiteral("x"), QStringLiteral("U"), 1);
        chain.flows = {fl(QStringLiteral("s"), QStringLiteral("a")), fl(QStringLiteral("a"), QStringLiteral("e"))};
        QTest::newRow("unreachable step") << chain << QStringLiteral("s=1,a=1,e=1,x=0");

        Process decision = base();
        decision.steps << fixtures::step(QStringLiteral("d"), StepKind::Decision, QStringLiteral("U"))
                       << task(QStringLiteral("b"), QStringLiteral("U"), 1) << task(QStringLiteral("c"), QStringLiteral("U"), 1);
        decision.flows = {fl(QStringLiteral("s"), QStringLiteral("d")), fl(QStringLiteral("d"), QStringLiteral("b")),
                          fl(QStringLiteral("d"), QStringLiteral("c")), fl(QStringLiteral("b"), QStringLiteral("e")),
                          fl(QStringLiteral("c"), QStringLiteral("e"))};
        QTest::newRow("first branch") << decision << QStringLiteral("s=1,d=1,b=1,c=0,e=1");
        Process weighted = decision;
        weighted.flows[1] = withProbability(weighted.flows[1], 0.25);
        weighted.flows[2] = withProbability(weighted.flows[2], 0.75);
        QTest::newRow("probabilities") << weighted << QStringLiteral("s=1,d=1,b=0.25,c=0.75,e=1");
        Process shared = decision;
        shared.flows[1] = withProbability(shared.flows[1], 0.1);
        QTest::newRow("the rest shared") << shared << QStringLiteral("b=0.1,c=0.9,e=1");
        Process normalised = decision;
        normalised.flows[1] = withProbability(normalised.flows[1], 2);
        normalised.flows[2] = withProbability(normalised.flows[2], 6);
        QTest::newRow("normalised") << normalised << QStringLiteral("b=0.25,c=0.75");

        Process parallel = base();
        parallel.steps << task(QStringLiteral("f"), QStringLiteral("U"), 1) << task(QStringLiteral("p"), QStringLiteral("U"), 1)
                       << task(QStringLiteral("q"), QStringLiteral("U"), 1) << task(QStringLiteral("j"), QStringLiteral("U"), 1);
        parallel.flows = {fl(QStringLiteral("s"), QStringLiteral("f")), fl(QStringLiteral("f"), QStringLiteral("p")),
                          fl(QStringLiteral("f"), QStringLiteral("q")), fl(QStringLiteral("p"), QStringLiteral("j")),
                          fl(QStringLiteral("q"), QStringLiteral("j")), fl(QStringLiteral("j"), QStringLiteral("e"))};
        QTest::newRow("parallel paths meet once") << parallel << QStringLiteral("f=1,p=1,q=1,j=1,e=1");

        Process loop = decision;
        loop.flows << fl(QStringLiteral("c"), QStringLiteral("s")); // rework: back to the start
        loop.flows[1] = withProbability(loop.flows[1], 0.8);
        loop.flows[2] = withProbability(loop.flows[2], 0.2);
        QTest::newRow("a loop is not repeated") << loop << QStringLiteral("s=1,d=1,b=0.8,c=0.2,e=1");

        Process noStart = base();
        noStart.steps.removeFirst();
        noStart.steps << task(QStringLiteral("a"), QStringLiteral("A"), 1);
        QTest::newRow("no start") << noStart << QStringLiteral("a=0,e=0");
    }
    void stepWeights()
    {
        QFETCH(Process, process);
        QFETCH(QString, expected);
        const QHash<QString, double> w = ComplianceCostRules::stepWeights(process);
        QCOMPARE(w.size(), process.steps.size());
        for (const QString &pair : expected.split(u',')) {
            const QString id = pair.section(u'=', 0, 0);
            QVERIFY2(w.contains(id), qPrintable(id));
            QCOMPARE(w.value(id), pair.section(u'=', 1).toDouble());
        }
    }

    void lanes()
    {
        // Applicant time at the income, unit time at the agency cost, system time not at all;
        // direct costs count wherever they are paid; a decision weighs its branches.
        Process p = base();
        p.steps << task(QStringLiteral("a"), QStringLiteral("A"), 2, 50000) << task(QStringLiteral("u"), QStringLiteral("U"), 3, 20000)
                << task(QStringLiteral("y"), QStringLiteral("S"), 4, 1000)
                << fixtures::step(QStringLiteral("d"), StepKind::Decision, QStringLiteral("U"))
                << task(QStringLiteral("b"), QStringLiteral("U"), 10) << task(QStringLiteral("c"), QStringLiteral("A"), 10, 8000);
        p.flows = {fl(QStringLiteral("s"), QStringLiteral("a")), fl(QStringLiteral("a"), QStringLiteral("u")),
                   fl(QStringLiteral("u"), QStringLiteral("y")), fl(QStringLiteral("y"), QStringLiteral("d")),
                   withProbability(fl(QStringLiteral("d"), QStringLiteral("b")), 0.5),
                   withProbability(fl(QStringLiteral("d"), QStringLiteral("c")), 0.5), fl(QStringLiteral("b"), QStringLiteral("e")),
                   fl(QStringLiteral("c"), QStringLiteral("e"))};
        // applicant 2 + 0.5 × 10 = 7 h × 1,000 = 7,000; agency 3 + 0.5 × 10 = 8 h × 100 = 800;
        // direct 50,000 + 20,000 + 1,000 + 0.5 × 8,000 = 75,000.
        compare(ComplianceCostRules::measure(p, 1000, 100), 7, 8, 7000, 800, 0, 75000);
    }

    void emptyToBe()
    {
        Workspace ws = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        Procedure p = *ws.procedure(QStringLiteral("1.002804"));
        p.toBe = {};
        const ComplianceCost c = ComplianceCostRules::forProcedure(ws, p);
        QCOMPARE(c.toBePerDossier, CostFigures());
        QCOMPARE(c.savingPerDossier(), c.asIsPerDossier);
    }
};

QTEST_GUILESS_MAIN(TestComplianceCost)
#include "tst_compliancecost.moc"
