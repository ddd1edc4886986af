#include "ui/network/ReachPanel.h"

#include "ui/charts/ReachChart.h"
#include "ui/shell/Navigator.h"
#include "ui/widgets/ExternalLinks.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace foothold {

ReachPanel::ReachPanel(Navigator &navigator, QWidget *parent) : QWidget(parent), m_navigator(navigator)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *inner = new QWidget(scroll);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(inner);
    m_summary = new QLabel(inner);
    m_chart = new ReachChart(inner);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) { m_navigator.openLink(QUrl(link)); });
    layout->addWidget(m_summary);
    layout->addWidget(m_chart);
    layout->addStretch(1);
}

QString ReachPanel::text() const
{
    return m_summary->text();
}

void ReachPanel::show(const NetworkSnapshot &s)
{
    const QLocale locale;
    const Reach &r = s.reach;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Reach"));
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(tr("People I know (1st degree): <b>%1</b>").arg(locale.toString(s.peopleByDegree[1])),
                     tr("Known through them (2nd degree): <b>%1</b>").arg(locale.toString(s.peopleByDegree[2])),
                     tr("One step further (3rd degree): <b>%1</b>").arg(locale.toString(s.peopleByDegree[3])));
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(tr("Companies where I know someone: <b>%1</b>").arg(locale.toString(r.firstDegree.size())),
                     tr("Where someone I know knows someone: <b>%1</b> more").arg(locale.toString(r.secondDegree.size())));
    if (r.targetsTotal > 0) {
        html += QStringLiteral("<p><b>%1</b></p><p>").arg(tr("Target companies covered: %1 of %2").arg(r.targetsCovered).arg(r.targetsTotal));
        for (const TargetReach &t : r.targets) {
            const QString degree = t.degree == 1 ? tr("1st degree") : t.degree == 2 ? tr("2nd degree") : tr("not covered");
            html += QStringLiteral("%1 — %2<br>").arg(linkHtml(Navigator::urlFor(Entity::Company, t.id.value).toString(), t.name), degree);
        }
        html += QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("No target companies yet: give a company a priority to see whether your network covers it."));
    }
    if (!r.brokers.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("People worth keeping warm"));
        for (const Broker &b : r.brokers)
            html += QStringLiteral("%1 — %2<br>")
                        .arg(linkHtml(Navigator::urlFor(Entity::Contact, b.id.value).toString(), b.name),
                             tr("%n target(s)", nullptr, b.targets));
        html += QStringLiteral("</p>");
    }
    m_summary->setText(html);
    m_chart->setMonths(r.byMonth);
    m_chart->setVisible(r.byMonth.size() >= 2);
}

} // namespace foothold
