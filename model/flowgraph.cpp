#include "flowgraph.h"

#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tthc {

namespace {

std::optional<double> givenProbability(const Flow &f)
{
    const QJsonValue v = f.extra.value(QStringLiteral("probability"));
    if (!v.isDouble())
        return std::nullopt;
    return std::max(0.0, v.toDouble());
}

} // namespace

FlowGraph::FlowGraph(const Process &p) : out(p.steps.size()), in(p.steps.size()), m_p(p)
{
    const int n = int(p.steps.size());
    for (int i = 0; i < n; ++i) {
        index.insert(p.steps[i].id, i);
        if (start < 0 && p.steps[i].kind == StepKind::Start)
            start = i;
    }
    std::vector<int> fromOf(p.flows.size(), -1), toOf(p.flows.size(), -1);
    for (int f = 0; f < p.flows.size(); ++f) {
        const int from = index.value(p.flows[f].from, -1), to = index.value(p.flows[f].to, -1);
        if (from >= 0 && to >= 0) {
            out[from].push_back(f);
            in[to].push_back(f);
            fromOf[f] = from;
            toOf[f] = to;
        }
    }
    // Strongly connected components (Tarjan, iterative): a step is on a loop when its
    // component has several steps or a flow to itself; a decision's branch returns when it
    // leads into the decision's own component (from there the flows come back to it).
    std::vector<int> component(n, -1), low(n, 0), order(n, -1), stackOf;
    std::vector<bool> onStack(n, false);
    std::vector<int> size;
    int counter = 0;
    for (int root = 0; root < n; ++root) {
        if (order[root] >= 0)
            continue;
        std::vector<std::pair<int, size_t>> frames{{root, 0}};
        order[root] = low[root] = counter++;
        stackOf.push_back(root);
        onStack[root] = true;
        while (!frames.empty()) {
            auto &[v, next] = frames.back();
            if (next < out[v].size()) {
                const int w = toOf[out[v][next++]];
                if (order[w] < 0) {
                    order[w] = low[w] = counter++;
                    stackOf.push_back(w);
                    onStack[w] = true;
                    frames.push_back({w, 0});
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], order[w]);
                }
                continue;
            }
            if (low[v] == order[v]) {
                const int c = int(size.size());
                size.push_back(0);
                int w = -1;
                do {
                    w = stackOf.back();
                    stackOf.pop_back();
                    onStack[w] = false;
                    component[w] = c;
                    ++size[c];
                } while (w != v);
            }
            const int done = v;
            frames.pop_back();
            if (!frames.empty())
                low[frames.back().first] = std::min(low[frames.back().first], low[done]);
        }
    }
    onLoop.assign(n, false);
    for (int v = 0; v < n; ++v)
        onLoop[v] = size[component[v]] > 1;
    for (int f = 0; f < p.flows.size(); ++f)
        if (fromOf[f] >= 0 && fromOf[f] == toOf[f])
            onLoop[fromOf[f]] = true;
    returns.assign(p.flows.size(), false);
    for (int f = 0; f < p.flows.size(); ++f)
        if (fromOf[f] >= 0 && p.steps[fromOf[f]].kind == StepKind::Decision)
            returns[f] = component[toOf[f]] == component[fromOf[f]];
    share.assign(p.flows.size(), 0.0);
    completeShare.assign(p.flows.size(), 0.0);
    for (int v = 0; v < n; ++v) {
        if (p.steps[v].kind != StepKind::Decision) {
            for (int f : out[v])
                share[f] = completeShare[f] = 1;
            continue;
        }
        const std::vector<double> w = branchWeights(p, out[v], returns, false);
        const std::vector<double> c = branchWeights(p, out[v], returns, true);
        for (size_t i = 0; i < out[v].size(); ++i) {
            share[out[v][i]] = w[i];
            completeShare[out[v][i]] = c[i];
        }
    }
    // Depth-first from the start in file order: the flows that are not back edges, and a
    // reverse postorder (a topological order of those flows).
    m_forward.assign(n, {});
    if (start < 0)
        return;
    enum Colour : char { White, Grey, Black };
    std::vector<Colour> colour(n, White);
    std::vector<std::pair<int, size_t>> stack{{start, 0}};
    colour[start] = Grey;
    while (!stack.empty()) {
        auto &[v, next] = stack.back();
        if (next < out[v].size()) {
            const int f = out[v][next++];
            const int to = toOf[f];
            if (colour[to] == Grey)
                continue;
            m_forward[v].push_back(f);
            if (colour[to] == White) {
                colour[to] = Grey;
                stack.push_back({to, 0});
            }
            continue;
        }
        colour[v] = Black;
        m_order.push_back(v);
        stack.pop_back();
    }
    std::reverse(m_order.begin(), m_order.end());
}

std::vector<double> FlowGraph::branchWeights(const Process &p, const std::vector<int> &flows,
                                             const std::vector<bool> &returns, bool complete)
{
    std::vector<double> weights(flows.size(), 0.0);
    if (flows.empty())
        return weights;
    const auto isReturn = [&](size_t i) { return size_t(flows[i]) < returns.size() && returns[flows[i]]; };
    std::vector<size_t> candidates;
    for (size_t i = 0; i < flows.size(); ++i)
        if (!complete || !isReturn(i))
            candidates.push_back(i);
    if (candidates.empty()) // every branch returns: nothing to leave out
        for (size_t i = 0; i < flows.size(); ++i)
            candidates.push_back(i);

    std::vector<std::optional<double>> prob(flows.size());
    double given = 0;
    int missing = 0;
    bool any = false;
    for (size_t i : candidates) {
        prob[i] = givenProbability(p.flows[flows[i]]);
        if (prob[i]) {
            any = true;
            given += *prob[i];
        } else {
            ++missing;
        }
    }
    if (any) {
        const double rest = missing ? std::max(0.0, 1.0 - given) / missing : 0.0;
        double total = 0;
        for (size_t i : candidates)
            total += prob[i].value_or(rest);
        if (total > 0) {
            for (size_t i : candidates)
                weights[i] = prob[i].value_or(rest) / total;
            return weights;
        }
        weights[candidates.front()] = 1;
        return weights;
    }
    // No probability given: the returns share the default, the first other branch the rest.
    std::vector<size_t> back, forward;
    for (size_t i : candidates)
        (isReturn(i) ? back : forward).push_back(i);
    if (forward.empty()) {
        for (size_t i : back)
            weights[i] = 1.0 / double(back.size());
        return weights;
    }
    const double returned = back.empty() ? 0.0 : defaultReturnShare;
    for (size_t i : back)
        weights[i] = returned / double(back.size());
    weights[forward.front()] = 1.0 - returned;
    return weights;
}

std::vector<double> FlowGraph::runs() const
{
    const int n = int(m_p.steps.size());
    std::vector<double> x(n, 0.0);
    if (start < 0)
        return x;
    const auto fromOf = [&](int f) { return index.value(m_p.flows[f].from); };
    // Gauss–Seidel in topological order of the forward flows: exact in one sweep without
    // loops; with loops a geometric series that converges while every loop can be left.
    constexpr int maxSweeps = 20000;
    for (int sweep = 0; sweep < maxSweeps; ++sweep) {
        double change = 0;
        for (int v : m_order) {
            double s = v == start ? 1.0 : 0.0;
            for (int f : in[v])
                s += x[fromOf(f)] * share[f];
            if (!onLoop[v])
                s = std::min(1.0, s);
            change = std::max(change, std::abs(s - x[v]));
            x[v] = s;
        }
        if (change < 1e-13)
            return x;
        if (*std::max_element(x.begin(), x.end()) > 1e6)
            break; // a loop nothing leaves
    }
    // Fallback: one pass, loops not repeated.
    std::fill(x.begin(), x.end(), 0.0);
    x[start] = 1;
    for (int v : m_order) {
        const double w = std::min(1.0, x[v]);
        x[v] = w;
        for (int f : m_forward[v])
            x[index.value(m_p.flows[f].to)] += w * share[f];
    }
    for (double &v : x)
        v = std::min(1.0, v);
    return x;
}

double FlowGraph::acyclicDays(const std::function<double(int)> &stepDays, bool complete) const
{
    std::vector<double> value(m_p.steps.size(), 0.0);
    // Reverse topological order: every forward successor is done before its step.
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        const int v = *it;
        const bool decision = m_p.steps[v].kind == StepKind::Decision;
        double next = 0;
        for (int f : m_forward[v]) {
            if (complete && returns[f])
                continue;
            const double to = value[index.value(m_p.flows[f].to)];
            next = decision ? next + (complete ? completeShare[f] : share[f]) * to : std::max(next, to);
        }
        value[v] = stepDays(v) + next;
    }
    return start < 0 ? 0.0 : value[start];
}

double FlowGraph::days(const std::function<double(int)> &stepDays, bool complete) const
{
    if (start < 0)
        return 0;
    if (complete)
        return acyclicDays(stepDays, true);
    // Value iteration over every flow, loops included (successors first).
    std::vector<double> value(m_p.steps.size(), 0.0);
    constexpr int maxSweeps = 20000;
    for (int sweep = 0; sweep < maxSweeps; ++sweep) {
        double change = 0;
        for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
            const int v = *it;
            const bool decision = m_p.steps[v].kind == StepKind::Decision;
            double next = 0;
            for (int f : out[v]) {
                const double to = value[index.value(m_p.flows[f].to)];
                next = decision ? next + share[f] * to : std::max(next, to);
            }
            const double s = stepDays(v) + next;
            change = std::max(change, std::abs(s - value[v]));
            value[v] = s;
        }
        if (change < 1e-13)
            return value[start];
        if (value[start] > 1e9)
            break; // a loop nothing leaves
    }
    return acyclicDays(stepDays, false);
}

QList<int> FlowGraph::flowOrder(const Process &p)
{
    QList<int> order;
    QSet<QString> seen;
    QStringList queue;
    for (const Step &s : p.steps)
        if (s.kind == StepKind::Start)
            queue << s.id;
    while (!queue.isEmpty()) {
        const QString id = queue.takeFirst();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const int i = p.stepIndex(id);
        if (i < 0)
            continue;
        order << i;
        for (const Flow &f : p.flows)
            if (f.from == id && !seen.contains(f.to))
                queue << f.to;
    }
    for (int i = 0; i < p.steps.size(); ++i) // steps no flow reaches still get their row
        if (!seen.contains(p.steps[i].id))
            order << i;
    return order;
}

} // namespace tthc
