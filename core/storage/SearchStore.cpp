#include "core/storage/SearchStore.h"

#include "core/storage/SqlSupport.h"

namespace foothold {
namespace {

QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

QString likePrefix(const QString &text)
{
    return escapeLike(text) + QLatin1Char('%');
}

// An FTS5 string literal: the word in double quotes, quotes doubled. Matched as a substring by
// the trigram tokenizer; no operator in user text is ever interpreted.
QString ftsPhrase(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// What each kind shows and searches. `haystack` lists SQL expressions any of which may contain a
// word; %1 in a haystack expression is the LIKE pattern. `title` is also what ranks first.
struct Kind {
    Entity entity;
    const char *select;  // id, title, detail, kind key, when (text), day (text)
    const char *from;
    const char *haystack;
    const char *title;   // expression to rank and order by
    const char *order;   // tie-break order
};

const Kind kKinds[] = {
    {Entity::Company,
     "co.id, co.name, trim(co.industry || ' · ' || co.location, ' ·'), '', NULL, NULL",
     "companies co",
     "co.name LIKE %1 ESCAPE '\\' OR co.industry LIKE %1 ESCAPE '\\' OR co.location LIKE %1 ESCAPE '\\' "
     "OR EXISTS (SELECT 1 FROM company_aliases al WHERE al.company_id = co.id AND al.alias LIKE %1 ESCAPE '\\')",
     "co.name", "co.name COLLATE NOCASE, co.id"},
    {Entity::Event,
     "e.id, e.name, e.location, e.kind, e.start_utc, NULL",
     "events e",
     "e.name LIKE %1 ESCAPE '\\' OR e.location LIKE %1 ESCAPE '\\'",
     "e.name", "e.start_utc DESC, e.id"},
    {Entity::Conversation,
     "v.id, (SELECT group_concat(p.name, ', ') FROM conversation_contacts pc JOIN contacts p ON p.id = pc.contact_id "
     "WHERE pc.conversation_id = v.id), substr(replace(v.notes, char(10), ' '), 1, 120), v.kind, v.occurred_at, NULL",
     "conversations v",
     // Participants through one uncorrelated subquery per word (evaluated once), not one per
     // conversation: 60 ms on 20,000 conversations became a few.
     "v.notes LIKE %1 ESCAPE '\\' OR v.next_step LIKE %1 ESCAPE '\\' OR v.id IN (SELECT pc.conversation_id FROM "
     "conversation_contacts pc WHERE pc.contact_id IN (%2))",
     "''", "v.occurred_at DESC, v.id"},
    {Entity::InformationalInterview,
     "i.id, p.name, coalesce(co.name, ''), i.stage, i.scheduled_at, NULL",
     "informational_interviews i JOIN contacts p ON p.id = i.contact_id LEFT JOIN companies co ON co.id = i.company_id",
     "p.name LIKE %1 ESCAPE '\\' OR co.name LIKE %1 ESCAPE '\\' OR i.insights LIKE %1 ESCAPE '\\' "
     "OR i.notes LIKE %1 ESCAPE '\\'",
     "p.name", "p.name COLLATE NOCASE, i.id"},
    {Entity::Application,
     "a.id, a.role, co.name, a.stage, NULL, NULL",
     "applications a JOIN companies co ON co.id = a.company_id",
     "a.role LIKE %1 ESCAPE '\\' OR co.name LIKE %1 ESCAPE '\\' OR a.location LIKE %1 ESCAPE '\\' "
     "OR a.notes LIKE %1 ESCAPE '\\'",
     "a.role", "a.updated_at DESC, a.id"},
    {Entity::FollowUp,
     "f.id, f.title, substr(replace(f.notes, char(10), ' '), 1, 120), CASE WHEN f.done_at IS NULL THEN 'open' ELSE 'done' END, "
     "NULL, f.due",
     "follow_ups f",
     "f.title LIKE %1 ESCAPE '\\' OR f.notes LIKE %1 ESCAPE '\\'",
     "f.title", "f.done_at IS NOT NULL, f.due DESC, f.id"},
};

SearchRow rowFrom(Entity entity, const QSqlQuery &query)
{
    SearchRow row;
    row.entity = entity;
    row.id = query.value(0).toLongLong();
    row.title = query.value(1).toString();
    row.detail = query.value(2).toString();
    row.kindKey = query.value(3).toString();
    row.when = sql::toDateTime(query.value(4));
    row.day = sql::toDate(query.value(5));
    return row;
}

} // namespace

Result<QList<SearchRow>> SearchStore::find(Entity entity, const QStringList &words, int limit)
{
    if (words.isEmpty() || limit <= 0)
        return QList<SearchRow>();
    if (entity == Entity::Contact)
        return contacts(words, limit);
    return others(entity, words, limit);
}

Result<QList<SearchRow>> SearchStore::contacts(const QStringList &words, int limit)
{
    QStringList phrases;
    sql::Filter where;
    for (const QString &word : words) {
        if (word.size() >= 3)
            phrases << ftsPhrase(word);
        else // too short for a trigram: the start of a word of the name
            where.add(QStringLiteral("c.name LIKE %1 ESCAPE '\\' OR c.name LIKE '% ' || %1 ESCAPE '\\'"), likePrefix(word));
    }
    const QString columns = QStringLiteral("c.id, c.name, trim(c.headline || ' · ' || coalesce(co.name, ''), ' ·'), '', NULL, NULL");
    const QString prefix = likePrefix(words.first());
    const bool firstIsPhrase = words.first().size() >= 3;
    // Two steps, so that a common word (40,000 contacts are engineers) is never read or sorted
    // whole: (1) names that start with the first word, in name order, found through the index's
    // name column; (2) any others, in the index's order, stopping at the limit. With trigrams the
    // index drives the join (rows stream out of it); without, the names are scanned.
    QList<SearchRow> out;
    for (const bool startsWithWord : {true, false}) {
        QString statement;
        QVariantList bound;
        if (!phrases.isEmpty()) {
            QStringList query = phrases;
            if (startsWithWord && firstIsPhrase)
                query.first().prepend(QStringLiteral("name : ")); // the first word within the name
            statement = QStringLiteral("SELECT %1 FROM fts_contacts f JOIN contacts c ON c.id = f.rowid "
                                       "LEFT JOIN companies co ON co.id = c.company_id%2 AND fts_contacts MATCH ?")
                            .arg(columns, where.where());
            bound = where.values();
            bound << query.join(QStringLiteral(" AND "));
        } else {
            statement = QStringLiteral("SELECT %1 FROM contacts c LEFT JOIN companies co ON co.id = c.company_id%2").arg(columns, where.where());
            bound = where.values();
        }
        statement += startsWithWord ? QStringLiteral(" AND c.name LIKE ? ESCAPE '\\' ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?")
                                    : QStringLiteral(" AND NOT (c.name LIKE ? ESCAPE '\\') LIMIT ?");
        bound << prefix << (limit - out.size());
        auto query = sql::prepare(m_db.connection(), statement);
        if (!query)
            return query.error();
        query->setForwardOnly(true);
        if (auto s = sql::exec(*query, bound); !s)
            return s.error();
        while (query->next())
            out << rowFrom(Entity::Contact, *query);
        if (out.size() >= limit)
            break;
    }
    return out;
}

Result<QList<SearchRow>> SearchStore::others(Entity entity, const QStringList &words, int limit)
{
    const Kind *kind = nullptr;
    for (const auto &k : kKinds)
        if (k.entity == entity)
            kind = &k;
    if (!kind)
        return Error::invalid(QStringLiteral("entity"), QStringLiteral("this kind of record is not searched"));
    // Every word must match; within a word, any of the kind's columns. %1 in a haystack is the
    // word's LIKE pattern, %2 the contacts named like it.
    QString where = QStringLiteral(" WHERE 1");
    QVariantList values;
    for (const QString &word : words) {
        const QString haystack = QString::fromLatin1(kind->haystack);
        QString condition;
        for (qsizetype i = 0; i < haystack.size(); ++i) {
            if (haystack.at(i) == QLatin1Char('%') && i + 1 < haystack.size() && haystack.at(i + 1) == QLatin1Char('1')) {
                condition += QLatin1Char('?');
                values << sql::likeContains(word);
                ++i;
            } else if (haystack.at(i) == QLatin1Char('%') && i + 1 < haystack.size() && haystack.at(i + 1) == QLatin1Char('2')) {
                // Through the trigram index (the query is a literal built by ftsPhrase: user text
                // never becomes FTS syntax).
                // Words of one or two letters would scan every name for little use: notes only.
                if (word.size() >= 3) {
                    condition += QStringLiteral("SELECT rowid FROM fts_contacts WHERE fts_contacts MATCH ?");
                    values << QStringLiteral("name : ") + ftsPhrase(word);
                } else {
                    condition += QStringLiteral("SELECT NULL WHERE 0");
                }
                ++i;
            } else {
                condition += haystack.at(i);
            }
        }
        where += QStringLiteral(" AND (") + condition + QLatin1Char(')');
    }
    const QString statement = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIKE ? ESCAPE '\\' DESC, %5 LIMIT ?")
                                  .arg(QString::fromLatin1(kind->select), QString::fromLatin1(kind->from), where,
                                       QString::fromLatin1(kind->title), QString::fromLatin1(kind->order));
    values << likePrefix(words.first()) << limit;
    auto query = sql::prepare(m_db.connection(), statement);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    if (auto s = sql::exec(*query, values); !s)
        return s.error();
    QList<SearchRow> out;
    while (query->next())
        out << rowFrom(entity, *query);
    return out;
}

} // namespace foothold
