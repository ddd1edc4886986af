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
     "v.notes LIKE %1 ESCAPE '\\' OR v.next_step LIKE %1 ESCAPE '\\' OR EXISTS (SELECT 1 FROM conversation_contacts pc "
     "JOIN contacts p ON p.id = pc.contact_id WHERE pc.conversation_id = v.id AND p.name LIKE %1 ESCAPE '\\')",
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
    QString statement = QStringLiteral("SELECT c.id, c.name, trim(c.headline || ' · ' || coalesce(co.name, ''), ' ·'), '', NULL, NULL "
                                       "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id");
    statement += where.where();
    QVariantList values = where.values();
    if (!phrases.isEmpty())
        statement += QStringLiteral(" AND c.id IN (SELECT rowid FROM fts_contacts WHERE fts_contacts MATCH ?)");
    if (!phrases.isEmpty()) {
        values << phrases.join(QStringLiteral(" AND "));
        // Every match is known to the index: rank names that start with the first word first.
        statement += QStringLiteral(" ORDER BY c.name LIKE ? ESCAPE '\\' DESC, c.name COLLATE NOCASE, c.id");
        values << likePrefix(words.first());
    }
    // Without a trigram the scan stops at the first `limit` matches instead of reading them all.
    statement += QStringLiteral(" LIMIT ?");
    values << limit;
    auto query = sql::prepare(m_db.connection(), statement);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    if (auto s = sql::exec(*query, values); !s)
        return s.error();
    QList<SearchRow> out;
    while (query->next())
        out << rowFrom(Entity::Contact, *query);
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
    sql::Filter where;
    for (const QString &word : words)
        where.add(QString::fromLatin1(kind->haystack), sql::likeContains(word));
    QVariantList values = where.values();
    const QString statement = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIKE ? ESCAPE '\\' DESC, %5 LIMIT ?")
                                  .arg(QString::fromLatin1(kind->select), QString::fromLatin1(kind->from), where.where(),
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
