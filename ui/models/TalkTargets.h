#pragma once

#include "core/domain/Enums.h"

#include <QString>

#include <optional>

namespace foothold {

// Where my share of the talk stands against its target (PRODUCT.md: listen 80% when networking,
// about 50/50 in a job interview). "On" means within the tolerance either side.
enum class TargetStatus { NotMeasured, Under, On, Over };

// The talk-share targets, read once from the settings (core/util/Settings.h) so that a list of
// 20,000 conversations does not open QSettings per cell.
struct TalkTargets {
    double networking = 0.20;
    double interview = 0.50;
    double tolerance = 0.10;

    [[nodiscard]] static TalkTargets fromSettings();
    [[nodiscard]] double targetFor(ConversationKind kind) const;
    [[nodiscard]] TargetStatus status(ConversationKind kind, std::optional<double> myShare) const;
};

// "On target", "Over target", "Under target"; empty when not measured.
[[nodiscard]] QString targetStatusText(TargetStatus status);
// "Target for networking: I speak 20% ± 10 points."
[[nodiscard]] QString targetText(const TalkTargets &targets, ConversationKind kind);
// A sentence for a tooltip: "Target for networking: 20% ± 10 points; you spoke 35%."
[[nodiscard]] QString targetExplanation(
    const TalkTargets &targets, ConversationKind kind, std::optional<double> myShare);

} // namespace foothold
