#pragma once

// Hand-built networks for the analytics tests: people with exact tie strengths (set through the
// override, so the expected figures can be computed by hand), links, companies.

#include "core/analytics/NetworkGraph.h"

namespace foothold::test {

class HandNetwork {
public:
    static QDate today() { return QDate(2026, 6, 15); }

    CompanyId company(const QString &name, CompanyPriority priority = CompanyPriority::None, QStringList stack = {})
    {
        NetworkCompany c;
        c.id = CompanyId(data.companies.size() + 1);
        c.name = name;
        c.priority = priority;
        c.techStack = std::move(stack);
        data.companies << c;
        return c.id;
    }
    // A connection whose tie to me is exactly `tie`.
    ContactId known(const QString &name, double tie, CompanyId at = {}, QDate connected = QDate(2024, 1, 1))
    {
        NetworkPerson p = base(name, at);
        p.strengthOverride = tie;
        p.connectedOn = connected;
        data.people << p;
        return p.id;
    }
    // Someone I know of but have not met: no tie to me.
    ContactId prospect(const QString &name, CompanyId at = {})
    {
        NetworkPerson p = base(name, at);
        p.prospect = true;
        data.people << p;
        return p.id;
    }
    NetworkPerson &personOf(ContactId id) { return data.people[id.value - 1]; }
    LinkId link(ContactId a, ContactId b, double strength, LinkKind kind = LinkKind::Knows,
                LinkSource source = LinkSource::Manual, bool dismissed = false, QDate since = {})
    {
        Link l;
        l.id = LinkId(data.links.size() + 1);
        l.from = a;
        l.to = b;
        l.strength = strength;
        l.kind = kind;
        l.source = source;
        l.dismissed = dismissed;
        l.since = since;
        data.links << l;
        return l.id;
    }
    [[nodiscard]] NetworkGraph graph() const { return NetworkGraph::build(data, today()); }

    NetworkData data;

private:
    NetworkPerson base(const QString &name, CompanyId at)
    {
        NetworkPerson p;
        p.id = ContactId(data.people.size() + 1);
        p.name = name;
        p.company = at;
        p.recordedOn = QDate(2024, 1, 1);
        return p;
    }
};

} // namespace foothold::test
