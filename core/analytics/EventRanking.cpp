#include "core/analytics/EventRanking.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EventRanking", text);
}

const char *const kKeys[kScorePartCount] = {"companies", "first_degree", "second_degree", "to_meet", "interests", "cost", "days_away"};

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

QString scorePartKey(ScorePart part)
{
    return QString::fromLatin1(kKeys[int(part)]);
}

QString scorePartLabel(ScorePart part)
{
    switch (part) {
    case ScorePart::Companies: return tr("Target companies attending");
    case ScorePart::FirstDegree: return tr("People expected I know");
    case ScorePart::SecondDegree: return tr("People expected my connections know");
    case ScorePart::ToMeet: return tr("People to meet");
    case ScorePart::Interests: return tr("Topics matching my interests");
    case ScorePart::Cost: return tr("Cost (per 100)");
    case ScorePart::DaysAway: return tr("Days away (per 30)");
    }
    return {};
}

Result<ScoreWeights> parseScoreWeights(const QString &text)
{
    ScoreWeights weights;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = pair.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = item.left(eq).trimmed();
        int index = -1;
        for (int i = 0; i < kScorePartCount; ++i)
            if (key == QLatin1String(kKeys[i]))
                index = i;
        if (eq < 0 || index < 0) {
            QStringList keys;
            for (const char *k : kKeys)
                keys << QString::fromLatin1(k);
            return Error::invalid(QStringLiteral("weight"), tr("“%1” is not PART=WEIGHT with PART one of %2").arg(item, keys.join(QStringLiteral(", "))));
        }
        bool ok = false;
        const double w = item.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok || !(w >= 0) || !std::isfinite(w))
            return Error::invalid(QStringLiteral("weight"), tr("the weight of %1 must be a number, 0 or more").arg(key));
        weights.weights[index] = w;
    }
    return weights;
}

QString formatScoreWeights(const ScoreWeights &weights)
{
    QStringList out;
    for (int i = 0; i < kScorePartCount; ++i)
        out << QString::fromLatin1(kKeys[i]) + QLatin1Char('=') + QString::number(weights.weights[i]);
    return out.join(QLatin1Char(','));
}

QList<RankedEvent> rankEvents(const QList<RankingFacts> &events, const QStringList &interests, const ScoreWeights &weights, QDate today)
{
    QList<RankedEvent> ranked;
    ranked.reserve(events.size());
    for (const RankingFacts &f : events) {
        RankedEvent r;
        r.facts = f;
        for (const QString &tag : f.tags)
            if (interests.contains(tag, Qt::CaseInsensitive) && !r.matchedInterests.contains(tag, Qt::CaseInsensitive))
                r.matchedInterests << tag;
        r.daysAway = f.start.isValid() ? std::max<qint64>(0, today.daysTo(f.start.toUTC().date())) : 0;
        const double cost = f.costMinor / 100.0;
        const std::pair<ScorePart, std::pair<double, double>> parts[] = {
            // part, {value shown, value the weight multiplies (signed, scaled)}
            {ScorePart::Companies, {double(f.targetCompanies), double(f.targetCompanies)}},
            {ScorePart::FirstDegree, {double(f.firstDegree), double(f.firstDegree)}},
            {ScorePart::SecondDegree, {double(f.secondDegree), double(f.secondDegree)}},
            {ScorePart::ToMeet, {double(f.toMeet), double(f.toMeet)}},
            {ScorePart::Interests, {double(r.matchedInterests.size()), double(r.matchedInterests.size())}},
            {ScorePart::Cost, {round2(cost), -cost / 100.0}},
            {ScorePart::DaysAway, {double(r.daysAway), -r.daysAway / 30.0}},
        };
        double total = 0;
        for (const auto &[part, values] : parts) {
            const double points = round2(weights.of(part) * values.second);
            r.parts << ScoredPart{part, values.first, weights.of(part), points + 0.0}; // + 0.0: no "-0"
            total += points;
        }
        r.score = round2(total) + 0.0;
        ranked << r;
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const RankedEvent &a, const RankedEvent &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.facts.start != b.facts.start)
            return a.facts.start < b.facts.start;
        return a.facts.id < b.facts.id;
    });
    return ranked;
}

EventsBudget computeBudget(const QList<BudgetItem> &items, int year, double budget)
{
    EventsBudget b;
    b.year = year;
    double spentMinor = 0, committedMinor = 0;
    for (const BudgetItem &item : items) {
        if (item.start.toUTC().date().year() != year)
            continue;
        if (item.status == EventStatus::Attended)
            spentMinor += item.costMinor;
        else if (item.status == EventStatus::Registered)
            committedMinor += item.costMinor;
    }
    b.spent = round2(spentMinor / 100.0);
    b.committed = round2(committedMinor / 100.0);
    if (budget > 0) {
        b.budget = budget;
        b.remaining = round2(budget - b.spent - b.committed);
    }
    return b;
}

} // namespace foothold
