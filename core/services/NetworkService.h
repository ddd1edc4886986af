#pragma once

#include "core/analytics/NearestHelp.h"
#include "core/analytics/NetworkGraph.h"
#include "core/analytics/Reach.h"
#include "core/analytics/WarmPaths.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace foothold {

// The answer to "how do I get to X": the best paths, or (when there is none) the nearest help.
struct PathsAnswer {
    QString goal;              // the company's or the person's name
    bool goalIsCompany = false;
    int peopleThere = 0;       // for a company: how many people in my records work there now
    QList<WarmPath> paths;     // best first
    NearestHelp help;          // filled when `paths` is empty
};

// Loads the network and answers path questions over it. One instance per thread (it uses the
// thread's Database); the graph it returns can be kept and queried again with paths().
class NetworkService {
public:
    NetworkService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Every person, live link and conversation, with tie strengths as of the clock's today.
    Result<NetworkGraph> loadGraph();
    Result<PathsAnswer> paths(const NetworkGraph &graph, const PathTarget &target, int k = 5);
    // Reach as of the clock's today, read with a lean load (no tie strengths, no names but the
    // brokers').
    Result<Reach> reach(const ReachOptions &options = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
