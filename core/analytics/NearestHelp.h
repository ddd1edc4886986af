#pragma once

#include "core/analytics/NetworkGraph.h"

namespace foothold {

// What to offer when there is no path to a company or person (docs/NETWORK.md, "No path"): the
// people I know at companies that use the same technologies (they know the field and often the
// people), and the events where the company (or the person) is expected.

struct StackContact {
    ContactId id;
    QString name;
    CompanyId company;
    QString companyName;
    QStringList sharedStack;  // the technologies both companies list, as the target spells them
    double tie = 0.0;         // my tie to them
};

struct NearestHelp {
    QList<StackContact> stackContacts; // most shared technologies first, then the strongest tie
    QList<EventMention> events;        // upcoming first (soonest first), then past (latest first)
};

// `events` are the mentions of the company or the person (NetworkStore::eventsOfCompany,
// eventsOfContact); `company` may be invalid (a person with no company: no stack to compare).
// Pure.
[[nodiscard]] NearestHelp nearestHelp(const NetworkGraph &graph, CompanyId company, QList<EventMention> events,
                                      const QDateTime &now, int limit = 5);

} // namespace foothold
