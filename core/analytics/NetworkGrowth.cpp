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

} // namespace foothold
