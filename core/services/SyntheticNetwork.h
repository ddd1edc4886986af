#pragma once

#include "core/domain/NetworkData.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace foothold {

// A made-up network for benchmarks (foothold-cli generate-network, tests/benchmarks): people
// clustered in companies of very different sizes, links mostly inside a company and some across,
// a share of prospects, people who changed jobs, and logged conversations. Deterministic: the
// same spec gives the same network. Not the sample data of the app (see 'foothold-cli sample').
struct SyntheticNetworkSpec {
    int contacts = 1000;
    int links = 5000;
    int companies = 0;          // 0: one per ten contacts
    int targets = 20;           // the largest companies get a target priority
    int conversations = 0;      // 0: one per five contacts
    double prospectShare = 0.1;
    double movedShare = 0.1;    // people with an earlier job at another company
    quint64 seed = 1;
    QDate today = QDate(2026, 6, 15);
};

// Ids are 1..n for people, companies and links, in order. Pure.
[[nodiscard]] NetworkData generateSyntheticNetwork(const SyntheticNetworkSpec &spec);

// Writes `data` (as generated: ids 1..n) into an empty database, in one transaction, every
// record marked as sample data. Refuses a database that already has contacts or companies.
Status writeSyntheticNetwork(Database &db, const NetworkData &data, const Clock &clock);

} // namespace foothold
