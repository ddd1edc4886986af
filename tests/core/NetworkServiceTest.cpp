#include "core/services/NetworkService.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/LinkStore.h"
#include "core/storage/NetworkStore.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class NetworkServiceTest : public ::testing::Test {
protected:
    ContactId add(Contact c)
    {
        auto id = ContactStore(db.db(), clock).insert(c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toString().toStdString());
        return *id;
    }
    ContactId add(const QString &name, CompanyId company = {}, bool prospect = false)
    {
        Contact c;
        c.name = name;
        c.company = company;
        c.prospect = prospect;
        return add(c);
    }
    void talk(ContactId who, QDate day, ConversationChannel channel = ConversationChannel::InPerson)
    {
        Conversation c;
        c.when = QDateTime(day, QTime(10, 0), QTimeZone::utc());
        c.channel = channel;
        c.contacts << who;
        ASSERT_TRUE(ConversationStore(db.db(), clock).insert(c).ok());
    }
    void link(ContactId a, ContactId b, double strength)
    {
        Link l;
        l.from = a;
        l.to = b;
        l.strength = strength;
        ASSERT_TRUE(LinkStore(db.db()).insert(l).ok());
    }

    test::TempDatabase db;
    FixedClock clock = test::fixedClock(); // 2026-06-15 12:00 UTC
};

} // namespace

TEST_F(NetworkServiceTest, LoadsPeopleWithTheirFirstConversationAndEarlierJobs)
{
    const CompanyId lumen = *CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Lumen"));
    const CompanyId acme = *CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Acme"));
    Contact ana;
    ana.name = QStringLiteral("Ana");
    ana.company = lumen;
    ana.connectedOn = QDate(2025, 1, 10);
    ana.history << Position{acme, QStringLiteral("Acme"), QStringLiteral("Dev"), QDate(2020, 1, 1), QDate(2024, 12, 31)}
                << Position{{}, QStringLiteral("Somewhere"), {}, {}, {}};
    const ContactId anaId = add(ana);
    const ContactId pia = add(QStringLiteral("Pia"), {}, true);
    const ContactId raj = add(QStringLiteral("Raj"), {}, true);
    talk(raj, QDate(2026, 5, 1));
    talk(raj, QDate(2026, 3, 1), ConversationChannel::Email);

    auto data = NetworkStore(db.db()).load();
    ASSERT_TRUE(data.ok());
    ASSERT_EQ(data->people.size(), 3);
    const NetworkPerson &a = data->people[0];
    EXPECT_EQ(a.id, anaId);
    EXPECT_EQ(a.company, lumen);
    EXPECT_EQ(a.recordedOn, QDate(2026, 6, 15));
    ASSERT_EQ(a.earlierJobs.size(), 1); // the position known only by name is left out
    EXPECT_EQ(a.earlierJobs[0], (NetworkJob{acme, QDate(2020, 1, 1), QDate(2024, 12, 31)}));
    EXPECT_TRUE(isConnection(a));
    EXPECT_EQ(tieStart(a), QDate(2025, 1, 10));

    EXPECT_EQ(data->people[1].id, pia);
    EXPECT_FALSE(isConnection(data->people[1])) << "a prospect with nothing logged is not a connection";
    EXPECT_EQ(data->people[2].firstConversation, QDate(2026, 3, 1));
    EXPECT_TRUE(isConnection(data->people[2])) << "a logged conversation means we have met";
    EXPECT_EQ(tieStart(data->people[2]), QDate(2026, 3, 1));
    EXPECT_EQ(data->touches.size(), 2);
    ASSERT_EQ(data->companies.size(), 2);
}

TEST_F(NetworkServiceTest, TieStrengthComesFromTheLoggedConversations)
{
    const ContactId raj = add(QStringLiteral("Raj"));
    talk(raj, QDate(2026, 6, 3));       // 12 days before the clock's today
    talk(raj, QDate(2025, 12, 17));     // 180 days before
    NetworkService service(db.db(), clock);
    auto graph = service.loadGraph();
    ASSERT_TRUE(graph.ok());
    const auto &person = graph->person(graph->indexOf(raj));
    // A = 2^(-12/180) + 2^(-1) = 0.954842 + 0.5 = 1.454842; 0.2 + 0.6 * 1.454842 / 2.454842 = 0.2 + 0.355585 = 0.555585
    EXPECT_NEAR(person.tie.value, 0.555585, 1e-6);
    EXPECT_EQ(person.tie.explanation, QStringLiteral("medium: 2 conversations, last 12 days ago"));
}

TEST_F(NetworkServiceTest, NoPathOffersContactsWithTheSameStackAndEventsOfTheCompany)
{
    Company lumen;
    lumen.name = QStringLiteral("Lumen");
    lumen.techStack = {QStringLiteral("Qt")};
    lumen.priority = CompanyPriority::High;
    const CompanyId lumenId = *CompanyStore(db.db(), clock).insert(lumen);
    Company nova;
    nova.name = QStringLiteral("Nova");
    nova.techStack = {QStringLiteral("qt"), QStringLiteral("Rust")};
    const CompanyId novaId = *CompanyStore(db.db(), clock).insert(nova);
    add(QStringLiteral("Hal"), lumenId, true);
    const ContactId cy = add(QStringLiteral("Cy"), novaId);
    Event meetup;
    meetup.name = QStringLiteral("Qt Meetup");
    meetup.start = QDateTime(QDate(2026, 7, 1), QTime(18, 0), QTimeZone::utc());
    meetup.companies << EventCompany{lumenId, EventCompanyRole::Sponsor};
    ASSERT_TRUE(EventStore(db.db(), clock).insert(meetup).ok());

    NetworkService service(db.db(), clock);
    auto graph = service.loadGraph();
    ASSERT_TRUE(graph.ok());
    auto answer = service.paths(*graph, PathTarget::toCompany(lumenId));
    ASSERT_TRUE(answer.ok());
    EXPECT_TRUE(answer->paths.isEmpty());
    EXPECT_EQ(answer->goal, QStringLiteral("Lumen"));
    EXPECT_EQ(answer->peopleThere, 1);
    ASSERT_EQ(answer->help.stackContacts.size(), 1);
    EXPECT_EQ(answer->help.stackContacts[0].id, cy);
    EXPECT_EQ(answer->help.stackContacts[0].sharedStack, QStringList{QStringLiteral("Qt")});
    ASSERT_EQ(answer->help.events.size(), 1);
    EXPECT_EQ(answer->help.events[0].name, QStringLiteral("Qt Meetup"));
    EXPECT_EQ(answer->help.events[0].role, QStringLiteral("sponsor"));

    // Once Cy knows Hal there is a path, and no help is needed.
    link(cy, ContactId(1), 0.5);
    graph = service.loadGraph();
    answer = service.paths(*graph, PathTarget::toCompany(lumenId));
    ASSERT_TRUE(answer.ok());
    ASSERT_EQ(answer->paths.size(), 1);
    EXPECT_NEAR(answer->paths[0].score, 0.1, 1e-12); // 0.2 (connected, no conversation) · 0.5
}

// Reach reads a lean projection (ends and dates of links in NetworkData::linkEnds, no names, no
// tie details) with dates parsed from the stored text; it must see what the full load sees.
TEST_F(NetworkServiceTest, TheLeanLoadOfReachReadsTheSameDaysAndLinksAsTheFullLoad)
{
    Company lumen;
    lumen.name = QStringLiteral("Lumen");
    lumen.priority = CompanyPriority::High;
    const CompanyId lumenId = *CompanyStore(db.db(), clock).insert(lumen);
    const CompanyId acme = *CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Acme"));
    Contact ana;
    ana.name = QStringLiteral("Ana");
    ana.company = acme;
    ana.connectedOn = QDate(2024, 2, 29); // a leap day
    const ContactId anaId = add(ana);
    const ContactId ben = add(QStringLiteral("Ben"), lumenId, true);
    const ContactId cy = add(QStringLiteral("Cy"), lumenId, true);
    Link dated;
    dated.from = anaId;
    dated.to = ben;
    dated.since = QDate(2025, 12, 31);
    ASSERT_TRUE(LinkStore(db.db()).insert(dated).ok());
    link(ben, cy, 0.5); // no date
    Link rejected;
    rejected.from = anaId;
    rejected.to = cy;
    rejected.source = LinkSource::InferredCompany;
    auto rejectedId = LinkStore(db.db()).insert(rejected);
    ASSERT_TRUE(rejectedId.ok());
    ASSERT_TRUE(LinkStore(db.db()).setDismissed(*rejectedId, true).ok());

    NetworkLoadOptions lean;
    lean.touches = false;
    lean.names = false;
    lean.tieDetails = false;
    lean.linkDetails = false;
    lean.targetCompaniesOnly = true;
    auto thin = NetworkStore(db.db()).load(lean);
    auto full = NetworkStore(db.db()).load();
    ASSERT_TRUE(thin.ok());
    ASSERT_TRUE(full.ok());

    EXPECT_TRUE(thin->links.isEmpty());
    ASSERT_EQ(thin->linkEnds.size(), 2) << "the dismissed link is left out";
    EXPECT_EQ(thin->linkEnds[0], (NetworkLinkEnds{anaId, ben, QDate(2025, 12, 31), false}));
    EXPECT_EQ(thin->linkEnds[1], (NetworkLinkEnds{ben, cy, QDate(), false}));
    ASSERT_EQ(full->links.size(), 2);
    EXPECT_EQ(full->links[0].since, QDate(2025, 12, 31));
    EXPECT_FALSE(full->links[1].since.isValid());

    ASSERT_EQ(thin->people.size(), 3);
    EXPECT_EQ(thin->people[0].connectedOn, QDate(2024, 2, 29));
    EXPECT_EQ(thin->people[0].recordedOn, QDate(2026, 6, 15)); // from created_at, an instant
    EXPECT_TRUE(thin->people[0].name.isEmpty());
    EXPECT_EQ(thin->people[0].company, acme);
    EXPECT_TRUE(thin->people[1].prospect);
    EXPECT_FALSE(thin->people[1].connectedOn.isValid());
    for (qsizetype i = 0; i < 3; ++i) {
        EXPECT_EQ(thin->people[i].connectedOn, full->people[i].connectedOn);
        EXPECT_EQ(thin->people[i].recordedOn, full->people[i].recordedOn);
    }
    ASSERT_EQ(thin->companies.size(), 1) << "only the targets";
    EXPECT_EQ(thin->companies[0].id, lumenId);

    // The same reach either way (the lean links go through the same rules as the full ones).
    const QDate today = clock.nowUtc().date();
    auto fromThin = computeReach(*thin, today);
    auto fromFull = computeReach(*full, today);
    ASSERT_TRUE(fromThin.ok());
    ASSERT_TRUE(fromFull.ok());
    EXPECT_EQ(fromThin->byMonth, fromFull->byMonth);
    EXPECT_EQ(fromThin->firstDegree, fromFull->firstDegree);
    EXPECT_EQ(fromThin->secondDegree, fromFull->secondDegree);
    EXPECT_EQ(fromThin->firstDegree, QList<CompanyId>{acme});
    EXPECT_EQ(fromThin->secondDegree, QList<CompanyId>{lumenId}) << "Ana knows Ben at Lumen";
    EXPECT_EQ(fromThin->targetsCovered, 1);
}
