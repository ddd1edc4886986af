#include "core/analytics/NetworkGrowth.h"

#include <QMap>

namespace foothold {

QList<GrowthPoint> networkGrowth(const QList<QPair<QDate, qint64>> &addedPerMonth)
{
    QMap<QDate, qint64> byMonth;
    for (const auto &[day, count] : addedPerMonth)
        if (day.isValid())
            byMonth[QDate(day.year(), day.month(), 1)] += count;
    QList<GrowthPoint> out;
    if (byMonth.isEmpty())
        return out;
    qint64 total = 0;
    for (QDate month = byMonth.firstKey(); month <= byMonth.lastKey(); month = month.addMonths(1)) {
        const qint64 added = byMonth.value(month, 0);
        total += added;
        out.append({month, added, total});
    }
    return out;
}

QList<ChannelGrowth> networkGrowthByChannel(const QMap<Channel, QList<QPair<QDate, qint64>>> &addedPerMonth)
{
    QDate first;
    QDate last;
    for (const auto &months : addedPerMonth) {
        for (const auto &[day, count] : months) {
            if (!day.isValid() || count == 0)
                continue;
            const QDate month(day.year(), day.month(), 1);
            first = !first.isValid() || month < first ? month : first;
            last = !last.isValid() || month > last ? month : last;
        }
    }
    QList<ChannelGrowth> out;
    if (!first.isValid())
        return out;
    for (const Channel channel : allValues<Channel>()) {
        const auto it = addedPerMonth.constFind(channel);
        if (it == addedPerMonth.constEnd())
            continue;
        QMap<QDate, qint64> byMonth;
        for (const auto &[day, count] : *it)
            if (day.isValid())
                byMonth[QDate(day.year(), day.month(), 1)] += count;
        qint64 total = 0;
        ChannelGrowth series{channel, {}};
        for (QDate month = first; month <= last; month = month.addMonths(1)) {
            const qint64 added = byMonth.value(month, 0);
            total += added;
            series.points.append({month, added, total});
        }
        if (total > 0)
            out.append(std::move(series));
    }
    return out;
}

} // namespace foothold
