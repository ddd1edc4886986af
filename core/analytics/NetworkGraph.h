#pragma once

#include "core/analytics/TieStrength.h"
#include "core/domain/NetworkData.h"

#include <QHash>

#include <vector>

namespace foothold {

// The network as a graph, built once from NetworkData and then only read (so it can be shared by
// value or used from a worker thread). "Me" is implicit: every connection has a tie to me whose
// strength is tieStrength(); the other edges are the live links between contacts, one per pair
// (the strongest when a pair has several). Adjacency is kept as compressed arrays so that a
// network of 100,000 people and 1,000,000 links fits in a few tens of megabytes.
class NetworkGraph {
public:
    struct Person {
        ContactId id;
        QString name;
        CompanyId company;  // now
        bool connection = false;
        TieStrength tie;    // my tie to them (value 0 for a prospect)
    };
    // One edge between two contacts: the strongest live link of the pair.
    struct Tie {
        int a = 0;          // person indices; a is the link's `from`
        int b = 0;
        double strength = 0.0;
        LinkKind kind = LinkKind::Knows;
        LinkSource source = LinkSource::Manual;
        LinkId link;
    };
    struct Neighbour {
        int person;
        int tie; // index into ties()
    };

    NetworkGraph() = default;
    // Links with strength 0, dismissed links and links to unknown people are left out.
    static NetworkGraph build(const NetworkData &data, QDate today, const TieParameters &parameters = {});

    [[nodiscard]] int personCount() const { return int(m_people.size()); }
    [[nodiscard]] const Person &person(int index) const { return m_people[size_t(index)]; }
    [[nodiscard]] int indexOf(ContactId id) const { return m_index.value(id.value, -1); }
    [[nodiscard]] const std::vector<Tie> &ties() const { return m_ties; }
    [[nodiscard]] const Neighbour *neighboursBegin(int index) const { return m_adjacency.data() + m_offsets[size_t(index)]; }
    [[nodiscard]] const Neighbour *neighboursEnd(int index) const { return m_adjacency.data() + m_offsets[size_t(index) + 1]; }
    [[nodiscard]] int degree(int index) const { return m_offsets[size_t(index) + 1] - m_offsets[size_t(index)]; }

    // Connections with a tie to me (value > 0), strongest first: where every path starts.
    [[nodiscard]] const std::vector<int> &connectionsByTie() const { return m_byTie; }

    [[nodiscard]] const NetworkCompany *company(CompanyId id) const;
    [[nodiscard]] QString companyName(CompanyId id) const;
    [[nodiscard]] const QList<NetworkCompany> &companies() const { return m_companies; }
    // People who work at `company` now, in id order.
    [[nodiscard]] QList<int> peopleAt(CompanyId company) const { return m_byCompany.value(company.value); }

private:
    std::vector<Person> m_people;
    std::vector<int> m_byTie;
    QHash<qint64, int> m_index;
    std::vector<Tie> m_ties;
    std::vector<int> m_offsets;          // person i's neighbours are m_adjacency[m_offsets[i] .. m_offsets[i+1])
    std::vector<Neighbour> m_adjacency;
    QList<NetworkCompany> m_companies;
    QHash<qint64, int> m_companyIndex;
    QHash<qint64, QList<int>> m_byCompany;
};

} // namespace foothold
