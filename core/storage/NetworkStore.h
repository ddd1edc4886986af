#pragma once

#include "core/domain/NetworkData.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QHash>

#include <functional>

namespace foothold {

struct NetworkLoadOptions {
    bool touches = true;          // every conversation per person (tie strength needs them)
    bool earlierJobs = true;      // employment history (reach over time needs it)
    bool dismissedLinks = false;  // links the user rejected (derivation needs them)
    // Reach needs less: no names (fill in the few it shows), links without kind, strength or
    // source, and companies only when they are targets (the others are known by id).
    bool names = true;
    bool tieDetails = true;       // role, override, where met, introduced by
    bool linkDetails = true;
    bool targetCompaniesOnly = false;
    // Only the people around this contact (itself, its introducer and those it introduced, and
    // those at its company or met at its event) and its own links: what deriving its links needs.
    ContactId around;
};

// Reads the network in lean rows (NetworkData) for analytics; the queries fetch only the columns
// the graph needs, so a network of 100,000 people loads in a fraction of a second. Links are
// written through LinkStore; this store writes only the Network page's node positions. Errors come back as Result with SQLite's reason.
class NetworkStore {
public:
    explicit NetworkStore(Database &db) : m_db(db) {}

    Result<NetworkData> load(const NetworkLoadOptions &options = {});
    // Display names of the given contacts (for results computed on a load without names).
    Result<QHash<qint64, QString>> namesOf(const QList<ContactId> &ids);

    // Start day (UTC) of every event, by event id.
    Result<QHash<qint64, QDate>> eventDays();
    // Events where a company is expected (sponsor, exhibitor, hiring, attending), by start.
    Result<QList<EventMention>> eventsOfCompany(CompanyId company);
    // Events where a person is expected or speaks, by start.
    Result<QList<EventMention>> eventsOfContact(ContactId contact);

    // Stored positions of the Network page, by contact id.
    Result<QHash<qint64, NodePosition>> positions();
    // Replaces every stored position with `positions` (one transaction; the layout's result).
    // `proceed` (optional) is asked once the write lock is held, before anything is written: false
    // stores nothing and returns a Cancelled error. A stop asked for while the layout waited for
    // the lock is then still honoured.
    Status savePositions(const QHash<qint64, NodePosition> &positions, const QDateTime &now,
                         const std::function<bool()> &proceed = {});
    // One contact moved (or pinned) by the user.
    Status setPosition(ContactId contact, const NodePosition &position, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace foothold
