#include "simulator.h"

#include "flowgraph.h"
#include "simulationparams.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

namespace tthc {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// The few functions of the event loop that GCC's -O2 heuristics would otherwise call.
#if defined(__GNUC__)
#define TTHC_HOT [[gnu::always_inline]] inline
#else
#define TTHC_HOT inline
#endif

// ---------------------------------------------------------------------------------------------
// Random numbers: xoshiro256** (Blackman & Vigna) seeded through splitmix64, and our own
// distributions (no std::*_distribution, whose algorithms differ between libraries).

uint64_t splitmix(uint64_t &x)
{
    uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

class Rng {
public:
    explicit Rng(uint64_t seed)
    {
        for (uint64_t &x : m_s)
            x = splitmix(seed);
    }
    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

// The seed of one replication of one scenario, from the user's seed.
uint64_t replicationSeed(uint64_t seed, int scenario, int replication)
{
    uint64_t x = seed;
    uint64_t h = splitmix(x);
    x = h ^ (uint64_t(scenario) << 32 | uint64_t(replication));
    return splitmix(x);
}

// Exponential(1) by the ziggurat method (Marsaglia & Tsang 2000, in Doornik's 2005 form with
// double precision): 256 layers of equal area; 99 % of the draws cost one random number and a
// multiplication, the rest fall back on exp/log. Exact, and ~5× faster than -log(u).
class Ziggurat {
public:
    static const Ziggurat &instance()
    {
        static const Ziggurat z;
        return z;
    }
    double draw(Rng &rng) const
    {
        for (;;) {
            const uint64_t bits = rng.next();
            const size_t i = bits & 255;
            const double u = double(bits >> 11) * 0x1.0p-53;
            if (u < m_ratio[i])
                return u * m_x[i];
            if (i == 0)
                return r - std::log1p(-rng.uniform()); // the tail: r + Exp(1), memoryless
            const double x = u * m_x[i];
            if (m_f[i] + rng.uniform() * (m_f[i + 1] - m_f[i]) < std::exp(-x))
                return x;
        }
    }

private:
    static constexpr double r = 7.69711747013104972;   // right edge of the base layer (256 layers)
    static constexpr double v = 3.949659822581572e-3;  // area of each layer
    Ziggurat()
    {
        m_x[0] = v / std::exp(-r);
        m_x[1] = r;
        for (size_t i = 2; i < 256; ++i)
            m_x[i] = -std::log(v / m_x[i - 1] + std::exp(-m_x[i - 1]));
        m_x[256] = 0;
        for (size_t i = 0; i < 256; ++i)
            m_ratio[i] = m_x[i + 1] / m_x[i];
        for (size_t i = 0; i <= 256; ++i)
            m_f[i] = std::exp(-m_x[i]);
    }
    double m_x[257];
    double m_ratio[256];
    double m_f[257];
};

struct Sampler {
    enum Kind : uint8_t { Zero, Fixed, Uniform, Triangular, Exponential };
    Kind kind = Zero;
    double a = 0, b = 0, c = 0; // fixed a; uniform [a, b]; triangular min a, mode c, max b; exponential mean a
    double fc = 0;              // triangular: the distribution function at the mode
    double mean = 0;

    static Sampler from(const Distribution &d, double scale)
    {
        Sampler s;
        s.mean = d.expected() * scale;
        if (!(s.mean > 0))
            return s;
        switch (d.kind) {
        case Distribution::Kind::Fixed:
            s.kind = Fixed;
            s.a = d.mean * scale;
            break;
        case Distribution::Kind::Uniform:
            s.kind = d.min == d.max ? Fixed : Uniform;
            s.a = d.min * scale;
            s.b = d.max * scale;
            break;
        case Distribution::Kind::Triangular:
            s.kind = d.min == d.max ? Fixed : Triangular;
            s.a = d.min * scale;
            s.b = d.max * scale;
            s.c = d.mode * scale;
            s.fc = d.min == d.max ? 0 : (d.mode - d.min) / (d.max - d.min);
            break;
        case Distribution::Kind::Exponential:
            s.kind = Exponential;
            s.a = d.mean * scale;
            break;
        }
        return s;
    }

    TTHC_HOT double operator()(Rng &rng) const
    {
        switch (kind) {
        case Zero:
            return 0;
        case Fixed:
            return a;
        case Uniform:
            return a + (b - a) * rng.uniform();
        case Triangular: {
            const double u = rng.uniform();
            const double w = b - a;
            return u < fc ? a + std::sqrt(u * w * (c - a)) : b - std::sqrt((1 - u) * w * (b - c));
        }
        case Exponential:
            return a * Ziggurat::instance().draw(rng);
        }
        return 0;
    }
};

// ---------------------------------------------------------------------------------------------
// The compiled chart: plain arrays that the event loop reads.

struct Node {
    Sampler work; // hours of the actor
    Sampler wait; // hours of pure waiting
    int32_t lane = -1;
    uint32_t outBegin = 0, outEnd = 0;
    uint32_t inDegree = 0;     // flows in that are not loops, from reachable steps
    int32_t firstEdge = -1;    // decision without probabilities: the branch always taken
    int32_t forcedExit = -1;   // decision at the visit limit: the first branch that leaves the loop
    int32_t next = -1;         // the only step after this one, when nothing else can happen in between
    bool decision = false;
    bool random = false;       // decision with probabilities
    bool end = false;          // no flow out
    bool active = false;       // has work or waiting: takes time
    bool reachesJoin = false;  // a join follows: paths not taken must be reported to it
    bool reachable = false;
};

struct Edge {
    uint32_t to = 0;
    int32_t loop = -1;   // a flow back to a step on the path (a loop): index of its loop body
    double cum = 1;      // decision: cumulative probability up to this branch
    bool loops = false;  // decision: this branch can come back to the decision
    std::optional<double> probability;
};

struct LaneInfo {
    QString id, name;
    LaneKind kind = LaneKind::Unit;
    std::optional<int> given; // "staff" of the chart (0 = unlimited)
    int staff = 0;            // 0 = unlimited
    bool defaulted = false;
    double load = 0; // expected busy people: arrivals per hour × hours per dossier
    bool used = false;
};

struct Model {
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<std::vector<std::pair<uint32_t, uint32_t>>> loopBodies; // (node, credit) to reset
    std::vector<LaneInfo> lanes;
    uint32_t start = 0;
    bool joins = false;
    bool loops = false;
};

// Builds a Model from a chart; a group's sub-procedure steps run their member's chart.
class Builder {
public:
    Builder(const QHash<QString, Process> &members, double hoursPerDay) : m_members(members), m_hoursPerDay(hoursPerDay) {}

    // Compiles the chart into model().
    Status build(const Process &p)
    {
        QStringList problems;
        collectProblems(p, 0, &problems);
        if (!problems.isEmpty())
            return Status::failure(problems.join(u'\n'));
        int start = -1;
        std::vector<int> ends;
        add(p, QString(), 0, &start, &ends);
        if (start < 0)
            return Status::failure(Simulator::tr("The chart has no start step."));
        finish(start);
        return success();
    }

private:
    struct RawEdge {
        uint32_t to;
        std::optional<double> probability;
    };

    void collectProblems(const Process &p, int depth, QStringList *out) const
    {
        *out << SimulationParams::problems(p);
        if (depth > 0)
            return;
        QSet<QString> seen;
        for (const Step &s : p.steps)
            if (s.kind == StepKind::Procedure && m_members.contains(s.procedure) && !seen.contains(s.procedure)) {
                seen.insert(s.procedure);
                const QStringList inner = SimulationParams::problems(m_members.value(s.procedure));
                for (const QString &line : inner)
                    *out << s.procedure + QStringLiteral(": ") + line;
            }
    }

    uint32_t newNode(const Step *s, const Process &p, const QString &member)
    {
        Node n;
        if (s) {
            n.work = Sampler::from(SimulationParams::duration(*s).value(), 1.0);
            n.wait = Sampler::from(SimulationParams::wait(*s).value(), m_hoursPerDay);
            n.decision = s->kind == StepKind::Decision;
            n.lane = laneIndex(p, member, s->lane);
            if (n.lane >= 0 && n.work.kind != Sampler::Zero)
                m_model.lanes[size_t(n.lane)].used = true;
        }
        n.active = n.work.kind != Sampler::Zero || n.wait.kind != Sampler::Zero;
        m_model.nodes.push_back(n);
        m_out.emplace_back();
        return uint32_t(m_model.nodes.size() - 1);
    }

    int32_t laneIndex(const Process &p, const QString &member, const QString &laneId)
    {
        const Lane *lane = p.lane(laneId);
        if (!lane)
            return -1; // a dangling lane (the validator reports it): no resource
        const QString key = member.isEmpty() ? laneId : member + u'/' + laneId;
        if (auto it = m_laneIndex.constFind(key); it != m_laneIndex.constEnd())
            return *it;
        LaneInfo info;
        info.id = key;
        info.name = member.isEmpty() ? lane->name : member + QStringLiteral(": ") + lane->name;
        info.kind = lane->kind;
        info.given = SimulationParams::staff(*lane).value();
        m_model.lanes.push_back(info);
        const int32_t index = int32_t(m_model.lanes.size() - 1);
        m_laneIndex.insert(key, index);
        return index;
    }

    // Adds the chart's steps and flows; *start gets its first start step, *ends the nodes
    // where it stops (steps without a flow out).
    void add(const Process &p, const QString &member, int depth, int *start, std::vector<int> *ends)
    {
        QHash<QString, uint32_t> in, out;
        for (const Step &s : p.steps) {
            if (s.kind == StepKind::Procedure && depth == 0 && m_members.contains(s.procedure)) {
                // Entry (the step's own time), the member's chart, then an exit node.
                const uint32_t entry = newNode(&s, p, member);
                int memberStart = -1;
                std::vector<int> memberEnds;
                add(m_members.value(s.procedure), s.procedure, depth + 1, &memberStart, &memberEnds);
                const uint32_t exit = newNode(nullptr, p, member);
                if (memberStart >= 0) {
                    m_out[entry].push_back({uint32_t(memberStart), std::nullopt});
                    for (int e : memberEnds)
                        m_out[size_t(e)].push_back({exit, std::nullopt});
                } else {
                    m_out[entry].push_back({exit, std::nullopt});
                }
                in.insert(s.id, entry);
                out.insert(s.id, exit);
            } else {
                const uint32_t n = newNode(&s, p, member);
                in.insert(s.id, n);
                out.insert(s.id, n);
            }
            if (s.kind == StepKind::Start && *start < 0)
                *start = int(in.value(s.id));
        }
        QSet<QString> hasOut;
        for (const Flow &f : p.flows) {
            if (!out.contains(f.from) || !in.contains(f.to))
                continue;
            m_out[out.value(f.from)].push_back({in.value(f.to), SimulationParams::probability(f)});
            hasOut.insert(f.from);
        }
        for (const Step &s : p.steps)
            if (!hasOut.contains(s.id))
                ends->push_back(int(out.value(s.id)));
    }

    void finish(int start)
    {
        std::vector<Node> &nodes = m_model.nodes;
        const size_t n = nodes.size();
        m_model.start = uint32_t(start);
        // Flatten the edges.
        for (size_t v = 0; v < n; ++v) {
            nodes[v].outBegin = uint32_t(m_model.edges.size());
            for (const RawEdge &r : m_out[v]) {
                Edge e;
                e.to = r.to;
                e.probability = r.probability;
                m_model.edges.push_back(e);
            }
            nodes[v].outEnd = uint32_t(m_model.edges.size());
            nodes[v].end = nodes[v].outBegin == nodes[v].outEnd;
            nodes[v].reachable = false;
        }
        // Depth-first from the start, flows in chart order (as ReductionRules::elapsedDays): a
        // flow to a step still on the path is a loop.
        enum Colour : char { White, Grey, Black };
        std::vector<Colour> colour(n, White);
        std::vector<uint32_t> postorder;
        std::vector<std::pair<uint32_t, uint32_t>> stack{{uint32_t(start), nodes[size_t(start)].outBegin}};
        std::vector<uint32_t> backEdges;
        colour[size_t(start)] = Grey;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            if (next < nodes[v].outEnd) {
                const uint32_t e = next++;
                const uint32_t to = m_model.edges[e].to;
                if (colour[to] == Grey) {
                    backEdges.push_back(e);
                    m_model.edges[e].loop = 0; // numbered below
                } else if (colour[to] == White) {
                    colour[to] = Grey;
                    stack.push_back({to, nodes[to].outBegin});
                }
                continue;
            }
            colour[v] = Black;
            nodes[v].reachable = true;
            postorder.push_back(v);
            stack.pop_back();
        }
        const auto forward = [&](uint32_t e) { return m_model.edges[e].loop < 0; };
        for (uint32_t v = 0; v < n; ++v)
            if (nodes[v].reachable)
                for (uint32_t e = nodes[v].outBegin; e < nodes[v].outEnd; ++e)
                    if (forward(e))
                        ++nodes[m_model.edges[e].to].inDegree;
        for (const Node &node : nodes)
            m_model.joins |= node.reachable && node.inDegree > 1;
        m_model.loops = !backEdges.empty();

        // Loop bodies: the steps on a path from the loop's head to its back flow. When the
        // flow back is taken, their joins start afresh, counting the flows from outside the
        // loop as arrived (they will not come again).
        std::vector<std::vector<uint32_t>> reverse(n);
        for (uint32_t v = 0; v < n; ++v)
            if (nodes[v].reachable)
                for (uint32_t e = nodes[v].outBegin; e < nodes[v].outEnd; ++e)
                    if (forward(e))
                        reverse[m_model.edges[e].to].push_back(v);
        for (uint32_t e : backEdges) {
            uint32_t source = 0;
            for (uint32_t v = 0; v < n; ++v)
                if (e >= nodes[v].outBegin && e < nodes[v].outEnd)
                    source = v;
            const uint32_t head = m_model.edges[e].to;
            std::vector<char> fromHead(n, 0), toSource(n, 0);
            std::vector<uint32_t> todo{head};
            fromHead[head] = 1;
            while (!todo.empty()) {
                const uint32_t v = todo.back();
                todo.pop_back();
                for (uint32_t f = nodes[v].outBegin; f < nodes[v].outEnd; ++f)
                    if (forward(f) && !fromHead[m_model.edges[f].to]) {
                        fromHead[m_model.edges[f].to] = 1;
                        todo.push_back(m_model.edges[f].to);
                    }
            }
            todo = {source};
            toSource[source] = 1;
            while (!todo.empty()) {
                const uint32_t v = todo.back();
                todo.pop_back();
                for (uint32_t u : reverse[v])
                    if (!toSource[u]) {
                        toSource[u] = 1;
                        todo.push_back(u);
                    }
            }
            std::vector<std::pair<uint32_t, uint32_t>> body;
            for (uint32_t w = 0; w < n; ++w) {
                if (w == head || !fromHead[w] || !toSource[w])
                    continue;
                uint32_t credit = 0;
                for (uint32_t u : reverse[w])
                    credit += (fromHead[u] && toSource[u]) ? 0 : 1;
                body.push_back({w, credit});
            }
            m_model.edges[e].loop = int32_t(m_model.loopBodies.size());
            m_model.loopBodies.push_back(std::move(body));
        }

        // Decisions: probabilities over all their branches (those given; the branches without
        // one share what is left); without any, the first branch that is not a loop.
        std::vector<char> seen(n);
        const auto canReach = [&](uint32_t from, uint32_t target) {
            std::fill(seen.begin(), seen.end(), 0);
            std::vector<uint32_t> todo{from};
            seen[from] = 1;
            while (!todo.empty()) {
                const uint32_t v = todo.back();
                todo.pop_back();
                if (v == target)
                    return true;
                for (uint32_t f = nodes[v].outBegin; f < nodes[v].outEnd; ++f)
                    if (!seen[m_model.edges[f].to]) {
                        seen[m_model.edges[f].to] = 1;
                        todo.push_back(m_model.edges[f].to);
                    }
            }
            return false;
        };
        for (uint32_t v = 0; v < n; ++v) {
            Node &node = nodes[v];
            if (!node.decision || node.end || !node.reachable)
                continue;
            double given = 0;
            int missing = 0;
            bool any = false;
            for (uint32_t e = node.outBegin; e < node.outEnd; ++e) {
                Edge &edge = m_model.edges[e];
                edge.loops = canReach(edge.to, v);
                if (edge.probability) {
                    any = true;
                    given += *edge.probability;
                } else {
                    ++missing;
                }
                if (node.forcedExit < 0 && !edge.loops)
                    node.forcedExit = int32_t(e);
                if (node.firstEdge < 0 && forward(e))
                    node.firstEdge = int32_t(e);
            }
            if (node.firstEdge < 0)
                node.firstEdge = int32_t(node.outBegin);
            const double share = missing ? std::max(0.0, 1.0 - given) / missing : 0.0;
            std::vector<double> weight(node.outEnd - node.outBegin, 0.0);
            for (uint32_t e = node.outBegin; e < node.outEnd; ++e)
                weight[e - node.outBegin] = m_model.edges[e].probability.value_or(share);
            // No probability given: FlowGraph's default — the branches back to an earlier step
            // share FlowGraph::defaultReturnShare, the first branch that leaves the loop the rest.
            if (!any && node.forcedExit >= 0) {
                uint32_t returns = 0;
                for (uint32_t e = node.outBegin; e < node.outEnd; ++e)
                    returns += m_model.edges[e].loops ? 1 : 0;
                if (returns > 0) {
                    for (uint32_t e = node.outBegin; e < node.outEnd; ++e)
                        weight[e - node.outBegin] =
                            m_model.edges[e].loops ? FlowGraph::defaultReturnShare / returns : 0.0;
                    weight[uint32_t(node.forcedExit) - node.outBegin] = 1.0 - FlowGraph::defaultReturnShare;
                    any = true;
                }
            }
            double total = 0;
            for (double w : weight)
                total += w;
            node.random = any && total > 0 && node.outEnd - node.outBegin > 1;
            double cum = 0;
            for (uint32_t e = node.outBegin; e < node.outEnd; ++e) {
                cum += total > 0 ? weight[e - node.outBegin] / total : 0.0;
                m_model.edges[e].cum = cum;
            }
            m_model.edges[node.outEnd - 1].cum = 2; // rounding never falls off the end
        }
        // reachesJoin, children before parents (postorder).
        for (uint32_t v : postorder) {
            Node &node = nodes[v];
            node.reachesJoin = node.inDegree > 1;
            for (uint32_t e = node.outBegin; e < node.outEnd && !node.reachesJoin; ++e)
                node.reachesJoin = forward(e) && nodes[m_model.edges[e].to].reachesJoin;
        }
        // The fast path of the event loop: one flow, not a decision, to a step that takes time
        // and is no join, in a chart without loops (no visits to count).
        for (Node &node : nodes) {
            if (m_model.loops || node.decision || node.outEnd - node.outBegin != 1)
                continue;
            const Edge &edge = m_model.edges[node.outBegin];
            if (edge.loop < 0 && nodes[edge.to].active && nodes[edge.to].inDegree <= 1)
                node.next = int32_t(edge.to);
        }
        m_postorder = std::move(postorder);
    }

public:
    // How many times one dossier goes through each node, returns repeated with their
    // probability (as ComplianceCostRules::stepWeights, flowgraph.h): the load that sizes the
    // lanes. A node outside every loop counts at most once (parallel paths that meet).
    std::vector<double> weights() const
    {
        const std::vector<Node> &nodes = m_model.nodes;
        const std::vector<Edge> &edges = m_model.edges;
        const size_t n = nodes.size();
        std::vector<double> share(edges.size(), 0.0);
        std::vector<std::vector<std::pair<uint32_t, uint32_t>>> in(n); // (from, edge)
        std::vector<char> onLoop(n, 0);
        for (uint32_t v = 0; v < n; ++v) {
            const Node &node = nodes[v];
            if (!node.reachable)
                continue;
            double prev = 0;
            for (uint32_t e = node.outBegin; e < node.outEnd; ++e) {
                if (!node.decision)
                    share[e] = 1;
                else if (node.random)
                    share[e] = std::min(edges[e].cum, 1.0) - prev;
                else
                    share[e] = e == uint32_t(node.firstEdge) ? 1.0 : 0.0;
                prev = std::min(edges[e].cum, 1.0);
                in[edges[e].to].push_back({v, e});
                if (edges[e].loop >= 0) {
                    onLoop[edges[e].to] = 1;
                    for (const auto &[body, credit] : m_model.loopBodies[size_t(edges[e].loop)])
                        onLoop[body] = 1;
                }
            }
        }
        std::vector<double> w(n, 0.0);
        for (int sweep = 0; sweep < 20000; ++sweep) {
            double change = 0;
            for (auto it = m_postorder.rbegin(); it != m_postorder.rend(); ++it) {
                const uint32_t v = *it;
                double x = v == m_model.start ? 1.0 : 0.0;
                for (const auto &[from, e] : in[v])
                    x += w[from] * share[e];
                if (!onLoop[v])
                    x = std::min(1.0, x);
                change = std::max(change, std::abs(x - w[v]));
                w[v] = x;
            }
            if (change < 1e-12)
                return w;
        }
        for (double &x : w) // a loop nothing leaves: once
            x = std::min(1.0, x);
        return w;
    }

    Model &model() { return m_model; }

private:
    const QHash<QString, Process> &m_members;
    double m_hoursPerDay;
    Model m_model;
    std::vector<std::vector<RawEdge>> m_out;
    QHash<QString, int32_t> m_laneIndex;
    std::vector<uint32_t> m_postorder;
};

// ---------------------------------------------------------------------------------------------
// Working days on the business clock: t = working hours since the year's first day began.

class DayTable {
public:
    DayTable(const WorkingCalendar &calendar, const QDate &first) : m_calendar(calendar), m_next(first) {}
    // The working-day number (0 = the first) during which a dossier arriving at t arrives.
    int64_t arrivalDay(double t) { return index(t, false); }
    // The working-day number on which work finishing at t finishes (the end of a day counts
    // for that day).
    int64_t completionDay(double t) { return index(t, true); }

private:
    int64_t index(double t, bool closed)
    {
        while (m_ends.empty() || m_ends.back() <= t)
            extend();
        const auto it = closed ? std::lower_bound(m_ends.begin(), m_ends.end(), t)
                               : std::upper_bound(m_ends.begin(), m_ends.end(), t);
        return int64_t(it - m_ends.begin());
    }
    void extend()
    {
        for (int idle = 0; idle < 3660; ++idle) {
            const double h = m_calendar.hoursOn(m_next);
            m_next = m_next.addDays(1);
            if (h > 0) {
                m_ends.push_back((m_ends.empty() ? 0.0 : m_ends.back()) + h);
                return;
            }
        }
        // Ten years without a working day (a calendar of make-up days only): no more days.
        m_ends.push_back(std::numeric_limits<double>::infinity());
    }
    const WorkingCalendar &m_calendar;
    QDate m_next;
    std::vector<double> m_ends; // cumulative working hours at the end of each working day
};

// ---------------------------------------------------------------------------------------------
// The event loop of one replication.

enum EventType : uint32_t { Arrival = 0, ServiceEnd = 1, DelayEnd = 2 };

// Events at the same time come out in an order fixed by the heap's operations alone, so the
// same run always gives the same order.
struct Event {
    double t;
    uint32_t slot;
    uint32_t code; // node << 2 | type
};

inline bool earlier(const Event &a, const Event &b) { return a.t < b.t; }

// A binary min-heap of plain 16-byte events; no allocation once it has grown.
class EventQueue {
public:
    bool empty() const { return m_heap.empty(); }
    TTHC_HOT void push(const Event &e)
    {
        m_heap.push_back(e);
        Event *h = m_heap.data();
        size_t i = m_heap.size() - 1;
        while (i > 0) {
            const size_t parent = (i - 1) / 2;
            if (!earlier(e, h[parent]))
                break;
            h[i] = h[parent];
            i = parent;
        }
        h[i] = e;
    }
    const Event &top() const { return m_heap.front(); }
    void pop()
    {
        const Event last = m_heap.back();
        m_heap.pop_back();
        if (!m_heap.empty())
            replaceTop(last);
    }
    // Puts e in the place of the earliest event: one pass instead of a pop and a push, for
    // the common case of an event that schedules the next one. Bottom-up: the hole at the top
    // goes down to a leaf along the earlier children (picked without a branch), then e rises
    // from there, usually by a step or two.
    TTHC_HOT void replaceTop(const Event &e)
    {
        Event *h = m_heap.data();
        const size_t n = m_heap.size();
        size_t i = 0;
        for (size_t child = 1; child < n; child = 2 * i + 1) {
            if (child + 1 < n)
                child += size_t(h[child + 1].t < h[child].t);
            h[i] = h[child];
            i = child;
        }
        while (i > 0) {
            const size_t parent = (i - 1) / 2;
            if (!earlier(e, h[parent]))
                break;
            h[i] = h[parent];
            i = parent;
        }
        h[i] = e;
    }
    void clear() { m_heap.clear(); }

private:
    std::vector<Event> m_heap;
};

struct Waiting {
    double since;
    uint32_t slot;
    uint32_t node;
};

// A first-in first-out ring buffer that grows by doubling.
class Fifo {
public:
    bool empty() const { return m_size == 0; }
    size_t size() const { return m_size; }
    void push(const Waiting &w)
    {
        if (m_size == m_buffer.size()) {
            std::vector<Waiting> bigger(std::max<size_t>(16, m_buffer.size() * 2));
            for (size_t i = 0; i < m_size; ++i)
                bigger[i] = m_buffer[(m_head + i) & (m_buffer.size() - 1)];
            m_buffer.swap(bigger);
            m_head = 0;
        }
        m_buffer[(m_head + m_size) & (m_buffer.size() - 1)] = w;
        ++m_size;
    }
    Waiting pop()
    {
        const Waiting w = m_buffer[m_head];
        m_head = (m_head + 1) & (m_buffer.size() - 1);
        --m_size;
        return w;
    }

private:
    std::vector<Waiting> m_buffer;
    size_t m_head = 0, m_size = 0;
};

struct LaneState {
    int staff = 0; // 0 = unlimited
    int busy = 0;
    Fifo queue;
    double busyHours = 0, queueHours = 0;
    int64_t visits = 0, started = 0;
    size_t maxQueue = 0;
};

struct CaseState {
    double arrival = 0;
    uint32_t active = 0; // steps in progress (queued, worked on or waiting)
    bool aborted = false;
    bool reachedEnd = false;
};

struct Token {
    uint32_t node;
    int32_t loop; // ≥ 0: arrives along this loop's back flow
    bool dead;    // a path not taken, reported to the joins after it
};

class Engine {
public:
    Engine(const Model &model, const SimulationOptions &options, double statutoryDays,
           const std::function<void(int64_t)> &progressTick, const std::atomic<bool> *cancel)
        : m_model(model), m_nodes(model.nodes.data()), m_edges(model.edges.data()), m_maxVisits(options.maxVisits),
          m_limit(statutoryDays > 0 ? int64_t(std::ceil(statutoryDays - 1e-9)) : -1), m_tick(progressTick),
          m_cancel(cancel), m_calendar(options.calendar), m_firstDay(options.year, 1, 1)
    {
        m_nodeState = model.joins || model.loops;
    }

    // False if cancelled.
    bool run(uint64_t seed, int64_t cases, double arrivalsPerHour, ReplicationResult *out)
    {
        Rng rng(seed);
        m_rng = &rng;
        reset();
        DayTable days(m_calendar, m_firstDay);
        m_days = &days;
        m_cycles.clear();
        m_cycles.reserve(size_t(cases));
        const double meanGap = 1.0 / arrivalsPerHour;
        const Ziggurat &exponential = Ziggurat::instance();
        int64_t arrived = 0;
        schedule(meanGap * exponential.draw(rng), 0, 0, Arrival);
        int64_t events = 0;
        double now = 0;
        while (!m_queue.empty()) {
            // The event stays in the queue while it is handled: the first event it schedules
            // takes its place (schedule()), else it is removed afterwards.
            const Event ev = m_queue.top();
            m_replaceTop = true;
            now = ev.t;
            m_now = now;
            if ((++events & 4095) == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed))
                return false;
            const uint32_t node = ev.code >> 2;
            switch (ev.code & 3) {
            case Arrival: {
                const uint32_t slot = newCase();
                const Node &start = m_nodes[m_model.start];
                if (!start.active && start.next >= 0) {
                    begin(slot, uint32_t(start.next));
                } else {
                    m_tokens.push_back({m_model.start, -1, false});
                    drain(slot);
                    if (m_cases[slot].active == 0)
                        finishCase(slot);
                }
                if (++arrived < cases)
                    schedule(now + meanGap * exponential.draw(rng), 0, 0, Arrival);
                break;
            }
            case ServiceEnd: {
                const Node &n = m_nodes[node];
                if (n.lane >= 0) {
                    LaneState &lane = m_lanes[size_t(n.lane)];
                    if (lane.staff > 0) {
                        if (!lane.queue.empty()) {
                            const Waiting w = lane.queue.pop();
                            lane.queueHours += now - w.since;
                            m_queueHours += now - w.since;
                            startService(w.slot, w.node, lane);
                        } else {
                            --lane.busy;
                        }
                    }
                }
                const double wait = n.wait(rng);
                if (wait > 0) {
                    m_delayHours += wait;
                    schedule(now + wait, ev.slot, node, DelayEnd);
                } else {
                    complete(ev.slot, node);
                }
                break;
            }
            default:
                complete(ev.slot, node);
                break;
            }
            if (m_replaceTop)
                m_queue.pop();
        }
        collect(seed, arrived, events, now, out);
        return true;
    }

private:
    void reset()
    {
        m_queue.clear();
        m_replaceTop = false;
        m_cases.clear();
        m_free.clear();
        m_counters.clear();
        m_live.clear();
        m_visits.clear();
        m_tokens.clear();
        m_lanes.assign(m_model.lanes.size(), LaneState());
        for (size_t i = 0; i < m_lanes.size(); ++i)
            m_lanes[i].staff = m_model.lanes[i].staff;
        m_queueHours = m_delayHours = m_workHours = 0;
        m_finished = m_stuck = m_onTime = 0;
    }

    TTHC_HOT void schedule(double t, uint32_t slot, uint32_t node, EventType type)
    {
        if (m_replaceTop) {
            m_replaceTop = false;
            m_queue.replaceTop({t, slot, node << 2 | type});
        } else {
            m_queue.push({t, slot, node << 2 | type});
        }
    }

    uint32_t newCase()
    {
        uint32_t slot;
        if (!m_free.empty()) {
            slot = m_free.back();
            m_free.pop_back();
            if (m_nodeState) {
                const size_t n = m_model.nodes.size();
                std::fill_n(m_counters.begin() + ptrdiff_t(slot * n), n, 0u);
                std::fill_n(m_live.begin() + ptrdiff_t(slot * n), n, char(0));
                std::fill_n(m_visits.begin() + ptrdiff_t(slot * n), n, 0u);
            }
        } else {
            slot = uint32_t(m_cases.size());
            m_cases.emplace_back();
            if (m_nodeState) {
                const size_t n = m_model.nodes.size();
                m_counters.resize(m_counters.size() + n, 0u);
                m_live.resize(m_live.size() + n, char(0));
                m_visits.resize(m_visits.size() + n, 0u);
            }
        }
        m_cases[slot] = CaseState{m_now, 0, false, false};
        return slot;
    }

    TTHC_HOT void startService(uint32_t slot, uint32_t node, LaneState &lane)
    {
        const double d = m_nodes[node].work(*m_rng);
        lane.busyHours += d;
        ++lane.started;
        m_workHours += d;
        schedule(m_now + d, slot, node, ServiceEnd);
    }

    // A step begins: queue for the lane's staff, or work, or wait.
    TTHC_HOT void begin(uint32_t slot, uint32_t node)
    {
        const Node &n = m_nodes[node];
        ++m_cases[slot].active;
        if (n.work.kind == Sampler::Zero) {
            const double wait = n.wait(*m_rng);
            m_delayHours += wait;
            schedule(m_now + wait, slot, node, DelayEnd);
            return;
        }
        if (n.lane < 0) {
            const double d = n.work(*m_rng);
            m_workHours += d;
            schedule(m_now + d, slot, node, ServiceEnd);
            return;
        }
        LaneState &lane = m_lanes[size_t(n.lane)];
        ++lane.visits;
        if (lane.staff == 0) {
            startService(slot, node, lane);
            return;
        }
        if (lane.busy < lane.staff) {
            ++lane.busy;
            startService(slot, node, lane);
            return;
        }
        lane.queue.push({m_now, slot, node});
        lane.maxQueue = std::max(lane.maxQueue, lane.queue.size());
    }

    void complete(uint32_t slot, uint32_t node)
    {
        const int32_t next = m_nodes[node].next;
        if (next >= 0) { // the dossier goes straight on to the next step
            begin(slot, uint32_t(next));
            --m_cases[slot].active;
            return;
        }
        --m_cases[slot].active;
        route(slot, node);
        drain(slot);
        if (m_cases[slot].active == 0)
            finishCase(slot);
    }

    // Sends the dossier on from a finished step: one branch of a decision, every flow of
    // anything else.
    void route(uint32_t slot, uint32_t node)
    {
        const Node &n = m_nodes[node];
        if (n.end) {
            m_cases[slot].reachedEnd = true;
            return;
        }
        if (!n.decision) {
            for (uint32_t e = n.outBegin; e < n.outEnd; ++e)
                m_tokens.push_back({m_edges[e].to, m_edges[e].loop, false});
            return;
        }
        uint32_t chosen;
        if (m_nodeState && n.forcedExit >= 0 && m_visits[slot * m_model.nodes.size() + node] >= uint32_t(m_maxVisits)) {
            chosen = uint32_t(n.forcedExit);
        } else if (n.random) {
            const double u = m_rng->uniform();
            chosen = n.outBegin;
            while (m_edges[chosen].cum <= u)
                ++chosen;
        } else {
            chosen = uint32_t(n.firstEdge);
        }
        m_tokens.push_back({m_edges[chosen].to, m_edges[chosen].loop, false});
        // The branches not taken are final only when the chosen one does not come back here.
        if (!m_model.joins || m_edges[chosen].loops)
            return;
        for (uint32_t e = n.outBegin; e < n.outEnd; ++e)
            if (e != chosen && m_edges[e].loop < 0 && !m_edges[e].loops && m_nodes[m_edges[e].to].reachesJoin)
                m_tokens.push_back({m_edges[e].to, -1, true});
    }

    // Follows the dossier through steps that take no time, until every path waits for an event.
    void drain(uint32_t slot)
    {
        const size_t stride = m_model.nodes.size();
        while (!m_tokens.empty()) {
            const Token tok = m_tokens.back();
            m_tokens.pop_back();
            const Node &n = m_nodes[tok.node];
            const size_t at = slot * stride + tok.node;
            if (tok.dead) {
                if (n.inDegree > 1) {
                    if (++m_counters[at] < n.inDegree)
                        continue;
                    m_counters[at] = 0;
                    if (m_live[at]) {
                        m_live[at] = 0;
                        fire(slot, tok.node);
                        continue;
                    }
                }
                for (uint32_t e = n.outBegin; e < n.outEnd; ++e)
                    if (m_edges[e].loop < 0 && m_nodes[m_edges[e].to].reachesJoin)
                        m_tokens.push_back({m_edges[e].to, -1, true});
                continue;
            }
            if (tok.loop >= 0) {
                if (m_model.joins)
                    for (const auto &[w, credit] : m_model.loopBodies[size_t(tok.loop)]) {
                        m_counters[slot * stride + w] = credit;
                        m_live[slot * stride + w] = 0;
                    }
            } else if (n.inDegree > 1) {
                m_live[at] = 1;
                if (++m_counters[at] < n.inDegree)
                    continue;
                m_counters[at] = 0;
                m_live[at] = 0;
            }
            fire(slot, tok.node);
        }
    }

    void fire(uint32_t slot, uint32_t node)
    {
        CaseState &c = m_cases[slot];
        if (c.aborted)
            return;
        if (m_model.loops && ++m_visits[slot * m_model.nodes.size() + node] > uint32_t(m_maxVisits)) {
            c.aborted = true; // a loop without a way out: stop this dossier
            return;
        }
        if (m_nodes[node].active)
            begin(slot, node);
        else
            route(slot, node);
    }

    void finishCase(uint32_t slot)
    {
        const CaseState &c = m_cases[slot];
        if (c.aborted || !c.reachedEnd) {
            ++m_stuck;
        } else {
            ++m_finished;
            m_cycles.push_back(m_now - c.arrival);
            if (m_limit >= 0 && m_days->completionDay(m_now) - m_days->arrivalDay(c.arrival) <= m_limit)
                ++m_onTime;
        }
        m_free.push_back(slot);
        if (m_tick && ((m_finished + m_stuck) & 1023) == 0)
            m_tick(1024);
    }

    static double percentile(std::vector<double> &v, double p)
    {
        if (v.empty())
            return nan;
        // Nearest rank: the smallest value with at least p of the values at or below it.
        const size_t rank = size_t(std::max(1.0, std::ceil(p * double(v.size()))));
        std::nth_element(v.begin(), v.begin() + ptrdiff_t(rank - 1), v.end());
        return v[rank - 1];
    }

    void collect(uint64_t seed, int64_t arrived, int64_t events, double end, ReplicationResult *out)
    {
        out->seed = seed;
        out->cases = arrived;
        out->finished = m_finished;
        out->stuck = m_stuck;
        out->events = events;
        out->horizonHours = end;
        double sum = 0, max = 0;
        for (double c : m_cycles) {
            sum += c;
            max = std::max(max, c);
        }
        out->meanHours = m_cycles.empty() ? nan : sum / double(m_cycles.size());
        out->maxHours = m_cycles.empty() ? nan : max;
        out->p50Hours = percentile(m_cycles, 0.50);
        out->p90Hours = percentile(m_cycles, 0.90);
        out->p95Hours = percentile(m_cycles, 0.95);
        out->cycleHours = QList<double>(m_cycles.begin(), m_cycles.end());
        const double waiting = m_queueHours + m_delayHours;
        out->waitingShare = waiting + m_workHours > 0 ? waiting / (waiting + m_workHours) : 0.0;
        out->onTimeShare = m_limit >= 0 && m_finished > 0 ? double(m_onTime) / double(m_finished) : nan;
        out->lanes.clear();
        for (size_t i = 0; i < m_lanes.size(); ++i) {
            if (!m_model.lanes[i].used)
                continue;
            const LaneState &s = m_lanes[i];
            LaneResult r;
            r.id = m_model.lanes[i].id;
            r.busyHours = s.busyHours;
            r.utilisation = s.staff > 0 && end > 0 ? s.busyHours / (double(s.staff) * end) : nan;
            r.meanQueueHours = s.started > 0 ? s.queueHours / double(s.started) : 0.0;
            r.maxQueue = qint64(s.maxQueue);
            r.visits = s.visits;
            out->lanes << r;
        }
    }

    const Model &m_model;
    const Node *m_nodes;
    const Edge *m_edges;
    int m_maxVisits;
    int64_t m_limit;
    std::function<void(int64_t)> m_tick;
    const std::atomic<bool> *m_cancel;
    const WorkingCalendar &m_calendar;
    QDate m_firstDay;
    bool m_nodeState = false;

    Rng *m_rng = nullptr;
    DayTable *m_days = nullptr;
    double m_now = 0;
    EventQueue m_queue;
    bool m_replaceTop = false; // the event being handled is still at the top of m_queue
    std::vector<CaseState> m_cases;
    std::vector<uint32_t> m_free;
    std::vector<uint32_t> m_counters; // per case and node: flows arrived at a join
    std::vector<char> m_live;         // per case and node: one of them was taken
    std::vector<uint32_t> m_visits;   // per case and node: times entered
    std::vector<Token> m_tokens;
    std::vector<LaneState> m_lanes;
    std::vector<double> m_cycles;
    double m_queueHours = 0, m_delayHours = 0, m_workHours = 0;
    int64_t m_finished = 0, m_stuck = 0, m_onTime = 0;
};

// ---------------------------------------------------------------------------------------------

QJsonValue number(double x) { return std::isfinite(x) ? QJsonValue(x) : QJsonValue(); }

QJsonValue seedValue(quint64 seed)
{
    // JSON numbers are doubles: seeds beyond 2^53 are written as text.
    return seed <= (quint64(1) << 53) ? QJsonValue(double(seed)) : QJsonValue(QString::number(seed));
}

QJsonObject estimateJson(const Estimate &e, double scale = 1)
{
    return {{QStringLiteral("mean"), number(e.mean * scale)},
            {QStringLiteral("halfWidth"), number(e.halfWidth * scale)},
            {QStringLiteral("low"), number(e.low() * scale)},
            {QStringLiteral("high"), number(e.high() * scale)}};
}

QJsonObject cycleJson(const ScenarioResult &s, double scale)
{
    return {{QStringLiteral("mean"), estimateJson(s.meanHours, scale)},
            {QStringLiteral("p50"), estimateJson(s.p50Hours, scale)},
            {QStringLiteral("p90"), estimateJson(s.p90Hours, scale)},
            {QStringLiteral("p95"), estimateJson(s.p95Hours, scale)}};
}

QJsonObject replicationCycleJson(const ReplicationResult &r, double scale)
{
    return {{QStringLiteral("mean"), number(r.meanHours * scale)},
            {QStringLiteral("p50"), number(r.p50Hours * scale)},
            {QStringLiteral("p90"), number(r.p90Hours * scale)},
            {QStringLiteral("p95"), number(r.p95Hours * scale)},
            {QStringLiteral("max"), number(r.maxHours * scale)}};
}

QJsonObject scenarioJson(const ScenarioResult &s, double hoursPerDay)
{
    if (!s.present)
        return {{QStringLiteral("present"), false}};
    QJsonArray lanes;
    for (const LaneSummary &l : s.lanes)
        lanes.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("kind"), toJsonName(l.kind)},
                                 {QStringLiteral("staff"), l.staff > 0 ? QJsonValue(l.staff) : QJsonValue()},
                                 {QStringLiteral("staffDefaulted"), l.staffDefaulted},
                                 {QStringLiteral("utilisation"), estimateJson(l.utilisation)},
                                 {QStringLiteral("meanQueueHours"), estimateJson(l.meanQueueHours)}});
    QJsonArray reps;
    for (const ReplicationResult &r : s.replications) {
        QJsonArray repLanes;
        for (const LaneResult &l : r.lanes)
            repLanes.append(QJsonObject{{QStringLiteral("id"), l.id},
                                        {QStringLiteral("busyHours"), number(l.busyHours)},
                                        {QStringLiteral("utilisation"), number(l.utilisation)},
                                        {QStringLiteral("meanQueueHours"), number(l.meanQueueHours)},
                                        {QStringLiteral("maxQueue"), double(l.maxQueue)},
                                        {QStringLiteral("visits"), double(l.visits)}});
        reps.append(QJsonObject{{QStringLiteral("seed"), QString::number(r.seed, 16)},
                                {QStringLiteral("cases"), double(r.cases)},
                                {QStringLiteral("finished"), double(r.finished)},
                                {QStringLiteral("stuck"), double(r.stuck)},
                                {QStringLiteral("events"), double(r.events)},
                                {QStringLiteral("horizonHours"), number(r.horizonHours)},
                                {QStringLiteral("cycleHours"), replicationCycleJson(r, 1)},
                                {QStringLiteral("cycleDays"), replicationCycleJson(r, 1 / hoursPerDay)},
                                {QStringLiteral("waitingShare"), number(r.waitingShare)},
                                {QStringLiteral("onTimeShare"), number(r.onTimeShare)},
                                {QStringLiteral("lanes"), repLanes}});
    }
    return {{QStringLiteral("present"), true},
            {QStringLiteral("arrivalsPerHour"), number(s.arrivalsPerHour)},
            {QStringLiteral("statutoryDays"), number(s.statutoryDays)},
            {QStringLiteral("cycleHours"), cycleJson(s, 1)},
            {QStringLiteral("cycleDays"), cycleJson(s, 1 / hoursPerDay)},
            {QStringLiteral("waitingShare"), estimateJson(s.waitingShare)},
            {QStringLiteral("onTimeShare"), estimateJson(s.onTimeShare)},
            {QStringLiteral("finished"), double(s.finished)},
            {QStringLiteral("stuck"), double(s.stuck)},
            {QStringLiteral("lanes"), lanes},
            {QStringLiteral("replications"), reps}};
}

// A group member's e-process, or its as-is chart while none is drafted (as ReductionRules).
const Process &memberToBe(const Procedure &m) { return m.toBe.steps.isEmpty() ? m.asIs : m.toBe; }

} // namespace

// ---------------------------------------------------------------------------------------------

double Estimate::studentT975(int df)
{
    static const double table[] = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
                                   2.2010,  2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
                                   2.0796,  2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
    if (df < 1)
        return nan;
    if (df <= 30)
        return table[df - 1];
    // Cornish–Fisher expansion around the normal quantile (error < 1e-4 from 30 on).
    const double z = 1.959963984540054, v = df;
    const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
    return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
           + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
}

Estimate Estimate::of(const QList<double> &values)
{
    QList<double> v;
    for (double x : values)
        if (std::isfinite(x))
            v << x;
    Estimate e;
    if (v.isEmpty()) {
        e.mean = nan;
        return e;
    }
    double sum = 0;
    for (double x : v)
        sum += x;
    e.mean = sum / double(v.size());
    if (v.size() < 2)
        return e;
    double ss = 0;
    for (double x : v)
        ss += (x - e.mean) * (x - e.mean);
    const double sd = std::sqrt(ss / double(v.size() - 1));
    e.halfWidth = studentT975(int(v.size() - 1)) * sd / std::sqrt(double(v.size()));
    return e;
}

Result<SimulationInput> SimulationInput::forProcedure(const Workspace &ws, const QString &code)
{
    const Procedure *p = ws.procedure(code);
    if (!p)
        return Result<SimulationInput>::failure(Simulator::tr("The workspace has no procedure “%1”.").arg(code));
    SimulationInput in;
    in.id = p->code;
    in.name = p->name;
    in.annualVolume = p->annualVolume;
    in.statutoryDaysAsIs = in.statutoryDaysToBe = p->statutoryDays;
    in.asIs = p->asIs;
    in.toBe = p->toBe;
    return in;
}

Result<SimulationInput> SimulationInput::forGroup(const Workspace &ws, const QString &id)
{
    const ProcedureGroup *g = ws.group(id);
    if (!g)
        return Result<SimulationInput>::failure(Simulator::tr("The workspace has no group “%1”.").arg(id));
    SimulationInput in;
    in.id = g->id;
    in.name = g->name;
    in.group = true;
    std::optional<double> volume;
    QList<const Procedure *> members;
    for (const QString &code : g->members)
        if (const Procedure *m = ws.procedure(code); m && !members.contains(m)) {
            members << m;
            in.membersAsIs.insert(m->code, m->asIs);
            in.membersToBe.insert(m->code, memberToBe(*m));
            if (m->annualVolume > 0)
                volume = std::min(volume.value_or(m->annualVolume), m->annualVolume);
        }
    in.annualVolume = volume.value_or(0.0);
    in.toBe = g->toBe;
    if (g->asIs.steps.isEmpty() && !members.isEmpty()) {
        // Without a group chart the members run one after the other (as ReductionRules).
        Process chain;
        chain.lanes = {{QStringLiteral("group"), g->name, LaneKind::Agency, {}}};
        Step start;
        start.id = QStringLiteral("start");
        start.kind = StepKind::Start;
        start.lane = QStringLiteral("group");
        chain.steps << start;
        QString previous = start.id;
        for (const Procedure *m : members) {
            Step s;
            s.id = QStringLiteral("member-") + m->code;
            s.kind = StepKind::Procedure;
            s.procedure = m->code;
            s.lane = QStringLiteral("group");
            chain.steps << s;
            chain.flows << Flow{QStringLiteral("f") + s.id, previous, s.id, {}, FlowKind::Sequence, {}};
            previous = s.id;
        }
        Step end;
        end.id = QStringLiteral("end");
        end.kind = StepKind::End;
        end.lane = QStringLiteral("group");
        chain.steps << end;
        chain.flows << Flow{QStringLiteral("fend"), previous, end.id, {}, FlowKind::Sequence, {}};
        in.asIs = chain;
    } else {
        in.asIs = g->asIs;
    }
    // The time limit of a linked case: the members' limits added up, for the members it runs.
    const auto limit = [&](const Process &chart) {
        QSet<QString> inChart;
        for (const Step &s : chart.steps)
            if (s.kind == StepKind::Procedure)
                inChart.insert(s.procedure);
        double days = 0;
        for (const Procedure *m : members)
            if (inChart.contains(m->code))
                days += m->statutoryDays;
        return days;
    };
    in.statutoryDaysAsIs = limit(in.asIs);
    in.statutoryDaysToBe = limit(in.toBe);
    return in;
}

Result<SimulationInput> SimulationInput::fromWorkspace(const Workspace &ws, const QString &codeOrGroupId)
{
    if (ws.group(codeOrGroupId))
        return forGroup(ws, codeOrGroupId);
    if (ws.procedure(codeOrGroupId))
        return forProcedure(ws, codeOrGroupId);
    return Result<SimulationInput>::failure(
        Simulator::tr("The workspace has no procedure or group “%1”.").arg(codeOrGroupId));
}

QString Simulator::cancelledMessage() { return tr("The simulation was cancelled."); }

QString Simulator::definition()
{
    return tr("Dossiers arrive at random (a Poisson stream) spread evenly over the working hours of the year, as "
              "many as the annual volume. The clock runs in working hours only (by default 8 a day, Monday to "
              "Friday, without public holidays): every actor works on the same calendar, and n working days of waiting "
              "last n × 8 working hours. Each step takes its actor's working time, by default drawn from a "
              "triangular distribution from half to one and a half times its hours (its mean is the hours), "
              "then waits its waiting days, during which no one works. A lane has as many people as its "
              "“staff” field says; without one, the applicant's lanes and information systems have no limit "
              "and the other lanes get enough people to be busy at most 85 % of the time on the expected "
              "work; a dossier that finds them all busy waits in a first-come, first-served queue.\n"
              "A decision sends each dossier along one branch: at random with the flows' probabilities when "
              "given (the branches without one share what is left), otherwise always the first branch that "
              "does not go back, as for the elapsed days. A flow back to an earlier step (a loop) is followed; "
              "a dossier that comes back to a decision as often as the visit limit (100 by default) takes its "
              "first way out of the loop. Flows "
              "out of any other step run in parallel, and a step where parallel paths meet waits for all of "
              "them. A dossier is finished when nothing of it is left running.\n"
              "Results: the cycle time from arrival to finish (mean, median, 90th and 95th percentile, in "
              "working days = working hours / 8); the share of waiting (in a queue or waiting days) in the "
              "time of the steps (waiting and work); the utilisation of each lane (busy time / (people × the "
              "simulated time)); the share of dossiers finished by the due date (the n-th working day after "
              "the day of arrival, on the calendar with its holidays). Each replication repeats the year "
              "with other random numbers; the ± figures are 95 % confidence intervals over the replications "
              "(Student t). The same seed gives the same results.");
}

Result<SimulationResult> Simulator::run(const SimulationInput &input, const SimulationOptions &options,
                                        const std::function<void(double)> &progress, const std::atomic<bool> *cancel)
{
    using R = Result<SimulationResult>;
    QElapsedTimer timer;
    timer.start();
    const QDate first(options.year, 1, 1);
    if (!first.isValid() || options.year < 1900 || options.year > 9999)
        return R::failure(tr("The year %1 cannot be simulated.").arg(options.year));
    if (options.replications < 1 || options.replications > 1000)
        return R::failure(tr("The number of replications must be from 1 to 1000."));
    if (options.cases < 0 || options.cases > 1'000'000'000)
        return R::failure(tr("The number of dossiers must be from 1 to 1,000,000,000."));
    if (options.maxVisits < 1)
        return R::failure(tr("The visit limit of a loop must be at least 1."));
    const double yearHours = options.calendar.workingHours(first, QDate(options.year, 12, 31));
    if (!(yearHours > 0))
        return R::failure(tr("The working calendar has no working hours in %1.").arg(options.year));
    const bool anySteps = !input.asIs.steps.isEmpty() || !input.toBe.steps.isEmpty();
    if (anySteps && !(input.annualVolume > 0))
        return R::failure(tr("“%1” has no annual volume: the number of dossiers a year is needed to simulate it.")
                              .arg(input.id));

    SimulationResult result;
    result.id = input.id;
    result.name = input.name;
    result.group = input.group;
    result.seed = options.seed;
    result.cases = options.cases > 0 ? options.cases : std::max<qint64>(1, qint64(std::llround(input.annualVolume)));
    result.replications = options.replications;
    result.year = options.year;
    result.hoursPerDay = options.calendar.standardHours();
    result.annualVolume = input.annualVolume;
    const double arrivalsPerHour = input.annualVolume / yearHours;

    // Compile both charts first: an error in either is reported before anything runs.
    struct Scenario {
        const Process *chart;
        const QHash<QString, Process> *members;
        double statutory;
        ScenarioResult *out;
        std::optional<Model> model;
    };
    Scenario scenarios[2] = {{&input.asIs, &input.membersAsIs, input.statutoryDaysAsIs, &result.asIs, {}},
                             {&input.toBe, &input.membersToBe, input.statutoryDaysToBe, &result.toBe, {}}};
    for (Scenario &s : scenarios) {
        if (s.chart->steps.isEmpty())
            continue;
        Builder builder(*s.members, result.hoursPerDay);
        auto built = builder.build(*s.chart);
        if (!built)
            return R::failure(tr("%1 of “%2”: %3")
                                  .arg(s.out == &result.asIs ? tr("The as-is chart") : tr("The e-process"), input.id,
                                       built.error()));
        // Staff: the chart's, else none for the applicant and systems, else sized to the load.
        Model &model = builder.model();
        const std::vector<double> weights = builder.weights();
        for (size_t v = 0; v < model.nodes.size(); ++v)
            if (model.nodes[v].lane >= 0)
                model.lanes[size_t(model.nodes[v].lane)].load += arrivalsPerHour * weights[v] * model.nodes[v].work.mean;
        for (LaneInfo &lane : model.lanes) {
            if (lane.given) {
                lane.staff = *lane.given;
            } else if (SimulationParams::unlimitedByDefault(lane.kind)) {
                lane.staff = 0;
            } else {
                lane.defaulted = true;
                lane.staff = options.defaultStaff > 0
                                 ? options.defaultStaff
                                 : std::max(1, int(std::ceil(lane.load / std::clamp(options.targetUtilisation, 0.05, 1.0) - 1e-9)));
            }
        }
        s.model = std::move(model);
    }

    int present = 0;
    for (const Scenario &s : scenarios)
        present += s.model ? 1 : 0;
    // Progress: the dossiers finished over all replications of both charts.
    const double total = double(present) * double(options.replications) * double(result.cases);
    double base = 0, partial = 0;
    const auto report = [&] {
        if (progress && total > 0)
            progress(std::min(1.0, (base + partial) / total));
    };
    const std::function<void(int64_t)> tick = [&](int64_t n) {
        partial += double(n);
        report();
    };
    for (int si = 0; si < 2; ++si) {
        Scenario &s = scenarios[si];
        if (!s.model)
            continue;
        ScenarioResult &out = *s.out;
        out.present = true;
        out.arrivalsPerHour = arrivalsPerHour;
        out.statutoryDays = s.statutory;
        Engine engine(*s.model, options, s.statutory, tick, cancel);
        for (int r = 0; r < options.replications; ++r) {
            ReplicationResult rep;
            if (!engine.run(replicationSeed(options.seed, si, r), result.cases, arrivalsPerHour, &rep))
                return R::failure(cancelledMessage());
            out.finished += rep.finished;
            out.stuck += rep.stuck;
            result.events += rep.events;
            if (!out.replications.isEmpty())
                rep.cycleHours.clear(); // the histogram shows the first replication only
            out.replications << rep;
            base += double(result.cases);
            partial = 0;
            report();
        }
        const auto over = [&](auto field) {
            QList<double> values;
            for (const ReplicationResult &rep : std::as_const(out.replications))
                values << rep.*field;
            return Estimate::of(values);
        };
        out.meanHours = over(&ReplicationResult::meanHours);
        out.p50Hours = over(&ReplicationResult::p50Hours);
        out.p90Hours = over(&ReplicationResult::p90Hours);
        out.p95Hours = over(&ReplicationResult::p95Hours);
        out.waitingShare = over(&ReplicationResult::waitingShare);
        out.onTimeShare = over(&ReplicationResult::onTimeShare);
        for (size_t i = 0; i < s.model->lanes.size(); ++i) {
            const LaneInfo &info = s.model->lanes[i];
            if (!info.used)
                continue;
            LaneSummary l;
            l.id = info.id;
            l.name = info.name;
            l.kind = info.kind;
            l.staff = info.staff;
            l.staffDefaulted = info.defaulted;
            QList<double> utilisation, queue;
            for (const ReplicationResult &rep : std::as_const(out.replications))
                for (const LaneResult &lr : rep.lanes)
                    if (lr.id == info.id) {
                        utilisation << lr.utilisation;
                        queue << lr.meanQueueHours;
                    }
            l.utilisation = Estimate::of(utilisation);
            l.meanQueueHours = Estimate::of(queue);
            out.lanes << l;
        }
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

QJsonObject SimulationResult::toJson() const
{
    return {{QStringLiteral("format"), QStringLiteral("tthc-simulation")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), group ? QStringLiteral("group") : QStringLiteral("procedure")},
            {QStringLiteral("seed"), seedValue(seed)},
            {QStringLiteral("cases"), double(cases)},
            {QStringLiteral("replications"), replications},
            {QStringLiteral("year"), year},
            {QStringLiteral("hoursPerDay"), hoursPerDay},
            {QStringLiteral("annualVolume"), annualVolume},
            {QStringLiteral("asIs"), scenarioJson(asIs, hoursPerDay)},
            {QStringLiteral("toBe"), scenarioJson(toBe, hoursPerDay)}};
}

// ---------------------------------------------------------------------------------------------

SimulationRunner::SimulationRunner(QObject *parent) : QObject(parent) {}

SimulationRunner::~SimulationRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool SimulationRunner::start(const SimulationInput &input, const SimulationOptions &options)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread.reset(QThread::create([this, input, options] {
        int last = -1;
        const auto progressFn = [this, &last](double fraction) {
            const int percent = int(fraction * 100);
            if (percent == last)
                return;
            last = percent;
            QMetaObject::invokeMethod(this, [this, percent] { emit progress(percent); }, Qt::QueuedConnection);
        };
        Result<SimulationResult> r = Simulator::run(input, options, progressFn, &m_cancel);
        QMetaObject::invokeMethod(this, [this, r] { deliver(r); }, Qt::QueuedConnection);
    }));
    m_thread->start();
    return true;
}

void SimulationRunner::cancel() { m_cancel = true; }

void SimulationRunner::deliver(const Result<SimulationResult> &result)
{
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    if (result)
        emit finished(result.value());
    else if (m_cancel.load())
        emit cancelled();
    else
        emit failed(result.error());
}

} // namespace tthc
