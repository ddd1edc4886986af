#include "core/analytics/WarmPaths.h"

#include "core/analytics/IgraphSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

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

// The people who may be on one of the best k paths, with their cost to the target.
//
// Yen's algorithm on the whole graph costs k·|path| Dijkstra runs over every edge (about a second
// on 1,000,000 links). The best k paths only ever visit a small part of the graph, and that part
// can be found exactly first: a node v lies on a path of cost c only if dist(v → target) ≤ c,
// where dist is taken without me (a simple path from me never comes back through me). Searching
// outward from the targets in order of that distance, each connection u met gives a path
// me → u → … → target of cost tie(u) + dist(u); these paths are distinct (different first hops),
// so once k of them are known, the k-th best cost B bounds the cost of the k-th best path, and
// the search stops at distance B. Everything the best k paths can touch has then been seen. igraph
// has no multi-source search with a shrinking cutoff, hence this small Dijkstra of our own.
struct Ball {
    std::vector<int> people;  // settled, in order of distance
    double bound = kInfinity; // B
    bool anyPath = false;
};

Ball searchFromTargets(const NetworkGraph &g, const std::vector<char> &isTarget, const std::vector<int> &targets, int k)
{
    Ball ball;
    std::vector<double> dist(size_t(g.personCount()), kInfinity);
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> frontier;
    std::priority_queue<double> best; // the k smallest candidate costs; top is the largest of them
    for (int t : targets) {
        dist[size_t(t)] = 0.0;
        frontier.push({0.0, t});
    }
    auto tolerance = [](double bound) { return 1e-9 * qMax(1.0, bound); };
    while (!frontier.empty()) {
        const auto [d, v] = frontier.top();
        frontier.pop();
        if (d > dist[size_t(v)])
            continue;
        if (d > ball.bound + tolerance(ball.bound))
            break;
        ball.people.push_back(v);
        const double viaMe = costOf(g.person(v).tie.value);
        if (std::isfinite(viaMe)) {
            ball.anyPath = true;
            const double candidate = viaMe + d;
            if (int(best.size()) < k) {
                best.push(candidate);
            } else if (candidate < best.top()) {
                best.pop();
                best.push(candidate);
            }
            if (int(best.size()) == k)
                ball.bound = best.top();
        }
        for (auto it = g.neighboursBegin(v), end = g.neighboursEnd(v); it != end; ++it) {
            if (isTarget[size_t(it->person)])
                continue; // a path to a company ends at its first employee: no arcs out of a target
            const double next = d + costOf(g.ties()[size_t(it->tie)].strength);
            if (next < dist[size_t(it->person)]) {
                dist[size_t(it->person)] = next;
                frontier.push({next, it->person});
            }
        }
    }
    // The bound may have shrunk after a node was settled: drop what is now out of reach.
    const double limit = ball.bound + tolerance(ball.bound);
    ball.people.erase(std::remove_if(ball.people.begin(), ball.people.end(), [&](int v) { return dist[size_t(v)] > limit; }),
                      ball.people.end());
    return ball;
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

    Ball ball = searchFromTargets(g, isTarget, targets, k);
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
