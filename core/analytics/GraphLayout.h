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
// Meant to run off the UI thread. It runs as one igraph call (igraph's grid places people in
// cells once per call, so splitting the run into chunks re-sorts a crowded layout and costs
// twenty times more), holding igraph's lock throughout; progress and stopping go through
// igraph's interruption hook, which the layout checks once per iteration. igraph's generator is
// seeded first: the same input and seed give the same positions.
//
// My ties are not forces: every connection would be pulled into one dense disc around me.
// Contacts with no link stay at their starting place instead, on a spiral around me, nearer the
// stronger my tie to them; the links between contacts shape the rest.

struct LayoutGraph {
    int nodeCount = 0;                       // node 0 is me
    std::vector<std::pair<int, int>> edges;
    std::vector<double> weights;             // attraction per edge, > 0
    std::vector<double> closeness;           // per node, 0..1: where an unlinked node starts (empty: all 0)
};

struct LayoutOptions {
    quint64 seed = 1;
    // igraph suggests 500; half as many give the same picture of a large network at half the
    // time (measured on 30,000 people: links as short and colleagues nearly as close, relative
    // to the picture's size, as after 500; docs/PERFORMANCE.md, "Network reach").
    int iterations = 250;
    // Where to start, per node (empty, or nodeCount entries); a missing one starts next to a
    // placed neighbour, on the spiral when it has no link, or at random in the initial square.
    std::vector<std::optional<QPointF>> start;
    std::vector<char> pinned;                // nodes that must stay at their start (empty: none)
};

// Called from the layout with iterations done and the total (about a hundred times, and once at
// the end with done == total), on the layout's thread and under igraph's lock: it must not use
// igraph. Return false to stop; the layout then fails with Error::Code::Cancelled.
using LayoutProgress = std::function<bool(int done, int total)>;

// Positions for every node, node 0 at (0, 0). Invalid for a malformed graph.
[[nodiscard]] Result<std::vector<QPointF>> computeLayout(const LayoutGraph &graph, const LayoutOptions &options,
                                                         const LayoutProgress &progress = {});

// The network as a layout graph: node 0 is me, node i + 1 is graph.person(i); the links are
// edges, pulling harder the stronger they are (weight 0.75 + 0.5 · strength); closeness is my tie.
[[nodiscard]] LayoutGraph layoutGraphOf(const NetworkGraph &graph);

} // namespace foothold
