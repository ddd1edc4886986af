#include "core/analytics/Activity.h"

#include <QMap>

namespace foothold {
namespace {

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

QList<WeekActivity> weeklyActivity(const QList<QPair<QDate, qint64>> &conversationsPerDay,
                                   const QList<QPair<QDate, qint64>> &newContactsPerDay, QDate from, QDate to)
{
    const bool bounded = from.isValid() && to.isValid() && from <= to;
    auto inRange = [&](QDate day) { return day.isValid() && (!bounded || (day >= from && day <= to)); };
    QMap<QDate, QPair<qint64, qint64>> weeks;
    for (const auto &[day, count] : conversationsPerDay)
        if (inRange(day))
            weeks[mondayOf(day)].first += count;
    for (const auto &[day, count] : newContactsPerDay)
        if (inRange(day))
            weeks[mondayOf(day)].second += count;
    QList<WeekActivity> out;
    QDate first = bounded ? mondayOf(from) : (weeks.isEmpty() ? QDate() : weeks.firstKey());
    const QDate last = bounded ? mondayOf(to) : (weeks.isEmpty() ? QDate() : weeks.lastKey());
    if (!first.isValid())
        return out;
    for (QDate monday = first; monday <= last; monday = monday.addDays(7)) {
        WeekActivity week;
        week.weekStart = monday;
        week.isoWeek = monday.weekNumber(&week.isoYear);
        const auto counts = weeks.value(monday);
        week.conversations = counts.first;
        week.newContacts = counts.second;
        out.append(week);
    }
    return out;
}

} // namespace foothold
