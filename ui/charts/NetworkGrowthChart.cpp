#include "ui/charts/NetworkGrowthChart.h"

#include "ui/charts/ChartAxes.h"
#include "ui/charts/ChartTheme.h"
#include "ui/widgets/Palette.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace foothold {
namespace {

QString monthName(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

} // namespace

NetworkGrowthChart::NetworkGrowthChart(QWidget *parent)
    : ChartFrame(tr("Network growth"), tr("Contacts by the channel you met them through, by the month you connected."), parent),
      m_modeBox(new QComboBox(this))
{
    m_modeBox->addItem(tr("Cumulative"), int(Mode::Cumulative));
    m_modeBox->addItem(tr("New per month"), int(Mode::PerMonth));
    m_modeBox->setAccessibleName(tr("Network growth view"));
    m_modeBox->setToolTip(tr("Cumulative: the size of your network. New per month: how fast it grows."));
    addHeaderWidget(m_modeBox);
    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this] { setMode(static_cast<Mode>(m_modeBox->currentData().toInt())); });
    showEmpty(tr("No contacts yet"), {});
}

void NetworkGrowthChart::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    rebuild();
}

void NetworkGrowthChart::setData(const QList<ChannelGrowth> &growth, qint64 contactsWithDate)
{
    m_growth = growth;
    m_contactsWithDate = contactsWithDate;
    rebuild();
}

QString NetworkGrowthChart::monthSummary(int monthIndex) const
{
    if (m_growth.isEmpty() || monthIndex < 0 || monthIndex >= m_growth.first().points.size())
        return {};
    const QLocale locale;
    qint64 total = 0;
    qint64 added = 0;
    QStringList lines;
    for (const ChannelGrowth &series : m_growth) {
        const GrowthPoint &p = series.points.at(monthIndex);
        total += p.total;
        added += p.added;
        lines << tr("%1: %2 (+%3)").arg(label(series.channel), locale.toString(p.total), locale.toString(p.added));
    }
    return tr("<b>%1</b>: %2 contacts, %3 new<br>%4")
        .arg(monthName(m_growth.first().points.at(monthIndex).month), locale.toString(total), locale.toString(added),
             lines.join(QStringLiteral("<br>")));
}

void NetworkGrowthChart::rebuild()
{
    if (m_growth.isEmpty()) {
        if (m_contactsWithDate == 0)
            showEmpty(tr("No contacts with a date yet"),
                      tr("Add contacts with the day you connected (or import your LinkedIn connections) to see your "
                         "network grow, month by month and channel by channel."));
        else
            showEmpty(tr("No contacts in this range"), tr("Choose a longer range to see how your network grew."));
        return;
    }
    QChart *chart = emptyChart();
    if (m_mode == Mode::Cumulative)
        buildCumulative(chart);
    else
        buildPerMonth(chart);
    setChartContent(chart);
    showChart();
}

void NetworkGrowthChart::buildCumulative(QChart *chart)
{
    const QList<GrowthPoint> &months = m_growth.first().points;
    QList<qreal> below(months.size(), 0);
    qreal top = 0;
    for (const ChannelGrowth &series : m_growth) {
        auto *area = new QAreaSeries(chart);
        auto *upper = new QLineSeries(area);
        QLineSeries *lower = nullptr;
        if (&series != &m_growth.first())
            lower = new QLineSeries(area);
        for (qsizetype i = 0; i < series.points.size(); ++i) {
            const qreal x = chartX(series.points.at(i).month);
            const qreal y = below.at(i) + qreal(series.points.at(i).total);
            if (lower)
                lower->append(x, below.at(i));
            upper->append(x, y);
            below[i] = y;
            top = std::max(top, y);
        }
        area->setUpperSeries(upper);
        if (lower)
            area->setLowerSeries(lower);
        area->setName(label(series.channel));
        area->setProperty("channel", int(series.channel));
        chart->addSeries(area);
        connect(area, &QAreaSeries::hovered, this, [this, months](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            // The nearest month to the pointer.
            int nearest = 0;
            qreal best = -1;
            for (int i = 0; i < months.size(); ++i) {
                const qreal d = std::abs(chartX(months.at(i).month) - point.x());
                if (best < 0 || d < best) {
                    best = d;
                    nearest = i;
                }
            }
            QToolTip::showText(QCursor::pos(), monthSummary(nearest), chartView());
        });
    }
    QDate last = months.last().month;
    if (months.size() == 1) // one month: give the area some width
        last = last.addMonths(1);
    QCategoryAxis *x = monthAxis(months.first().month, last);
    auto *y = new QValueAxis;
    y->setRange(0, std::max<qreal>(top, 1));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    y->setTitleText(tr("Contacts"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void NetworkGrowthChart::buildPerMonth(QChart *chart)
{
    auto *bars = new QStackedBarSeries(chart);
    bars->setBarWidth(0.8);
    const QList<GrowthPoint> &months = m_growth.first().points;
    QList<qreal> stacked(months.size(), 0);
    for (const ChannelGrowth &series : m_growth) {
        auto *set = new QBarSet(label(series.channel), bars);
        set->setProperty("channel", int(series.channel));
        for (qsizetype i = 0; i < series.points.size(); ++i) {
            set->append(qreal(series.points.at(i).added));
            stacked[i] += qreal(series.points.at(i).added);
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    connect(bars, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || !set) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), monthSummary(index), chartView());
    });
    QStringList labels;
    for (const GrowthPoint &p : months)
        labels << monthName(p.month);
    QCategoryAxis *x = indexAxis(labels);
    auto *y = new QValueAxis;
    y->setRange(0, std::max<qreal>(*std::max_element(stacked.cbegin(), stacked.cend()), 1));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    y->setTitleText(tr("New contacts"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
}

void NetworkGrowthChart::applyPalette()
{
    ChartFrame::applyPalette();
    QChart *c = chart();
    if (!c)
        return;
    const QPalette p = palette();
    QList<LegendEntry> legend;
    for (const ChannelGrowth &series : m_growth)
        legend.append({label(series.channel), categoryColor(int(series.channel), p), LegendEntry::Mark::Square});
    setLegend(legend);
    for (QAbstractSeries *s : c->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            const QColor color = categoryColor(area->property("channel").toInt(), p);
            area->setColor(translucent(color, 200));
            area->setBorderColor(color);
            area->setPen(QPen(color, 1.5));
        } else if (auto *bars = qobject_cast<QStackedBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                const QColor color = categoryColor(set->property("channel").toInt(), p);
                set->setColor(color);
                set->setBorderColor(p.color(QPalette::Base));
            }
        }
    }
}

} // namespace foothold
