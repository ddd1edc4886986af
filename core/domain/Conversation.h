#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace foothold {

// How much I spoke: from a live timer, a transcript's cue timings, or my own estimate.
struct TalkBalance {
    TalkSource source = TalkSource::None;
    std::optional<double> myShare;   // 0..1; none when not measured
    double mySeconds = 0;
    double theirSeconds = 0;
    int questionsMe = 0;
    int questionsThem = 0;
    double longestMonologueSeconds = 0;
    double switchesPerMinute = 0;

    bool operator==(const TalkBalance &) const = default;
};

struct Conversation {
    ConversationId id;
    QDateTime when;              // UTC; required
    ConversationChannel channel = ConversationChannel::InPerson;
    ConversationKind kind = ConversationKind::CoffeeChat;
    QList<ContactId> contacts;   // one or more
    int durationMinutes = 0;
    TalkBalance talk;
    QString notes;
    QString nextStep;
    EventId event;               // where it happened, optional
    ApplicationId application;   // the application a job interview belongs to, optional
    bool sample = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace foothold
