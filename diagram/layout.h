#pragma once
// Automatic layout of a process diagram: a pure function from a Process and LayoutOptions to
// a Geometry (step centres, lane bands, flow paths). Lane membership is kept: every step's
// centre lies in its lane's band. Graphviz `dot` (libgvc, linked) ranks and orders the steps
// on the plain graph — no clusters, which Debian's Graphviz 2.42 cannot lay out reliably —
// and the bands, the cross-axis positions and the flow paths are computed here.
//
// GraphvizLayout::run is called only inside the `tthc-layout` worker process and in tests:
// a Graphviz crash or hang must never take the editor down. The editor goes through
// LayoutClient (layoutclient.h), which talks to the worker with the wire format below.
// This header is Qt Core only and keeps gvc.h out; the wire format is inline so that the
// client (in tthc_diagram) does not link Graphviz.
#include "enums.h"
#include "geometry.h"
#include "result.h"
#include "types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSizeF>

#include <array>

namespace tthc {

struct LayoutOptions {
    // How flow paths are made. Channels: orthogonal paths with rounded corners through the
    // free space between ranks and around steps, computed here (linear time). GraphvizSplines:
    // Graphviz's `nop2` engine routes splines around the placed steps; its router is cubic in
    // the number of steps (≈0.6 s at 100 steps, 5 s at 200), so it is used only up to
    // graphvizRoutingMaxSteps and Channels beyond (and for any flow it leaves without a path).
    enum class Routing { Channels, GraphvizSplines };
    // Fault injection for the worker's tests; honoured only when the worker's environment has
    // TTHC_LAYOUT_TEST_HOOKS=1.
    enum class Fault { None, Crash, Hang, Garbage, Truncated };

    bool leftToRight = true; // LR: horizontal bands, flow left→right; TB: vertical columns, top→bottom
    double rankSep = 56;     // free space between two ranks along the flow (at least)
    double nodeSep = 28;     // between steps of one lane stacked in the same rank
    double laneMargin = 20;  // between a band's edge and its steps
    double laneHeader = 44;  // strip at the start of each band for the lane's title
    double minLaneSize = 110; // thickness of a band with no or small steps
    double trackSpacing = 10; // between parallel flow segments
    double cornerRadius = 8;  // of the bends of channel-routed flows
    Routing routing = Routing::Channels;
    int graphvizRoutingMaxSteps = 40;
    bool useGraphviz = true; // false: built-in ranking (longest path), no Graphviz at all
    // Bounds on dot's effort (Graphviz attributes of the same names; 0 leaves Graphviz's default).
    double nslimit = 4;
    double nslimit1 = 4;
    double mclimit = 0.5;
    int searchsize = 30;
    int timeoutMs = 15000; // the client's watchdog
    // The box of each step kind, indexed by StepKind. The defaults are StepShape::defaultSize
    // (the worker does not link Qt Gui); LayoutClient fills them from StepShape on every request.
    std::array<QSizeF, 5> stepSizes{QSizeF(110, 44), QSizeF(170, 70), QSizeF(150, 90), QSizeF(110, 44),
                                    QSizeF(170, 70)};
    Fault fault = Fault::None;

    QSizeF stepSize(StepKind k) const { return stepSizes[size_t(k)]; }
    bool operator==(const LayoutOptions &) const = default;

    QJsonObject toJson() const;
    static LayoutOptions fromJson(const QJsonObject &o);
};

// What a layout cost; the benchmark compares our total with the time inside gvLayout alone.
struct LayoutStats {
    qint64 gvLayoutNs = 0; // time spent inside gvLayout() calls
    int gvLayoutCalls = 0;
    qint64 totalNs = 0;    // the whole of GraphvizLayout::run
    bool graphvizRanking = false; // false: dot failed or was not asked for; built-in ranking
    bool graphvizRouting = false; // true: nop2 routed the flows
    int fallbackFlows = 0;        // flows routed by channels although Graphviz routing was asked
};

class GraphvizLayout {
public:
    // Lays out `process`. Never throws; a Graphviz failure falls back to the built-in ranking
    // or routing. Not reentrant (Graphviz has global state): one call at a time per process.
    // Only for the worker process and tests — see the comment at the top of this file.
    static Result<Geometry> run(const Process &process, const LayoutOptions &options,
                                LayoutStats *stats = nullptr);

    // For the benchmark: time of one plain `dot` gvLayout of the same graph, with dot's own
    // spline routing (what "Graphviz alone" would cost), in ns; -1 if it failed.
    static qint64 plainDotNs(const Process &process, const LayoutOptions &options);
};

// A synthetic chart for tests and benchmarks: `steps` steps over `lanes` lanes, the flow hops
// between lanes back and forth, decisions with 2–3 branches, supplement loops back to the
// applicant, message flows between agencies. Deterministic for a given seed.
Process syntheticProcess(int steps, int lanes, quint32 seed);

// ---------------------------------------------------------------------------------------
// Wire format between LayoutClient and the worker: one line each way.
//   request: compact JSON
//     {"id": n, "options": LayoutOptions::toJson,
//      "process": {"lanes": [id…], "steps": [[id, kind, lane]…], "flows": [[id, from, to, kind]…]}}
//   answer:  a compact JSON envelope, a tab, then the geometry as comma-separated integers
//     {"id": n, "ok": true, "dir": "LR"|"TB", "lanes": [band id…], "stats": {...}}<TAB>numbers
//     numbers, in hundredths of a pixel (every coordinate is rounded to 0.01 px, so this is
//     exact): x y w h of each band in the envelope's order; x y of each step of the request,
//     in its order; for each flow of the request, in its order, the number of path points n
//     (0: no path) and then n times x y.
//   or      {"id": n, "ok": false, "error": "request"|"layout", "detail": text}
// The process travels as a skeleton of what the layout reads, not as tthc-json: a draft
// being edited (an unnamed lane, a sub-procedure step without its code yet) must still lay
// out, and names and descriptions do not matter to the geometry. The answer is positional
// and bare numbers because it is the bulk of the traffic: QJsonDocument and
// Geometry::toJson/fromJson took 3 ms of a 200-step layout's 13 (0.3 ms this way).
// The client writes requests and reads answers (layoutclient.cpp), the worker the other way
// round (layoutworker/main.cpp); what both need is here.
namespace layoutwire {

// Lenient: what cannot be read is skipped. Returns false when the shape is not a process.
inline bool processFromJson(const QJsonObject &o, Process *out)
{
    const QJsonValue lanes = o.value(QLatin1String("lanes")), steps = o.value(QLatin1String("steps")),
                     flows = o.value(QLatin1String("flows"));
    if (!lanes.isArray() || !steps.isArray() || !flows.isArray())
        return false;
    Process p;
    const QJsonArray laneArray = lanes.toArray(), stepArray = steps.toArray(), flowArray = flows.toArray();
    p.lanes.reserve(laneArray.size());
    p.steps.reserve(stepArray.size());
    p.flows.reserve(flowArray.size());
    for (const QJsonValue &v : laneArray)
        p.lanes.append(Lane{v.toString(), v.toString(), LaneKind::Unit, {}});
    for (const QJsonValue &v : stepArray) {
        const QJsonArray a = v.toArray();
        Step s;
        s.id = a.at(0).toString();
        s.kind = fromJsonName<StepKind>(a.at(1).toString()).value_or(StepKind::Task);
        s.lane = a.at(2).toString();
        p.steps.append(s);
    }
    for (const QJsonValue &v : flowArray) {
        const QJsonArray a = v.toArray();
        Flow f;
        f.id = a.at(0).toString();
        f.from = a.at(1).toString();
        f.to = a.at(2).toString();
        f.kind = fromJsonName<FlowKind>(a.at(3).toString()).value_or(FlowKind::Sequence);
        p.flows.append(f);
    }
    *out = std::move(p);
    return true;
}

inline QJsonObject statsToJson(const LayoutStats &s)
{
    return {{QStringLiteral("gvLayoutNs"), double(s.gvLayoutNs)}, {QStringLiteral("gvLayoutCalls"), s.gvLayoutCalls},
            {QStringLiteral("totalNs"), double(s.totalNs)}, {QStringLiteral("graphvizRanking"), s.graphvizRanking},
            {QStringLiteral("graphvizRouting"), s.graphvizRouting}, {QStringLiteral("fallbackFlows"), s.fallbackFlows}};
}

inline LayoutStats statsFromJson(const QJsonObject &o)
{
    LayoutStats s;
    s.gvLayoutNs = qint64(o.value(QLatin1String("gvLayoutNs")).toDouble());
    s.gvLayoutCalls = o.value(QLatin1String("gvLayoutCalls")).toInt();
    s.totalNs = qint64(o.value(QLatin1String("totalNs")).toDouble());
    s.graphvizRanking = o.value(QLatin1String("graphvizRanking")).toBool();
    s.graphvizRouting = o.value(QLatin1String("graphvizRouting")).toBool();
    s.fallbackFlows = o.value(QLatin1String("fallbackFlows")).toInt();
    return s;
}

} // namespace layoutwire

inline QJsonObject LayoutOptions::toJson() const
{
    QJsonArray sizes;
    for (const QSizeF &s : stepSizes)
        sizes.append(QJsonArray{s.width(), s.height()});
    static const char *const faults[] = {"none", "crash", "hang", "garbage", "truncated"};
    return {{QStringLiteral("direction"), leftToRight ? QStringLiteral("LR") : QStringLiteral("TB")},
            {QStringLiteral("rankSep"), rankSep},
            {QStringLiteral("nodeSep"), nodeSep},
            {QStringLiteral("laneMargin"), laneMargin},
            {QStringLiteral("laneHeader"), laneHeader},
            {QStringLiteral("minLaneSize"), minLaneSize},
            {QStringLiteral("trackSpacing"), trackSpacing},
            {QStringLiteral("cornerRadius"), cornerRadius},
            {QStringLiteral("routing"), routing == Routing::Channels ? QStringLiteral("channels") : QStringLiteral("graphviz")},
            {QStringLiteral("graphvizRoutingMaxSteps"), graphvizRoutingMaxSteps},
            {QStringLiteral("useGraphviz"), useGraphviz},
            {QStringLiteral("nslimit"), nslimit},
            {QStringLiteral("nslimit1"), nslimit1},
            {QStringLiteral("mclimit"), mclimit},
            {QStringLiteral("searchsize"), searchsize},
            {QStringLiteral("timeoutMs"), timeoutMs},
            {QStringLiteral("stepSizes"), sizes},
            {QStringLiteral("fault"), QLatin1String(faults[int(fault)])}};
}

inline LayoutOptions LayoutOptions::fromJson(const QJsonObject &o)
{
    LayoutOptions d;
    auto num = [&](const char *key, double fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : fallback;
    };
    d.leftToRight = o.value(QLatin1String("direction")).toString() != QLatin1String("TB");
    d.rankSep = num("rankSep", d.rankSep);
    d.nodeSep = num("nodeSep", d.nodeSep);
    d.laneMargin = num("laneMargin", d.laneMargin);
    d.laneHeader = num("laneHeader", d.laneHeader);
    d.minLaneSize = num("minLaneSize", d.minLaneSize);
    d.trackSpacing = num("trackSpacing", d.trackSpacing);
    d.cornerRadius = num("cornerRadius", d.cornerRadius);
    d.routing = o.value(QLatin1String("routing")).toString() == QLatin1String("graphviz") ? Routing::GraphvizSplines
                                                                                          : Routing::Channels;
    d.graphvizRoutingMaxSteps = int(num("graphvizRoutingMaxSteps", d.graphvizRoutingMaxSteps));
    d.useGraphviz = o.value(QLatin1String("useGraphviz")).toBool(d.useGraphviz);
    d.nslimit = num("nslimit", d.nslimit);
    d.nslimit1 = num("nslimit1", d.nslimit1);
    d.mclimit = num("mclimit", d.mclimit);
    d.searchsize = int(num("searchsize", d.searchsize));
    d.timeoutMs = int(num("timeoutMs", d.timeoutMs));
    const QJsonArray sizes = o.value(QLatin1String("stepSizes")).toArray();
    for (qsizetype i = 0; i < sizes.size() && i < qsizetype(d.stepSizes.size()); ++i) {
        const QJsonArray s = sizes[i].toArray();
        if (s.size() == 2 && s[0].toDouble() > 0 && s[1].toDouble() > 0)
            d.stepSizes[size_t(i)] = QSizeF(s[0].toDouble(), s[1].toDouble());
    }
    const QString fault = o.value(QLatin1String("fault")).toString();
    d.fault = fault == QLatin1String("crash")     ? Fault::Crash
              : fault == QLatin1String("hang")    ? Fault::Hang
              : fault == QLatin1String("garbage")   ? Fault::Garbage
              : fault == QLatin1String("truncated") ? Fault::Truncated
                                                    : Fault::None;
    return d;
}

} // namespace tthc
