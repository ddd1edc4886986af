#include "ui/network/ReachPanel.h"

#include "ui/shell/Navigator.h"
#include "ui/widgets/ExternalLinks.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace foothold {

ReachPanel::ReachPanel(Navigator &navigator, QWidget *parent) : QWidget(parent), m_navigator(navigator)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) { m_navigator.openLink(QUrl(link)); });
    layout->addWidget(m_summary);
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
    if (r.byMonth.size() >= 2) {
        // The last six months, oldest first: how 2nd-degree reach grew.
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Reach by month (1st / 2nd degree companies, targets)"));
        for (qsizetype i = std::max<qsizetype>(0, r.byMonth.size() - 6); i < r.byMonth.size(); ++i) {
            const ReachMonth &m = r.byMonth.at(i);
            html += QStringLiteral("%1: %2 / %3, %4<br>")
                        .arg(locale.toString(m.month, QStringLiteral("MMM yyyy")))
                        .arg(m.firstDegree)
                        .arg(m.secondDegree)
                        .arg(m.targetsCovered);
        }
        html += QStringLiteral("</p>");
    }
    m_summary->setText(html);
}

} // namespace foothold
