#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace foothold {

// Which events to attend (docs/EVENTS.md, "Score"): each candidate event's score is the sum of
// its parts, points = weight × value (cost per 100 home-currency units and days away per 30
// days count against it). Every part is shown, so the user sees why one ranks above another.

// The parts, in the order they are shown.
enum class ScorePart { Companies, FirstDegree, SecondDegree, ToMeet, Interests, Cost, DaysAway };
inline constexpr int kScorePartCount = 7;

[[nodiscard]] QString scorePartKey(ScorePart part);   // "companies", "first_degree", …
[[nodiscard]] QString scorePartLabel(ScorePart part); // "Target companies attending", …

struct ScoreWeights {
    double weights[kScorePartCount] = {3.0, 2.0, 1.0, 2.0, 1.0, 1.0, 0.5};
    [[nodiscard]] double of(ScorePart part) const { return weights[int(part)]; }
    void set(ScorePart part, double w) { weights[int(part)] = w; }
};

// "companies=3,cost=0.5" (spaces allowed; empty: the defaults). An unknown part or a weight that
// is not a number >= 0 is an Invalid error naming it.
[[nodiscard]] Result<ScoreWeights> parseScoreWeights(const QString &text);
[[nodiscard]] QString formatScoreWeights(const ScoreWeights &weights);

struct RankingFacts {
    EventId id;
    QString name;
    EventStatus status = EventStatus::Considering;
    QDateTime start;
    int targetCompanies = 0;     // target companies (priority 1–3) attending in any role
    int firstDegree = 0;         // people expected (expected, speakers) I am connected to
    int secondDegree = 0;        // people expected known to one of my connections
    int toMeet = 0;              // people I marked to meet there
    QStringList tags;
    double costMinor = 0;        // home-currency minor units
};

struct ScoredPart {
    ScorePart part = ScorePart::Companies;
    double value = 0;            // the count, the cost in home units, the days
    double weight = 0;
    double points = 0;
};

struct RankedEvent {
    RankingFacts facts;
    QStringList matchedInterests;
    int daysAway = 0;
    double score = 0;
    QList<ScoredPart> parts;     // all seven, in ScorePart order
};

// Pure: scores and sorts (best first; ties by start, then id). `today` counts the days away
// (never negative); interests match tags ignoring case.
[[nodiscard]] QList<RankedEvent> rankEvents(const QList<RankingFacts> &events, const QStringList &interests,
                                            const ScoreWeights &weights, QDate today);

struct EventsBudget {
    int year = 0;
    std::optional<double> budget;     // none when not set
    double spent = 0;                 // attended events starting in the year
    double committed = 0;             // registered events starting in the year
    std::optional<double> remaining;  // budget − spent − committed
};

// Pure: `costs` are (status, start, cost in minor units) of events; those starting in `year`
// (UTC) count. A budget <= 0 is "not set".
struct BudgetItem {
    EventStatus status = EventStatus::Considering;
    QDateTime start;
    double costMinor = 0;
};
[[nodiscard]] EventsBudget computeBudget(const QList<BudgetItem> &items, int year, double budget);

} // namespace foothold
