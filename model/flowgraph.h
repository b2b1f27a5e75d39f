#pragma once
// The flows of a process as an indexed graph, for the measures that walk it (elapsed days,
// the steps a dossier goes through): step index by id, the start, the outgoing flows of each
// step in file order (the first is a decision's most likely branch), and how a decision's
// branches are weighted from their optional "probability".
#include "types.h"

#include <QHash>
#include <vector>

namespace tthc {

class FlowGraph {
public:
    explicit FlowGraph(const Process &p);
    QHash<QString, int> index;            // step id → index in Process::steps
    int start = -1;                       // the first start step, or -1
    std::vector<std::vector<int>> out;    // flow indices leaving each step, in file order

    // Weights (summing to 1) of the given branches of a decision: the probabilities given on
    // the flows, the branches without one sharing what is left, normalised; without any
    // probability (or if they add up to nothing), the first branch takes it all.
    static std::vector<double> branchWeights(const Process &p, const std::vector<int> &flows);

    // Step indices in flow order: breadth-first from the start steps along the flows, then the
    // steps no flow reaches (the order of the Phụ lục table and of the dossier's step tables).
    static QList<int> flowOrder(const Process &p);
};

} // namespace tthc
