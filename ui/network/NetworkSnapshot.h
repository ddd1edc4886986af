#pragma once

#include "core/analytics/NetworkGraph.h"
#include "core/analytics/Reach.h"
#include "core/storage/NetworkViewStore.h"

#include <QDateTime>
#include <QHash>

#include <array>

namespace foothold {

// Everything the Network page shows, read at once on a worker thread (a network of 100,000
// people takes a noticeable part of a second to load) and then only read on the UI thread.
struct NetworkSnapshot {
    NetworkGraph graph;
    QHash<qint64, NodePosition> positions;  // stored layout, by contact id
    Reach reach;
    NetworkViewDetails details;             // channel and tags per person
    // People by their distance from me: 1st = my connections, 2nd = linked to one of them, 3rd
    // = linked to a 2nd; index 0 unused. Prospects count where a link puts them.
    std::array<int, 4> peopleByDegree{};
    std::vector<int> degreeOf;              // per person index: 1, 2, 3, or 0 (further or unreached)
};

// Opens its own Database on `path` (call it on the worker thread) and reads the snapshot as of
// `now`. Errors come back with SQLite's or igraph's reason.
[[nodiscard]] Result<NetworkSnapshot> loadNetworkSnapshot(const QString &path, const QDateTime &now);

// Distances from me over the graph's ties (my connections are 1), up to `maxDegree`; 0 beyond.
[[nodiscard]] std::vector<int> degreesFromMe(const NetworkGraph &graph, int maxDegree = 3);

} // namespace foothold
