#include "core/services/TodayAgenda.h"

#include <QTimeZone>

#include <algorithm>

namespace foothold {
namespace {

QDateTime startOfLocalDay(QDate day)
{
    return day.startOfDay().toUTC();
}

} // namespace

Result<Agenda> loadAgenda(Database &db, const Clock &clock, const AgendaOptions &options)
{
    AgendaStore store(db);
    Agenda agenda;
    const QDateTime now = clock.nowUtc();
    agenda.today = clock.today();
    const KeepInTouchRule rule{options.defaultCadenceDays, 90};
    const QDateTime activeSince = startOfLocalDay(agenda.today.addDays(-rule.activeWindowDays));

    auto counts = store.counts(agenda.today, activeSince);
    if (!counts)
        return counts.error();
    agenda.counts = *counts;
    if (agenda.counts.databaseEmpty)
        return agenda;

    auto followUps = store.followUps(agenda.today, startOfLocalDay(agenda.today), options.followUpLimit);
    if (!followUps)
        return followUps.error();
    agenda.followUps = *followUps;

    // Upcoming from the start of today, so that this morning's event still shows this afternoon.
    const QDateTime from = startOfLocalDay(agenda.today);
    const QDateTime to = now.addDays(qMax(1, options.horizonDays));
    auto events = store.events(from, to);
    if (!events)
        return events.error();
    for (const auto &e : *events) {
        UpcomingItem item;
        item.entity = Entity::Event;
        item.id = e.id.value;
        // An all-day event begins at the local midnight of its first day (AllDay.h).
        item.at = e.allDay ? e.start.toUTC().date().startOfDay(QTimeZone::systemTimeZone()).toUTC() : e.start;
        item.allDay = e.allDay;
        item.title = e.name;
        item.detail = e.location;
        item.eventKind = e.kind;
        agenda.upcoming << item;
    }
    auto rounds = store.rounds(from, to);
    if (!rounds)
        return rounds.error();
    for (const auto &r : *rounds) {
        UpcomingItem item;
        item.entity = Entity::Application;
        item.id = r.application.value;
        item.at = r.at;
        item.title = r.name;
        item.detail = r.role;
        item.company = r.company;
        agenda.upcoming << item;
    }
    auto interviews = store.scheduledInterviews(from, to);
    if (!interviews)
        return interviews.error();
    for (const auto &i : *interviews) {
        UpcomingItem item;
        item.entity = Entity::InformationalInterview;
        item.id = i.id.value;
        item.at = i.at;
        item.contact = i.contact;
        item.company = i.company;
        agenda.upcoming << item;
    }
    std::stable_sort(agenda.upcoming.begin(), agenda.upcoming.end(),
                     [](const UpcomingItem &a, const UpcomingItem &b) { return a.at < b.at; });

    auto candidates = store.keepInTouchCandidates(activeSince);
    if (!candidates)
        return candidates.error();
    agenda.lapsed = lapsedContacts(*candidates, agenda.today, rule);

    QList<qint64> named;
    for (const auto &f : std::as_const(agenda.followUps))
        if (f.contact.isValid())
            named << f.contact.value;
    for (const auto &item : std::as_const(agenda.upcoming))
        if (item.contact.isValid())
            named << item.contact.value;
    for (qsizetype i = 0; i < agenda.lapsed.size() && i < options.lapsedNamed; ++i)
        named << agenda.lapsed.at(i).id.value;
    auto names = store.contactNames(named);
    if (!names)
        return names.error();
    agenda.contactNames = std::move(names).value();
    return agenda;
}

} // namespace foothold
