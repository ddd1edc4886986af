#include "core/analytics/Funnel.h"

#include <algorithm>

namespace foothold {
namespace {

constexpr int kAppliedRank = 1;      // pipelineRank(Applied)
constexpr int kInterviewRank = 3;    // pipelineRank(Interviewing)
constexpr int kOfferRank = 4;        // pipelineRank(Offer)

FunnelRate rate(qint64 count, qint64 of)
{
    FunnelRate out{count, of, std::nullopt};
    if (of > 0)
        out.rate = double(count) / double(of);
    return out;
}

FunnelGroup emptyGroup()
{
    FunnelGroup group;
    for (const ApplicationStage stage : funnelStages())
        group.furthest.insert(stage, 0);
    return group;
}

void add(FunnelGroup &group, ApplicationStage furthest)
{
    const int rank = std::max(0, pipelineRank(furthest));
    ++group.applications;
    group.furthest[rank == 0 ? ApplicationStage::Saved : furthest] += 1;
    group.applied += rank >= kAppliedRank ? 1 : 0;
    group.interviewed += rank >= kInterviewRank ? 1 : 0;
    group.offered += rank >= kOfferRank ? 1 : 0;
}

void finish(FunnelGroup &group)
{
    group.appliedToInterview = rate(group.interviewed, group.applied);
    group.interviewToOffer = rate(group.offered, group.interviewed);
    group.appliedToOffer = rate(group.offered, group.applied);
}

} // namespace

QList<ApplicationStage> funnelStages()
{
    return {ApplicationStage::Saved,        ApplicationStage::Applied, ApplicationStage::Screening,
            ApplicationStage::Interviewing, ApplicationStage::Offer,   ApplicationStage::Accepted};
}

Funnel applicationFunnel(const QList<QPair<ApplicationSource, ApplicationStage>> &sourceAndFurthest)
{
    Funnel funnel;
    funnel.all = emptyGroup();
    funnel.referral = emptyGroup();
    funnel.cold = emptyGroup();
    for (const ApplicationSource source : allValues<ApplicationSource>())
        funnel.bySource.insert(source, emptyGroup());
    for (const auto &[source, furthest] : sourceAndFurthest) {
        add(funnel.all, furthest);
        add(source == ApplicationSource::Referral ? funnel.referral : funnel.cold, furthest);
        add(funnel.bySource[source], furthest);
    }
    finish(funnel.all);
    finish(funnel.referral);
    finish(funnel.cold);
    for (FunnelGroup &group : funnel.bySource)
        finish(group);
    return funnel;
}

} // namespace foothold
