#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>

#include <optional>

namespace foothold {

// The application funnel: how far applications got, and how often one step led to the next, split by
// where they came from. Counts always travel with their rates, because 1 of 2 and 50 of 100 are both
// 50% and mean very different things. docs/TALK.md ("Funnel") defines the terms. Pure.

// `count` of `of` went on to the next step; no rate when `of` is 0.
struct FunnelRate {
    qint64 count = 0;
    qint64 of = 0;
    std::optional<double> rate;
    bool operator==(const FunnelRate &) const = default;
};

struct FunnelGroup {
    qint64 applications = 0;                 // all of them, those only saved included
    // Each application counted once, at the furthest pipeline stage it reached (saved, applied,
    // screening, interviewing, offer, accepted); every one of those six stages is a key.
    QMap<ApplicationStage, qint64> furthest;
    qint64 applied = 0;      // reached applied or beyond
    qint64 interviewed = 0;  // reached interviewing or beyond
    qint64 offered = 0;      // reached offer or beyond (offer, accepted)
    FunnelRate appliedToInterview;
    FunnelRate interviewToOffer;
    FunnelRate appliedToOffer;
    bool operator==(const FunnelGroup &) const = default;
};

struct Funnel {
    FunnelGroup all;
    FunnelGroup referral;                            // source = referral
    FunnelGroup cold;                                // every other source
    QMap<ApplicationSource, FunnelGroup> bySource;   // every source, empty ones included
};

// From each application's source and the furthest stage it reached (JobApplication::furthestStage()).
// A furthest stage outside the pipeline (rejected, withdrawn, no answer) counts as saved.
[[nodiscard]] Funnel applicationFunnel(const QList<QPair<ApplicationSource, ApplicationStage>> &sourceAndFurthest);

// One application as the Insights page's funnel reads it: where it came from, how far it got, and the
// day it started (the first date of its stage history), so that a date range can select it.
struct DatedApplication {
    ApplicationSource source = ApplicationSource::Other;
    ApplicationStage furthest = ApplicationStage::Saved;
    QDate started;
    bool operator==(const DatedApplication &) const = default;
};

// The pipeline stages of the funnel, in order: saved, applied, screening, interviewing, offer, accepted.
[[nodiscard]] QList<ApplicationStage> funnelStages();

} // namespace foothold
