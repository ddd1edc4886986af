#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QStringList>

namespace foothold {

// "Before" the event (docs/EVENTS.md): whom to meet and why, with the warm-introduction path
// when there is one, questions to ask from the question bank, a short pitch to adapt, and a
// checklist read from the event's records.
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

struct BriefItem {
    QString item;
    bool done = false;
};

struct EventBriefing {
    EventId event;
    QString name;
    QList<BriefPerson> people;     // to meet first, then speakers, then expected; by name
    QList<BriefCompany> companies; // targets first
    QStringList questions;         // from the question bank, by its order
    QString pitch;                 // a draft from the interests and the event's tags
    QList<BriefItem> checklist;
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
