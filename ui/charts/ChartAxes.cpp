#include "ui/charts/ChartAxes.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace foothold {
namespace {

// Room for one label ("Sep 2026" and some air), in pixels.
constexpr qreal kLabelWidth = 72;

const char *const kMonthsFrom = "foothold.monthsFrom";
const char *const kMonthsTo = "foothold.monthsTo";
const char *const kIndexLabels = "foothold.indexLabels";

using Labels = QList<QPair<QString, qreal>>;

// Gives the axis these labels (each at its end value), unless it has them already: a change makes
// Qt Charts lay the chart out again, and fitAxisLabels() is asked after every resize and layout.
void setLabels(QCategoryAxis *axis, const Labels &labels)
{
    const QStringList current = axis->categoriesLabels();
    bool same = current.size() == labels.size();
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = current.at(i) == labels.at(i).first && axis->endValue(current.at(i)) == labels.at(i).second;
    if (same)
        return;
    for (const QString &label : current)
        axis->remove(label);
    for (const auto &[label, value] : labels)
        axis->append(label, value);
}

// `width`: the plot's width in pixels, about.
void fillMonths(QCategoryAxis *axis, QDate from, QDate to, qreal width)
{
    const int budget = std::max(2, int(width / kLabelWidth));
    Labels labels;
    QDate first(from.year(), from.month(), 1);
    if (first < from)
        first = first.addMonths(1);
    int months = 0;
    for (QDate m = first; m <= to; m = m.addMonths(1))
        ++months;
    int step = 12;
    for (const int s : {1, 2, 3, 6, 12}) {
        if ((months + s - 1) / s <= std::max(1, budget)) {
            step = s;
            break;
        }
    }
    // A label is centred on its month, so one closer to an end of the axis than half its width
    // would run past the plot: Qt Charts then cuts it off at the chart's edge ("Nov 202"). Such a
    // label is left out; when every label is, the one nearest the middle stays.
    const qreal start = chartX(from), end = chartX(to);
    const qreal margin = (end - start) * (kLabelWidth / 2) / std::max<qreal>(width, 1);
    const QLocale locale;
    for (QDate m = first; m <= to; m = m.addMonths(1))
        if ((m.month() - 1) % step == 0)
            labels.append({locale.toString(m, QStringLiteral("MMM yyyy")), chartX(m)});
    Labels inside;
    for (const auto &label : std::as_const(labels))
        if (label.second >= start + margin && label.second <= end - margin)
            inside.append(label);
    if (inside.isEmpty() && !labels.isEmpty()) { // a plot too narrow for any: the middle one
        const qreal middle = (start + end) / 2;
        inside.append(*std::min_element(labels.cbegin(), labels.cend(), [&](const auto &a, const auto &b) {
            return std::abs(a.second - middle) < std::abs(b.second - middle);
        }));
    }
    labels = inside;
    if (labels.isEmpty()) // less than a month, and no first day of one in it
        labels.append({locale.toString(from, QStringLiteral("d MMM yyyy")), chartX(from)});
    setLabels(axis, labels);
}

void fillIndex(QCategoryAxis *axis, const QStringList &names, int budget)
{
    Labels labels;
    const int count = int(names.size());
    const int step = std::max(1, (count + std::max(1, budget) - 1) / std::max(1, budget));
    // The last bar (the latest month) always has its label; the others every step-th back from it.
    for (int i = (count - 1) % step; i < count; i += step)
        labels.append({names.at(i), qreal(i)});
    setLabels(axis, labels);
}

} // namespace

qreal chartX(QDate day)
{
    return qreal(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}

QCategoryAxis *monthAxis(QDate from, QDate to)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (!to.isValid() || to <= from)
        to = from.addDays(1);
    axis->setProperty(kMonthsFrom, from);
    axis->setProperty(kMonthsTo, to);
    axis->setStartValue(chartX(from) - 1); // a label on `from` itself must lie above the start
    axis->setRange(chartX(from), chartX(to));
    fillMonths(axis, from, to, 6 * kLabelWidth); // until fitAxisLabels() knows the width
    return axis;
}

QCategoryAxis *indexAxis(const QStringList &labels)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setProperty(kIndexLabels, labels);
    axis->setStartValue(-0.5); // labels stand on 0, 1, 2, …: each above the start
    axis->setRange(-0.5, std::max<qsizetype>(1, labels.size()) - 0.5);
    axis->setGridLineVisible(false);
    fillIndex(axis, labels, 6);
    return axis;
}

void fitAxisLabels(QChart *chart, qreal width)
{
    const int budget = std::max(2, int(width / kLabelWidth));
    for (QAbstractAxis *a : chart->axes(Qt::Horizontal)) {
        auto *axis = qobject_cast<QCategoryAxis *>(a);
        if (!axis)
            continue;
        if (axis->property(kMonthsFrom).isValid())
            fillMonths(axis, axis->property(kMonthsFrom).toDate(), axis->property(kMonthsTo).toDate(), width);
        else if (axis->property(kIndexLabels).isValid())
            fillIndex(axis, axis->property(kIndexLabels).toStringList(), budget);
    }
}

} // namespace foothold
