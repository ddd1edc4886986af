#include "ui/charts/EventReturnChart.h"

#include "ui/charts/ReturnChart.h"
#include "ui/widgets/Palette.h"

#include <algorithm>

namespace foothold {

EventReturnChart::EventReturnChart(QWidget *parent)
    : ChartFrame(tr("Events"),
                 tr("What each event you attended cost, against the people you met there and the conversations with them "
                    "afterwards. Hover a mark for its figures."),
                 parent),
      m_plot(new ReturnChart(this))
{
    m_plot->setLegendDrawn(false); // the frame's legend, under the plot like the other charts
    setPlotContent(m_plot);
    setData({}, 0, {});
}

void EventReturnChart::setData(const QList<EventReturn> &events, qint64 attendedAllTime, const QString &currency)
{
    QList<ReturnChart::Point> points;
    points.reserve(events.size());
    for (const EventReturn &r : events)
        points << ReturnChart::pointFor(r, currency);
    m_plot->setCostTitle(currency.isEmpty() ? tr("Cost") : tr("Cost (%1)").arg(currency));
    m_plot->setPoints(points);
    if (!points.isEmpty()) {
        showChart();
        applyPalette();
        return;
    }
    if (attendedAllTime == 0)
        showEmpty(tr("Mark the events you went to as attended to see what they brought"),
                  tr("On the Events page, give an event its costs and set its status to Attended; add the people you met "
                     "there with “Met at” (or quick capture in the planner). Each event then shows its cost against its new "
                     "contacts and the conversations that followed."));
    else
        showEmpty(tr("No attended events in this range"), tr("Choose a longer range to compare the events you went to."));
}

int EventReturnChart::pointCount() const
{
    return isEmpty() ? 0 : int(m_plot->points().size());
}

int EventReturnChart::referralCount() const
{
    if (isEmpty())
        return 0;
    const auto &points = m_plot->points();
    return int(std::count_if(points.cbegin(), points.cend(), [](const ReturnChart::Point &p) { return p.referral; }));
}

void EventReturnChart::applyPalette()
{
    ChartFrame::applyPalette();
    if (m_plot->points().isEmpty())
        return;
    const QPalette p = palette();
    QList<LegendEntry> legend{{tr("New contacts met there"), categoryColor(0, p), LegendEntry::Mark::Dot},
                              {tr("Conversations with them afterwards"), categoryColor(1, p), LegendEntry::Mark::Square}};
    if (referralCount() > 0)
        legend.append({tr("A referral came of it"), p.color(QPalette::Text), LegendEntry::Mark::Ring});
    setLegend(legend);
}

} // namespace foothold
