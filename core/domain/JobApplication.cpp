#include "core/domain/JobApplication.h"

namespace foothold {

ApplicationStage JobApplication::furthestStage() const
{
    ApplicationStage best = ApplicationStage::Saved;
    int bestRank = 0;
    auto consider = [&](ApplicationStage s) {
        if (pipelineRank(s) > bestRank) {
            bestRank = pipelineRank(s);
            best = s;
        }
    };
    for (const auto &change : history)
        consider(change.stage);
    consider(stage);
    return best;
}

void JobApplication::moveTo(ApplicationStage newStage, QDate date, QString note)
{
    stage = newStage;
    history.append({newStage, date, std::move(note)});
}

} // namespace foothold
