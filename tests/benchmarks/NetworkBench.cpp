// Network reach (docs/PERFORMANCE.md): the layout of 30,000 contacts and 150,000 links, warm
// paths over 100,000 contacts and 1,000,000 links, reach over 100,000 contacts; and igraph's own
// k shortest paths and grid layout on 20,000 nodes and 100,000 edges as the reference, measured
// in the same run.
#include "core/analytics/GraphLayout.h"
#include "core/analytics/IgraphReference.h"
#include "core/analytics/NetworkGraph.h"
#include "core/analytics/Reach.h"
#include "core/analytics/WarmPaths.h"
#include "core/services/SyntheticNetwork.h"

#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <map>

using namespace foothold;

namespace {

const QDate kToday(2026, 6, 15);

const NetworkData &network(int contacts, int links)
{
    static std::map<std::pair<int, int>, NetworkData> cache;
    auto it = cache.find({contacts, links});
    if (it == cache.end()) {
        SyntheticNetworkSpec spec;
        spec.contacts = contacts;
        spec.links = links;
        spec.seed = 7;
        spec.today = kToday;
        it = cache.emplace(std::pair(contacts, links), generateSyntheticNetwork(spec)).first;
    }
    return it->second;
}

const NetworkGraph &graphOf(int contacts, int links)
{
    static std::map<std::pair<int, int>, NetworkGraph> cache;
    auto it = cache.find({contacts, links});
    if (it == cache.end())
        it = cache.emplace(std::pair(contacts, links), NetworkGraph::build(network(contacts, links), kToday)).first;
    return it->second;
}

void BM_NetworkLayout(benchmark::State &state)
{
    const LayoutGraph graph = layoutGraphOf(graphOf(int(state.range(0)), int(state.range(1))));
    LayoutOptions options;
    options.seed = 11;
    options.iterations = 500;
    int chunks = 0;
    for (auto _ : state) {
        auto laid = computeLayout(graph, options, [&](int, int) {
            ++chunks;
            return true;
        });
        if (!laid)
            state.SkipWithError(laid.error().message.toUtf8().constData());
        benchmark::DoNotOptimize(laid);
    }
    state.counters["nodes"] = graph.nodeCount;
    state.counters["edges"] = double(graph.edges.size());
}
BENCHMARK(BM_NetworkLayout)->Args({30000, 150000})->Iterations(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_IgraphReferenceLayout(benchmark::State &state)
{
    auto reference = IgraphReference::randomGraph(int(state.range(0)), int(state.range(1)), 3);
    if (!reference) {
        state.SkipWithError(reference.error().message.toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        if (auto s = (*reference)->gridLayout(500); !s)
            state.SkipWithError(s.error().message.toUtf8().constData());
    }
}
BENCHMARK(BM_IgraphReferenceLayout)->Args({20000, 100000})->Iterations(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// One query per iteration, each to another company: targets first, then companies of every size.
void BM_WarmPaths(benchmark::State &state)
{
    const NetworkGraph &graph = graphOf(int(state.range(0)), int(state.range(1)));
    const QList<NetworkCompany> &companies = graph.companies();
    QRandomGenerator random(5);
    qint64 found = 0;
    qint64 query = 0;
    for (auto _ : state) {
        const int i = int(query++ % 40);
        const CompanyId company = i < 20 ? companies[i].id : companies[random.bounded(companies.size())].id;
        auto paths = findWarmPaths(graph, PathTarget::toCompany(company), 5);
        if (!paths)
            state.SkipWithError(paths.error().message.toUtf8().constData());
        else
            found += paths->size();
    }
    state.counters["paths/query"] = double(found) / double(state.iterations());
}
BENCHMARK(BM_WarmPaths)->Args({100000, 1000000})->Args({20000, 100000})->Unit(benchmark::kMillisecond)->UseRealTime();

// The same queries without the pruning: igraph's Yen on the whole graph (what pruning saves).
void BM_WarmPathsUnpruned(benchmark::State &state)
{
    const NetworkGraph &graph = graphOf(int(state.range(0)), int(state.range(1)));
    const QList<NetworkCompany> &companies = graph.companies();
    int query = 0;
    for (auto _ : state) {
        const int i = query++ % 20;
        auto paths = findWarmPaths(graph, PathTarget::toCompany(companies[i].id), 5, PathSearchOptions{false});
        if (!paths)
            state.SkipWithError(paths.error().message.toUtf8().constData());
    }
}
BENCHMARK(BM_WarmPathsUnpruned)->Args({20000, 100000})->Iterations(5)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_IgraphReferenceKShortestPaths(benchmark::State &state)
{
    const int nodes = int(state.range(0));
    auto reference = IgraphReference::randomGraph(nodes, int(state.range(1)), 3);
    if (!reference) {
        state.SkipWithError(reference.error().message.toUtf8().constData());
        return;
    }
    QRandomGenerator random(9);
    for (auto _ : state) {
        auto paths = (*reference)->kShortestPaths(random.bounded(nodes), random.bounded(nodes), 5, state.range(2) != 0);
        if (!paths)
            state.SkipWithError(paths.error().message.toUtf8().constData());
    }
}
// Third argument: 1 weighted (as our paths are), 0 unweighted.
BENCHMARK(BM_IgraphReferenceKShortestPaths)->Args({20000, 100000, 1})->Args({20000, 100000, 0})->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

// The analytics part of 'reach --json' (the whole process is timed in scripts/bench/network.sh).
void BM_Reach(benchmark::State &state)
{
    const NetworkData &data = network(int(state.range(0)), int(state.range(1)));
    for (auto _ : state) {
        auto reach = computeReach(data, kToday);
        if (!reach)
            state.SkipWithError(reach.error().message.toUtf8().constData());
        benchmark::DoNotOptimize(reach);
    }
}
BENCHMARK(BM_Reach)->Args({100000, 1000000})->Args({100000, 300000})->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
