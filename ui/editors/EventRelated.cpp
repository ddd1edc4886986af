#include "ui/editors/EventRelated.h"

#include "core/storage/ApplicationStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventSummaryStore.h"
#include "core/util/Settings.h"
#include "ui/models/EventsModel.h"
#include "ui/models/NameDirectory.h"
#include "ui/shell/Navigator.h"
#include "ui/shell/UiContext.h"
#include "ui/widgets/ExternalLinks.h"
#include "ui/widgets/RelatedList.h"

#include <QCoreApplication>
#include <QLocale>

namespace foothold {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("EventRelated", text, nullptr, n);
}

QString link(Entity entity, qint64 id, const QString &text)
{
    return linkHtml(Navigator::urlFor(entity, id).toString(), text);
}

constexpr int kPeopleShown = 200;

} // namespace

void fillEventRelated(RelatedList &list, UiContext &context, const Event &e)
{
    Database &db = context.db;
    const NameDirectory &names = context.names;
    const QLocale locale;
    list.clear();
    if (!e.id.isValid()) {
        list.finish();
        return;
    }
    EventSummaryStore summaries(db);
    const int met = summaries.metCounts().value(e.id.value);
    const QList<ConversationId> conversationIds = summaries.conversationsAt(e.id);
    const QList<ApplicationId> applicationIds = summaries.applicationsFrom(e.id);

    // The return on the event: what it was for, counted against the goals set for it.
    QStringList result;
    auto against = [](const QString &line, int done, int goal) {
        if (goal <= 0)
            return line;
        return done >= goal ? tr("%1 (goal %2 ✓)").arg(line).arg(goal) : tr("%1 (goal %2)").arg(line).arg(goal);
    };
    if (met > 0 || e.goalContacts > 0)
        result << against(tr("People met: %1").arg(met), met, e.goalContacts).toHtmlEscaped();
    const int talks = int(conversationIds.size());
    if (talks > 0 || e.goalConversations > 0)
        result << against(tr("Conversations: %1").arg(talks), talks, e.goalConversations).toHtmlEscaped();
    if (!applicationIds.isEmpty())
        result << tr("Applications that came of it: %1").arg(applicationIds.size()).toHtmlEscaped();
    const double cost = EventsModel::totalInHomeCurrency(e.costs);
    if (cost > 0) {
        const QString home = homeCurrency();
        result << (met > 0 ? tr("Spent: %1 · %2 per person met")
                                 .arg(EventsModel::moneyText(cost, home), EventsModel::moneyText(cost / met, home))
                           : tr("Spent: %1").arg(EventsModel::moneyText(cost, home)))
                      .toHtmlEscaped();
    }
    list.addSection(tr("What it brought"), result);

    QStringList people;
    for (const ContactId id : summaries.peopleMet(e.id, kPeopleShown))
        people << link(Entity::Contact, id.value, names.contact(id.value));
    if (met > people.size())
        people << tr("… and %n more", met - int(people.size())).toHtmlEscaped();
    list.addSection(met > 0 ? tr("People met here (%1)").arg(locale.toString(met)) : tr("People met here"), people,
                    tr("Nobody yet: set “Met at” on a contact"));

    QStringList companies;
    for (const auto &company : e.companies)
        companies << link(Entity::Company, company.company.value,
                          tr("%1 · %2").arg(names.company(company.company.value), label(company.role)));
    list.addSection(tr("Companies expected"), companies);

    QStringList conversations;
    ConversationStore conversationStore(db, context.clock);
    for (const ConversationId id : conversationIds) {
        auto conversation = conversationStore.get(id);
        if (!conversation)
            continue;
        QStringList with;
        for (const ContactId contact : conversation->contacts)
            with << names.contact(contact.value);
        conversations << link(Entity::Conversation, id.value,
                              tr("%1 · %2 · with %3")
                                  .arg(locale.toString(conversation->when.toLocalTime().date(), QLocale::ShortFormat),
                                       label(conversation->kind), with.join(QStringLiteral(", "))));
    }
    list.addSection(tr("Conversations here"), conversations);

    QStringList applications;
    ApplicationStore applicationStore(db, context.clock);
    for (const ApplicationId id : applicationIds) {
        auto application = applicationStore.get(id);
        if (application)
            applications << link(Entity::Application, id.value,
                                 tr("%1 at %2 · %3")
                                     .arg(application->role, names.company(application->company.value), label(application->stage)));
    }
    list.addSection(tr("Applications from it"), applications);
    list.finish();
}

} // namespace foothold
