#pragma once

#include <QDate>
#include <QList>
#include <QPair>

namespace foothold {

// Conversations held and contacts made, week by week (ISO 8601 weeks: Monday to Sunday, week 1 being
// the one with the year's first Thursday).
struct WeekActivity {
    QDate weekStart;           // the Monday
    int isoYear = 0;           // the ISO week-numbering year (2027-01-01 is in week 53 of 2026)
    int isoWeek = 0;           // 1..53
    qint64 conversations = 0;
    qint64 newContacts = 0;

    bool operator==(const WeekActivity &) const = default;
};

// Counts per day (a day may repeat; invalid days are ignored) summed per ISO week. Every week from the
// first to the last appears, with zeros where nothing happened. With `from` and `to` valid, the weeks
// are exactly those that hold a day of from..to, and days outside are left out. Pure.
[[nodiscard]] QList<WeekActivity> weeklyActivity(const QList<QPair<QDate, qint64>> &conversationsPerDay,
                                                 const QList<QPair<QDate, qint64>> &newContactsPerDay,
                                                 QDate from = {}, QDate to = {});

} // namespace foothold
