#pragma once

#include "core/storage/Database.h"

namespace foothold {

// The SQL side of sample data: whether there is any, and removing all of it.
class SampleStore {
public:
    explicit SampleStore(Database &db) : m_db(db) {}

    Result<bool> hasAny();
    // Deletes every row marked sample (dependents first), in one transaction, and announces a reset.
    // Sample companies and events that non-sample records still refer to are kept and unmarked.
    Status removeAll();

private:
    Database &m_db;
};

} // namespace foothold
