#include "ui/pages/BriefPanel.h"

#include "core/services/EventBrief.h"
#include "core/storage/EventStore.h"
#include "core/util/Settings.h"
#include "ui/shell/UiContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace foothold {

BriefPanel::BriefPanel(UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_event(new QComboBox(this)), m_view(new QTextBrowser(this))
{
    m_event->setObjectName(QStringLiteral("briefEvent"));
    m_event->setAccessibleName(tr("Event"));
    m_view->setObjectName(QStringLiteral("brief"));
    m_view->setOpenLinks(false);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Event:"), this);
    label->setBuddy(m_event);
    top->addWidget(label);
    top->addWidget(m_event, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_event, &QComboBox::currentIndexChanged, this, &BriefPanel::refresh);
}

void BriefPanel::setEvent(EventId event)
{
    fillEvents(event);
    refresh();
}

void BriefPanel::fillEvents(EventId event)
{
    const QSignalBlocker block(m_event);
    m_event->clear();
    for (const Event &e : EventStore(m_context.db, m_context.clock).list())
        m_event->addItem(e.name, e.id.value);
    const int index = m_event->findData(event.value);
    m_event->setCurrentIndex(index >= 0 ? index : 0);
}

void BriefPanel::refresh()
{
    if (m_event->count() == 0)
        fillEvents({});
    if (m_event->count() == 0) {
        m_view->setPlainText(tr("No events yet."));
        return;
    }
    const EventId event(m_event->currentData().toLongLong());
    auto brief = EventBrief(m_context.db, m_context.clock).brief(event, settingValue(settings::EventInterests));
    if (!brief) {
        m_view->setPlainText(brief.error().toString());
        return;
    }
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("People to meet"));
    if (brief->people.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None listed yet: add people to meet in the event's editor.")));
    html += QStringLiteral("<ul>");
    for (const BriefPerson &p : brief->people) {
        html += QStringLiteral("<li><b>%1</b> — %2").arg(esc(p.name), esc(p.why));
        if (p.path.size() > 1)
            html += QStringLiteral("<br/>%1 %2").arg(esc(tr("Path:")), esc(p.path.join(QStringLiteral(" → "))));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Companies attending"));
    for (const BriefCompany &c : brief->companies)
        html += QStringLiteral("<li>%1%2: %3</li>")
                    .arg(esc(c.name), c.target ? esc(tr(" (target)")) : QString(), esc(c.roles.join(QStringLiteral(", "))));
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Questions to ask"));
    for (const QString &q : brief->questions)
        html += QStringLiteral("<li>%1</li>").arg(esc(q));
    html += QStringLiteral("</ul><h3>%1</h3><p>%2</p><h3>%3</h3><ul>").arg(tr("Pitch"), esc(brief->pitch), tr("Checklist"));
    for (const BriefItem &i : brief->checklist)
        html += QStringLiteral("<li>%1 %2</li>").arg(i.done ? QStringLiteral("☑") : QStringLiteral("☐"), esc(i.item));
    html += QStringLiteral("</ul>");
    m_view->setHtml(html);
}

} // namespace foothold
