// The automatic layout: the engine's invariants on the samples and on generated charts (lane
// membership, no overlapping steps, bands in lane order, every flow from outline to outline,
// channel paths clear of every step), both directions, determinism, awkward processes, and
// the client: worker kept alive, crash, hang and garbage each give an error within the
// timeout and the next request works again.
#include "fixtures.h"
#include "layout.h"
#include "layoutclient.h"
#include "stepshape.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <random>

using namespace tthc;

namespace {

struct Named {
    QString name;
    Process process;
};

const QList<Named> &sampleProcesses()
{
    static const QList<Named> all = [] {
        QList<Named> out;
        for (const char *file : {"doi-gplx.json", "vay-von-tra-luong-covid.json"}) {
            const Workspace ws = fixtures::loadSample(QString::fromLatin1(file));
            auto add = [&](const QString &owner, const Process &p, const char *which) {
                if (!p.isEmpty())
                    out.append({QStringLiteral("%1/%2/%3").arg(QString::fromLatin1(file), owner, QLatin1String(which)), p});
            };
            for (const Procedure &p : ws.procedures) {
                add(p.code, p.asIs, "asIs");
                add(p.code, p.toBe, "toBe");
            }
            for (const ProcedureGroup &g : ws.groups) {
                add(g.id, g.asIs, "asIs");
                add(g.id, g.toBe, "toBe");
            }
        }
        return out;
    }();
    return all;
}

Process processFor(const QString &source, int index)
{
    if (source == QLatin1String("sample"))
        return sampleProcesses().at(index).process;
    static const int lanesFor[] = {6, 8, 10, 7};
    static const int sizes[] = {25, 100, 200, 500};
    return syntheticProcess(sizes[index], lanesFor[index], 20240 + quint32(index));
}

QRectF box(const Step &s, const QPointF &centre)
{
    const QSizeF size = StepShape::defaultSize(s.kind);
    return QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
}

// A point on (or within a pixel and a half of) the step's outline, not deep inside it.
bool onOutline(const Step &s, const QRectF &r, const QPointF &p)
{
    if (!r.adjusted(-1.5, -1.5, 1.5, 1.5).contains(p))
        return false;
    return !StepShape::outline(s.kind, r.adjusted(3, 3, -3, -3)).contains(p);
}

QPointF cubic(const QPointF &p0, const QPointF &c1, const QPointF &c2, const QPointF &p1, double t)
{
    const double u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * p1;
}

// Every check the issue asks for; returns what is wrong, or an empty string.
QString check(const Process &p, const Geometry &g, const LayoutOptions &o, bool pathsClearOfSteps)
{
    if (g.leftToRight != o.leftToRight)
        return QStringLiteral("direction");
    // Bands: the process's lanes, in order, side by side without overlapping.
    QStringList laneIds;
    for (const Lane &l : p.lanes)
        laneIds << l.id;
    QStringList bandIds;
    for (const LaneBand &b : g.lanes)
        bandIds << b.id;
    if (bandIds.mid(0, laneIds.size()) != laneIds)
        return QStringLiteral("bands %1 are not the lanes %2").arg(bandIds.join(u','), laneIds.join(u','));
    for (int i = 0; i < g.lanes.size(); ++i) {
        const QRectF r = g.lanes[i].rect;
        if (r.width() <= 0 || r.height() <= 0)
            return QStringLiteral("band %1 is empty").arg(g.lanes[i].id);
        if (i > 0) {
            const QRectF prev = g.lanes[i - 1].rect;
            const bool after = o.leftToRight ? r.top() >= prev.bottom() - 0.01 : r.left() >= prev.right() - 0.01;
            if (!after)
                return QStringLiteral("band %1 overlaps or precedes %2").arg(g.lanes[i].id, g.lanes[i - 1].id);
        }
    }
    // Steps: inside their lane's band, boxes apart.
    QList<QRectF> boxes;
    QList<const Step *> placed;
    for (const Step &s : p.steps) {
        if (!g.steps.contains(s.id))
            return QStringLiteral("step %1 has no position").arg(s.id);
        const QPointF c = g.steps.value(s.id);
        const LaneBand *band = g.lane(s.lane);
        if (!band)
            return QStringLiteral("step %1: no band for lane %2").arg(s.id, s.lane);
        if (!band->rect.contains(c))
            return QStringLiteral("step %1 (%2, %3) is outside its lane %4").arg(s.id).arg(c.x()).arg(c.y()).arg(s.lane);
        const QRectF b = box(s, c);
        if (!band->rect.contains(b))
            return QStringLiteral("the box of step %1 leaves its lane %2").arg(s.id, s.lane);
        for (int i = 0; i < boxes.size(); ++i)
            if (boxes[i].adjusted(0.5, 0.5, -0.5, -0.5).intersects(b))
                return QStringLiteral("steps %1 and %2 overlap").arg(placed[i]->id, s.id);
        boxes << b;
        placed << &s;
    }
    // Flows: a cubic chain from the source's outline to the target's.
    for (const Flow &f : p.flows) {
        const Step *from = p.step(f.from), *to = p.step(f.to);
        if (!from || !to)
            continue;
        if (!g.flows.contains(f.id))
            return QStringLiteral("flow %1 has no path").arg(f.id);
        const QList<QPointF> path = g.flows.value(f.id);
        if (path.size() < 4 || (path.size() - 1) % 3 != 0)
            return QStringLiteral("flow %1: %2 points is not a cubic chain").arg(f.id).arg(path.size());
        if (!onOutline(*from, box(*from, g.steps.value(from->id)), path.front()))
            return QStringLiteral("flow %1 starts at (%2, %3), not on %4").arg(f.id).arg(path.front().x()).arg(path.front().y()).arg(from->id);
        if (!onOutline(*to, box(*to, g.steps.value(to->id)), path.back()))
            return QStringLiteral("flow %1 ends at (%2, %3), not on %4").arg(f.id).arg(path.back().x()).arg(path.back().y()).arg(to->id);
        if (!pathsClearOfSteps)
            continue;
        for (int i = 0; i + 3 < path.size(); i += 3)
            for (int k = 1; k < 10; ++k) {
                const QPointF q = cubic(path[i], path[i + 1], path[i + 2], path[i + 3], k / 10.0);
                for (int b = 0; b < boxes.size(); ++b)
                    if (boxes[b].adjusted(1, 1, -1, -1).contains(q)
                        && StepShape::outline(placed[b]->kind, boxes[b].adjusted(1, 1, -1, -1)).contains(q))
                        return QStringLiteral("flow %1 runs through step %2 at (%3, %4)")
                            .arg(f.id, placed[b]->id).arg(q.x()).arg(q.y());
            }
    }
    return {};
}

LayoutOptions options(bool lr, bool graphvizRouting = false, bool useGraphviz = true)
{
    LayoutOptions o;
    o.leftToRight = lr;
    o.routing = graphvizRouting ? LayoutOptions::Routing::GraphvizSplines : LayoutOptions::Routing::Channels;
    o.useGraphviz = useGraphviz;
    return o;
}

QString failureText(const QString &reason)
{
    return QStringLiteral("The automatic layout failed: %1. The diagram was left unchanged.").arg(reason);
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("TTHC_LAYOUT_TEST_HOOKS", "1"); // the worker honours LayoutOptions::fault
        QVERIFY(sampleProcesses().size() >= 4);
    }

    void defaultSizesAreStepShapes()
    {
        const LayoutOptions o;
        for (int k = 0; k < enumCount<StepKind>(); ++k)
            QCOMPARE(o.stepSize(StepKind(k)), StepShape::defaultSize(StepKind(k)));
    }

    void optionsAndWireRoundTrip()
    {
        LayoutOptions o;
        o.leftToRight = false;
        o.rankSep = 71.5;
        o.routing = LayoutOptions::Routing::GraphvizSplines;
        o.useGraphviz = false;
        o.timeoutMs = 1234;
        o.stepSizes[2] = QSizeF(99, 77);
        o.fault = LayoutOptions::Fault::Hang;
        QCOMPARE(LayoutOptions::fromJson(o.toJson()), o);
        QCOMPARE(LayoutOptions::fromJson({}), LayoutOptions{});

        // The request line is JSON that gives the process's skeleton back, whatever the ids.
        Process p = syntheticProcess(30, 6, 7);
        p.steps[3].id = QStringLiteral("tên \"lạ\" \\ với\tkí tự\n điều khiển");
        p.flows[0].from = p.steps[3].id;
        p.lanes[1].id = QStringLiteral("Làn “2” \x01");
        p.steps[5].lane = p.lanes[1].id;
        const QByteArray line = LayoutClient::encodeRequest(42, p, o);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        QJsonParseError error;
        const QJsonObject request = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(request.value(QLatin1String("id")).toInteger(), 42);
        QCOMPARE(LayoutOptions::fromJson(request.value(QLatin1String("options")).toObject()), o);
        Process back;
        QVERIFY(layoutwire::processFromJson(request.value(QLatin1String("process")).toObject(), &back));
        QCOMPARE(back.lanes.size(), p.lanes.size());
        QCOMPARE(back.lanes[1].id, p.lanes[1].id);
        QCOMPARE(back.steps.size(), p.steps.size());
        QCOMPARE(back.flows.size(), p.flows.size());
        for (int i = 0; i < p.steps.size(); ++i) {
            QCOMPARE(back.steps[i].id, p.steps[i].id);
            QCOMPARE(back.steps[i].kind, p.steps[i].kind);
            QCOMPARE(back.steps[i].lane, p.steps[i].lane);
        }
        for (int i = 0; i < p.flows.size(); ++i) {
            QCOMPARE(back.flows[i].id, p.flows[i].id);
            QCOMPARE(back.flows[i].from, p.flows[i].from);
            QCOMPARE(back.flows[i].to, p.flows[i].to);
            QCOMPARE(back.flows[i].kind, p.flows[i].kind);
        }
        QVERIFY(!layoutwire::processFromJson(QJsonObject{{QStringLiteral("steps"), 3}}, &back));
    }

    // The generated charts are what the tests claim: 6–10 lanes, flows hopping between lanes
    // many times, decisions with 2–3 branches, loops back, message flows.
    void syntheticCharts()
    {
        for (int n : {25, 100, 200, 500}) {
            const Process p = syntheticProcess(n, 8, 1);
            QCOMPARE(p.steps.size(), n);
            QCOMPARE(p.lanes.size(), 8);
            int hops = 0, back = 0, messages = 0, decisions = 0;
            for (const Flow &f : p.flows) {
                hops += p.step(f.from)->lane != p.step(f.to)->lane;
                back += p.stepIndex(f.to) < p.stepIndex(f.from);
                messages += f.kind == FlowKind::Message;
            }
            for (const Step &s : p.steps)
                decisions += s.kind == StepKind::Decision;
            QVERIFY2(hops >= n / 3, qPrintable(QString::number(hops)));
            QVERIFY(back >= n / 25);
            QVERIFY(messages >= n / 15);
            QVERIFY(decisions >= n / 12);
        }
        QCOMPARE(syntheticProcess(100, 8, 5), syntheticProcess(100, 8, 5));
    }

    void emptyProcess()
    {
        const auto r = GraphvizLayout::run(Process{}, {});
        QVERIFY(r.ok());
        QVERIFY(r.value().isEmpty());
        QVERIFY(r.value().flows.isEmpty());
        QCOMPARE(r.value(), Geometry{});
    }

    // Exact figures for the simplest chart: three tasks in one lane, left to right.
    void straightChain()
    {
        Process p;
        p.lanes = {{QStringLiteral("L"), QStringLiteral("Lane"), LaneKind::Unit, {}}};
        p.steps = {fixtures::step(QStringLiteral("a"), StepKind::Task, QStringLiteral("L")),
                   fixtures::step(QStringLiteral("b"), StepKind::Task, QStringLiteral("L")),
                   fixtures::step(QStringLiteral("c"), StepKind::Task, QStringLiteral("L"))};
        p.flows = {fixtures::flow(QStringLiteral("f1"), QStringLiteral("a"), QStringLiteral("b")),
                   fixtures::flow(QStringLiteral("f2"), QStringLiteral("b"), QStringLiteral("c"))};
        for (bool dot : {true, false}) {
            const auto r = GraphvizLayout::run(p, options(true, false, dot));
            QVERIFY(r.ok());
            const Geometry &g = r.value();
            // header 44 + outer gap 40 + half a task 85 = 169; then 85 + 56 + 85 further each
            QCOMPARE(g.steps.value(QStringLiteral("a")), QPointF(169, 55));
            QCOMPARE(g.steps.value(QStringLiteral("b")), QPointF(395, 55));
            QCOMPARE(g.steps.value(QStringLiteral("c")), QPointF(621, 55));
            QCOMPARE(g.lanes.size(), 1);
            QCOMPARE(g.lanes[0].rect, QRectF(0, 0, 621 + 85 + 40, 110));
            const QList<QPointF> f1{{254, 55}, {272.67, 55}, {291.33, 55}, {310, 55}};
            QCOMPARE(g.flows.value(QStringLiteral("f1")), f1);
        }
        // Top to bottom: the same, transposed.
        const auto tb = GraphvizLayout::run(p, options(false));
        QVERIFY(tb.ok());
        QCOMPARE(tb.value().steps.value(QStringLiteral("a")), QPointF(105, 44 + 40 + 35)); // band: 20 + 170 + 20
        QCOMPARE(tb.value().lanes[0].rect.width(), 2 * 20 + 170.0);
    }

    void invariants_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("lr");
        QTest::addColumn<bool>("graphvizRouting");
        QTest::addColumn<bool>("useGraphviz");
        for (bool lr : {true, false}) {
            const char *dir = lr ? "LR" : "TB";
            for (int i = 0; i < sampleProcesses().size(); ++i) {
                const QByteArray name = sampleProcesses()[i].name.toUtf8();
                QTest::addRow("%s %s dot+channels", name.constData(), dir) << "sample" << i << lr << false << true;
                QTest::addRow("%s %s dot+nop2", name.constData(), dir) << "sample" << i << lr << true << true;
                QTest::addRow("%s %s builtin", name.constData(), dir) << "sample" << i << lr << false << false;
            }
            const int sizes[] = {25, 100, 200, 500};
            for (int i = 0; i < 4; ++i) {
                QTest::addRow("generated %d %s dot+channels", sizes[i], dir) << "generated" << i << lr << false << true;
                QTest::addRow("generated %d %s builtin", sizes[i], dir) << "generated" << i << lr << false << false;
            }
            QTest::addRow("generated 25 %s dot+nop2", dir) << "generated" << 0 << lr << true << true;
        }
    }

    void invariants()
    {
        QFETCH(QString, source);
        QFETCH(int, index);
        QFETCH(bool, lr);
        QFETCH(bool, graphvizRouting);
        QFETCH(bool, useGraphviz);
        const Process p = processFor(source, index);
        const LayoutOptions o = options(lr, graphvizRouting, useGraphviz);
        LayoutStats stats;
        const auto r = GraphvizLayout::run(p, o, &stats);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(stats.graphvizRanking, useGraphviz);
        QCOMPARE(stats.graphvizRouting, graphvizRouting);
        QCOMPARE(r.value().steps.size(), p.steps.size());
        const QString problem = check(p, r.value(), o, !graphvizRouting);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void deterministicAndJson_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("lr");
        QTest::newRow("sample 0 LR") << "sample" << 0 << true;
        QTest::newRow("sample 1 TB") << "sample" << 1 << false;
        QTest::newRow("generated 200 LR") << "generated" << 2 << true;
        QTest::newRow("generated 500 TB") << "generated" << 3 << false;
    }

    void deterministicAndJson()
    {
        QFETCH(QString, source);
        QFETCH(int, index);
        QFETCH(bool, lr);
        const Process p = processFor(source, index);
        const auto a = GraphvizLayout::run(p, options(lr));
        const auto b = GraphvizLayout::run(p, options(lr));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value(), b.value());
        // The geometry survives tthc-json's `layout` object unchanged.
        QCOMPARE(Geometry::fromJson(a.value().toJson()), a.value());
        QCOMPARE(QJsonDocument(a.value().toJson()).toJson(QJsonDocument::Compact),
                 QJsonDocument(b.value().toJson()).toJson(QJsonDocument::Compact));
    }

    // Processes the validator would complain about still lay out, and never crash.
    void awkwardProcesses()
    {
        using fixtures::flow;
        using fixtures::step;
        Process p;
        p.lanes = {{QStringLiteral("L1"), QStringLiteral("A"), LaneKind::Applicant, {}},
                   {QStringLiteral("L2"), QStringLiteral("B"), LaneKind::Desk, {}},
                   {QStringLiteral("L2"), QStringLiteral("duplicate"), LaneKind::Desk, {}},
                   {QStringLiteral("L3"), QStringLiteral("empty lane"), LaneKind::Unit, {}}};
        p.steps = {step(QStringLiteral("a"), StepKind::Start, QStringLiteral("L1")),
                   step(QStringLiteral("b"), StepKind::Decision, QStringLiteral("L2")),
                   step(QStringLiteral("c"), StepKind::Task, QStringLiteral("ghost")), // unknown lane
                   step(QStringLiteral("d"), StepKind::Task, QString()),               // no lane
                   step(QStringLiteral("b"), StepKind::Task, QStringLiteral("L1")),    // duplicate id
                   step(QStringLiteral("e"), StepKind::End, QStringLiteral("L1"))};
        p.flows = {flow(QStringLiteral("f1"), QStringLiteral("a"), QStringLiteral("b")),
                   flow(QStringLiteral("f2"), QStringLiteral("b"), QStringLiteral("c")),
                   flow(QStringLiteral("f3"), QStringLiteral("b"), QStringLiteral("nowhere")),
                   flow(QStringLiteral("f4"), QStringLiteral("c"), QStringLiteral("c")),   // self loop
                   flow(QStringLiteral("f5"), QStringLiteral("c"), QStringLiteral("d")),
                   flow(QStringLiteral("f6"), QStringLiteral("c"), QStringLiteral("d")),   // parallel
                   flow(QStringLiteral("f7"), QStringLiteral("d"), QStringLiteral("a")),   // back
                   flow(QStringLiteral("f8"), QStringLiteral("d"), QStringLiteral("e"))};
        for (bool lr : {true, false})
            for (bool nop2 : {false, true}) {
                const auto r = GraphvizLayout::run(p, options(lr, nop2));
                QVERIFY(r.ok());
                const Geometry &g = r.value();
                QCOMPARE(g.steps.size(), 5);
                QStringList bands;
                for (const LaneBand &b : g.lanes)
                    bands << b.id;
                QCOMPARE(bands, (QStringList{"L1", "L2", "L3", "ghost"}));
                QVERIFY(g.lane(QStringLiteral("ghost"))->rect.contains(g.steps.value(QStringLiteral("c"))));
                QVERIFY(g.lanes[0].rect.contains(g.steps.value(QStringLiteral("d")))); // first band
                QVERIFY(!g.flows.contains(QStringLiteral("f3")));
                QCOMPARE(g.flows.size(), 7);
                QVERIFY(g.flows.value(QStringLiteral("f5")) != g.flows.value(QStringLiteral("f6")));
                const QList<QPointF> loop = g.flows.value(QStringLiteral("f4"));
                const QRectF c = box(p.steps[2], g.steps.value(QStringLiteral("c")));
                QVERIFY(onOutline(p.steps[2], c, loop.front()));
                QVERIFY(onOutline(p.steps[2], c, loop.back()));
            }
        // No lanes at all; lanes without steps; steps without flows.
        Process bare;
        bare.steps = {step(QStringLiteral("x"), StepKind::Task, QString()),
                      step(QStringLiteral("y"), StepKind::Task, QString())};
        auto r = GraphvizLayout::run(bare, {});
        QVERIFY(r.ok());
        QCOMPARE(r.value().steps.size(), 2);
        QVERIFY(r.value().lanes.isEmpty());
        QVERIFY(!box(bare.steps[0], r.value().steps.value(QStringLiteral("x")))
                     .intersects(box(bare.steps[1], r.value().steps.value(QStringLiteral("y")))));
        Process lanesOnly;
        lanesOnly.lanes = p.lanes.mid(0, 2);
        r = GraphvizLayout::run(lanesOnly, {});
        QVERIFY(r.ok());
        QCOMPARE(r.value().lanes.size(), 2);
        QCOMPARE(r.value().lanes[1].rect.top(), r.value().lanes[0].rect.bottom());
    }

    void fuzz_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    // Random processes with every defect the editor may hold while a chart is being drawn:
    // duplicate and empty ids, unknown and empty lanes, dangling flows, self loops, parallel
    // flows. Never a crash; what can be placed is placed by the rules.
    void fuzz()
    {
        QFETCH(quint32, seed);
        std::mt19937 rng(seed);
        auto pick = [&](int n) { return int(rng() % quint32(n)); };
        const QStringList lanePool{"A", "B", "C", "D", "E", "", "A"};
        const QStringList stepPool{"s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "", "s1"};
        Process p;
        for (int i = pick(6); i > 0; --i)
            p.lanes.append({lanePool[pick(int(lanePool.size()))], QStringLiteral("lane"), LaneKind::Unit, {}});
        const int steps = pick(30);
        for (int i = 0; i < steps; ++i) {
            Step s;
            s.id = i < 9 ? stepPool[pick(int(stepPool.size()))] : QStringLiteral("x%1").arg(i);
            s.kind = StepKind(pick(enumCount<StepKind>()));
            s.lane = pick(5) == 0 ? QStringLiteral("ghost%1").arg(pick(2)) : lanePool[pick(int(lanePool.size()))];
            p.steps.append(s);
        }
        for (int i = pick(45); i > 0; --i) {
            Flow f;
            f.id = pick(12) == 0 ? QString() : QStringLiteral("f%1").arg(pick(40));
            auto anyStep = [&] {
                return pick(10) == 0 || p.steps.isEmpty() ? QStringLiteral("nowhere") : p.steps[pick(int(p.steps.size()))].id;
            };
            f.from = anyStep();
            f.to = pick(8) == 0 ? f.from : anyStep();
            f.kind = pick(4) == 0 ? FlowKind::Message : FlowKind::Sequence;
            p.flows.append(f);
        }
        for (int mode = 0; mode < 8; ++mode) {
            const LayoutOptions o = options(mode & 1, mode & 2, !(mode & 4));
            const auto r = GraphvizLayout::run(p, o);
            QVERIFY(r.ok());
            const Geometry &g = r.value();
            QCOMPARE(Geometry::fromJson(g.toJson()), g);
            QHash<QString, const Step *> placed;
            for (const Step &s : p.steps)
                if (!s.id.isEmpty() && !placed.contains(s.id))
                    placed.insert(s.id, &s);
            QCOMPARE(g.steps.size(), placed.size());
            QList<QRectF> boxes;
            for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
                QVERIFY(g.steps.contains(it.key()));
                const QPointF c = g.steps.value(it.key());
                if (const LaneBand *band = g.lane(it.value()->lane); band && !it.value()->lane.isEmpty())
                    QVERIFY2(band->rect.contains(c), qPrintable(it.key()));
                const QRectF b = box(*it.value(), c);
                for (const QRectF &other : std::as_const(boxes))
                    QVERIFY(!other.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b));
                boxes << b;
            }
            for (const Flow &f : p.flows) {
                const bool routable = !f.id.isEmpty() && placed.contains(f.from) && placed.contains(f.to);
                if (!routable)
                    continue;
                const QList<QPointF> path = g.flows.value(f.id);
                QVERIFY2(path.size() >= 4 && (path.size() - 1) % 3 == 0, qPrintable(f.id));
            }
        }
    }

    // ---- the client and its worker ----------------------------------------------------

    void clientMatchesInProcess()
    {
        LayoutClient client;
        client.setWorkerPath(QStringLiteral(TTHC_LAYOUT_WORKER));
        for (int i = 0; i < sampleProcesses().size(); ++i) {
            const Process &p = sampleProcesses()[i].process;
            const auto viaWorker = client.layout(p, options(i % 2 == 0));
            QVERIFY2(viaWorker.ok(), qPrintable(viaWorker.error()));
            const auto inProcess = GraphvizLayout::run(p, options(i % 2 == 0));
            QCOMPARE(viaWorker.value(), inProcess.value());
        }
        // Kept alive: one worker served them all.
        QCOMPARE(client.workerStarts(), 1);
        QVERIFY(client.workerPid() > 0);
        QVERIFY(client.lastStats().gvLayoutCalls >= 1);
        QVERIFY(client.lastRoundTripNs() >= client.lastStats().totalNs);
    }

    void clientAsync()
    {
        LayoutClient client;
        client.setWorkerPath(QStringLiteral(TTHC_LAYOUT_WORKER));
        QSignalSpy done(&client, &LayoutClient::finished);
        QSignalSpy failed(&client, &LayoutClient::failed);
        const Process p = syntheticProcess(200, 8, 3);
        client.start(p, {});
        QVERIFY(client.isBusy());
        // A blocking call meanwhile is refused, not queued.
        const auto refused = client.layout(p, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), failureText(QStringLiteral("another automatic layout is still running")));
        QVERIFY(done.wait(10000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(done.first().first().value<Geometry>(), GraphvizLayout::run(p, {}).value());
        QVERIFY(!client.isBusy());
    }

    void clientCancel()
    {
        LayoutClient client;
        client.setWorkerPath(QStringLiteral(TTHC_LAYOUT_WORKER));
        QSignalSpy done(&client, &LayoutClient::finished);
        QSignalSpy failed(&client, &LayoutClient::failed);
        LayoutOptions hang;
        hang.fault = LayoutOptions::Fault::Hang;
        client.start(syntheticProcess(25, 6, 1), hang);
        QTest::qWait(100);
        client.cancel();
        QVERIFY(!client.isBusy());
        QTest::qWait(200);
        QCOMPARE(done.count() + failed.count(), 0);
        const auto next = client.layout(syntheticProcess(25, 6, 1), {});
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(client.workerStarts(), 2);
    }

    void clientFaults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("async");
        const QString crash = QStringLiteral("the layout helper program stopped unexpectedly");
        const QString hang = QStringLiteral("the layout helper program did not answer within 1.5 seconds");
        const QString garbage = QStringLiteral("the layout helper program gave an answer that could not be read");
        QTest::newRow("crash") << int(LayoutOptions::Fault::Crash) << crash << false;
        QTest::newRow("hang") << int(LayoutOptions::Fault::Hang) << hang << false;
        QTest::newRow("garbage") << int(LayoutOptions::Fault::Garbage) << garbage << false;
        QTest::newRow("one number short") << int(LayoutOptions::Fault::Truncated) << garbage << false;
        QTest::newRow("crash async") << int(LayoutOptions::Fault::Crash) << crash << true;
        QTest::newRow("hang async") << int(LayoutOptions::Fault::Hang) << hang << true;
        QTest::newRow("garbage async") << int(LayoutOptions::Fault::Garbage) << garbage << true;
        QTest::newRow("one number short async") << int(LayoutOptions::Fault::Truncated) << garbage << true;
    }

    // A worker that crashes, hangs or answers garbage gives a clear error within the
    // timeout, and the same client works again on the next request.
    void clientFaults()
    {
        QFETCH(int, fault);
        QFETCH(QString, reason);
        QFETCH(bool, async);
        QLocale::setDefault(QLocale::c());
        LayoutClient client;
        client.setWorkerPath(QStringLiteral(TTHC_LAYOUT_WORKER));
        const Process p = fixtures::small().procedures.first().asIs;
        QVERIFY(client.layout(p, {}).ok());
        const qint64 firstPid = client.workerPid();
        LayoutOptions o;
        o.timeoutMs = 1500;
        o.fault = LayoutOptions::Fault(fault);
        QElapsedTimer clock;
        clock.start();
        if (async) {
            QSignalSpy failed(&client, &LayoutClient::failed);
            QSignalSpy done(&client, &LayoutClient::finished);
            client.start(p, o);
            QVERIFY(failed.wait(5000));
            QCOMPARE(done.count(), 0);
            QCOMPARE(failed.first().first().toString(), failureText(reason));
        } else {
            const auto r = client.layout(p, o);
            QVERIFY(!r.ok());
            QCOMPARE(r.error(), failureText(reason));
        }
        QVERIFY2(clock.elapsed() < o.timeoutMs + 2000, qPrintable(QString::number(clock.elapsed())));
        if (fault == int(LayoutOptions::Fault::Hang))
            QVERIFY(clock.elapsed() >= o.timeoutMs - 50);
        QVERIFY(!client.isBusy());
        // Works again, in a fresh worker.
        const auto next = client.layout(p, {});
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(next.value(), GraphvizLayout::run(p, {}).value());
        QVERIFY(client.workerPid() != firstPid);
        QCOMPARE(client.workerStarts(), 2);
    }

    void clientMissingWorker()
    {
        LayoutClient client;
        client.setWorkerPath(QStringLiteral("/nonexistent/tthc-layout"));
        const auto r = client.layout(fixtures::small().procedures.first().asIs, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error(),
                 failureText(QStringLiteral("the layout helper program /nonexistent/tthc-layout could not be started")));
        // Asynchronously: busy until the failure is delivered, after start() returned.
        QSignalSpy failed(&client, &LayoutClient::failed);
        client.start(fixtures::small().procedures.first().asIs, {});
        QVERIFY(client.isBusy());
        QCOMPARE(failed.count(), 0);
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!client.isBusy());
        // A cancel in between: nothing follows.
        client.start(fixtures::small().procedures.first().asIs, {});
        client.cancel();
        QTest::qWait(50);
        QCOMPARE(failed.count(), 1);
    }

    void workerPathFromEnvironment()
    {
        LayoutClient client;
        qputenv("TTHC_LAYOUT_WORKER", "/opt/elsewhere/tthc-layout");
        QCOMPARE(client.workerPath(), QStringLiteral("/opt/elsewhere/tthc-layout"));
        qunsetenv("TTHC_LAYOUT_WORKER");
        QCOMPARE(client.workerPath(), QCoreApplication::applicationDirPath() + QStringLiteral("/tthc-layout"));
        client.setWorkerPath(QStringLiteral("/x/y"));
        QCOMPARE(client.workerPath(), QStringLiteral("/x/y"));
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
