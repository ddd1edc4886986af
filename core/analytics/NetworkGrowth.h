#pragma once

#include <QDate>
#include <QList>

namespace foothold {

struct GrowthPoint {
    QDate month;        // first day of the month
    qint64 added = 0;   // contacts connected in that month
    qint64 total = 0;   // contacts connected up to the end of that month

    bool operator==(const GrowthPoint &) const = default;
};

// Cumulative network growth from contacts connected per month (in any order, months given by any
// day in them). Every month from the first to the last appears, with 0 added where nobody was
// connected, so a chart's x axis has no holes. Pure.
[[nodiscard]] QList<GrowthPoint> networkGrowth(const QList<QPair<QDate, qint64>> &addedPerMonth);

} // namespace foothold
