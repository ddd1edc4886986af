#pragma once

#include "core/domain/Enums.h"

#include <QString>

#include <optional>

namespace foothold {

// The share of speaking time to aim for in a kind of conversation (PRODUCT.md: about 20% when
// networking, about 50% in a job interview), and whether a share is on target.

struct TalkTargetBand {
    double target = 0;  // 0..1
    double low = 0;     // target - tolerance, not below 0
    double high = 0;    // target + tolerance, not above 1

    bool operator==(const TalkTargetBand &) const = default;
};

enum class TalkVerdict { Unknown, Below, Within, Above };
[[nodiscard]] QString toKey(TalkVerdict verdict); // "unknown", "below", "within", "above"

// The band for `kind`: the interview target for job interviews, the networking one for every other
// kind (isNetworkingKind). Targets outside 0..1 are clamped and a tolerance outside 0..0.5 too; a
// value that is not a number falls back to the default of its setting. Pure.
[[nodiscard]] TalkTargetBand talkTargetBand(ConversationKind kind, double networkingTarget, double interviewTarget,
                                            double tolerance);
// The same from the user's settings (settings::NetworkingTalkTarget, InterviewTalkTarget, TalkTargetTolerance).
[[nodiscard]] TalkTargetBand talkTargetBandFromSettings(ConversationKind kind);

// Within when low <= share <= high (the edges are on target); Unknown without a share. Pure.
[[nodiscard]] TalkVerdict judgeTalkShare(std::optional<double> share, const TalkTargetBand &band);

} // namespace foothold
