#pragma once
// The flows of a process as an indexed graph, for the measures that walk it (visits, hours,
// costs, elapsed and processing days): step index by id, the start, the outgoing flows of
// each step in file order, which flows of a decision return to an earlier step (a request to
// complete the dossier), how a decision's branches are weighted, how many times one dossier
// goes through each step, and the expected days along the flow.
//
// The path of one dossier (the rules every measure shares, stated in Help):
// - every flow out of a task is followed (parallel work when there are several);
// - at a decision each branch is taken with its probability: the flow's "probability" when
//   given, the branches without one sharing what is left; when none of the decision's flows
//   gives one, the returns together take defaultReturnShare (10 %, shared equally) and the
//   first other branch the rest;
// - a return is repeated as often as its probability says: with a 10 % return a step inside
//   the loop is carried out 1 / (1 − 0.1) = 1.11 times per dossier on average;
// - a step outside every loop is carried out at most once, even where parallel paths meet.
#include "types.h"

#include <QHash>
#include <functional>
#include <vector>

namespace tthc {

class FlowGraph {
public:
    // The share of dossiers returned at a decision for completing when its flows give no
    // probability: an illustrative default, stated in the UI; enter the procedure's own share
    // (the one-stop statistics) on the flow.
    static constexpr double defaultReturnShare = 0.10;

    explicit FlowGraph(const Process &p);
    QHash<QString, int> index;            // step id → index in Process::steps
    int start = -1;                       // the first start step, or -1
    std::vector<std::vector<int>> out;    // flow indices leaving each step, in file order
    std::vector<std::vector<int>> in;     // flow indices entering each step
    std::vector<bool> returns;            // per flow: leaves a decision and leads back to it
    std::vector<double> share;            // per flow: the share of the dossiers at its step that take it
    std::vector<double> completeShare;    // per flow: the same for a complete dossier (no return)
    std::vector<bool> onLoop;             // per step: on a cycle of flows

    // Weights (summing to 1) of the branches `flows` leaving one decision, by the rules above
    // (`returns` per flow of the process); `complete` leaves the returns out (a complete dossier).
    static std::vector<double> branchWeights(const Process &p, const std::vector<int> &flows,
                                             const std::vector<bool> &returns, bool complete = false);

    // How many times one dossier goes through each step (by index), by the rules above; a loop
    // that never exits (no decision on it) counts once.
    std::vector<double> runs() const;
    // The expected days from the start to an end: each step adds `days(step index)`; after a
    // task the longest of its paths, after a decision the branches weighted by their shares;
    // `complete`: the path of a complete dossier (returns left out). 0 without a start.
    double days(const std::function<double(int)> &stepDays, bool complete) const;

    // Step indices in flow order: breadth-first from the start steps along the flows, then the
    // steps no flow reaches (the order of the Phụ lục table and of the dossier's step tables).
    static QList<int> flowOrder(const Process &p);

private:
    const Process &m_p;
    std::vector<int> m_order; // depth-first reverse postorder from the start (reachable steps)
    std::vector<std::vector<int>> m_forward; // per step: out flows that are not depth-first back edges
    double acyclicDays(const std::function<double(int)> &stepDays, bool complete) const;
};

} // namespace tthc
