#include "core/analytics/TalkTarget.h"

#include "core/util/Settings.h"

#include <algorithm>
#include <cmath>

namespace foothold {
namespace {

double sane(double value, double fallback, double low, double high)
{
    return std::isfinite(value) ? std::clamp(value, low, high) : fallback;
}

} // namespace

QString toKey(TalkVerdict verdict)
{
    switch (verdict) {
    case TalkVerdict::Unknown: return QStringLiteral("unknown");
    case TalkVerdict::Below: return QStringLiteral("below");
    case TalkVerdict::Within: return QStringLiteral("within");
    case TalkVerdict::Above: return QStringLiteral("above");
    }
    return {};
}

TalkTargetBand talkTargetBand(ConversationKind kind, double networkingTarget, double interviewTarget, double tolerance)
{
    const double target = isNetworkingKind(kind)
                              ? sane(networkingTarget, settings::NetworkingTalkTarget.fallback, 0.0, 1.0)
                              : sane(interviewTarget, settings::InterviewTalkTarget.fallback, 0.0, 1.0);
    const double margin = sane(tolerance, settings::TalkTargetTolerance.fallback, 0.0, 0.5);
    return {target, std::max(0.0, target - margin), std::min(1.0, target + margin)};
}

TalkTargetBand talkTargetBandFromSettings(ConversationKind kind)
{
    return talkTargetBand(kind, settingValue(settings::NetworkingTalkTarget), settingValue(settings::InterviewTalkTarget),
                          settingValue(settings::TalkTargetTolerance));
}

TalkVerdict judgeTalkShare(std::optional<double> share, const TalkTargetBand &band)
{
    if (!share || !std::isfinite(*share))
        return TalkVerdict::Unknown;
    // A hair of slack so that 0.30 is within 0.20 ± 0.10 despite binary fractions.
    constexpr double slack = 1e-9;
    if (*share < band.low - slack)
        return TalkVerdict::Below;
    if (*share > band.high + slack)
        return TalkVerdict::Above;
    return TalkVerdict::Within;
}

} // namespace foothold
