#include "core/analytics/TalkTrend.h"

#include <algorithm>

namespace foothold {

QList<RollingShare> rollingAverageShare(QList<TalkSharePoint> points, int window)
{
    window = std::max(1, window);
    std::stable_sort(points.begin(), points.end(), [](const TalkSharePoint &a, const TalkSharePoint &b) { return a.when < b.when; });
    QList<RollingShare> out;
    out.reserve(points.size());
    double sum = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        sum += points.at(i).share;
        if (i >= window)
            sum -= points.at(i - window).share;
        const int count = int(std::min<qsizetype>(i + 1, window));
        out.append({points.at(i).when, sum / count, count});
    }
    return out;
}

} // namespace foothold
