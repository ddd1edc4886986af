#include "core/storage/InsightsStore.h"

#include "core/storage/SqlSupport.h"

#include <QHash>

namespace foothold {

Result<QMap<ConversationKind, InsightsStore::KindShare>> InsightsStore::talkShareByKind()
{
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT kind, avg(my_share), count(my_share) FROM conversations "
                                                                "WHERE my_share IS NOT NULL GROUP BY kind"));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query); !s)
        return s.error();
    QMap<ConversationKind, KindShare> out;
    while (query->next())
        if (auto kind = fromKey<ConversationKind>(query->value(0).toString()))
            out.insert(*kind, {query->value(1).toDouble(), query->value(2).toLongLong()});
    return out;
}

Result<QList<QPair<ApplicationSource, ApplicationStage>>> InsightsStore::applicationSourcesAndFurthestStages()
{
    // The current stage and every stage of the history; the furthest is chosen here with
    // pipelineRank(), the one definition of the pipeline order.
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT a.id, a.source, a.stage FROM applications a UNION ALL "
                                             "SELECT s.application_id, NULL, s.stage FROM application_stages s ORDER BY 1"));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query); !s)
        return s.error();
    QHash<qint64, qsizetype> index;
    QList<QPair<ApplicationSource, ApplicationStage>> out;
    QList<int> ranks;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        const ApplicationStage stage = fromKey<ApplicationStage>(query->value(2).toString()).value_or(ApplicationStage::Saved);
        auto it = index.constFind(id);
        if (it == index.constEnd()) {
            it = index.insert(id, out.size());
            out.append({ApplicationSource::Other, ApplicationStage::Saved});
            ranks.append(0);
        }
        if (!query->value(1).isNull())
            out[*it].first = fromKey<ApplicationSource>(query->value(1).toString()).value_or(ApplicationSource::Other);
        if (pipelineRank(stage) > ranks.at(*it)) {
            ranks[*it] = pipelineRank(stage);
            out[*it].second = stage;
        }
    }
    return out;
}

Result<QMap<Channel, QList<QPair<QDate, qint64>>>> InsightsStore::contactsConnectedPerMonthByChannel()
{
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT channel, substr(connected_on, 1, 7) AS month, count(*) FROM contacts "
                                             "WHERE connected_on IS NOT NULL GROUP BY channel, month ORDER BY month"));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query); !s)
        return s.error();
    QMap<Channel, QList<QPair<QDate, qint64>>> out;
    while (query->next()) {
        const QDate month = QDate::fromString(query->value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (month.isValid())
            out[fromKey<Channel>(query->value(0).toString()).value_or(Channel::Other)].append({month, query->value(2).toLongLong()});
    }
    return out;
}

Result<QList<QPair<QDate, qint64>>> InsightsStore::countsPerDay(const QString &statement)
{
    auto query = sql::prepare(m_db.connection(), statement);
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query); !s)
        return s.error();
    QList<QPair<QDate, qint64>> out;
    while (query->next()) {
        const QDate day = QDate::fromString(query->value(0).toString(), Qt::ISODate);
        if (day.isValid())
            out.append({day, query->value(1).toLongLong()});
    }
    return out;
}

Result<QList<QPair<QDate, qint64>>> InsightsStore::conversationsPerDay()
{
    return countsPerDay(QStringLiteral("SELECT date(occurred_at, 'localtime') AS day, count(*) FROM conversations "
                                       "GROUP BY day ORDER BY day"));
}

Result<QList<QPair<QDate, qint64>>> InsightsStore::contactsConnectedPerDay()
{
    return countsPerDay(QStringLiteral("SELECT connected_on, count(*) FROM contacts WHERE connected_on IS NOT NULL "
                                       "GROUP BY connected_on ORDER BY connected_on"));
}

} // namespace foothold
