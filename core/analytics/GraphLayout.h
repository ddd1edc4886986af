#pragma once

#include "core/analytics/NetworkGraph.h"
#include "core/util/Result.h"

#include <QPointF>

#include <functional>
#include <optional>
#include <vector>

namespace foothold {

// A force-directed layout of the network for the Network page: igraph's Fruchterman–Reingold
// with the grid option (fast on large graphs), me pinned at the centre.
//
// Meant to run off the UI thread: it reports progress and can be stopped between chunks of
// iterations, and it holds igraph's lock only while a chunk runs (so a path query is never
// kept waiting for a whole layout). Each chunk starts from where the last one stopped, at the
// temperature the schedule has reached, and re-seeds igraph's generator: the same input and
// seed give the same positions.

struct LayoutGraph {
    int nodeCount = 0;                       // node 0 is me
    std::vector<std::pair<int, int>> edges;
    std::vector<double> weights;             // attraction per edge, > 0
};

struct LayoutOptions {
    quint64 seed = 1;
    int iterations = 500;
    int chunk = 25;                          // iterations between progress reports
    // Where to start, per node (empty, or nodeCount entries); a missing one starts next to a
    // placed neighbour, or at random in the initial square.
    std::vector<std::optional<QPointF>> start;
    std::vector<char> pinned;                // nodes that must stay at their start (empty: none)
};

// Called after each chunk with iterations done and the total; return false to stop (the layout
// then fails with Error::Code::Cancelled).
using LayoutProgress = std::function<bool(int done, int total)>;

// Positions for every node, node 0 at (0, 0). Invalid for a malformed graph.
[[nodiscard]] Result<std::vector<QPointF>> computeLayout(const LayoutGraph &graph, const LayoutOptions &options,
                                                         const LayoutProgress &progress = {});

// The network as a layout graph: node 0 is me, node i + 1 is graph.person(i); my ties and the
// links are edges, pulling harder the stronger they are (weight 0.75 + 0.5 · strength), so close
// contacts sit near the centre.
[[nodiscard]] LayoutGraph layoutGraphOf(const NetworkGraph &graph);

} // namespace foothold
