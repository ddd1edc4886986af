#include "ui/charts/FunnelChart.h"

#include "ui/charts/ChartTheme.h"
#include "ui/widgets/Palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace foothold {
namespace {

struct Row {
    QString key;
    QString name;
    const FunnelGroup *group;
};

} // namespace

QString FunnelChart::rateText(const FunnelRate &rate)
{
    return rate.rate ? QStringLiteral("%1%").arg(std::lround(*rate.rate * 100)) : QStringLiteral("—");
}

QString FunnelChart::countText(const FunnelRate &rate)
{
    const QLocale locale;
    return tr("%1 of %2").arg(locale.toString(rate.count), locale.toString(rate.of));
}

FunnelChart::FunnelChart(QWidget *parent)
    : ChartFrame(tr("Application funnel"),
                 tr("Applications by the furthest stage they reached, and how often one step led to the next."), parent),
      m_table(new QWidget(this)), m_grid(new QGridLayout(m_table))
{
    m_grid->setContentsMargins(8, 4, 8, 4);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(2);
    showEmpty(tr("No applications yet"), {});
}

void FunnelChart::setData(const Funnel &funnel, const InsightsFilter &filter, qint64 applicationsAllTime)
{
    m_funnel = funnel;
    m_filter = filter;
    m_applicationsAllTime = applicationsAllTime;
    rebuild();
}

QList<qint64> FunnelChart::stageCounts() const
{
    QList<qint64> out;
    const FunnelGroup &group = selectedFunnelGroup(m_funnel, m_filter);
    for (const ApplicationStage stage : funnelStages())
        out << group.furthest.value(stage);
    return out;
}

void FunnelChart::rebuild()
{
    const FunnelGroup &shown = selectedFunnelGroup(m_funnel, m_filter);
    if (m_funnel.all.applications == 0 || shown.applications == 0) {
        if (m_applicationsAllTime == 0)
            showEmpty(tr("No applications yet"),
                      tr("Track your job applications with their source and stages to see which lead to interviews and "
                         "offers, and whether referrals beat cold applications."));
        else if (m_funnel.all.applications == 0)
            showEmpty(tr("No applications started in this range"), tr("Choose a longer range."));
        else
            showEmpty(tr("No applications from this source in this range"), tr("Choose another source or a longer range."));
        return;
    }

    QChart *chart = emptyChart();
    auto *bars = new QHorizontalStackedBarSeries(chart);
    bars->setBarWidth(0.7);
    const bool split = !m_filter.source && !m_filter.coldOnly;
    QList<QPair<QString, const FunnelGroup *>> sets;
    if (split)
        sets = {{tr("Referral"), &m_funnel.referral}, {tr("Cold"), &m_funnel.cold}};
    else
        sets = {{m_filter.coldOnly ? tr("Cold") : label(*m_filter.source), &shown}};
    // Bottom to top on a horizontal chart: accepted first so that saved stands on top.
    QList<ApplicationStage> stages = funnelStages();
    std::reverse(stages.begin(), stages.end());
    for (qsizetype i = 0; i < sets.size(); ++i) {
        auto *set = new QBarSet(sets.at(i).first, bars);
        set->setProperty("index", int(i));
        set->setProperty("split", split);
        for (const ApplicationStage stage : stages)
            set->append(qreal(sets.at(i).second->furthest.value(stage)));
        bars->append(set);
    }
    chart->addSeries(bars);
    connect(bars, &QHorizontalStackedBarSeries::hovered, this, [this, stages, sets](bool status, int index, QBarSet *set) {
        if (!status || !set || index < 0 || index >= stages.size()) {
            QToolTip::hideText();
            return;
        }
        const ApplicationStage stage = stages.at(index);
        const FunnelGroup *group = sets.at(set->property("index").toInt()).second;
        QToolTip::showText(QCursor::pos(),
                           tr("<b>%1</b>: %n application(s) got no further than %2", nullptr, int(group->furthest.value(stage)))
                               .arg(set->label(), label(stage).toLower()),
                           chartView());
    });

    const QLocale locale;
    QStringList categories;
    qreal widest = 1;
    for (const ApplicationStage stage : stages) {
        const qint64 count = shown.furthest.value(stage);
        widest = std::max(widest, qreal(count));
        categories << tr("%1 · %2").arg(label(stage), locale.toString(count));
    }
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false); // "Interviewing · 12" must be read whole
    auto *x = new QValueAxis;
    x->setRange(0, widest);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    bars->attachAxis(y);

    rebuildTable();
    setChartContent(chart, m_table);
    // Qt Charts hides every other category label when the rows are closer than a line of text
    // ("Saved · 3" gone): ask for a row of text and a gap per stage, plus the value axis below.
    const QFontMetrics metrics(y->labelsFont());
    chartView()->setMinimumHeight(int(stages.size()) * (metrics.lineSpacing() + 8) + 3 * metrics.lineSpacing() + 24);
    showChart();
}

void FunnelChart::rebuildTable()
{
    QList<Row> rows = {{QStringLiteral("referral"), tr("Referral"), &m_funnel.referral},
                       {QStringLiteral("cold"), tr("Cold"), &m_funnel.cold},
                       {QStringLiteral("all"), tr("All"), &m_funnel.all}};
    if (m_filter.source && *m_filter.source != ApplicationSource::Referral && !m_filter.coldOnly)
        rows.insert(2, {toKey(*m_filter.source), label(*m_filter.source), &selectedFunnelGroup(m_funnel, m_filter)});
    const QStringList columns = {tr("Applied → interview"), tr("Interview → offer"), tr("Applied → offer")};
    // The labels are made once and refilled: a redraw of the page should not rebuild a table.
    if (m_grid->count() == 0) {
        for (int c = 0; c < columns.size(); ++c) {
            auto *head = new QLabel(columns.at(c), m_table);
            head->setObjectName(QStringLiteral("head"));
            head->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_grid->addWidget(head, 0, c + 1);
        }
        for (int r = 0; r < 4; ++r) {
            m_grid->addWidget(new QLabel(m_table), r + 1, 0);
            for (int c = 0; c < 3; ++c) {
                auto *cell = new QLabel(m_table);
                cell->setTextFormat(Qt::RichText);
                cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_grid->addWidget(cell, r + 1, c + 1);
            }
        }
        m_grid->setColumnStretch(0, 1);
    }
    for (int r = 0; r < 4; ++r) {
        const bool used = r < rows.size();
        auto *name = qobject_cast<QLabel *>(m_grid->itemAtPosition(r + 1, 0)->widget());
        name->setVisible(used);
        if (used)
            name->setText(rows.at(r).name);
        for (int c = 0; c < 3; ++c) {
            auto *cell = qobject_cast<QLabel *>(m_grid->itemAtPosition(r + 1, c + 1)->widget());
            cell->setVisible(used);
            if (!used) {
                cell->setObjectName(QString());
                continue;
            }
            const FunnelGroup &g = *rows.at(r).group;
            const FunnelRate &rate = c == 0 ? g.appliedToInterview : c == 1 ? g.interviewToOffer : g.appliedToOffer;
            cell->setObjectName(QStringLiteral("rate-%1-%2").arg(rows.at(r).key).arg(c));
            cell->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;<span style=\"font-size:small\">%2</span>")
                              .arg(rateText(rate), countText(rate).toHtmlEscaped()));
            cell->setProperty("plain", rateText(rate) + QLatin1Char('\n') + countText(rate));
            cell->setToolTip(rate.rate ? tr("%1: %2 %3").arg(rows.at(r).name, countText(rate), columns.at(c))
                                       : tr("No rate: none reached the first step of %1 yet").arg(columns.at(c)));
        }
    }
}

QString FunnelChart::conversionText(const QString &row, int column) const
{
    const auto *cell = m_table->findChild<QLabel *>(QStringLiteral("rate-%1-%2").arg(row).arg(column));
    return cell ? cell->property("plain").toString() : QString();
}

void FunnelChart::applyPalette()
{
    ChartFrame::applyPalette();
    const QPalette p = palette();
    for (QLabel *head : m_table->findChildren<QLabel *>(QStringLiteral("head"))) {
        QPalette muted = head->palette();
        muted.setColor(QPalette::WindowText, mutedTextColor(p));
        head->setPalette(muted);
    }
    QChart *c = chart();
    if (!c)
        return;
    QList<LegendEntry> legend;
    for (QAbstractSeries *s : c->series()) {
        auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(s);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets()) {
            // Referral green, cold blue; one group alone in blue.
            const bool split = set->property("split").toBool();
            const QColor color = categoryColor(split && set->property("index").toInt() == 0 ? 2 : 0, p);
            set->setColor(color);
            set->setBorderColor(color);
            if (split)
                legend.append({set->label(), color, LegendEntry::Mark::Square});
        }
    }
    setLegend(legend);
}

} // namespace foothold
