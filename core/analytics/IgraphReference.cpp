#include "core/analytics/IgraphReference.h"

#include "core/analytics/IgraphSupport.h"

namespace foothold {

struct IgraphReference::Data {
    igraphs::Graph graph;
    igraphs::RealVector weights;
};

IgraphReference::IgraphReference() = default;

IgraphReference::~IgraphReference()
{
    auto held = igraphs::lock(); // igraph objects are destroyed under the lock
    m_data.reset();
}

Result<std::unique_ptr<IgraphReference>> IgraphReference::randomGraph(int nodes, int edges, quint64 seed)
{
    std::unique_ptr<IgraphReference> reference(new IgraphReference);
    auto held = igraphs::lock();
    reference->m_data = std::make_unique<Data>();
    if (auto s = igraphs::check(igraph_rng_seed(igraph_rng_default(), igraph_uint_t(seed)), "seeding igraph"); !s)
        return s.error();
    igraph_t random;
    if (auto s = igraphs::check(igraph_erdos_renyi_game_gnm(&random, nodes, edges, false, false), "making a random graph"); !s)
        return s.error();
    igraphs::IntVector edgeList;
    const Status listed = igraphs::check(igraph_get_edgelist(&random, edgeList.get(), false), "listing edges");
    igraph_destroy(&random);
    if (!listed)
        return listed.error();
    if (auto s = reference->m_data->graph.create(edgeList.ref(), nodes, false); !s)
        return s.error();
    if (auto s = igraphs::check(igraph_vector_resize(reference->m_data->weights.get(), edges), "sizing weights"); !s)
        return s.error();
    for (int e = 0; e < edges; ++e)
        reference->m_data->weights[e] = igraph_rng_get_unif(igraph_rng_default(), 0.1, 1.0);
    return reference;
}

Result<int> IgraphReference::kShortestPaths(int from, int to, int k, bool weighted)
{
    auto held = igraphs::lock();
    igraphs::IntVectorList paths;
    if (auto s = igraphs::check(igraph_get_k_shortest_paths(m_data->graph.get(), weighted ? m_data->weights.get() : nullptr, paths.get(), nullptr, k,
                                                            from, to, IGRAPH_ALL),
                                "k shortest paths");
        !s)
        return s.error();
    return int(igraph_vector_int_list_size(paths.get()));
}

Status IgraphReference::gridLayout(int iterations)
{
    auto held = igraphs::lock();
    igraphs::Matrix positions(0, 2);
    const igraph_integer_t n = igraph_vcount(m_data->graph.get());
    return igraphs::check(igraph_layout_fruchterman_reingold(m_data->graph.get(), positions.get(), false, iterations,
                                                            std::sqrt(double(n)) / 10.0, IGRAPH_LAYOUT_GRID, nullptr, nullptr,
                                                            nullptr, nullptr, nullptr),
                          "grid layout");
}

} // namespace foothold
