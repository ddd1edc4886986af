#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"
#include "core/domain/Link.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <optional>

namespace foothold {

// The network as the analytics read it: lean rows, no photos, no notes. Filled by NetworkStore
// (or by the synthetic generator for benchmarks); read by TieStrength, WarmPaths, Reach and the
// layout. Plain values: copying one is copying data, never sharing a database.

// An earlier job of a person, by company id (positions known only by name are left out: they
// cannot be matched to a company's reach).
struct NetworkJob {
    CompanyId company;
    QDate from; // null: unknown (counted as "always before")
    QDate to;   // null: still there; otherwise the last day there

    bool operator==(const NetworkJob &) const = default;
};

struct NetworkPerson {
    ContactId id;
    QString name;
    CompanyId company;             // where they work now
    bool prospect = false;         // marked as "known of, not met"
    QDate connectedOn;             // null: unknown
    QDate firstConversation;       // the first logged conversation with them (UTC day); null: none
    QDate recordedOn;              // the day the record was created (UTC)
    ContactRole role = ContactRole::None;
    std::optional<double> strengthOverride;
    EventId metAt;
    ContactId introducedBy;
    QList<NetworkJob> earlierJobs; // oldest first
};

// One logged conversation with one person: what tie strength counts.
struct NetworkTouch {
    ContactId contact;
    QDate day; // UTC day of the conversation
    ConversationChannel channel = ConversationChannel::InPerson;
};

struct NetworkCompany {
    CompanyId id;
    QString name;
    CompanyPriority priority = CompanyPriority::None;
    QStringList techStack;
};

// An event that names a company or a person: where that company or person may be met.
struct EventMention {
    EventId event;
    QString name;
    QDateTime start;  // UTC
    QString role;     // the key of EventCompanyRole or EventPersonRole
};

// Where a contact sits on the Network page (layout units; me at the origin).
struct NodePosition {
    QPointF at;
    bool pinned = false; // placed by the user: layouts leave it there

    bool operator==(const NodePosition &) const = default;
};

// A link as reach reads it: its ends and since when, nothing else (a third of a Link's size; a
// network may have a million of them).
struct NetworkLinkEnds {
    ContactId from;
    ContactId to;
    QDate since;            // null: unknown
    bool dismissed = false;

    bool operator==(const NetworkLinkEnds &) const = default;
};

struct NetworkData {
    QList<NetworkPerson> people;     // ordered by id
    QList<Link> links;               // dismissed ones only when asked for
    // Links read without their details (NetworkLoadOptions::linkDetails off) come here instead of
    // `links`; reach reads both lists, the graph only `links`.
    QList<NetworkLinkEnds> linkEnds;
    QList<NetworkCompany> companies; // ordered by id
    QList<NetworkTouch> touches;     // only when asked for
};

// Someone I know: a date connected or a logged conversation says so, or the user entered them
// without marking them a prospect. See docs/NETWORK.md.
[[nodiscard]] inline bool isConnection(const NetworkPerson &person)
{
    return !person.prospect || person.connectedOn.isValid() || person.firstConversation.isValid();
}

// Since when I know them: the earlier of the date connected and the first conversation, else the
// day the record was made (I knew them when I wrote them down). Null for a prospect.
[[nodiscard]] inline QDate tieStart(const NetworkPerson &person)
{
    if (!isConnection(person))
        return {};
    const QDate &a = person.connectedOn;
    const QDate &b = person.firstConversation;
    if (a.isValid() && b.isValid())
        return qMin(a, b);
    if (a.isValid())
        return a;
    if (b.isValid())
        return b;
    return person.recordedOn;
}

} // namespace foothold
