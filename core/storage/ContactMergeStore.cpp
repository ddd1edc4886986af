#include "core/storage/ContactMergeStore.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>

namespace foothold {

Status ContactMergeStore::moveReferencesAndDelete(ContactId from, ContactId into)
{
    auto &db = m_db.connection();
    if (!from.isValid() || !into.isValid() || from == into)
        return Error::invalid(QStringLiteral("contact"), QCoreApplication::translate("ContactMerge", "a merge needs two different contacts"));
    const qint64 f = from.value;
    const qint64 t = into.value;

    // Suggestions about `from` are answered by the merge.
    if (auto s = sql::run(db, QStringLiteral("DELETE FROM duplicate_candidates WHERE contact_id = ? OR other_id = ?"), {f, f}); !s)
        return s;
    // Earlier positions keep their order, after those of `into`.
    if (auto s = sql::run(db, QStringLiteral("UPDATE contact_positions SET contact_id = ?, position = position + "
                                             "(SELECT coalesce(max(position) + 1, 0) FROM contact_positions WHERE contact_id = ?) "
                                             "WHERE contact_id = ?"),
                          {t, t, f});
        !s)
        return s;

    // Every other column that refers to a contact.
    auto references = sql::prepare(db, QStringLiteral("SELECT m.name, k.\"from\", i.\"notnull\" OR i.pk > 0 FROM sqlite_schema m "
                                                      "JOIN pragma_foreign_key_list(m.name) k JOIN pragma_table_info(m.name) i "
                                                      "ON i.name = k.\"from\" WHERE m.type = 'table' AND k.\"table\" = 'contacts' "
                                                      "ORDER BY m.name, k.\"from\""));
    if (!references)
        return references.error();
    if (auto s = sql::exec(*references); !s)
        return s;
    struct Reference {
        QString table;
        QString column;
        bool notNull;
    };
    QList<Reference> found;
    while (references->next())
        found.append({references->value(0).toString(), references->value(1).toString(), references->value(2).toBool()});
    for (const Reference &r : found) {
        const QString table = QLatin1Char('"') + r.table + QLatin1Char('"');
        const QString column = QLatin1Char('"') + r.column + QLatin1Char('"');
        // A contact's own row is the exception: never make `into` its own introducer.
        const QString notSelf = r.table == QLatin1String("contacts") ? QStringLiteral(" AND id <> %1").arg(t) : QString();
        if (auto s = sql::run(db, QStringLiteral("UPDATE OR IGNORE %1 SET %2 = ? WHERE %2 = ?%3").arg(table, column, notSelf), {t, f}); !s)
            return s;
        const QString leftover = r.notNull ? QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, column)
                                           : QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %2 = ?").arg(table, column);
        if (auto s = sql::run(db, leftover, {f}); !s)
            return s;
    }
    // Symmetric ties are stored lower id first; a moved one may now be the wrong way round, or
    // the same tie as one `into` already had.
    if (auto s = sql::run(db, QStringLiteral("UPDATE OR IGNORE links SET from_id = to_id, to_id = from_id "
                                             "WHERE kind IN ('knows', 'works-with') AND from_id > to_id"));
        !s)
        return s;
    if (auto s = sql::run(db, QStringLiteral("DELETE FROM links WHERE kind IN ('knows', 'works-with') AND from_id > to_id")); !s)
        return s;

    auto remove = sql::prepare(db, QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    if (!remove)
        return remove.error();
    if (auto s = sql::exec(*remove, {f}); !s)
        return s;
    if (remove->numRowsAffected() == 0)
        return Error::notFound(QCoreApplication::translate("ContactMerge", "contact %1 does not exist").arg(f));
    return {};
}

} // namespace foothold
