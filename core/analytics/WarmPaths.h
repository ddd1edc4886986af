#pragma once

#include "core/analytics/NetworkGraph.h"
#include "core/util/Result.h"

namespace foothold {

// Warm-introduction paths (docs/NETWORK.md, "Paths"): from me to a company (anyone who works
// there now) or to one person, along my ties and the links between contacts.
//
// A path's score is the product of the tie strengths along it; the best k paths are found with
// igraph's k shortest paths (Yen) on edge costs −log(strength). Among equal scores, fewer hops
// come first (a direct contact at the company before an introduction of the same strength),
// then names in alphabetical order. A path to a company ends at the first person who works there.

struct PathHop {
    ContactId id;
    QString name;
    CompanyId company;
    QString companyName;
    QString link;             // "connection" for the first hop (my own tie), else the link kind's key
    LinkSource source = LinkSource::Manual; // of the link (not meaningful for the first hop)
    bool inferred = false;    // the link was inferred, not entered
    double strength = 0.0;    // of the tie into this hop
    QString why;              // "strong: 6 conversations, last 12 days ago" / "Ana knows Ben (entered)"
};

struct WarmPath {
    double score = 0.0;       // product of the hops' strengths
    QList<PathHop> hops;      // the first is the contact I ask
};

struct PathTarget {
    CompanyId company;        // either a company…
    ContactId contact;        // …or a person
    static PathTarget toCompany(CompanyId id) { return {id, {}}; }
    static PathTarget toContact(ContactId id) { return {{}, id}; }
};

struct PathSearchOptions {
    // Search only the part of the graph the best k paths can touch (exact; see WarmPaths.cpp).
    // Off: hand igraph the whole graph (for tests that check the pruning, and for comparison).
    bool prune = true;
};

// The best `k` paths, best first; empty when there is none. NotFound for a person who is not in
// the graph; Invalid for k < 1. Thread-safe: igraph calls are serialised inside.
[[nodiscard]] Result<QList<WarmPath>> findWarmPaths(const NetworkGraph &graph, const PathTarget &target, int k = 5,
                                                    const PathSearchOptions &options = {});

} // namespace foothold
