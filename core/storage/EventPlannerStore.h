#pragma once

#include "core/analytics/Clashes.h"
#include "core/analytics/EventRanking.h"
#include "core/analytics/EventReturn.h"
#include "core/storage/Database.h"

#include <QList>

namespace foothold {

// What the event planner reads from the database, counted in SQL (a few grouped queries over
// all events at once, so that the return of 1,000 events over 100,000 contacts is one pass).
// Definitions in docs/EVENTS.md. Read-only: errors come back as Result.
class EventPlannerStore {
public:
    explicit EventPlannerStore(Database &db) : m_db(db) {}

    // Every event (or only `only`), by start.
    Result<QList<EventReturnFacts>> returnFacts(EventId only = {});
    // Events that are considering or registered and not over at `now` (end, or start, >= now).
    Result<QList<RankingFacts>> rankingFacts(const QDateTime &now);
    // Status, start and cost of every event (for the budget).
    Result<QList<BudgetItem>> budgetItems();
    // What takes my time from `from` on: events that are considering, registered or attended
    // ("event:ID"), interview rounds ("round:APPLICATION:POSITION", an hour when no length is
    // given) and scheduled informational interviews ("interview:ID", an hour), with `labels`
    // filled in parallel.
    Result<QList<TimeSpan>> busySpans(const QDateTime &from, QStringList &labels);

    // For the rule-made follow-ups (EventFollowUps): the people of `event` a rule is about.
    struct RulePerson {
        ContactId contact;
        QString name;
        QDate date;          // met on (date connected) or last talked to at the event
    };
    // Contacts met there (the date connected, null when unknown).
    Result<QList<RulePerson>> peopleMetAt(EventId event);
    // Speakers of the event (event_people role speaker) I had a conversation with there
    // (conversation at the event, or with the event), with the day of the latest.
    Result<QList<RulePerson>> speakersTalkedTo(EventId event);
    // Whether a follow-up with this rule key exists (done or not, so a rule never makes it twice).
    Result<bool> hasRuleKey(const QString &key);
    // Removes the open follow-ups the event rules made for `event` (when its rules are turned
    // off); inside the caller's transaction. Returns how many.
    Result<int> removeOpenRuleFollowUps(EventId event);

private:
    Database &m_db;
};

} // namespace foothold
