#include "core/services/ContactMerger.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/DuplicateStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"
#include "core/storage/LinkStore.h"
#include "core/storage/SqlSupport.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

ContactId addContact(Database &db, const Clock &clock, Contact c)
{
    return ContactStore(db, clock).insert(std::move(c)).value();
}

} // namespace

TEST(ContactMerger, MovesEveryReferenceAndDeletesTheOther)
{
    auto clock = test::fixedClock();
    test::TempDatabase tdb;
    Database &db = tdb.db();
    const CompanyId lumen = CompanyStore(db, clock).findOrCreate(QStringLiteral("Lumen")).value();

    Contact a;
    a.name = QStringLiteral("Ana Lima");
    a.emails = {{QStringLiteral("ana@lumen.example"), QStringLiteral("work")}};
    a.tags = {QStringLiteral("rust")};
    a.history = {{CompanyId(), QStringLiteral("Acme"), QStringLiteral("Intern"), {}, QDate(2018, 1, 1)}};
    const ContactId keep = addContact(db, clock, a);
    Contact b;
    b.name = QStringLiteral("Ana Lima");
    b.headline = QStringLiteral("Staff Engineer");
    b.company = lumen;
    b.emails = {{QStringLiteral("ANA@lumen.example"), QString()}, {QStringLiteral("ana@home.example"), QStringLiteral("home")}};
    b.urls = {{QStringLiteral("https://www.linkedin.com/in/ana"), QStringLiteral("linkedin")}};
    b.tags = {QStringLiteral("rust"), QStringLiteral("mentor")};
    b.history = {{CompanyId(), QStringLiteral("Orbit"), QStringLiteral("Engineer"), {}, QDate(2022, 1, 1)}};
    b.photo = QByteArray("photo");
    b.photoType = QStringLiteral("image/png");
    b.notes = QStringLiteral("Met at RustConf.");
    const ContactId drop = addContact(db, clock, b);
    Contact bo;
    bo.name = QStringLiteral("Bo Chen");
    const ContactId boId = addContact(db, clock, bo);
    Contact cy;
    cy.name = QStringLiteral("Cy Diaz");
    cy.introducedBy = drop;
    const ContactId cyId = addContact(db, clock, cy);

    ConversationStore conversations(db, clock);
    Conversation both;
    both.when = clock.nowUtc();
    both.contacts = {keep, drop};
    const ConversationId bothId = conversations.insert(both).value();
    Conversation onlyDrop;
    onlyDrop.when = clock.nowUtc();
    onlyDrop.contacts = {drop, boId};
    const ConversationId onlyDropId = conversations.insert(onlyDrop).value();

    LinkStore links(db);
    ASSERT_TRUE(links.insert({LinkId(), drop, boId, LinkKind::Knows, 0.7, LinkSource::Manual, {}, false, {}, false}));
    ASSERT_TRUE(links.insert({LinkId(), keep, boId, LinkKind::Knows, 0.4, LinkSource::Manual, {}, false, {}, false}));
    ASSERT_TRUE(links.insert({LinkId(), drop, keep, LinkKind::WorksWith, 0.5, LinkSource::Manual, {}, false, {}, false}));
    ASSERT_TRUE(links.insert({LinkId(), cyId, drop, LinkKind::Introduced, 0.5, LinkSource::Manual, {}, false, {}, false}));

    FollowUp followUp;
    followUp.title = QStringLiteral("Write to Ana");
    followUp.due = QDate(2026, 6, 20);
    followUp.contact = drop;
    const FollowUpId followUpId = FollowUpStore(db, clock).insert(followUp).value();
    InformationalInterview interview;
    interview.contact = drop;
    const InterviewId interviewId = InterviewStore(db, clock).insert(interview).value();
    JobApplication application;
    application.company = lumen;
    application.role = QStringLiteral("Engineer");
    application.referrer = drop;
    application.rounds = {{QStringLiteral("Onsite"), {}, 60, {drop, keep}, {}, {}}};
    const ApplicationId applicationId = ApplicationStore(db, clock).insert(application).value();
    Event meetup;
    meetup.name = QStringLiteral("Meetup");
    meetup.start = clock.nowUtc();
    meetup.people = {{drop, EventPersonRole::Speaker}};
    const EventId meetupId = EventStore(db, clock).insert(meetup).value();
    ASSERT_TRUE(db.transaction([&]() -> Status {
        auto added = DuplicateStore(db, clock).add(drop, keep, QStringLiteral("same name"), QStringLiteral("x.csv:2"));
        return added ? Status() : Status(added.error());
    }));

    ASSERT_TRUE(ContactMerger(db, clock).merge(keep, drop));

    ContactStore contacts(db, clock);
    EXPECT_FALSE(contacts.get(drop));
    const Contact merged = contacts.get(keep).value();
    EXPECT_EQ(merged.headline, QStringLiteral("Staff Engineer"));
    EXPECT_EQ(merged.company, lumen);
    EXPECT_EQ(merged.emails, (TypedValues{{QStringLiteral("ana@lumen.example"), QStringLiteral("work")},
                                          {QStringLiteral("ana@home.example"), QStringLiteral("home")}}));
    EXPECT_EQ(merged.urls.size(), 1);
    EXPECT_EQ(merged.tags, (QStringList{QStringLiteral("mentor"), QStringLiteral("rust")}));
    ASSERT_EQ(merged.history.size(), 2);
    EXPECT_EQ(merged.history[0].companyName, QStringLiteral("Acme"));
    EXPECT_EQ(merged.history[1].companyName, QStringLiteral("Orbit"));
    EXPECT_EQ(merged.photo, QByteArray("photo"));
    EXPECT_EQ(merged.notes, QStringLiteral("Met at RustConf."));
    EXPECT_EQ(contacts.get(cyId).value().introducedBy, keep);

    EXPECT_EQ(conversations.get(bothId).value().contacts, (QList<ContactId>{keep}));
    EXPECT_EQ(conversations.get(onlyDropId).value().contacts, (QList<ContactId>{keep, boId}));
    // drop–Bo joined keep–Bo (one tie kept), drop–keep became a self-tie (gone), Cy→drop now Cy→keep.
    const QList<Link> all = links.list(true);
    ASSERT_EQ(all.size(), 2);
    for (const Link &l : all) {
        EXPECT_TRUE(l.from == keep || l.to == keep);
        EXPECT_NE(l.from, l.to);
        if (l.kind == LinkKind::Knows) {
            EXPECT_LT(l.from, l.to);
        }
    }
    EXPECT_EQ(FollowUpStore(db, clock).get(followUpId).value().contact, keep);
    EXPECT_EQ(InterviewStore(db, clock).get(interviewId).value().contact, keep);
    const JobApplication app = ApplicationStore(db, clock).get(applicationId).value();
    EXPECT_EQ(app.referrer, keep);
    EXPECT_EQ(app.rounds.at(0).interviewers, (QList<ContactId>{keep}));
    EXPECT_EQ(EventStore(db, clock).get(meetupId).value().people, (QList<EventPerson>{{keep, EventPersonRole::Speaker}}));
    EXPECT_TRUE(DuplicateStore(db, clock).list(true).isEmpty());
}

TEST(ContactMerger, RefusesAMissingContactAndChangesNothing)
{
    auto clock = test::fixedClock();
    test::TempDatabase tdb;
    Contact a;
    a.name = QStringLiteral("Ana");
    const ContactId keep = addContact(tdb.db(), clock, a);
    EXPECT_FALSE(ContactMerger(tdb.db(), clock).merge(keep, ContactId(999)));
    EXPECT_FALSE(ContactMerger(tdb.db(), clock).merge(keep, keep));
    EXPECT_TRUE(ContactStore(tdb.db(), clock).get(keep));
}

TEST(DuplicateStore, PairsAreUnorderedAndDismissalsStick)
{
    auto clock = test::fixedClock();
    test::TempDatabase tdb;
    Database &db = tdb.db();
    Contact a;
    a.name = QStringLiteral("Ana");
    const ContactId one = addContact(db, clock, a);
    const ContactId two = addContact(db, clock, a);
    ASSERT_TRUE(db.transaction([&]() -> Status {
        DuplicateStore store(db, clock);
        EXPECT_TRUE(store.add(two, one, QStringLiteral("same name"), QStringLiteral("a.vcf:1")).value());
        EXPECT_FALSE(store.add(one, two, QStringLiteral("same name"), QStringLiteral("a.vcf:9")).value());
        return {};
    }));
    DuplicateStore store(db, clock);
    const auto listed = store.list();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0].first, one);
    EXPECT_EQ(listed[0].second, two);
    ASSERT_TRUE(store.setDismissed(listed[0].id, true));
    EXPECT_TRUE(store.list().isEmpty());
    EXPECT_EQ(store.list(true).size(), 1);
}

// Migration 0003 runs from the schema before it (version 2) with data in it.
TEST(Migration, Version2WithDataMigratesToTheImportTables)
{
    auto clock = test::fixedClock();
    Database::Options v1;
    v1.targetVersion = 2;
    test::TempDatabase tdb(v1);
    Contact a;
    a.name = QStringLiteral("Ana Lima");
    const ContactId id = addContact(tdb.db(), clock, a);
    tdb.reopen();
    EXPECT_GE(tdb->schemaVersion(), 3);
    EXPECT_EQ(ContactStore(tdb.db(), clock).get(id).value().name, QStringLiteral("Ana Lima"));
    EXPECT_TRUE(sql::countRows(tdb->connection(), QStringLiteral("duplicate_candidates")));
    EXPECT_TRUE(sql::countRows(tdb->connection(), QStringLiteral("event_sources")));
}
