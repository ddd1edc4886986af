#include "ui/charts/TalkBalanceChart.h"

#include "ui/charts/ChartAxes.h"
#include "ui/charts/ChartTheme.h"
#include "ui/widgets/Palette.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace foothold {
namespace {

enum class Role { Points, NetworkingBand, InterviewBand, NetworkingAverage, InterviewAverage };

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

QScatterSeries *TalkBalanceChart::pointsOf(ConversationKind kind) const
{
    for (auto it = m_points.constBegin(); it != m_points.constEnd(); ++it)
        if (!it.value().isEmpty() && it.value().first().kind == kind)
            return it.key();
    return nullptr;
}

void TalkBalanceChart::rebuild()
{
    m_points.clear();
    if (m_balance.points.isEmpty()) {
        if (m_sharesAllTime == 0)
            showEmpty(tr("Log conversations with a talk share to see your balance"),
                      tr("Time a call with the talk timer, import its transcript, or estimate your share when you log a "
                         "conversation. Networking goes best when you talk about 20% of the time."));
        else
            showEmpty(tr("No conversations with a talk share in this range"),
                      tr("Choose a longer range or another kind of conversation."));
        return;
    }
    m_networkingBand = talkTargetBandFromSettings(ConversationKind::CoffeeChat);
    m_interviewBand = talkTargetBandFromSettings(ConversationKind::JobInterview);

    auto *chart = new QChart;
    const QDate to = m_to > m_from ? m_to.addDays(1) : m_from.addDays(1);
    const qreal x0 = chartX(m_from);
    const qreal x1 = chartX(to);

    // Bands first, so that points and lines are drawn over them.
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

    // One series per kind, in the enum's order so the legend reads the same every time.
    QHash<ConversationKind, QScatterSeries *> byKind;
    for (const TalkSharePoint &p : m_balance.points) {
        QScatterSeries *&series = byKind[p.kind];
        if (!series) {
            series = new QScatterSeries(chart);
            series->setName(label(p.kind));
            series->setProperty("role", int(Role::Points));
            series->setProperty("kind", int(p.kind));
            series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            // Smaller dots when there are many, so the trend shows through.
            const qsizetype n = m_balance.points.size();
            series->setMarkerSize(n > 2000 ? 4 : n > 400 ? 5.5 : 7);
            series->setProperty("dense", n > 2000);
        }
        series->append(qreal(p.when.toMSecsSinceEpoch()), p.share * 100);
        m_points[series].append(p);
    }
    for (const auto kind : allValues<ConversationKind>()) {
        QScatterSeries *series = byKind.value(kind);
        if (!series)
            continue;
        chart->addSeries(series);
        connect(series, &QScatterSeries::clicked, this, [this, series](const QPointF &point) {
            if (const qint64 id = conversationAt(series, point))
                emit conversationActivated(id);
        });
        connect(series, &QScatterSeries::hovered, this, [this, series](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), pointText(series, indexAt(series, point)), chartView());
        });
    }

    auto addAverage = [&](const QList<RollingShare> &average, Role role, const QString &name) {
        if (average.size() < 2)
            return;
        auto *line = new QLineSeries(chart);
        // A line of thousands of points draws slowly and looks the same as one of a few hundred.
        const qsizetype step = std::max<qsizetype>(1, average.size() / 600);
        for (qsizetype i = 0; i < average.size(); i += step)
            line->append(qreal(average.at(i).when.toMSecsSinceEpoch()), average.at(i).average * 100);
        if ((average.size() - 1) % step != 0)
            line->append(qreal(average.last().when.toMSecsSinceEpoch()), average.last().average * 100);
        line->setName(name);
        line->setProperty("role", int(role));
        chart->addSeries(line);
        connect(line, &QLineSeries::hovered, this, [this, average, line](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            // The last average at or before the pointer (the list is in time order).
            const auto it = std::upper_bound(average.cbegin(), average.cend(), point.x(), [](qreal x, const RollingShare &r) {
                return x < qreal(r.when.toMSecsSinceEpoch());
            });
            const RollingShare &r = it == average.cbegin() ? average.first() : *(it - 1);
            QToolTip::showText(QCursor::pos(),
                               tr("%1<br>%2 on %3, over the last %n conversation(s)", nullptr, r.count)
                                   .arg(line->name(), percent(r.average), QLocale().toString(r.when.toLocalTime().date(), QLocale::ShortFormat)),
                               chartView());
        });
    };
    const bool both = m_balance.networkingKinds && m_balance.interviews && m_balance.interviewAverage.size() >= 2;
    addAverage(m_balance.networkingAverage, Role::NetworkingAverage,
               both ? tr("Average of last %1 (networking)").arg(m_balance.networkingWindow)
                    : tr("Average of last %1").arg(m_balance.networkingWindow));
    addAverage(m_balance.interviewAverage, Role::InterviewAverage,
               both || m_balance.networkingKinds ? tr("Average of last %1 (interviews)").arg(m_balance.interviewWindow)
                                                 : tr("Average of last %1").arg(m_balance.interviewWindow));

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
    setChartContent(chart);
    showChart();
}

int TalkBalanceChart::indexAt(QScatterSeries *series, const QPointF &point) const
{
    const auto it = m_points.constFind(series);
    if (it == m_points.constEnd() || it->isEmpty())
        return -1;
    // Nearest in screen terms: a day and a share point weigh about the same on a typical chart.
    const qreal dayMs = 86400000.0;
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < it->size(); ++i) {
        const qreal dx = (qreal(it->at(i).when.toMSecsSinceEpoch()) - point.x()) / dayMs;
        const qreal dy = it->at(i).share * 100 - point.y();
        const qreal d = dx * dx + dy * dy;
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

qint64 TalkBalanceChart::conversationAt(QScatterSeries *series, const QPointF &point) const
{
    const int index = indexAt(series, point);
    return index < 0 ? 0 : m_points.value(series).at(index).conversation.value;
}

QString TalkBalanceChart::pointText(QScatterSeries *series, int index) const
{
    if (index < 0)
        return {};
    const TalkSharePoint &p = m_points.value(series).at(index);
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
    if (!c)
        return;
    const QPalette p = palette();
    QList<LegendEntry> legend;
    QList<LegendEntry> bands;
    for (QAbstractSeries *s : c->series()) {
        switch (static_cast<Role>(s->property("role").toInt())) {
        case Role::Points: {
            auto *scatter = static_cast<QScatterSeries *>(s);
            const QColor color = categoryColor(scatter->property("kind").toInt(), p);
            scatter->setColor(scatter->property("dense").toBool() ? translucent(color, 150) : color);
            scatter->setBorderColor(scatter->property("dense").toBool() ? Qt::transparent : p.color(QPalette::Base));
            legend.append({scatter->name(), color, LegendEntry::Mark::Dot});
            break;
        }
        case Role::NetworkingBand:
        case Role::InterviewBand: {
            auto *area = static_cast<QAreaSeries *>(s);
            const bool networking = s->property("role").toInt() == int(Role::NetworkingBand);
            const QColor color = networking ? okColor(p) : p.color(QPalette::Highlight);
            area->setColor(translucent(color, isDark(p) ? 60 : 45));
            area->setBorderColor(translucent(color, 140));
            area->setPen(QPen(translucent(color, 140), 1, Qt::DashLine));
            bands.append({area->name(), translucent(color, 160), LegendEntry::Mark::Band});
            break;
        }
        case Role::NetworkingAverage:
        case Role::InterviewAverage: {
            auto *line = static_cast<QLineSeries *>(s);
            const bool interviews = s->property("role").toInt() == int(Role::InterviewAverage);
            line->setPen(QPen(p.color(QPalette::Text), 2.5, interviews ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            legend.append({line->name(), p.color(QPalette::Text), interviews ? LegendEntry::Mark::DashedLine : LegendEntry::Mark::Line});
            break;
        }
        }
    }
    setLegend(bands + legend);
}

} // namespace foothold
