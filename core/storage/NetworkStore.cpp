#include "core/storage/NetworkStore.h"

#include "core/storage/SqlSupport.h"

#include <vector>

namespace foothold {
namespace {

// 'YYYY-MM-DD…' (a date, or the date part of a UTC instant) without a full parse per row.
QDate dayOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() < 10)
        return {};
    return QDate(QStringView(text).mid(0, 4).toInt(), QStringView(text).mid(5, 2).toInt(), QStringView(text).mid(8, 2).toInt());
}

// A Julian day number computed by SQLite (julianday() + 0.5, truncated); null stays null.
QDate julianDay(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromJulianDay(value.toLongLong());
}

// Runs `statement` with `values` and calls `row` for each result row.
template <typename Row>
Status forEachRow(Database &db, const QString &statement, const QVariantList &values, Row &&row)
{
    auto query = sql::prepare(db.connection(), statement);
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, values); !s)
        return s;
    while (query->next())
        row(*query);
    return {};
}

} // namespace

Result<NetworkData> NetworkStore::load(const NetworkLoadOptions &options)
{
    NetworkData data;
    // Whole-table reads: let SQLite map the file instead of copying every page through read().
    (void)m_db.exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
    QString peopleWhere;
    QString linkWhere = options.dismissedLinks ? QString() : QStringLiteral(" WHERE dismissed = 0");
    QVariantList peopleValues;
    QVariantList linkValues;
    if (options.around.isValid()) {
        const qint64 id = options.around.value;
        peopleWhere = QStringLiteral(
            " WHERE id = ? OR introduced_by_id = ? OR id = (SELECT introduced_by_id FROM contacts WHERE id = ?)"
            " OR company_id = (SELECT company_id FROM contacts WHERE id = ?)"
            " OR met_at_event_id = (SELECT met_at_event_id FROM contacts WHERE id = ?)");
        peopleValues = {id, id, id, id, id};
        linkWhere += (linkWhere.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND")) + QStringLiteral(" (from_id = ? OR to_id = ?)");
        linkValues = {id, id};
    }

    // Where each person is in data.people, by id: an array (ids are autoincremented, so dense),
    // or a hash for the few people around one contact.
    QHash<qint64, qsizetype> sparse;
    std::vector<qsizetype> dense;
    auto remember = [&](qint64 id, qsizetype at) {
        if (options.around.isValid() || id < 0 || id >= qint64(dense.size()))
            sparse.insert(id, at);
        else
            dense[size_t(id)] = at;
    };
    auto indexOf = [&](qint64 id) -> qsizetype {
        if (!options.around.isValid() && id >= 0 && id < qint64(dense.size()) && dense[size_t(id)] >= 0)
            return dense[size_t(id)];
        return sparse.value(id, -1);
    };
    if (!options.around.isValid()) {
        if (auto top = sql::scalar(m_db.connection(), QStringLiteral("SELECT max(id) FROM contacts")); top) {
            data.people.reserve(top->toLongLong());
            dense.assign(size_t(qMax<qint64>(0, top->toLongLong()) + 1), -1);
        }
    }
    // Only the columns asked for: every value costs a QVariant per row.
    QStringList columns{QStringLiteral("id"), QStringLiteral("company_id"), QStringLiteral("prospect"),
                        QStringLiteral("CAST(julianday(connected_on) + 0.5 AS INTEGER)"),
                        QStringLiteral("CAST(julianday(substr(created_at, 1, 10)) + 0.5 AS INTEGER)")};
    if (options.names)
        columns << QStringLiteral("name");
    if (options.tieDetails)
        columns << QStringLiteral("role") << QStringLiteral("strength_override") << QStringLiteral("met_at_event_id")
                << QStringLiteral("introduced_by_id");
    const int details = options.names ? 6 : 5;
    auto status = forEachRow(m_db,
                             QStringLiteral("SELECT %1 FROM contacts%2 ORDER BY id").arg(columns.join(QStringLiteral(", ")), peopleWhere),
                             peopleValues, [&](const QSqlQuery &q) {
                                 NetworkPerson p;
                                 p.id = ContactId(q.value(0).toLongLong());
                                 p.company = CompanyId(q.value(1).toLongLong());
                                 p.prospect = q.value(2).toInt() != 0;
                                 p.connectedOn = julianDay(q.value(3));
                                 p.recordedOn = julianDay(q.value(4));
                                 if (options.names)
                                     p.name = q.value(5).toString();
                                 if (options.tieDetails) {
                                     p.role = fromKey<ContactRole>(q.value(details).toString()).value_or(ContactRole::None);
                                     p.strengthOverride = sql::toOptionalDouble(q.value(details + 1));
                                     p.metAt = EventId(q.value(details + 2).toLongLong());
                                     p.introducedBy = ContactId(q.value(details + 3).toLongLong());
                                 }
                                 remember(p.id.value, data.people.size());
                                 data.people.append(std::move(p));
                             });
    if (!status)
        return status.error();

    // First conversations always (they make a person a connection); every touch when asked.
    if (options.touches) {
        status = forEachRow(m_db,
                            QStringLiteral("SELECT cc.contact_id, c.occurred_at, c.channel FROM conversation_contacts cc "
                                           "JOIN conversations c ON c.id = cc.conversation_id ORDER BY cc.contact_id, c.occurred_at"),
                            {}, [&](const QSqlQuery &q) {
                                const qint64 id = q.value(0).toLongLong();
                                const qsizetype at = indexOf(id);
                                if (at < 0)
                                    return;
                                const QDate day = dayOf(q.value(1));
                                NetworkPerson &p = data.people[at];
                                if (!p.firstConversation.isValid() || day < p.firstConversation)
                                    p.firstConversation = day;
                                data.touches.append({ContactId(id), day,
                                                     fromKey<ConversationChannel>(q.value(2).toString()).value_or(ConversationChannel::InPerson)});
                            });
    } else {
        status = forEachRow(m_db,
                            QStringLiteral("SELECT cc.contact_id, min(c.occurred_at) FROM conversation_contacts cc "
                                           "JOIN conversations c ON c.id = cc.conversation_id GROUP BY cc.contact_id"),
                            {}, [&](const QSqlQuery &q) {
                                if (const qsizetype at = indexOf(q.value(0).toLongLong()); at >= 0)
                                    data.people[at].firstConversation = dayOf(q.value(1));
                            });
    }
    if (!status)
        return status.error();

    if (options.earlierJobs) {
        status = forEachRow(m_db,
                            QStringLiteral("SELECT contact_id, company_id, from_date, to_date FROM contact_positions "
                                           "WHERE company_id IS NOT NULL ORDER BY contact_id, position"),
                            {}, [&](const QSqlQuery &q) {
                                if (const qsizetype at = indexOf(q.value(0).toLongLong()); at >= 0)
                                    data.people[at].earlierJobs.append(
                                        {CompanyId(q.value(1).toLongLong()), dayOf(q.value(2)), dayOf(q.value(3))});
                            });
        if (!status)
            return status.error();
    }

    // Dates as Julian day numbers computed by SQLite: no string per row.
    if (auto top = sql::scalar(m_db.connection(), QStringLiteral("SELECT max(id) FROM links")); top && !options.around.isValid())
        data.links.reserve(top->toLongLong());
    const QString since = QStringLiteral("CAST(julianday(since) + 0.5 AS INTEGER)");
    if (options.linkDetails) {
        status = forEachRow(m_db,
                            QStringLiteral("SELECT from_id, to_id, %1, dismissed, id, kind, strength, source FROM links%2 ORDER BY id")
                                .arg(since, linkWhere),
                            linkValues, [&](const QSqlQuery &q) {
                                Link l;
                                l.from = ContactId(q.value(0).toLongLong());
                                l.to = ContactId(q.value(1).toLongLong());
                                if (const QVariant day = q.value(2); !day.isNull())
                                    l.since = QDate::fromJulianDay(day.toLongLong());
                                l.dismissed = q.value(3).toInt() != 0;
                                l.id = LinkId(q.value(4).toLongLong());
                                l.kind = fromKey<LinkKind>(q.value(5).toString()).value_or(LinkKind::Knows);
                                l.strength = q.value(6).toDouble();
                                l.source = fromKey<LinkSource>(q.value(7).toString()).value_or(LinkSource::Manual);
                                data.links.append(std::move(l));
                            });
    } else {
        status = forEachRow(m_db,
                            QStringLiteral("SELECT from_id, to_id, %1, %2 FROM links%3")
                                .arg(since, options.dismissedLinks ? QStringLiteral("dismissed") : QStringLiteral("0"), linkWhere),
                            linkValues, [&](const QSqlQuery &q) {
                                Link l;
                                l.from = ContactId(q.value(0).toLongLong());
                                l.to = ContactId(q.value(1).toLongLong());
                                if (const QVariant day = q.value(2); !day.isNull())
                                    l.since = QDate::fromJulianDay(day.toLongLong());
                                l.dismissed = q.value(3).toInt() != 0;
                                data.links.append(std::move(l));
                            });
    }
    if (!status)
        return status.error();

    status = forEachRow(m_db,
                        QStringLiteral("SELECT id, name, priority, tech_stack FROM companies%1 ORDER BY id")
                            .arg(options.targetCompaniesOnly ? QStringLiteral(" WHERE priority > 0") : QString()),
                        {},
                        [&](const QSqlQuery &q) {
                            NetworkCompany c;
                            c.id = CompanyId(q.value(0).toLongLong());
                            c.name = q.value(1).toString();
                            c.priority = static_cast<CompanyPriority>(qBound(0, q.value(2).toInt(), 3));
                            const QString stack = q.value(3).toString();
                            if (stack.size() > 2)
                                c.techStack = sql::stringListFromJson(stack);
                            data.companies.append(std::move(c));
                        });
    if (!status)
        return status.error();
    return data;
}

Result<QHash<qint64, QString>> NetworkStore::namesOf(const QList<ContactId> &ids)
{
    QHash<qint64, QString> names;
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT name FROM contacts WHERE id = ?"));
    if (!query)
        return query.error();
    for (const ContactId id : ids) {
        if (auto s = sql::exec(*query, {id.value}); !s)
            return s.error();
        if (query->next())
            names.insert(id.value, query->value(0).toString());
    }
    return names;
}

Result<QHash<qint64, QDate>> NetworkStore::eventDays()
{
    QHash<qint64, QDate> days;
    auto status = forEachRow(m_db, QStringLiteral("SELECT id, start_utc FROM events"), {},
                             [&](const QSqlQuery &q) { days.insert(q.value(0).toLongLong(), dayOf(q.value(1))); });
    if (!status)
        return status.error();
    return days;
}

Result<QList<EventMention>> NetworkStore::eventsOfCompany(CompanyId company)
{
    QList<EventMention> out;
    auto status = forEachRow(m_db,
                             QStringLiteral("SELECT e.id, e.name, e.start_utc, ec.role FROM event_companies ec "
                                            "JOIN events e ON e.id = ec.event_id WHERE ec.company_id = ? ORDER BY e.start_utc, e.id"),
                             {company.value}, [&](const QSqlQuery &q) {
                                 out.append({EventId(q.value(0).toLongLong()), q.value(1).toString(), sql::toDateTime(q.value(2)),
                                             q.value(3).toString()});
                             });
    if (!status)
        return status.error();
    return out;
}

Result<QList<EventMention>> NetworkStore::eventsOfContact(ContactId contact)
{
    QList<EventMention> out;
    auto status = forEachRow(m_db,
                             QStringLiteral("SELECT e.id, e.name, e.start_utc, ep.role FROM event_people ep "
                                            "JOIN events e ON e.id = ep.event_id WHERE ep.contact_id = ? ORDER BY e.start_utc, e.id"),
                             {contact.value}, [&](const QSqlQuery &q) {
                                 out.append({EventId(q.value(0).toLongLong()), q.value(1).toString(), sql::toDateTime(q.value(2)),
                                             q.value(3).toString()});
                             });
    if (!status)
        return status.error();
    return out;
}

Result<QHash<qint64, NodePosition>> NetworkStore::positions()
{
    QHash<qint64, NodePosition> out;
    auto status = forEachRow(m_db, QStringLiteral("SELECT contact_id, x, y, pinned FROM network_positions"), {},
                             [&](const QSqlQuery &q) {
                                 out.insert(q.value(0).toLongLong(),
                                            {QPointF(q.value(1).toDouble(), q.value(2).toDouble()), q.value(3).toInt() != 0});
                             });
    if (!status)
        return status.error();
    return out;
}

Status NetworkStore::savePositions(const QHash<qint64, NodePosition> &positions, const QDateTime &now,
                                   const std::function<bool()> &proceed)
{
    return m_db.transaction([&]() -> Status {
        if (proceed && !proceed()) // the lock is held (BEGIN IMMEDIATE): nobody stores between this and the commit
            return Error{Error::Code::Cancelled, QStringLiteral("the layout was stopped"), {}, {}};
        if (auto s = sql::run(m_db.connection(), QStringLiteral("DELETE FROM network_positions")); !s)
            return s;
        auto insert = sql::prepare(m_db.connection(),
                                   QStringLiteral("INSERT INTO network_positions(contact_id, x, y, pinned, updated_at) "
                                                  "SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM contacts WHERE id = ?)"));
        if (!insert)
            return insert.error();
        const QString stamp = sql::isoUtc(now);
        for (auto it = positions.cbegin(); it != positions.cend(); ++it)
            if (auto s = sql::exec(*insert, {it.key(), it->at.x(), it->at.y(), int(it->pinned), stamp, it.key()}); !s)
                return s;
        return {};
    });
}

Status NetworkStore::setPosition(ContactId contact, const NodePosition &position, const QDateTime &now)
{
    return m_db.transaction([&]() -> Status {
        return sql::run(m_db.connection(),
                        QStringLiteral("INSERT INTO network_positions(contact_id, x, y, pinned, updated_at) VALUES (?, ?, ?, ?, ?) "
                                       "ON CONFLICT(contact_id) DO UPDATE SET x = excluded.x, y = excluded.y, "
                                       "pinned = excluded.pinned, updated_at = excluded.updated_at"),
                        {contact.value, position.at.x(), position.at.y(), int(position.pinned), sql::isoUtc(now)});
    });
}

} // namespace foothold
