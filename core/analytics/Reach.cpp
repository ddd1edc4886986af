#include "core/analytics/Reach.h"

#include "core/analytics/IgraphSupport.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <limits>
#include <vector>

namespace foothold {
namespace {

// Days as Julian day numbers in 32 bits (a person's row and a link stay small: the passes over a
// million links are bound by memory, not arithmetic). Dates beyond a million years are clamped.
using Day = qint32;
constexpr Day kNever = std::numeric_limits<Day>::min() / 4; // before any day
constexpr Day kForever = std::numeric_limits<Day>::max() / 4;
constexpr int kNoMonth = std::numeric_limits<int>::max();

Day dayOf(const QDate &date, Day missing)
{
    return date.isValid() ? Day(qBound(qint64(kNever) + 1, date.toJulianDay(), qint64(kForever) - 1)) : missing;
}

// Record ids to dense indices: a plain array when ids are dense (they are autoincremented), a
// hash otherwise. Hot: looked up twice per link.
class IdIndex {
public:
    template <typename Ids>
    explicit IdIndex(const Ids &ids)
    {
        qint64 top = 0;
        for (qint64 id : ids)
            top = qMax(top, id);
        m_dense = top < 4 * qint64(ids.size()) + 1024;
        if (m_dense)
            m_array.assign(size_t(top) + 1, -1);
        int i = 0;
        for (qint64 id : ids) {
            if (m_dense)
                m_array[size_t(id)] = i;
            else
                m_hash.insert(id, i);
            ++i;
        }
    }
    [[nodiscard]] int of(qint64 id) const
    {
        if (m_dense)
            return id >= 0 && id < qint64(m_array.size()) ? m_array[size_t(id)] : -1;
        return m_hash.value(id, -1);
    }

private:
    bool m_dense = true;
    std::vector<int> m_array;
    QHash<qint64, int> m_hash;
};

struct Span {
    int company; // dense company index
    Day from;
    Day to;      // inclusive
};

// Months as day ranges, and the day each month's figure is taken on (its last day, or today).
class Months {
public:
    Months(QDate first, QDate today)
    {
        m_today = today.toJulianDay();
        for (QDate m(first.year(), first.month(), 1); m <= today; m = m.addMonths(1)) {
            m_firsts.push_back(m);
            m_starts.push_back(m.toJulianDay());
        }
        m_starts.push_back(m_firsts.back().addMonths(1).toJulianDay());
        // A month per day, so that placing a day costs one read (it is done per link).
        m_firstDay = m_starts.front();
        m_monthOfDay.resize(size_t(m_today - m_firstDay + 1));
        for (int m = 0; m < count(); ++m)
            for (qint64 d = m_starts[size_t(m)]; d < m_starts[size_t(m) + 1] && d <= m_today; ++d)
                m_monthOfDay[size_t(d - m_firstDay)] = m;
    }
    [[nodiscard]] int count() const { return int(m_firsts.size()); }
    [[nodiscard]] int last() const { return count() - 1; }
    [[nodiscard]] QDate first(int m) const { return m_firsts[size_t(m)]; }
    // The months whose snapshot day (the month's last day, today for this month) lies in
    // [a, b]; false when none.
    bool range(qint64 a, qint64 b, int &lo, int &hi) const
    {
        if (a > m_today || a > b)
            return false;
        lo = a <= m_firstDay ? 0 : m_monthOfDay[size_t(a - m_firstDay)];
        if (b >= m_today) {
            hi = last();
        } else {
            if (b < m_firstDay)
                return false;
            const int m = m_monthOfDay[size_t(b - m_firstDay)];
            hi = b == m_starts[size_t(m) + 1] - 1 ? m : m - 1; // through its last day, or not that month
        }
        return lo <= hi;
    }

private:
    std::vector<QDate> m_firsts;
    std::vector<qint64> m_starts; // count() + 1 entries
    std::vector<int> m_monthOfDay;
    qint64 m_firstDay = 0;
    qint64 m_today = 0;
};

using Ranges = std::vector<std::pair<int, int>>;

// Coverage of one company by one degree: the ranges that run to the current month collapse into
// their earliest start, which keeps a network of a million links to a few numbers per company.
// (A company's closed ranges; the open one is kept apart, see CoverageTable.)
struct Coverage {
    int openFrom = kNoMonth;
    Ranges closed;

    void add(int lo, int hi, int last)
    {
        if (hi == last)
            openFrom = qMin(openFrom, lo);
        else
            closed.push_back({lo, hi});
    }
    // Sorted, merged, non-overlapping.
    [[nodiscard]] Ranges merged(int last) const
    {
        Ranges all = closed;
        if (openFrom != kNoMonth)
            all.push_back({openFrom, last});
        std::sort(all.begin(), all.end());
        Ranges out;
        for (const auto &r : all) {
            if (!out.empty() && r.first <= out.back().second + 1)
                out.back().second = qMax(out.back().second, r.second);
            else
                out.push_back(r);
        }
        return out;
    }
};

// The coverage of every company by one degree. The earliest start of the open ranges, the one
// figure a link nearly always changes, sits in its own small array (a few bytes per company, in
// cache) rather than beside the closed ranges.
class CoverageTable {
public:
    CoverageTable(int companies, int last) : m_open(size_t(companies), kNoMonth), m_closed(size_t(companies)), m_last(last) {}
    void add(int company, int lo, int hi)
    {
        if (hi == m_last)
            m_open[size_t(company)] = qMin(m_open[size_t(company)], lo);
        else
            m_closed[size_t(company)].push_back({lo, hi});
    }
    [[nodiscard]] Ranges merged(int company) const
    {
        Coverage c;
        c.openFrom = m_open[size_t(company)];
        c.closed = m_closed[size_t(company)];
        return c.merged(m_last);
    }

private:
    std::vector<int> m_open;
    std::vector<Ranges> m_closed;
    int m_last;
};

// The parts of `a` not in `b` (both merged).
Ranges minus(const Ranges &a, const Ranges &b)
{
    Ranges out;
    size_t j = 0;
    for (auto [lo, hi] : a) {
        while (j < b.size() && b[j].second < lo)
            ++j;
        for (size_t k = j; lo <= hi && k < b.size() && b[k].first <= hi; ++k) {
            if (b[k].first > lo)
                out.push_back({lo, b[k].first - 1});
            lo = qMax(lo, b[k].second + 1);
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
    return std::any_of(ranges.begin(), ranges.end(), [m](const auto &r) { return r.first <= m && m <= r.second; });
}

// A set of target companies per person, as bits.
class TargetSets {
public:
    TargetSets(size_t people, int targets) : m_words(size_t(targets + 63) / 64), m_bits(people * m_words, 0) {}
    void set(size_t person, int target) { m_bits[person * m_words + size_t(target) / 64] |= quint64(1) << (target % 64); }
    // Adds `other`'s set of person `from` to this one's set of person `into`.
    void unite(size_t into, const TargetSets &other, size_t from)
    {
        for (size_t w = 0; w < m_words; ++w)
            m_bits[into * m_words + w] |= other.m_bits[from * m_words + w];
    }
    [[nodiscard]] bool test(size_t person, int target) const
    {
        return (m_bits[person * m_words + size_t(target) / 64] >> (target % 64)) & 1;
    }
    [[nodiscard]] bool any(size_t person) const
    {
        for (size_t w = 0; w < m_words; ++w)
            if (m_bits[person * m_words + w])
                return true;
        return false;
    }
    [[nodiscard]] int count(size_t person) const
    {
        int n = 0;
        for (size_t w = 0; w < m_words; ++w)
            n += std::popcount(m_bits[person * m_words + w]);
        return n;
    }
    template <typename Visit>
    void forEach(size_t person, Visit &&visit) const
    {
        for (size_t w = 0; w < m_words; ++w)
            for (quint64 bits = m_bits[person * m_words + w]; bits; bits &= bits - 1)
                visit(int(w * 64) + std::countr_zero(bits));
    }

private:
    size_t m_words;
    std::vector<quint64> m_bits;
};

} // namespace

Result<Reach> computeReach(const NetworkData &data, QDate today, const ReachOptions &options)
{
    Reach reach;
    const qint64 todayDay = today.toJulianDay();

    // Companies: those listed (names, priorities) and any other id a person refers to.
    std::vector<qint64> companyIds;
    QHash<qint64, int> companyIndex;
    auto companyOf = [&](CompanyId id) {
        if (!id.isValid())
            return -1;
        auto it = companyIndex.constFind(id.value);
        if (it != companyIndex.constEnd())
            return *it;
        companyIndex.insert(id.value, int(companyIds.size()));
        companyIds.push_back(id.value);
        return int(companyIds.size()) - 1;
    };
    std::vector<const NetworkCompany *> listed;
    for (const NetworkCompany &company : data.companies) {
        companyOf(company.id);
        listed.push_back(&company);
    }

    // Who is known since when, and who worked where when: one row per person, so that a link
    // touches one cache line per end. Most people have one job span; it is copied into the row
    // so that a link does not also read the span list.
    const size_t n = size_t(data.people.size());
    struct Row {
        Day start = kForever;     // since when I know them (connections)
        Day knownFrom = kForever; // since when they are in my records (anyone)
        Span firstSpan{-1, 0, 0}; // spans[spanBegin], when there is one
        quint32 spanBegin = 0;
        quint32 spanEnd = 0;
        bool connection = false;
    };
    std::vector<Row> rows(n);
    std::vector<Span> spans;
    std::vector<qint64> ids;
    ids.reserve(n);
    QDate firstStart;
    for (size_t i = 0; i < n; ++i) {
        const NetworkPerson &p = data.people[qsizetype(i)];
        ids.push_back(p.id.value);
        Row &row = rows[i];
        row.spanBegin = quint32(spans.size());
        row.connection = isConnection(p);
        if (row.connection) {
            const QDate since = tieStart(p);
            row.start = dayOf(since, kNever);
            if (since.isValid() && since <= today && (!firstStart.isValid() || since < firstStart))
                firstStart = since;
        }
        row.knownFrom = row.connection ? row.start : dayOf(p.recordedOn, kNever);
        Day lastEnd = kNever;
        bool currentOpen = false;
        for (const NetworkJob &job : p.earlierJobs) {
            if (job.to.isValid())
                lastEnd = qMax(lastEnd, dayOf(job.to, kNever));
            const int c = companyOf(job.company);
            if (c < 0)
                continue;
            if (job.company == p.company && !job.to.isValid())
                currentOpen = true;
            spans.push_back({c, dayOf(job.from, kNever), dayOf(job.to, kForever)});
        }
        const int current = companyOf(p.company);
        if (current >= 0 && !currentOpen)
            spans.push_back({current, lastEnd == kNever ? kNever : lastEnd + 1, kForever});
        row.spanEnd = quint32(spans.size());
        if (row.spanEnd > row.spanBegin)
            row.firstSpan = spans[row.spanBegin];
    }
    const IdIndex personIndex(ids);
    const int companyCount = int(companyIds.size());
    std::vector<CompanyPriority> priority(size_t(companyCount), CompanyPriority::None);
    std::vector<const NetworkCompany *> info(size_t(companyCount), nullptr);
    for (const NetworkCompany *company : listed) {
        const int c = companyIndex.value(company->id.value);
        priority[size_t(c)] = company->priority;
        info[size_t(c)] = company;
    }
    for (const NetworkCompany *company : listed)
        if (company->priority != CompanyPriority::None)
            ++reach.targetsTotal;
    auto listTargets = [&](auto degreeOf) {
        for (int c = 0; c < companyCount; ++c)
            if (priority[size_t(c)] != CompanyPriority::None)
                reach.targets.append({CompanyId(companyIds[size_t(c)]), info[size_t(c)] ? info[size_t(c)]->name : QString(),
                                      priority[size_t(c)], degreeOf(c)});
        std::stable_sort(reach.targets.begin(), reach.targets.end(), [](const TargetReach &a, const TargetReach &b) {
            if (a.priority != b.priority)
                return int(a.priority) < int(b.priority);
            return a.name.localeAwareCompare(b.name) < 0;
        });
    };
    if (!firstStart.isValid()) { // nobody known yet: no reach
        listTargets([](int) { return 0; });
        return reach;
    }

    // Coverage of each company, as ranges of months.
    const Months months(firstStart, today);
    const int last = months.last();
    CoverageTable first(companyCount, last);
    CoverageTable second(companyCount, last);
    for (size_t c = 0; c < n; ++c) {
        if (!rows[c].connection)
            continue;
        for (quint32 s = rows[c].spanBegin; s < rows[c].spanEnd; ++s) {
            int lo = 0;
            int hi = 0;
            if (months.range(qMax(rows[c].start, spans[s].from), spans[s].to, lo, hi))
                first.add(spans[s].company, lo, hi);
        }
    }
    // The live links once, as (one end, other end, since when): both passes below read these.
    struct Tie {
        quint32 u;
        quint32 v;
        Day since;
    };
    std::vector<Tie> ties;
    ties.reserve(size_t(data.links.size() + data.linkEnds.size()));
    auto addTie = [&](ContactId fromId, ContactId toId, const QDate &linkSince, bool dismissed) {
        if (dismissed)
            return;
        const int u = personIndex.of(fromId.value);
        const int v = personIndex.of(toId.value);
        if (u < 0 || v < 0 || u == v)
            return;
        const Row &rowU = rows[size_t(u)];
        const Row &rowV = rows[size_t(v)];
        const Day since = linkSince.isValid() ? dayOf(linkSince, kNever) : qMax(rowU.knownFrom, rowV.knownFrom);
        ties.push_back({quint32(u), quint32(v), since});
        auto through = [&](const Row &c, const Row &p) { // me → c → p → where p worked
            if (!c.connection || p.spanEnd == p.spanBegin)
                return;
            const Day from = qMax(c.start, since);
            auto add = [&](const Span &span) {
                int lo = 0;
                int hi = 0;
                if (months.range(qMax(from, span.from), span.to, lo, hi))
                    second.add(span.company, lo, hi);
            };
            add(p.firstSpan);
            for (quint32 s = p.spanBegin + 1; s < p.spanEnd; ++s)
                add(spans[s]);
        };
        through(rowU, rowV);
        through(rowV, rowU);
    };
    for (const Link &link : data.links)
        addTie(link.from, link.to, link.since, link.dismissed);
    for (const NetworkLinkEnds &link : data.linkEnds)
        addTie(link.from, link.to, link.since, link.dismissed);

    std::vector<int> firstDiff(size_t(months.count()) + 1, 0);
    std::vector<int> secondDiff(size_t(months.count()) + 1, 0);
    std::vector<int> targetDiff(size_t(months.count()) + 1, 0);
    std::vector<int> degree(size_t(companyCount), 0);
    for (int c = 0; c < companyCount; ++c) {
        const Ranges f = first.merged(c);
        const Ranges onlySecond = minus(second.merged(c), f);
        addTo(firstDiff, f);
        addTo(secondDiff, onlySecond);
        if (priority[size_t(c)] != CompanyPriority::None) {
            Coverage both;
            for (const auto &r : f)
                both.add(r.first, r.second, last);
            for (const auto &r : onlySecond)
                both.add(r.first, r.second, last);
            addTo(targetDiff, both.merged(last));
        }
        if (covers(f, last)) {
            reach.firstDegree << CompanyId(companyIds[size_t(c)]);
            degree[size_t(c)] = 1;
        } else if (covers(onlySecond, last)) {
            reach.secondDegree << CompanyId(companyIds[size_t(c)]);
            degree[size_t(c)] = 2;
        }
    }
    std::sort(reach.firstDegree.begin(), reach.firstDegree.end());
    std::sort(reach.secondDegree.begin(), reach.secondDegree.end());
    int f = 0;
    int s = 0;
    int t = 0;
    for (int m = 0; m < months.count(); ++m) {
        f += firstDiff[size_t(m)];
        s += secondDiff[size_t(m)];
        t += targetDiff[size_t(m)];
        reach.byMonth.append({months.first(m), f, s, t});
    }
    listTargets([&](int c) { return degree[size_t(c)]; });
    for (const TargetReach &target : reach.targets)
        if (target.degree > 0)
            ++reach.targetsCovered;

    // Brokers, now: the target companies each connection opens (where they work, and where the
    // people linked to them work), as bit sets.
    std::vector<int> targetOf(size_t(companyCount), -1);
    std::vector<int> companyOfTarget;
    for (int c = 0; c < companyCount; ++c)
        if (priority[size_t(c)] != CompanyPriority::None) {
            targetOf[size_t(c)] = int(companyOfTarget.size());
            companyOfTarget.push_back(c);
        }
    const int targetCount = int(companyOfTarget.size());
    if (targetCount == 0)
        return reach;
    TargetSets worksAt(n, targetCount); // targets each person works at today
    TargetSets opens(n, targetCount);   // targets each connection opens today
    for (size_t i = 0; i < n; ++i)
        for (quint32 sp = rows[i].spanBegin; sp < rows[i].spanEnd; ++sp)
            if (spans[sp].from <= todayDay && todayDay <= spans[sp].to && targetOf[size_t(spans[sp].company)] >= 0)
                worksAt.set(i, targetOf[size_t(spans[sp].company)]);
    auto knownNow = [&](size_t i) { return rows[i].connection && rows[i].start <= todayDay; };
    TargetSets direct(1, targetCount); // targets where someone I know works today
    for (size_t i = 0; i < n; ++i)
        if (knownNow(i)) {
            opens.unite(i, worksAt, i);
            worksAt.forEach(i, [&](int target) { direct.set(0, target); });
        }
    // Routes into targets where nobody I know works: me → connection → linked person → target.
    // Who is known now and who works at a target now, a byte per person: the pass over the
    // links reads these (in cache) and goes to the bit sets only for the few links that matter.
    enum : quint8 { KnownNow = 1, AtTarget = 2 };
    std::vector<quint8> now(n, 0);
    for (size_t i = 0; i < n; ++i)
        now[i] = quint8((knownNow(i) ? KnownNow : 0) | (worksAt.any(i) ? AtTarget : 0));
    std::vector<std::pair<size_t, size_t>> routes;
    for (const Tie &tie : ties) {
        if (tie.since > todayDay)
            continue;
        for (auto [c, p] : {std::pair(size_t(tie.u), size_t(tie.v)), std::pair(size_t(tie.v), size_t(tie.u))}) {
            if (!(now[c] & KnownNow) || !(now[p] & AtTarget))
                continue;
            opens.unite(c, worksAt, p);
            bool intoIndirect = false;
            worksAt.forEach(p, [&](int target) { intoIndirect = intoIndirect || !direct.test(0, target); });
            if (intoIndirect)
                routes.push_back({c, p});
        }
    }

    std::sort(routes.begin(), routes.end()); // two links between the same pair are one route
    routes.erase(std::unique(routes.begin(), routes.end()), routes.end());

    // Each broker's share of the shortest routes from me to the targets: igraph's betweenness
    // restricted to those routes (from me, to the target companies). Only what can lie on a
    // shortest route goes into the graph: me → each connection who works at a target → that
    // target (length 2), and, for targets where nobody I know works, me → connection → linked
    // person → target (length 3). A connection on no shortest route has a share of 0.
    std::vector<int> vertexOfPerson(n, -1);
    std::vector<int> vertexOfTarget(size_t(targetCount), -1);
    std::vector<igraph_integer_t> edges;
    int vertexCount = 1; // 0 is me
    auto personVertex = [&](size_t i) {
        if (vertexOfPerson[i] < 0)
            vertexOfPerson[i] = vertexCount++;
        return vertexOfPerson[i];
    };
    auto targetVertex = [&](int target) {
        if (vertexOfTarget[size_t(target)] < 0)
            vertexOfTarget[size_t(target)] = vertexCount++;
        return vertexOfTarget[size_t(target)];
    };
    auto addEdge = [&](int a, int b) {
        edges.push_back(a);
        edges.push_back(b);
    };
    for (size_t i = 0; i < n; ++i)
        if (knownNow(i) && worksAt.any(i)) {
            addEdge(0, personVertex(i));
            worksAt.forEach(i, [&](int target) { addEdge(personVertex(i), targetVertex(target)); });
        }
    std::vector<char> intermediary(n, 0);
    for (auto [c, p] : routes) {
        if (vertexOfPerson[c] < 0)
            addEdge(0, personVertex(c));
        addEdge(personVertex(c), personVertex(p));
        if (!intermediary[p]) {
            intermediary[p] = 1;
            worksAt.forEach(p, [&](int target) {
                if (!direct.test(0, target))
                    addEdge(personVertex(p), targetVertex(target));
            });
        }
    }
    std::vector<double> share(size_t(vertexCount), 0.0);
    if (vertexCount > 1) {
        auto held = igraphs::lock();
        igraphs::IntVector edgeList(igraph_integer_t(edges.size()));
        igraphs::RealVector result;
        igraphs::IntVector targetVertices;
        if (!edgeList.ok() || !result.ok() || !targetVertices.ok())
            return Error::invalid({}, QStringLiteral("out of memory for the broker ranking"));
        for (size_t i = 0; i < edges.size(); ++i)
            edgeList[igraph_integer_t(i)] = edges[i];
        for (int vertex : vertexOfTarget)
            if (vertex >= 0)
                if (auto st = igraphs::check(igraph_vector_int_push_back(targetVertices.get(), vertex), "listing targets"); !st)
                    return st.error();
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

    // The best brokers: most targets, then the largest share, then known longest.
    std::vector<int> candidates;
    std::vector<int> opened(n, 0);
    for (size_t i = 0; i < n; ++i)
        if (knownNow(i) && (opened[i] = opens.count(i)) > 0)
            candidates.push_back(int(i));
    auto shareOf = [&](int i) { return vertexOfPerson[size_t(i)] >= 0 ? share[size_t(vertexOfPerson[size_t(i)])] : 0.0; };
    auto better = [&](int a, int b) {
        if (opened[size_t(a)] != opened[size_t(b)])
            return opened[size_t(a)] > opened[size_t(b)];
        const double sa = shareOf(a);
        const double sb = shareOf(b);
        if (std::abs(sa - sb) > 1e-9)
            return sa > sb;
        if (rows[size_t(a)].start != rows[size_t(b)].start)
            return rows[size_t(a)].start < rows[size_t(b)].start;
        return ids[size_t(a)] < ids[size_t(b)];
    };
    const size_t shown = qMin(candidates.size(), size_t(qMax(0, options.brokerLimit)));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(shown), candidates.end(), better);
    for (size_t r = 0; r < shown; ++r) {
        const int i = candidates[r];
        Broker broker;
        broker.id = data.people[i].id;
        broker.name = data.people[i].name;
        broker.targets = opened[size_t(i)];
        broker.share = shareOf(i);
        opens.forEach(size_t(i), [&](int target) { broker.targetIds << CompanyId(companyIds[size_t(companyOfTarget[size_t(target)])]); });
        reach.brokers << broker;
    }
    return reach;
}

} // namespace foothold
