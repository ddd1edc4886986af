#pragma once

#include <QDate>
#include <QList>
#include <QString>

class QCategoryAxis;
class QChart;

namespace foothold {

// Axes the Insights charts share. Both kinds label only as many points as the chart's width has room
// for; fitAxisLabels() relabels them when the chart is resized (ChartFrame calls it).

// A time axis from..to whose labels stand on the first day of months ("Mar 2026"): every month, or
// every 2, 3, 6 or 12 months (on January, April, July, October for 3) as the width allows. x values
// are chartX(day).
[[nodiscard]] QCategoryAxis *monthAxis(QDate from, QDate to);

// An axis for bars at 0, 1, 2, … (one per month), labelling every n-th bar, always the last one.
[[nodiscard]] QCategoryAxis *indexAxis(const QStringList &labels);

// Refills the labels of every axis above in `chart` for a plot about `width` pixels wide.
void fitAxisLabels(QChart *chart, qreal width);

// The x value of a day on a month axis: milliseconds since the epoch of its local midnight.
[[nodiscard]] qreal chartX(QDate day);

} // namespace foothold
