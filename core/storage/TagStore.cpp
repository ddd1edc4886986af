#include "core/storage/TagStore.h"

#include "core/storage/SqlSupport.h"

#include <QSet>

namespace foothold {

QStringList cleanTags(const QStringList &tags)
{
    QStringList out;
    out.reserve(tags.size());
    // A record has a handful of tags: the folded keys are searched in a list (a hash set per
    // record was most of this function's time when thousands of events are imported).
    const bool few = tags.size() <= 16;
    QStringList seenFew;
    QSet<QString> seenMany;
    for (const QString &tag : tags) {
        const QString trimmed = tag.simplified();
        if (trimmed.isEmpty())
            continue;
        const QString key = trimmed.toCaseFolded();
        if (few ? seenFew.contains(key) : seenMany.contains(key))
            continue;
        few ? seenFew.append(key) : void(seenMany.insert(key));
        out << trimmed;
    }
    return out;
}

Result<qint64> TagStore::ensure(const QString &name)
{
    if (auto it = m_exact.constFind(name); it != m_exact.constEnd())
        return *it;
    const QString key = name.toCaseFolded();
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        m_exact.insert(name, *it);
        return *it;
    }
    auto &db = m_db.connection();
    if (auto status = sql::run(db, QStringLiteral("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"),
                               {name});
        !status)
        return status.error();
    auto id = sql::scalar(db, QStringLiteral("SELECT id FROM tags WHERE name = ?"), {name});
    if (!id)
        return id.error();
    m_cache.insert(key, id->toLongLong());
    m_exact.insert(name, id->toLongLong());
    m_db.recordChange({Entity::Tag, ChangeKind::Inserted, id->toLongLong(), {}});
    return id->toLongLong();
}

QStringList TagStore::allNames()
{
    QStringList names;
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"));
    if (!query || !sql::exec(*query))
        return names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

Status TagStore::setTags(const QString &linkTable, const QString &ownerColumn, qint64 ownerId,
                         const QStringList &tags)
{
    auto &db = m_db.connection();
    // Table and column names come from our own code, never from input.
    if (auto status = sql::run(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(linkTable, ownerColumn), {ownerId});
        !status)
        return status;
    if (tags.isEmpty())
        return {};
    auto insert = sql::prepare(db, QStringLiteral("INSERT OR IGNORE INTO %1(%2, tag_id) VALUES (?, ?)").arg(linkTable, ownerColumn));
    if (!insert)
        return insert.error();
    for (const QString &tag : cleanTags(tags)) {
        auto id = ensure(tag);
        if (!id)
            return id.error();
        if (auto status = sql::exec(*insert, {ownerId, *id}); !status)
            return status;
    }
    return {};
}

} // namespace foothold
