// The month axes of the Insights charts: as many labels as the width has room for, and none so
// close to an end of the plot that Qt Charts would cut it off at the chart's edge.
#include "ui/charts/ChartAxes.h"

#include <QCategoryAxis>
#include <QChart>

#include <gtest/gtest.h>

#include <memory>

using namespace foothold;

namespace {

// The labels fitAxisLabels() gives a month axis from..to on a plot `width` pixels wide.
QStringList labelsFor(QDate from, QDate to, qreal width)
{
    QChart chart;
    QCategoryAxis *axis = monthAxis(from, to);
    chart.addAxis(axis, Qt::AlignBottom);
    fitAxisLabels(&chart, width);
    return axis->categoriesLabels();
}

TEST(ChartAxesTest, ALabelOnTheLastMonthAtTheRightEdgeIsLeftOut)
{
    // Twelve months, Dec 2025 … Nov 2026, on 900 pixels: room for every month, but "Nov 2026"
    // stands on the plot's right edge and "Dec 2025" on its left.
    const QStringList labels = labelsFor(QDate(2025, 12, 1), QDate(2026, 11, 1), 900);
    ASSERT_EQ(labels.size(), 10);
    EXPECT_EQ(labels.first(), QStringLiteral("Jan 2026"));
    EXPECT_EQ(labels.last(), QStringLiteral("Oct 2026"));
}

TEST(ChartAxesTest, LabelsAwayFromTheEdgesStay)
{
    // 10 Nov 2025 … 20 Nov 2026 on 900 pixels (2.4 pixels a day): 1 Dec 2025 and 1 Nov 2026 lie
    // about 50 and 46 pixels inside the ends, more than half a label's 36.
    const QStringList labels = labelsFor(QDate(2025, 11, 10), QDate(2026, 11, 20), 900);
    ASSERT_FALSE(labels.isEmpty());
    EXPECT_EQ(labels.first(), QStringLiteral("Dec 2025"));
    EXPECT_EQ(labels.last(), QStringLiteral("Nov 2026"));
}

TEST(ChartAxesTest, NarrowPlotsLabelFewerMonthsAndKeepAtLeastOne)
{
    const QStringList every2 = labelsFor(QDate(2025, 12, 1), QDate(2026, 11, 1), 500);
    EXPECT_EQ(every2, (QStringList{QStringLiteral("Jan 2026"), QStringLiteral("Mar 2026"), QStringLiteral("May 2026"),
                                   QStringLiteral("Jul 2026"), QStringLiteral("Sep 2026")}));
    // January to April on a tiny plot: room for every second month (Jan, Mar), each near an end;
    // the one nearer the middle stays.
    EXPECT_EQ(labelsFor(QDate(2026, 1, 1), QDate(2026, 4, 1), 60), QStringList{QStringLiteral("Mar 2026")});
}

} // namespace
