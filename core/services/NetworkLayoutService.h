#pragma once

#include "core/analytics/GraphLayout.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QHash>

namespace foothold {

struct NetworkLayoutRequest {
    quint64 seed = 1;
    int iterations = LayoutOptions().iterations;
    // Start from scratch (only pinned contacts keep their place) instead of from the stored
    // positions.
    bool fresh = false;
};

// Lays out the Network page and stores the positions, so the next opening shows the graph at
// once (NetworkStore::positions()) without computing anything.
//
// Threading: meant for a worker thread that opened its own Database on the same file (Qt Sql
// connections are per thread). Progress and cancel go through `progress` (see GraphLayout.h);
// a cancelled layout stores nothing. Positions of contacts deleted meanwhile are dropped.
class NetworkLayoutService {
public:
    NetworkLayoutService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Positions by contact id (me is at the origin and not included).
    Result<QHash<qint64, NodePosition>> run(const NetworkLayoutRequest &request, const LayoutProgress &progress = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
