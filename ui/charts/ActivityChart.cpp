#include "ui/charts/ActivityChart.h"

#include "ui/charts/ChartAxes.h"
#include "ui/charts/ChartTheme.h"
#include "ui/widgets/Palette.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace foothold {
namespace {

enum class Role { Conversations, Contacts, ConversationsSoFar, ContactsSoFar };

} // namespace

ActivityChart::ActivityChart(QWidget *parent)
    : ChartFrame(tr("Activity"), tr("Conversations and new contacts per week."), parent)
{
    showEmpty(tr("No activity yet"), {});
}

void ActivityChart::setData(const QList<WeekActivity> &weeks, qint64 conversationsAllTime, qint64 contactsWithDate, QDate today)
{
    m_weeks = weeks;
    m_today = today;
    m_conversationsAllTime = conversationsAllTime;
    m_contactsWithDate = contactsWithDate;
    rebuild();
}

QString ActivityChart::weekText(int index) const
{
    if (index < 0 || index >= m_weeks.size())
        return {};
    const WeekActivity &w = m_weeks.at(index);
    const QLocale locale;
    const bool soFar = m_today.isValid() && w.weekStart.addDays(6) > m_today;
    return (soFar ? tr("<b>Week %1, %2</b> (%3 – %4), so far<br>%5 conversations<br>%6 new contacts")
                  : tr("<b>Week %1, %2</b> (%3 – %4)<br>%5 conversations<br>%6 new contacts"))
        .arg(w.isoWeek)
        .arg(w.isoYear)
        .arg(locale.toString(w.weekStart, QLocale::ShortFormat), locale.toString(w.weekStart.addDays(6), QLocale::ShortFormat),
             locale.toString(w.conversations), locale.toString(w.newContacts));
}

void ActivityChart::rebuild()
{
    qint64 conversations = 0;
    qint64 contacts = 0;
    for (const WeekActivity &w : m_weeks) {
        conversations += w.conversations;
        contacts += w.newContacts;
    }
    if (conversations == 0 && contacts == 0) {
        if (m_conversationsAllTime == 0 && m_contactsWithDate == 0)
            showEmpty(tr("No activity yet"),
                      tr("Log your conversations and add contacts with the day you connected to see your week-by-week rhythm."));
        else
            showEmpty(tr("Nothing happened in this range"), tr("Choose a longer range or another kind of conversation."));
        return;
    }
    QChart *chart = emptyChart();
    auto *talks = new QLineSeries(chart);
    talks->setName(tr("Conversations"));
    talks->setProperty("role", int(Role::Conversations));
    auto *people = new QLineSeries(chart);
    people->setName(tr("New contacts"));
    people->setProperty("role", int(Role::Contacts));
    qint64 maxTalks = 1;
    qint64 maxPeople = 1;
    // The week in progress (today is in it) continues the lines dashed: its counts are not final.
    const bool inProgress = m_weeks.size() > 1 && m_today.isValid() && m_weeks.last().weekStart.addDays(6) > m_today;
    QLineSeries *talksSoFar = nullptr;
    QLineSeries *peopleSoFar = nullptr;
    if (inProgress) {
        talksSoFar = new QLineSeries(chart);
        talksSoFar->setProperty("role", int(Role::ConversationsSoFar));
        peopleSoFar = new QLineSeries(chart);
        peopleSoFar->setProperty("role", int(Role::ContactsSoFar));
    }
    for (qsizetype i = 0; i < m_weeks.size(); ++i) {
        const WeekActivity &w = m_weeks.at(i);
        // Each week's value at its middle (Thursday), where the week's dot belongs on a date axis.
        const qreal x = chartX(w.weekStart.addDays(3));
        const bool last = i == m_weeks.size() - 1;
        if (!(inProgress && last)) {
            talks->append(x, qreal(w.conversations));
            people->append(x, qreal(w.newContacts));
        }
        if (inProgress && i >= m_weeks.size() - 2) {
            talksSoFar->append(x, qreal(w.conversations));
            peopleSoFar->append(x, qreal(w.newContacts));
        }
        maxTalks = std::max(maxTalks, w.conversations);
        maxPeople = std::max(maxPeople, w.newContacts);
    }
    talks->setPointsVisible(m_weeks.size() <= 26);
    people->setPointsVisible(m_weeks.size() <= 26);
    chart->addSeries(people);
    chart->addSeries(talks);
    if (inProgress) {
        chart->addSeries(peopleSoFar);
        chart->addSeries(talksSoFar);
    }

    QCategoryAxis *x = monthAxis(m_weeks.first().weekStart, m_weeks.last().weekStart.addDays(7));
    auto *left = new QValueAxis;
    left->setRange(0, qreal(maxTalks));
    left->setLabelFormat(QStringLiteral("%.0f"));
    left->applyNiceNumbers();
    left->setTitleText(tr("Conversations"));
    auto *right = new QValueAxis;
    right->setRange(0, qreal(maxPeople));
    right->setLabelFormat(QStringLiteral("%.0f"));
    right->applyNiceNumbers();
    right->setTitleText(tr("New contacts"));
    right->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    talks->attachAxis(x);
    talks->attachAxis(left);
    people->attachAxis(x);
    people->attachAxis(right);
    if (inProgress) {
        talksSoFar->attachAxis(x);
        talksSoFar->attachAxis(left);
        peopleSoFar->attachAxis(x);
        peopleSoFar->attachAxis(right);
    }

    for (QLineSeries *series : {talks, people, talksSoFar, peopleSoFar}) {
        if (!series)
            continue;
        connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            int nearest = 0;
            for (int i = 1; i < m_weeks.size(); ++i)
                if (std::abs(chartX(m_weeks.at(i).weekStart.addDays(3)) - point.x()) <
                    std::abs(chartX(m_weeks.at(nearest).weekStart.addDays(3)) - point.x()))
                    nearest = i;
            QToolTip::showText(QCursor::pos(), weekText(nearest), chartView());
        });
    }
    setChartContent(chart);
    showChart();
}

void ActivityChart::applyPalette()
{
    ChartFrame::applyPalette();
    QChart *c = chart();
    if (!c)
        return;
    const QPalette p = palette();
    for (QAbstractSeries *s : c->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (!line)
            continue;
        const auto role = static_cast<Role>(line->property("role").toInt());
        const bool talks = role == Role::Conversations || role == Role::ConversationsSoFar;
        const bool soFar = role == Role::ConversationsSoFar || role == Role::ContactsSoFar;
        const QColor color = categoryColor(talks ? 0 : 1, p);
        line->setPen(QPen(color, talks ? 2.5 : 2, soFar ? Qt::DotLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        line->setColor(color);
    }
    setLegend({{tr("Conversations (left scale)"), categoryColor(0, p), LegendEntry::Mark::Line},
               {tr("New contacts (right scale)"), categoryColor(1, p), LegendEntry::Mark::Line}});
    // Each value axis takes its series' colour so it is clear which scale is which.
    // On a light background the orange reads better a little darker as text.
    for (QAbstractAxis *axis : c->axes(Qt::Vertical)) {
        const QColor color = categoryColor(axis->alignment() == Qt::AlignLeft ? 0 : 1, p);
        const QColor text = isDark(p) ? color : color.darker(140);
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
    }
}

} // namespace foothold
