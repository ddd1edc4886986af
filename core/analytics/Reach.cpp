#include "core/analytics/Reach.h"

#include "core/analytics/IgraphSupport.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

namespace foothold {
namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::min() / 4; // before any day
constexpr qint64 kForever = std::numeric_limits<qint64>::max() / 4;

qint64 dayOf(const QDate &date, qint64 missing)
{
    return date.isValid() ? date.toJulianDay() : missing;
}

struct Span {
    int company; // index into the company table
    qint64 from;
    qint64 to;   // inclusive
};

struct PersonState {
    bool connection = false;
    qint64 start = kForever;   // since when I know them (connections only)
    qint64 knownFrom = kForever; // since when they are in my records (anyone)
    std::vector<Span> spans;
};

// Months as half-open day ranges, and the day each month's figure is taken on.
class Months {
public:
    Months(QDate first, QDate today)
    {
        m_today = today.toJulianDay();
        for (QDate m(first.year(), first.month(), 1); m <= today; m = m.addMonths(1)) {
            m_firsts.push_back(m);
            m_starts.push_back(m.toJulianDay());
        }
        const QDate after = m_firsts.back().addMonths(1);
        m_starts.push_back(after.toJulianDay());
    }
    [[nodiscard]] int count() const { return int(m_firsts.size()); }
    [[nodiscard]] QDate first(int m) const { return m_firsts[size_t(m)]; }
    // The months whose snapshot day lies in [a, b]; false when none.
    bool range(qint64 a, qint64 b, int &lo, int &hi) const
    {
        if (a > m_today || a > b)
            return false;
        lo = a <= snapshot(0) ? 0 : indexOf(a);
        if (b >= m_today) {
            hi = count() - 1;
        } else {
            const int m = indexOf(b);
            if (m < 0)
                return false;
            hi = b >= m_starts[size_t(m) + 1] - 1 ? m : m - 1;
        }
        return lo >= 0 && lo <= hi;
    }

private:
    [[nodiscard]] qint64 snapshot(int m) const { return qMin(m_starts[size_t(m) + 1] - 1, m_today); }
    [[nodiscard]] int indexOf(qint64 day) const
    {
        auto it = std::upper_bound(m_starts.begin(), m_starts.end() - 1, day);
        return int(it - m_starts.begin()) - 1;
    }

    std::vector<QDate> m_firsts;
    std::vector<qint64> m_starts; // count() + 1 entries
    qint64 m_today = 0;
};

using Ranges = std::vector<std::pair<int, int>>;

// Sorted, merged, non-overlapping.
Ranges merged(Ranges ranges)
{
    std::sort(ranges.begin(), ranges.end());
    Ranges out;
    for (const auto &r : ranges) {
        if (!out.empty() && r.first <= out.back().second + 1)
            out.back().second = qMax(out.back().second, r.second);
        else
            out.push_back(r);
    }
    return out;
}

// The parts of `a` not in `b` (both merged).
Ranges minus(const Ranges &a, const Ranges &b)
{
    Ranges out;
    size_t j = 0;
    for (auto [lo, hi] : a) {
        while (j < b.size() && b[j].second < lo)
            ++j;
        size_t k = j;
        while (lo <= hi && k < b.size() && b[k].first <= hi) {
            if (b[k].first > lo)
                out.push_back({lo, b[k].first - 1});
            lo = qMax(lo, b[k].second + 1);
            ++k;
        }
        if (lo <= hi)
            out.push_back({lo, hi});
    }
    return out;
}

void addTo(std::vector<int> &diff, const Ranges &ranges)
{
    for (auto [lo, hi] : ranges) {
        ++diff[size_t(lo)];
        --diff[size_t(hi) + 1];
    }
}

bool covers(const Ranges &ranges, int m)
{
    for (auto [lo, hi] : ranges)
        if (lo <= m && m <= hi)
            return true;
    return false;
}

} // namespace

Result<Reach> computeReach(const NetworkData &data, QDate today, const ReachOptions &options)
{
    Reach reach;
    const qint64 todayDay = today.toJulianDay();
    QHash<qint64, int> companyIndex;
    for (qsizetype i = 0; i < data.companies.size(); ++i)
        companyIndex.insert(data.companies[i].id.value, int(i));
    const int companyCount = int(data.companies.size());

    // Who is known since when, and who worked where when.
    std::vector<PersonState> people(size_t(data.people.size()));
    QHash<qint64, int> personIndex;
    QDate firstStart;
    for (qsizetype i = 0; i < data.people.size(); ++i) {
        const NetworkPerson &p = data.people[i];
        PersonState &s = people[size_t(i)];
        personIndex.insert(p.id.value, int(i));
        s.connection = isConnection(p);
        if (s.connection) {
            const QDate start = tieStart(p);
            s.start = dayOf(start, kNever);
            if (start.isValid() && start <= today && (!firstStart.isValid() || start < firstStart))
                firstStart = start;
        }
        s.knownFrom = s.connection ? s.start : dayOf(p.recordedOn, kNever);
        qint64 lastEnd = kNever;
        bool currentOpen = false;
        for (const NetworkJob &job : p.earlierJobs) {
            const int c = companyIndex.value(job.company.value, -1);
            if (job.to.isValid())
                lastEnd = qMax(lastEnd, job.to.toJulianDay());
            if (c < 0)
                continue;
            if (job.company == p.company && !job.to.isValid())
                currentOpen = true;
            s.spans.push_back({c, dayOf(job.from, kNever), dayOf(job.to, kForever)});
        }
        const int current = companyIndex.value(p.company.value, -1);
        if (current >= 0 && !currentOpen)
            s.spans.push_back({current, lastEnd == kNever ? kNever : lastEnd + 1, kForever});
    }
    for (const NetworkCompany &company : data.companies)
        if (company.priority != CompanyPriority::None)
            ++reach.targetsTotal;
    if (!firstStart.isValid()) { // nobody known yet: no reach
        for (const NetworkCompany &company : data.companies)
            if (company.priority != CompanyPriority::None)
                reach.targets.append({company.id, company.name, company.priority, 0});
        return reach;
    }

    // Coverage of each company, as ranges of months.
    const Months months(firstStart, today);
    const int monthCount = months.count();
    std::vector<Ranges> first(static_cast<size_t>(companyCount));
    std::vector<Ranges> second(static_cast<size_t>(companyCount));
    for (const PersonState &c : people) {
        if (!c.connection)
            continue;
        for (const Span &span : c.spans) {
            int lo = 0;
            int hi = 0;
            if (months.range(qMax(c.start, span.from), span.to, lo, hi))
                first[size_t(span.company)].push_back({lo, hi});
        }
    }
    for (const Link &link : data.links) {
        if (link.dismissed)
            continue;
        const int u = personIndex.value(link.from.value, -1);
        const int v = personIndex.value(link.to.value, -1);
        if (u < 0 || v < 0 || u == v)
            continue;
        const qint64 since = link.since.isValid() ? link.since.toJulianDay()
                                                  : qMax(people[size_t(u)].knownFrom, people[size_t(v)].knownFrom);
        for (auto [c, p] : {std::pair(u, v), std::pair(v, u)}) {
            const PersonState &via = people[size_t(c)];
            if (!via.connection)
                continue;
            const qint64 from = qMax(via.start, since);
            for (const Span &span : people[size_t(p)].spans) {
                int lo = 0;
                int hi = 0;
                if (months.range(qMax(from, span.from), span.to, lo, hi))
                    second[size_t(span.company)].push_back({lo, hi});
            }
        }
    }

    std::vector<int> firstDiff(size_t(monthCount) + 1, 0);
    std::vector<int> secondDiff(size_t(monthCount) + 1, 0);
    std::vector<int> targetDiff(size_t(monthCount) + 1, 0);
    const int now = monthCount - 1;
    for (int c = 0; c < companyCount; ++c) {
        const Ranges f = merged(std::move(first[size_t(c)]));
        const Ranges s = merged(std::move(second[size_t(c)]));
        const Ranges onlySecond = minus(s, f);
        addTo(firstDiff, f);
        addTo(secondDiff, onlySecond);
        const NetworkCompany &company = data.companies[c];
        const bool isTarget = company.priority != CompanyPriority::None;
        if (isTarget) {
            Ranges both = f;
            both.insert(both.end(), onlySecond.begin(), onlySecond.end());
            addTo(targetDiff, merged(std::move(both)));
        }
        int degree = 0;
        if (covers(f, now)) {
            reach.firstDegree << company.id;
            degree = 1;
        } else if (covers(onlySecond, now)) {
            reach.secondDegree << company.id;
            degree = 2;
        }
        if (isTarget) {
            reach.targets.append({company.id, company.name, company.priority, degree});
            if (degree > 0)
                ++reach.targetsCovered;
        }
    }
    int f = 0;
    int s = 0;
    int t = 0;
    for (int m = 0; m < monthCount; ++m) {
        f += firstDiff[size_t(m)];
        s += secondDiff[size_t(m)];
        t += targetDiff[size_t(m)];
        reach.byMonth.append({months.first(m), f, s, t});
    }
    std::stable_sort(reach.targets.begin(), reach.targets.end(), [](const TargetReach &a, const TargetReach &b) {
        if (a.priority != b.priority)
            return int(a.priority) < int(b.priority);
        return a.name.localeAwareCompare(b.name) < 0;
    });

    // Brokers, now: who opens which target companies.
    auto worksAtNow = [&](const PersonState &p, auto &&visit) {
        for (const Span &span : p.spans)
            if (span.from <= todayDay && todayDay <= span.to && data.companies[span.company].priority != CompanyPriority::None)
                visit(span.company);
    };
    auto knownNow = [&](const PersonState &p) { return p.connection && p.start <= todayDay; };
    std::vector<std::vector<int>> reached(people.size());            // connection -> target companies
    std::vector<std::pair<int, int>> routes;                         // (connection, linked person at a target)
    for (size_t i = 0; i < people.size(); ++i)
        if (knownNow(people[i]))
            worksAtNow(people[i], [&](int company) { reached[i].push_back(company); });
    for (const Link &link : data.links) {
        if (link.dismissed)
            continue;
        const int u = personIndex.value(link.from.value, -1);
        const int v = personIndex.value(link.to.value, -1);
        if (u < 0 || v < 0 || u == v)
            continue;
        const qint64 since = link.since.isValid() ? link.since.toJulianDay()
                                                  : qMax(people[size_t(u)].knownFrom, people[size_t(v)].knownFrom);
        if (since > todayDay)
            continue;
        for (auto [c, p] : {std::pair(u, v), std::pair(v, u)}) {
            if (!knownNow(people[size_t(c)]))
                continue;
            bool any = false;
            worksAtNow(people[size_t(p)], [&](int company) {
                reached[size_t(c)].push_back(company);
                any = true;
            });
            if (any)
                routes.push_back({c, p});
        }
    }

    // The routes from me to the targets, for igraph's betweenness restricted to them: me → each
    // broker, broker → their target company, broker → linked person → that person's company.
    QHash<int, int> vertexOfPerson;
    QHash<int, int> vertexOfCompany;
    std::vector<igraph_integer_t> edges;
    int vertexCount = 1; // 0 is me
    auto personVertex = [&](int p) {
        auto it = vertexOfPerson.constFind(p);
        if (it != vertexOfPerson.constEnd())
            return *it;
        vertexOfPerson.insert(p, vertexCount);
        return vertexCount++;
    };
    auto companyVertex = [&](int c) {
        auto it = vertexOfCompany.constFind(c);
        if (it != vertexOfCompany.constEnd())
            return *it;
        vertexOfCompany.insert(c, vertexCount);
        return vertexCount++;
    };
    auto addEdge = [&](int a, int b) {
        edges.push_back(a);
        edges.push_back(b);
    };
    std::vector<int> brokers;
    for (size_t i = 0; i < people.size(); ++i) {
        auto &companies = reached[i];
        std::sort(companies.begin(), companies.end());
        companies.erase(std::unique(companies.begin(), companies.end()), companies.end());
        if (companies.empty())
            continue;
        brokers.push_back(int(i));
        addEdge(0, personVertex(int(i)));
        worksAtNow(people[i], [&](int company) { addEdge(personVertex(int(i)), companyVertex(company)); });
    }
    QSet<int> employees;
    for (auto [c, p] : routes) {
        addEdge(personVertex(c), personVertex(p));
        if (!employees.contains(p)) {
            employees.insert(p);
            if (!std::binary_search(brokers.begin(), brokers.end(), p)) // a broker's own jobs are in already
                worksAtNow(people[size_t(p)], [&](int company) { addEdge(personVertex(p), companyVertex(company)); });
        }
    }
    std::vector<double> share(size_t(vertexCount), 0.0);
    if (!brokers.empty()) {
        auto held = igraphs::lock();
        igraphs::IntVector edgeList(igraph_integer_t(edges.size()));
        igraphs::RealVector result;
        igraphs::IntVector targetVertices(igraph_integer_t(vertexOfCompany.size()));
        if (!edgeList.ok() || !result.ok() || !targetVertices.ok())
            return Error::invalid({}, QStringLiteral("out of memory for the broker ranking"));
        for (size_t i = 0; i < edges.size(); ++i)
            edgeList[igraph_integer_t(i)] = edges[i];
        igraph_integer_t k = 0;
        for (int vertex : vertexOfCompany)
            targetVertices[k++] = vertex;
        igraphs::Graph graph;
        if (auto st = graph.create(edgeList.ref(), vertexCount, true); !st)
            return st.error();
        if (auto st = igraphs::check(igraph_betweenness_subset(graph.get(), result.get(), igraph_vss_all(), true, igraph_vss_1(0),
                                                                igraph_vss_vector(targetVertices.get()), nullptr),
                                     "ranking brokers");
            !st)
            return st.error();
        for (int v = 0; v < vertexCount; ++v)
            share[size_t(v)] = result[v];
    }
    for (int i : brokers) {
        Broker broker;
        broker.id = data.people[i].id;
        broker.name = data.people[i].name;
        broker.targets = int(reached[size_t(i)].size());
        broker.share = share[size_t(vertexOfPerson.value(i))];
        for (int company : reached[size_t(i)])
            broker.targetIds << data.companies[company].id;
        reach.brokers << broker;
    }
    std::sort(reach.brokers.begin(), reach.brokers.end(), [](const Broker &a, const Broker &b) {
        if (a.targets != b.targets)
            return a.targets > b.targets;
        if (std::abs(a.share - b.share) > 1e-9)
            return a.share > b.share;
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    if (reach.brokers.size() > options.brokerLimit)
        reach.brokers.resize(options.brokerLimit);
    return reach;
}

} // namespace foothold
