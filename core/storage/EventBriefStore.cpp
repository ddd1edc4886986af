#include "core/storage/EventBriefStore.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EventBriefStore", text);
}

} // namespace

Status EventBriefStore::checkEvent(EventId event)
{
    auto n = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM events WHERE id = ?"), {event.value});
    if (!n)
        return n.error();
    if (n->toLongLong() == 0)
        return Error::notFound(tr("no event with id %1").arg(event.value));
    return {};
}

void EventBriefStore::recordChange(EventId event, const QString &field)
{
    m_db.recordChange({Entity::Event, ChangeKind::Updated, event.value, {field}});
}

Result<std::optional<QString>> EventBriefStore::pitch(EventId event)
{
    auto q = sql::prepare(m_db.connection(), QStringLiteral("SELECT pitch FROM events WHERE id = ?"));
    if (!q)
        return q.error();
    if (auto s = sql::exec(*q, {event.value}); !s)
        return s.error();
    if (!q->next())
        return Error::notFound(tr("no event with id %1").arg(event.value));
    const QVariant value = q->value(0);
    if (value.isNull())
        return std::optional<QString>();
    return std::optional<QString>(value.toString());
}

Status EventBriefStore::setPitch(EventId event, const std::optional<QString> &pitch)
{
    return m_db.transaction([&]() -> Status {
        if (auto s = checkEvent(event); !s)
            return s;
        const QVariant value = pitch ? sql::fromText(*pitch) : QVariant();
        if (auto s = sql::run(m_db.connection(), QStringLiteral("UPDATE events SET pitch = ? WHERE id = ?"), {value, event.value}); !s)
            return s;
        recordChange(event, QStringLiteral("pitch"));
        return {};
    });
}

Result<QList<ChecklistRow>> EventBriefStore::checklist(EventId event)
{
    auto q = sql::prepare(m_db.connection(), QStringLiteral("SELECT id, event_id, position, generated, label, done FROM event_checklist "
                                                            "WHERE event_id = ? ORDER BY generated = '', position, id"));
    if (!q)
        return q.error();
    if (auto s = sql::exec(*q, {event.value}); !s)
        return s.error();
    QList<ChecklistRow> rows;
    while (q->next())
        rows << ChecklistRow{q->value(0).toLongLong(), EventId(q->value(1).toLongLong()), q->value(2).toInt(), q->value(3).toString(),
                             q->value(4).toString(), q->value(5).toBool()};
    return rows;
}

Status EventBriefStore::setGeneratedDone(EventId event, const QString &key, bool done)
{
    if (key.isEmpty())
        return Error::invalid(QStringLiteral("generated"), tr("a generated checklist item needs its key"));
    return m_db.transaction([&]() -> Status {
        if (auto s = checkEvent(event); !s)
            return s;
        // Upsert on the partial unique index (event_id, generated).
        if (auto s = sql::run(m_db.connection(),
                              QStringLiteral("INSERT INTO event_checklist(event_id, generated, done) VALUES (?, ?, ?) "
                                             "ON CONFLICT(event_id, generated) WHERE generated <> '' DO UPDATE SET done = excluded.done"),
                              {event.value, key, int(done)});
            !s)
            return s;
        recordChange(event, QStringLiteral("checklist"));
        return {};
    });
}

Result<qint64> EventBriefStore::addItem(EventId event, const QString &label)
{
    const QString text = label.simplified();
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("label"), tr("a checklist item needs some text"));
    qint64 id = 0;
    Status status = m_db.transaction([&]() -> Status {
        if (auto s = checkEvent(event); !s)
            return s;
        auto q = sql::prepare(m_db.connection(),
                              QStringLiteral("INSERT INTO event_checklist(event_id, position, label, done) "
                                             "SELECT ?, coalesce(max(position), 0) + 1, ?, 0 FROM event_checklist WHERE event_id = ? "
                                             "AND generated = ''"));
        if (!q)
            return q.error();
        if (auto s = sql::exec(*q, {event.value, text, event.value}); !s)
            return s;
        id = q->lastInsertId().toLongLong();
        recordChange(event, QStringLiteral("checklist"));
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status EventBriefStore::setItemDone(EventId event, qint64 item, bool done)
{
    return m_db.transaction([&]() -> Status {
        auto q = sql::prepare(m_db.connection(),
                              QStringLiteral("UPDATE event_checklist SET done = ? WHERE id = ? AND event_id = ? AND generated = ''"));
        if (!q)
            return q.error();
        if (auto s = sql::exec(*q, {int(done), item, event.value}); !s)
            return s;
        if (q->numRowsAffected() != 1)
            return Error::notFound(tr("checklist item %1 is not one of your items for event %2").arg(item).arg(event.value));
        recordChange(event, QStringLiteral("checklist"));
        return {};
    });
}

Status EventBriefStore::removeItem(EventId event, qint64 item)
{
    return m_db.transaction([&]() -> Status {
        auto q = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM event_checklist WHERE id = ? AND event_id = ? AND generated = ''"));
        if (!q)
            return q.error();
        if (auto s = sql::exec(*q, {item, event.value}); !s)
            return s;
        if (q->numRowsAffected() != 1)
            return Error::notFound(tr("checklist item %1 is not one of your items for event %2").arg(item).arg(event.value));
        recordChange(event, QStringLiteral("checklist"));
        return {};
    });
}

} // namespace foothold
