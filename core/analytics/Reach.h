#pragma once

#include "core/domain/NetworkData.h"
#include "core/util/Result.h"

namespace foothold {

// Reach (docs/NETWORK.md, "Reach"): the companies my network opens, now and month by month.
//
//  - 1st degree at a day: companies where a connection (known since that day or before) works
//    on that day;
//  - 2nd degree: companies where someone linked to such a connection works, the link being live
//    on that day (since its date, or since both people are in my records), and not 1st degree;
//  - targets covered: target companies (priority 1..3) that are 1st or 2nd degree;
//  - employment on a day comes from the employment history: an earlier job counts from its start
//    to its last day, the current job from the day after the last earlier job ended. A contact
//    who moved counts for the old company until they left;
//  - a month's figure is taken on its last day (today for the current month), so the last month
//    equals "now".
// Brokers are the connections through whom I reach the most target companies now (their own
// company and their links' companies); `share` is their betweenness on the routes from me to
// the targets (igraph), so a broker who is my only way into a company ranks above one of many;
// then the one I have known longer.
//
// Companies are the ids people refer to; `data.companies` gives names and priorities (a lean
// load may list only the targets). Broker names are copied from `data.people` (empty when the
// load left names out: the caller fills them in).

struct ReachMonth {
    QDate month;            // the first day of the month
    int firstDegree = 0;
    int secondDegree = 0;
    int targetsCovered = 0;

    bool operator==(const ReachMonth &) const = default;
};

struct Broker {
    ContactId id;
    QString name;
    int targets = 0;        // target companies reached through them now
    double share = 0.0;     // Σ over targets of their part of the shortest routes from me
    QList<CompanyId> targetIds;
};

struct TargetReach {
    CompanyId id;
    QString name;
    CompanyPriority priority = CompanyPriority::None;
    int degree = 0;         // 1, 2, or 0 when not covered
};

struct Reach {
    QList<CompanyId> firstDegree;   // now
    QList<CompanyId> secondDegree;  // now
    int targetsCovered = 0;
    int targetsTotal = 0;
    QList<TargetReach> targets;     // by priority, then name
    QList<Broker> brokers;          // best first
    QList<ReachMonth> byMonth;      // from the first connection's month to today's
};

struct ReachOptions {
    int brokerLimit = 10;
};

// Pure apart from igraph (serialised inside). Reads the links of both `data.links` and
// `data.linkEnds` (a lean load fills the second); dismissed links are skipped.
[[nodiscard]] Result<Reach> computeReach(const NetworkData &data, QDate today, const ReachOptions &options = {});

} // namespace foothold
