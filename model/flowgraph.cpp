#include "flowgraph.h"

#include <QSet>

#include <QJsonValue>
#include <optional>

namespace tthc {

FlowGraph::FlowGraph(const Process &p) : out(p.steps.size())
{
    for (int i = 0; i < p.steps.size(); ++i) {
        index.insert(p.steps[i].id, i);
        if (start < 0 && p.steps[i].kind == StepKind::Start)
            start = i;
    }
    for (int f = 0; f < p.flows.size(); ++f) {
        const int from = index.value(p.flows[f].from, -1), to = index.value(p.flows[f].to, -1);
        if (from >= 0 && to >= 0)
            out[from].push_back(f);
    }
}

std::vector<double> FlowGraph::branchWeights(const Process &p, const std::vector<int> &flows)
{
    std::vector<double> weights(flows.size(), 0.0);
    if (flows.empty())
        return weights;
    double given = 0;
    int missing = 0;
    bool any = false;
    std::vector<std::optional<double>> prob;
    for (int f : flows) {
        const QJsonValue pv = p.flows[f].extra.value(QStringLiteral("probability"));
        if (pv.isDouble()) {
            any = true;
            prob.push_back(std::max(0.0, pv.toDouble()));
            given += *prob.back();
        } else {
            prob.push_back(std::nullopt);
            ++missing;
        }
    }
    const double share = missing ? std::max(0.0, 1.0 - given) / missing : 0.0;
    double total = 0;
    if (any)
        for (const auto &pr : prob)
            total += pr.value_or(share);
    if (total <= 0) {
        weights.front() = 1;
        return weights;
    }
    for (size_t i = 0; i < flows.size(); ++i)
        weights[i] = prob[i].value_or(share) / total;
    return weights;
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
