#include "core/storage/FollowUpStore.h"

#include "core/domain/Validation.h"
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FollowUpStore", text);
}

const QString kColumns = QStringLiteral(
    "id, title, due, done_at, contact_id, event_id, conversation_id, application_id, origin, rule_key, notes, sample, "
    "created_at, updated_at");

FollowUp fromRow(const QSqlQuery &q)
{
    FollowUp f;
    f.id = FollowUpId(q.value(0).toLongLong());
    f.title = q.value(1).toString();
    f.due = sql::toDate(q.value(2));
    f.doneAt = sql::toDateTime(q.value(3));
    f.contact = ContactId(q.value(4).toLongLong());
    f.event = EventId(q.value(5).toLongLong());
    f.conversation = ConversationId(q.value(6).toLongLong());
    f.application = ApplicationId(q.value(7).toLongLong());
    f.origin = fromKey<FollowUpOrigin>(q.value(8).toString()).value_or(FollowUpOrigin::Manual);
    f.ruleKey = q.value(9).toString();
    f.notes = q.value(10).toString();
    f.sample = q.value(11).toBool();
    f.createdAt = sql::toDateTime(q.value(12));
    f.updatedAt = sql::toDateTime(q.value(13));
    return f;
}

QVariantList rowValues(const FollowUp &f)
{
    return {f.title.simplified(), sql::fromDate(f.due), sql::fromDateTime(f.doneAt), sql::fromId(f.contact.value),
            sql::fromId(f.event.value), sql::fromId(f.conversation.value), sql::fromId(f.application.value), toKey(f.origin),
            f.ruleKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(f.ruleKey), sql::fromText(f.notes),
            int(f.sample)};
}

} // namespace

Result<FollowUpId> FollowUpStore::insert(FollowUp followUp)
{
    if (auto status = firstError(validate(followUp)); !status)
        return status.error();
    Status status = m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("INSERT INTO follow_ups(id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(kColumns.mid(4)));
        if (!query)
            return query.error();
        const QString now = sql::isoUtc(m_clock.nowUtc());
        QVariantList values = rowValues(followUp);
        values.prepend(sql::fromId(followUp.id.value));
        values << (followUp.createdAt.isValid() ? sql::isoUtc(followUp.createdAt) : now) << now;
        if (auto s = sql::exec(*query, values); !s) {
            if (s.error().code == Error::Code::Conflict)
                return Error{Error::Code::Conflict, tr("this follow-up was already made by its rule"), QStringLiteral("rule_key"), {}};
            return s;
        }
        followUp.id = FollowUpId(query->lastInsertId().toLongLong());
        m_db.recordChange({Entity::FollowUp, ChangeKind::Inserted, followUp.id.value, {}});
        return {};
    });
    if (!status)
        return status.error();
    return followUp.id;
}

Status FollowUpStore::update(const FollowUp &followUp)
{
    if (!followUp.id.isValid())
        return Error::notFound(tr("the follow-up has no id"));
    if (auto status = firstError(validate(followUp)); !status)
        return status;
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("UPDATE follow_ups SET title = ?, due = ?, done_at = ?, contact_id = ?, event_id = ?, "
                                                 "conversation_id = ?, application_id = ?, origin = ?, rule_key = ?, notes = ?, sample = ?, "
                                                 "updated_at = ? WHERE id = ?"));
        if (!query)
            return query.error();
        QVariantList values = rowValues(followUp);
        values << sql::isoUtc(m_clock.nowUtc()) << followUp.id.value;
        if (auto s = sql::exec(*query, values); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("follow-up %1 does not exist").arg(followUp.id.value));
        m_db.recordChange({Entity::FollowUp, ChangeKind::Updated, followUp.id.value, {}});
        return {};
    });
}

Status FollowUpStore::setDone(FollowUpId id, bool done)
{
    return m_db.transaction([&]() -> Status {
        const QString now = sql::isoUtc(m_clock.nowUtc());
        auto query = sql::prepare(m_db.connection(), QStringLiteral("UPDATE follow_ups SET done_at = ?, updated_at = ? WHERE id = ?"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {done ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)), now, id.value}); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("follow-up %1 does not exist").arg(id.value));
        m_db.recordChange({Entity::FollowUp, ChangeKind::Updated, id.value, {QStringLiteral("done_at")}});
        return {};
    });
}

Status FollowUpStore::remove(FollowUpId id)
{
    return m_db.transaction([&]() -> Status {
        auto removed = sql::deleteRow(m_db.connection(), QStringLiteral("follow_ups"), id.value);
        if (!removed)
            return removed.error();
        if (!*removed)
            return Error::notFound(tr("follow-up %1 does not exist").arg(id.value));
        m_db.recordChange({Entity::FollowUp, ChangeKind::Removed, id.value, {}});
        return {};
    });
}

Result<FollowUp> FollowUpStore::get(FollowUpId id)
{
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT %1 FROM follow_ups WHERE id = ?").arg(kColumns));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, {id.value}); !s)
        return s.error();
    if (!query->next())
        return Error::notFound(tr("follow-up %1 does not exist").arg(id.value));
    return fromRow(*query);
}

QList<FollowUp> FollowUpStore::list(const FollowUpQuery &filter)
{
    sql::Filter where;
    if (!filter.search.trimmed().isEmpty()) {
        where.add(QStringLiteral("title LIKE %1 ESCAPE '\\' OR notes LIKE %1 ESCAPE '\\' OR contact_id IN (SELECT id FROM "
                  "contacts WHERE name LIKE %1 ESCAPE '\\')"),
                  sql::likeContains(filter.search.trimmed()));
    }
    if (filter.openOnly)
        where.add(QStringLiteral("done_at IS NULL"));
    if (filter.dueOnOrBefore.isValid())
        where.add(QStringLiteral("due <= %1"), sql::isoDate(filter.dueOnOrBefore));
    if (filter.contact.isValid())
        where.add(QStringLiteral("contact_id = %1"), filter.contact.value);
    if (filter.event.isValid())
        where.add(QStringLiteral("event_id = %1"), filter.event.value);
    if (filter.conversation.isValid())
        where.add(QStringLiteral("conversation_id = %1"), filter.conversation.value);
    if (filter.application.isValid())
        where.add(QStringLiteral("application_id = %1"), filter.application.value);
    if (!filter.includeSample)
        where.add(QStringLiteral("sample = 0"));
    QList<FollowUp> out;
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT %1 FROM follow_ups%2 ORDER BY done_at IS NOT NULL, "
                                             "CASE WHEN done_at IS NULL THEN due END, done_at DESC, id").arg(kColumns, where.where()));
    if (!query || !sql::exec(*query, where.values()))
        return out;
    while (query->next())
        out << fromRow(*query);
    return out;
}

Result<qint64> FollowUpStore::count()
{
    return sql::countRows(m_db.connection(), QStringLiteral("follow_ups"));
}

Result<qint64> FollowUpStore::countDue(QDate day)
{
    auto value = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND due <= ?"),
                             {sql::isoDate(day)});
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace foothold
