#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QDateTime>
#include <QList>

namespace foothold {

// The conversation-balance chart: one point per conversation with a share, and a rolling average.

struct TalkSharePoint {
    QDateTime when;
    double share = 0; // my share, 0..1
    ConversationKind kind = ConversationKind::CoffeeChat;
    ConversationId conversation;
    bool operator==(const TalkSharePoint &) const = default;
};

struct RollingShare {
    QDateTime when;       // the point the average ends at
    double average = 0;   // the mean share of the last `count` points up to and including this one
    int count = 0;        // fewer than the window at the start of the series
    bool operator==(const RollingShare &) const = default;
};

// A trailing mean over the last `window` conversations (at least 1), in time order; points that tie in
// time keep their given order. One result per point. Pure.
[[nodiscard]] QList<RollingShare> rollingAverageShare(QList<TalkSharePoint> points, int window = 5);

} // namespace foothold
