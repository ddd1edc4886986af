#include "core/storage/StatsStore.h"

#include "core/storage/SqlSupport.h"

namespace foothold {

Result<RecordCounts> StatsStore::counts(QDate today)
{
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT (SELECT count(*) FROM contacts), (SELECT count(*) FROM companies), "
                                             "(SELECT count(*) FROM events), (SELECT count(*) FROM conversations), "
                                             "(SELECT count(*) FROM informational_interviews), (SELECT count(*) FROM applications), "
                                             "(SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND due <= ?)"));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, {sql::isoDate(today)}); !s)
        return s.error();
    if (!query->next())
        return Error::database(QStringLiteral("no counts"));
    RecordCounts c;
    c.contacts = query->value(0).toLongLong();
    c.companies = query->value(1).toLongLong();
    c.events = query->value(2).toLongLong();
    c.conversations = query->value(3).toLongLong();
    c.informationalInterviews = query->value(4).toLongLong();
    c.applications = query->value(5).toLongLong();
    c.followUpsDue = query->value(6).toLongLong();
    return c;
}

Result<QMap<ApplicationStage, qint64>> StatsStore::applicationsByStage()
{
    QMap<ApplicationStage, qint64> out;
    for (const auto stage : allValues<ApplicationStage>())
        out.insert(stage, 0);
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT stage, count(*) FROM applications GROUP BY stage"));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query); !s)
        return s.error();
    while (query->next())
        if (auto stage = fromKey<ApplicationStage>(query->value(0).toString()))
            out[*stage] = query->value(1).toLongLong();
    return out;
}

Result<QList<MonthCount>> StatsStore::contactsConnectedPerMonth()
{
    // The index on connected_on makes this a scan of the index alone.
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT substr(connected_on, 1, 7) AS month, count(*) FROM contacts "
                                             "WHERE connected_on IS NOT NULL GROUP BY month ORDER BY month"));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query); !s)
        return s.error();
    QList<MonthCount> out;
    while (query->next()) {
        const QDate month = QDate::fromString(query->value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (month.isValid())
            out.append({month, query->value(1).toLongLong()});
    }
    return out;
}

} // namespace foothold
