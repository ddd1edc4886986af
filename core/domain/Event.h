#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace foothold {

// A cost of attending, in minor units of its currency (cents) and the rate that converts it to the
// home currency: amounts in different currencies are never added without a rate.
struct EventCost {
    CostCategory category = CostCategory::Ticket;
    qint64 amountMinor = 0;
    QString currency;   // ISO 4217, e.g. EUR
    double rate = 1.0;  // home currency per unit of `currency`
    QString note;

    bool operator==(const EventCost &) const = default;
};

struct EventCompany {
    CompanyId company;
    EventCompanyRole role = EventCompanyRole::Attending;
    bool operator==(const EventCompany &) const = default;
};

struct EventPerson {
    ContactId contact;
    EventPersonRole role = EventPersonRole::Expected;
    bool operator==(const EventPerson &) const = default;
};

struct Event {
    EventId id;
    QString name;               // required
    EventKind kind = EventKind::Meetup;
    QDateTime start;            // UTC; required
    QDateTime end;              // UTC; null or not before start
    QString timeZone;           // IANA id the event is held in, e.g. Europe/Berlin; empty: floating
    bool allDay = false;        // dates, in no zone: start, end and timeZone as AllDay.h says
    QString location;           // place
    QString url;
    EventStatus status = EventStatus::Considering;
    QString goals;              // text
    int goalContacts = 0;       // numbers to aim for
    int goalConversations = 0;
    int goalInterviews = 0;     // informational interviews to request
    QString outcome;
    QStringList tags;           // stacks and topics
    QList<EventCost> costs;
    QList<EventCompany> companies; // companies expected
    QList<EventPerson> people;     // people expected
    bool followUpRules = true;  // rule-made follow-ups for people met here
    QString notes;
    bool sample = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace foothold
