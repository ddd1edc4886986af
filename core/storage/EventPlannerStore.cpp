#include "core/storage/EventPlannerStore.h"

#include "core/domain/AllDay.h"
#include "core/storage/SqlSupport.h"

#include <QHash>
#include <QTimeZone>

namespace foothold {
namespace {

// Runs `sql` (no parameters unless given) and hands each row to `row`.
template <typename Row>
Status eachRow(QSqlDatabase &db, const QString &sql, const QVariantList &values, Row row)
{
    auto q = sql::prepare(db, sql);
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    if (auto s = sql::exec(*q, values); !s)
        return s;
    while (q->next())
        row(*q);
    return {};
}

// (event id -> count) from a query whose rows are (event_id, n).
Status countsInto(QSqlDatabase &db, const QString &sql, QHash<qint64, int> &into)
{
    return eachRow(db, sql, {}, [&](const QSqlQuery &q) { into.insert(q.value(0).toLongLong(), q.value(1).toInt()); });
}

const QString kCosts = QStringLiteral("SELECT event_id, sum(amount_minor * rate) FROM event_costs GROUP BY event_id");

} // namespace

Result<QList<EventReturnFacts>> EventPlannerStore::returnFacts(EventId only)
{
    auto &db = m_db.connection();
    QList<EventReturnFacts> facts;
    QHash<qint64, qsizetype> index;
    const QString filter = only.isValid() ? QStringLiteral(" WHERE id = ?") : QString();
    const QVariantList values = only.isValid() ? QVariantList{only.value} : QVariantList{};
    if (auto s = eachRow(db, QStringLiteral("SELECT id, name, status, start_utc FROM events%1 ORDER BY start_utc, id").arg(filter), values,
                         [&](const QSqlQuery &q) {
                             EventReturnFacts f;
                             f.id = EventId(q.value(0).toLongLong());
                             f.name = q.value(1).toString();
                             f.status = fromKey<EventStatus>(q.value(2).toString()).value_or(EventStatus::Considering);
                             f.start = sql::toDateTime(q.value(3));
                             index.insert(f.id.value, facts.size());
                             facts << f;
                         });
        !s)
        return s.error();
    if (facts.isEmpty())
        return facts;

    QHash<qint64, double> costs;
    if (auto s = eachRow(db, kCosts, {}, [&](const QSqlQuery &q) { costs.insert(q.value(0).toLongLong(), q.value(1).toDouble()); }); !s)
        return s.error();
    QHash<qint64, int> contacts, conversations, interviews, applications, referrals;
    QHash<qint64, std::pair<int, int>> followUps;
    const Status statuses[] = {
        countsInto(db, QStringLiteral("SELECT met_at_event_id, count(*) FROM contacts WHERE met_at_event_id IS NOT NULL GROUP BY 1"), contacts),
        // After the event: later than its end (its start when it has none).
        countsInto(db, QStringLiteral("SELECT c.met_at_event_id, count(DISTINCT v.id) FROM contacts c "
                                      "JOIN conversation_contacts cc ON cc.contact_id = c.id "
                                      "JOIN conversations v ON v.id = cc.conversation_id "
                                      "JOIN events e ON e.id = c.met_at_event_id "
                                      "WHERE c.met_at_event_id IS NOT NULL AND v.occurred_at > coalesce(e.end_utc, e.start_utc) GROUP BY 1"),
                   conversations),
        countsInto(db, QStringLiteral("SELECT c.met_at_event_id, count(*) FROM informational_interviews i "
                                      "JOIN contacts c ON c.id = i.contact_id "
                                      "WHERE c.met_at_event_id IS NOT NULL AND i.stage <> 'to-request' GROUP BY 1"),
                   interviews),
        // Traced to the event: it came from there, or its referrer or an interviewer was met there.
        countsInto(db, QStringLiteral("SELECT ev, count(DISTINCT app) FROM ("
                                      " SELECT a.id AS app, a.event_id AS ev FROM applications a WHERE a.event_id IS NOT NULL"
                                      " UNION SELECT a.id, c.met_at_event_id FROM applications a JOIN contacts c ON c.id = a.referrer_id"
                                      "   WHERE c.met_at_event_id IS NOT NULL"
                                      " UNION SELECT r.application_id, c.met_at_event_id FROM interview_rounds r"
                                      "   JOIN round_interviewers ri ON ri.round_id = r.id JOIN contacts c ON c.id = ri.contact_id"
                                      "   WHERE c.met_at_event_id IS NOT NULL) GROUP BY ev"),
                   applications),
        countsInto(db, QStringLiteral("SELECT c.met_at_event_id, count(DISTINCT a.id) FROM applications a JOIN contacts c ON c.id = a.referrer_id "
                                      "WHERE c.met_at_event_id IS NOT NULL GROUP BY 1"),
                   referrals),
        eachRow(db,
                // A follow-up counts for its own event and for the event its contact was met at,
                // once when the two are the same (UNION ALL and IS NOT: no temporary B-tree).
                QStringLiteral("SELECT ev, count(*), sum(done) FROM ("
                               " SELECT f.done_at IS NOT NULL AS done, f.event_id AS ev FROM follow_ups f WHERE f.event_id IS NOT NULL"
                               " UNION ALL SELECT f.done_at IS NOT NULL, c.met_at_event_id FROM follow_ups f JOIN contacts c ON c.id = f.contact_id"
                               "   WHERE c.met_at_event_id IS NOT NULL AND c.met_at_event_id IS NOT f.event_id) GROUP BY ev"),
                {}, [&](const QSqlQuery &q) { followUps.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()}); }),
    };
    for (const Status &s : statuses)
        if (!s)
            return s.error();
    for (EventReturnFacts &f : facts) {
        const qint64 id = f.id.value;
        f.costMinor = costs.value(id);
        f.newContacts = contacts.value(id);
        f.conversations = conversations.value(id);
        f.interviews = interviews.value(id);
        f.applications = applications.value(id);
        f.referrals = referrals.value(id);
        f.followUps = followUps.value(id).first;
        f.followUpsDone = followUps.value(id).second;
    }
    return facts;
}

Result<QList<RankingFacts>> EventPlannerStore::rankingFacts(const QDateTime &now)
{
    auto &db = m_db.connection();
    QList<RankingFacts> facts;
    QHash<qint64, qsizetype> index;
    if (auto s = eachRow(db,
                         // All-day events last until their last day is over on the local calendar (AllDay.h).
                         QStringLiteral("SELECT id, name, status, start_utc FROM events WHERE status IN ('considering', 'registered') "
                                        "AND CASE WHEN all_day = 1 THEN coalesce(end_utc, substr(start_utc, 1, 10) || 'T23:59:59Z') >= ? "
                                        "ELSE coalesce(end_utc, start_utc) >= ? END ORDER BY start_utc, id"),
                         {sql::isoUtc(wallClockAsUtc(now, QTimeZone::systemTimeZone())), sql::isoUtc(now)},
                         [&](const QSqlQuery &q) {
                             RankingFacts f;
                             f.id = EventId(q.value(0).toLongLong());
                             f.name = q.value(1).toString();
                             f.status = fromKey<EventStatus>(q.value(2).toString()).value_or(EventStatus::Considering);
                             f.start = sql::toDateTime(q.value(3));
                             index.insert(f.id.value, facts.size());
                             facts << f;
                         });
        !s)
        return s.error();
    if (facts.isEmpty())
        return facts;
    auto at = [&](const QSqlQuery &q) -> RankingFacts * {
        const auto it = index.constFind(q.value(0).toLongLong());
        return it == index.cend() ? nullptr : &facts[*it];
    };
    const Status statuses[] = {
        eachRow(db, kCosts, {}, [&](const QSqlQuery &q) { if (auto *f = at(q)) f->costMinor = q.value(1).toDouble(); }),
        eachRow(db, QStringLiteral("SELECT ec.event_id, count(DISTINCT ec.company_id) FROM event_companies ec "
                                   "JOIN companies co ON co.id = ec.company_id WHERE co.priority BETWEEN 1 AND 3 GROUP BY 1"),
                {}, [&](const QSqlQuery &q) { if (auto *f = at(q)) f->targetCompanies = q.value(1).toInt(); }),
        eachRow(db, QStringLiteral("SELECT event_id, count(DISTINCT contact_id) FROM event_people WHERE role = 'to-meet' GROUP BY 1"),
                {}, [&](const QSqlQuery &q) { if (auto *f = at(q)) f->toMeet = q.value(1).toInt(); }),
        // Degrees as reach counts them: a contact who is not a prospect is a connection (1st);
        // a prospect linked (a link not dismissed) to a connection is 2nd.
        eachRow(db, QStringLiteral("SELECT p.event_id, p.contact_id, c.prospect, EXISTS (SELECT 1 FROM links l "
                                   "  JOIN contacts o ON o.id = CASE WHEN l.from_id = c.id THEN l.to_id ELSE l.from_id END "
                                   "  WHERE (l.from_id = c.id OR l.to_id = c.id) AND l.dismissed = 0 AND o.prospect = 0) "
                                   "FROM (SELECT DISTINCT event_id, contact_id FROM event_people WHERE role IN ('expected', 'speaker')) p "
                                   "JOIN contacts c ON c.id = p.contact_id"),
                {}, [&](const QSqlQuery &q) {
                    if (auto *f = at(q)) {
                        if (!q.value(2).toBool())
                            ++f->firstDegree;
                        else if (q.value(3).toBool())
                            ++f->secondDegree;
                    }
                }),
        eachRow(db, QStringLiteral("SELECT et.event_id, t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id ORDER BY t.name"),
                {}, [&](const QSqlQuery &q) { if (auto *f = at(q)) f->tags << q.value(1).toString(); }),
    };
    for (const Status &s : statuses)
        if (!s)
            return s.error();
    return facts;
}

Result<QList<BudgetItem>> EventPlannerStore::budgetItems()
{
    auto &db = m_db.connection();
    QList<BudgetItem> items;
    if (auto s = eachRow(db,
                         QStringLiteral("SELECT e.status, e.start_utc, (SELECT sum(amount_minor * rate) FROM event_costs c WHERE c.event_id = e.id) "
                                        "FROM events e WHERE e.status IN ('registered', 'attended')"),
                         {},
                         [&](const QSqlQuery &q) {
                             items << BudgetItem{fromKey<EventStatus>(q.value(0).toString()).value_or(EventStatus::Considering),
                                                 sql::toDateTime(q.value(1)), q.value(2).toDouble()};
                         });
        !s)
        return s.error();
    return items;
}

Result<QList<TimeSpan>> EventPlannerStore::busySpans(const QDateTime &from, QStringList &labels)
{
    auto &db = m_db.connection();
    QList<TimeSpan> spans;
    const QString since = sql::isoUtc(from);
    const Status statuses[] = {
        eachRow(db, QStringLiteral("SELECT id, name, start_utc, end_utc, all_day FROM events WHERE status <> 'skipped' "
                                   "AND CASE WHEN all_day = 1 THEN coalesce(end_utc, substr(start_utc, 1, 10) || 'T23:59:59Z') >= ? "
                                   "ELSE coalesce(end_utc, start_utc) >= ? END ORDER BY start_utc"),
                {sql::isoUtc(wallClockAsUtc(from, QTimeZone::systemTimeZone())), since}, [&](const QSqlQuery &q) {
                    QDateTime start = sql::toDateTime(q.value(2));
                    QDateTime end = sql::toDateTime(q.value(3));
                    if (q.value(4).toBool()) { // its days on the local calendar (AllDay.h)
                        Event e;
                        e.start = start;
                        e.end = end;
                        start = allDayLocalStart(e, QTimeZone::systemTimeZone());
                        end = allDayLocalEnd(e, QTimeZone::systemTimeZone());
                    }
                    spans << TimeSpan{QStringLiteral("event:%1").arg(q.value(0).toLongLong()), start, end};
                    labels << q.value(1).toString();
                }),
        eachRow(db, QStringLiteral("SELECT r.application_id, r.position, r.at_utc, r.duration_minutes, a.role, co.name, r.name "
                                   "FROM interview_rounds r JOIN applications a ON a.id = r.application_id "
                                   "JOIN companies co ON co.id = a.company_id WHERE r.at_utc IS NOT NULL AND r.at_utc >= ?"),
                {since}, [&](const QSqlQuery &q) {
                    const QDateTime at = sql::toDateTime(q.value(2));
                    const int minutes = q.value(3).toInt() > 0 ? q.value(3).toInt() : 60;
                    spans << TimeSpan{QStringLiteral("round:%1:%2").arg(q.value(0).toLongLong()).arg(q.value(1).toInt()), at, at.addSecs(60LL * minutes)};
                    labels << QStringLiteral("%1: %2 at %3").arg(q.value(6).toString().isEmpty() ? QStringLiteral("Interview") : q.value(6).toString(),
                                                                 q.value(4).toString(), q.value(5).toString());
                }),
        eachRow(db, QStringLiteral("SELECT i.id, i.scheduled_at, c.name FROM informational_interviews i JOIN contacts c ON c.id = i.contact_id "
                                   "WHERE i.scheduled_at IS NOT NULL AND i.scheduled_at >= ?"),
                {since}, [&](const QSqlQuery &q) {
                    const QDateTime at = sql::toDateTime(q.value(1));
                    spans << TimeSpan{QStringLiteral("interview:%1").arg(q.value(0).toLongLong()), at, at.addSecs(3600)};
                    labels << QStringLiteral("Informational interview with %1").arg(q.value(2).toString());
                }),
    };
    for (const Status &s : statuses)
        if (!s)
            return s.error();
    return spans;
}

Result<QList<EventPlannerStore::RulePerson>> EventPlannerStore::peopleMetAt(EventId event)
{
    QList<RulePerson> people;
    if (auto s = eachRow(m_db.connection(), QStringLiteral("SELECT id, name, connected_on FROM contacts WHERE met_at_event_id = ? ORDER BY id"),
                         {event.value},
                         [&](const QSqlQuery &q) {
                             people << RulePerson{ContactId(q.value(0).toLongLong()), q.value(1).toString(), sql::toDate(q.value(2))};
                         });
        !s)
        return s.error();
    return people;
}

Result<QList<EventPlannerStore::RulePerson>> EventPlannerStore::speakersTalkedTo(EventId event)
{
    QList<RulePerson> people;
    if (auto s = eachRow(m_db.connection(),
                         QStringLiteral("SELECT c.id, c.name, max(v.occurred_at) FROM event_people p "
                                        "JOIN contacts c ON c.id = p.contact_id "
                                        "JOIN conversation_contacts cc ON cc.contact_id = c.id "
                                        "JOIN conversations v ON v.id = cc.conversation_id AND v.event_id = p.event_id "
                                        "WHERE p.event_id = ? AND p.role = 'speaker' GROUP BY c.id, c.name ORDER BY c.id"),
                         {event.value},
                         [&](const QSqlQuery &q) {
                             people << RulePerson{ContactId(q.value(0).toLongLong()), q.value(1).toString(),
                                                  sql::toDateTime(q.value(2)).toUTC().date()};
                         });
        !s)
        return s.error();
    return people;
}

Result<bool> EventPlannerStore::hasRuleKey(const QString &key)
{
    auto found = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM follow_ups WHERE rule_key = ?"), {key});
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

Result<int> EventPlannerStore::removeOpenRuleFollowUps(EventId event)
{
    QList<qint64> ids;
    if (auto s = eachRow(m_db.connection(),
                         QStringLiteral("SELECT id FROM follow_ups WHERE origin = 'event-rule' AND done_at IS NULL AND rule_key LIKE ? ESCAPE '\\'"),
                         {sql::likeContains(QStringLiteral("event:%1:").arg(event.value)).mid(1)},
                         [&](const QSqlQuery &q) { ids << q.value(0).toLongLong(); });
        !s)
        return s.error();
    for (const qint64 id : ids) {
        if (auto s = sql::deleteRow(m_db.connection(), QStringLiteral("follow_ups"), id); !s)
            return s.error();
        m_db.recordChange({Entity::FollowUp, ChangeKind::Removed, id, {}});
    }
    return int(ids.size());
}

} // namespace foothold
