#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QDate>
#include <QList>

#include <optional>

namespace foothold {

// What the keep-in-touch rule needs to know of a contact.
struct KeepInTouchInput {
    ContactId id;
    int cadenceDays = 0;            // the contact's own cadence; 0: none set
    ContactRole role = ContactRole::None;
    bool prospect = false;          // known of, not met: nobody to keep in touch with yet
    QDate connectedOn;              // null: unknown
    QDate lastConversation;         // the day (local) of the last conversation; null: never
};

struct KeepInTouchRule {
    int defaultCadenceDays = 90;    // settings::DefaultCadenceDays
    int activeWindowDays = 90;      // PRODUCT.md: "active" = a conversation in the last 90 days
};

struct LapsedContact {
    ContactId id;
    int cadenceDays = 0;            // the cadence that applies to this contact
    QDate since;                    // the last conversation, else the day we connected; null: unknown
    bool neverTalked = false;       // no conversation recorded
    int daysSince = -1;             // days from `since` to today; -1 when `since` is unknown
    int overdueDays = 0;            // days past the cadence (0 when `since` is unknown)

    bool operator==(const LapsedContact &) const = default;
};

// The cadence that applies to a contact, or 0 when the rule does not follow them:
// - their own cadence when they have one;
// - the default cadence for mentors and for active contacts (a conversation within the active
//   window), whom the user is building a relationship with;
// - nothing for everyone else (a network of 1,000 is not 1,000 chores), nor for prospects.
[[nodiscard]] int applicableCadence(const KeepInTouchInput &contact, QDate today, const KeepInTouchRule &rule);

// Whether the contact's cadence has lapsed today: the last conversation (or, never having talked,
// the day we connected) is more than the cadence ago. A contact followed by the rule with neither
// date known counts as lapsed (we cannot tell when we last spoke). Pure: `today` is the injected
// clock's day.
[[nodiscard]] std::optional<LapsedContact> lapse(const KeepInTouchInput &contact, QDate today, const KeepInTouchRule &rule);

// Every lapsed contact, most overdue first (then unknown dates, then by id). Pure.
[[nodiscard]] QList<LapsedContact> lapsedContacts(const QList<KeepInTouchInput> &contacts, QDate today,
                                                  const KeepInTouchRule &rule);

} // namespace foothold
