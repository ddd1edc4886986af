#include "ui/network/NetworkSnapshot.h"

#include "core/services/NetworkService.h"
#include "core/storage/NetworkStore.h"

namespace foothold {

std::vector<int> degreesFromMe(const NetworkGraph &graph, int maxDegree)
{
    std::vector<int> degree(size_t(graph.personCount()), 0);
    std::vector<int> frontier;
    for (int i = 0; i < graph.personCount(); ++i)
        if (graph.person(i).connection) {
            degree[size_t(i)] = 1;
            frontier.push_back(i);
        }
    for (int d = 2; d <= maxDegree && !frontier.empty(); ++d) {
        std::vector<int> next;
        for (const int i : frontier)
            for (auto *n = graph.neighboursBegin(i); n != graph.neighboursEnd(i); ++n)
                if (degree[size_t(n->person)] == 0) {
                    degree[size_t(n->person)] = d;
                    next.push_back(n->person);
                }
        frontier = std::move(next);
    }
    return degree;
}

Result<NetworkSnapshot> loadNetworkSnapshot(const QString &path, const QDateTime &now)
{
    auto db = Database::open(path, Database::Options{.create = false, .backupBeforeMigration = false});
    if (!db)
        return db.error();
    const FixedClock clock(now);
    NetworkService service(**db, clock);
    NetworkSnapshot out;
    auto graph = service.loadGraph();
    if (!graph)
        return graph.error();
    out.graph = std::move(*graph);
    auto positions = NetworkStore(**db).positions();
    if (!positions)
        return positions.error();
    out.positions = std::move(*positions);
    auto reach = service.reach();
    if (!reach)
        return reach.error();
    out.reach = std::move(*reach);
    auto details = NetworkViewStore(**db).details();
    if (!details)
        return details.error();
    out.details = std::move(*details);
    out.degreeOf = degreesFromMe(out.graph);
    for (const int d : out.degreeOf)
        if (d > 0)
            ++out.peopleByDegree[size_t(d)];
    return out;
}

} // namespace foothold
