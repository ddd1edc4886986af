#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace foothold {

// What the database says about one event, counted by EventPlannerStore (docs/EVENTS.md,
// "Return"): "met there" means contacts whose met-at event is this one.
struct EventReturnFacts {
    EventId id;
    QString name;
    EventStatus status = EventStatus::Considering;
    QDateTime start;
    double costMinor = 0;        // Σ amount × rate over its costs: home-currency minor units
    int newContacts = 0;         // contacts met there
    int conversations = 0;       // conversations with them after the event (after its end)
    int followUps = 0;           // follow-ups about the event or a contact met there
    int followUpsDone = 0;
    int interviews = 0;          // informational interviews with them, requested or further
    int applications = 0;        // from the event, or referred by / interviewed with someone met there
    int referrals = 0;           // applications whose referrer was met there
};

struct EventReturn {
    EventReturnFacts facts;
    double costTotal = 0;                         // home currency, rounded to cents
    std::optional<double> followUpsDonePct;       // none without follow-ups; 0..100, one decimal
    std::optional<double> costPerContact;         // none when no contact was made
    std::optional<double> costPerConversation;    // none without conversations
};

// Pure: the derived figures of one event's facts.
[[nodiscard]] EventReturn computeEventReturn(const EventReturnFacts &facts);

} // namespace foothold
