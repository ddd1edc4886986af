#include "core/analytics/GraphLayout.h"

#include "core/analytics/IgraphSupport.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cmath>
#include <limits>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GraphLayout", text);
}

double weightOf(double strength)
{
    return 0.75 + 0.5 * qBound(0.0, strength, 1.0);
}

// Starting positions: given ones as they are; others beside a placed neighbour (so that a new
// contact appears next to the people they know), else at random in igraph's initial square.
std::vector<QPointF> startingPositions(const LayoutGraph &graph, const LayoutOptions &options)
{
    const int n = graph.nodeCount;
    QRandomGenerator random(quint32(options.seed ^ (options.seed >> 32)));
    const double half = std::sqrt(double(n)) / 2.0;
    std::vector<QPointF> at(static_cast<size_t>(n));
    std::vector<char> placed(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        if (size_t(i) < options.start.size() && options.start[size_t(i)]) {
            at[size_t(i)] = *options.start[size_t(i)];
            placed[size_t(i)] = 1;
        }
    at[0] = QPointF(0, 0);
    placed[0] = 1;
    std::vector<QPointF> neighbourSum(static_cast<size_t>(n));
    std::vector<int> neighbourCount(size_t(n), 0);
    for (auto [a, b] : graph.edges) {
        if (placed[size_t(a)] && !placed[size_t(b)] && a != 0) {
            neighbourSum[size_t(b)] += at[size_t(a)];
            ++neighbourCount[size_t(b)];
        }
        if (placed[size_t(b)] && !placed[size_t(a)] && b != 0) {
            neighbourSum[size_t(a)] += at[size_t(b)];
            ++neighbourCount[size_t(a)];
        }
    }
    for (int i = 1; i < n; ++i) {
        if (placed[size_t(i)])
            continue;
        const QPointF jitter(random.generateDouble() - 0.5, random.generateDouble() - 0.5);
        if (neighbourCount[size_t(i)] > 0)
            at[size_t(i)] = neighbourSum[size_t(i)] / neighbourCount[size_t(i)] + jitter;
        else
            at[size_t(i)] = QPointF((random.generateDouble() * 2 - 1) * half, (random.generateDouble() * 2 - 1) * half);
    }
    return at;
}

} // namespace

LayoutGraph layoutGraphOf(const NetworkGraph &graph)
{
    LayoutGraph out;
    out.nodeCount = graph.personCount() + 1;
    for (int i = 0; i < graph.personCount(); ++i) {
        const double tie = graph.person(i).tie.value;
        if (tie > 0.0) {
            out.edges.push_back({0, i + 1});
            out.weights.push_back(weightOf(tie));
        }
    }
    for (const auto &tie : graph.ties()) {
        out.edges.push_back({tie.a + 1, tie.b + 1});
        out.weights.push_back(weightOf(tie.strength));
    }
    return out;
}

Result<std::vector<QPointF>> computeLayout(const LayoutGraph &graph, const LayoutOptions &options, const LayoutProgress &progress)
{
    const int n = graph.nodeCount;
    if (n < 1)
        return Error::invalid(QStringLiteral("graph"), tr("has no node (not even me)"));
    if (graph.weights.size() != graph.edges.size())
        return Error::invalid(QStringLiteral("graph"), tr("needs one weight per edge"));
    for (size_t e = 0; e < graph.edges.size(); ++e) {
        const auto [a, b] = graph.edges[e];
        if (a < 0 || b < 0 || a >= n || b >= n)
            return Error::invalid(QStringLiteral("graph"), tr("edge %1 names a node that does not exist").arg(e));
        if (!(graph.weights[e] > 0.0) || !std::isfinite(graph.weights[e]))
            return Error::invalid(QStringLiteral("graph"), tr("edge %1 has a weight that is not positive").arg(e));
    }
    if (options.iterations < 1 || options.chunk < 1)
        return Error::invalid(QStringLiteral("iterations"), tr("must be at least 1"));

    std::vector<QPointF> at = startingPositions(graph, options);
    if (n == 1)
        return at;

    const double startTemperature = std::sqrt(double(n)) / 10.0; // igraph's own default
    constexpr double kFree = std::numeric_limits<double>::max();
    auto held = igraphs::lock();
    igraphs::IntVector edgeList(igraph_integer_t(graph.edges.size() * 2));
    igraphs::RealVector weights(igraph_integer_t(graph.weights.size()));
    igraphs::RealVector minX(n), maxX(n), minY(n), maxY(n);
    igraphs::Matrix positions(n, 2);
    if (!edgeList.ok() || !weights.ok() || !minX.ok() || !maxX.ok() || !minY.ok() || !maxY.ok() || !positions.ok())
        return Error::invalid({}, tr("out of memory for the layout"));
    for (size_t e = 0; e < graph.edges.size(); ++e) {
        edgeList[igraph_integer_t(2 * e)] = graph.edges[e].first;
        edgeList[igraph_integer_t(2 * e + 1)] = graph.edges[e].second;
        weights[igraph_integer_t(e)] = graph.weights[e];
    }
    for (int i = 0; i < n; ++i) {
        positions.at(i, 0) = at[size_t(i)].x();
        positions.at(i, 1) = at[size_t(i)].y();
        const bool fixed = i == 0 || (size_t(i) < options.pinned.size() && options.pinned[size_t(i)]);
        minX[i] = fixed ? at[size_t(i)].x() : -kFree;
        maxX[i] = fixed ? at[size_t(i)].x() : kFree;
        minY[i] = fixed ? at[size_t(i)].y() : -kFree;
        maxY[i] = fixed ? at[size_t(i)].y() : kFree;
    }
    igraphs::Graph igraph;
    if (auto s = igraph.create(edgeList.ref(), n, false); !s)
        return s.error();

    Status outcome;
    for (int done = 0; done < options.iterations;) {
        const int steps = qMin(options.chunk, options.iterations - done);
        if (!held.owns_lock())
            held.lock();
        // The schedule cools linearly from the start temperature to 0 over all iterations; each
        // chunk starts where the schedule is.
        const double temperature = startTemperature * (1.0 - double(done) / options.iterations);
        igraph_rng_seed(igraph_rng_default(), igraph_uint_t(options.seed + quint64(done)));
        outcome = igraphs::check(igraph_layout_fruchterman_reingold(igraph.get(), positions.get(), true, steps, temperature,
                                                                    IGRAPH_LAYOUT_GRID, weights.get(), minX.get(), maxX.get(),
                                                                    minY.get(), maxY.get()),
                                 "laying out the network");
        if (!outcome)
            break;
        done += steps;
        held.unlock(); // let others use igraph between chunks
        if (progress && !progress(done, options.iterations)) {
            outcome = Error{Error::Code::Cancelled, tr("the layout was stopped"), {}, {}};
            break;
        }
    }
    if (!held.owns_lock())
        held.lock(); // the igraph objects above are destroyed under the lock
    if (!outcome)
        return outcome.error();
    for (int i = 0; i < n; ++i)
        at[size_t(i)] = QPointF(positions.at(i, 0), positions.at(i, 1));
    at[0] = QPointF(0, 0);
    return at;
}

} // namespace foothold
