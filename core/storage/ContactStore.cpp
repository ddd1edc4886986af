#include "core/storage/ContactStore.h"

#include "core/domain/Validation.h"
#include "core/storage/ContactSummaryReader.h"
#include "core/storage/NativeStatement.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/SqliteBulk.h"
#include "core/storage/TagStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactStore", text);
}

const QString kColumns = QStringLiteral(
    "c.id, c.name, c.headline, c.company_id, c.emails, c.phones, c.urls, c.addresses, c.location, c.channel, "
    "c.met_at_event_id, c.introduced_by_id, c.role, c.connected_on, c.cadence_days, c.strength_override, "
    "c.prospect, c.birthday, c.notes, c.sample, c.created_at, c.updated_at");

// The columns a new contact is written with, after its id, in the order of rowValues() (then
// created_at, updated_at); the bulk paths' staging table has exactly these.
const char *const kWrittenColumns = "name, headline, company_id, emails, phones, urls, addresses, location, channel, "
                                    "met_at_event_id, introduced_by_id, role, connected_on, cadence_days, strength_override, "
                                    "prospect, birthday, notes, sample, created_at, updated_at";
constexpr int kWrittenColumnCount = 21;

const QString kInsert = QStringLiteral("INSERT INTO contacts(id, %1) VALUES (?%2)")
                            .arg(QLatin1String(kWrittenColumns), QStringLiteral(", ?").repeated(kWrittenColumnCount));

Contact fromRow(const QSqlQuery &q)
{
    Contact c;
    c.id = ContactId(q.value(0).toLongLong());
    c.name = q.value(1).toString();
    c.headline = q.value(2).toString();
    c.company = CompanyId(q.value(3).toLongLong());
    c.emails = sql::typedValuesFromJson(q.value(4).toString());
    c.phones = sql::typedValuesFromJson(q.value(5).toString());
    c.urls = sql::typedValuesFromJson(q.value(6).toString());
    c.addresses = sql::typedValuesFromJson(q.value(7).toString());
    c.location = q.value(8).toString();
    c.channel = fromKey<Channel>(q.value(9).toString()).value_or(Channel::Other);
    c.metAt = EventId(q.value(10).toLongLong());
    c.introducedBy = ContactId(q.value(11).toLongLong());
    c.role = fromKey<ContactRole>(q.value(12).toString()).value_or(ContactRole::None);
    c.connectedOn = sql::toDate(q.value(13));
    c.cadenceDays = q.value(14).toInt();
    c.strengthOverride = sql::toOptionalDouble(q.value(15));
    c.prospect = q.value(16).toBool();
    c.birthday = sql::toDate(q.value(17));
    c.notes = q.value(18).toString();
    c.sample = q.value(19).toBool();
    c.createdAt = sql::toDateTime(q.value(20));
    c.updatedAt = sql::toDateTime(q.value(21));
    return c;
}

QVariantList rowValues(const Contact &c)
{
    return {sql::fromText(c.name.simplified()),
            sql::fromText(c.headline),
            sql::fromId(c.company.value),
            sql::typedValuesToJson(c.emails),
            sql::typedValuesToJson(c.phones),
            sql::typedValuesToJson(c.urls),
            sql::typedValuesToJson(c.addresses),
            sql::fromText(c.location),
            toKey(c.channel),
            sql::fromId(c.metAt.value),
            sql::fromId(c.introducedBy.value),
            toKey(c.role),
            sql::fromDate(c.connectedOn),
            c.cadenceDays,
            sql::fromOptional(c.strengthOverride),
            int(c.prospect),
            sql::fromDate(c.birthday),
            sql::fromText(c.notes),
            int(c.sample)};
}

// Ids returned by a query whose every '?' stands for `id`.
Result<QList<qint64>> collectIds(Database &db, const QString &statement, qint64 id)
{
    auto query = sql::prepare(db.connection(), statement);
    if (!query)
        return query.error();
    QVariantList values;
    for (qsizetype i = statement.count(QLatin1Char('?')); i > 0; --i)
        values << id;
    if (auto s = sql::exec(*query, values); !s)
        return s.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

} // namespace

Status ContactStore::insertOne(Contact &contact, QSqlQuery &insertQuery, TagStore &tags, const QString &now)
{
    QVariantList values = rowValues(contact);
    values.prepend(sql::fromId(contact.id.value));
    values << (contact.createdAt.isValid() ? sql::isoUtc(contact.createdAt) : now) << now;
    if (auto s = sql::exec(insertQuery, values); !s)
        return s;
    contact.id = ContactId(insertQuery.lastInsertId().toLongLong());
    if (auto s = writeChildren(contact, tags, false); !s)
        return s;
    m_db.recordChange({Entity::Contact, ChangeKind::Inserted, contact.id.value, {}});
    return {};
}

Status ContactStore::writeChildren(const Contact &contact, TagStore &tags, bool replacing)
{
    auto &db = m_db.connection();
    const qint64 id = contact.id.value;
    // A fresh insert has no children yet: skipping the deletes matters for bulk speed.
    if (!contact.tags.isEmpty() || replacing)
        if (auto s = tags.setTags(QStringLiteral("contact_tags"), QStringLiteral("contact_id"), id, contact.tags); !s)
            return s;
    if (replacing) {
        if (auto s = sql::run(db, QStringLiteral("DELETE FROM contact_positions WHERE contact_id = ?"), {id}); !s)
            return s;
        if (auto s = sql::run(db, QStringLiteral("DELETE FROM contact_photos WHERE contact_id = ?"), {id}); !s)
            return s;
    }
    for (qsizetype i = 0; i < contact.history.size(); ++i) {
        const Position &p = contact.history.at(i);
        if (auto s = sql::run(db,
                              QStringLiteral("INSERT INTO contact_positions(contact_id, position, company_id, company_name, title, "
                                             "from_date, to_date) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {id, int(i), sql::fromId(p.company.value), sql::fromText(p.companyName), sql::fromText(p.title),
                               sql::fromDate(p.from), sql::fromDate(p.to)});
            !s)
            return s;
    }
    if (!contact.photo.isEmpty()) {
        if (auto s = sql::run(db, QStringLiteral("INSERT INTO contact_photos(contact_id, mime_type, data) VALUES (?, ?, ?)"),
                              {id, contact.photoType.isEmpty() ? QStringLiteral("application/octet-stream") : contact.photoType,
                               contact.photo});
            !s)
            return s;
    }
    return {};
}

Result<ContactId> ContactStore::insert(Contact contact)
{
    if (auto status = firstError(validate(contact)); !status)
        return status.error();
    Status status = m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(), kInsert);
        if (!query)
            return query.error();
        TagStore tags(m_db);
        return insertOne(contact, *query, tags, sql::isoUtc(m_clock.nowUtc()));
    });
    if (!status)
        return status.error();
    return contact.id;
}

namespace {

// From this many rows on, insertMany() stages the rows in a temporary table and moves them in one
// statement (see there); below it the per-row statement costs less than the staging.
constexpr qsizetype kStagedFrom = 256;

// Binds one contact's values from index 1: its id first when `withId` (kInsert), then the columns
// of kWrittenColumns. Same values as rowValues() and insertOne().
void bindRow(BulkStatement &insert, const Contact &c, const QString &now, bool withId)
{
    int i = 1;
    auto bindId = [&](qint64 id) { id > 0 ? insert.bindInt(i++, id) : insert.bindNull(i++); };
    auto bindDate = [&](const QDate &date) { date.isValid() ? insert.bindText(i++, sql::isoDate(date)) : insert.bindNull(i++); };
    if (withId)
        bindId(c.id.value);
    insert.bindText(i++, c.name.simplified());
    insert.bindText(i++, c.headline);
    bindId(c.company.value);
    insert.bindText(i++, sql::typedValuesToJson(c.emails));
    insert.bindText(i++, sql::typedValuesToJson(c.phones));
    insert.bindText(i++, sql::typedValuesToJson(c.urls));
    insert.bindText(i++, sql::typedValuesToJson(c.addresses));
    insert.bindText(i++, c.location);
    insert.bindText(i++, toKey(c.channel));
    bindId(c.metAt.value);
    bindId(c.introducedBy.value);
    insert.bindText(i++, toKey(c.role));
    bindDate(c.connectedOn);
    insert.bindInt(i++, c.cadenceDays);
    c.strengthOverride ? insert.bindDouble(i++, *c.strengthOverride) : insert.bindNull(i++);
    insert.bindInt(i++, c.prospect ? 1 : 0);
    bindDate(c.birthday);
    insert.bindText(i++, c.notes);
    insert.bindInt(i++, c.sample ? 1 : 0);
    insert.bindText(i++, c.createdAt.isValid() ? sql::isoUtc(c.createdAt) : now);
    insert.bindText(i++, now);
}

} // namespace

Status ContactStore::insertMany(QList<Contact> &contacts)
{
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        if (auto status = firstError(validate(contacts.at(i))); !status) {
            Error error = status.error();
            error.message = tr("contact %1 (%2): %3").arg(i + 1).arg(contacts.at(i).name, error.message);
            return error;
        }
    }
    // Ids go straight into `contacts` (no copy of 100k contacts); on failure they are put back.
    QList<ContactId> given;
    given.reserve(contacts.size());
    for (const Contact &c : std::as_const(contacts))
        given << c.id;
    QList<Contact> &working = contacts;
    const bool staged = working.size() >= kStagedFrom &&
                        std::none_of(working.cbegin(), working.cend(), [](const Contact &c) { return c.id.isValid(); });
    Status status = m_db.transaction([&]() -> Status {
        TagStore tags(m_db);
        const QString now = sql::isoUtc(m_clock.nowUtc());
        if (staged)
            return insertStaged(working, tags, now);
        // Straight to SQLite: Qt Sql's per-value binding costs more than the insert itself. Same
        // statement, same values as insertOne().
        BulkStatement insert(m_db, kInsert.toUtf8().constData());
        if (!insert.isValid()) {
            auto query = sql::prepare(m_db.connection(), kInsert);
            if (!query)
                return query.error();
            for (auto &contact : working)
                if (auto s = insertOne(contact, *query, tags, now); !s)
                    return s;
            return {};
        }
        for (auto &c : working) {
            bindRow(insert, c, now, true);
            if (auto s = insert.step(); !s)
                return s;
            c.id = ContactId(insert.lastInsertId());
            if (!c.tags.isEmpty() || !c.history.isEmpty() || !c.photo.isEmpty())
                if (auto s = writeChildren(c, tags, false); !s)
                    return s;
            m_db.recordChange({Entity::Contact, ChangeKind::Inserted, c.id.value, {}});
        }
        return {};
    });
    if (!status)
        for (qsizetype i = 0; i < contacts.size(); ++i)
            contacts[i].id = given.at(i);
    return status;
}

// Why stage: every INSERT statement on contacts fires the search index's trigger, and SQLite opens
// a statement savepoint for it, at which FTS5 writes out what it has gathered so far; one row per
// statement then costs a new index segment and its merging per row (measured: the trigger took 5.3 s
// of the 7.4 s of 100,000 rows). Rows written to a temporary table without constraints and moved
// with one INSERT … SELECT give FTS5 one statement, as SQLite's own bulk paths do
// (docs/PERFORMANCE.md, "Foundation"). Runs inside insertMany's transaction: a failure anywhere
// rolls the staging back with the rest. Only for rows without ids (AUTOINCREMENT then numbers them
// one after the other, in the order of the SELECT).
Status ContactStore::insertStaged(QList<Contact> &contacts, TagStore &tags, const QString &now)
{
    if (auto s = m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS contacts_staging(%1)").arg(QLatin1String(kWrittenColumns))); !s)
        return s;
    if (auto s = m_db.exec(QStringLiteral("DELETE FROM temp.contacts_staging")); !s)
        return s;
    {
        const QByteArray sql = "INSERT INTO temp.contacts_staging VALUES (?" + QByteArray(", ?").repeated(kWrittenColumnCount - 1) + ')';
        BulkStatement stage(m_db, sql.constData());
        if (!stage.isValid())
            return stage.error();
        for (const Contact &c : std::as_const(contacts)) {
            bindRow(stage, c, now, false);
            if (auto s = stage.step(); !s)
                return s;
        }
    }
    // The ids AUTOINCREMENT will give: one more than the largest ever used, then on.
    auto base = sql::scalar(m_db.connection(),
                            QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'contacts'), 0), "
                                           "coalesce((SELECT max(id) FROM contacts), 0))"));
    if (!base)
        return base.error();
    const qint64 first = base->toLongLong() + 1;
    const QByteArray move = QByteArray("INSERT INTO contacts(") + kWrittenColumns + ") SELECT " + kWrittenColumns +
                            " FROM temp.contacts_staging ORDER BY rowid";
    BulkStatement insert(m_db, move.constData());
    if (!insert.isValid())
        return insert.error();
    if (auto s = insert.step(); !s)
        return s;
    if (insert.lastInsertId() != first + contacts.size() - 1)
        return Error::database(tr("the new contacts did not get the ids expected (%1 to %2, last %3)")
                                   .arg(first)
                                   .arg(first + contacts.size() - 1)
                                   .arg(insert.lastInsertId()));
    if (auto s = m_db.exec(QStringLiteral("DELETE FROM temp.contacts_staging")); !s)
        return s;
    qint64 id = first;
    for (Contact &c : contacts) {
        c.id = ContactId(id++);
        if (!c.tags.isEmpty() || !c.history.isEmpty() || !c.photo.isEmpty())
            if (auto s = writeChildren(c, tags, false); !s)
                return s;
        m_db.recordChange({Entity::Contact, ChangeKind::Inserted, c.id.value, {}});
    }
    return {};
}

Status ContactStore::update(const Contact &contact)
{
    if (!contact.id.isValid())
        return Error::notFound(tr("the contact has no id"));
    if (auto status = firstError(validate(contact)); !status)
        return status;
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("UPDATE contacts SET name = ?, headline = ?, company_id = ?, emails = ?, phones = ?, "
                                                 "urls = ?, addresses = ?, location = ?, channel = ?, met_at_event_id = ?, "
                                                 "introduced_by_id = ?, role = ?, connected_on = ?, cadence_days = ?, "
                                                 "strength_override = ?, prospect = ?, birthday = ?, notes = ?, sample = ?, "
                                                 "updated_at = ? WHERE id = ?"));
        if (!query)
            return query.error();
        QVariantList values = rowValues(contact);
        values << sql::isoUtc(m_clock.nowUtc()) << contact.id.value;
        if (auto s = sql::exec(*query, values); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("contact %1 does not exist").arg(contact.id.value));
        TagStore tags(m_db);
        if (auto s = writeChildren(contact, tags, true); !s)
            return s;
        m_db.recordChange({Entity::Contact, ChangeKind::Updated, contact.id.value, {}});
        return {};
    });
}

Status ContactStore::remove(ContactId id)
{
    return removeMany({id});
}

Status ContactStore::removeMany(const QList<ContactId> &ids)
{
    return m_db.transaction([&]() -> Status {
        for (const ContactId id : ids) {
            // Record what the cascade will take or touch, so every list can update its rows.
            struct Effect {
                Entity entity;
                ChangeKind kind;
                const char *sql;
            };
            static const Effect effects[] = {
                {Entity::Conversation, ChangeKind::Removed,
                 "SELECT conversation_id FROM conversation_contacts WHERE conversation_id IN "
                 "(SELECT conversation_id FROM conversation_contacts WHERE contact_id = ?) "
                 "GROUP BY conversation_id HAVING count(*) = 1"},
                {Entity::Conversation, ChangeKind::Updated,
                 "SELECT conversation_id FROM conversation_contacts WHERE conversation_id IN "
                 "(SELECT conversation_id FROM conversation_contacts WHERE contact_id = ?) "
                 "GROUP BY conversation_id HAVING count(*) > 1"},
                {Entity::FollowUp, ChangeKind::Removed, "SELECT id FROM follow_ups WHERE contact_id = ?"},
                {Entity::InformationalInterview, ChangeKind::Removed,
                 "SELECT id FROM informational_interviews WHERE contact_id = ?"},
                {Entity::Link, ChangeKind::Removed, "SELECT id FROM links WHERE from_id = ? OR to_id = ?"},
                {Entity::Application, ChangeKind::Updated,
                 "SELECT id FROM applications WHERE referrer_id = ? UNION SELECT r.application_id FROM "
                 "interview_rounds r JOIN round_interviewers i ON i.round_id = r.id WHERE i.contact_id = ?"},
                {Entity::Contact, ChangeKind::Updated, "SELECT id FROM contacts WHERE introduced_by_id = ?"},
                {Entity::Event, ChangeKind::Updated, "SELECT DISTINCT event_id FROM event_people WHERE contact_id = ?"},
            };
            QList<qint64> orphanConversations;
            for (const auto &effect : effects) {
                auto affected = collectIds(m_db, QString::fromLatin1(effect.sql), id.value);
                if (!affected)
                    return affected.error();
                for (qint64 other : *affected)
                    m_db.recordChange({effect.entity, effect.kind, other, {}});
                if (effect.entity == Entity::Conversation && effect.kind == ChangeKind::Removed)
                    orphanConversations = *affected;
            }
            // A conversation with nobody in it means nothing: it goes with its only participant.
            for (qint64 conversation : orphanConversations)
                if (auto s = sql::run(m_db.connection(), QStringLiteral("DELETE FROM conversations WHERE id = ?"), {conversation}); !s)
                    return s;
            auto query = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM contacts WHERE id = ?"));
            if (!query)
                return query.error();
            if (auto s = sql::exec(*query, {id.value}); !s)
                return s;
            if (query->numRowsAffected() == 0)
                return Error::notFound(tr("contact %1 does not exist").arg(id.value));
            m_db.recordChange({Entity::Contact, ChangeKind::Removed, id.value, {}});
        }
        return {};
    });
}

Result<Contact> ContactStore::get(ContactId id)
{
    auto &db = m_db.connection();
    auto query = sql::prepare(db, QStringLiteral("SELECT %1 FROM contacts c WHERE c.id = ?").arg(kColumns));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, {id.value}); !s)
        return s.error();
    if (!query->next())
        return Error::notFound(tr("contact %1 does not exist").arg(id.value));
    Contact contact = fromRow(*query);

    auto tags = sql::prepare(db, QStringLiteral("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                                "WHERE ct.contact_id = ? ORDER BY t.name COLLATE NOCASE"));
    if (!tags)
        return tags.error();
    if (auto s = sql::exec(*tags, {id.value}); !s)
        return s.error();
    while (tags->next())
        contact.tags << tags->value(0).toString();

    auto positions = sql::prepare(db, QStringLiteral("SELECT company_id, company_name, title, from_date, to_date FROM contact_positions "
                                                     "WHERE contact_id = ? ORDER BY position"));
    if (!positions)
        return positions.error();
    if (auto s = sql::exec(*positions, {id.value}); !s)
        return s.error();
    while (positions->next())
        contact.history.append({CompanyId(positions->value(0).toLongLong()), positions->value(1).toString(),
                                positions->value(2).toString(), sql::toDate(positions->value(3)),
                                sql::toDate(positions->value(4))});

    auto photo = sql::prepare(db, QStringLiteral("SELECT mime_type, data FROM contact_photos WHERE contact_id = ?"));
    if (!photo)
        return photo.error();
    if (auto s = sql::exec(*photo, {id.value}); !s)
        return s.error();
    if (photo->next()) {
        contact.photoType = photo->value(0).toString();
        contact.photo = photo->value(1).toByteArray();
    }
    return contact;
}

QList<Contact> ContactStore::list(const ContactQuery &filter)
{
    sql::Filter where;
    if (!filter.search.trimmed().isEmpty()) {
        where.add(QStringLiteral("c.name LIKE %1 ESCAPE '\\' OR c.headline LIKE %1 ESCAPE '\\' OR c.emails LIKE %1 ESCAPE '\\' "
                  "OR c.location LIKE %1 ESCAPE '\\' OR c.notes LIKE %1 ESCAPE '\\' OR c.company_id IN (SELECT id "
                  "FROM companies WHERE name LIKE %1 ESCAPE '\\') OR c.id IN (SELECT ct.contact_id FROM "
                  "contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name LIKE %1 ESCAPE '\\')"),
                  sql::likeContains(filter.search.trimmed()));
    }
    if (!filter.tag.isEmpty())
        where.add(QStringLiteral("c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = %1)"), filter.tag);
    if (filter.company.isValid())
        where.add(QStringLiteral("c.company_id = %1"), filter.company.value);
    if (filter.channel)
        where.add(QStringLiteral("c.channel = %1"), toKey(*filter.channel));
    if (!filter.includeProspects)
        where.add(QStringLiteral("c.prospect = 0"));
    if (!filter.includeSample)
        where.add(QStringLiteral("c.sample = 0"));
    QString statement = QStringLiteral("SELECT %1 FROM contacts c%2 ORDER BY c.name COLLATE NOCASE, c.id").arg(kColumns, where.where());
    if (filter.limit >= 0)
        statement += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QList<Contact> out;
    auto query = sql::prepare(m_db.connection(), statement);
    if (!query || !sql::exec(*query, where.values()))
        return out;
    QHash<qint64, qsizetype> index;
    while (query->next()) {
        index.insert(query->value(0).toLongLong(), out.size());
        out << fromRow(*query);
    }
    if (out.isEmpty())
        return out;
    auto tags = sql::prepare(m_db.connection(), QStringLiteral("SELECT ct.contact_id, t.name FROM contact_tags ct "
                                                               "JOIN tags t ON t.id = ct.tag_id ORDER BY t.name COLLATE NOCASE"));
    if (tags && sql::exec(*tags))
        while (tags->next())
            if (auto it = index.constFind(tags->value(0).toLongLong()); it != index.constEnd())
                out[*it].tags << tags->value(1).toString();
    if (filter.withHistory) {
        // One query for all of them (one per contact would cost 100,000 round trips for a full
        // list): the positions of up to a few thousand contacts by id (a search: scanning every
        // position added a tenth to `list contacts --search` over 100,000), of more in one pass.
        constexpr qsizetype kById = 5000;
        QString only;
        QVariantList ids;
        if (out.size() <= kById) {
            only = QStringLiteral(" WHERE contact_id ") + QLatin1String(sql::kInIdArray);
            ids << sql::idArray(index.keys());
        }
        auto positions = sql::prepare(m_db.connection(), QStringLiteral("SELECT contact_id, company_id, company_name, title, from_date, "
                                                                        "to_date FROM contact_positions%1 ORDER BY contact_id, position")
                                                             .arg(only));
        if (positions && sql::exec(*positions, ids))
            while (positions->next())
                if (auto it = index.constFind(positions->value(0).toLongLong()); it != index.constEnd())
                    out[*it].history.append({CompanyId(positions->value(1).toLongLong()), positions->value(2).toString(),
                                             positions->value(3).toString(), sql::toDate(positions->value(4)),
                                             sql::toDate(positions->value(5))});
    }
    return out;
}

QList<ContactSummary> ContactStore::summaries(const QList<ContactId> &ids)
{
    auto rows = ContactSummaryReader(m_db).read(ids);
    return rows ? *rows : QList<ContactSummary>();
}

Result<qint64> ContactStore::count()
{
    auto value = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM contacts"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

QList<ContactId> ContactStore::findByName(const QString &name)
{
    QList<ContactId> ids;
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT id FROM contacts WHERE name = ? COLLATE NOCASE ORDER BY id"));
    if (query && sql::exec(*query, {name.simplified()}))
        while (query->next())
            ids << ContactId(query->value(0).toLongLong());
    return ids;
}

QList<ContactId> ContactStore::findByEmail(const QString &email)
{
    QList<ContactId> ids;
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT c.id FROM contacts c WHERE EXISTS (SELECT 1 FROM json_each(c.emails) e "
                                             "WHERE lower(e.value ->> 'value') = lower(?)) ORDER BY c.id"));
    if (query && sql::exec(*query, {email.trimmed()}))
        while (query->next())
            ids << ContactId(query->value(0).toLongLong());
    return ids;
}

QList<ContactId> ContactStore::findByUrl(const QString &url)
{
    QList<ContactId> ids;
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT c.id FROM contacts c WHERE EXISTS (SELECT 1 FROM json_each(c.urls) u "
                                             "WHERE rtrim(lower(u.value ->> 'value'), '/') = rtrim(lower(?), '/')) ORDER BY c.id"));
    if (query && sql::exec(*query, {url.trimmed()}))
        while (query->next())
            ids << ContactId(query->value(0).toLongLong());
    return ids;
}

QHash<qint64, QString> ContactStore::allNames()
{
    // Through SQLite's own API: 100,000 names at start, without a QVariant each.
    QHash<qint64, QString> out;
    auto statement = NativeStatement::prepare(m_db.connection(), QStringLiteral("SELECT id, name FROM contacts"));
    if (!statement)
        return out;
    while (true) {
        auto row = statement->step();
        if (!row || !*row)
            break;
        out.insert(statement->int64(0), statement->text(1));
    }
    return out;
}

QString ContactStore::nameOf(ContactId id)
{
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT name FROM contacts WHERE id = ?"));
    if (query && sql::exec(*query, {id.value}) && query->next())
        return query->value(0).toString();
    return {};
}

} // namespace foothold
