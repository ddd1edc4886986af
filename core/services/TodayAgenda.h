#pragma once

#include "core/analytics/KeepInTouch.h"
#include "core/storage/AgendaStore.h"
#include "core/storage/ChangeNotifier.h"
#include "core/util/Clock.h"

namespace foothold {

struct AgendaOptions {
    int horizonDays = 14;          // "upcoming": from now to this many days ahead
    int defaultCadenceDays = 90;   // settings::DefaultCadenceDays
    int followUpLimit = 50;        // open follow-ups listed (the count says how many there are)
    int lapsedNamed = 50;          // names are read for this many of the lapsed contacts
};

// Something coming up: an event, an interview round of an application, or a scheduled
// informational interview. `entity` and `id` name the record to open.
struct UpcomingItem {
    Entity entity = Entity::Event;  // Event, Application (a round) or InformationalInterview
    qint64 id = 0;
    QDateTime at;                   // UTC
    bool allDay = false;
    QString title;                  // event name, round name; empty for informational interviews
    QString detail;                 // event location, application role
    EventKind eventKind = EventKind::Meetup;
    ContactId contact;              // informational interview: with whom
    CompanyId company;              // round, informational interview: at which company
};

// Everything the Today page shows, computed for the clock's today.
struct Agenda {
    QDate today;
    TodayCounts counts;
    QList<AgendaFollowUp> followUps; // due and overdue (open), then done today
    QList<UpcomingItem> upcoming;    // by time
    QList<LapsedContact> lapsed;     // most overdue first
    // Names of the contacts the agenda refers to (follow-ups, informational interviews, the first
    // `lapsedNamed` lapsed), so that showing it never needs every contact's name.
    QHash<qint64, QString> contactNames;
};

// Reads the agenda in a handful of queries. The clock is injected, so "overdue", "next 14 days"
// and "last 90 days" are testable; days are the local calendar's.
Result<Agenda> loadAgenda(Database &db, const Clock &clock, const AgendaOptions &options = {});

} // namespace foothold
