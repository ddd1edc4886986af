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

#include <algorithm>
#include <cmath>
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

// How well a layout shows the network, as numbers a run can be compared by (lower is better for
// both): the median length of a link and the median distance between two colleagues, each over
// the median distance between two random linked people (the size of the picture).
struct LayoutQuality {
    double link = 0;
    double colleagues = 0;
};

LayoutQuality qualityOf(const NetworkGraph &network, const LayoutGraph &graph, const std::vector<QPointF> &at)
{
    auto distance = [&](int a, int b) { return std::hypot(at[size_t(a)].x() - at[size_t(b)].x(), at[size_t(a)].y() - at[size_t(b)].y()); };
    auto median = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + qsizetype(v.size() / 2), v.end());
        return v.empty() ? 0.0 : v[v.size() / 2];
    };
    std::vector<int> linked;
    std::vector<char> isLinked(size_t(graph.nodeCount), 0);
    for (auto [a, b] : graph.edges)
        isLinked[size_t(a)] = isLinked[size_t(b)] = 1;
    for (int i = 1; i < graph.nodeCount; ++i)
        if (isLinked[size_t(i)])
            linked.push_back(i);
    QRandomGenerator random(3);
    std::vector<double> links, pairs, colleagues;
    for (auto [a, b] : graph.edges)
        links.push_back(distance(a, b));
    for (int k = 0; k < 20000 && linked.size() > 1; ++k)
        pairs.push_back(distance(linked[random.bounded(int(linked.size()))], linked[random.bounded(int(linked.size()))]));
    QHash<qint64, int> firstAt;
    for (int i = 0; i < network.personCount(); ++i) {
        const CompanyId company = network.person(i).company;
        if (!company.isValid() || !isLinked[size_t(i) + 1])
            continue;
        auto it = firstAt.constFind(company.value);
        if (it == firstAt.constEnd())
            firstAt.insert(company.value, i + 1);
        else
            colleagues.push_back(distance(*it, i + 1));
    }
    const double size = median(pairs);
    return {median(links) / size, median(colleagues) / size};
}

void BM_NetworkLayout(benchmark::State &state)
{
    const NetworkGraph &network = graphOf(int(state.range(0)), int(state.range(1)));
    const LayoutGraph graph = layoutGraphOf(network);
    LayoutOptions options;
    options.seed = 11;
    options.iterations = int(state.range(2)); // 250: the default; 500: igraph's suggestion
    int chunks = 0;
    LayoutQuality quality;
    for (auto _ : state) {
        auto laid = computeLayout(graph, options, [&](int, int) {
            ++chunks;
            return true;
        });
        if (!laid) {
            state.SkipWithError(laid.error().message.toUtf8().constData());
            return;
        }
        state.PauseTiming();
        quality = qualityOf(network, graph, *laid);
        state.ResumeTiming();
    }
    state.counters["nodes"] = graph.nodeCount;
    state.counters["edges"] = double(graph.edges.size());
    state.counters["link/size"] = quality.link;
    state.counters["colleagues/size"] = quality.colleagues;
}
BENCHMARK(BM_NetworkLayout)->Args({30000, 150000, 250})->Args({30000, 150000, 500})->Iterations(2)->Unit(benchmark::kMillisecond)->UseRealTime();

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
