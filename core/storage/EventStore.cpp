#include "core/storage/EventStore.h"

#include "core/domain/Validation.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/SqliteBulk.h"
#include "core/storage/TagStore.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EventStore", text);
}

const QString kColumns = QStringLiteral(
    "id, name, kind, start_utc, end_utc, time_zone, all_day, location, url, status, goals, goal_contacts, "
    "goal_conversations, goal_interviews, outcome, follow_up_rules, notes, sample, created_at, updated_at");

Event fromRow(const QSqlQuery &q)
{
    Event e;
    e.id = EventId(q.value(0).toLongLong());
    e.name = q.value(1).toString();
    e.kind = fromKey<EventKind>(q.value(2).toString()).value_or(EventKind::Meetup);
    e.start = sql::toDateTime(q.value(3));
    e.end = sql::toDateTime(q.value(4));
    e.timeZone = q.value(5).toString();
    e.allDay = q.value(6).toBool();
    e.location = q.value(7).toString();
    e.url = q.value(8).toString();
    e.status = fromKey<EventStatus>(q.value(9).toString()).value_or(EventStatus::Considering);
    e.goals = q.value(10).toString();
    e.goalContacts = q.value(11).toInt();
    e.goalConversations = q.value(12).toInt();
    e.goalInterviews = q.value(13).toInt();
    e.outcome = q.value(14).toString();
    e.followUpRules = q.value(15).toBool();
    e.notes = q.value(16).toString();
    e.sample = q.value(17).toBool();
    e.createdAt = sql::toDateTime(q.value(18));
    e.updatedAt = sql::toDateTime(q.value(19));
    return e;
}

QVariantList rowValues(const Event &e)
{
    return {e.name.simplified(), toKey(e.kind), sql::fromDateTime(e.start), sql::fromDateTime(e.end),
            sql::fromText(e.timeZone), int(e.allDay), sql::fromText(e.location), sql::fromText(e.url),
            toKey(e.status), sql::fromText(e.goals), e.goalContacts, e.goalConversations, e.goalInterviews,
            sql::fromText(e.outcome), int(e.followUpRules), sql::fromText(e.notes), int(e.sample)};
}

} // namespace

Status EventStore::replaceChildren(const Event &event)
{
    auto &db = m_db.connection();
    const qint64 id = event.id.value;
    // Costs by position: a row whose cost is unchanged keeps its id.
    struct StoredCost {
        qint64 id;
        int position;
        EventCost cost;
    };
    QList<StoredCost> costs;
    {
        auto q = sql::prepare(db, QStringLiteral("SELECT id, position, category, amount_minor, currency, rate, note FROM event_costs "
                                                 "WHERE event_id = ? ORDER BY position, id"));
        if (!q)
            return q.error();
        if (auto s = sql::exec(*q, {id}); !s)
            return s;
        while (q->next())
            costs.append({q->value(0).toLongLong(), q->value(1).toInt(),
                          {fromKey<CostCategory>(q->value(2).toString()).value_or(CostCategory::Other), q->value(3).toLongLong(),
                           q->value(4).toString(), q->value(5).toDouble(), q->value(6).toString()}});
    }
    for (qsizetype i = 0; i < qMax(costs.size(), event.costs.size()); ++i) {
        Status s;
        if (i >= event.costs.size()) {
            s = sql::run(db, QStringLiteral("DELETE FROM event_costs WHERE id = ?"), {costs.at(i).id});
        } else {
            const EventCost &c = event.costs.at(i);
            const QVariantList values{int(i), toKey(c.category), c.amountMinor, c.currency, c.rate, sql::fromText(c.note)};
            if (i >= costs.size())
                s = sql::run(db, QStringLiteral("INSERT INTO event_costs(position, category, amount_minor, currency, rate, note, event_id) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             values + QVariantList{id});
            else if (costs.at(i).position != i || !(costs.at(i).cost == c))
                s = sql::run(db, QStringLiteral("UPDATE event_costs SET position = ?, category = ?, amount_minor = ?, currency = ?, rate = ?, "
                                                "note = ? WHERE id = ?"),
                             values + QVariantList{costs.at(i).id});
        }
        if (!s)
            return s;
    }
    // Companies and people: (who, role) pairs, removed and added as sets.
    const auto pairs = [&](const char *table, const char *column, const QList<std::pair<qint64, QString>> &wanted) -> Status {
        QList<std::pair<qint64, QString>> stored;
        auto q = sql::prepare(db, QStringLiteral("SELECT %1, role FROM %2 WHERE event_id = ?").arg(QLatin1String(column), QLatin1String(table)));
        if (!q)
            return q.error();
        if (auto s = sql::exec(*q, {id}); !s)
            return s;
        while (q->next())
            stored.append({q->value(0).toLongLong(), q->value(1).toString()});
        q->finish();
        for (const auto &[who, role] : std::as_const(stored))
            if (!wanted.contains(std::pair{who, role}))
                if (auto s = sql::run(db, QStringLiteral("DELETE FROM %1 WHERE event_id = ? AND %2 = ? AND role = ?")
                                              .arg(QLatin1String(table), QLatin1String(column)),
                                      {id, who, role});
                    !s)
                    return s;
        for (const auto &[who, role] : wanted)
            if (!stored.contains(std::pair{who, role}))
                if (auto s = sql::run(db, QStringLiteral("INSERT OR IGNORE INTO %1(event_id, %2, role) VALUES (?, ?, ?)")
                                              .arg(QLatin1String(table), QLatin1String(column)),
                                      {id, who, role});
                    !s)
                    return s;
        return {};
    };
    QList<std::pair<qint64, QString>> companies;
    for (const auto &c : event.companies)
        companies.append({c.company.value, toKey(c.role)});
    if (auto s = pairs("event_companies", "company_id", companies); !s)
        return s;
    QList<std::pair<qint64, QString>> people;
    for (const auto &p : event.people)
        people.append({p.contact.value, toKey(p.role)});
    if (auto s = pairs("event_people", "contact_id", people); !s)
        return s;
    // Tags: rewritten only when they differ.
    QStringList storedTags;
    {
        auto q = sql::prepare(db, QStringLiteral("SELECT t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = ?"));
        if (!q)
            return q.error();
        if (auto s = sql::exec(*q, {id}); !s)
            return s;
        while (q->next())
            storedTags << q->value(0).toString();
    }
    QStringList wantedTags = cleanTags(event.tags);
    storedTags.sort(Qt::CaseInsensitive);
    wantedTags.sort(Qt::CaseInsensitive);
    if (storedTags == wantedTags)
        return {};
    return TagStore(m_db).setTags(QStringLiteral("event_tags"), QStringLiteral("event_id"), id, event.tags);
}

Status EventStore::writeChildren(const Event &event, bool replacing)
{
    if (replacing)
        return replaceChildren(event);
    auto &db = m_db.connection();
    const qint64 id = event.id.value;
    for (qsizetype i = 0; i < event.costs.size(); ++i) {
        const EventCost &c = event.costs.at(i);
        if (auto s = sql::run(db, QStringLiteral("INSERT INTO event_costs(event_id, position, category, amount_minor, currency, rate, note) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {id, int(i), toKey(c.category), c.amountMinor, c.currency, c.rate, sql::fromText(c.note)});
            !s)
            return s;
    }
    for (const auto &c : event.companies)
        if (auto s = sql::run(db, QStringLiteral("INSERT OR IGNORE INTO event_companies(event_id, company_id, role) VALUES (?, ?, ?)"),
                              {id, c.company.value, toKey(c.role)});
            !s)
            return s;
    for (const auto &p : event.people)
        if (auto s = sql::run(db, QStringLiteral("INSERT OR IGNORE INTO event_people(event_id, contact_id, role) VALUES (?, ?, ?)"),
                              {id, p.contact.value, toKey(p.role)});
            !s)
            return s;
    if (!event.tags.isEmpty())
        return TagStore(m_db).setTags(QStringLiteral("event_tags"), QStringLiteral("event_id"), id, event.tags);
    return {};
}

Result<EventId> EventStore::insert(Event event)
{
    if (auto status = firstError(validate(event)); !status)
        return status.error();
    Status status = m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("INSERT INTO events(id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(kColumns.mid(4)));
        if (!query)
            return query.error();
        const QString now = sql::isoUtc(m_clock.nowUtc());
        QVariantList values = rowValues(event);
        values.prepend(sql::fromId(event.id.value));
        values << (event.createdAt.isValid() ? sql::isoUtc(event.createdAt) : now) << now;
        if (auto s = sql::exec(*query, values); !s)
            return s;
        event.id = EventId(query->lastInsertId().toLongLong());
        if (auto s = writeChildren(event, false); !s)
            return s;
        m_db.recordChange({Entity::Event, ChangeKind::Inserted, event.id.value, {}});
        return {};
    });
    if (!status)
        return status.error();
    return event.id;
}

namespace {

constexpr int kEventColumns = 20;       // id and kColumns' nineteen others
constexpr int kEventsPerStatement = 32; // rows of one INSERT: SQLite's cost per statement, paid once for 32

QByteArray insertSql(int rows)
{
    QByteArray sql = "INSERT INTO events(id, " + kColumns.mid(4).toUtf8() + ") VALUES ";
    QByteArray row = "(?";
    for (int column = 1; column < kEventColumns; ++column)
        row += ", ?";
    row += ')';
    for (int i = 0; i < rows; ++i)
        sql += (i == 0 ? "" : ", ") + row;
    return sql;
}

// The event's columns, from parameter `first` on (kEventColumns of them).
void bindEvent(BulkStatement &insert, int first, const Event &e, const QString &now)
{
    int i = first;
    e.id.isValid() ? insert.bindInt(i++, e.id.value) : insert.bindNull(i++);
    insert.bindText(i++, e.name.simplified());
    insert.bindText(i++, toKey(e.kind));
    e.start.isValid() ? insert.bindText(i++, sql::isoUtc(e.start)) : insert.bindNull(i++);
    e.end.isValid() ? insert.bindText(i++, sql::isoUtc(e.end)) : insert.bindNull(i++);
    insert.bindText(i++, e.timeZone);
    insert.bindInt(i++, e.allDay ? 1 : 0);
    insert.bindText(i++, e.location);
    insert.bindText(i++, e.url);
    insert.bindText(i++, toKey(e.status));
    insert.bindText(i++, e.goals);
    insert.bindInt(i++, e.goalContacts);
    insert.bindInt(i++, e.goalConversations);
    insert.bindInt(i++, e.goalInterviews);
    insert.bindText(i++, e.outcome);
    insert.bindInt(i++, e.followUpRules ? 1 : 0);
    insert.bindText(i++, e.notes);
    insert.bindInt(i++, e.sample ? 1 : 0);
    insert.bindText(i++, e.createdAt.isValid() ? sql::isoUtc(e.createdAt) : now);
    insert.bindText(i++, now);
}

} // namespace

Status EventStore::insertMany(QList<Event> &events)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (auto status = firstError(validate(events.at(i))); !status) {
            Error error = status.error();
            error.message = tr("event %1 (%2): %3").arg(i + 1).arg(events.at(i).name, error.message);
            return error;
        }
    }
    QList<EventId> given;
    for (const Event &e : std::as_const(events))
        given << e.id;
    Status status = m_db.transaction([&]() -> Status {
        BulkStatement insert(m_db, insertSql(1).constData());
        // 32 rows at once where none has an id of its own: SQLite then numbers them one after the
        // other (AUTOINCREMENT: one more than the largest so far, row by row), so the ids are the
        // last one's and the 31 before it.
        const bool batches = events.size() >= kEventsPerStatement;
        BulkStatement batch(m_db, batches ? insertSql(kEventsPerStatement).constData() : "SELECT 1");
        BulkStatement cost(m_db, "INSERT INTO event_costs(event_id, position, category, amount_minor, currency, rate, note) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)");
        BulkStatement company(m_db, "INSERT OR IGNORE INTO event_companies(event_id, company_id, role) VALUES (?, ?, ?)");
        BulkStatement person(m_db, "INSERT OR IGNORE INTO event_people(event_id, contact_id, role) VALUES (?, ?, ?)");
        BulkStatement tag(m_db, "INSERT OR IGNORE INTO event_tags(event_id, tag_id) VALUES (?, ?)");
        // Tags 32 pairs a statement too; nothing reads them before the end.
        QByteArray tagsSql = "INSERT OR IGNORE INTO event_tags(event_id, tag_id) VALUES (?, ?)";
        for (int k = 1; k < kEventsPerStatement; ++k)
            tagsSql += ", (?, ?)";
        BulkStatement tagBatch(m_db, batches ? tagsSql.constData() : "SELECT 1");
        for (const BulkStatement *statement : {&insert, &batch, &cost, &company, &person, &tag, &tagBatch})
            if (!statement->isValid())
                return statement->error();
        QList<std::pair<qint64, qint64>> pendingTags; // (event, tag), in order
        const auto writeTags = [&](bool all) -> Status {
            qsizetype done = 0;
            for (; batches && pendingTags.size() - done >= kEventsPerStatement; done += kEventsPerStatement) {
                for (int k = 0; k < kEventsPerStatement; ++k)
                    tagBatch.bindInt(2 * k + 1, pendingTags.at(done + k).first), tagBatch.bindInt(2 * k + 2, pendingTags.at(done + k).second);
                if (auto s = tagBatch.step(); !s)
                    return s;
            }
            for (; all && done < pendingTags.size(); ++done) {
                tag.bindInt(1, pendingTags.at(done).first), tag.bindInt(2, pendingTags.at(done).second);
                if (auto s = tag.step(); !s)
                    return s;
            }
            pendingTags.remove(0, done);
            return {};
        };
        TagStore tags(m_db);
        const QString now = sql::isoUtc(m_clock.nowUtc());
        // What belongs to an inserted event (its id set): costs, companies, people, tags.
        const auto children = [&](const Event &e) -> Status {
            for (qsizetype k = 0; k < e.costs.size(); ++k) {
                const EventCost &c = e.costs.at(k);
                cost.bindInt(1, e.id.value), cost.bindInt(2, k), cost.bindText(3, toKey(c.category)), cost.bindInt(4, c.amountMinor);
                cost.bindText(5, c.currency), cost.bindDouble(6, c.rate), cost.bindText(7, c.note);
                if (auto s = cost.step(); !s)
                    return s;
            }
            for (const EventCompany &c : std::as_const(e.companies)) {
                company.bindInt(1, e.id.value), company.bindInt(2, c.company.value), company.bindText(3, toKey(c.role));
                if (auto s = company.step(); !s)
                    return s;
            }
            for (const EventPerson &p : std::as_const(e.people)) {
                person.bindInt(1, e.id.value), person.bindInt(2, p.contact.value), person.bindText(3, toKey(p.role));
                if (auto s = person.step(); !s)
                    return s;
            }
            for (const QString &name : cleanTags(e.tags)) {
                auto tagId = tags.ensure(name);
                if (!tagId)
                    return tagId.error();
                pendingTags.append({e.id.value, *tagId});
            }
            m_db.recordChange({Entity::Event, ChangeKind::Inserted, e.id.value, {}});
            return {};
        };
        for (qsizetype i = 0; i < events.size();) {
            bool full = batches && i + kEventsPerStatement <= events.size();
            for (qsizetype k = i; full && k < i + kEventsPerStatement; ++k)
                full = !events.at(k).id.isValid();
            const int rows = full ? kEventsPerStatement : 1;
            BulkStatement &statement = full ? batch : insert;
            for (int k = 0; k < rows; ++k)
                bindEvent(statement, 1 + k * kEventColumns, events.at(i + k), now);
            if (auto s = statement.step(); !s)
                return s;
            const qint64 last = statement.lastInsertId();
            for (int k = 0; k < rows; ++k) {
                Event &e = events[i + k];
                e.id = EventId(last - (rows - 1) + k);
                if (auto s = children(e); !s)
                    return s;
            }
            i += rows;
            if (auto s = writeTags(false); !s)
                return s;
        }
        return writeTags(true);
    });
    if (!status)
        for (qsizetype i = 0; i < events.size(); ++i)
            events[i].id = given.at(i);
    return status;
}

Status EventStore::update(const Event &event)
{
    if (!event.id.isValid())
        return Error::notFound(tr("the event has no id"));
    if (auto status = firstError(validate(event)); !status)
        return status;
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("UPDATE events SET name = ?, kind = ?, start_utc = ?, end_utc = ?, time_zone = ?, all_day = ?, "
                                                 "location = ?, url = ?, status = ?, goals = ?, goal_contacts = ?, goal_conversations = ?, "
                                                 "goal_interviews = ?, outcome = ?, follow_up_rules = ?, notes = ?, sample = ?, "
                                                 "updated_at = ? WHERE id = ?"));
        if (!query)
            return query.error();
        QVariantList values = rowValues(event);
        values << sql::isoUtc(m_clock.nowUtc()) << event.id.value;
        if (auto s = sql::exec(*query, values); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("event %1 does not exist").arg(event.id.value));
        if (auto s = writeChildren(event, true); !s)
            return s;
        m_db.recordChange({Entity::Event, ChangeKind::Updated, event.id.value, {}});
        return {};
    });
}

Status EventStore::remove(EventId id)
{
    return m_db.transaction([&]() -> Status {
        struct Effect {
            Entity entity;
            ChangeKind kind;
            const char *sql;
        };
        static const Effect effects[] = {
            {Entity::Contact, ChangeKind::Updated, "SELECT id FROM contacts WHERE met_at_event_id = ?"},
            {Entity::Conversation, ChangeKind::Updated, "SELECT id FROM conversations WHERE event_id = ?"},
            {Entity::Application, ChangeKind::Updated, "SELECT id FROM applications WHERE event_id = ?"},
            {Entity::FollowUp, ChangeKind::Removed, "SELECT id FROM follow_ups WHERE event_id = ?"},
        };
        for (const auto &effect : effects) {
            auto query = sql::prepare(m_db.connection(), QString::fromLatin1(effect.sql));
            if (!query)
                return query.error();
            if (auto s = sql::exec(*query, {id.value}); !s)
                return s;
            while (query->next())
                m_db.recordChange({effect.entity, effect.kind, query->value(0).toLongLong(), {}});
        }
        auto query = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM events WHERE id = ?"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {id.value}); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("event %1 does not exist").arg(id.value));
        m_db.recordChange({Entity::Event, ChangeKind::Removed, id.value, {}});
        return {};
    });
}

void EventStore::loadChildren(QList<Event> &events)
{
    if (events.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < events.size(); ++i)
        index.insert(events.at(i).id.value, i);
    auto &db = m_db.connection();
    auto each = [&](const QString &statement, const std::function<void(Event &, const QSqlQuery &)> &apply) {
        auto query = sql::prepare(db, statement);
        if (!query || !sql::exec(*query))
            return;
        while (query->next())
            if (auto it = index.constFind(query->value(0).toLongLong()); it != index.constEnd())
                apply(events[*it], *query);
    };
    each(QStringLiteral("SELECT event_id, category, amount_minor, currency, rate, note FROM event_costs ORDER BY event_id, position"),
         [](Event &e, const QSqlQuery &q) {
             e.costs.append({fromKey<CostCategory>(q.value(1).toString()).value_or(CostCategory::Other), q.value(2).toLongLong(),
                             q.value(3).toString(), q.value(4).toDouble(), q.value(5).toString()});
         });
    each(QStringLiteral("SELECT event_id, company_id, role FROM event_companies ORDER BY event_id, company_id"),
         [](Event &e, const QSqlQuery &q) {
             e.companies.append({CompanyId(q.value(1).toLongLong()),
                                 fromKey<EventCompanyRole>(q.value(2).toString()).value_or(EventCompanyRole::Attending)});
         });
    each(QStringLiteral("SELECT event_id, contact_id, role FROM event_people ORDER BY event_id, contact_id"),
         [](Event &e, const QSqlQuery &q) {
             e.people.append({ContactId(q.value(1).toLongLong()),
                              fromKey<EventPersonRole>(q.value(2).toString()).value_or(EventPersonRole::Expected)});
         });
    each(QStringLiteral("SELECT et.event_id, t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id ORDER BY t.name COLLATE NOCASE"),
         [](Event &e, const QSqlQuery &q) { e.tags << q.value(1).toString(); });
}

Result<Event> EventStore::get(EventId id)
{
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(kColumns));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, {id.value}); !s)
        return s.error();
    if (!query->next())
        return Error::notFound(tr("event %1 does not exist").arg(id.value));
    QList<Event> one{fromRow(*query)};
    query->finish();
    loadChildren(one);
    return one.first();
}

QList<Event> EventStore::list(const EventQuery &filter)
{
    sql::Filter where;
    if (!filter.search.trimmed().isEmpty()) {
        where.add(QStringLiteral("name LIKE %1 ESCAPE '\\' OR location LIKE %1 ESCAPE '\\' OR notes LIKE %1 ESCAPE '\\' OR goals "
                  "LIKE %1 ESCAPE '\\' OR id IN (SELECT et.event_id FROM event_tags et JOIN tags t ON t.id = "
                  "et.tag_id WHERE t.name LIKE %1 ESCAPE '\\')"),
                  sql::likeContains(filter.search.trimmed()));
    }
    if (filter.status)
        where.add(QStringLiteral("status = %1"), toKey(*filter.status));
    if (!filter.tag.isEmpty())
        where.add(QStringLiteral("id IN (SELECT et.event_id FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name = %1)"), filter.tag);
    if (filter.from.isValid())
        where.add(QStringLiteral("coalesce(end_utc, start_utc) >= %1"), sql::isoUtc(filter.from));
    if (filter.to.isValid())
        where.add(QStringLiteral("start_utc < %1"), sql::isoUtc(filter.to));
    if (!filter.includeSample)
        where.add(QStringLiteral("sample = 0"));
    QList<Event> out;
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT %1 FROM events%2 ORDER BY start_utc, id").arg(kColumns, where.where()));
    if (!query || !sql::exec(*query, where.values()))
        return out;
    while (query->next())
        out << fromRow(*query);
    query->finish();
    loadChildren(out);
    return out;
}

Result<qint64> EventStore::count()
{
    auto value = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM events"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

QList<EventId> EventStore::findByName(const QString &name)
{
    QList<EventId> ids;
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT id FROM events WHERE name = ? COLLATE NOCASE ORDER BY id"));
    if (query && sql::exec(*query, {name.simplified()}))
        while (query->next())
            ids << EventId(query->value(0).toLongLong());
    return ids;
}

QHash<qint64, QString> EventStore::allNames()
{
    QHash<qint64, QString> out;
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT id, name FROM events"));
    if (query && sql::exec(*query))
        while (query->next())
            out.insert(query->value(0).toLongLong(), query->value(1).toString());
    return out;
}

} // namespace foothold
