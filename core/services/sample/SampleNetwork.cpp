#include "core/services/sample/SampleNetwork.h"

#include "core/services/sample/SampleDice.h"
#include "core/services/sample/SampleNames.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/LinkStore.h"

namespace foothold {
namespace {

using sample::Dice;

class NetworkStory {
public:
    NetworkStory(Database &db, const Clock &clock, quint32 seed, SampleNetworkInput &input)
        : m_db(db), m_clock(clock), m_today(clock.today()), m_dice(seed ^ 0x9e3779b9u), m_in(input), m_people(*input.contacts)
    {
        const int firstTargets = int(qMin<qsizetype>(8, m_in.companies->size()));
        for (int i = 0; i < firstTargets; ++i)
            m_targets.insert(m_in.companies->at(i).value);
        for (qsizetype i = 0; i < m_people.size(); ++i) {
            const Contact &c = m_people.at(i);
            if (c.company.isValid())
                m_byCompany[c.company.value] << i;
            if (c.metAt.isValid())
                m_byEvent[c.metAt.value] << i;
            if (c.introducedBy.isValid())
                m_introducers.insert(c.introducedBy.value);
            if (!c.prospect)
                m_connections << i;
        }
    }

    Status run(SampleSummary &summary)
    {
        introductions();
        if (auto s = secondDegreeCompanies(); !s)
            return s;
        if (auto s = uncoveredTarget(); !s)
            return s;
        prospectsKnown();
        inferred();
        if (!m_links.isEmpty())
            if (auto s = LinkStore(m_db).insertMany(m_links); !s)
                return s;
        summary.links += m_links.size();
        summary.companies = m_in.companies->size();
        return {};
    }

private:
    int scaled(double perContact, int low, int high) const
    {
        return std::clamp(int(std::lround(double(m_people.size()) * perContact)), low, high);
    }

    bool link(ContactId from, ContactId to, LinkKind kind, LinkSource source, double strength, QDate since)
    {
        if (!from.isValid() || !to.isValid() || from == to)
            return false;
        const auto key = qMakePair(qMin(from.value, to.value), qMax(from.value, to.value));
        if (m_in.linked->contains(key))
            return false;
        m_in.linked->insert(key);
        Link l;
        l.from = from;
        l.to = to;
        l.kind = kind;
        l.source = source;
        l.strength = strength;
        l.since = since;
        l.sample = true;
        m_links << l;
        return true;
    }

    // A day in the last year and a half, not before `earliest`.
    QDate someDaySince(QDate earliest)
    {
        const QDate from = earliest.isValid() ? qMax(earliest, m_today.addDays(-540)) : m_today.addDays(-540);
        const int span = int(qMax<qint64>(0, from.daysTo(m_today)));
        return from.addDays(m_dice.between(0, span));
    }

    const Contact &someConnection()
    {
        return m_people.at(m_connections.at(m_dice.between(0, int(m_connections.size()) - 1)));
    }

    // Ana introduced me to Ben: Ana –introduced→ Ben, since Ben's date connected (as LinkDerivation does).
    void introductions()
    {
        int made = 0;
        for (const Contact &c : std::as_const(m_people)) {
            if (made >= 50000)
                break;
            if (c.introducedBy.isValid()
                && link(c.introducedBy, c.id, LinkKind::Introduced, LinkSource::Introduction, 0.5, c.connectedOn))
                ++made;
        }
    }

    Result<CompanyId> newCompany(CompanyPriority priority)
    {
        CompanyStore companies(m_db, m_clock);
        for (int attempt = 0; attempt < 50; ++attempt) {
            Company c;
            c.name = sample::companyNameAt(int(m_in.companies->size()) + attempt);
            c.website = QStringLiteral("https://%1.example").arg(sample::slug(c.name));
            c.industry = m_dice.pick(sample::industries());
            c.size = QStringLiteral("51-200");
            c.location = m_dice.pick(sample::cities());
            for (int s = m_dice.between(2, 4); s > 0; --s) {
                const QString tech = m_dice.pick(sample::stacks());
                if (!c.techStack.contains(tech))
                    c.techStack << tech;
            }
            c.priority = priority;
            c.sample = true;
            auto id = companies.insert(c);
            if (!id && id.error().code == Error::Code::Conflict)
                continue; // a generated name that normalises like an earlier one
            if (!id)
                return id.error();
            *m_in.companies << *id;
            *m_in.companyNames << c.name;
            return *id;
        }
        return Error{Error::Code::Conflict, QStringLiteral("no free sample company name"), {}, {}};
    }

    // Someone I have never talked to, who introduced nobody and was introduced by nobody, outside
    // the targets: free to become a person I only know of.
    qsizetype someoneToMove()
    {
        for (int attempt = 0; attempt < 200; ++attempt) {
            const qsizetype i = m_dice.between(0, int(m_people.size()) - 1);
            const Contact &c = m_people.at(i);
            if (c.prospect || m_in.withConversations.contains(c.id.value) || c.introducedBy.isValid()
                || m_introducers.contains(c.id.value) || m_targets.contains(c.company.value) || m_moved.contains(i))
                continue;
            return i;
        }
        return -1;
    }

    Status secondDegreeCompanies()
    {
        if (m_connections.size() < 10)
            return {};
        ContactStore contacts(m_db, m_clock);
        const int count = scaled(0.02, 5, 400);
        for (int k = 0; k < count; ++k) {
            const CompanyPriority priority = k == 0 ? CompanyPriority::High : k == 1 ? CompanyPriority::Medium : CompanyPriority::None;
            auto company = newCompany(priority);
            if (!company)
                return company.error();
            for (int m = m_dice.between(1, 3); m > 0; --m) {
                const qsizetype i = someoneToMove();
                if (i < 0)
                    break;
                m_moved.insert(i);
                Contact &c = m_people[i];
                c.company = *company;
                c.prospect = true;
                c.connectedOn = {};
                c.metAt = {};
                c.role = m_dice.weighted<ContactRole>({{ContactRole::HiringManager, 2}, {ContactRole::Peer, 3}, {ContactRole::Recruiter, 1}});
                if (auto s = contacts.update(c); !s)
                    return s;
                // Someone I know knows them, since some month: 2nd-degree reach grows over time.
                for (int ties = m_dice.chance(0.5) ? 2 : 1; ties > 0; --ties) {
                    const Contact &known = someConnection();
                    const LinkKind kind = m_dice.chance(0.3) ? LinkKind::WorksWith : LinkKind::Knows;
                    const double strength = std::clamp(std::round(m_dice.normal(0.6, 0.15) * 100) / 100, 0.25, 0.95);
                    link(known.id, c.id, kind, LinkSource::Manual, strength, someDaySince(known.connectedOn));
                }
            }
        }
        return {};
    }

    // A top target where I know nobody: no path, and the page offers the nearest help (people at
    // companies with the same stack, an upcoming event where they hire).
    Status uncoveredTarget()
    {
        auto company = newCompany(CompanyPriority::High);
        if (!company)
            return company.error();
        for (Event &e : *m_in.events) {
            if (e.start.date() <= m_today)
                continue;
            e.companies.append({*company, EventCompanyRole::Hiring});
            return EventStore(m_db, m_clock).update(e);
        }
        return {};
    }

    // Everyone I know of was mentioned by someone: a colleague of theirs I know, or anyone I know.
    void prospectsKnown()
    {
        int made = 0;
        for (qsizetype i = 0; i < m_people.size() && made < 50000; ++i) {
            const Contact &p = m_people.at(i);
            if (!p.prospect || m_moved.contains(i) || m_connections.isEmpty())
                continue;
            const Contact *known = nullptr;
            for (const qsizetype j : m_byCompany.value(p.company.value))
                if (!m_people.at(j).prospect) {
                    known = &m_people.at(j);
                    break;
                }
            const bool colleague = known != nullptr;
            if (!known)
                known = &someConnection();
            if (link(known->id, p.id, colleague ? LinkKind::WorksWith : LinkKind::Knows, LinkSource::Manual,
                     colleague ? 0.5 : 0.4, someDaySince(known->connectedOn)))
                ++made;
        }
    }

    // A few links the records imply, as `link derive` makes them: drawn dashed, dismissable.
    void inferred()
    {
        const int sameCompany = scaled(0.06, 8, 20000);
        for (int attempt = 0, made = 0; attempt < sameCompany * 4 && made < sameCompany; ++attempt) {
            const Contact &a = m_people.at(m_dice.between(0, int(m_people.size()) - 1));
            const auto colleagues = m_byCompany.value(a.company.value);
            if (colleagues.size() < 2 || colleagues.size() > 50)
                continue;
            const Contact &b = m_people.at(colleagues.at(m_dice.between(0, int(colleagues.size()) - 1)));
            if (a.company == b.company && link(a.id, b.id, LinkKind::WorksWith, LinkSource::InferredCompany, 0.3, {}))
                ++made;
        }
        const int sameEvent = scaled(0.02, 4, 5000);
        for (int attempt = 0, made = 0; attempt < sameEvent * 4 && made < sameEvent; ++attempt) {
            const Contact &a = m_people.at(m_dice.between(0, int(m_people.size()) - 1));
            const auto met = m_byEvent.value(a.metAt.value);
            if (met.size() < 2 || met.size() > 50)
                continue;
            const Contact &b = m_people.at(met.at(m_dice.between(0, int(met.size()) - 1)));
            if (a.metAt == b.metAt && link(a.id, b.id, LinkKind::Knows, LinkSource::InferredEvent, 0.2, a.connectedOn))
                ++made;
        }
    }

    Database &m_db;
    const Clock &m_clock;
    QDate m_today;
    Dice m_dice;
    SampleNetworkInput &m_in;
    QList<Contact> &m_people;
    QSet<qint64> m_targets;
    QHash<qint64, QList<qsizetype>> m_byCompany;
    QHash<qint64, QList<qsizetype>> m_byEvent;
    QSet<qint64> m_introducers;
    QList<qsizetype> m_connections;
    QSet<qsizetype> m_moved;
    QList<Link> m_links;
};

} // namespace

Status addSampleNetworkStory(Database &db, const Clock &clock, quint32 seed, SampleNetworkInput &input, SampleSummary &summary)
{
    if (!input.contacts || !input.companies || !input.companyNames || !input.events || !input.linked || input.contacts->size() < 2)
        return {};
    return NetworkStory(db, clock, seed, input).run(summary);
}

} // namespace foothold
