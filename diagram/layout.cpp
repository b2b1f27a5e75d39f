// The layout engine. Pass 1: `dot` on the plain graph (no clusters, no edge routing) gives
// each step a rank (its place along the flow) and an order within the rank. Then the bands
// are placed here: every step takes its cross-axis position from its lane's band, steps of
// one lane in one rank are stacked in dot's order, and a band grows to hold its tallest
// stack. Flows are routed in channels: through the gaps between ranks and along free tracks
// across ranks, as orthogonal paths with rounded corners; the gaps widen to fit their tracks.
// Optionally (small charts) Graphviz's `nop2` engine re-routes the flows as splines around
// the placed steps. Everything here works in "along" (a) / "across" (c) coordinates; LR maps
// a→x, c→y and TB maps a→y, c→x, in scene units (px = points, y down).
#include "layout.h"

#include <gvc.h>

#include <QElapsedTimer>
#include <QHash>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <random>
#include <vector>

namespace tthc {

namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kEps = 1e-6;

// ---- Graphviz hygiene ------------------------------------------------------------------

struct AgraphDeleter {
    void operator()(Agraph_t *g) const { agclose(g); }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphDeleter>;

struct GvcDeleter {
    void operator()(GVC_t *c) const { gvFreeContext(c); }
};
using GvcPtr = std::unique_ptr<GVC_t, GvcDeleter>;

// Frees what a successful gvLayout attached to a graph, before the graph itself is closed.
class LayoutScope {
public:
    LayoutScope(GVC_t *gvc, Agraph_t *g) : m_gvc(gvc), m_graph(g) {}
    ~LayoutScope() { gvFreeLayout(m_gvc, m_graph); }
    LayoutScope(const LayoutScope &) = delete;
    LayoutScope &operator=(const LayoutScope &) = delete;

private:
    GVC_t *m_gvc;
    Agraph_t *m_graph;
};

// One context for the life of the process: the worker pays for loading plugins once.
GVC_t *graphvizContext()
{
    static GvcPtr context(gvContext());
    return context.get();
}

// Graphviz reports through agerr(); keep its messages instead of printing them.
QByteArray &graphvizMessages()
{
    static QByteArray messages;
    return messages;
}

int collectGraphvizMessage(char *text)
{
    QByteArray &m = graphvizMessages();
    if (m.size() < 4096)
        m += text;
    return 0;
}

class MessageCapture {
public:
    MessageCapture()
    {
        graphvizMessages().clear();
        m_previous = agseterrf(collectGraphvizMessage);
    }
    ~MessageCapture() { agseterrf(m_previous); }
    MessageCapture(const MessageCapture &) = delete;
    MessageCapture &operator=(const MessageCapture &) = delete;

private:
    agusererrf m_previous = nullptr;
};

// cgraph takes char* but copies every string it is given.
char *gvs(const char *s) { return const_cast<char *>(s); }
char *gvs(const QByteArray &s) { return const_cast<char *>(s.constData()); }
QByteArray number(double v) { return QByteArray::number(v, 'f', 4); }

// ---- the layout's own model ------------------------------------------------------------

enum class Side { F, B, N, P }; // forward / backward along the flow, negative / positive across

struct Node {
    int step = -1;     // index into Process::steps
    int band = 0;      // index into bands
    int rank = 0;
    double order = 0;  // dot's cross position: smaller comes first in the band
    StepKind kind = StepKind::Task;
    double w = 0, h = 0;   // scene size
    double as = 0, cs = 0; // size along and across
    double a = 0, c = 0;   // centre
    double top() const { return c - cs / 2; }
    double bottom() const { return c + cs / 2; }
};

struct Edge {
    int flow = -1; // index into Process::flows
    int u = -1, v = -1;
};

struct Band {
    QString id;
    bool visible = true; // false: the anonymous band of steps without any lane
    double c0 = 0, size = 0;
};

struct Interval {
    double lo, hi;
};

enum class RouteKind { Forward, SameRankAdjacent, SameRankGap, BackSide, BackGap, SelfLoop };

struct Port {
    Side side = Side::F;
    double offset = 0; // along the side, from its middle
};

struct GapSegment {
    int gap = 0; // -1 … ranks-1; gap g lies after rank g
    double lo = 0, hi = 0;
    int route = -1;
    int which = 0; // first or second gap segment of its route
    int track = 0;
};

struct Route {
    int edge = -1;
    RouteKind kind = RouteKind::Forward;
    Port from, to, loopPort; // loopPort: the self loop's way back in
    bool straight = false;
    double track = 0;   // c of the track across ranks
    double loopC = 0;   // c of a self loop's return
    double gapA[2] = {0, 0}; // a of the route's gap segments (first, second)
};

// The engine's state for one run.
class Engine {
public:
    Engine(const Process &process, const LayoutOptions &options, LayoutStats &stats)
        : m_p(process), m_o(options), m_stats(stats)
    {
    }

    Geometry run();

private:
    void collect();
    bool rankWithDot();
    void rankBuiltin();
    void compressRanks();
    void placeAcross();
    void decideRoutes();
    void assignPorts();
    void chooseTracks();
    void assignGapTracks();
    void placeAlong();
    Geometry output();
    bool routeWithGraphviz(Geometry &g);

    // Geometry helpers
    double clearance() const { return m_o.trackSpacing; }
    std::vector<Interval> freeOver(int r1, int r2, bool withTracks) const;
    std::optional<double> bestTrack(const std::vector<Interval> &free, double cu, double cv, double lo, double hi) const;
    Interval sideRoom(int node, Side s) const;
    int columnIndex(int node) const;
    QPointF portPoint(int node, const Port &port) const; // (a, c) on the outline
    double portCross(int node, const Port &port) const;  // c of a port on side F or B
    QPointF toScene(QPointF ac) const { return m_o.leftToRight ? ac : QPointF(ac.y(), ac.x()); }
    QList<QPointF> bezier(std::vector<QPointF> poly) const;

    const Process &m_p;
    const LayoutOptions &m_o;
    LayoutStats &m_stats;

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<Band> m_bands;
    int m_ranks = 0;
    std::vector<std::vector<int>> m_columns;       // per rank: nodes sorted by c
    std::vector<std::vector<double>> m_tracks;     // per rank: c of tracks crossing it
    std::vector<Route> m_routes;
    std::vector<GapSegment> m_segments;
    std::vector<int> m_gapTracks;                  // per gap (index g+1): number of tracks
    std::vector<double> m_gapStart, m_gapWidth;    // per gap (index g+1)
    std::vector<double> m_rankA, m_rankHalf;       // per rank
    double m_totalA = 0, m_totalC = 0;
};

// ---- collecting ------------------------------------------------------------------------

void Engine::collect()
{
    QHash<QString, int> bandOf;
    bandOf.reserve(m_p.lanes.size() + 4);
    m_bands.reserve(size_t(m_p.lanes.size()) + 4);
    for (const Lane &l : m_p.lanes) {
        if (bandOf.contains(l.id))
            continue; // a duplicate lane id: the first one wins
        bandOf.insert(l.id, int(m_bands.size()));
        m_bands.push_back({l.id, !l.id.isEmpty(), 0, 0});
    }
    QHash<QString, int> nodeOf;
    nodeOf.reserve(m_p.steps.size());
    m_nodes.reserve(size_t(m_p.steps.size()));
    m_edges.reserve(size_t(m_p.flows.size()));
    for (int i = 0; i < m_p.steps.size(); ++i) {
        const Step &s = m_p.steps[i];
        if (s.id.isEmpty() || nodeOf.contains(s.id))
            continue; // cannot be addressed in a Geometry, or a duplicate: the first one wins
        Node n;
        n.step = i;
        n.kind = s.kind;
        const QSizeF size = m_o.stepSize(s.kind).isValid() && !m_o.stepSize(s.kind).isEmpty()
                                ? m_o.stepSize(s.kind)
                                : QSizeF(170, 70);
        n.w = size.width();
        n.h = size.height();
        n.as = m_o.leftToRight ? n.w : n.h;
        n.cs = m_o.leftToRight ? n.h : n.w;
        // A step whose lane is missing: unknown lane ids get a band of their own at the end;
        // a step without any lane goes into the first band (or an anonymous one).
        if (const auto it = bandOf.constFind(s.lane); it != bandOf.constEnd()) {
            n.band = it.value();
        } else if (s.lane.isEmpty() && !m_bands.empty()) {
            n.band = 0;
        } else {
            n.band = int(m_bands.size());
            bandOf.insert(s.lane, n.band);
            m_bands.push_back({s.lane, !s.lane.isEmpty(), 0, 0});
        }
        nodeOf.insert(s.id, int(m_nodes.size()));
        m_nodes.push_back(n);
    }
    for (int i = 0; i < m_p.flows.size(); ++i) {
        const Flow &f = m_p.flows[i];
        const int u = nodeOf.value(f.from, -1), v = nodeOf.value(f.to, -1);
        if (u < 0 || v < 0 || f.id.isEmpty())
            continue; // a dangling flow has no path
        m_edges.push_back({i, u, v});
    }
}

// ---- pass 1: ranks and orders ----------------------------------------------------------

bool Engine::rankWithDot()
{
    GVC_t *gvc = graphvizContext();
    if (!gvc)
        return false;
    MessageCapture capture;
    AgraphPtr graph(agopen(gvs("layout"), Agdirected, nullptr));
    Agraph_t *g = graph.get();
    agattr(g, AGRAPH, gvs("rankdir"), gvs(m_o.leftToRight ? "LR" : "TB"));
    agattr(g, AGRAPH, gvs("splines"), gvs("")); // pass 1 routes nothing
    agattr(g, AGRAPH, gvs("nodesep"), gvs(number(m_o.nodeSep / kPointsPerInch)));
    agattr(g, AGRAPH, gvs("ranksep"), gvs(number(m_o.rankSep / kPointsPerInch)));
    if (m_o.nslimit > 0)
        agattr(g, AGRAPH, gvs("nslimit"), gvs(number(m_o.nslimit)));
    if (m_o.nslimit1 > 0)
        agattr(g, AGRAPH, gvs("nslimit1"), gvs(number(m_o.nslimit1)));
    if (m_o.mclimit > 0)
        agattr(g, AGRAPH, gvs("mclimit"), gvs(number(m_o.mclimit)));
    if (m_o.searchsize > 0)
        agattr(g, AGRAPH, gvs("searchsize"), gvs(QByteArray::number(m_o.searchsize)));
    agattr(g, AGNODE, gvs("shape"), gvs("box"));
    agattr(g, AGNODE, gvs("fixedsize"), gvs("true"));
    agattr(g, AGNODE, gvs("label"), gvs(""));
    Agsym_t *width = agattr(g, AGNODE, gvs("width"), gvs("0.75"));
    Agsym_t *height = agattr(g, AGNODE, gvs("height"), gvs("0.5"));
    // Anonymous nodes and edges: step ids are arbitrary text (cgraph reserves names that
    // start with '%'), and interning names costs time for nothing.
    std::vector<Agnode_t *> gvNodes;
    gvNodes.reserve(m_nodes.size());
    QByteArray widths[5], heights[5];
    for (int k = 0; k < 5; ++k) {
        widths[k] = number(m_o.stepSizes[size_t(k)].width() / kPointsPerInch);
        heights[k] = number(m_o.stepSizes[size_t(k)].height() / kPointsPerInch);
    }
    for (const Node &node : m_nodes) {
        Agnode_t *n = agnode(g, nullptr, 1);
        const bool standard = node.w == m_o.stepSize(node.kind).width() && node.h == m_o.stepSize(node.kind).height();
        agxset(n, width, gvs(standard ? widths[int(node.kind)] : number(node.w / kPointsPerInch)));
        agxset(n, height, gvs(standard ? heights[int(node.kind)] : number(node.h / kPointsPerInch)));
        gvNodes.push_back(n);
    }
    for (const Edge &e : m_edges)
        agedge(g, gvNodes[size_t(e.u)], gvNodes[size_t(e.v)], nullptr, 1);

    // gvLayout sets LC_NUMERIC to "C" around its own parsing (gv_fixLocale), so the decimal
    // points above are read right whatever the user's locale. gvFreeLayout is safe even when
    // gvLayout gave up early: the scope frees whatever it attached, on every path.
    LayoutScope scope(gvc, g);
    QElapsedTimer timer;
    timer.start();
    const int rc = gvLayout(gvc, g, "dot");
    m_stats.gvLayoutNs += timer.nsecsElapsed();
    ++m_stats.gvLayoutCalls;
    if (rc != 0)
        return false;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const pointf p = ND_coord(gvNodes[i]);
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return false;
        m_nodes[i].rank = ND_rank(gvNodes[i]);
        m_nodes[i].order = m_o.leftToRight ? -p.y : p.x; // graphviz y points up
    }
    return true;
}

// Longest-path layering after turning the back edges of a depth-first search around; the
// order within a rank is the order of the steps in the process.
void Engine::rankBuiltin()
{
    const int n = int(m_nodes.size());
    std::vector<std::vector<int>> out(static_cast<size_t>(n));
    for (const Edge &e : m_edges)
        if (e.u != e.v)
            out[size_t(e.u)].push_back(e.v);
    std::vector<int> state(size_t(n), 0); // 0 new, 1 on stack, 2 done
    std::vector<std::vector<int>> dag(static_cast<size_t>(n));
    std::vector<std::pair<int, size_t>> stack;
    for (int root = 0; root < n; ++root) {
        if (state[size_t(root)] != 0)
            continue;
        stack.push_back({root, 0});
        state[size_t(root)] = 1;
        while (!stack.empty()) {
            auto &[x, next] = stack.back();
            if (next < out[size_t(x)].size()) {
                const int y = out[size_t(x)][next++];
                if (state[size_t(y)] == 1)
                    continue; // a back edge: ignored for ranking
                dag[size_t(x)].push_back(y);
                if (state[size_t(y)] == 0) {
                    state[size_t(y)] = 1;
                    stack.push_back({y, 0});
                }
            } else {
                state[size_t(x)] = 2;
                stack.pop_back();
            }
        }
    }
    std::vector<int> indegree(size_t(n), 0), queue;
    for (int x = 0; x < n; ++x)
        for (int y : dag[size_t(x)])
            ++indegree[size_t(y)];
    for (int x = 0; x < n; ++x) {
        m_nodes[size_t(x)].rank = 0;
        m_nodes[size_t(x)].order = x;
        if (indegree[size_t(x)] == 0)
            queue.push_back(x);
    }
    for (size_t qi = 0; qi < queue.size(); ++qi) {
        const int x = queue[qi];
        for (int y : dag[size_t(x)]) {
            m_nodes[size_t(y)].rank = std::max(m_nodes[size_t(y)].rank, m_nodes[size_t(x)].rank + 1);
            if (--indegree[size_t(y)] == 0)
                queue.push_back(y);
        }
    }
}

void Engine::compressRanks()
{
    std::vector<int> ranks;
    for (const Node &n : m_nodes)
        ranks.push_back(n.rank);
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    for (Node &n : m_nodes)
        n.rank = int(std::lower_bound(ranks.begin(), ranks.end(), n.rank) - ranks.begin());
    m_ranks = int(ranks.size());
}

// ---- bands and the cross axis ----------------------------------------------------------

void Engine::placeAcross()
{
    const size_t cells = m_bands.size() * size_t(m_ranks);
    std::vector<std::vector<int>> cell(cells);
    for (int i = 0; i < int(m_nodes.size()); ++i)
        cell[size_t(m_nodes[size_t(i)].band) * size_t(m_ranks) + size_t(m_nodes[size_t(i)].rank)].push_back(i);
    auto stackSize = [&](const std::vector<int> &ns) {
        double s = 0;
        for (int i : ns)
            s += m_nodes[size_t(i)].cs;
        return s + m_o.nodeSep * double(std::max<size_t>(ns.size(), 1) - 1);
    };
    double c = 0;
    for (size_t b = 0; b < m_bands.size(); ++b) {
        double tallest = 0;
        for (int r = 0; r < m_ranks; ++r) {
            std::vector<int> &ns = cell[b * size_t(m_ranks) + size_t(r)];
            std::sort(ns.begin(), ns.end(), [&](int x, int y) {
                const Node &nx = m_nodes[size_t(x)], &ny = m_nodes[size_t(y)];
                return nx.order != ny.order ? nx.order < ny.order : x < y;
            });
            if (!ns.empty())
                tallest = std::max(tallest, stackSize(ns));
        }
        Band &band = m_bands[b];
        band.c0 = c;
        band.size = std::max(m_o.minLaneSize, tallest + 2 * m_o.laneMargin);
        c += band.size;
        for (int r = 0; r < m_ranks; ++r) {
            const std::vector<int> &ns = cell[b * size_t(m_ranks) + size_t(r)];
            double at = band.c0 + band.size / 2 - stackSize(ns) / 2;
            for (int i : ns) {
                Node &n = m_nodes[size_t(i)];
                n.c = at + n.cs / 2;
                at += n.cs + m_o.nodeSep;
            }
        }
    }
    m_totalC = c;
    m_columns.assign(size_t(m_ranks), std::vector<int>());
    for (int i = 0; i < int(m_nodes.size()); ++i)
        m_columns[size_t(m_nodes[size_t(i)].rank)].push_back(i);
    for (auto &col : m_columns)
        std::sort(col.begin(), col.end(), [&](int x, int y) { return m_nodes[size_t(x)].c < m_nodes[size_t(y)].c; });
    m_tracks.assign(size_t(m_ranks), std::vector<double>());
}

int Engine::columnIndex(int node) const
{
    const auto &col = m_columns[size_t(m_nodes[size_t(node)].rank)];
    return int(std::find(col.begin(), col.end(), node) - col.begin());
}

// The free space next to a node on side N or P within its own column.
Interval Engine::sideRoom(int node, Side s) const
{
    const Node &n = m_nodes[size_t(node)];
    const auto &col = m_columns[size_t(n.rank)];
    const int i = columnIndex(node);
    if (s == Side::N) {
        const double lo = i > 0 ? m_nodes[size_t(col[size_t(i - 1)])].bottom() + clearance() : -kInf;
        return {lo, n.top() - clearance()};
    }
    const double hi = i + 1 < int(col.size()) ? m_nodes[size_t(col[size_t(i + 1)])].top() - clearance() : kInf;
    return {n.bottom() + clearance(), hi};
}

// Where a track may run across ranks r1…r2: away from every step (by the clearance) and,
// when asked, from the tracks already there (by the track spacing). Closed intervals.
std::vector<Interval> Engine::freeOver(int r1, int r2, bool withTracks) const
{
    std::vector<Interval> taken;
    for (int r = std::max(r1, 0); r <= std::min(r2, m_ranks - 1); ++r) {
        for (int i : m_columns[size_t(r)]) {
            const Node &n = m_nodes[size_t(i)];
            taken.push_back({n.top() - clearance(), n.bottom() + clearance()});
        }
        if (withTracks)
            for (double t : m_tracks[size_t(r)])
                taken.push_back({t - m_o.trackSpacing, t + m_o.trackSpacing});
    }
    std::sort(taken.begin(), taken.end(), [](const Interval &x, const Interval &y) { return x.lo < y.lo; });
    std::vector<Interval> free;
    double from = -kInf;
    for (const Interval &t : taken) {
        if (t.lo > from + kEps)
            free.push_back({from, t.lo});
        from = std::max(from, t.hi);
    }
    free.push_back({from, kInf});
    return free;
}

// The track closest to both ends within [lo, hi]; outside the bands costs extra.
std::optional<double> Engine::bestTrack(const std::vector<Interval> &free, double cu, double cv, double lo,
                                        double hi) const
{
    std::optional<double> best;
    double bestCost = kInf;
    auto cost = [&](double c) {
        double k = std::abs(c - cu) + std::abs(c - cv);
        if (c < 0)
            k += -2 * c;
        if (c > m_totalC)
            k += 2 * (c - m_totalC);
        return k;
    };
    for (const Interval &f : free) {
        const double a = std::max(f.lo, lo), b = std::min(f.hi, hi);
        if (a > b + kEps)
            continue;
        for (double want : {cu, cv, 0.0, m_totalC}) {
            const double c = std::clamp(want, a, b);
            if (!std::isfinite(c))
                continue;
            const double k = cost(c);
            if (k < bestCost - kEps) {
                bestCost = k;
                best = c;
            }
        }
    }
    return best;
}

// ---- routing ---------------------------------------------------------------------------

void Engine::decideRoutes()
{
    for (int ei = 0; ei < int(m_edges.size()); ++ei) {
        const Edge &e = m_edges[size_t(ei)];
        const Node &u = m_nodes[size_t(e.u)], &v = m_nodes[size_t(e.v)];
        Route r;
        r.edge = ei;
        if (e.u == e.v) {
            r.kind = RouteKind::SelfLoop;
            r.from.side = Side::F;
            r.loopPort.side = Side::N;
        } else if (u.rank < v.rank) {
            r.kind = RouteKind::Forward;
            r.from.side = Side::F;
            r.to.side = Side::B;
        } else if (u.rank == v.rank) {
            if (std::abs(columnIndex(e.u) - columnIndex(e.v)) == 1) {
                r.kind = RouteKind::SameRankAdjacent;
                r.from.side = v.c > u.c ? Side::P : Side::N;
                r.to.side = v.c > u.c ? Side::N : Side::P;
            } else {
                r.kind = RouteKind::SameRankGap;
                r.from.side = Side::F;
                r.to.side = Side::F;
            }
        } else {
            // Back: over or under the steps between, if there is room on that side of both
            // ends; otherwise out through the gaps.
            const std::vector<Interval> free = freeOver(v.rank, u.rank, false);
            std::optional<double> bestC;
            Side bestSide = Side::N;
            double bestCost = kInf;
            for (Side s : {Side::N, Side::P}) {
                const Interval ru = sideRoom(e.u, s), rv = sideRoom(e.v, s);
                const double lo = std::max(ru.lo, rv.lo), hi = std::min(ru.hi, rv.hi);
                if (const auto c = bestTrack(free, u.c, v.c, lo, hi)) {
                    const double k = std::abs(*c - u.c) + std::abs(*c - v.c);
                    if (k < bestCost) {
                        bestCost = k;
                        bestC = c;
                        bestSide = s;
                    }
                }
            }
            if (bestC) {
                r.kind = RouteKind::BackSide;
                r.from.side = bestSide;
                r.to.side = bestSide;
            } else {
                r.kind = RouteKind::BackGap;
                r.from.side = Side::F;
                r.to.side = Side::B;
            }
        }
        m_routes.push_back(r);
    }
}

// Several flows on one side of a step leave at distinct points: sorted by where their other
// end is, the most aligned one in the middle of the side (so that a straight flow stays
// straight) and the others spread around it.
void Engine::assignPorts()
{
    struct Use {
        Port *port;
        double key1, key2;
        int edge;
    };
    QHash<quint64, std::vector<Use>> uses; // (node, side) → ports
    auto add = [&](int node, Port *port, int other, int edge) {
        const Node &o = m_nodes[size_t(other)];
        const bool acrossSide = port->side == Side::F || port->side == Side::B;
        // Over/under a step, the loop reaching farthest leaves last along the side: nested
        // loops then do not cross each other.
        const double k1 = acrossSide ? o.c : -double(o.rank);
        const double k2 = acrossSide ? double(o.rank) : o.c;
        uses[(quint64(node) << 2) | quint64(port->side)].push_back({port, k1, k2, edge});
    };
    for (Route &r : m_routes) {
        const Edge &e = m_edges[size_t(r.edge)];
        add(e.u, &r.from, e.v, r.edge);
        if (r.kind == RouteKind::SelfLoop)
            add(e.u, &r.loopPort, e.u, r.edge);
        else
            add(e.v, &r.to, e.u, r.edge);
    }
    for (auto it = uses.begin(); it != uses.end(); ++it) {
        std::vector<Use> &list = it.value();
        const int node = int(it.key() >> 2);
        const Side side = Side(it.key() & 3);
        const Node &n = m_nodes[size_t(node)];
        const bool acrossSide = side == Side::F || side == Side::B;
        std::sort(list.begin(), list.end(), [](const Use &x, const Use &y) {
            if (x.key1 != y.key1)
                return x.key1 < y.key1;
            if (x.key2 != y.key2)
                return x.key2 < y.key2;
            return x.edge < y.edge;
        });
        const double sideLength = acrossSide ? n.cs : n.as;
        const double usable = sideLength * 0.7;
        const int k = int(list.size());
        const double spacing = k > 1 ? std::min(std::max(m_o.trackSpacing, 12.0), usable / (k - 1)) : 0;
        int middle = 0;
        if (acrossSide) {
            double bestD = kInf;
            for (int i = 0; i < k; ++i)
                if (const double d = std::abs(list[size_t(i)].key1 - n.c); d < bestD - kEps) {
                    bestD = d;
                    middle = i;
                }
            if ((k - 1 - middle) * spacing > usable / 2 + kEps || middle * spacing > usable / 2 + kEps)
                middle = -1; // does not fit around the aligned one: centre the whole group
        } else {
            middle = -1;
        }
        for (int i = 0; i < k; ++i)
            list[size_t(i)].port->offset = middle >= 0 ? (i - middle) * spacing : (i - (k - 1) / 2.0) * spacing;
    }
}

// The c (across) coordinate of a port on side F or B (ports on N/P are placed along a).
double Engine::portCross(int node, const Port &port) const { return m_nodes[size_t(node)].c + port.offset; }

void Engine::chooseTracks()
{
    // Short spans first: they take the tracks nearest to the steps, longer ones go around them.
    std::vector<int> order(m_routes.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    auto span = [&](int ri) {
        const Edge &e = m_edges[size_t(m_routes[size_t(ri)].edge)];
        return std::abs(m_nodes[size_t(e.u)].rank - m_nodes[size_t(e.v)].rank);
    };
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return span(x) < span(y); });
    auto occupy = [&](int r1, int r2, double c) {
        for (int r = std::max(r1, 0); r <= std::min(r2, m_ranks - 1); ++r)
            m_tracks[size_t(r)].push_back(c);
    };
    for (int ri : order) {
        Route &r = m_routes[size_t(ri)];
        const Edge &e = m_edges[size_t(r.edge)];
        const Node &u = m_nodes[size_t(e.u)], &v = m_nodes[size_t(e.v)];
        const double cu = portCross(e.u, r.from), cv = portCross(e.v, r.to);
        switch (r.kind) {
        case RouteKind::Forward:
            if (v.rank == u.rank + 1) {
                r.straight = std::abs(cu - cv) < 0.5;
                break;
            }
            {
                const std::vector<Interval> free = freeOver(u.rank + 1, v.rank - 1, true);
                auto fits = [&](double c) {
                    for (const Interval &f : free)
                        if (c >= f.lo - kEps && c <= f.hi + kEps)
                            return true;
                    return false;
                };
                if (std::abs(cu - cv) < 0.5 && fits(cu)) {
                    r.straight = true;
                    r.track = cu;
                } else {
                    r.track = bestTrack(free, cu, cv, -kInf, kInf).value_or(m_totalC + clearance());
                }
                occupy(u.rank + 1, v.rank - 1, r.track);
            }
            break;
        case RouteKind::BackSide: {
            const Interval ru = sideRoom(e.u, r.from.side), rv = sideRoom(e.v, r.to.side);
            const double lo = std::max(ru.lo, rv.lo), hi = std::min(ru.hi, rv.hi);
            auto c = bestTrack(freeOver(v.rank, u.rank, true), u.c, v.c, lo, hi);
            if (!c) // taken by other tracks meanwhile: share one rather than cross a step
                c = bestTrack(freeOver(v.rank, u.rank, false), u.c, v.c, lo, hi);
            r.track = c.value_or(r.from.side == Side::N ? std::min(u.top(), v.top()) - clearance()
                                                        : std::max(u.bottom(), v.bottom()) + clearance());
            occupy(v.rank, u.rank, r.track);
            break;
        }
        case RouteKind::BackGap:
            r.track = bestTrack(freeOver(v.rank, u.rank, true), cu, cv, -kInf, kInf).value_or(m_totalC + clearance());
            occupy(v.rank, u.rank, r.track);
            break;
        case RouteKind::SelfLoop: {
            const Interval room = sideRoom(e.u, Side::N);
            const double space = std::isfinite(room.lo) ? u.top() - (room.lo - clearance()) : 4 * clearance();
            r.loopC = u.top() - std::min(1.2 * clearance(), space / 2);
            break;
        }
        case RouteKind::SameRankAdjacent:
        case RouteKind::SameRankGap:
            break;
        }
    }
}

// Every vertical (across) run in a gap between ranks gets a track of its own in that gap.
void Engine::assignGapTracks()
{
    auto add = [&](int gap, double c1, double c2, int route, int which) {
        if (std::abs(c1 - c2) < 0.5)
            return;
        m_segments.push_back({gap, std::min(c1, c2), std::max(c1, c2), route, which, 0});
    };
    for (int ri = 0; ri < int(m_routes.size()); ++ri) {
        const Route &r = m_routes[size_t(ri)];
        const Edge &e = m_edges[size_t(r.edge)];
        const Node &u = m_nodes[size_t(e.u)], &v = m_nodes[size_t(e.v)];
        const double cu = portCross(e.u, r.from), cv = portCross(e.v, r.to);
        switch (r.kind) {
        case RouteKind::Forward:
            if (r.straight)
                break;
            if (v.rank == u.rank + 1) {
                add(u.rank, cu, cv, ri, 0);
            } else {
                add(u.rank, cu, r.track, ri, 0);
                add(v.rank - 1, r.track, cv, ri, 1);
            }
            break;
        case RouteKind::SameRankGap:
            add(u.rank, cu, cv, ri, 0);
            break;
        case RouteKind::BackGap:
            add(u.rank, cu, r.track, ri, 0);
            add(v.rank - 1, r.track, cv, ri, 1);
            break;
        case RouteKind::SelfLoop:
            add(u.rank, cu, r.loopC, ri, 0);
            break;
        case RouteKind::SameRankAdjacent:
        case RouteKind::BackSide:
            break;
        }
    }
    std::stable_sort(m_segments.begin(), m_segments.end(), [](const GapSegment &x, const GapSegment &y) {
        if (x.gap != y.gap)
            return x.gap < y.gap;
        if (x.lo != y.lo)
            return x.lo < y.lo;
        return x.hi < y.hi;
    });
    m_gapTracks.assign(size_t(m_ranks) + 1, 0);
    std::vector<double> trackEnd; // per track of the current gap: where its last run ends
    int gap = -2;
    for (GapSegment &s : m_segments) {
        if (s.gap != gap) {
            gap = s.gap;
            trackEnd.clear();
        }
        int t = 0;
        while (t < int(trackEnd.size()) && trackEnd[size_t(t)] + m_o.trackSpacing > s.lo)
            ++t;
        if (t == int(trackEnd.size()))
            trackEnd.push_back(s.hi);
        else
            trackEnd[size_t(t)] = s.hi;
        s.track = t;
        int &count = m_gapTracks[size_t(s.gap + 1)];
        count = std::max(count, t + 1);
    }
}

void Engine::placeAlong()
{
    m_gapWidth.assign(size_t(m_ranks) + 1, 0);
    m_gapStart.assign(size_t(m_ranks) + 1, 0);
    m_rankA.assign(size_t(m_ranks), 0);
    m_rankHalf.assign(size_t(m_ranks), 0);
    for (const Node &n : m_nodes)
        m_rankHalf[size_t(n.rank)] = std::max(m_rankHalf[size_t(n.rank)], n.as / 2);
    for (int g = -1; g < m_ranks; ++g) {
        const bool outer = g == -1 || g == m_ranks - 1;
        const double base = outer ? 2 * m_o.laneMargin : m_o.rankSep;
        const int k = m_gapTracks[size_t(g + 1)];
        m_gapWidth[size_t(g + 1)] = std::max(base, (k + 1) * m_o.trackSpacing + 2 * m_o.cornerRadius);
    }
    double a = m_o.laneHeader;
    for (int g = -1; g < m_ranks; ++g) {
        m_gapStart[size_t(g + 1)] = a;
        a += m_gapWidth[size_t(g + 1)];
        if (g + 1 < m_ranks) {
            m_rankA[size_t(g + 1)] = a + m_rankHalf[size_t(g + 1)];
            a += 2 * m_rankHalf[size_t(g + 1)];
        }
    }
    m_totalA = m_ranks > 0 ? a : m_o.laneHeader + 4 * m_o.rankSep;
    for (Node &n : m_nodes)
        n.a = m_rankA[size_t(n.rank)];
    for (const GapSegment &s : m_segments) {
        const int k = m_gapTracks[size_t(s.gap + 1)];
        const double mid = m_gapStart[size_t(s.gap + 1)] + m_gapWidth[size_t(s.gap + 1)] / 2;
        m_routes[size_t(s.route)].gapA[s.which] = mid + (s.track - (k - 1) / 2.0) * m_o.trackSpacing;
    }
}

// The point where a port's ray leaves the step's outline, in (a, c).
QPointF Engine::portPoint(int node, const Port &port) const
{
    const Node &n = m_nodes[size_t(node)];
    const bool acrossSide = port.side == Side::F || port.side == Side::B;
    const double hx = (acrossSide ? n.as : n.cs) / 2; // towards the side
    const double hy = (acrossSide ? n.cs : n.as) / 2; // along the side
    const double d = std::clamp(port.offset, -0.85 * hy, 0.85 * hy);
    double dist = hx;
    if (n.kind == StepKind::Decision) {
        dist = hx * (1 - std::abs(d) / hy);
    } else if (n.kind != StepKind::Procedure) {
        // Rounded rectangles: StepShape rounds tasks by 6 and terminals by half their height.
        const double sceneH = n.h;
        const double radius = std::min({n.kind == StepKind::Task ? 6.0 : sceneH / 2, hx, hy});
        const double t = std::abs(d) - (hy - radius);
        if (t > 0)
            dist = hx - radius + std::sqrt(std::max(0.0, radius * radius - t * t));
    }
    switch (port.side) {
    case Side::F: return {n.a + dist, n.c + d};
    case Side::B: return {n.a - dist, n.c + d};
    case Side::N: return {n.a + d, n.c - dist};
    case Side::P: return {n.a + d, n.c + dist};
    }
    return {n.a, n.c};
}

// Straight runs as cubic segments, bends rounded with quarter arcs; scene coordinates.
QList<QPointF> Engine::bezier(std::vector<QPointF> poly) const
{
    // Drop repeated points and points in the middle of a straight run.
    std::vector<QPointF> p;
    for (const QPointF &q : poly) {
        if (!p.empty() && QLineF(p.back(), q).length() < 0.01)
            continue;
        if (p.size() >= 2) {
            const QPointF d1 = p.back() - p[p.size() - 2], d2 = q - p.back();
            if (std::abs(d1.x() * d2.y() - d1.y() * d2.x()) < 1e-6 && QPointF::dotProduct(d1, d2) > 0) {
                p.back() = q;
                continue;
            }
        }
        p.push_back(q);
    }
    if (p.size() == 1)
        p.push_back(p.front());
    QList<QPointF> out;
    out.reserve(qsizetype(p.size()) * 6);
    auto round = [this](QPointF ac) {
        const QPointF s = toScene(ac);
        return QPointF(std::round(s.x() * 100) / 100, std::round(s.y() * 100) / 100);
    };
    out.append(round(p.front()));
    QPointF cur = p.front();
    auto line = [&](QPointF to) {
        if (QLineF(cur, to).length() < 0.01)
            return;
        out.append(round(cur + (to - cur) / 3));
        out.append(round(cur + (to - cur) * 2 / 3));
        out.append(round(to));
        cur = to;
    };
    const double k = 0.5523; // quarter circle by a cubic
    for (size_t i = 1; i + 1 < p.size(); ++i) {
        const QLineF in(p[i - 1], p[i]), outLine(p[i], p[i + 1]);
        const double lin = in.length(), lout = outLine.length();
        const double r = std::min({m_o.cornerRadius, i == 1 ? lin : lin / 2, i + 2 == p.size() ? lout : lout / 2});
        const QPointF din = (p[i] - p[i - 1]) / lin, dout = (p[i + 1] - p[i]) / lout;
        const QPointF from = p[i] - din * r, to = p[i] + dout * r;
        line(from);
        if (r > 0.01) {
            out.append(round(from + din * (r * k)));
            out.append(round(to - dout * (r * k)));
            out.append(round(to));
            cur = to;
        }
    }
    line(p.back());
    if (out.size() < 4) { // a zero-length path still has one segment
        while (out.size() < 4)
            out.append(out.back());
    }
    return out;
}

Geometry Engine::output()
{
    Geometry g;
    g.leftToRight = m_o.leftToRight;
    // Every coordinate is rounded to 0.01 px: exact through the worker's wire format and in
    // tthc-json.
    auto r2 = [](double v) { return std::round(v * 100) / 100; };
    for (const Band &b : m_bands) {
        if (!b.visible)
            continue;
        const QRectF rect = m_o.leftToRight ? QRectF(0, r2(b.c0), r2(m_totalA), r2(b.size))
                                            : QRectF(r2(b.c0), 0, r2(b.size), r2(m_totalA));
        g.lanes.append({b.id, rect});
    }
    g.steps.reserve(qsizetype(m_nodes.size()));
    for (const Node &n : m_nodes) {
        const QPointF s = toScene({n.a, n.c});
        g.steps.insert(m_p.steps[n.step].id, QPointF(r2(s.x()), r2(s.y())));
    }
    g.flows.reserve(qsizetype(m_routes.size()));
    for (const Route &r : m_routes) {
        const Edge &e = m_edges[size_t(r.edge)];
        const QPointF pu = portPoint(e.u, r.from);
        const QPointF pv = r.kind == RouteKind::SelfLoop ? portPoint(e.u, r.loopPort) : portPoint(e.v, r.to);
        std::vector<QPointF> poly{pu};
        switch (r.kind) {
        case RouteKind::Forward:
            if (r.straight) {
                // a straight run
            } else if (m_nodes[size_t(e.v)].rank == m_nodes[size_t(e.u)].rank + 1) {
                poly.push_back({r.gapA[0], pu.y()});
                poly.push_back({r.gapA[0], pv.y()});
            } else {
                if (std::abs(pu.y() - r.track) >= 0.5) {
                    poly.push_back({r.gapA[0], pu.y()});
                    poly.push_back({r.gapA[0], r.track});
                }
                if (std::abs(pv.y() - r.track) >= 0.5) {
                    poly.push_back({r.gapA[1], r.track});
                    poly.push_back({r.gapA[1], pv.y()});
                }
            }
            break;
        case RouteKind::SameRankAdjacent:
            if (std::abs(pu.x() - pv.x()) >= 0.5) {
                const double mid = (pu.y() + pv.y()) / 2;
                poly.push_back({pu.x(), mid});
                poly.push_back({pv.x(), mid});
            }
            break;
        case RouteKind::SameRankGap:
            poly.push_back({r.gapA[0], pu.y()});
            poly.push_back({r.gapA[0], pv.y()});
            break;
        case RouteKind::BackSide:
            poly.push_back({pu.x(), r.track});
            poly.push_back({pv.x(), r.track});
            break;
        case RouteKind::BackGap: // the track is clear of both steps, so both runs exist
            poly.push_back({r.gapA[0], pu.y()});
            poly.push_back({r.gapA[0], r.track});
            poly.push_back({r.gapA[1], r.track});
            poly.push_back({r.gapA[1], pv.y()});
            break;
        case RouteKind::SelfLoop:
            poly.push_back({r.gapA[0], pu.y()});
            poly.push_back({r.gapA[0], r.loopC});
            poly.push_back({pv.x(), r.loopC});
            break;
        }
        poly.push_back(pv);
        g.flows.insert(m_p.flows[e.flow].id, bezier(std::move(poly)));
    }
    return g;
}

// ---- optional pass 2: Graphviz splines around the placed steps -----------------------------

bool Engine::routeWithGraphviz(Geometry &geometry)
{
    GVC_t *gvc = graphvizContext();
    if (!gvc)
        return false;
    MessageCapture capture;
    AgraphPtr graph(agopen(gvs("route"), Agdirected, nullptr));
    Agraph_t *g = graph.get();
    agattr(g, AGRAPH, gvs("splines"), gvs("spline"));
    agattr(g, AGNODE, gvs("fixedsize"), gvs("true"));
    agattr(g, AGNODE, gvs("label"), gvs(""));
    Agsym_t *shape = agattr(g, AGNODE, gvs("shape"), gvs("box"));
    Agsym_t *width = agattr(g, AGNODE, gvs("width"), gvs("0.75"));
    Agsym_t *height = agattr(g, AGNODE, gvs("height"), gvs("0.5"));
    Agsym_t *pos = agattr(g, AGNODE, gvs("pos"), gvs(""));
    agattr(g, AGEDGE, gvs("dir"), gvs("none")); // no arrow heads: the path ends on the outline
    std::vector<Agnode_t *> gvNodes;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        const QPointF s = toScene({n.a, n.c});
        Agnode_t *gn = agnode(g, gvs(QByteArray("n") + QByteArray::number(qulonglong(i))), 1);
        agxset(gn, width, gvs(number(n.w / kPointsPerInch)));
        agxset(gn, height, gvs(number(n.h / kPointsPerInch)));
        if (n.kind == StepKind::Decision)
            agxset(gn, shape, gvs("diamond"));
        // Points, y up: the scene's y is flipped back below with the node's offset.
        agxset(gn, pos, gvs(number(s.x()) + ',' + number(-s.y()) + '!'));
        gvNodes.push_back(gn);
    }
    std::vector<Agedge_t *> gvEdges;
    for (size_t i = 0; i < m_edges.size(); ++i)
        gvEdges.push_back(agedge(g, gvNodes[size_t(m_edges[i].u)], gvNodes[size_t(m_edges[i].v)],
                                 gvs(QByteArray("e") + QByteArray::number(qulonglong(i))), 1));
    LayoutScope scope(gvc, g);
    QElapsedTimer timer;
    timer.start();
    const int rc = gvLayout(gvc, g, "nop2");
    m_stats.gvLayoutNs += timer.nsecsElapsed();
    ++m_stats.gvLayoutCalls;
    if (rc != 0)
        return false;
    if (gvNodes.empty())
        return true;
    // nop2 may translate the drawing: measure the shift on a node.
    const QPointF first = toScene({m_nodes.front().a, m_nodes.front().c});
    const pointf placed = ND_coord(gvNodes.front());
    const double dx = placed.x - first.x(), dy = placed.y - (-first.y());
    auto near = [&](const QPointF &p, int node) {
        const Node &n = m_nodes[size_t(node)];
        const QPointF c = toScene({n.a, n.c});
        return std::abs(p.x() - c.x()) <= n.w / 2 + 2 && std::abs(p.y() - c.y()) <= n.h / 2 + 2;
    };
    for (size_t i = 0; i < m_edges.size(); ++i) {
        Agedge_t *e = gvEdges[i];
        const splines *spl = ED_spl(e);
        QList<QPointF> path;
        if (spl && spl->size > 0) {
            for (int b = 0; b < spl->size; ++b) {
                const ::bezier &bz = spl->list[b];
                for (int k = (b == 0 ? 0 : 1); k < bz.size; ++k) {
                    const QPointF q(bz.list[k].x - dx, -(bz.list[k].y - dy));
                    path.append(QPointF(std::round(q.x() * 100) / 100, std::round(q.y() * 100) / 100));
                }
            }
        }
        const Edge &edge = m_edges[i];
        if (path.size() >= 4 && (path.size() - 1) % 3 == 0) {
            if (!near(path.front(), edge.u) && near(path.front(), edge.v) && near(path.back(), edge.u))
                std::reverse(path.begin(), path.end());
            if (near(path.front(), edge.u) && near(path.back(), edge.v)) {
                geometry.flows.insert(m_p.flows[edge.flow].id, path);
                continue;
            }
        }
        ++m_stats.fallbackFlows; // keeps the channel path
    }
    return true;
}

Geometry Engine::run()
{
    collect();
    bool ranked = false;
    if (m_o.useGraphviz && !m_nodes.empty())
        ranked = rankWithDot();
    m_stats.graphvizRanking = ranked;
    if (!ranked)
        rankBuiltin();
    compressRanks();
    placeAcross();
    decideRoutes();
    assignPorts();
    chooseTracks();
    assignGapTracks();
    placeAlong();
    Geometry g = output();
    if (m_o.useGraphviz && m_o.routing == LayoutOptions::Routing::GraphvizSplines && !m_nodes.empty()
        && int(m_nodes.size()) <= m_o.graphvizRoutingMaxSteps) {
        const int before = m_stats.fallbackFlows;
        m_stats.graphvizRouting = routeWithGraphviz(g);
        if (!m_stats.graphvizRouting)
            m_stats.fallbackFlows = before + int(m_edges.size());
    }
    return g;
}

} // namespace

Result<Geometry> GraphvizLayout::run(const Process &process, const LayoutOptions &options, LayoutStats *stats)
{
    QElapsedTimer timer;
    timer.start();
    LayoutStats local;
    LayoutStats &s = stats ? *stats : local;
    s = LayoutStats{};
    Geometry g;
    g.leftToRight = options.leftToRight;
    if (!process.isEmpty()) {
        Engine engine(process, options, s);
        g = engine.run();
    }
    s.totalNs = timer.nsecsElapsed();
    return g;
}

qint64 GraphvizLayout::plainDotNs(const Process &process, const LayoutOptions &options)
{
    GVC_t *gvc = graphvizContext();
    if (!gvc)
        return -1;
    MessageCapture capture;
    AgraphPtr graph(agopen(gvs("plain"), Agdirected, nullptr));
    Agraph_t *g = graph.get();
    agattr(g, AGRAPH, gvs("rankdir"), gvs(options.leftToRight ? "LR" : "TB"));
    agattr(g, AGNODE, gvs("shape"), gvs("box"));
    agattr(g, AGNODE, gvs("fixedsize"), gvs("true"));
    agattr(g, AGNODE, gvs("label"), gvs(""));
    Agsym_t *width = agattr(g, AGNODE, gvs("width"), gvs("0.75"));
    Agsym_t *height = agattr(g, AGNODE, gvs("height"), gvs("0.5"));
    QHash<QString, Agnode_t *> nodes;
    for (int i = 0; i < process.steps.size(); ++i) {
        const Step &s = process.steps[i];
        if (nodes.contains(s.id))
            continue;
        Agnode_t *n = agnode(g, gvs(QByteArray("n") + QByteArray::number(i)), 1);
        agxset(n, width, gvs(number(options.stepSize(s.kind).width() / kPointsPerInch)));
        agxset(n, height, gvs(number(options.stepSize(s.kind).height() / kPointsPerInch)));
        nodes.insert(s.id, n);
    }
    for (int i = 0; i < process.flows.size(); ++i) {
        Agnode_t *t = nodes.value(process.flows[i].from), *h = nodes.value(process.flows[i].to);
        if (t && h)
            agedge(g, t, h, gvs(QByteArray("e") + QByteArray::number(i)), 1);
    }
    LayoutScope scope(gvc, g);
    QElapsedTimer timer;
    timer.start();
    const int rc = gvLayout(gvc, g, "dot");
    const qint64 ns = timer.nsecsElapsed();
    return rc == 0 ? ns : -1;
}

// ---- synthetic charts ------------------------------------------------------------------

Process syntheticProcess(int steps, int lanes, quint32 seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return int(rng() % quint32(std::max(n, 1))); };
    Process p;
    lanes = std::max(lanes, 2);
    static const char *const laneNames[] = {"Tổ chức, cá nhân", "Bộ phận một cửa", "Phòng chuyên môn", "Lãnh đạo Sở",
                                            "Văn thư", "Cơ quan phối hợp", "Hệ thống một cửa điện tử",
                                            "Cơ quan thuế", "Kho bạc", "Cổng DVCQG"};
    static const LaneKind laneKinds[] = {LaneKind::Applicant, LaneKind::Desk, LaneKind::Unit, LaneKind::Leader,
                                         LaneKind::Unit, LaneKind::Agency, LaneKind::System, LaneKind::Agency,
                                         LaneKind::Agency, LaneKind::System};
    for (int l = 0; l < lanes; ++l)
        p.lanes.append({QStringLiteral("L%1").arg(l + 1),
                        QString::fromUtf8(laneNames[l % 10]) + (l >= 10 ? QStringLiteral(" %1").arg(l) : QString()),
                        laneKinds[l % 10], {}});
    auto laneId = [&](int l) { return p.lanes[l].id; };
    int flowNo = 0;
    auto addFlow = [&](int from, int to, const QString &label = {}, FlowKind kind = FlowKind::Sequence) {
        Flow f;
        f.id = QStringLiteral("f%1").arg(++flowNo);
        f.from = p.steps[from].id;
        f.to = p.steps[to].id;
        f.label = label;
        f.kind = kind;
        p.flows.append(f);
    };
    steps = std::max(steps, 2);
    std::vector<int> laneOf;
    int lane = 0;
    for (int i = 0; i < steps; ++i) {
        Step s;
        s.id = QStringLiteral("s%1").arg(i);
        if (i == 0) {
            s.kind = StepKind::Start;
            lane = 0;
        } else if (i == steps - 1) {
            s.kind = StepKind::End;
            lane = 0;
        } else {
            const int roll = pick(100);
            s.kind = roll < 12 || i % 8 == 4 ? StepKind::Decision : roll < 20 ? StepKind::Procedure : StepKind::Task;
            if (s.kind == StepKind::Procedure)
                s.procedure = QStringLiteral("1.00%1").arg(1000 + i);
            if (pick(100) < 65) { // hop to another lane, often far away
                int next = pick(lanes - 1);
                lane = next >= lane ? next + 1 : next;
            }
        }
        s.lane = laneId(lane);
        s.name = QStringLiteral("Bước %1").arg(i);
        laneOf.push_back(lane);
        p.steps.append(s);
    }
    for (int i = 0; i + 1 < steps; ++i) {
        const Step &s = p.steps[i];
        if (s.kind != StepKind::Decision) {
            addFlow(i, i + 1);
            continue;
        }
        // A decision: yes goes on; no jumps ahead or loops back (a supplement request).
        addFlow(i, i + 1, QStringLiteral("Đủ"));
        const int branches = 2 + pick(2);
        for (int b = 1; b < branches; ++b) {
            if (b == 1 && i > 2) {
                int back = i - 1 - pick(std::min(i - 1, 6));
                for (int j = i - 1; j >= std::max(0, i - 8); --j)
                    if (laneOf[size_t(j)] == 0) { // back to the applicant when possible
                        back = j;
                        break;
                    }
                addFlow(i, back, QStringLiteral("Bổ sung"));
            } else {
                const int ahead = std::min(steps - 1, i + 2 + pick(4));
                addFlow(i, ahead, QStringLiteral("Không đủ"));
            }
        }
    }
    // Message flows between agencies, both ways.
    for (int i = 3; i + 3 < steps; i += 5 + pick(4)) {
        const int other = pick(2) ? i + 1 + pick(3) : i - 1 - pick(3);
        if (other >= 0 && other < steps && laneOf[size_t(other)] != laneOf[size_t(i)])
            addFlow(i, other, QStringLiteral("Liên thông"), FlowKind::Message);
    }
    return p;
}

} // namespace tthc
