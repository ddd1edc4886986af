#pragma once

#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <atomic>
#include <functional>

namespace foothold {

struct SampleOptions {
    int contacts = 300;          // 1 … 1,000,000
    quint32 seed = 2026;         // same seed, same data
};

struct SampleSummary {
    qint64 companies = 0;
    qint64 contacts = 0;
    qint64 links = 0;
    qint64 events = 0;
    qint64 conversations = 0;
    qint64 interviews = 0;
    qint64 applications = 0;
    qint64 followUps = 0;
};

// Generates a realistic, reproducible year and a half of networking and job search ending at the
// clock's today: companies (some of them targets), contacts connected through every channel,
// links between them and some prospects, events, conversations with talk shares, informational
// interviews in every stage, applications across all stages with dated histories and rounds, and
// follow-ups (done, due, overdue). Every record is marked sample, so removeSampleData() takes it all
// out in one step. One transaction: all or nothing. `progress` (0..1) and `cancel` may be empty.
Result<SampleSummary> generateSampleData(Database &db, const SampleOptions &options, const Clock &clock,
                                         const std::function<void(double)> &progress = {},
                                         const std::atomic_bool *cancel = nullptr);

// Deletes every record marked sample, in one transaction. A sample company or event that the
// user's own records still point at is kept and unmarked rather than breaking their records.
Status removeSampleData(Database &db);

// Whether the database holds any sample record.
Result<bool> hasSampleData(Database &db);

} // namespace foothold
