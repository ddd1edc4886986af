#include "core/storage/DuplicateStore.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>

namespace foothold {

Result<bool> DuplicateStore::add(ContactId a, ContactId b, const QString &reason, const QString &source)
{
    if (!a.isValid() || !b.isValid() || a == b)
        return Error::invalid(QStringLiteral("contact"), QCoreApplication::translate("DuplicateStore", "a duplicate needs two contacts"));
    const ContactId low = qMin(a, b);
    const ContactId high = qMax(a, b);
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("INSERT INTO duplicate_candidates(contact_id, other_id, reason, source, created_at) "
                                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT(contact_id, other_id) DO NOTHING"));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, {low.value, high.value, reason, source, sql::isoUtc(m_clock.nowUtc())}); !s)
        return s.error();
    const bool added = query->numRowsAffected() > 0;
    if (added)
        m_db.recordChange({Entity::DuplicateCandidate, ChangeKind::Inserted, query->lastInsertId().toLongLong(), {}});
    return added;
}

QList<DuplicateCandidate> DuplicateStore::list(bool includeDismissed)
{
    QList<DuplicateCandidate> out;
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT id, contact_id, other_id, reason, source, dismissed, created_at FROM duplicate_candidates "
                                             "WHERE dismissed = 0 OR ? ORDER BY id"));
    if (!query || !sql::exec(*query, {int(includeDismissed)}))
        return out;
    while (query->next())
        out.append({query->value(0).toLongLong(), ContactId(query->value(1).toLongLong()), ContactId(query->value(2).toLongLong()),
                    query->value(3).toString(), query->value(4).toString(), query->value(5).toBool(), sql::toDateTime(query->value(6))});
    return out;
}

Status DuplicateStore::setDismissed(qint64 id, bool dismissed)
{
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(), QStringLiteral("UPDATE duplicate_candidates SET dismissed = ? WHERE id = ?"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {int(dismissed), id}); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(QCoreApplication::translate("DuplicateStore", "duplicate %1 does not exist").arg(id));
        m_db.recordChange({Entity::DuplicateCandidate, ChangeKind::Updated, id, {QStringLiteral("dismissed")}});
        return {};
    });
}

} // namespace foothold
