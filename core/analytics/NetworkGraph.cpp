#include "core/analytics/NetworkGraph.h"

#include <algorithm>

namespace foothold {

NetworkGraph NetworkGraph::build(const NetworkData &data, QDate today, const TieParameters &parameters)
{
    NetworkGraph g;
    const auto n = data.people.size();
    g.m_people.reserve(size_t(n));
    g.m_index.reserve(n);

    QHash<qint64, QList<TieTouch>> touches;
    for (const NetworkTouch &touch : data.touches)
        touches[touch.contact.value].append({touch.day, touch.channel});

    for (const NetworkPerson &p : data.people) {
        Person person;
        person.id = p.id;
        person.name = p.name;
        person.company = p.company;
        person.connection = isConnection(p);
        TieInput input;
        input.connection = person.connection;
        input.conversations = touches.value(p.id.value);
        input.role = p.role;
        input.strengthOverride = p.strengthOverride;
        person.tie = tieStrength(input, today, parameters);
        g.m_index.insert(p.id.value, int(g.m_people.size()));
        if (p.company.isValid())
            g.m_byCompany[p.company.value].append(int(g.m_people.size()));
        g.m_people.push_back(std::move(person));
    }

    for (int i = 0; i < int(g.m_people.size()); ++i)
        if (g.m_people[size_t(i)].tie.value > 0.0)
            g.m_byTie.push_back(i);
    std::stable_sort(g.m_byTie.begin(), g.m_byTie.end(),
                     [&](int a, int b) { return g.m_people[size_t(a)].tie.value > g.m_people[size_t(b)].tie.value; });

    // One tie per pair: sort live links by pair, keep the strongest of each run.
    std::vector<Tie> candidates;
    candidates.reserve(size_t(data.links.size()));
    for (const Link &link : data.links) {
        if (link.dismissed || !(link.strength > 0.0))
            continue;
        const int a = g.indexOf(link.from);
        const int b = g.indexOf(link.to);
        if (a < 0 || b < 0 || a == b)
            continue;
        candidates.push_back({a, b, qMin(link.strength, 1.0), link.kind, link.source, link.id});
    }
    auto pairOf = [](const Tie &t) { return std::pair(qMin(t.a, t.b), qMax(t.a, t.b)); };
    std::sort(candidates.begin(), candidates.end(), [&](const Tie &x, const Tie &y) {
        if (pairOf(x) != pairOf(y))
            return pairOf(x) < pairOf(y);
        if (x.strength != y.strength)
            return x.strength > y.strength;
        return x.link < y.link; // the older link of equal strength
    });
    for (size_t i = 0; i < candidates.size(); ++i)
        if (i == 0 || pairOf(candidates[i]) != pairOf(candidates[i - 1]))
            g.m_ties.push_back(candidates[i]);

    g.m_offsets.assign(size_t(n) + 1, 0);
    for (const Tie &t : g.m_ties) {
        ++g.m_offsets[size_t(t.a) + 1];
        ++g.m_offsets[size_t(t.b) + 1];
    }
    for (size_t i = 1; i < g.m_offsets.size(); ++i)
        g.m_offsets[i] += g.m_offsets[i - 1];
    g.m_adjacency.resize(size_t(g.m_offsets.back()));
    std::vector<int> fill(g.m_offsets.begin(), g.m_offsets.end() - 1);
    for (size_t e = 0; e < g.m_ties.size(); ++e) {
        const Tie &t = g.m_ties[e];
        g.m_adjacency[size_t(fill[size_t(t.a)]++)] = {t.b, int(e)};
        g.m_adjacency[size_t(fill[size_t(t.b)]++)] = {t.a, int(e)};
    }

    g.m_companies = data.companies;
    for (qsizetype i = 0; i < g.m_companies.size(); ++i)
        g.m_companyIndex.insert(g.m_companies[i].id.value, int(i));
    return g;
}

const NetworkCompany *NetworkGraph::company(CompanyId id) const
{
    const int i = m_companyIndex.value(id.value, -1);
    return i < 0 ? nullptr : &m_companies[i];
}

QString NetworkGraph::companyName(CompanyId id) const
{
    const NetworkCompany *c = company(id);
    return c ? c->name : QString();
}

} // namespace foothold
