#include "core/analytics/Clashes.h"

#include <algorithm>
#include <numeric>

namespace foothold {
namespace {

QDateTime endOf(const TimeSpan &s)
{
    return s.end.isValid() && s.end > s.start ? s.end : s.start;
}

} // namespace

QList<Clash> findClashes(const QList<TimeSpan> &spans)
{
    QList<int> order;
    for (int i = 0; i < int(spans.size()); ++i)
        if (spans.at(i).start.isValid())
            order << i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return spans.at(a).start < spans.at(b).start; });

    QList<Clash> clashes;
    QList<int> active; // started at or before the current one, and possibly still running
    for (const int i : std::as_const(order)) {
        const TimeSpan &current = spans.at(i);
        // Sorted by start: whatever ended by now cannot clash with this or anything later,
        // except an instant at exactly this start.
        active.removeIf([&](int j) { return endOf(spans.at(j)) <= current.start && spans.at(j).start != current.start; });
        for (const int j : std::as_const(active)) {
            const TimeSpan &other = spans.at(j);
            const QDateTime overlapEnd = std::min(endOf(other), endOf(current));
            // other.start <= current.start: they overlap when other is still running at
            // current's start (half-open), or both start together.
            if (other.start != current.start && endOf(other) <= current.start)
                continue;
            clashes.append({std::min(i, j), std::max(i, j), std::max<qint64>(0, current.start.secsTo(overlapEnd))});
        }
        active << i;
    }
    std::sort(clashes.begin(), clashes.end(),
              [](const Clash &a, const Clash &b) { return a.first != b.first ? a.first < b.first : a.second < b.second; });
    return clashes;
}

} // namespace foothold
