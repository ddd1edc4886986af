#pragma once

#include "core/analytics/WarmPaths.h"
#include "core/domain/Ids.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace foothold {

// The follow-up a warm path leads to: "ask Ana for an introduction to Ben", with a short message
// that gives before it asks (something useful for Ana first, then one clear, easy request).
struct IntroductionDraft {
    ContactId ask;           // the first hop: whom I write to
    ContactId introduceTo;   // the second hop; invalid when the path is direct
    QString title;           // "Ask Ana Lima for an introduction to Ben Okafor"
    QString message;         // the draft, with one bracketed place for what I give
    QString ruleKey;         // the same request is never made twice
};

// `goal` names what the path leads to: the company's name, or the person's. Pure.
[[nodiscard]] IntroductionDraft draftIntroduction(const WarmPath &path, const QString &goal, bool goalIsCompany);

// Creates the draft as a follow-up on the first hop, due tomorrow (follow up within a day or
// two). Conflict when the same request already exists; Invalid for an empty path.
Result<FollowUpId> createIntroductionFollowUp(Database &db, const Clock &clock, const WarmPath &path, const QString &goal,
                                              bool goalIsCompany);

} // namespace foothold
