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
        // 8,600,000 / 176 = 48,863.64 → 48,864 for a business's staff.
        QCOMPARE(ComplianceCostRules::defaultHourlyIncomeVnd(ApplicantType::Business), 48864.0);
        QVERIFY(ComplianceCostRules::defaultIncomeNote(ApplicantType::Business).contains(QStringLiteral("2024")));
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

        // The path of one dossier (flowgraph.h): s0 → s1 → s2 → s3 → s4 → s5 → s5d; the
        // decision's flows give no probability, so the return "Chưa hợp lệ" → s5r → s4 takes
        // the default 10 % and "Hợp lệ" 90 %. Runs per dossier: s4, s5, s5d = 1 / 0.9 = 10/9;
        // s5r = 0.1 × 10/9 = 1/9; s5b = 0.9 × 10/9 = 1; every other step 1.
        // Applicant: lane L-nd s1 4 h + s2 1.5 h + s3 0.5 h + s6 1.5 h = 7.5 h, plus s4 (desk
        //   lane, in person, no "applicantHours": the applicant is at the counter for its
        //   2 h) 2 × 10/9 = 2.222… h → 9.7222… h, shown 9.72; × 40,000 = 388,800 VND.
        //   Direct cost s1 300,000; fee 135,000 → compliance cost 823,800.
        // Agencies: s4 2 × 10/9 + s5 3 × 10/9 + s5r 0.5 × 1/9 = 50.5/9 = 5.6111… h, + s5b 0.5
        //   + s5c 0.5 = 6.6111… h, shown 6.61; × 39,886 = 263,646.46 → 263,646 VND.
        compare(c.asIsPerDossier, 9.72, 6.61, 388800, 263646, 135000, 300000);
        QCOMPARE(c.asIsPerDossier.applicantTotalVnd(), 823800.0);

        // To-be: t0 → t1a → t1 → t2 → t3 → t4 → t4d, the return t4r → t1 10 %: runs t1, t2,
        // t3, t4, t4d = 10/9, t4r = 1/9, t5, t6, t7 = 1.
        // Applicant T-nd: t1a 3.5 h (the health examination stays, 2026-12-01 sample) + t1
        //   0.5 × 10/9 + t2 0.1 × 10/9 = 3.5 + 0.666… = 4.1666… h, shown 4.17; × 40,000 =
        //   166,800; direct cost t1a 300,000; fee 135,000 → 601,800.
        // Agencies: t4 1 × 10/9 = 1.111… + t5 0.25 + t6 0.5 + t7 (post, agency lane) 0 =
        //   1.8611… h, shown 1.86; × 39,886 = 74,187.96 → 74,188. t3 and t4r (system) none.
        compare(c.toBePerDossier, 4.17, 1.86, 166800, 74188, 135000, 300000);
        QCOMPARE(c.toBePerDossier.applicantTotalVnd(), 601800.0);

        // Saving per dossier, from the figures as shown: 9.72 − 4.17 = 5.55 h and 388,800 −
        // 166,800 = 222,000 for the applicant (no fee or direct cost saved: the examination
        // is still paid); 6.61 − 1.86 = 4.75 h and 263,646 − 74,188 = 189,458 for the agencies.
        compare(c.savingPerDossier(), 9.72 - 4.17, 6.61 - 1.86, 222000, 189458, 0, 0);
        QCOMPARE(c.savingPerDossier().applicantTotalVnd(), 222000.0);

        // Per year, the dossier's figures × 382,327:
        //   as-is: 9.72 h → 3,716,218.44 h; 6.61 h → 2,527,181.47 h; 388,800 → 148,648,737,600;
        //     263,646 → 100,798,984,242; fees 135,000 → 51,614,145,000; direct 300,000 →
        //     114,698,100,000; compliance cost 823,800 → 314,960,982,600.
        compare(c.asIsPerYear(), 3716218.44, 2527181.47, 148648737600, 100798984242, 51614145000, 114698100000);
        QCOMPARE(c.asIsPerYear().applicantTotalVnd(), 314960982600.0);
        //   to-be: 4.17 h → 1,594,303.59 h; 1.86 h → 711,128.22 h; 166,800 → 63,772,143,600;
        //     74,188 → 28,364,075,476; compliance cost 601,800 → 230,084,388,600.
        compare(c.toBePerYear(), 1594303.59, 711128.22, 63772143600, 28364075476, 51614145000, 114698100000);
        QCOMPARE(c.toBePerYear().applicantTotalVnd(), 230084388600.0);
        //   saving: the difference of the yearly figures: 84,876,594,000 of compliance cost
        //     (= 222,000 × 382,327) and 72,434,908,766 of the agencies' (= 189,458 × 382,327).
        compare(c.savingPerYear(), 3716218.44 - 1594303.59, 2527181.47 - 711128.22, 84876594000, 72434908766, 0, 0);
        QCOMPARE(c.savingPerYear().applicantTotalVnd(), 84876594000.0);
        QCOMPARE(c.savingPerYear().applicantTotalVnd(), c.savingPerDossier().applicantTotalVnd() * 382327);

        // Days: exactly the reductions' figures (tst_reductions: processing 3.75 → 2.72 of 5
        // statutory days; total elapsed 4.99 → 3.36).
        const Reductions r = ReductionRules::forProcedure(ws, p);
        QCOMPARE(c.elapsedDaysAsIs, r.find(QStringLiteral("elapsedDays"))->asIs);
        QCOMPARE(c.elapsedDaysToBe, r.find(QStringLiteral("elapsedDays"))->toBe);
        QCOMPARE(c.elapsedDaysAsIs, 4.99);
        QCOMPARE(c.processingDaysAsIs, 3.75);
        QCOMPARE(c.processingDaysToBe, 2.72);
        QCOMPARE(c.statutoryDays, 5.0);
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
        // 9.72 h × 43,750 = 425,250; 6.61 h × 50,000 = 330,500.
        QCOMPARE(c.asIsPerDossier.applicantVnd, 425250.0);
        QCOMPARE(c.asIsPerDossier.agencyVnd, 330500.0);
        // A business applies: 8,600,000 / 176 = 48,863.6… → 48,864; 9.72 × 48,864 = 474,958.08 → 474,958.
        ComplianceCostRules::setApplicantType(p, ApplicantType::Business);
        QCOMPARE(p.extra.value(QStringLiteral("applicantType")).toString(), QStringLiteral("business"));
        const ComplianceCost b = ComplianceCostRules::forProcedure(ws, p);
        QCOMPARE(b.applicantType, ApplicantType::Business);
        QCOMPARE(b.hourlyIncomeVnd, 48864.0);
        QCOMPARE(b.hourlyIncomeSource, ComplianceCostRules::defaultIncomeNote(ApplicantType::Business));
        QCOMPARE(b.asIsPerDossier.applicantVnd, 474958.0);
        ComplianceCostRules::setApplicantType(p, ApplicantType::Citizen);
        QVERIFY(!p.extra.contains(QStringLiteral("applicantType")));
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
        QCOMPARE(c.savingPerYear().applicantTotalVnd(), (280000.0 - 40000.0) * 5000);
        QCOMPARE(c.savingPerYear().agencyVnd, (438746.0 - 199430.0) * 5000);
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
        // The default: the return d → c → s takes 10 %, b the rest: s = 1 + 0.1 s → 1/0.9.
        QTest::newRow("a return: 10 % by default")
            << loop << QStringLiteral("s=1.11111111111111,d=1.11111111111111,b=1,c=0.111111111111111,e=1");
        loop.flows[1] = withProbability(loop.flows[1], 0.8);
        loop.flows[2] = withProbability(loop.flows[2], 0.2);
        // s = 1 + 0.2 s → 1.25; c = 0.2 × 1.25 = 0.25; b = 0.8 × 1.25 = 1.
        QTest::newRow("a return is repeated with its probability") << loop << QStringLiteral("s=1.25,d=1.25,b=1,c=0.25,e=1");
        Process endless = base();
        endless.steps << task(QStringLiteral("a"), QStringLiteral("U"), 1) << task(QStringLiteral("b"), QStringLiteral("U"), 1);
        endless.flows = {fl(QStringLiteral("s"), QStringLiteral("a")), fl(QStringLiteral("a"), QStringLiteral("b")),
                         fl(QStringLiteral("b"), QStringLiteral("a")), fl(QStringLiteral("b"), QStringLiteral("e"))};
        QTest::newRow("a loop nothing leaves counts once") << endless << QStringLiteral("s=1,a=1,b=1,e=1");

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
            QVERIFY2(qFuzzyCompare(1 + w.value(id), 1 + pair.section(u'=', 1).toDouble()),
                     qPrintable(QStringLiteral("%1 = %2").arg(id).arg(w.value(id), 0, 'g', 17)));
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

    void applicantAndAgencyHours()
    {
        // Lanes A (applicant), D (desk), S (system): s → a (applicant, 1 h, "agencyHours" 0.5:
        // an officer takes the photo) → b (desk, in person, 2 h: the applicant is there too) →
        // c (desk, in person, 3 h, "applicantHours" 0.25: the applicant only hands in) → y
        // (system, 4 h, no staff) → e.
        Process p = base();
        p.lanes.insert(1, {QStringLiteral("D"), QStringLiteral("Một cửa"), LaneKind::Desk, {}});
        Step a = task(QStringLiteral("a"), QStringLiteral("A"), 1);
        ComplianceCostRules::setStatedHours(a, QStringLiteral("agencyHours"), 0.5);
        Step b = task(QStringLiteral("b"), QStringLiteral("D"), 2);
        b.inPerson = true;
        Step c = task(QStringLiteral("c"), QStringLiteral("D"), 3);
        c.inPerson = true;
        ComplianceCostRules::setStatedHours(c, QStringLiteral("applicantHours"), 0.25);
        p.steps << a << b << c << task(QStringLiteral("y"), QStringLiteral("S"), 4);
        p.flows = {fl(QStringLiteral("s"), QStringLiteral("a")), fl(QStringLiteral("a"), QStringLiteral("b")),
                   fl(QStringLiteral("b"), QStringLiteral("c")), fl(QStringLiteral("c"), QStringLiteral("y")),
                   fl(QStringLiteral("y"), QStringLiteral("e"))};
        // applicant 1 + 2 + 0.25 = 3.25 h × 1,000 = 3,250; agency 0.5 + 2 + 3 = 5.5 h × 100 = 550.
        compare(ComplianceCostRules::measure(p, 1000, 100), 3.25, 5.5, 3250, 550, 0, 0);
        QCOMPARE(ComplianceCostRules::statedHours(c, QStringLiteral("applicantHours")), std::optional<double>(0.25));
        ComplianceCostRules::setStatedHours(c, QStringLiteral("applicantHours"), std::nullopt);
        QVERIFY(!c.extra.contains(QStringLiteral("applicantHours")));
    }

    void wholeDong()
    {
        // One step of 1.75 h at 39,886 VND/h = 69,800.5 → 69,801 (rounded half away from
        // zero, once); hours 1/3 → 0.33 shown, × 30,000 = 9,900 (from the shown hours).
        Process p = base();
        p.steps << task(QStringLiteral("u"), QStringLiteral("U"), 1.75) << task(QStringLiteral("a"), QStringLiteral("A"), 1.0 / 3);
        p.flows = {fl(QStringLiteral("s"), QStringLiteral("u")), fl(QStringLiteral("u"), QStringLiteral("a")),
                   fl(QStringLiteral("a"), QStringLiteral("e"))};
        compare(ComplianceCostRules::measure(p, 30000, 39886), 0.33, 1.75, 9900, 69801, 0, 0);
        // A year of 3 dossiers: 69,801 × 3 = 209,403 (not 69,800.5 × 3 = 209,401.5).
        QCOMPARE(ComplianceCostRules::perYear(ComplianceCostRules::measure(p, 30000, 39886), 3).agencyVnd, 209403.0);
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
