#include "core/analytics/WarmPaths.h"

#include "core/analytics/IgraphSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <tuple>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WarmPaths", text);
}

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Added to every hop's cost: equal products then rank the path with fewer hops first.
constexpr double kHopCost = 1e-9;

double costOf(double strength)
{
    return strength > 0.0 ? -std::log(strength) + kHopCost : kInfinity;
}

QString sourceNote(LinkSource source)
{
    switch (source) {
    case LinkSource::Manual: return tr("entered");
    case LinkSource::Introduction: return tr("from an introduction");
    case LinkSource::InferredCompany: return tr("inferred: same company");
    case LinkSource::InferredEvent: return tr("inferred: met at the same event");
    }
    return {};
}

// "Ana knows Ben (entered)": the link from the previous hop to this one, in words.
QString describe(const NetworkGraph &g, const NetworkGraph::Tie &tie, int previous, int current)
{
    const QString &from = g.person(tie.a).name;
    const QString &to = g.person(tie.b).name;
    const QString &prev = g.person(previous).name;
    const QString &cur = g.person(current).name;
    QString sentence;
    switch (tie.kind) {
    case LinkKind::Knows: sentence = tr("%1 knows %2").arg(prev, cur); break;
    case LinkKind::WorksWith: sentence = tr("%1 works with %2").arg(prev, cur); break;
    case LinkKind::Introduced: sentence = tr("%1 introduced %2").arg(from, to); break;
    case LinkKind::Mentor: sentence = tr("%1 mentors %2").arg(from, to); break;
    }
    return sentence + QStringLiteral(" (") + sourceNote(tie.source) + QLatin1Char(')');
}

// The people who may be on one of the best k paths.
//
// Yen's algorithm on the whole graph costs k·|path| Dijkstra runs over every edge (most of a
// second on 1,000,000 links). The best k paths only ever touch a small part of the graph, and
// that part can be found exactly first. With B an upper bound on the cost of the k-th best path,
// a person v lies on one of the best k paths only if dme(v) + dT(v) ≤ B, where dme is the cost
// from me and dT the cost to the target (dT taken without me: a simple path from me never comes
// back through me).
//
// Two searches run in turn, each settling people in order of distance: forward from me (my ties
// fed in order of strength; no arcs out of a target, since a path to a company ends at its first
// employee) and backward from the targets. Each yields k distinct paths, hence a bound B: the
// forward search the shortest paths to k different targets, the backward one the paths through
// k different first hops. They stop once the next forward distance plus the next backward one
// exceeds B (or one side has nothing left under B): a person neither side settled then has
// dme + dT above B. Both distances are then computed again inside the settled set only (a best
// path never leaves it), and the people with dme + dT ≤ B are kept. Turns alternate by number of
// people settled, so neither side runs far when the other is cheap: forward for a large company
// where I have strong ties, backward for a small one. igraph has no multi-source search with a
// shrinking cutoff, hence these small Dijkstras of our own; igraph then ranks the paths.
struct Pruned {
    std::vector<int> people;
    bool anyPath = false;
};

class Frontier {
public:
    using Item = std::pair<double, int>;
    void push(double d, int v) { m_heap.push({d, v}); }
    // The smallest live key, dropping entries that were superseded or already settled.
    double topKey(const std::vector<double> &dist, const std::vector<char> &settled)
    {
        while (!m_heap.empty()) {
            const auto [d, v] = m_heap.top();
            if (settled[size_t(v)] || d > dist[size_t(v)])
                m_heap.pop();
            else
                return d;
        }
        return kInfinity;
    }
    Item pop()
    {
        const Item top = m_heap.top();
        m_heap.pop();
        return top;
    }

private:
    std::priority_queue<Item, std::vector<Item>, std::greater<>> m_heap;
};

// The k smallest costs seen; bound() is the largest of them once there are k.
class KBest {
public:
    explicit KBest(int k) : m_k(size_t(k)) {}
    void offer(double cost)
    {
        if (m_heap.size() < m_k) {
            m_heap.push(cost);
        } else if (cost < m_heap.top()) {
            m_heap.pop();
            m_heap.push(cost);
        }
    }
    [[nodiscard]] double bound() const { return m_heap.size() == m_k ? m_heap.top() : kInfinity; }
    [[nodiscard]] bool empty() const { return m_heap.empty(); }

private:
    size_t m_k;
    std::priority_queue<double> m_heap;
};

double tolerance(double bound)
{
    return std::isfinite(bound) ? 1e-9 * qMax(1.0, bound) : 0.0;
}

Pruned prune(const NetworkGraph &g, const std::vector<char> &isTarget, const std::vector<int> &targets, int k)
{
    const size_t n = size_t(g.personCount());
    const std::vector<int> &seeds = g.connectionsByTie(); // strongest tie first
    const double cheapestStart = seeds.empty() ? kInfinity : costOf(g.person(seeds.front()).tie.value);
    auto linkCost = [&](const NetworkGraph::Neighbour &nb) { return costOf(g.ties()[size_t(nb.tie)].strength); };

    std::vector<double> dme(n, kInfinity), dt(n, kInfinity);
    std::vector<char> doneMe(n, 0), doneT(n, 0);
    std::vector<int> forward, backward; // settled, in order
    Frontier fromMe, fromTargets;
    size_t nextSeed = 0;
    KBest byTarget(k), byFirstHop(k);
    for (int t : targets) {
        dt[size_t(t)] = 0.0;
        fromTargets.push(0.0, t);
    }
    auto seedKey = [&] {
        while (nextSeed < seeds.size() && doneMe[size_t(seeds[nextSeed])])
            ++nextSeed;
        return nextSeed < seeds.size() ? costOf(g.person(seeds[nextSeed]).tie.value) : kInfinity;
    };
    auto forwardKey = [&] { return qMin(seedKey(), fromMe.topKey(dme, doneMe)); };
    auto stepForward = [&] {
        int v = 0;
        double d = 0;
        if (seedKey() <= fromMe.topKey(dme, doneMe)) {
            v = seeds[nextSeed++];
            d = costOf(g.person(v).tie.value);
        } else {
            std::tie(d, v) = fromMe.pop();
        }
        dme[size_t(v)] = d;
        doneMe[size_t(v)] = 1;
        forward.push_back(v);
        if (isTarget[size_t(v)]) {
            byTarget.offer(d); // the shortest path to this target: one per target, all distinct
            return;            // and no arcs out of a target
        }
        for (auto it = g.neighboursBegin(v), end = g.neighboursEnd(v); it != end; ++it) {
            const double next = d + linkCost(*it);
            if (!doneMe[size_t(it->person)] && next < dme[size_t(it->person)]) {
                dme[size_t(it->person)] = next;
                fromMe.push(next, it->person);
            }
        }
    };
    auto stepBackward = [&] {
        const auto [d, v] = fromTargets.pop();
        doneT[size_t(v)] = 1;
        backward.push_back(v);
        const double viaMe = costOf(g.person(v).tie.value);
        if (std::isfinite(viaMe))
            byFirstHop.offer(viaMe + d); // me → v → the rest: one per first hop, all distinct
        for (auto it = g.neighboursBegin(v), end = g.neighboursEnd(v); it != end; ++it) {
            if (isTarget[size_t(it->person)])
                continue; // the forward arc would leave a target
            const double next = d + linkCost(*it);
            if (!doneT[size_t(it->person)] && next < dt[size_t(it->person)]) {
                dt[size_t(it->person)] = next;
                fromTargets.push(next, it->person);
            }
        }
    };

    for (;;) {
        const double bound = qMin(byTarget.bound(), byFirstHop.bound());
        const double slack = tolerance(bound);
        const double fKey = forwardKey();
        const double bKey = fromTargets.topKey(dt, doneT);
        if (fKey == kInfinity || bKey == kInfinity)
            break; // one side has seen everything it can reach
        if (fKey > bound + slack || bKey > bound - cheapestStart + slack || fKey + bKey > bound + slack)
            break; // nobody left unsettled on both sides can be on a best path
        if (forward.size() <= backward.size())
            stepForward();
        else
            stepBackward();
    }
    Pruned out;
    out.anyPath = !byTarget.empty() || !byFirstHop.empty();
    if (!out.anyPath)
        return out;
    const double bound = qMin(byTarget.bound(), byFirstHop.bound());
    const double slack = tolerance(bound);

    // Every person on a best path was settled by one side at least; both distances again, inside
    // that set.
    std::vector<int> inside;
    std::vector<char> member(n, 0);
    for (const std::vector<int> *side : {&forward, &backward})
        for (int v : *side)
            if (!member[size_t(v)]) {
                member[size_t(v)] = 1;
                inside.push_back(v);
            }
    auto within = [&](bool fromMeSide) {
        std::vector<double> dist(n, kInfinity);
        std::vector<char> settled(n, 0);
        Frontier frontier;
        for (int v : inside) {
            const double start = fromMeSide ? costOf(g.person(v).tie.value) : (isTarget[size_t(v)] ? 0.0 : kInfinity);
            if (std::isfinite(start)) {
                dist[size_t(v)] = start;
                frontier.push(start, v);
            }
        }
        for (double key = frontier.topKey(dist, settled); key != kInfinity && key <= bound + slack;
             key = frontier.topKey(dist, settled)) {
            const auto [d, v] = frontier.pop();
            settled[size_t(v)] = 1;
            if (fromMeSide && isTarget[size_t(v)])
                continue; // no arcs out of a target
            for (auto it = g.neighboursBegin(v), end = g.neighboursEnd(v); it != end; ++it) {
                const int u = it->person;
                if (!member[size_t(u)] || (!fromMeSide && isTarget[size_t(u)]))
                    continue;
                const double next = d + linkCost(*it);
                if (!settled[size_t(u)] && next < dist[size_t(u)]) {
                    dist[size_t(u)] = next;
                    frontier.push(next, u);
                }
            }
        }
        return dist;
    };
    const std::vector<double> fromMeInside = within(true);
    const std::vector<double> toTargetsInside = within(false);
    for (int v : inside)
        if (fromMeInside[size_t(v)] + toTargetsInside[size_t(v)] <= bound + slack)
            out.people.push_back(v);
    return out;
}

// The key that orders paths: score (rounded, so that equal products compare equal), then hops,
// then names.
struct RankKey {
    qint64 score;
    int hops;
    QStringList names;
    QList<qint64> ids;
};

bool ranksBefore(const RankKey &x, const RankKey &y)
{
    if (x.score != y.score)
        return x.score > y.score;
    if (x.hops != y.hops)
        return x.hops < y.hops;
    for (qsizetype i = 0; i < x.names.size(); ++i) {
        const int c = x.names[i].localeAwareCompare(y.names[i]);
        if (c != 0)
            return c < 0;
    }
    return x.ids < y.ids;
}

} // namespace

Result<QList<WarmPath>> findWarmPaths(const NetworkGraph &g, const PathTarget &target, int k, const PathSearchOptions &options)
{
    if (k < 1)
        return Error::invalid(QStringLiteral("k"), tr("must be at least 1"));
    std::vector<char> isTarget(size_t(g.personCount()), 0);
    std::vector<int> targets;
    const bool toCompany = target.company.isValid();
    if (toCompany) {
        for (int i : g.peopleAt(target.company))
            targets.push_back(i);
    } else {
        const int i = g.indexOf(target.contact);
        if (i < 0)
            return Error::notFound(tr("contact %1 is not in the network").arg(target.contact.value));
        targets.push_back(i);
    }
    for (int t : targets)
        isTarget[size_t(t)] = 1;
    if (targets.empty())
        return QList<WarmPath>();

    Pruned ball = prune(g, isTarget, targets, k);
    if (!ball.anyPath)
        return QList<WarmPath>();
    if (!options.prune) {
        ball.people.resize(size_t(g.personCount()));
        for (int i = 0; i < g.personCount(); ++i)
            ball.people[size_t(i)] = i;
    }

    // The subgraph for igraph: vertex 0 is me, then the ball's people, then (for a company) a
    // sink that every employee leads to at no cost. Arcs are directed away from me.
    std::vector<int> local(size_t(g.personCount()), -1);
    for (size_t i = 0; i < ball.people.size(); ++i)
        local[size_t(ball.people[i])] = int(i) + 1;
    const int vertexCount = int(ball.people.size()) + (toCompany ? 2 : 1);
    const int goal = toCompany ? vertexCount - 1 : local[size_t(targets.front())];
    if (goal < 1)
        return QList<WarmPath>();
    std::vector<igraph_integer_t> arcs;
    std::vector<double> costs;
    auto addArc = [&](int from, int to, double cost) {
        arcs.push_back(from);
        arcs.push_back(to);
        costs.push_back(cost);
    };
    for (int v : ball.people) {
        const int lv = local[size_t(v)];
        const double viaMe = costOf(g.person(v).tie.value);
        if (std::isfinite(viaMe))
            addArc(0, lv, viaMe);
        if (isTarget[size_t(v)]) {
            if (toCompany)
                addArc(lv, goal, 0.0);
            continue;
        }
        for (auto it = g.neighboursBegin(v), end = g.neighboursEnd(v); it != end; ++it) {
            const int lu = local[size_t(it->person)];
            if (lu > 0)
                addArc(lv, lu, costOf(g.ties()[size_t(it->tie)].strength));
        }
    }

    QList<QList<int>> found; // vertex paths, in local ids
    {
        auto held = igraphs::lock();
        igraphs::IntVector edgeList(igraph_integer_t(arcs.size()));
        igraphs::RealVector weights(igraph_integer_t(costs.size()));
        igraphs::IntVectorList paths;
        if (!edgeList.ok() || !weights.ok() || !paths.ok())
            return Error::invalid({}, tr("out of memory for the path search"));
        for (size_t i = 0; i < arcs.size(); ++i)
            edgeList[igraph_integer_t(i)] = arcs[i];
        for (size_t i = 0; i < costs.size(); ++i)
            weights[igraph_integer_t(i)] = costs[i];
        igraphs::Graph graph;
        if (auto s = graph.create(edgeList.ref(), vertexCount, true); !s)
            return s.error();
        if (auto s = igraphs::check(igraph_get_k_shortest_paths(graph.get(), weights.get(), paths.get(), nullptr, k, 0, goal,
                                                                IGRAPH_OUT),
                                    "finding the k shortest paths");
            !s)
            return s.error();
        const igraph_integer_t count = igraph_vector_int_list_size(paths.get());
        for (igraph_integer_t i = 0; i < count; ++i) {
            const igraph_vector_int_t *path = igraph_vector_int_list_get_ptr(paths.get(), i);
            QList<int> vertices;
            for (igraph_integer_t j = 0; j < igraph_vector_int_size(path); ++j)
                vertices << int(VECTOR(*path)[j]);
            found << vertices;
        }
    }

    // Back from local ids to people; the tie between consecutive people is the graph's one.
    auto tieBetween = [&](int a, int b) -> int {
        for (auto it = g.neighboursBegin(a), end = g.neighboursEnd(a); it != end; ++it)
            if (it->person == b)
                return it->tie;
        return -1;
    };
    QList<std::pair<RankKey, WarmPath>> ranked;
    for (const QList<int> &vertices : found) {
        WarmPath path;
        path.score = 1.0;
        RankKey key;
        int previous = -1;
        for (int lv : vertices) {
            if (lv == 0 || lv > int(ball.people.size()))
                continue; // me, or the sink
            const int v = ball.people[size_t(lv - 1)];
            const NetworkGraph::Person &p = g.person(v);
            PathHop hop;
            hop.id = p.id;
            hop.name = p.name;
            hop.company = p.company;
            hop.companyName = g.companyName(p.company);
            if (previous < 0) {
                hop.link = QStringLiteral("connection");
                hop.strength = p.tie.value;
                hop.why = p.tie.explanation;
            } else {
                const int t = tieBetween(previous, v);
                if (t < 0)
                    return Error::invalid({}, tr("a path left the graph (internal error)"));
                const NetworkGraph::Tie &tie = g.ties()[size_t(t)];
                hop.link = toKey(tie.kind);
                hop.source = tie.source;
                hop.inferred = tie.source == LinkSource::InferredCompany || tie.source == LinkSource::InferredEvent;
                hop.strength = tie.strength;
                hop.why = describe(g, tie, previous, v);
            }
            path.score *= hop.strength;
            key.names << hop.name;
            key.ids << hop.id.value;
            path.hops << hop;
            previous = v;
        }
        key.score = std::llround(path.score * 1e12);
        key.hops = int(path.hops.size());
        ranked.append({key, path});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &x, const auto &y) { return ranksBefore(x.first, y.first); });
    QList<WarmPath> out;
    for (auto &entry : ranked)
        out << std::move(entry.second);
    return out;
}

} // namespace foothold
