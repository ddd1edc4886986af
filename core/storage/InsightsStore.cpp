#include "core/storage/InsightsStore.h"

#include "core/storage/SqlSupport.h"

#include <QHash>
#include <QTimeZone>

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

namespace {

// Enum keys repeat on every row: parse each distinct key once.
template <typename E>
class KeyCache {
public:
    E operator()(const QString &key, E fallback)
    {
        auto it = m_values.constFind(key);
        if (it == m_values.constEnd())
            it = m_values.insert(key, fromKey<E>(key).value_or(fallback));
        return *it;
    }

private:
    QHash<QString, E> m_values;
};

// Rows of (key, day, count) into per-key lists; days that are not dates are skipped.
template <typename E>
Result<QMap<E, QList<QPair<QDate, qint64>>>> perDayByKey(Database &db, const QString &statement, E fallback)
{
    auto query = sql::prepare(db.connection(), statement);
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query); !s)
        return s.error();
    QMap<E, QList<QPair<QDate, qint64>>> out;
    KeyCache<E> keys;
    while (query->next()) {
        const QDate day = QDate::fromString(query->value(1).toString(), Qt::ISODate);
        if (day.isValid())
            out[keys(query->value(0).toString(), fallback)].append({day, query->value(2).toLongLong()});
    }
    return out;
}

} // namespace

Result<QMap<Channel, QList<QPair<QDate, qint64>>>> InsightsStore::contactsConnectedPerDayByChannel()
{
    return perDayByKey<Channel>(m_db,
                                QStringLiteral("SELECT channel, connected_on, count(*) FROM contacts WHERE connected_on IS NOT NULL "
                                               "GROUP BY channel, connected_on ORDER BY connected_on"),
                                Channel::Other);
}

Result<QMap<ConversationKind, QList<QPair<QDate, qint64>>>> InsightsStore::conversationsPerDayByKind()
{
    return perDayByKey<ConversationKind>(m_db,
                                         QStringLiteral("SELECT kind, date(occurred_at, 'localtime') AS day, count(*) FROM conversations "
                                                        "GROUP BY kind, day ORDER BY day"),
                                         ConversationKind::CoffeeChat);
}

Result<QList<TalkSharePoint>> InsightsStore::talkSharePoints()
{
    // SQLite turns the stored instant into seconds: no date parsing per row on our side.
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT id, CAST(strftime('%s', occurred_at) AS INTEGER), kind, my_share FROM conversations "
                                             "WHERE my_share IS NOT NULL ORDER BY occurred_at, id"));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query); !s)
        return s.error();
    QList<TalkSharePoint> out;
    KeyCache<ConversationKind> kinds;
    while (query->next()) {
        TalkSharePoint point;
        point.conversation = ConversationId(query->value(0).toLongLong());
        point.when = QDateTime::fromSecsSinceEpoch(query->value(1).toLongLong(), QTimeZone::utc());
        point.kind = kinds(query->value(2).toString(), ConversationKind::CoffeeChat);
        point.share = query->value(3).toDouble();
        out.append(point);
    }
    return out;
}

Result<QList<DatedApplication>> InsightsStore::funnelApplications()
{
    // As applicationSourcesAndFurthestStages(), with the earliest date of the history as the start.
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT a.id, a.source, a.stage, substr(a.created_at, 1, 10) FROM applications a UNION ALL "
                                             "SELECT s.application_id, NULL, s.stage, s.date FROM application_stages s ORDER BY 1"));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query); !s)
        return s.error();
    QHash<qint64, qsizetype> index;
    QList<DatedApplication> out;
    QList<int> ranks;
    QList<bool> dated; // whether `started` came from the history rather than created_at
    KeyCache<ApplicationStage> stages;
    KeyCache<ApplicationSource> sources;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        const ApplicationStage stage = stages(query->value(2).toString(), ApplicationStage::Saved);
        const QDate day = QDate::fromString(query->value(3).toString(), Qt::ISODate);
        auto it = index.constFind(id);
        if (it == index.constEnd()) {
            it = index.insert(id, out.size());
            out.append(DatedApplication{});
            ranks.append(0);
            dated.append(false);
        }
        DatedApplication &app = out[*it];
        if (!query->value(1).isNull()) { // the application's own row
            app.source = sources(query->value(1).toString(), ApplicationSource::Other);
            if (!dated.at(*it))
                app.started = day;
        } else if (day.isValid() && (!dated.at(*it) || day < app.started)) {
            app.started = day;
            dated[*it] = true;
        }
        if (pipelineRank(stage) > ranks.at(*it)) {
            ranks[*it] = pipelineRank(stage);
            app.furthest = stage;
        }
    }
    return out;
}

} // namespace foothold
