#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace foothold {

// A dated task I owe, tied to whatever it is about. Rule-made follow-ups carry a rule key so a rule
// never makes the same task twice.
struct FollowUp {
    FollowUpId id;
    QString title;                 // required
    QDate due;                     // required
    QDateTime doneAt;              // UTC; null while open
    ContactId contact;
    EventId event;
    ConversationId conversation;
    ApplicationId application;
    FollowUpOrigin origin = FollowUpOrigin::Manual;
    QString ruleKey;               // unique when set, e.g. "thank-you:conversation:12"
    QString notes;
    bool sample = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] bool isDone() const { return doneAt.isValid(); }
};

} // namespace foothold
