#include "ui/charts/TalkBalanceChart.h"

#include "ui/charts/BalancePlotItem.h"
#include "ui/charts/ChartAxes.h"
#include "ui/charts/ChartTheme.h"
#include "ui/widgets/Palette.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace foothold {
namespace {

enum class Role { Anchor, NetworkingBand, InterviewBand };

QString percent(double share)
{
    return QStringLiteral("%1%").arg(std::lround(share * 100));
}

QAreaSeries *band(QChart *chart, const TalkTargetBand &b, qreal x0, qreal x1, const QString &name)
{
    auto *area = new QAreaSeries(chart);
    auto *upper = new QLineSeries(area);
    auto *lower = new QLineSeries(area);
    upper->append(x0, b.high * 100);
    upper->append(x1, b.high * 100);
    lower->append(x0, b.low * 100);
    lower->append(x1, b.low * 100);
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    area->setName(name);
    return area;
}

// At most this many points per average line: more draw slower and look the same.
constexpr qsizetype kMaxLinePoints = 600;

QList<QPointF> lineValues(const QList<RollingShare> &average)
{
    QList<QPointF> out;
    const qsizetype step = std::max<qsizetype>(1, average.size() / kMaxLinePoints);
    for (qsizetype i = 0; i < average.size(); i += step)
        out.append({qreal(average.at(i).when.toMSecsSinceEpoch()), average.at(i).average * 100});
    if (!average.isEmpty() && (average.size() - 1) % step != 0)
        out.append({qreal(average.last().when.toMSecsSinceEpoch()), average.last().average * 100});
    return out;
}

} // namespace

TalkBalanceChart::TalkBalanceChart(QWidget *parent)
    : ChartFrame(tr("Conversation balance"),
                 tr("My share of the speaking time in each conversation, against the target band. Click a point to open it."), parent)
{
    showEmpty(tr("No conversations yet"), {});
}

void TalkBalanceChart::setData(const BalanceSeries &balance, QDate from, QDate to, qint64 sharesAllTime)
{
    m_balance = balance;
    m_from = from;
    m_to = to;
    m_sharesAllTime = sharesAllTime;
    rebuild();
}

int TalkBalanceChart::pointCount(std::optional<ConversationKind> kind) const
{
    if (!m_plot)
        return 0;
    return int(std::count_if(m_plot->points().cbegin(), m_plot->points().cend(),
                             [&](const TalkSharePoint &p) { return !kind || p.kind == *kind; }));
}

std::optional<QPoint> TalkBalanceChart::viewPositionOf(ConversationId conversation) const
{
    if (!m_plot || !chartView())
        return std::nullopt;
    const auto &points = m_plot->points();
    for (int i = 0; i < points.size(); ++i)
        if (points.at(i).conversation == conversation)
            return chartView()->mapFromScene(chart()->mapToScene(m_plot->positionOf(i)));
    return std::nullopt;
}

void TalkBalanceChart::rebuild()
{
    if (m_balance.points.isEmpty()) {
        if (m_sharesAllTime == 0)
            showEmpty(tr("Log conversations with a talk share to see your balance"),
                      tr("Time a call with the talk timer, import its transcript, or estimate your share when you log a "
                         "conversation. Networking goes best when you talk about 20% of the time."));
        else
            showEmpty(tr("No conversations with a talk share in this range"),
                      tr("Choose a longer range or another kind of conversation."));
        delete m_plot;
        return;
    }
    m_networkingBand = talkTargetBandFromSettings(ConversationKind::CoffeeChat);
    m_interviewBand = talkTargetBandFromSettings(ConversationKind::JobInterview);

    delete m_plot; // drawn over the chart, which is reused
    QChart *chart = emptyChart();
    const QDate to = m_to > m_from ? m_to.addDays(1) : m_from.addDays(1);
    const qreal x0 = chartX(m_from);
    const qreal x1 = chartX(to);

    // An invisible series spanning the ranges, so the axes have something to scale when no band is drawn.
    auto *anchor = new QLineSeries(chart);
    anchor->append(x0, 0);
    anchor->append(x1, 100);
    anchor->setProperty("role", int(Role::Anchor));
    anchor->setPen(Qt::NoPen);
    chart->addSeries(anchor);
    if (m_balance.networkingKinds) {
        QAreaSeries *b = band(chart, m_networkingBand, x0, x1,
                              tr("Networking target %1–%2").arg(percent(m_networkingBand.low), percent(m_networkingBand.high)));
        b->setProperty("role", int(Role::NetworkingBand));
        chart->addSeries(b);
    }
    if (m_balance.interviews) {
        QAreaSeries *b = band(chart, m_interviewBand, x0, x1,
                              tr("Interview target %1–%2").arg(percent(m_interviewBand.low), percent(m_interviewBand.high)));
        b->setProperty("role", int(Role::InterviewBand));
        chart->addSeries(b);
    }

    QCategoryAxis *x = monthAxis(m_from, to);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setTitleText(tr("My share"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }

    // The averages: the networking one names its target only when the interviews' is drawn too.
    m_lines.clear();
    const bool both = m_balance.networkingAverage.size() >= 2 && m_balance.interviewAverage.size() >= 2;
    if (m_balance.networkingAverage.size() >= 2)
        m_lines.append({both ? tr("Average of last %1 (networking)").arg(m_balance.networkingWindow)
                             : tr("Average of last %1").arg(m_balance.networkingWindow),
                        m_balance.networkingAverage});
    if (m_balance.interviewAverage.size() >= 2)
        m_lines.append({m_balance.networkingKinds ? tr("Average of last %1 (interviews)").arg(m_balance.interviewWindow)
                                                  : tr("Average of last %1").arg(m_balance.interviewWindow),
                        m_balance.interviewAverage});

    m_plot = new BalancePlotItem(chart, x, y); // owned by the chart
    m_plot->setPoints(m_balance.points);
    connect(m_plot, &BalancePlotItem::pointClicked, this, [this](int index) {
        if (m_plot && index >= 0 && index < m_plot->points().size())
            emit conversationActivated(m_plot->points().at(index).conversation.value);
    });
    connect(m_plot, &BalancePlotItem::hovered, this, &TalkBalanceChart::showHover);
    setChartContent(chart);
    showChart();
}

void TalkBalanceChart::showHover(int point, QPair<int, int> linePoint, const QPoint &screenPos)
{
    if (point >= 0 && m_plot) {
        QToolTip::showText(screenPos, pointText(m_plot->points().at(point)), chartView());
        return;
    }
    if (linePoint.first >= 0 && linePoint.first < m_lines.size()) {
        // The line is drawn through every step-th average: find the average behind the drawn point.
        const auto &[name, average] = m_lines.at(linePoint.first);
        const QList<QPointF> drawn = lineValues(average);
        const qint64 ms = qint64(drawn.value(linePoint.second).x());
        const auto it = std::find_if(average.cbegin(), average.cend(), [&](const RollingShare &r) { return r.when.toMSecsSinceEpoch() >= ms; });
        const RollingShare &r = it == average.cend() ? average.last() : *it;
        QToolTip::showText(screenPos,
                           tr("%1<br>%2 on %3, over the last %n conversation(s)", nullptr, r.count)
                               .arg(name, percent(r.average), QLocale().toString(r.when.toLocalTime().date(), QLocale::ShortFormat)),
                           chartView());
        return;
    }
    QToolTip::hideText();
}

QString TalkBalanceChart::pointText(const TalkSharePoint &p) const
{
    const TalkTargetBand &b = p.kind == ConversationKind::JobInterview ? m_interviewBand : m_networkingBand;
    QString verdict;
    switch (judgeTalkShare(p.share, b)) {
    case TalkVerdict::Within: verdict = tr("on target"); break;
    case TalkVerdict::Above: verdict = tr("above the target"); break;
    case TalkVerdict::Below: verdict = tr("below the target"); break;
    case TalkVerdict::Unknown: break;
    }
    return tr("<b>%1</b>, %2<br>My share %3 (%4, %5–%6)<br><i>Click to open</i>")
        .arg(label(p.kind), QLocale().toString(p.when.toLocalTime(), QLocale::ShortFormat), percent(p.share), verdict, percent(b.low),
             percent(b.high));
}

void TalkBalanceChart::applyPalette()
{
    ChartFrame::applyPalette();
    QChart *c = chart();
    if (!c || !m_plot)
        return;
    const QPalette p = palette();
    QList<LegendEntry> legend;
    for (QAbstractSeries *s : c->series()) {
        const auto role = static_cast<Role>(s->property("role").toInt());
        if (role == Role::Anchor)
            continue;
        auto *area = static_cast<QAreaSeries *>(s);
        const QColor color = role == Role::NetworkingBand ? okColor(p) : p.color(QPalette::Highlight);
        area->setColor(translucent(color, isDark(p) ? 60 : 45));
        area->setBorderColor(translucent(color, 140));
        area->setPen(QPen(translucent(color, 140), 1, Qt::DashLine));
        legend.append({area->name(), translucent(color, 160), LegendEntry::Mark::Band});
    }

    // Points: a colour per kind, in the enum's order in the legend; smaller and translucent when many.
    QHash<ConversationKind, QColor> colors;
    for (const TalkSharePoint &point : m_balance.points)
        colors.insert(point.kind, categoryColor(int(point.kind), p));
    for (const auto kind : allValues<ConversationKind>())
        if (colors.contains(kind))
            legend.append({label(kind), colors.value(kind), LegendEntry::Mark::Dot});
    const qsizetype n = m_balance.points.size();
    m_plot->setStyle(colors, p.color(QPalette::Base), n > 2000 ? 4 : n > 400 ? 5.5 : 7, n > 2000);

    QList<BalancePlotItem::Line> lines;
    for (int i = 0; i < m_lines.size(); ++i) {
        // The interviews' average is dashed whenever the networking one is drawn beside it.
        const bool dashed = i > 0;
        lines.append({lineValues(m_lines.at(i).second),
                      QPen(p.color(QPalette::Text), 2.5, dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)});
        legend.append({m_lines.at(i).first, p.color(QPalette::Text), dashed ? LegendEntry::Mark::DashedLine : LegendEntry::Mark::Line});
    }
    m_plot->setLines(lines);
    setLegend(legend);
}

} // namespace foothold
