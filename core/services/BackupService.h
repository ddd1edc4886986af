#pragma once

#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QByteArray>

namespace foothold {

// The full JSON backup (see BackupJson.h for the format) and its restore.
//
// backup() writes every table, ids and AUTOINCREMENT counters included, read in one snapshot.
// restore() puts a backup back in one transaction: restoring into an empty database reproduces
// it exactly (a backup of it gives the same bytes, at the same clock); restoring over data is
// refused unless `replace` is set, and then everything there is replaced. A backup from an older
// schema goes through the migrations first (in a temporary database); one from a newer schema is
// refused. Errors come back as Error: Parse (with `location` FILE[:LINE]) for a bad file,
// Conflict for data in the way, Database for SQLite's refusals; nothing is changed on any error.
class BackupService {
public:
    explicit BackupService(Database &db, const Clock &clock = SystemClock::instance()) : m_db(db), m_clock(clock) {}

    Result<QByteArray> backup();
    Status restore(const QByteArray &json, const QString &sourceName, bool replace);

    // True when the database holds anything of the user's; the question bank the first
    // migration seeds does not count while it is as seeded.
    Result<bool> holdsData();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
