// Derivation: the to-be e-process generated from the as-is chart and the analysis actions;
// the samples step by step, each rule on a small chart, determinism, and the hand-edit mark.
#include "derivation.h"
#include "fixtures.h"
#include "reductions.h"
#include "stepdecision.h"
#include "validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

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

StepAnalysis decided(StepAnalysis a, const std::function<void(Decision &)> &change)
{
    Decision d = StepRules::decision(a);
    change(d);
    StepRules::setDecision(a, d);
    return a;
}

StepAnalysis mergeInto(const QString &step, const QString &target)
{
    return decided(row(step, Action::Merge), [&](Decision &d) { d.into = target; });
}

QStringList names(const Process &p)
{
    QStringList out;
    for (const Step &s : p.steps)
        out << s.id + u' ' + s.name;
    return out;
}

// The rules alone (Scope::Member: no submission or result is added to these small charts).
Process derived(const Process &asIs, const QList<StepAnalysis> &analysis, QStringList *notes = nullptr,
                Derivation::Scope scope = Derivation::Scope::Member)
{
    auto r = Derivation::derive(asIs, analysis, QStringLiteral("X"), notes, scope);
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
        // 1.002804 (not in a group): simplify s1 s2 s4 s5b s6, automate s3 s5 s5r, keep s5c; no
        // row for s0, s5d, s9. Nothing is eliminated or merged.
        const Workspace ws = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        QStringList notes;
        auto r = Derivation::deriveToBe(ws, ws.procedures[0], &notes);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const Process &t = r.value();
        // The clinic's lane (L-ksk) has no step; the desk (L-mc) neither: the applicant submits
        // online. The new system lane comes after the applicant's.
        COMPARE_LINES(lanes(t), (QStringList{QStringLiteral("TL-nd applicant Người dân"),
                                             QStringLiteral("T-ht system Hệ thống thông tin giải quyết TTHC"),
                                             QStringLiteral("TL-qlpt unit Phòng Quản lý phương tiện và người lái"),
                                             QStringLiteral("TL-ld leader Lãnh đạo Sở GTVT")}));
        // s1 is an examination: simplified, it stays in person (4 h, 300.000 đ). s2 (photo) and
        // s4 (submission, from the desk to the applicant) go online; s3, the applicant's own
        // payment, is automated as an online payment and stays the applicant's with its 0.5 h.
        // s5 "Thẩm định hồ sơ" is an appraisal: it stays with the licensing office (3 h, 2 days),
        // after a system check ts5-kt with the row's databases. s5r (a notification) is the
        // system's, 0 h. s5b is signed digitally. s6 becomes the electronic result.
        COMPARE_LINES(steps(t), (QStringList{
            QStringLiteral("ts0 start TL-nd <s0> d: s: - h0 w0"),
            QStringLiteral("ts1 task TL-nd <s1> d: s:csdl-ksk PM h4 w0"),
            QStringLiteral("ts2 task TL-nd <s2> d:d-anh s: M h1.5 w0"),
            QStringLiteral("ts3 task TL-nd <s3> d: s:tt-dvcqg M h0.5 w0"),
            QStringLiteral("ts4 task TL-nd <s4> d:d-don s:csdl-gplx,csdl-ksk,csdl-dancu M h2 w0"),
            QStringLiteral("ts5-kt task T-ht <s5> d: s:csdl-gplx,csdl-ksk,csdl-vphc-gt,csdl-bhxh - h0 w0"),
            QStringLiteral("ts5 task TL-qlpt <s5> d: s:csdl-gplx,csdl-ksk,csdl-vphc-gt,csdl-bhxh M h3 w2"),
            QStringLiteral("ts5d decision TL-qlpt <s5d> d: s: - h0 w0"),
            QStringLiteral("ts5r task T-ht <s5r> d: s:dvcqg - h0 w0"),
            QStringLiteral("ts5b task TL-ld <s5b> d: s: M h0.5 w1"),
            QStringLiteral("ts5c task TL-qlpt <s5c> d: s: M h0.5 w0"),
            QStringLiteral("ts6 task TL-nd <s6> d: s:vnpost,kho-dl M h1.5 w0"),
            QStringLiteral("ts9 end TL-nd <s9> d: s: - h0 w0")}));
        COMPARE_LINES(names(t), (QStringList{
            QStringLiteral("ts0 Bắt đầu"), QStringLiteral("ts1 Chuẩn bị hồ sơ, khám sức khỏe"),
            QStringLiteral("ts2 Chụp ảnh trực tiếp tại cơ quan cấp giấy phép lái xe (trực tuyến)"),
            QStringLiteral("ts3 Thanh toán phí, lệ phí trực tuyến"), QStringLiteral("ts4 Nộp hồ sơ trực tuyến"),
            QStringLiteral("ts5-kt Hệ thống tự động kiểm tra, đối chiếu dữ liệu"), QStringLiteral("ts5 Thẩm định hồ sơ"),
            QStringLiteral("ts5d Hồ sơ hợp lệ?"), QStringLiteral("ts5r Thông báo bổ sung, hoàn thiện hồ sơ"),
            QStringLiteral("ts5b Phê duyệt, ký giấy phép lái xe (ký số)"), QStringLiteral("ts5c In giấy phép lái xe"),
            QStringLiteral("ts6 Nhận kết quả điện tử"), QStringLiteral("ts9 Kết thúc")}));
        COMPARE_LINES(flows(t), (QStringList{
            QStringLiteral("tf1 ts0>ts1"), QStringLiteral("tf2 ts1>ts2"), QStringLiteral("tf3 ts2>ts3"),
            QStringLiteral("tf4 ts3>ts4"), QStringLiteral("tf5 ts4>ts5-kt"), QStringLiteral("tf6 ts5-kt>ts5"),
            QStringLiteral("tf7 ts5>ts5d"), QStringLiteral("tf8 ts5d>ts5b Hợp lệ"),
            QStringLiteral("tf9 ts5d>ts5r Chưa hợp lệ"), QStringLiteral("tf10 ts5r>ts4"),
            QStringLiteral("tf11 ts5b>ts5c"), QStringLiteral("tf12 ts5c>ts6"), QStringLiteral("tf13 ts6>ts9")}));
        QVERIFY(t.layout.isEmpty());
        QCOMPARE(t.steps[1].costVnd, 300000.0);
        // What the user is told: the appraisal kept with its officer, the renamed photo step,
        // and the notification's 0.5 h that the system does not spend.
        QCOMPARE(notes.size(), 3);
        QVERIFY2(notes[0].contains(QStringLiteral("“Thẩm định hồ sơ” (s5)")) && notes[0].contains(QStringLiteral("officer")),
                 qPrintable(notes[0]));
        QVERIFY2(notes[1].contains(QStringLiteral("(s2)")) && notes[1].contains(QStringLiteral("online")), qPrintable(notes[1]));
        QVERIFY2(notes[2].contains(QStringLiteral("(s5r)")) && notes[2].contains(QStringLiteral("0.5 h")), qPrintable(notes[2]));
        // Sound, and passes every e-process rule: no finding about the generated chart.
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
        // The members belong to the group: their submissions may be eliminated (the group takes
        // one dossier), and nothing is added.
        // 2.001001: a1 eliminated (a0 → a2 reconnected); a2 "Thẩm định và xác nhận" is an
        // appraisal: automated, it stays with the BHXH (2 h, 3 days) after a system check.
        QTest::newRow("2.001001") << QStringLiteral("2.001001")
            << QStringList{QStringLiteral("TL-dn applicant Người sử dụng lao động"),
                           QStringLiteral("T-ht system Hệ thống thông tin giải quyết TTHC"),
                           QStringLiteral("TL-bhxh agency Cơ quan Bảo hiểm xã hội")}
            << QStringList{QStringLiteral("ta0 start TL-dn <a0> d: s: - h0 w0"),
                           QStringLiteral("ta2-kt task T-ht <a2> d: s:csdl-bhxh - h0 w0"),
                           QStringLiteral("ta2 task TL-bhxh <a2> d: s:csdl-bhxh M h2 w3"),
                           QStringLiteral("ta9 end TL-dn <a9> d: s: - h0 w0")}
            << QStringList{QStringLiteral("tf1 ta0>ta2-kt"), QStringLiteral("tf2 ta2-kt>ta2"), QStringLiteral("tf3 ta2>ta9")};
        // 2.001002: all simplified; d-dsx and d-bctc are reused (d-tt is still handed in); the
        // submission c1 goes online.
        QTest::newRow("2.001002") << QStringLiteral("2.001002")
            << QStringList{QStringLiteral("TL-dn applicant Người sử dụng lao động"),
                           QStringLiteral("TL-h agency UBND cấp huyện"), QStringLiteral("TL-t leader UBND cấp tỉnh")}
            << QStringList{QStringLiteral("tc0 start TL-dn <c0> d: s: - h0 w0"),
                           QStringLiteral("tc1 task TL-dn <c1> d:d-tt s:csdl-bhxh,csdl-thue,dvcqg M h3 w0"),
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
        // A check goes to a new system lane, with no officer hours and no waiting.
        Process p = chain();
        p.steps[2].name = QStringLiteral("Kiểm tra tính hợp lệ của hồ sơ");
        p.steps[2].inPerson = true;
        p.steps[2].hours = 3;
        p.steps[2].waitDays = 1;
        QStringList notes;
        Process t = derived(p, {row(QStringLiteral("b"), Action::Automate, {}, {QStringLiteral("csdl-a")})}, &notes);
        COMPARE_LINES(lanes(t), (QStringList{QStringLiteral("TA applicant Người dân"),
                                             QStringLiteral("T-ht system Hệ thống thông tin giải quyết TTHC"),
                                             QStringLiteral("TL unit Phòng chuyên môn")}));
        QCOMPARE(steps(t)[2], QStringLiteral("tb task T-ht <b> d: s:csdl-a - h0 w0"));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes[0].contains(QStringLiteral("3 h")), qPrintable(notes[0]));
        // The decision's system joins its systems.
        t = derived(p, {decided(row(QStringLiteral("b"), Action::Automate), [](Decision &d) { d.by = QStringLiteral("dvcqg"); })});
        QCOMPARE(steps(t)[2], QStringLiteral("tb task T-ht <b> d: s:dvcqg - h0 w0"));
        // An as-is system lane is used instead of a new one (and "T-ht" stays free).
        p.lanes << Lane{QStringLiteral("S"), QStringLiteral("Cổng DVC"), LaneKind::System, {}};
        t = derived(p, {row(QStringLiteral("b"), Action::Automate)});
        COMPARE_LINES(lanes(t), (QStringList{QStringLiteral("TA applicant Người dân"), QStringLiteral("TL unit Phòng chuyên môn"),
                                             QStringLiteral("TS system Cổng DVC")}));
        QCOMPARE(t.steps[2].lane, QStringLiteral("TS"));
        // An as-is lane whose copy would be called T-ht: the new system lane takes T-ht2.
        p = chain();
        p.steps[2].name = QStringLiteral("Chuyển hồ sơ");
        p.lanes << Lane{QStringLiteral("-ht"), QStringLiteral("Khác"), LaneKind::Agency, {}};
        p.steps[1].lane = QStringLiteral("-ht");
        t = derived(p, {row(QStringLiteral("b"), Action::Automate)});
        QCOMPARE(t.steps[2].lane, QStringLiteral("T-ht2"));
        QCOMPARE(t.steps[1].lane, QStringLiteral("T-ht"));
    }

    void automateKeepsWhatTheLawGivesToPeople()
    {
        Process p = chain();
        p.steps[1].lane = QStringLiteral("A"); // the applicant pays at the counter
        p.steps[1].name = QStringLiteral("Nộp lệ phí tại quầy");
        p.steps[1].inPerson = true;
        p.steps[1].hours = 0.5;
        p.steps[1].costVnd = 20000;
        p.steps[2].name = QStringLiteral("Thẩm định hồ sơ");
        p.steps[2].hours = 3;
        p.steps[2].waitDays = 2;
        p.steps[3].name = QStringLiteral("In giấy phép");
        p.steps[3].hours = 0.5;
        QStringList notes;
        const QList<StepAnalysis> rows{row(QStringLiteral("a"), Action::Automate, {}, {QStringLiteral("tt-dvcqg")}),
                                       row(QStringLiteral("b"), Action::Automate, {}, {QStringLiteral("csdl-a")}),
                                       row(QStringLiteral("c"), Action::Automate)};
        Process t = derived(p, rows, &notes);
        // a: the applicant's payment stays in the applicant's lane, online, with its time and
        // cost. b: the appraisal stays with the officer (3 h, 2 days), after a system check.
        // c: printing is not something a system does alone: kept, with the reason.
        COMPARE_LINES(steps(t), (QStringList{QStringLiteral("ts start TA <s> d: s: - h0 w0"),
                                             QStringLiteral("ta task TA <a> d: s:tt-dvcqg M h0.5 w0"),
                                             QStringLiteral("tb-kt task T-ht <b> d: s:csdl-a - h0 w0"),
                                             QStringLiteral("tb task TL <b> d: s:csdl-a M h3 w2"),
                                             QStringLiteral("tc task TL <c> d: s: M h0.5 w0"),
                                             QStringLiteral("te end TA <e> d: s: - h0 w0")}));
        QCOMPARE(t.steps[1].name, QStringLiteral("Thanh toán phí, lệ phí trực tuyến"));
        QCOMPARE(t.steps[1].costVnd, 20000.0);
        COMPARE_LINES(flows(t), (QStringList{QStringLiteral("tf1 ts>ta"), QStringLiteral("tf2 ta>tb-kt"),
                                             QStringLiteral("tf3 tb-kt>tb"), QStringLiteral("tf4 tb>tc"),
                                             QStringLiteral("tf5 tc>te")}));
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes[0].contains(QStringLiteral("(b)")) && notes[0].contains(QStringLiteral("appraisal")), qPrintable(notes[0]));
        QVERIFY2(notes[1].contains(QStringLiteral("(c)")) && notes[1].contains(QStringLiteral("producing the result")),
                 qPrintable(notes[1]));
        // A stated nature wins over the name; a recorded reason hands the appraisal to the system.
        StepRules::setNature(p.steps[3], StepNature::Check);
        t = derived(p, {row(QStringLiteral("c"), Action::Automate),
                        decided(row(QStringLiteral("b"), Action::Automate),
                                [](Decision &d) { d.override = QStringLiteral("Chỉ đối chiếu điều kiện có trong CSDL"); })});
        QCOMPARE(steps(t)[2], QStringLiteral("tb task T-ht <b> d: s: - h0 w0"));
        QCOMPARE(steps(t)[3], QStringLiteral("tc task T-ht <c> d: s: - h0 w0"));
    }

    void simplifyGoesOnline()
    {
        // s → a (submission at the desk) → b (health examination) → c (signing) → r (result) → e.
        Process p = chain();
        p.lanes.insert(1, Lane{QStringLiteral("D"), QStringLiteral("Bộ phận Một cửa"), LaneKind::Desk, {}});
        p.steps[1].lane = QStringLiteral("D");
        p.steps[1].name = QStringLiteral("Nộp hồ sơ tại Bộ phận Một cửa");
        p.steps[1].inPerson = true;
        p.steps[1].hours = 1;
        p.steps[2].name = QStringLiteral("Khám sức khỏe");
        p.steps[2].inPerson = true;
        p.steps[3].name = QStringLiteral("Lãnh đạo ký giấy phép");
        Step r = task(QStringLiteral("r"), QStringLiteral("A"));
        r.name = QStringLiteral("Nhận kết quả tại Bộ phận Một cửa");
        r.inPerson = true;
        r.hours = 1.5;
        p.steps.insert(4, r);
        p.flows[3].to = QStringLiteral("r");
        p.flows << fixtures::flow(QStringLiteral("f5"), QStringLiteral("r"), QStringLiteral("e"));
        QList<StepAnalysis> rows{row(QStringLiteral("a"), Action::Simplify), row(QStringLiteral("b"), Action::Simplify),
                                 row(QStringLiteral("c"), Action::Simplify), row(QStringLiteral("r"), Action::Simplify)};
        Process t = derived(p, rows);
        COMPARE_LINES(lanes(t), (QStringList{QStringLiteral("TA applicant Người dân"), QStringLiteral("TL unit Phòng chuyên môn")}));
        COMPARE_LINES(steps(t), (QStringList{QStringLiteral("ts start TA <s> d: s: - h0 w0"),
                                             QStringLiteral("ta task TA <a> d: s: M h1 w0"),
                                             QStringLiteral("tb task TL <b> d: s: PM h0 w0"),
                                             QStringLiteral("tc task TL <c> d: s: M h0 w0"),
                                             QStringLiteral("tr task TA <r> d: s: M h1.5 w0"),
                                             QStringLiteral("te end TA <e> d: s: - h0 w0")}));
        COMPARE_LINES(names(t), (QStringList{QStringLiteral("ts s"), QStringLiteral("ta Nộp hồ sơ trực tuyến"),
                                             QStringLiteral("tb Khám sức khỏe"),
                                             QStringLiteral("tc Lãnh đạo ký giấy phép (ký số)"),
                                             QStringLiteral("tr Nhận kết quả điện tử"), QStringLiteral("te e")}));
        // The decision: the submission's new name and hours; the examination online after all
        // (a remote consultation); the result by post on request, or at the desk.
        rows[0] = decided(rows[0], [](Decision &d) {
            d.name = QStringLiteral("Nộp hồ sơ trên Cổng Dịch vụ công");
            d.hours = 0.25;
            d.waitDays = 0;
        });
        rows[1] = decided(rows[1], [](Decision &d) { d.online = true; });
        rows[3] = decided(rows[3], [](Decision &d) { d.channel = Channel::Postal; });
        t = derived(p, rows);
        QCOMPARE(steps(t)[1], QStringLiteral("ta task TA <a> d: s: M h0.25 w0"));
        QCOMPARE(t.steps[1].name, QStringLiteral("Nộp hồ sơ trên Cổng Dịch vụ công"));
        QCOMPARE(steps(t)[2], QStringLiteral("tb task TL <b> d: s: M h0 w0"));
        QCOMPARE(t.steps[4].name, QStringLiteral("Nhận kết quả điện tử; bản giấy qua bưu chính công ích nếu đăng ký"));
        rows[3] = decided(rows[3], [](Decision &d) { d.channel = Channel::Desk; });
        t = derived(p, rows);
        QCOMPARE(steps(t)[4], QStringLiteral("tr task TA <r> d: s: PM h1.5 w0"));
        QCOMPARE(t.steps[4].name, QStringLiteral("Nhận kết quả tại Bộ phận Một cửa"));
        // "online": false keeps the submission at the desk.
        rows[0] = decided(rows[0], [](Decision &d) { d.online = false; });
        t = derived(p, rows);
        QCOMPARE(t.steps[1].lane, QStringLiteral("TD"));
        QVERIFY(t.steps[1].inPerson);
    }

    void mergeIntoATarget()
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
        // b into a: a keeps its id and lane and gains b's duties, documents and times.
        Process t = derived(p, {mergeInto(QStringLiteral("b"), QStringLiteral("a"))});
        COMPARE_LINES(steps(t), (QStringList{QStringLiteral("ts start TA <s> d: s: - h0 w0"),
                                             QStringLiteral("ta task TL <a,b> d:d1,d2 s:sys PM h3 w1.5"),
                                             QStringLiteral("tc task TL <c> d: s: M h4 w0"),
                                             QStringLiteral("te end TA <e> d: s: - h0 w0")}));
        QCOMPARE(t.steps[1].name, QStringLiteral("a; b"));
        QCOMPARE(t.steps[1].description, QStringLiteral("Kiểm tra\nTrình ký"));
        QCOMPARE(t.steps[1].costVnd, 5000.0);
        COMPARE_LINES(flows(t), (QStringList{QStringLiteral("tf1 ts>ta"), QStringLiteral("tf2 ta>tc"),
                                             QStringLiteral("tf3 tc>te")}));
        // a and b into c (a chain: a → b → c); the target need not be next to them, nor in
        // their lane.
        p.lanes << Lane{QStringLiteral("M"), QStringLiteral("Lãnh đạo"), LaneKind::Leader, {}};
        p.steps[3].lane = QStringLiteral("M");
        t = derived(p, {mergeInto(QStringLiteral("a"), QStringLiteral("b")), mergeInto(QStringLiteral("b"), QStringLiteral("c"))});
        COMPARE_LINES(steps(t), (QStringList{QStringLiteral("ts start TA <s> d: s: - h0 w0"),
                                             QStringLiteral("tc task TM <c,a,b> d:d1,d2 s:sys PM h7 w1.5"),
                                             QStringLiteral("te end TA <e> d: s: - h0 w0")}));
        QCOMPARE(t.steps[1].name, QStringLiteral("c; a; b"));
        COMPARE_LINES(flows(t), (QStringList{QStringLiteral("tf1 ts>tc"), QStringLiteral("tf2 tc>te")}));
        // After elimination: c into a once b is gone.
        t = derived(p, {mergeInto(QStringLiteral("c"), QStringLiteral("a")), row(QStringLiteral("b"), Action::Eliminate)});
        QCOMPARE(steps(t)[1], QStringLiteral("ta task TL <a,c> d:d1 s: M h5 w0.5"));
    }

    void mergeNeedsATarget()
    {
        const auto failure = [](const Process &p, const QList<StepAnalysis> &rows) {
            auto r = Derivation::derive(p, rows, QStringLiteral("X"));
            return r.ok() ? QString() : r.error();
        };
        QString e = failure(chain(), {row(QStringLiteral("b"), Action::Merge)});
        QVERIFY2(e.contains(QStringLiteral("“b” (b)")) && e.contains(QStringLiteral("names no step")), qPrintable(e));
        e = failure(chain(), {mergeInto(QStringLiteral("b"), QStringLiteral("zz"))});
        QVERIFY2(e.contains(QStringLiteral("“zz”")), qPrintable(e));
        e = failure(chain(), {mergeInto(QStringLiteral("b"), QStringLiteral("s"))});
        QVERIFY2(e.contains(QStringLiteral("not a task")), qPrintable(e));
        e = failure(chain(), {mergeInto(QStringLiteral("a"), QStringLiteral("b")), mergeInto(QStringLiteral("b"), QStringLiteral("a"))});
        QVERIFY2(e.contains(QStringLiteral("circle")), qPrintable(e));
        e = failure(chain(), {mergeInto(QStringLiteral("a"), QStringLiteral("b")), row(QStringLiteral("b"), Action::Eliminate)});
        QVERIFY2(e.contains(QStringLiteral("eliminates")), qPrintable(e));
    }

    void procedureAlwaysHasSubmissionAndResult()
    {
        // A procedure (not a group member): eliminating the submission or the result replaces
        // it by its electronic form; a submission whose data comes from systems becomes an
        // electronic intake.
        Process p = chain();
        p.steps[1].lane = QStringLiteral("A");
        p.steps[1].name = QStringLiteral("Nộp hồ sơ");
        p.steps[1].inPerson = true;
        p.steps[1].hours = 1;
        p.steps[3].lane = QStringLiteral("A");
        p.steps[3].name = QStringLiteral("Nhận Giấy khai sinh");
        p.steps[3].inPerson = true;
        p.steps[3].hours = 1;
        QStringList notes;
        Process t = derived(p, {row(QStringLiteral("a"), Action::Eliminate), row(QStringLiteral("c"), Action::Eliminate)},
                            &notes, Derivation::Scope::Procedure);
        COMPARE_LINES(names(t), (QStringList{QStringLiteral("ts s"), QStringLiteral("ta Nộp hồ sơ trực tuyến"),
                                             QStringLiteral("tb b"), QStringLiteral("tc Nhận kết quả điện tử"),
                                             QStringLiteral("te e")}));
        QCOMPARE(steps(t)[3], QStringLiteral("tc task TA <c> d: s: M h1 w0"));
        QCOMPARE(notes.size(), 2);
        t = derived(p, {row(QStringLiteral("a"), Action::Eliminate, {}, {QStringLiteral("csdl-a")})}, nullptr,
                    Derivation::Scope::Procedure);
        QCOMPARE(steps(t)[1], QStringLiteral("ta task T-ht <a> d: s:csdl-a - h0 w0"));
        QCOMPARE(t.steps[1].name, QStringLiteral("Tiếp nhận hồ sơ liên thông điện tử"));
        // In a group's member the same rows remove them.
        t = derived(p, {row(QStringLiteral("a"), Action::Eliminate), row(QStringLiteral("c"), Action::Eliminate)});
        QCOMPARE(t.steps.size(), 3);

        // A chart with neither gets both, with a note each.
        notes.clear();
        t = derived(chain(), {}, &notes, Derivation::Scope::Procedure);
        COMPARE_LINES(steps(t), (QStringList{QStringLiteral("ts start TA <s> d: s: - h0 w0"),
                                             QStringLiteral("t-nop task TA <> d: s: M h0 w0"),
                                             QStringLiteral("ta task TL <a> d: s: M h0 w0"),
                                             QStringLiteral("tb task TL <b> d: s: M h0 w0"),
                                             QStringLiteral("tc task TL <c> d: s: M h0 w0"),
                                             QStringLiteral("t-tkq task T-ht <> d: s: - h0 w0"),
                                             QStringLiteral("te end TA <e> d: s: - h0 w0")}));
        COMPARE_LINES(flows(t), (QStringList{QStringLiteral("tf1 ts>t-nop"), QStringLiteral("tf2 t-nop>ta"),
                                             QStringLiteral("tf3 ta>tb"), QStringLiteral("tf4 tb>tc"),
                                             QStringLiteral("tf5 tc>t-tkq"), QStringLiteral("tf6 t-tkq>te")}));
        QCOMPARE(notes.size(), 2);
    }

    // A commune-level procedure the samples do not have, written from Luật Hộ tịch 2014 Điều 18:
    // both parties must be present when the certificate is handed over, so the result stays at
    // the desk (channel "desk"); the officer's appraisal, the register and the Chairman's
    // signature stay people's work.
    void marriageRegistration()
    {
        Workspace ws;
        ws.systems = {{QStringLiteral("csdl-dancu"), QStringLiteral("Cơ sở dữ liệu quốc gia về dân cư"), SystemKind::NationalDb, {},
                       Readiness::Connected, {}, {}},
                      {QStringLiteral("csdl-hotich"), QStringLiteral("Cơ sở dữ liệu hộ tịch điện tử"), SystemKind::SectoralDb, {},
                       Readiness::Connected, {}, {}}};
        Procedure k;
        k.code = QStringLiteral("1.000894");
        k.name = QStringLiteral("Đăng ký kết hôn");
        k.agency = QStringLiteral("UBND cấp xã");
        k.level = Level::Commune;
        k.documents = {{QStringLiteral("d-tk"), QStringLiteral("Tờ khai đăng ký kết hôn"), DocumentKind::Form, {}},
                       {QStringLiteral("d-xnhn"), QStringLiteral("Giấy xác nhận tình trạng hôn nhân"), DocumentKind::Certificate, {}},
                       {QStringLiteral("d-cccd"), QStringLiteral("Căn cước công dân"), DocumentKind::Copy, {}}};
        Process &a = k.asIs;
        a.lanes = {{QStringLiteral("L-cd"), QStringLiteral("Công dân"), LaneKind::Applicant, {}},
                   {QStringLiteral("L-mc"), QStringLiteral("Bộ phận Một cửa UBND xã"), LaneKind::Desk, {}},
                   {QStringLiteral("L-tp"), QStringLiteral("Công chức tư pháp - hộ tịch"), LaneKind::Unit, {}},
                   {QStringLiteral("L-ct"), QStringLiteral("Chủ tịch UBND xã"), LaneKind::Leader, {}}};
        const auto st = [](const char *id, const char *lane, const QString &name, double hours, double wait, bool inPerson) {
            Step s = fixtures::step(QString::fromLatin1(id), StepKind::Task, QString::fromLatin1(lane), name);
            s.hours = hours;
            s.waitDays = wait;
            s.inPerson = inPerson;
            s.manual = true;
            return s;
        };
        Step k1 = st("k1", "L-mc", QStringLiteral("Nộp tờ khai đăng ký kết hôn và giấy tờ"), 1, 0, true);
        k1.documents = {QStringLiteral("d-tk"), QStringLiteral("d-xnhn"), QStringLiteral("d-cccd")};
        a.steps = {fixtures::step(QStringLiteral("k0"), StepKind::Start, QStringLiteral("L-cd"), QStringLiteral("Bắt đầu")),
                   k1,
                   st("k2", "L-mc", QStringLiteral("Kiểm tra, đối chiếu giấy tờ tùy thân"), 0.5, 0, true),
                   st("k3", "L-tp", QStringLiteral("Thẩm định hồ sơ, xác minh điều kiện kết hôn"), 2, 1, false),
                   fixtures::step(QStringLiteral("k3d"), StepKind::Decision, QStringLiteral("L-tp"), QStringLiteral("Đủ điều kiện?")),
                   st("k3r", "L-tp", QStringLiteral("Thông báo từ chối bằng văn bản"), 0.5, 0, false),
                   st("k4", "L-tp", QStringLiteral("Ghi Sổ hộ tịch"), 0.5, 0, false),
                   st("k5", "L-ct", QStringLiteral("Ký Giấy chứng nhận kết hôn"), 0.25, 0.5, false),
                   st("k6", "L-cd", QStringLiteral("Nhận Giấy chứng nhận kết hôn"), 1, 0, true),
                   fixtures::step(QStringLiteral("k9"), StepKind::End, QStringLiteral("L-cd"), QStringLiteral("Kết thúc"))};
        a.flows = {fixtures::flow(QStringLiteral("f1"), QStringLiteral("k0"), QStringLiteral("k1")),
                   fixtures::flow(QStringLiteral("f2"), QStringLiteral("k1"), QStringLiteral("k2")),
                   fixtures::flow(QStringLiteral("f3"), QStringLiteral("k2"), QStringLiteral("k3")),
                   fixtures::flow(QStringLiteral("f4"), QStringLiteral("k3"), QStringLiteral("k3d")),
                   fixtures::flow(QStringLiteral("f5"), QStringLiteral("k3d"), QStringLiteral("k4"), QStringLiteral("Đủ điều kiện")),
                   fixtures::flow(QStringLiteral("f6"), QStringLiteral("k3d"), QStringLiteral("k3r"), QStringLiteral("Không đủ điều kiện")),
                   fixtures::flow(QStringLiteral("f7"), QStringLiteral("k3r"), QStringLiteral("k9")),
                   fixtures::flow(QStringLiteral("f8"), QStringLiteral("k4"), QStringLiteral("k5")),
                   fixtures::flow(QStringLiteral("f9"), QStringLiteral("k5"), QStringLiteral("k6")),
                   fixtures::flow(QStringLiteral("f10"), QStringLiteral("k6"), QStringLiteral("k9"))};
        const QStringList both{QStringLiteral("csdl-dancu"), QStringLiteral("csdl-hotich")};
        k.analysis = {
            decided(row(QStringLiteral("k1"), Action::Simplify, {QStringLiteral("d-xnhn"), QStringLiteral("d-cccd")}, both),
                    [](Decision &d) { d.hours = 0.5; }),
            row(QStringLiteral("k2"), Action::Automate, {}, {QStringLiteral("csdl-dancu")}),
            decided(row(QStringLiteral("k3"), Action::Automate, {}, {QStringLiteral("csdl-hotich")}),
                    [](Decision &d) { d.hours = 1.5; }),
            row(QStringLiteral("k3r"), Action::Automate),
            decided(row(QStringLiteral("k4"), Action::Simplify), [](Decision &d) { d.name = QStringLiteral("Ghi Sổ hộ tịch điện tử"); }),
            row(QStringLiteral("k5"), Action::Simplify),
            decided(row(QStringLiteral("k6"), Action::Simplify), [](Decision &d) { d.channel = Channel::Desk; }),
        };
        ws.procedures = {k};
        QStringList notes;
        auto r = Derivation::deriveToBe(ws, ws.procedures[0], &notes);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const Process &t = r.value();
        // The desk's lane is gone: the couple submits online (0.5 h, the decision's), and the
        // identity check is the system's.
        COMPARE_LINES(lanes(t), (QStringList{QStringLiteral("TL-cd applicant Công dân"),
                                             QStringLiteral("T-ht system Hệ thống thông tin giải quyết TTHC"),
                                             QStringLiteral("TL-tp unit Công chức tư pháp - hộ tịch"),
                                             QStringLiteral("TL-ct leader Chủ tịch UBND xã")}));
        COMPARE_LINES(steps(t), (QStringList{QStringLiteral("tk0 start TL-cd <k0> d: s: - h0 w0"),
                                             QStringLiteral("tk1 task TL-cd <k1> d:d-tk s:csdl-dancu,csdl-hotich M h0.5 w0"),
                                             QStringLiteral("tk2 task T-ht <k2> d: s:csdl-dancu - h0 w0"),
                                             QStringLiteral("tk3-kt task T-ht <k3> d: s:csdl-hotich - h0 w0"),
                                             QStringLiteral("tk3 task TL-tp <k3> d: s:csdl-hotich M h1.5 w1"),
                                             QStringLiteral("tk3d decision TL-tp <k3d> d: s: - h0 w0"),
                                             QStringLiteral("tk3r task T-ht <k3r> d: s: - h0 w0"),
                                             QStringLiteral("tk4 task TL-tp <k4> d: s: M h0.5 w0"),
                                             QStringLiteral("tk5 task TL-ct <k5> d: s: M h0.25 w0.5"),
                                             QStringLiteral("tk6 task TL-cd <k6> d: s: PM h1 w0"),
                                             QStringLiteral("tk9 end TL-cd <k9> d: s: - h0 w0")}));
        COMPARE_LINES(names(t), (QStringList{QStringLiteral("tk0 Bắt đầu"), QStringLiteral("tk1 Nộp hồ sơ trực tuyến"),
                                             QStringLiteral("tk2 Kiểm tra, đối chiếu giấy tờ tùy thân"),
                                             QStringLiteral("tk3-kt Hệ thống tự động kiểm tra, đối chiếu dữ liệu"),
                                             QStringLiteral("tk3 Thẩm định hồ sơ, xác minh điều kiện kết hôn"),
                                             QStringLiteral("tk3d Đủ điều kiện?"),
                                             QStringLiteral("tk3r Thông báo từ chối bằng văn bản"),
                                             QStringLiteral("tk4 Ghi Sổ hộ tịch điện tử"),
                                             QStringLiteral("tk5 Ký Giấy chứng nhận kết hôn (ký số)"),
                                             QStringLiteral("tk6 Nhận Giấy chứng nhận kết hôn"), QStringLiteral("tk9 Kết thúc")}));
        COMPARE_LINES(flows(t), (QStringList{QStringLiteral("tf1 tk0>tk1"), QStringLiteral("tf2 tk1>tk2"),
                                             QStringLiteral("tf3 tk2>tk3-kt"), QStringLiteral("tf4 tk3-kt>tk3"),
                                             QStringLiteral("tf5 tk3>tk3d"), QStringLiteral("tf6 tk3d>tk4 Đủ điều kiện"),
                                             QStringLiteral("tf7 tk3d>tk3r Không đủ điều kiện"), QStringLiteral("tf8 tk3r>tk9"),
                                             QStringLiteral("tf9 tk4>tk5"), QStringLiteral("tf10 tk5>tk6"),
                                             QStringLiteral("tf11 tk6>tk9")}));
        // Notes: the appraisal kept with its officer; the check's and the notification's hours.
        QCOMPARE(notes.size(), 3);
        // The e-process passes every rule, and the analysis draws no warning.
        ws.procedures[0].toBe = t;
        for (const Finding &f : Validator::validate(ws))
            QVERIFY2(f.rule == QLatin1String("analysis.automate") && f.location.step == QLatin1String("k3"),
                     qPrintable(Validator::formatLine(f)));
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
        const Process b = derived(chain(), {decided(row(QStringLiteral("b"), Action::Automate),
                                                    [](Decision &d) { d.override = QStringLiteral("x"); })});
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
