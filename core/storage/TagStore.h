#pragma once

#include "core/storage/Database.h"

#include <QHash>
#include <QStringList>

namespace foothold {

// Tags are shared by contacts and events; names are unique ignoring case. Used by the stores that
// own tagged records; call inside their transaction.
class TagStore {
public:
    explicit TagStore(Database &db) : m_db(db) {}

    // The id of the tag called `name`, created when new. Cached for the life of this object.
    Result<qint64> ensure(const QString &name);
    // All tag names in use, sorted case-insensitively.
    [[nodiscard]] QStringList allNames();

    // Replaces the tags of one row of `linkTable` (contact_tags or event_tags).
    Status setTags(const QString &linkTable, const QString &ownerColumn, qint64 ownerId, const QStringList &tags);

private:
    Database &m_db;
    QHash<QString, qint64> m_cache; // folded name -> id
    QHash<QString, qint64> m_exact; // name as asked for -> id (no folding for a name met before)
};

// Tags as people type them: trimmed, empty ones dropped, duplicates (ignoring case) removed.
[[nodiscard]] QStringList cleanTags(const QStringList &tags);

} // namespace foothold
