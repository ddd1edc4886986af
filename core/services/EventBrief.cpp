#include "core/services/EventBrief.h"

#include "core/services/NetworkService.h"
#include "core/storage/AgendaSessionStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/EventBriefStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/InterviewStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EventBrief", text);
}

int roleOrder(EventPersonRole role)
{
    return role == EventPersonRole::ToMeet ? 0 : role == EventPersonRole::Speaker ? 1 : 2;
}

QString roleText(EventPersonRole role)
{
    switch (role) {
    case EventPersonRole::ToMeet: return tr("to meet");
    case EventPersonRole::Speaker: return tr("speaker");
    case EventPersonRole::Expected: return tr("expected there");
    }
    return {};
}

} // namespace

Result<EventBriefing> EventBrief::brief(EventId eventId, const QStringList &interests, int questions)
{
    auto event = EventStore(m_db, m_clock).get(eventId);
    if (!event)
        return event.error();
    EventBriefing b;
    b.event = eventId;
    b.name = event->name;

    CompanyStore companies(m_db, m_clock);
    for (const EventCompany &c : event->companies) {
        auto it = std::find_if(b.companies.begin(), b.companies.end(), [&](const BriefCompany &x) { return x.company == c.company; });
        if (it == b.companies.end()) {
            auto company = companies.get(c.company);
            if (!company)
                continue;
            b.companies << BriefCompany{c.company, company->name, {}, company->priority != CompanyPriority::None};
            it = b.companies.end() - 1;
        }
        it->roles << toKey(c.role);
    }
    std::stable_sort(b.companies.begin(), b.companies.end(), [](const BriefCompany &x, const BriefCompany &y) {
        return x.target != y.target ? x.target : x.name.localeAwareCompare(y.name) < 0;
    });

    ContactStore contacts(m_db, m_clock);
    NetworkService network(m_db, m_clock);
    std::optional<NetworkGraph> graph; // loaded once, only when someone needs a path
    for (const EventPerson &p : event->people) {
        auto it = std::find_if(b.people.begin(), b.people.end(), [&](const BriefPerson &x) { return x.contact == p.contact; });
        if (it != b.people.end()) {
            if (roleOrder(p.role) < roleOrder(it->role))
                it->role = p.role;
            it->why += QStringLiteral("; ") + roleText(p.role);
            continue;
        }
        auto contact = contacts.get(p.contact);
        if (!contact)
            continue;
        BriefPerson person{p.contact, contact->name, {}, p.role, roleText(p.role), !contact->prospect, {}};
        if (contact->company.isValid())
            if (auto company = companies.get(contact->company)) {
                person.company = company->name;
                person.why += QStringLiteral("; ") + (company->priority != CompanyPriority::None ? tr("works at %1 (target)").arg(company->name)
                                                                                                 : tr("works at %1").arg(company->name));
            }
        if (person.connection) {
            person.why += QStringLiteral("; ") + tr("you know them");
        } else {
            if (!graph) {
                auto loaded = network.loadGraph();
                if (!loaded)
                    return loaded.error();
                graph = std::move(*loaded);
            }
            auto answer = network.paths(*graph, PathTarget::toContact(p.contact), 1);
            if (answer && !answer->paths.isEmpty()) {
                for (const PathHop &hop : answer->paths.first().hops)
                    person.path << hop.name;
                person.why += QStringLiteral("; ") + tr("ask %1 for an introduction").arg(person.path.first());
            } else {
                person.why += QStringLiteral("; ") + tr("no warm path: introduce yourself");
            }
        }
        b.people << person;
    }
    std::stable_sort(b.people.begin(), b.people.end(), [](const BriefPerson &x, const BriefPerson &y) {
        return roleOrder(x.role) != roleOrder(y.role) ? roleOrder(x.role) < roleOrder(y.role) : x.name.localeAwareCompare(y.name) < 0;
    });

    for (const BankQuestion &q : QuestionBankStore(m_db).list())
        if (b.questions.size() < questions)
            b.questions << q.text;

    QStringList topics;
    for (const QString &tag : event->tags)
        if (interests.contains(tag, Qt::CaseInsensitive))
            topics << tag;
    const QString focus = (topics.isEmpty() ? (event->tags.isEmpty() ? interests : event->tags) : topics).mid(0, 3).join(tr(" and "));
    b.draftPitch = focus.isEmpty() ? tr("Hi, I'm … I'm looking for my next role, and I came to %1 to meet the people doing the work. "
                                        "What brings you here?").arg(event->name)
                                   : tr("Hi, I'm … I work with %1 and I'm looking for my next role; I came to %2 to meet people who care "
                                        "about %1 as much as I do. What are you working on?").arg(focus, event->name);
    EventBriefStore store(m_db);
    auto stored = store.pitch(eventId);
    if (!stored)
        return stored.error();
    b.pitchEdited = stored->has_value();
    b.pitch = b.pitchEdited ? **stored : b.draftPitch;

    const bool hasCost = !event->costs.isEmpty();
    const qint64 sessions = AgendaSessionStore(m_db).count(eventId).value_or(0);
    const qint64 chosen = AgendaSessionStore(m_db).list(eventId, true).size();
    // Keys are stored with the user's ticks (event_checklist.generated): never rename one.
    b.checklist = {
        {tr("Decide: registered"), event->status == EventStatus::Registered || event->status == EventStatus::Attended,
         QStringLiteral("registered")},
        {tr("Costs entered (ticket, travel, stay)"), hasCost, QStringLiteral("costs")},
        {tr("Goals set (contacts, conversations, interviews to request)"),
         event->goalContacts + event->goalConversations + event->goalInterviews > 0 || !event->goals.trimmed().isEmpty(),
         QStringLiteral("goals")},
        {tr("Agenda imported"), sessions > 0, QStringLiteral("agenda")},
        {tr("Sessions chosen and exported to the calendar"), chosen > 0, QStringLiteral("sessions")},
        {tr("People to meet listed"),
         std::any_of(event->people.begin(), event->people.end(), [](const EventPerson &p) { return p.role == EventPersonRole::ToMeet; }),
         QStringLiteral("people")},
        {tr("Pitch practised; questions ready"), false, QStringLiteral("pitch")},
        {tr("Follow-up rules on (follow up within 48 hours)"), event->followUpRules, QStringLiteral("follow-up-rules")},
    };
    auto rows = store.checklist(eventId);
    if (!rows)
        return rows.error();
    for (const ChecklistRow &row : *rows) {
        if (row.generated.isEmpty()) {
            BriefItem own{row.label, row.done, {}, row.id, false};
            b.checklist << own;
            continue;
        }
        // A tick of an item no longer generated (none yet) is kept but not shown.
        for (BriefItem &item : b.checklist)
            if (item.key == row.generated) {
                item.done = row.done;
                item.ticked = true;
            }
    }
    return b;
}

} // namespace foothold
