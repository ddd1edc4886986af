#include "ui/pages/TodayText.h"

#include "ui/models/NameDirectory.h"
#include "ui/shell/Navigator.h"
#include "ui/widgets/ExternalLinks.h"
#include "ui/widgets/Palette.h"

#include <QCoreApplication>
#include <QLocale>

namespace foothold::today {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Today", text);
}

// One and many as two strings (rather than "%n day(s)"), so that English reads right without a
// translation file; `many` has %1 for the number.
QString count(int n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

QString link(Entity entity, qint64 id, const QString &text)
{
    return linkHtml(Navigator::urlFor(entity, id).toString(), text);
}

QString muted(const QString &html, const QPalette &palette)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(mutedTextColor(palette).name(), html);
}

QString orUnnamed(const QString &name)
{
    return name.isEmpty() ? tr("(unnamed)") : name;
}

} // namespace

QString Names::contact(qint64 id) const
{
    const auto it = contacts.constFind(id);
    return it != contacts.constEnd() ? *it : directory.contact(id);
}

QString Names::company(qint64 id) const
{
    return directory.company(id);
}

QString Names::event(qint64 id) const
{
    return directory.event(id);
}

QString ago(int days)
{
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    if (days < 14)
        return count(days, QT_TRANSLATE_NOOP("Today", "1 day ago"), QT_TRANSLATE_NOOP("Today", "%1 days ago"));
    if (days < 60)
        return count(days / 7, QT_TRANSLATE_NOOP("Today", "1 week ago"), QT_TRANSLATE_NOOP("Today", "%1 weeks ago"));
    if (days < 730)
        return count(days / 30, QT_TRANSLATE_NOOP("Today", "1 month ago"), QT_TRANSLATE_NOOP("Today", "%1 months ago"));
    return count(days / 365, QT_TRANSLATE_NOOP("Today", "1 year ago"), QT_TRANSLATE_NOOP("Today", "%1 years ago"));
}

QString followUpHtml(const AgendaFollowUp &followUp, const Names &names, const QPalette &palette)
{
    QString html = link(Entity::FollowUp, followUp.id.value, orUnnamed(followUp.title));
    if (followUp.doneAt.isValid())
        html = QStringLiteral("<s>%1</s>").arg(html);
    QStringList about;
    if (followUp.contact.isValid())
        about << link(Entity::Contact, followUp.contact.value, orUnnamed(names.contact(followUp.contact.value)));
    if (followUp.event.isValid())
        about << link(Entity::Event, followUp.event.value, orUnnamed(names.event(followUp.event.value)));
    if (followUp.application.isValid())
        about << link(Entity::Application, followUp.application.value, tr("the application"));
    if (followUp.conversation.isValid())
        about << link(Entity::Conversation, followUp.conversation.value, tr("the conversation"));
    if (!about.isEmpty())
        html += QStringLiteral("<br>") + muted(tr("about %1").arg(about.join(QStringLiteral(", "))), palette);
    return html;
}

QString dueHtml(const AgendaFollowUp &followUp, QDate today, const QPalette &palette)
{
    if (followUp.doneAt.isValid())
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(okColor(palette).name(), tr("done"));
    const qint64 late = followUp.due.daysTo(today);
    if (late <= 0)
        return muted(tr("due today"), palette);
    const QColor colour = late > 7 ? errorColor(palette) : warningColor(palette);
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), count(int(late), QT_TRANSLATE_NOOP("Today", "1 day overdue"), QT_TRANSLATE_NOOP("Today", "%1 days overdue")));
}

QString whenText(const UpcomingItem &item, QDate today)
{
    const QLocale locale;
    const QDateTime local = item.at.toLocalTime();
    const qint64 days = today.daysTo(local.date());
    const QString day = days == 0 ? tr("Today") : days == 1 ? tr("Tomorrow") : locale.toString(local.date(), QStringLiteral("ddd d MMM"));
    if (item.allDay)
        return day;
    // The locale's short time without seconds (the C locale's short format has them).
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return tr("%1, %2").arg(day, locale.toString(local.time(), format));
}

QString upcomingHtml(const UpcomingItem &item, const Names &names, const QPalette &palette)
{
    switch (item.entity) {
    case Entity::Event: {
        QString detail = label(item.eventKind);
        if (!item.detail.isEmpty())
            detail += QStringLiteral(" · ") + item.detail;
        return link(Entity::Event, item.id, orUnnamed(item.title)) + QStringLiteral("<br>") + muted(detail.toHtmlEscaped(), palette);
    }
    case Entity::Application: {
        const QString round = item.title.isEmpty() ? tr("Interview") : item.title;
        const QString company = names.company(item.company.value);
        const QString what = company.isEmpty() ? item.detail : tr("%1 at %2").arg(item.detail, company);
        return link(Entity::Application, item.id, round) + QStringLiteral("<br>") + muted(tr("Job interview: %1").arg(what.toHtmlEscaped()), palette);
    }
    case Entity::InformationalInterview: {
        const QString company = names.company(item.company.value);
        QString html = tr("Informational interview with %1")
                           .arg(link(Entity::InformationalInterview, item.id, orUnnamed(names.contact(item.contact.value))));
        if (!company.isEmpty())
            html += QStringLiteral("<br>") + muted(company.toHtmlEscaped(), palette);
        return html;
    }
    default:
        return {};
    }
}

QString lapsedHtml(const LapsedContact &lapsed, const Names &names, const QPalette &palette)
{
    const QString name = link(Entity::Contact, lapsed.id.value, orUnnamed(names.contact(lapsed.id.value)));
    QString since;
    if (lapsed.daysSince < 0)
        since = tr("no conversation or date connected on record");
    else if (lapsed.neverTalked)
        since = tr("connected %1, no conversation yet").arg(ago(lapsed.daysSince));
    else
        since = tr("last talked %1").arg(ago(lapsed.daysSince));
    const QString cadence = count(lapsed.cadenceDays, QT_TRANSLATE_NOOP("Today", "every day"), QT_TRANSLATE_NOOP("Today", "every %1 days"));
    return name + QStringLiteral("<br>") + muted(QStringLiteral("%1 · %2").arg(since, cadence).toHtmlEscaped(), palette);
}

} // namespace foothold::today
