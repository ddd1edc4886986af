#include "core/storage/AgendaStore.h"

#include "core/domain/AllDay.h"
#include "core/storage/NativeStatement.h"
#include "core/storage/SqlSupport.h"

namespace foothold {
namespace {

Result<QSqlQuery> run(Database &db, const QString &statement, const QVariantList &values)
{
    auto query = sql::prepare(db.connection(), statement);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    if (auto s = sql::exec(*query, values); !s)
        return s.error();
    return query;
}

} // namespace

Result<QList<AgendaFollowUp>> AgendaStore::followUps(QDate today, const QDateTime &doneSinceUtc, int limit)
{
    static const QString columns = QStringLiteral("id, title, due, done_at, contact_id, event_id, conversation_id, application_id");
    // Two selects, so that each uses its own index (open by due; done by time) and the limit
    // applies to the open ones only.
    auto query = run(m_db,
                     QStringLiteral("SELECT * FROM (SELECT %1 FROM follow_ups WHERE done_at IS NULL AND due <= ? "
                                    "ORDER BY due, id LIMIT ?) UNION ALL SELECT * FROM (SELECT %1 FROM follow_ups "
                                    "WHERE done_at >= ? ORDER BY done_at, id)")
                         .arg(columns),
                     {sql::isoDate(today), qMax(0, limit), sql::isoUtc(doneSinceUtc)});
    if (!query)
        return query.error();
    QList<AgendaFollowUp> out;
    while (query->next()) {
        AgendaFollowUp f;
        f.id = FollowUpId(query->value(0).toLongLong());
        f.title = query->value(1).toString();
        f.due = sql::toDate(query->value(2));
        f.doneAt = sql::toDateTime(query->value(3));
        f.contact = ContactId(query->value(4).toLongLong());
        f.event = EventId(query->value(5).toLongLong());
        f.conversation = ConversationId(query->value(6).toLongLong());
        f.application = ApplicationId(query->value(7).toLongLong());
        out << f;
    }
    return out;
}

Result<QList<AgendaEvent>> AgendaStore::events(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // All-day events are dates (AllDay.h): they last their whole days on the local calendar, so
    // they are compared with what the local clock reads at `fromUtc` and `toUtc`.
    const QTimeZone local = QTimeZone::systemTimeZone();
    const QString wallFrom = sql::isoUtc(wallClockAsUtc(fromUtc, local));
    const QString wallTo = sql::isoUtc(wallClockAsUtc(toUtc, local));
    auto query = run(m_db,
                     QStringLiteral("SELECT id, name, kind, status, start_utc, all_day, location FROM events "
                                    "WHERE start_utc < max(?, ?) AND status <> 'skipped' AND CASE WHEN all_day = 1 "
                                    "THEN start_utc < ? AND coalesce(end_utc, substr(start_utc, 1, 10) || 'T23:59:59Z') >= ? "
                                    "ELSE start_utc < ? AND coalesce(end_utc, start_utc) >= ? END "
                                    "ORDER BY start_utc, id"),
                     {sql::isoUtc(toUtc), wallTo, wallTo, wallFrom, sql::isoUtc(toUtc), sql::isoUtc(fromUtc)});
    if (!query)
        return query.error();
    QList<AgendaEvent> out;
    while (query->next()) {
        AgendaEvent e;
        e.id = EventId(query->value(0).toLongLong());
        e.name = query->value(1).toString();
        e.kind = fromKey<EventKind>(query->value(2).toString()).value_or(EventKind::Meetup);
        e.status = fromKey<EventStatus>(query->value(3).toString()).value_or(EventStatus::Considering);
        e.start = sql::toDateTime(query->value(4));
        e.allDay = query->value(5).toBool();
        e.location = query->value(6).toString();
        out << e;
    }
    return out;
}

Result<QList<AgendaRound>> AgendaStore::rounds(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    auto query = run(m_db,
                     QStringLiteral("SELECT r.application_id, r.name, r.at_utc, a.role, a.company_id FROM interview_rounds r "
                                    "JOIN applications a ON a.id = r.application_id WHERE r.at_utc >= ? AND r.at_utc < ? "
                                    "AND a.stage <> 'accepted' AND a.stage <> 'rejected' AND a.stage <> 'withdrawn' "
                                    "AND a.stage <> 'no-answer' ORDER BY r.at_utc, r.id"),
                     {sql::isoUtc(fromUtc), sql::isoUtc(toUtc)});
    if (!query)
        return query.error();
    QList<AgendaRound> out;
    while (query->next()) {
        AgendaRound r;
        r.application = ApplicationId(query->value(0).toLongLong());
        r.name = query->value(1).toString();
        r.at = sql::toDateTime(query->value(2));
        r.role = query->value(3).toString();
        r.company = CompanyId(query->value(4).toLongLong());
        out << r;
    }
    return out;
}

Result<QList<AgendaInterview>> AgendaStore::scheduledInterviews(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    auto query = run(m_db,
                     QStringLiteral("SELECT id, contact_id, company_id, scheduled_at FROM informational_interviews "
                                    "WHERE stage = 'scheduled' AND scheduled_at >= ? AND scheduled_at < ? ORDER BY scheduled_at, id"),
                     {sql::isoUtc(fromUtc), sql::isoUtc(toUtc)});
    if (!query)
        return query.error();
    QList<AgendaInterview> out;
    while (query->next()) {
        AgendaInterview i;
        i.id = InterviewId(query->value(0).toLongLong());
        i.contact = ContactId(query->value(1).toLongLong());
        i.company = CompanyId(query->value(2).toLongLong());
        i.at = sql::toDateTime(query->value(3));
        out << i;
    }
    return out;
}

Result<QList<KeepInTouchInput>> AgendaStore::keepInTouchCandidates(const QDateTime &activeSinceUtc)
{
    // Candidates first (an index lookup finds the recently active), then the last conversation of
    // each candidate only; read through SQLite's own API (tens of thousands of rows on 100,000
    // contacts). Measured: half the time of one grouped pass joined to every contact.
    auto query = NativeStatement::prepare(
        m_db.connection(),
        QStringLiteral("SELECT c.id, c.cadence_days, c.role, c.connected_on, (SELECT max(v.occurred_at) FROM "
                       "conversation_contacts cc JOIN conversations v ON v.id = cc.conversation_id WHERE cc.contact_id = c.id) "
                       "FROM contacts c WHERE c.prospect = 0 AND (c.cadence_days > 0 OR c.role = 'mentor' OR c.id IN "
                       "(SELECT cc.contact_id FROM conversation_contacts cc JOIN conversations v ON v.id = cc.conversation_id "
                       "WHERE v.occurred_at >= ?))"));
    if (!query)
        return query.error();
    if (auto s = query->bind({sql::isoUtc(activeSinceUtc)}); !s)
        return s.error();
    QList<KeepInTouchInput> out;
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        KeepInTouchInput c;
        c.id = ContactId(query->int64(0));
        c.cadenceDays = int(query->int64(1));
        c.role = fromKey<ContactRole>(QString::fromUtf8(query->utf8(2))).value_or(ContactRole::None);
        c.connectedOn = query->isNull(3) ? QDate() : QDate::fromString(query->text(3), Qt::ISODate);
        const QDateTime last = query->isNull(4) ? QDateTime() : parseIsoUtc(query->text(4));
        c.lastConversation = last.isValid() ? last.toLocalTime().date() : QDate();
        out << c;
    }
    return out;
}

Result<QHash<qint64, QString>> AgendaStore::contactNames(const QList<qint64> &ids)
{
    QHash<qint64, QString> out;
    if (ids.isEmpty())
        return out;
    auto query = run(m_db, QStringLiteral("SELECT id, name FROM contacts WHERE id ") + QLatin1String(sql::kInIdArray), {sql::idArray(ids)});
    if (!query)
        return query.error();
    while (query->next())
        out.insert(query->value(0).toLongLong(), query->value(1).toString());
    return out;
}

Result<TodayCounts> AgendaStore::counts(QDate today, const QDateTime &activeSinceUtc)
{
    auto query = run(m_db,
                     QStringLiteral("SELECT (SELECT count(*) FROM contacts), "
                                    "(SELECT count(DISTINCT cc.contact_id) FROM conversations v JOIN conversation_contacts cc "
                                    " ON cc.conversation_id = v.id WHERE v.occurred_at >= ?), "
                                    "(SELECT count(*) FROM applications WHERE stage = 'applied' OR stage = 'screening' "
                                    " OR stage = 'interviewing' OR stage = 'offer'), "
                                    "(SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND due <= ?), "
                                    "NOT (EXISTS (SELECT 1 FROM contacts) OR EXISTS (SELECT 1 FROM companies) "
                                    " OR EXISTS (SELECT 1 FROM events) OR EXISTS (SELECT 1 FROM conversations) "
                                    " OR EXISTS (SELECT 1 FROM applications) OR EXISTS (SELECT 1 FROM follow_ups) "
                                    " OR EXISTS (SELECT 1 FROM informational_interviews))"),
                     {sql::isoUtc(activeSinceUtc), sql::isoDate(today)});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::database(QStringLiteral("no counts"));
    TodayCounts c;
    c.contacts = query->value(0).toLongLong();
    c.activeContacts = query->value(1).toLongLong();
    c.openApplications = query->value(2).toLongLong();
    c.followUpsDue = query->value(3).toLongLong();
    c.databaseEmpty = query->value(4).toBool();
    return c;
}

} // namespace foothold
