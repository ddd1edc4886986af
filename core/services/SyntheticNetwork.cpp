#include "core/services/SyntheticNetwork.h"

#include "core/domain/Company.h"
#include "core/domain/Contact.h"
#include "core/domain/Conversation.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/LinkStore.h"
#include "core/storage/SqlSupport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace foothold {
namespace {

const char *const kFirst[] = {"Ana", "Ben", "Cleo", "Dev", "Eve", "Femi", "Gus", "Hana", "Ivo", "Jia", "Kofi", "Lena",
                              "Mo", "Nia", "Omar", "Pia", "Quinn", "Raj", "Sara", "Tom", "Uma", "Vik", "Wen", "Yara"};
const char *const kLast[] = {"Lima", "Okafor", "Diaz", "Shah", "Novak", "Berg", "Costa", "Ito", "Khan", "Moreau",
                             "Nagy", "Olsen", "Park", "Quispe", "Rossi", "Silva", "Tan", "Umar", "Vega", "Wong"};
const char *const kStack[] = {"C++", "Qt", "Python", "Rust", "Go", "Java", "Kotlin", "TypeScript", "React", "PostgreSQL",
                              "Kubernetes", "AWS", "Swift", "Ruby", "Elixir", "Scala"};

template <typename T, size_t N>
const T &pick(QRandomGenerator &random, const T (&items)[N])
{
    return items[random.bounded(int(N))];
}

} // namespace

NetworkData generateSyntheticNetwork(const SyntheticNetworkSpec &spec)
{
    QRandomGenerator random(quint32(spec.seed) ^ quint32(spec.seed >> 32) ^ 0x5eedu);
    NetworkData data;
    const int companyCount = qMax(1, spec.companies > 0 ? spec.companies : spec.contacts / 10);
    for (int c = 0; c < companyCount; ++c) {
        NetworkCompany company;
        company.id = CompanyId(c + 1);
        company.name = QStringLiteral("Company %1").arg(c + 1);
        if (c < spec.targets)
            company.priority = static_cast<CompanyPriority>(1 + c % 3);
        for (int s = 1 + random.bounded(3); s > 0; --s) {
            const QString tech = QString::fromLatin1(pick(random, kStack));
            if (!company.techStack.contains(tech))
                company.techStack << tech;
        }
        data.companies << company;
    }
    // Company sizes fall off steeply: company k gets people in proportion to about 1/k.
    auto someCompany = [&]() {
        const double u = random.generateDouble();
        return qBound(0, int(std::floor(std::pow(double(companyCount), u))) - 1, companyCount - 1);
    };

    QList<QList<int>> staff(companyCount);
    data.people.reserve(spec.contacts);
    for (int i = 0; i < spec.contacts; ++i) {
        NetworkPerson p;
        p.id = ContactId(i + 1);
        p.name = QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(pick(random, kFirst)), QString::fromLatin1(pick(random, kLast))).arg(i + 1);
        const int company = someCompany();
        p.company = CompanyId(company + 1);
        staff[company] << i;
        p.prospect = random.generateDouble() < spec.prospectShare;
        p.recordedOn = spec.today.addDays(-random.bounded(5 * 365));
        if (!p.prospect)
            p.connectedOn = p.recordedOn.addDays(-random.bounded(30));
        if (random.generateDouble() < spec.movedShare) {
            const int before = someCompany();
            if (before != company) {
                const QDate left = spec.today.addDays(-random.bounded(4 * 365));
                p.earlierJobs << NetworkJob{CompanyId(before + 1), left.addDays(-365 - random.bounded(3 * 365)), left};
            }
        }
        const int role = random.bounded(20);
        p.role = role == 0 ? ContactRole::Mentor : role == 1 ? ContactRole::FormerColleague : ContactRole::Peer;
        data.people << p;
    }

    const int conversations = spec.conversations > 0 ? spec.conversations : spec.contacts / 5;
    for (int c = 0; c < conversations && spec.contacts > 0; ++c) {
        NetworkTouch touch;
        touch.contact = ContactId(1 + random.bounded(spec.contacts));
        touch.day = spec.today.addDays(-random.bounded(2 * 365));
        touch.channel = static_cast<ConversationChannel>(random.bounded(5));
        data.touches << touch;
        NetworkPerson &p = data.people[touch.contact.value - 1];
        if (!p.firstConversation.isValid() || touch.day < p.firstConversation)
            p.firstConversation = touch.day;
    }

    // Links: most inside a company (colleagues know each other), the rest across.
    QSet<quint64> pairs;
    pairs.reserve(spec.links);
    const int attempts = spec.links * 3;
    for (int a = 0; a < attempts && data.links.size() < spec.links && spec.contacts > 1; ++a) {
        const int u = random.bounded(spec.contacts);
        int v = 0;
        const QList<int> &colleagues = staff[int(data.people[u].company.value - 1)];
        if (random.bounded(10) < 6 && colleagues.size() > 1)
            v = colleagues[random.bounded(colleagues.size())];
        else
            v = random.bounded(spec.contacts);
        if (u == v)
            continue;
        const quint64 key = (quint64(qMin(u, v)) << 32) | quint64(qMax(u, v));
        if (pairs.contains(key))
            continue;
        pairs.insert(key);
        Link link;
        link.id = LinkId(data.links.size() + 1);
        link.from = ContactId(u + 1);
        link.to = ContactId(v + 1);
        const int kind = random.bounded(20);
        link.kind = kind < 14 ? LinkKind::Knows : kind < 18 ? LinkKind::WorksWith : kind < 19 ? LinkKind::Introduced : LinkKind::Mentor;
        link.strength = 0.2 + 0.7 * random.generateDouble();
        if (random.bounded(10) < 7)
            link.since = spec.today.addDays(-random.bounded(5 * 365));
        data.links << link;
    }
    return data;
}

Status writeSyntheticNetwork(Database &db, const NetworkData &data, const Clock &clock)
{
    return db.transaction([&]() -> Status {
        for (const char *table : {"contacts", "companies"}) {
            auto rows = sql::countRows(db.connection(), QString::fromLatin1(table));
            if (!rows)
                return rows.error();
            if (*rows > 0)
                return Error::invalid(QStringLiteral("database"),
                                      QStringLiteral("already has %1; generate into an empty database").arg(QString::fromLatin1(table)));
        }
        CompanyStore companies(db, clock);
        for (const NetworkCompany &c : data.companies) {
            Company company;
            company.id = c.id;
            company.name = c.name;
            company.priority = c.priority;
            company.techStack = c.techStack;
            company.sample = true;
            if (auto id = companies.insert(company); !id)
                return id.error();
        }
        QList<Contact> contacts;
        contacts.reserve(data.people.size());
        for (const NetworkPerson &p : data.people) {
            Contact c;
            c.id = p.id;
            c.name = p.name;
            c.company = p.company;
            c.prospect = p.prospect;
            c.connectedOn = p.connectedOn;
            c.role = p.role;
            c.strengthOverride = p.strengthOverride;
            c.sample = true;
            c.createdAt = QDateTime(p.recordedOn, QTime(12, 0), QTimeZone::utc());
            for (const NetworkJob &job : p.earlierJobs)
                c.history << Position{job.company, QString(), QString(), job.from, job.to};
            contacts << c;
        }
        if (auto s = ContactStore(db, clock).insertMany(contacts); !s)
            return s;
        ConversationStore conversations(db, clock);
        for (const NetworkTouch &t : data.touches) {
            Conversation c;
            c.when = QDateTime(t.day, QTime(10, 0), QTimeZone::utc());
            c.channel = t.channel;
            c.contacts << t.contact;
            c.sample = true;
            if (auto id = conversations.insert(c); !id)
                return id.error();
        }
        QList<Link> links = data.links;
        for (Link &l : links)
            l.sample = true;
        if (auto s = LinkStore(db).insertMany(links); !s)
            return s;
        db.recordReset();
        return {};
    });
}

} // namespace foothold
