#include "core/storage/ConversationStore.h"

#include "core/domain/Validation.h"
#include "core/storage/SqlSupport.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConversationStore", text);
}

const QString kColumns = QStringLiteral(
    "id, occurred_at, channel, kind, duration_minutes, talk_source, my_share, my_seconds, their_seconds, questions_me, "
    "questions_them, longest_monologue_s, switches_per_min, notes, next_step, event_id, application_id, sample, "
    "created_at, updated_at");

Conversation fromRow(const QSqlQuery &q)
{
    Conversation c;
    c.id = ConversationId(q.value(0).toLongLong());
    c.when = sql::toDateTime(q.value(1));
    c.channel = fromKey<ConversationChannel>(q.value(2).toString()).value_or(ConversationChannel::InPerson);
    c.kind = fromKey<ConversationKind>(q.value(3).toString()).value_or(ConversationKind::CoffeeChat);
    c.durationMinutes = q.value(4).toInt();
    c.talk.source = fromKey<TalkSource>(q.value(5).toString()).value_or(TalkSource::None);
    c.talk.myShare = sql::toOptionalDouble(q.value(6));
    c.talk.mySeconds = q.value(7).toDouble();
    c.talk.theirSeconds = q.value(8).toDouble();
    c.talk.questionsMe = q.value(9).toInt();
    c.talk.questionsThem = q.value(10).toInt();
    c.talk.longestMonologueSeconds = q.value(11).toDouble();
    c.talk.switchesPerMinute = q.value(12).toDouble();
    c.notes = q.value(13).toString();
    c.nextStep = q.value(14).toString();
    c.event = EventId(q.value(15).toLongLong());
    c.application = ApplicationId(q.value(16).toLongLong());
    c.sample = q.value(17).toBool();
    c.createdAt = sql::toDateTime(q.value(18));
    c.updatedAt = sql::toDateTime(q.value(19));
    return c;
}

QVariantList rowValues(const Conversation &c)
{
    return {sql::fromDateTime(c.when), toKey(c.channel), toKey(c.kind), c.durationMinutes, toKey(c.talk.source),
            sql::fromOptional(c.talk.myShare), c.talk.mySeconds, c.talk.theirSeconds, c.talk.questionsMe,
            c.talk.questionsThem, c.talk.longestMonologueSeconds, c.talk.switchesPerMinute, sql::fromText(c.notes),
            sql::fromText(c.nextStep), sql::fromId(c.event.value), sql::fromId(c.application.value), int(c.sample)};
}

} // namespace

Status ConversationStore::writeParticipants(const Conversation &conversation, bool replacing)
{
    auto &db = m_db.connection();
    if (replacing)
        if (auto s = sql::run(db, QStringLiteral("DELETE FROM conversation_contacts WHERE conversation_id = ?"), {conversation.id.value}); !s)
            return s;
    auto insert = sql::prepare(db, QStringLiteral("INSERT OR IGNORE INTO conversation_contacts(conversation_id, contact_id) VALUES (?, ?)"));
    if (!insert)
        return insert.error();
    for (const ContactId contact : conversation.contacts)
        if (auto s = sql::exec(*insert, {conversation.id.value, contact.value}); !s)
            return s;
    return {};
}

QList<ContactId> ConversationStore::participants(ConversationId id)
{
    QList<ContactId> out;
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT contact_id FROM conversation_contacts WHERE conversation_id = ?"));
    if (query && sql::exec(*query, {id.value}))
        while (query->next())
            out << ContactId(query->value(0).toLongLong());
    return out;
}

void ConversationStore::touchParticipants(const QList<ContactId> &contacts)
{
    // A contact's last conversation is shown with the contact: tell its listeners.
    QList<ContactId> seen;
    for (const ContactId contact : contacts) {
        if (seen.contains(contact))
            continue;
        seen << contact;
        m_db.recordChange({Entity::Contact, ChangeKind::Updated, contact.value, {QStringLiteral("last_conversation")}});
    }
}

Result<ConversationId> ConversationStore::insert(Conversation conversation)
{
    if (auto status = firstError(validate(conversation)); !status)
        return status.error();
    Status status = m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("INSERT INTO conversations(id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(kColumns.mid(4)));
        if (!query)
            return query.error();
        const QString now = sql::isoUtc(m_clock.nowUtc());
        QVariantList values = rowValues(conversation);
        values.prepend(sql::fromId(conversation.id.value));
        values << (conversation.createdAt.isValid() ? sql::isoUtc(conversation.createdAt) : now) << now;
        if (auto s = sql::exec(*query, values); !s)
            return s;
        conversation.id = ConversationId(query->lastInsertId().toLongLong());
        if (auto s = writeParticipants(conversation, false); !s)
            return s;
        m_db.recordChange({Entity::Conversation, ChangeKind::Inserted, conversation.id.value, {}});
        touchParticipants(conversation.contacts);
        return {};
    });
    if (!status)
        return status.error();
    return conversation.id;
}

Status ConversationStore::update(const Conversation &conversation)
{
    if (!conversation.id.isValid())
        return Error::notFound(tr("the conversation has no id"));
    if (auto status = firstError(validate(conversation)); !status)
        return status;
    return m_db.transaction([&]() -> Status {
        auto query = sql::prepare(m_db.connection(),
                                  QStringLiteral("UPDATE conversations SET occurred_at = ?, channel = ?, kind = ?, duration_minutes = ?, "
                                                 "talk_source = ?, my_share = ?, my_seconds = ?, their_seconds = ?, questions_me = ?, "
                                                 "questions_them = ?, longest_monologue_s = ?, switches_per_min = ?, notes = ?, "
                                                 "next_step = ?, event_id = ?, application_id = ?, sample = ?, updated_at = ? WHERE id = ?"));
        if (!query)
            return query.error();
        QVariantList values = rowValues(conversation);
        values << sql::isoUtc(m_clock.nowUtc()) << conversation.id.value;
        if (auto s = sql::exec(*query, values); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("conversation %1 does not exist").arg(conversation.id.value));
        QList<ContactId> before = participants(conversation.id);
        if (auto s = writeParticipants(conversation, true); !s)
            return s;
        m_db.recordChange({Entity::Conversation, ChangeKind::Updated, conversation.id.value, {}});
        before << conversation.contacts;
        touchParticipants(before);
        return {};
    });
}

Status ConversationStore::remove(ConversationId id)
{
    return m_db.transaction([&]() -> Status {
        auto followUps = sql::prepare(m_db.connection(), QStringLiteral("SELECT id FROM follow_ups WHERE conversation_id = ?"));
        if (!followUps)
            return followUps.error();
        if (auto s = sql::exec(*followUps, {id.value}); !s)
            return s;
        while (followUps->next())
            m_db.recordChange({Entity::FollowUp, ChangeKind::Removed, followUps->value(0).toLongLong(), {}});
        const QList<ContactId> people = participants(id);
        auto query = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM conversations WHERE id = ?"));
        if (!query)
            return query.error();
        if (auto s = sql::exec(*query, {id.value}); !s)
            return s;
        if (query->numRowsAffected() == 0)
            return Error::notFound(tr("conversation %1 does not exist").arg(id.value));
        m_db.recordChange({Entity::Conversation, ChangeKind::Removed, id.value, {}});
        touchParticipants(people);
        return {};
    });
}

Result<Conversation> ConversationStore::get(ConversationId id)
{
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(kColumns));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, {id.value}); !s)
        return s.error();
    if (!query->next())
        return Error::notFound(tr("conversation %1 does not exist").arg(id.value));
    Conversation conversation = fromRow(*query);
    auto people = sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT contact_id FROM conversation_contacts WHERE conversation_id = ? ORDER BY contact_id"));
    if (!people)
        return people.error();
    if (auto s = sql::exec(*people, {id.value}); !s)
        return s.error();
    while (people->next())
        conversation.contacts << ContactId(people->value(0).toLongLong());
    return conversation;
}

QList<Conversation> ConversationStore::list(const ConversationQuery &filter)
{
    sql::Filter where;
    if (!filter.search.trimmed().isEmpty()) {
        where.add(QStringLiteral("notes LIKE %1 ESCAPE '\\' OR next_step LIKE %1 ESCAPE '\\' OR id IN (SELECT cc.conversation_id "
                  "FROM conversation_contacts cc JOIN contacts c ON c.id = cc.contact_id WHERE c.name LIKE %1 "
                  "ESCAPE '\\')"),
                  sql::likeContains(filter.search.trimmed()));
    }
    if (filter.contact.isValid())
        where.add(QStringLiteral("id IN (SELECT conversation_id FROM conversation_contacts WHERE contact_id = %1)"), filter.contact.value);
    if (filter.application.isValid())
        where.add(QStringLiteral("application_id = %1"), filter.application.value);
    if (filter.kind)
        where.add(QStringLiteral("kind = %1"), toKey(*filter.kind));
    if (filter.from.isValid())
        where.add(QStringLiteral("occurred_at >= %1"), sql::isoUtc(filter.from));
    if (filter.to.isValid())
        where.add(QStringLiteral("occurred_at < %1"), sql::isoUtc(filter.to));
    if (!filter.includeSample)
        where.add(QStringLiteral("sample = 0"));

    QList<Conversation> out;
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT %1 FROM conversations%2 ORDER BY occurred_at DESC, id DESC").arg(kColumns, where.where()));
    if (!query || !sql::exec(*query, where.values()))
        return out;
    QHash<qint64, qsizetype> index;
    while (query->next()) {
        index.insert(query->value(0).toLongLong(), out.size());
        out << fromRow(*query);
    }
    query->finish();
    if (out.isEmpty())
        return out;
    auto people = sql::prepare(m_db.connection(),
                               QStringLiteral("SELECT conversation_id, contact_id FROM conversation_contacts ORDER BY conversation_id, contact_id"));
    if (people && sql::exec(*people))
        while (people->next())
            if (auto it = index.constFind(people->value(0).toLongLong()); it != index.constEnd())
                out[*it].contacts << ContactId(people->value(1).toLongLong());
    return out;
}

Result<qint64> ConversationStore::count()
{
    auto value = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM conversations"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace foothold
