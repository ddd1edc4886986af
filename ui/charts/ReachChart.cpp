#include "ui/charts/ReachChart.h"

#include "ui/widgets/Palette.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

namespace foothold {

ReachChart::ReachChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_view->setAccessibleName(tr("Reach by month"));
    layout->addWidget(m_view);
    rebuild();
}

void ReachChart::setMonths(const QList<ReachMonth> &months)
{
    m_months = months;
    rebuild();
}

int ReachChart::pointCount() const
{
    return int(m_months.size());
}

void ReachChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ReachChart::rebuild()
{
    const QPalette pal = palette();
    auto *chart = new QChart;
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(tr("Companies within reach, by month"));
    struct Line {
        QString name;
        int colour;
        int ReachMonth::*value;
    };
    const Line lines[] = {{tr("1st degree"), 0, &ReachMonth::firstDegree},
                          {tr("2nd degree"), 1, &ReachMonth::secondDegree},
                          {tr("Targets covered"), 2, &ReachMonth::targetsCovered}};
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yy"));
    x->setTickCount(std::clamp(int(m_months.size()), 2, 5));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)}) {
        axis->setLabelsColor(mutedTextColor(pal));
        axis->setGridLineColor(mutedTextColor(pal).darker(isDark(pal) ? 180 : 60));
        chart->addAxis(axis, axis == x ? Qt::AlignBottom : Qt::AlignLeft);
    }
    int top = 1;
    for (const Line &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->setPen(QPen(categoryColor(line.colour, pal), 2));
        for (const ReachMonth &m : m_months) {
            series->append(double(QDateTime(m.month, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()), m.*line.value);
            top = std::max(top, m.*line.value);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    y->setRange(0, top);
    if (top <= 5)
        y->setTickCount(top + 1); // whole numbers only
    else
        y->applyNiceNumbers();
    if (!m_months.isEmpty())
        x->setRange(QDateTime(m_months.first().month, QTime(0, 0), QTimeZone::utc()),
                    QDateTime(m_months.last().month, QTime(0, 0), QTimeZone::utc()));
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace foothold
