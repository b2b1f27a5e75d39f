// Derivation: the to-be e-process generated from the as-is chart and the analysis actions;
// the samples step by step, each rule on a small chart, determinism, and the hand-edit mark.
#include "derivation.h"
#include "fixtures.h"
#include "reductions.h"
#include "validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tthc;

namespace {

// One line per lane, step and flow, with every field the rules touch.
QStringList lanes(const Process &p)
{
    QStringList out;
    for (const Lane &l : p.lanes)
        out << QStringLiteral("%1 %2 %3").arg(l.id, toJsonName(l.kind), l.name);
    return out;
}

QStringList steps(const Process &p)
{
    QStringList out;
    for (const Step &s : p.steps) {
        QString flags = QString(s.inPerson ? QStringLiteral("P") : QString()) + (s.manual ? QStringLiteral("M") : QString());
        out << QStringLiteral("%1 %2 %3 <%4> d:%5 s:%6 %7 h%8 w%9")
                   .arg(s.id, toJsonName(s.kind), s.lane, s.derivedFrom.join(u','), s.documents.join(u','),
                        s.systems.join(u','), flags.isEmpty() ? QStringLiteral("-") : flags)
                   .arg(s.hours)
                   .arg(s.waitDays);
    }
    return out;
}

QStringList flows(const Process &p)
{
    QStringList out;
    for (const Flow &f : p.flows)
        out << QStringLiteral("%1 %2>%3%4%5")
                   .arg(f.id, f.from, f.to, f.label.isEmpty() ? QString() : QStringLiteral(" ") + f.label,
                        f.kind == FlowKind::Message ? QStringLiteral(" message") : QString());
    return out;
}

#define COMPARE_LINES(actual, expected)                                                                                \
    do {                                                                                                               \
        const QStringList a_ = (actual), e_ = (expected);                                                              \
        QVERIFY2(a_ == e_, qPrintable(QStringLiteral("\nactual:\n  %1\nexpected:\n  %2")                              \
                                          .arg(a_.join(QStringLiteral("\n  ")), e_.join(QStringLiteral("\n  ")))));   \
    } while (false)

Step task(const QString &id, const QString &lane = QStringLiteral("L"))
{
    Step s = fixtures::step(id, StepKind::Task, lane);
    s.manual = true;
    return s;
}

StepAnalysis row(const QString &step, Action action, const QStringList &reuse = {}, const QStringList &systems = {})
{
    StepAnalysis a;
    a.step = step;
    a.action = action;
    a.reuseDocuments = reuse;
    a.systems = systems;
    return a;
}

// start → a → b → c → end in one unit lane, plus an applicant lane with start and end.
Process chain()
{
    Process p;
    p.lanes = {{QStringLiteral("A"), QStringLiteral("Người dân"), LaneKind::Applicant, {}},
               {QStringLiteral("L"), QStringLiteral("Phòng chuyên môn"), LaneKind::Unit, {}}};
    p.steps = {fixtures::step(QStringLiteral("s"), StepKind::Start, QStringLiteral("A")), task(QStringLiteral("a")),
               task(QStringLiteral("b")), task(QStringLiteral("c")), fixtures::step(QStringLiteral("e"), StepKind::End, QStringLiteral("A"))};
    p.flows = {fixtures::flow(QStringLiteral("f1"), QStringLiteral("s"), QStringLiteral("a")),
               fixtures::flow(QStringLiteral("f2"), QStringLiteral("a"), QStringLiteral("b")),
               fixtures::flow(QStringLiteral("f3"), QStringLiteral("b"), QStringLiteral("c")),
               fixtures::flow(QStringLiteral("f4"), QStringLiteral("c"), QStringLiteral("e"))};
    return p;
}

// start → a → d; d "Đủ" → b → c → end; d "Thiếu" → r → a (supplement loop).
Process withDecision()
{
    Process p = chain();
    p.steps.insert(2, fixtures::step(QStringLiteral("d"), StepKind::Decision, QStringLiteral("L"), QStringLiteral("Đủ hồ sơ?")));
    p.steps.insert(5, task(QStringLiteral("r")));
    p.flows = {fixtures::flow(QStringLiteral("f1"), QStringLiteral("s"), QStringLiteral("a")),
               fixtures::flow(QStringLiteral("f2"), QStringLiteral("a"), QStringLiteral("d")),
               fixtures::flow(QStringLiteral("f3"), QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("Đủ")),
               fixtures::flow(QStringLiteral("f4"), QStringLiteral("d"), QStringLiteral("r"), QStringLiteral("Thiếu")),
               fixtures::flow(QStringLiteral("f5"), QStringLiteral("b"), QStringLiteral("c")),
               fixtures::flow(QStringLiteral("f6"), QStringLiteral("r"), QStringLiteral("a")),
               fixtures::flow(QStringLiteral("f7"), QStringLiteral("c"), QStringLiteral("e"))};
    return p;
}

Process derived(const Process &asIs, const QList<StepAnalysis> &analysis)
{
    auto r = Derivation::derive(asIs, analysis, QStringLiteral("X"));
    if (!r.ok())
        qFatal("derivation failed: %s", qPrintable(r.error()));
    return r.take();
}

} // namespace

class TestDerivation : public QObject {
    Q_OBJECT
private slots:
    void driverLicence()
    {
        // 1.002804: simplify s1 s2 s4 s5b s6, automate s3 s5 s5r, keep s5c; no row for s0,
        // s5d, s9. Nothing is eliminated or merged: every step stays, in order.
        const Workspace ws = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        auto r = Derivation::deriveToBe(ws, ws.procedures[0]);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const Process &t = r.value();
        // The health-check lane (L-ksk) has no step left; the system lane comes after the applicant.
        COMPARE_LINES(lanes(t), (QStringList{QStringLiteral("TL-nd applicant Người dân"),
                                             QStringLiteral("T-ht system Hệ thống thông tin giải quyết TTHC"),
                                             QStringLiteral("TL-mc desk Bộ phận Một cửa - Sở GTVT"),
                                             QStringLiteral("TL-qlpt unit Phòng Quản lý phương tiện và người lái"),
                                             QStringLiteral("TL-ld leader Lãnh đạo Sở GTVT")}));
        // Reused d-ksk, d-cccd, d-gplx leave s4's documents; each step gains its analysis systems;
        // automated s3, s5, s5r move to T-ht, neither manual nor in person.
        COMPARE_LINES(steps(t), (QStringList{
            QStringLiteral("ts0 start TL-nd <s0> d: s: - h0 w0"),
            QStringLiteral("ts1 task TL-nd <s1> d: s:csdl-ksk PM h4 w0"),
            QStringLiteral("ts2 task TL-nd <s2> d:d-anh s: PM h1.5 w0"),
            QStringLiteral("ts3 task T-ht <s3> d: s:tt-dvcqg - h0.5 w0"),
            QStringLiteral("ts4 task TL-mc <s4> d:d-don s:csdl-gplx,csdl-ksk,csdl-dancu PM h2 w0"),
            QStringLiteral("ts5 task T-ht <s5> d: s:csdl-gplx,csdl-ksk,csdl-vphc-gt,csdl-bhxh - h3 w2"),
            QStringLiteral("ts5d decision TL-qlpt <s5d> d: s: - h0 w0"),
            QStringLiteral("ts5r task T-ht <s5r> d: s:dvcqg - h0.5 w0"),
            QStringLiteral("ts5b task TL-ld <s5b> d: s: M h0.5 w1"),
            QStringLiteral("ts5c task TL-qlpt <s5c> d: s: M h0.5 w0"),
            QStringLiteral("ts6 task TL-nd <s6> d: s:vnpost,kho-dl PM h1.5 w0"),
            QStringLiteral("ts9 end TL-nd <s9> d: s: - h0 w0")}));
        COMPARE_LINES(flows(t), (QStringList{
            QStringLiteral("tf1 ts0>ts1"), QStringLiteral("tf2 ts1>ts2"), QStringLiteral("tf3 ts2>ts3"),
            QStringLiteral("tf4 ts3>ts4"), QStringLiteral("tf5 ts4>ts5"), QStringLiteral("tf6 ts5>ts5d"),
            QStringLiteral("tf7 ts5d>ts5b Hợp lệ"), QStringLiteral("tf8 ts5d>ts5r Chưa hợp lệ"),
            QStringLiteral("tf9 ts5r>ts4"), QStringLiteral("tf10 ts5b>ts5c"), QStringLiteral("tf11 ts5c>ts6"),
            QStringLiteral("tf12 ts6>ts9")}));
        QVERIFY(t.layout.isEmpty());
        QCOMPARE(t.steps[1].name, ws.procedures[0].asIs.steps[1].name);
        QCOMPARE(t.steps[1].costVnd, 300000.0);
        // Structurally sound: no finding about the generated chart itself.
        Workspace withToBe = ws;
        withToBe.procedures[0].toBe = t;
        for (const Finding &f : Validator::validate(withToBe))
            QVERIFY2(f.location.process != std::optional<Which>(Which::ToBe), qPrintable(Validator::formatLine(f)));
    }

    void covidMembers_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("lanes");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("flows");
        // 2.001001: a1 eliminated (a0 → a2 reconnected), a2 automated into a new system lane;
        // the BHXH lane has nothing left.
        QTest::newRow("2.001001") << QStringLiteral("2.001001")
            << QStringList{QStringLiteral("TL-dn applicant Người sử dụng lao động"),
                           QStringLiteral("T-ht system Hệ thống thông tin giải quyết TTHC")}
            << QStringList{QStringLiteral("ta0 start TL-dn <a0> d: s: - h0 w0"),
                           QStringLiteral("ta2 task T-ht <a2> d: s:csdl-bhxh - h2 w3"),
                           QStringLiteral("ta9 end TL-dn <a9> d: s: - h0 w0")}
            << QStringList{QStringLiteral("tf1 ta0>ta2"), QStringLiteral("tf2 ta2>ta9")};
        // 2.001002: all simplified; d-dsx and d-bctc are reused (d-tt is still handed in).
        QTest::newRow("2.001002") << QStringLiteral("2.001002")
            << QStringList{QStringLiteral("TL-dn applicant Người sử dụng lao động"),
                           QStringLiteral("TL-h agency UBND cấp huyện"), QStringLiteral("TL-t leader UBND cấp tỉnh")}
            << QStringList{QStringLiteral("tc0 start TL-dn <c0> d: s: - h0 w0"),
                           QStringLiteral("tc1 task TL-dn <c1> d:d-tt s:csdl-bhxh,csdl-thue,dvcqg PM h3 w0"),
                           QStringLiteral("tc2 task TL-h <c2> d: s: M h4 w2"),
                           QStringLiteral("tc3 task TL-t <c3> d: s:nhcsxh M h2 w2"),
                           QStringLiteral("tc9 end TL-dn <c9> d: s: - h0 w0")}
            << QStringList{QStringLiteral("tf1 tc0>tc1"), QStringLiteral("tf2 tc1>tc2"), QStringLiteral("tf3 tc2>tc3"),
                           QStringLiteral("tf4 tc3>tc9")};
        // 2.001003: f1 eliminated (f0 → f2). Its steps are called tf0, tf2, tf9, so the second
        // flow skips the taken id tf2.
        QTest::newRow("2.001003") << QStringLiteral("2.001003")
            << QStringList{QStringLiteral("TL-dn applicant Người sử dụng lao động"),
                           QStringLiteral("TL-nh agency Ngân hàng Chính sách xã hội")}
            << QStringList{QStringLiteral("tf0 start TL-dn <f0> d: s: - h0 w0"),
                           QStringLiteral("tf2 task TL-nh <f2> d: s:nhcsxh M h3 w3"),
                           QStringLiteral("tf9 end TL-dn <f9> d: s: - h0 w0")}
            << QStringList{QStringLiteral("tf1 tf0>tf2"), QStringLiteral("tf3 tf2>tf9")};
    }

    void covidMembers()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, lanes);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, flows);
        const Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        auto r = Derivation::deriveToBe(ws, *ws.procedure(code));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        COMPARE_LINES(::lanes(r.value()), lanes);
        COMPARE_LINES(::steps(r.value()), steps);
        COMPARE_LINES(::flows(r.value()), flows);
        // The generated e-process never traces to an eliminated step.
        Workspace withToBe = ws;
        withToBe.procedures[withToBe.procedureIndex(code)].toBe = r.value();
        for (const Finding &f : Validator::validate(withToBe))
            QVERIFY2(f.location.procedure != code || f.location.process != std::optional<Which>(Which::ToBe),
                     qPrintable(Validator::formatLine(f)));
    }

    void covidGroup()
    {
        Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        const ProcedureGroup &g = *ws.group(QStringLiteral("nhom-vay-von-covid"));
        // No group analysis rows: the overall chart is copied.
        auto r = Derivation::deriveToBe(ws, g);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        COMPARE_LINES(lanes(r.value()), (QStringList{QStringLiteral("TL-dn applicant Người sử dụng lao động"),
                                                     QStringLiteral("TG-bhxh agency Bảo hiểm xã hội"),
                                                     QStringLiteral("TG-ubnd agency UBND cấp huyện, cấp tỉnh"),
                                                     QStringLiteral("TG-nh agency Ngân hàng Chính sách xã hội")}));
        COMPARE_LINES(steps(r.value()), (QStringList{QStringLiteral("tg0 start TL-dn <g0> d: s: - h0 w0"),
                                                     QStringLiteral("tg1 procedure TG-bhxh <g1> d: s: - h0 w0"),
                                                     QStringLiteral("tg2 procedure TG-ubnd <g2> d: s: - h0 w0"),
                                                     QStringLiteral("tg3 procedure TG-nh <g3> d: s: - h0 w0"),
                                                     QStringLiteral("tg9 end TL-dn <g9> d: s: - h0 w0")}));
        QCOMPARE(r.value().steps[2].procedure, QStringLiteral("2.001002"));
        COMPARE_LINES(flows(r.value()), (QStringList{QStringLiteral("tf1 tg0>tg1"), QStringLiteral("tf2 tg1>tg2"),
                                                     QStringLiteral("tf3 tg2>tg3"), QStringLiteral("tf4 tg3>tg9")}));
        // The appendix cuts procedure 1 (confirmed automatically from the BHXH database).
        ws.groups[0].analysis = {row(QStringLiteral("g1"), Action::Eliminate, {}, {QStringLiteral("csdl-bhxh")})};
        r = Derivation::deriveToBe(ws, ws.groups[0]);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        COMPARE_LINES(lanes(r.value()), (QStringList{QStringLiteral("TL-dn applicant Người sử dụng lao động"),
                                                     QStringLiteral("TG-ubnd agency UBND cấp huyện, cấp tỉnh"),
                                                     QStringLiteral("TG-nh agency Ngân hàng Chính sách xã hội")}));
        COMPARE_LINES(steps(r.value()), (QStringList{QStringLiteral("tg0 start TL-dn <g0> d: s: - h0 w0"),
                                                     QStringLiteral("tg2 procedure TG-ubnd <g2> d: s: - h0 w0"),
                                                     QStringLiteral("tg3 procedure TG-nh <g3> d: s: - h0 w0"),
                                                     QStringLiteral("tg9 end TL-dn <g9> d: s: - h0 w0")}));
        COMPARE_LINES(flows(r.value()), (QStringList{QStringLiteral("tf1 tg0>tg2"), QStringLiteral("tf2 tg2>tg3"),
                                                     QStringLiteral("tf3 tg3>tg9")}));
        // Its reductions count 2.001002 and 2.001003 only, as the sample's hand-drawn chart does.
        ws.groups[0].toBe = r.value();
        const Reductions red = ReductionRules::forGroup(ws, ws.groups[0]);
        QCOMPARE(red.find(QStringLiteral("steps"))->toBe, 4.0);
        QCOMPARE(red.find(QStringLiteral("elapsedDays"))->toBe, 4.75);
    }

    void eliminateInTheMiddleOfAChain()
    {
        const Process t = derived(chain(), {row(QStringLiteral("b"), Action::Eliminate)});
        COMPARE_LINES(steps(t), (QStringList{QStringLiteral("ts start TA <s> d: s: - h0 w0"),
                                             QStringLiteral("ta task TL <a> d: s: M h0 w0"),
                                             QStringLiteral("tc task TL <c> d: s: M h0 w0"),
                                             QStringLiteral("te end TA <e> d: s: - h0 w0")}));
        COMPARE_LINES(flows(t), (QStringList{QStringLiteral("tf1 ts>ta"), QStringLiteral("tf2 ta>tc"),
                                             QStringLiteral("tf3 tc>te")}));
        // Two in a row: s → c.
        const Process t2 = derived(chain(), {row(QStringLiteral("a"), Action::Eliminate), row(QStringLiteral("b"), Action::Eliminate)});
        COMPARE_LINES(flows(t2), (QStringList{QStringLiteral("tf1 ts>tc"), QStringLiteral("tf2 tc>te")}));
        // Start and end are kept whatever a row says.
        const Process t3 = derived(chain(), {row(QStringLiteral("s"), Action::Eliminate)});
        QCOMPARE(t3.steps.first().id, QStringLiteral("ts"));
    }

    void eliminateAfterADecision()
    {
        // b follows the decision's "Đủ" branch: d → c keeps the label "Đủ".
        const Process t = derived(withDecision(), {row(QStringLiteral("b"), Action::Eliminate)});
        COMPARE_LINES(flows(t), (QStringList{QStringLiteral("tf1 ts>ta"), QStringLiteral("tf2 ta>td"),
                                             QStringLiteral("tf3 td>tc Đủ"), QStringLiteral("tf4 td>tr Thiếu"),
                                             QStringLiteral("tf5 tr>ta"), QStringLiteral("tf6 tc>te")}));
        // The supplement step r on the loop: d → a, labelled "Thiếu".
        const Process t2 = derived(withDecision(), {row(QStringLiteral("r"), Action::Eliminate)});
        COMPARE_LINES(flows(t2), (QStringList{QStringLiteral("tf1 ts>ta"), QStringLiteral("tf2 ta>td"),
                                              QStringLiteral("tf3 td>tb Đủ"), QStringLiteral("tf4 td>ta Thiếu"),
                                              QStringLiteral("tf5 tb>tc"), QStringLiteral("tf6 tc>te")}));
        // a, between the start and the decision and the target of the loop: s → d and r → d are
        // the reconnections.
        const Process t3 = derived(withDecision(), {row(QStringLiteral("a"), Action::Eliminate)});
        COMPARE_LINES(flows(t3), (QStringList{QStringLiteral("tf1 ts>td"), QStringLiteral("tf2 td>tb Đủ"),
                                              QStringLiteral("tf3 td>tr Thiếu"), QStringLiteral("tf4 tb>tc"),
                                              QStringLiteral("tf5 tr>td"), QStringLiteral("tf6 tc>te")}));
    }

    void eliminateCrossConnectsAndKeepsProbabilities()
    {
        // p1, p2 → x → q1, q2: four flows; a probability on the incoming branch survives.
        Process p;
        p.lanes = {{QStringLiteral("L"), QStringLiteral("Đơn vị"), LaneKind::Unit, {}}};
        p.steps = {fixtures::step(QStringLiteral("s"), StepKind::Start, QStringLiteral("L")),
                   fixtures::step(QStringLiteral("d"), StepKind::Decision, QStringLiteral("L")), task(QStringLiteral("p1")),
                   task(QStringLiteral("x")), task(QStringLiteral("q1")), task(QStringLiteral("q2")),
                   fixtures::step(QStringLiteral("e"), StepKind::End, QStringLiteral("L"))};
        Flow toX = fixtures::flow(QStringLiteral("f2"), QStringLiteral("d"), QStringLiteral("x"), QStringLiteral("Có"));
        toX.extra.insert(QStringLiteral("probability"), 0.9);
        p.flows = {fixtures::flow(QStringLiteral("f1"), QStringLiteral("s"), QStringLiteral("d")), toX,
                   fixtures::flow(QStringLiteral("f3"), QStringLiteral("d"), QStringLiteral("p1"), QStringLiteral("Không")),
                   fixtures::flow(QStringLiteral("f4"), QStringLiteral("p1"), QStringLiteral("x")),
                   fixtures::flow(QStringLiteral("f5"), QStringLiteral("x"), QStringLiteral("q1")),
                   fixtures::flow(QStringLiteral("f6"), QStringLiteral("x"), QStringLiteral("q2")),
                   fixtures::flow(QStringLiteral("f7"), QStringLiteral("q1"), QStringLiteral("e")),
                   fixtures::flow(QStringLiteral("f8"), QStringLiteral("q2"), QStringLiteral("e"))};
        const Process t = derived(p, {row(QStringLiteral("x"), Action::Eliminate)});
        COMPARE_LINES(flows(t), (QStringList{QStringLiteral("tf1 ts>td"), QStringLiteral("tf2 td>tq1 Có"),
                                             QStringLiteral("tf3 td>tq2 Có"), QStringLiteral("tf4 td>tp1 Không"),
                                             QStringLiteral("tf5 tp1>tq1"), QStringLiteral("tf6 tp1>tq2"),
                                             QStringLiteral("tf7 tq1>te"), QStringLiteral("tf8 tq2>te")}));
        QCOMPARE(t.flows[1].extra.value(QStringLiteral("probability")).toDouble(), 0.9);
        QCOMPARE(t.flows[2].extra.value(QStringLiteral("probability")).toDouble(), 0.9);
    }

    void automate()
    {
        Process p = chain();
        p.steps[2].inPerson = true;
        p.steps[2].hours = 3;
        Process t = derived(p, {row(QStringLiteral("b"), Action::Automate, {}, {QStringLiteral("csdl-a")})});
        COMPARE_LINES(lanes(t), (QStringList{QStringLiteral("TA applicant Người dân"),
                                             QStringLiteral("T-ht system Hệ thống thông tin giải quyết TTHC"),
                                             QStringLiteral("TL unit Phòng chuyên môn")}));
        QCOMPARE(steps(t)[2], QStringLiteral("tb task T-ht <b> d: s:csdl-a - h3 w0"));
        // An as-is system lane is used instead of a new one (and "T-ht" stays free).
        p.lanes << Lane{QStringLiteral("S"), QStringLiteral("Cổng DVC"), LaneKind::System, {}};
        t = derived(p, {row(QStringLiteral("b"), Action::Automate)});
        COMPARE_LINES(lanes(t), (QStringList{QStringLiteral("TA applicant Người dân"), QStringLiteral("TL unit Phòng chuyên môn"),
                                             QStringLiteral("TS system Cổng DVC")}));
        QCOMPARE(t.steps[2].lane, QStringLiteral("TS"));
        // An as-is lane whose copy would be called T-ht: the new system lane takes T-ht2.
        p = chain();
        p.lanes << Lane{QStringLiteral("-ht"), QStringLiteral("Khác"), LaneKind::Agency, {}};
        p.steps[1].lane = QStringLiteral("-ht");
        t = derived(p, {row(QStringLiteral("b"), Action::Automate)});
        QCOMPARE(t.steps[2].lane, QStringLiteral("T-ht2"));
        QCOMPARE(t.steps[1].lane, QStringLiteral("T-ht"));
    }

    void mergeTwoAndThree()
    {
        Process p = chain();
        p.steps[1].hours = 1;
        p.steps[1].waitDays = 0.5;
        p.steps[1].documents = {QStringLiteral("d1")};
        p.steps[1].description = QStringLiteral("Kiểm tra");
        p.steps[2].hours = 2;
        p.steps[2].waitDays = 1;
        p.steps[2].inPerson = true;
        p.steps[2].documents = {QStringLiteral("d1"), QStringLiteral("d2")};
        p.steps[2].systems = {QStringLiteral("sys")};
        p.steps[2].costVnd = 5000;
        p.steps[2].description = QStringLiteral("Trình ký");
        p.steps[3].hours = 4;
        Process t = derived(p, {row(QStringLiteral("a"), Action::Merge), row(QStringLiteral("b"), Action::Merge)});
        COMPARE_LINES(steps(t), (QStringList{QStringLiteral("ts start TA <s> d: s: - h0 w0"),
                                             QStringLiteral("ta task TL <a,b> d:d1,d2 s:sys PM h3 w1.5"),
                                             QStringLiteral("tc task TL <c> d: s: M h4 w0"),
                                             QStringLiteral("te end TA <e> d: s: - h0 w0")}));
        QCOMPARE(t.steps[1].name, QStringLiteral("a; b"));
        QCOMPARE(t.steps[1].description, QStringLiteral("Kiểm tra\nTrình ký"));
        QCOMPARE(t.steps[1].costVnd, 5000.0);
        COMPARE_LINES(flows(t), (QStringList{QStringLiteral("tf1 ts>ta"), QStringLiteral("tf2 ta>tc"),
                                             QStringLiteral("tf3 tc>te")}));
        t = derived(p, {row(QStringLiteral("a"), Action::Merge), row(QStringLiteral("b"), Action::Merge),
                        row(QStringLiteral("c"), Action::Merge)});
        COMPARE_LINES(steps(t), (QStringList{QStringLiteral("ts start TA <s> d: s: - h0 w0"),
                                             QStringLiteral("ta task TL <a,b,c> d:d1,d2 s:sys PM h7 w1.5"),
                                             QStringLiteral("te end TA <e> d: s: - h0 w0")}));
        QCOMPARE(t.steps[1].name, QStringLiteral("a; b; c"));
        COMPARE_LINES(flows(t), (QStringList{QStringLiteral("tf1 ts>ta"), QStringLiteral("tf2 ta>te")}));
        // Merging runs after elimination: a and c become consecutive once b is gone.
        t = derived(p, {row(QStringLiteral("a"), Action::Merge), row(QStringLiteral("b"), Action::Eliminate),
                        row(QStringLiteral("c"), Action::Merge)});
        QCOMPARE(steps(t)[1], QStringLiteral("ta task TL <a,c> d:d1 s: M h5 w0.5"));
    }

    void mergeNeedsOneLaneAndASinglePath()
    {
        // Different lanes: nothing is merged.
        Process p = chain();
        p.lanes << Lane{QStringLiteral("M"), QStringLiteral("Lãnh đạo"), LaneKind::Leader, {}};
        p.steps[2].lane = QStringLiteral("M");
        Process t = derived(p, {row(QStringLiteral("a"), Action::Merge), row(QStringLiteral("b"), Action::Merge)});
        QCOMPARE(t.steps.size(), 5);
        // b is also reached from elsewhere (a loop back from c): not merged into a.
        p = chain();
        p.flows << fixtures::flow(QStringLiteral("f5"), QStringLiteral("c"), QStringLiteral("b"));
        t = derived(p, {row(QStringLiteral("a"), Action::Merge), row(QStringLiteral("b"), Action::Merge)});
        QCOMPARE(t.steps.size(), 5);
        // A merge-marked step alone stays as it is.
        t = derived(chain(), {row(QStringLiteral("b"), Action::Merge)});
        COMPARE_LINES(steps(t), steps(derived(chain(), {})));
    }

    void reuse()
    {
        Process p = chain();
        p.steps[1].documents = {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")};
        p.steps[3].documents = {QStringLiteral("d2"), QStringLiteral("d4")};
        // The row is on a; d2 is reused from the system, so c no longer asks for it either.
        const Process t = derived(p, {row(QStringLiteral("a"), Action::Simplify, {QStringLiteral("d2")}, {QStringLiteral("csdl")}),
                                      row(QStringLiteral("b"), Action::Keep, {QStringLiteral("d3")})});
        QCOMPARE(steps(t)[1], QStringLiteral("ta task TL <a> d:d1 s:csdl M h0 w0"));
        QCOMPARE(steps(t)[3], QStringLiteral("tc task TL <c> d:d4 s: M h0 w0"));
        QCOMPARE(ReductionRules::documents(p), 4);
        QCOMPARE(ReductionRules::documents(t), 2);
    }

    void keepAndSimplifyCopy()
    {
        Process p = chain();
        p.steps[1].extra.insert(QStringLiteral("note"), QStringLiteral("x"));
        const Process t = derived(p, {row(QStringLiteral("a"), Action::Simplify), row(QStringLiteral("b"), Action::Keep)});
        Step expected = p.steps[1];
        expected.id = QStringLiteral("ta");
        expected.lane = QStringLiteral("TL");
        expected.derivedFrom = {QStringLiteral("a")};
        QCOMPARE(t.steps[1], expected);
    }

    void deterministic()
    {
        const Workspace ws = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        const Process a = Derivation::deriveToBe(ws, ws.procedures[0]).value();
        const Process b = Derivation::deriveToBe(ws, ws.procedures[0]).value();
        QCOMPARE(a, b);
        QCOMPARE(TthcJson::processToJson(a), TthcJson::processToJson(b));
        QCOMPARE(Derivation::fingerprint(a), Derivation::fingerprint(b));
        QCOMPARE(Derivation::fingerprint(a).size(), 64);
    }

    void handEdited()
    {
        const Workspace ws = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        QVERIFY(!Derivation::isHandEdited(Process{}));
        QVERIFY(Derivation::isHandEdited(ws.procedures[0].toBe)); // drawn by hand, never generated
        Process t = Derivation::deriveToBe(ws, ws.procedures[0]).value();
        QVERIFY(Derivation::isHandEdited(t)); // not marked yet
        Derivation::markGenerated(t);
        QVERIFY(!Derivation::isHandEdited(t));
        QCOMPARE(t.extra.value(QStringLiteral("generated")).toString(), Derivation::fingerprint(t));
        // Laying it out is not an edit.
        t.layout.insert(QStringLiteral("steps"), QJsonObject{{QStringLiteral("ts1"), QJsonArray{10, 20}}});
        QVERIFY(!Derivation::isHandEdited(t));
        // Survives tthc-json (the fingerprint is stored in the process).
        const auto back = TthcJson::processFromJson(TthcJson::processToJson(t));
        QVERIFY(back.ok());
        QVERIFY(!Derivation::isHandEdited(back.value()));
        // Any change of content is an edit.
        Process edited = t;
        edited.steps[1].name += QStringLiteral(" (sửa)");
        QVERIFY(Derivation::isHandEdited(edited));
        edited = t;
        edited.flows.removeLast();
        QVERIFY(Derivation::isHandEdited(edited));
        edited = t;
        edited.lanes[0].name = QStringLiteral("Công dân");
        QVERIFY(Derivation::isHandEdited(edited));
    }

    void describeChanges()
    {
        const Process a = derived(chain(), {});
        const Process b = derived(chain(), {row(QStringLiteral("b"), Action::Automate)});
        COMPARE_LINES(Derivation::describeChanges(a, b),
                      (QStringList{QStringLiteral("Lane T-ht (“Hệ thống thông tin giải quyết TTHC”) added"),
                                   QStringLiteral("Step tb (“b”) changed: lane, manual")}));
        const Process c = derived(chain(), {row(QStringLiteral("b"), Action::Eliminate)});
        COMPARE_LINES(Derivation::describeChanges(a, c),
                      (QStringList{QStringLiteral("Step tb (“b”) removed"), QStringLiteral("Flow ta → tb removed"),
                                   QStringLiteral("Flow tb → tc removed"), QStringLiteral("Flow ta → tc added")}));
        COMPARE_LINES(Derivation::describeChanges(c, a),
                      (QStringList{QStringLiteral("Step tb (“b”) added"), QStringLiteral("Flow ta → tc removed"),
                                   QStringLiteral("Flow ta → tb added"), QStringLiteral("Flow tb → tc added")}));
        const Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        const Process lanesOnly = derived(ws.procedures[0].asIs, ws.procedures[0].analysis);
        const QStringList lines = Derivation::describeChanges(ws.procedures[0].toBe, lanesOnly);
        QVERIFY2(lines.contains(QStringLiteral("Lane T-ht (“Hệ thống thông tin giải quyết TTHC”) changed")), qPrintable(lines.join(u'\n')));
        const QStringList b1 = lines.filter(QStringLiteral("Step b1 ("));
        QCOMPARE(b1.size(), 1);
        QVERIFY2(b1.first().endsWith(QStringLiteral(") removed")), qPrintable(b1.first()));
        QVERIFY(lines.contains(QStringLiteral("Lane TL-dn (“Người sử dụng lao động”) added")));
        // Layout and the generated mark are not changes.
        Process marked = a;
        Derivation::markGenerated(marked);
        marked.layout.insert(QStringLiteral("x"), 1);
        QCOMPARE(Derivation::describeChanges(a, marked), QStringList{});
    }

    void failures()
    {
        auto r = Derivation::derive(Process{}, {}, QStringLiteral("1.000001"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("1.000001")), qPrintable(r.error()));
        Process p = chain();
        p.flows[1].to = QStringLiteral("zz");
        r = Derivation::derive(p, {}, QStringLiteral("1.000001"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("zz")) && r.error().contains(QStringLiteral("f2")), qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestDerivation)
#include "tst_derivation.moc"
