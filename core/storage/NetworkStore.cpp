#include "core/storage/NetworkStore.h"

#include "core/storage/NativeStatement.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/Utf8Fields.h"

#include <utility>

#include <vector>

namespace foothold {
namespace {

using storage::dayPrefix;

// Runs `statement` with `values` and calls `row` for each result row. SQLite's own API, not
// QSqlQuery: these reads return up to a million rows, and a QVariant per value cost more than
// SQLite's work (docs/PERFORMANCE.md, "Network reach").
template <typename Row>
Status forEachRow(Database &db, const QString &statement, const QVariantList &values, Row &&row)
{
    auto query = NativeStatement::prepare(db.connection(), statement);
    if (!query)
        return query.error();
    if (auto s = query->bind(values); !s)
        return s;
    while (query->next())
        row(std::as_const(*query));
    return query->status();
}

template <typename E, E Default>
E keyOf(const NativeStatement &q, int column)
{
    return storage::enumFromUtf8(q.utf8(column), Default);
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
    // Only the columns asked for.
    QStringList columns{QStringLiteral("id"), QStringLiteral("company_id"), QStringLiteral("prospect"),
                        QStringLiteral("connected_on"), QStringLiteral("created_at")};
    if (options.names)
        columns << QStringLiteral("name");
    if (options.tieDetails)
        columns << QStringLiteral("role") << QStringLiteral("strength_override") << QStringLiteral("met_at_event_id")
                << QStringLiteral("introduced_by_id");
    const int details = options.names ? 6 : 5;
    auto status = forEachRow(m_db,
                             QStringLiteral("SELECT %1 FROM contacts%2 ORDER BY id").arg(columns.join(QStringLiteral(", ")), peopleWhere),
                             peopleValues, [&](const NativeStatement &q) {
                                 NetworkPerson p;
                                 p.id = ContactId(q.int64(0));
                                 p.company = CompanyId(q.int64(1)); // NULL reads as 0: no company
                                 p.prospect = q.int64(2) != 0;
                                 p.connectedOn = dayPrefix(q.cString(3));
                                 p.recordedOn = dayPrefix(q.cString(4));
                                 if (options.names)
                                     p.name = q.text(5);
                                 if (options.tieDetails) {
                                     p.role = keyOf<ContactRole, ContactRole::None>(q, details);
                                     if (!q.isNull(details + 1))
                                         p.strengthOverride = q.real(details + 1);
                                     p.metAt = EventId(q.int64(details + 2));
                                     p.introducedBy = ContactId(q.int64(details + 3));
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
                            {}, [&](const NativeStatement &q) {
                                const qint64 id = q.int64(0);
                                const qsizetype at = indexOf(id);
                                if (at < 0)
                                    return;
                                const QDate day = dayPrefix(q.utf8(1));
                                NetworkPerson &p = data.people[at];
                                if (!p.firstConversation.isValid() || day < p.firstConversation)
                                    p.firstConversation = day;
                                data.touches.append({ContactId(id), day,
                                                     keyOf<ConversationChannel, ConversationChannel::InPerson>(q, 2)});
                            });
    } else {
        status = forEachRow(m_db,
                            QStringLiteral("SELECT cc.contact_id, min(c.occurred_at) FROM conversation_contacts cc "
                                           "JOIN conversations c ON c.id = cc.conversation_id GROUP BY cc.contact_id"),
                            {}, [&](const NativeStatement &q) {
                                if (const qsizetype at = indexOf(q.int64(0)); at >= 0)
                                    data.people[at].firstConversation = dayPrefix(q.utf8(1));
                            });
    }
    if (!status)
        return status.error();

    if (options.earlierJobs) {
        status = forEachRow(m_db,
                            QStringLiteral("SELECT contact_id, company_id, from_date, to_date FROM contact_positions "
                                           "WHERE company_id IS NOT NULL ORDER BY contact_id, position"),
                            {}, [&](const NativeStatement &q) {
                                if (const qsizetype at = indexOf(q.int64(0)); at >= 0)
                                    data.people[at].earlierJobs.append({CompanyId(q.int64(1)), dayPrefix(q.utf8(2)), dayPrefix(q.utf8(3))});
                            });
        if (!status)
            return status.error();
    }

    qint64 linkCount = 0;
    if (auto top = sql::scalar(m_db.connection(), QStringLiteral("SELECT max(id) FROM links")); top && !options.around.isValid())
        linkCount = top->toLongLong();
    if (options.linkDetails) {
        data.links.reserve(linkCount);
        status = forEachRow(m_db,
                            QStringLiteral("SELECT from_id, to_id, since, dismissed, id, kind, strength, source FROM links%1 ORDER BY id")
                                .arg(linkWhere),
                            linkValues, [&](const NativeStatement &q) {
                                Link l;
                                l.from = ContactId(q.int64(0));
                                l.to = ContactId(q.int64(1));
                                l.since = dayPrefix(q.utf8(2));
                                l.dismissed = q.int64(3) != 0;
                                l.id = LinkId(q.int64(4));
                                l.kind = keyOf<LinkKind, LinkKind::Knows>(q, 5);
                                l.strength = q.real(6);
                                l.source = keyOf<LinkSource, LinkSource::Manual>(q, 7);
                                data.links.append(std::move(l));
                            });
    } else {
        // Ends and dates only, into the compact list (a Link is three times the size).
        data.linkEnds.reserve(linkCount);
        status = forEachRow(m_db,
                            QStringLiteral("SELECT from_id, to_id, since, %1 FROM links%2")
                                .arg(options.dismissedLinks ? QStringLiteral("dismissed") : QStringLiteral("0"), linkWhere),
                            linkValues, [&](const NativeStatement &q) {
                                data.linkEnds.append({ContactId(q.int64(0)), ContactId(q.int64(1)), dayPrefix(q.cString(2)),
                                                      options.dismissedLinks && q.int64(3) != 0});
                            });
    }
    if (!status)
        return status.error();

    status = forEachRow(m_db,
                        QStringLiteral("SELECT id, name, priority, tech_stack FROM companies%1 ORDER BY id")
                            .arg(options.targetCompaniesOnly ? QStringLiteral(" WHERE priority > 0") : QString()),
                        {},
                        [&](const NativeStatement &q) {
                            NetworkCompany c;
                            c.id = CompanyId(q.int64(0));
                            c.name = q.text(1);
                            c.priority = static_cast<CompanyPriority>(qBound(qint64(0), q.int64(2), qint64(3)));
                            if (const QByteArrayView stack = q.utf8(3); stack.size() > 2)
                                c.techStack = sql::stringListFromJson(QString::fromUtf8(stack));
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
                             [&](const NativeStatement &q) { days.insert(q.int64(0), dayPrefix(q.utf8(1))); });
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
                             {company.value}, [&](const NativeStatement &q) {
                                 out.append({EventId(q.int64(0)), q.text(1), storage::instantFrom(q.utf8(2)),
                                             q.text(3)});
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
                             {contact.value}, [&](const NativeStatement &q) {
                                 out.append({EventId(q.int64(0)), q.text(1), storage::instantFrom(q.utf8(2)),
                                             q.text(3)});
                             });
    if (!status)
        return status.error();
    return out;
}

Result<QHash<qint64, NodePosition>> NetworkStore::positions()
{
    QHash<qint64, NodePosition> out;
    auto status = forEachRow(m_db, QStringLiteral("SELECT contact_id, x, y, pinned FROM network_positions"), {},
                             [&](const NativeStatement &q) {
                                 out.insert(q.int64(0), {QPointF(q.real(1), q.real(2)), q.int64(3) != 0});
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
