#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace foothold {

// How strong my tie to one person is, and why. The one definition of tie strength (also in
// docs/NETWORK.md, "Tie strength"); every figure the app or the CLI shows comes from here.
//
//   activity A = Σ over my conversations with them, up to today:
//                    weight(channel) · 2^(−age in days / half-life)
//                weight: in person 1.0; video or phone 0.7; message or e-mail 0.4; half-life 180 days
//   computed   = base 0.2 + 0.6 · A / (A + 1) + role bonus (mentor 0.2, former colleague 0.1), at most 1
//   strength   = the manual override when set; 0 for a prospect (not met: no tie); else computed
//   level      = strong ≥ 0.6, medium ≥ 0.35, weak above 0, none at 0
//
// A/(A+1) saturates: the first conversations count most, and old ones fade by half every
// half-life. Conversations dated after today (planned) do not count.

struct TieTouch {
    QDate day;
    ConversationChannel channel = ConversationChannel::InPerson;
};

struct TieInput {
    bool connection = true;              // false: a prospect, known of but not met
    QList<TieTouch> conversations;       // any order
    ContactRole role = ContactRole::None;
    std::optional<double> strengthOverride; // 0..1, the user's own figure
};

enum class TieLevel { None, Weak, Medium, Strong };

struct TieParameters {
    double halfLifeDays = 180.0;
    double base = 0.2;
    double span = 0.6;
    double inPerson = 1.0;
    double call = 0.7;     // video and phone
    double written = 0.4;  // message and e-mail
    double mentorBonus = 0.2;
    double formerColleagueBonus = 0.1;
    double strongAt = 0.6;
    double mediumAt = 0.35;
};

struct TieStrength {
    double value = 0.0;      // 0..1
    TieLevel level = TieLevel::None;
    QString explanation;     // "strong: 6 conversations, last 12 days ago"
    // The figures behind it, for a tooltip or a test.
    int conversations = 0;   // counted (up to today)
    int daysSinceLast = -1;  // -1: none
    double activity = 0.0;   // A
    bool overridden = false;
};

// Pure: the same input and day give the same answer.
[[nodiscard]] TieStrength tieStrength(const TieInput &input, QDate today, const TieParameters &parameters = {});

// "strong", "medium", "weak", "no tie".
[[nodiscard]] QString tieLevelName(TieLevel level);

} // namespace foothold
