#include "core/services/NetworkLayoutService.h"

#include "core/analytics/NetworkGraph.h"
#include "core/storage/NetworkStore.h"

namespace foothold {

Result<QHash<qint64, NodePosition>> NetworkLayoutService::run(const NetworkLayoutRequest &request, const LayoutProgress &progress)
{
    NetworkStore store(m_db);
    auto data = store.load();
    if (!data)
        return data.error();
    auto stored = store.positions();
    if (!stored)
        return stored.error();
    const NetworkGraph graph = NetworkGraph::build(*data, m_clock.nowUtc().date());

    LayoutOptions options;
    options.seed = request.seed;
    options.iterations = request.iterations;
    options.start.resize(size_t(graph.personCount()) + 1);
    options.pinned.assign(size_t(graph.personCount()) + 1, 0);
    for (int i = 0; i < graph.personCount(); ++i) {
        auto it = stored->constFind(graph.person(i).id.value);
        if (it == stored->constEnd())
            continue;
        if (it->pinned) {
            options.pinned[size_t(i) + 1] = 1;
            options.start[size_t(i) + 1] = it->at;
        } else if (!request.fresh) {
            options.start[size_t(i) + 1] = it->at;
        }
    }
    auto laid = computeLayout(layoutGraphOf(graph), options, progress);
    if (!laid)
        return laid.error();

    QHash<qint64, NodePosition> positions;
    positions.reserve(graph.personCount());
    for (int i = 0; i < graph.personCount(); ++i)
        positions.insert(graph.person(i).id.value, {(*laid)[size_t(i) + 1], options.pinned[size_t(i) + 1] != 0});
    // A stop asked for after the last report (a small network lays out between two checks) still
    // stores nothing: asked again once the write lock is held, so that a stop that comes before
    // the positions are committed always wins; the caller hears "cancelled".
    const auto stillWanted = [&] { return !progress || progress(options.iterations, options.iterations); };
    if (auto s = store.savePositions(positions, m_clock.nowUtc(), stillWanted); !s)
        return s.error();
    return positions;
}

} // namespace foothold
