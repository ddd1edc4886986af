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
// contact appears next to the people they know); unlinked ones on a golden-angle spiral around
// me, the stronger my tie the nearer; the rest at random in igraph's initial square.
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
    std::vector<char> linked(size_t(n), 0);
    for (auto [a, b] : graph.edges) {
        linked[size_t(a)] = linked[size_t(b)] = 1;
        if (placed[size_t(a)] && !placed[size_t(b)] && a != 0) {
            neighbourSum[size_t(b)] += at[size_t(a)];
            ++neighbourCount[size_t(b)];
        }
        if (placed[size_t(b)] && !placed[size_t(a)] && b != 0) {
            neighbourSum[size_t(a)] += at[size_t(b)];
            ++neighbourCount[size_t(a)];
        }
    }
    constexpr double kGoldenAngle = 2.399963229728653; // radians
    int spiral = 0;
    for (int i = 1; i < n; ++i) {
        if (placed[size_t(i)])
            continue;
        if (!linked[size_t(i)]) {
            const double closeness = size_t(i) < graph.closeness.size() ? qBound(0.0, graph.closeness[size_t(i)], 1.0) : 0.0;
            const double radius = half * (1.0 - 0.75 * closeness);
            const double angle = kGoldenAngle * spiral++;
            at[size_t(i)] = QPointF(radius * std::cos(angle), radius * std::sin(angle));
            continue;
        }
        const QPointF jitter(random.generateDouble() - 0.5, random.generateDouble() - 0.5);
        if (neighbourCount[size_t(i)] > 0)
            at[size_t(i)] = neighbourSum[size_t(i)] / neighbourCount[size_t(i)] + jitter;
        else
            at[size_t(i)] = QPointF((random.generateDouble() * 2 - 1) * half, (random.generateDouble() * 2 - 1) * half);
    }
    return at;
}

// The progress hook of the running layout; set and read only under igraph's lock.
struct RunningLayout {
    const LayoutProgress *progress = nullptr;
    int total = 0;
    int calls = 0;
    int reported = 0;
    bool stopped = false;
};
RunningLayout *g_running = nullptr;

// igraph's interruption hook: the layout calls it at the start of every iteration.
igraph_error_t onIteration(void *)
{
    RunningLayout &run = *g_running;
    const int done = qMin(run.calls++, run.total); // iterations completed before this one
    const int step = qMax(1, run.total / 100);
    if (run.progress && *run.progress && done > 0 && done - run.reported >= step) {
        run.reported = done;
        if (!(*run.progress)(done, run.total)) {
            run.stopped = true;
            IGRAPH_FINALLY_FREE(); // as igraph's own interfaces do before they interrupt
            return IGRAPH_INTERRUPTED;
        }
    }
    return IGRAPH_SUCCESS;
}

} // namespace

LayoutGraph layoutGraphOf(const NetworkGraph &graph)
{
    LayoutGraph out;
    out.nodeCount = graph.personCount() + 1;
    out.closeness.assign(size_t(out.nodeCount), 1.0);
    for (int i = 0; i < graph.personCount(); ++i)
        out.closeness[size_t(i) + 1] = graph.person(i).tie.value;
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
    if (options.iterations < 1)
        return Error::invalid(QStringLiteral("iterations"), tr("must be at least 1"));

    std::vector<QPointF> at = startingPositions(graph, options);
    if (n == 1) {
        if (progress)
            progress(options.iterations, options.iterations);
        return at;
    }

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
    std::vector<char> linked(size_t(n), 0);
    for (auto [a, b] : graph.edges)
        linked[size_t(a)] = linked[size_t(b)] = 1;
    for (int i = 0; i < n; ++i) {
        positions.at(i, 0) = at[size_t(i)].x();
        positions.at(i, 1) = at[size_t(i)].y();
        // Me, what the user pinned, and contacts with no link (nothing would hold them) stay put.
        const bool fixed = i == 0 || !linked[size_t(i)] || (size_t(i) < options.pinned.size() && options.pinned[size_t(i)]);
        minX[i] = fixed ? at[size_t(i)].x() : -kFree;
        maxX[i] = fixed ? at[size_t(i)].x() : kFree;
        minY[i] = fixed ? at[size_t(i)].y() : -kFree;
        maxY[i] = fixed ? at[size_t(i)].y() : kFree;
    }
    igraphs::Graph igraph;
    if (auto s = igraph.create(edgeList.ref(), n, false); !s)
        return s.error();

    if (auto s = igraphs::check(igraph_rng_seed(igraph_rng_default(), igraph_uint_t(options.seed)), "seeding igraph"); !s)
        return s.error();
    RunningLayout run;
    run.progress = &progress;
    run.total = options.iterations;
    g_running = &run;
    igraph_interruption_handler_t *previous = igraph_set_interruption_handler(onIteration);
    const igraph_error_t code = igraph_layout_fruchterman_reingold(igraph.get(), positions.get(), true, options.iterations,
                                                                   startTemperature, IGRAPH_LAYOUT_GRID, weights.get(),
                                                                   minX.get(), maxX.get(), minY.get(), maxY.get());
    igraph_set_interruption_handler(previous);
    g_running = nullptr;
    if (run.stopped)
        return Error{Error::Code::Cancelled, tr("the layout was stopped"), {}, {}};
    if (auto s = igraphs::check(code, "laying out the network"); !s)
        return s.error();
    if (progress)
        progress(options.iterations, options.iterations);
    for (int i = 0; i < n; ++i)
        at[size_t(i)] = QPointF(positions.at(i, 0), positions.at(i, 1));
    at[0] = QPointF(0, 0);
    return at;
}

} // namespace foothold
