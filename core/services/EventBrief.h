#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QStringList>

namespace foothold {

// "Before" the event (docs/EVENTS.md): whom to meet and why, with the warm-introduction path
// when there is one, questions to ask from the question bank, a short pitch to adapt (the user's
// own when stored, else a draft), and a checklist read from the event's records with the user's
// ticks and own items (EventBriefStore).
struct BriefPerson {
    ContactId contact;
    QString name;
    QString company;
    EventPersonRole role = EventPersonRole::ToMeet; // the most telling of their roles there
    QString why;               // "to meet; speaker; works at Lumen (target)"
    bool connection = false;   // I know them (1st degree)
    QStringList path;          // names from me to them, the first being whom I ask; empty: none known
};

struct BriefCompany {
    CompanyId company;
    QString name;
    QStringList roles;         // sponsor, hiring, …
    bool target = false;
};

// One checklist item. A generated one (`key` set) is done when the records say so, unless the
// user ticked or unticked it (`ticked`: their tick wins); the user's own (`id` set) are stored.
struct BriefItem {
    QString item;
    bool done = false;
    QString key;               // generated: "registered", "costs", …; empty for the user's own
    qint64 id = 0;             // the user's own item (event_checklist row); 0 for generated ones
    bool ticked = false;       // generated: done comes from the user's tick, not the records

    [[nodiscard]] bool generated() const { return !key.isEmpty(); }
};

struct EventBriefing {
    EventId event;
    QString name;
    QList<BriefPerson> people;     // to meet first, then speakers, then expected; by name
    QList<BriefCompany> companies; // targets first
    QStringList questions;         // from the question bank, by its order
    QString pitch;                 // the user's pitch when stored, else the draft
    QString draftPitch;            // a draft from the interests and the event's tags
    bool pitchEdited = false;      // `pitch` is the user's (EventBriefStore), not the draft
    QList<BriefItem> checklist;    // generated items, then the user's own by position
};

class EventBrief {
public:
    EventBrief(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // `interests` (the setting) shape the pitch; `questions` caps how many are taken.
    Result<EventBriefing> brief(EventId event, const QStringList &interests, int questions = 5);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
