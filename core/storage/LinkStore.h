#pragma once

#include "core/domain/Link.h"
#include "core/storage/Database.h"

#include <QList>

namespace foothold {

// Ties between contacts. Symmetric kinds (knows, works with) are stored with the lower id first,
// so the same tie entered either way round is one row.
class LinkStore {
public:
    explicit LinkStore(Database &db) : m_db(db) {}

    // Refuses a link to oneself, a strength outside 0..1, and a second link of the same kind
    // between the same two people (Conflict).
    Result<LinkId> insert(Link link);
    // Inserts all in one transaction, assigning ids back into `links` (canonical order applied).
    // All or nothing; the first invalid link is reported with its position. Used by link
    // derivation and bulk loads; a large batch is announced as a reset rather than row by row.
    Status insertMany(QList<Link> &links);
    Status update(const Link &link);
    Status remove(LinkId id);
    // Marks an inferred link as rejected by the user; it stays rejected across re-imports.
    Status setDismissed(LinkId id, bool dismissed);

    Result<Link> get(LinkId id);
    QList<Link> list(bool includeDismissed = false);
    QList<Link> linksOf(ContactId contact, bool includeDismissed = false);
    Result<qint64> count();

private:
    Database &m_db;
};

[[nodiscard]] bool isSymmetric(LinkKind kind);

} // namespace foothold
