#pragma once

#include "core/domain/Ids.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QList>

namespace foothold {

// Two contacts an import could not tell apart nor together (see migration 0002).
struct DuplicateCandidate {
    qint64 id = 0;
    ContactId first;   // the lower id
    ContactId second;
    QString reason;    // "same name, another company (Lumen / Orbit)"
    QString source;    // where it was found: "Connections.csv:57"
    bool dismissed = false;
    QDateTime createdAt;
};

// Likely duplicates waiting for the user: listed for a merge (ContactMerger) or dismissed.
// Pairs are unordered; the store keeps the lower id first. Write inside a transaction.
class DuplicateStore {
public:
    explicit DuplicateStore(Database &db, const Clock &clock = SystemClock::instance()) : m_db(db), m_clock(clock) {}

    // Records the pair unless it is already known (dismissed or not). True when it was new.
    Result<bool> add(ContactId a, ContactId b, const QString &reason, const QString &source);
    QList<DuplicateCandidate> list(bool includeDismissed = false);
    Status setDismissed(qint64 id, bool dismissed);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
