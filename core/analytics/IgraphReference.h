#pragma once

#include "core/util/Result.h"

#include <memory>

namespace foothold {

// The reference workloads of docs/PERFORMANCE.md ("Network reach"), measured with plain igraph
// in the same run as our own figures: k shortest paths (Yen) and the grid Fruchterman–Reingold
// layout on a random graph (G(n, m), weights uniform in [0.1, 1)). Here, behind our own type,
// because nothing outside core/analytics includes igraph.
class IgraphReference {
public:
    ~IgraphReference();
    IgraphReference(const IgraphReference &) = delete;
    IgraphReference &operator=(const IgraphReference &) = delete;

    static Result<std::unique_ptr<IgraphReference>> randomGraph(int nodes, int edges, quint64 seed);

    // igraph_get_k_shortest_paths between two vertices, on the weights or on hop counts;
    // returns how many paths it found.
    Result<int> kShortestPaths(int from, int to, int k, bool weighted = true);
    // igraph_layout_fruchterman_reingold with the grid option, from a random start.
    Status gridLayout(int iterations);

private:
    IgraphReference();
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace foothold
