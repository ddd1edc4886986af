#include "core/services/NetworkService.h"

#include "core/storage/NetworkStore.h"

namespace foothold {

Result<NetworkGraph> NetworkService::loadGraph()
{
    auto data = NetworkStore(m_db).load();
    if (!data)
        return data.error();
    return NetworkGraph::build(*data, m_clock.nowUtc().date());
}

Result<PathsAnswer> NetworkService::paths(const NetworkGraph &graph, const PathTarget &target, int k)
{
    PathsAnswer answer;
    answer.goalIsCompany = target.company.isValid();
    CompanyId company = target.company;
    if (answer.goalIsCompany) {
        answer.goal = graph.companyName(target.company);
        answer.peopleThere = int(graph.peopleAt(target.company).size());
    } else {
        const int i = graph.indexOf(target.contact);
        if (i >= 0) {
            answer.goal = graph.person(i).name;
            company = graph.person(i).company;
        }
    }
    auto found = findWarmPaths(graph, target, k);
    if (!found)
        return found.error();
    answer.paths = *found;
    if (!answer.paths.isEmpty())
        return answer;

    NetworkStore store(m_db);
    QList<EventMention> events;
    if (!answer.goalIsCompany) {
        auto ofPerson = store.eventsOfContact(target.contact);
        if (!ofPerson)
            return ofPerson.error();
        events = *ofPerson;
    }
    if (company.isValid()) {
        auto ofCompany = store.eventsOfCompany(company);
        if (!ofCompany)
            return ofCompany.error();
        events += *ofCompany;
    }
    answer.help = nearestHelp(graph, company, events, m_clock.nowUtc());
    return answer;
}

Result<Reach> NetworkService::reach(const ReachOptions &options)
{
    NetworkStore store(m_db);
    NetworkLoadOptions lean;
    lean.touches = false;
    lean.names = false;
    lean.tieDetails = false;
    lean.linkDetails = false;
    lean.targetCompaniesOnly = true;
    auto data = store.load(lean);
    if (!data)
        return data.error();
    auto reach = computeReach(*data, m_clock.nowUtc().date(), options);
    if (!reach)
        return reach.error();
    QList<ContactId> ids;
    for (const Broker &broker : reach->brokers)
        ids << broker.id;
    auto names = store.namesOf(ids);
    if (!names)
        return names.error();
    for (Broker &broker : reach->brokers)
        broker.name = names->value(broker.id.value);
    return reach;
}

} // namespace foothold
