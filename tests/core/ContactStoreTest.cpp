#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/LinkStore.h"
#include "tests/support/TempDatabase.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

Contact fullContact(CompanyId company)
{
    Contact c;
    c.name = QStringLiteral("Ana Lima");
    c.headline = QStringLiteral("Staff Engineer");
    c.company = company;
    c.emails = {{QStringLiteral("ana@lumen.io"), QStringLiteral("work")}, {QStringLiteral("ana@home.org"), {}}};
    c.phones = {{QStringLiteral("+49 30 1234"), QStringLiteral("mobile")}};
    c.urls = {{QStringLiteral("https://www.linkedin.com/in/analima"), QStringLiteral("linkedin")}};
    c.addresses = {{QStringLiteral("Hauptstr. 1, Berlin"), QStringLiteral("work")}};
    c.location = QStringLiteral("Berlin");
    c.channel = Channel::LinkedIn;
    c.tags = {QStringLiteral("rust"), QStringLiteral("mentor")};
    c.role = ContactRole::Mentor;
    c.connectedOn = QDate(2024, 3, 12);
    c.cadenceDays = 30;
    c.strengthOverride = 0.8;
    c.birthday = QDate(1990, 7, 1);
    c.photo = QByteArray("\x89PNG fake", 9);
    c.photoType = QStringLiteral("image/png");
    c.notes = QStringLiteral("Met at RustConf.\nLikes tea.");
    c.history = {{company, QStringLiteral("Lumen"), QStringLiteral("Engineer"), QDate(2020, 1, 1), QDate(2023, 12, 31)}};
    return c;
}

class ContactStoreTest : public ::testing::Test {
protected:
    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    ContactStore contacts{db.db(), clock};
    CompanyStore companies{db.db(), clock};
};

} // namespace

TEST_F(ContactStoreTest, EveryFieldRoundTrips)
{
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
    Contact original = fullContact(lumen);
    auto id = contacts.insert(original);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto loaded = contacts.get(*id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->name, original.name);
    EXPECT_EQ(loaded->headline, original.headline);
    EXPECT_EQ(loaded->company, lumen);
    EXPECT_EQ(loaded->emails, original.emails);
    EXPECT_EQ(loaded->phones, original.phones);
    EXPECT_EQ(loaded->urls, original.urls);
    EXPECT_EQ(loaded->addresses, original.addresses);
    EXPECT_EQ(loaded->location, original.location);
    EXPECT_EQ(loaded->channel, Channel::LinkedIn);
    EXPECT_EQ(QSet<QString>(loaded->tags.cbegin(), loaded->tags.cend()),
              QSet<QString>(original.tags.cbegin(), original.tags.cend()));
    EXPECT_EQ(loaded->role, ContactRole::Mentor);
    EXPECT_EQ(loaded->connectedOn, original.connectedOn);
    EXPECT_EQ(loaded->cadenceDays, 30);
    EXPECT_EQ(loaded->strengthOverride, 0.8);
    EXPECT_EQ(loaded->birthday, original.birthday);
    EXPECT_EQ(loaded->photo, original.photo);
    EXPECT_EQ(loaded->photoType, original.photoType);
    EXPECT_EQ(loaded->notes, original.notes);
    EXPECT_EQ(loaded->history, original.history);
    EXPECT_EQ(loaded->createdAt, clock.nowUtc());
    EXPECT_EQ(loaded->linkedInUrl(), QStringLiteral("https://www.linkedin.com/in/analima"));
}

TEST_F(ContactStoreTest, InvalidContactIsRefusedAndNothingIsWritten)
{
    Contact bad;
    bad.name = QStringLiteral("Ben");
    bad.emails = {{QStringLiteral("ben(at)example"), {}}};
    auto id = contacts.insert(bad);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().field, QStringLiteral("email"));
    EXPECT_EQ(contacts.count().value(), 0);
}

TEST_F(ContactStoreTest, UpdateReplacesTagsHistoryAndPhoto)
{
    Contact c = fullContact({});
    c.history.clear();
    const ContactId id = contacts.insert(c).value();
    Contact changed = contacts.get(id).value();
    changed.tags = {QStringLiteral("go")};
    changed.photo.clear();
    changed.history = {{{}, QStringLiteral("Old Co"), QStringLiteral("Intern"), {}, QDate(2019, 1, 1)}};
    clock.set(clock.nowUtc().addDays(1));
    ASSERT_TRUE(contacts.update(changed).ok());
    const Contact loaded = contacts.get(id).value();
    EXPECT_EQ(loaded.tags, QStringList{QStringLiteral("go")});
    EXPECT_TRUE(loaded.photo.isEmpty());
    EXPECT_EQ(loaded.history.size(), 1);
    EXPECT_EQ(loaded.updatedAt, clock.nowUtc());
    EXPECT_LT(loaded.createdAt, loaded.updatedAt);
}

TEST_F(ContactStoreTest, InsertWithAGivenIdRestoresAfterDelete)
{
    const ContactId id = contacts.insert(fullContact({})).value();
    const Contact before = contacts.get(id).value();
    ASSERT_TRUE(contacts.remove(id).ok());
    EXPECT_FALSE(contacts.get(id).ok());
    auto again = contacts.insert(before);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, id);
    EXPECT_EQ(contacts.get(id)->createdAt, before.createdAt);
}

TEST_F(ContactStoreTest, InsertManyIsAllOrNothing)
{
    QList<Contact> batch;
    for (int i = 0; i < 50; ++i) {
        Contact c;
        c.name = QStringLiteral("Person %1").arg(i);
        c.tags = {QStringLiteral("batch")};
        batch << c;
    }
    ASSERT_TRUE(contacts.insertMany(batch).ok());
    EXPECT_EQ(contacts.count().value(), 50);
    EXPECT_TRUE(batch.last().id.isValid());

    QList<Contact> broken = batch;
    for (auto &c : broken)
        c.id = {};
    broken[30].name.clear();
    auto status = contacts.insertMany(broken);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("contact 31"))) << status.error().message.toStdString();
    EXPECT_EQ(contacts.count().value(), 50);
}

TEST_F(ContactStoreTest, ListFiltersBySearchTagCompanyAndChannel)
{
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
    ASSERT_TRUE(contacts.insert(fullContact(lumen)).ok());
    Contact ben;
    ben.name = QStringLiteral("Ben Okafor");
    ben.headline = QStringLiteral("Recruiter");
    ben.channel = Channel::Event;
    ben.tags = {QStringLiteral("recruiting")};
    ASSERT_TRUE(contacts.insert(ben).ok());
    Contact percent;
    percent.name = QStringLiteral("100% Pat");
    ASSERT_TRUE(contacts.insert(percent).ok());

    auto names = [&](const ContactQuery &q) {
        QStringList out;
        for (const auto &c : contacts.list(q))
            out << c.name;
        return out;
    };
    EXPECT_EQ(names({}), (QStringList{QStringLiteral("100% Pat"), QStringLiteral("Ana Lima"), QStringLiteral("Ben Okafor")}));
    EXPECT_EQ(names({.search = QStringLiteral("lumen")}), QStringList{QStringLiteral("Ana Lima")});      // by company
    EXPECT_EQ(names({.search = QStringLiteral("RECRUIT")}), QStringList{QStringLiteral("Ben Okafor")});  // headline, any case
    EXPECT_EQ(names({.search = QStringLiteral("home.org")}), QStringList{QStringLiteral("Ana Lima")});   // e-mail
    EXPECT_EQ(names({.search = QStringLiteral("%")}), QStringList{QStringLiteral("100% Pat")});          // LIKE escaped
    EXPECT_EQ(names({.tag = QStringLiteral("Mentor")}), QStringList{QStringLiteral("Ana Lima")});
    EXPECT_EQ(names({.company = lumen}), QStringList{QStringLiteral("Ana Lima")});
    EXPECT_EQ(names({.channel = Channel::Event}), QStringList{QStringLiteral("Ben Okafor")});
    const auto listed = contacts.list({.search = QStringLiteral("Ana")});
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().tags.size(), 2);
}

TEST_F(ContactStoreTest, FindersMatchIgnoringCase)
{
    const ContactId id = contacts.insert(fullContact({})).value();
    EXPECT_EQ(contacts.findByName(QStringLiteral("ana lima")), QList<ContactId>{id});
    EXPECT_EQ(contacts.findByEmail(QStringLiteral("ANA@lumen.io")), QList<ContactId>{id});
    EXPECT_EQ(contacts.findByUrl(QStringLiteral("https://www.linkedin.com/in/analima/")), QList<ContactId>{id});
    EXPECT_TRUE(contacts.findByEmail(QStringLiteral("nobody@lumen.io")).isEmpty());
}

TEST_F(ContactStoreTest, RemoveTakesDependentsAndAnnouncesThem)
{
    const ContactId ana = contacts.insert(fullContact({})).value();
    Contact benValue;
    benValue.name = QStringLiteral("Ben");
    benValue.introducedBy = ana;
    const ContactId ben = contacts.insert(benValue).value();

    ConversationStore conversations(db.db(), clock);
    Conversation alone;
    alone.when = clock.nowUtc();
    alone.contacts = {ana};
    const ConversationId aloneId = conversations.insert(alone).value();
    Conversation shared = alone;
    shared.contacts = {ana, ben};
    const ConversationId sharedId = conversations.insert(shared).value();
    FollowUpStore followUps(db.db(), clock);
    FollowUp f;
    f.title = QStringLiteral("Thank Ana");
    f.due = QDate(2026, 6, 16);
    f.contact = ana;
    const FollowUpId followUpId = followUps.insert(f).value();
    LinkStore links(db.db());
    const LinkId link = links.insert({{}, ana, ben, LinkKind::Knows, 0.5, LinkSource::Manual, {}, false, {}, false}).value();

    QSignalSpy spy(db->notifier(), &ChangeNotifier::changed);
    ASSERT_TRUE(contacts.remove(ana).ok());
    ASSERT_EQ(spy.count(), 1);
    const auto changes = spy.takeFirst().at(0).value<ChangeSet>();
    EXPECT_EQ(changes.ids(Entity::Contact, ChangeKind::Removed), QList<qint64>{ana.value});
    EXPECT_EQ(changes.ids(Entity::Conversation, ChangeKind::Removed), QList<qint64>{aloneId.value});
    EXPECT_EQ(changes.ids(Entity::Conversation, ChangeKind::Updated), QList<qint64>{sharedId.value});
    EXPECT_EQ(changes.ids(Entity::FollowUp, ChangeKind::Removed), QList<qint64>{followUpId.value});
    EXPECT_EQ(changes.ids(Entity::Link, ChangeKind::Removed), QList<qint64>{link.value});
    EXPECT_EQ(changes.ids(Entity::Contact, ChangeKind::Updated), QList<qint64>{ben.value});

    EXPECT_FALSE(conversations.get(aloneId).ok());
    EXPECT_EQ(conversations.get(sharedId)->contacts, QList<ContactId>{ben});
    EXPECT_FALSE(followUps.get(followUpId).ok());
    EXPECT_FALSE(contacts.get(ben)->introducedBy.isValid());
    EXPECT_EQ(links.count().value(), 0);
}

TEST_F(ContactStoreTest, RemovingAMissingContactIsNotFound)
{
    auto status = contacts.remove(ContactId(999));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, Error::Code::NotFound);
}

TEST_F(ContactStoreTest, TextWithQuotesBackslashesAndControlsSurvives)
{
    Contact c;
    c.name = QStringLiteral("Zoë \"Z\" O'Brien");
    c.emails = {{QStringLiteral("zoe@example.com"), QStringLiteral("wo\"rk\\\n\t\x01")}};
    c.addresses = {{QStringLiteral("Straße 1\nBerlin 🙂"), {}}};
    const ContactId id = contacts.insert(c).value();
    const Contact loaded = contacts.get(id).value();
    EXPECT_EQ(loaded.name, c.name);
    EXPECT_EQ(loaded.emails, c.emails);
    EXPECT_EQ(loaded.addresses, c.addresses);
}

TEST_F(ContactStoreTest, ListLoadsHistoryOnlyWhenAskedAndNeverThePhoto)
{
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
    const ContactId ana = contacts.insert(fullContact(lumen)).value();
    Contact bo;
    bo.name = QStringLiteral("Bo Chen");
    bo.history = {{CompanyId(), QStringLiteral("Acme"), QStringLiteral("Intern"), QDate(2018, 6, 1), QDate(2018, 9, 30)},
                  {lumen, QStringLiteral("Lumen"), QStringLiteral("Analyst"), QDate(2019, 1, 1), {}}};
    const ContactId boId = contacts.insert(bo).value();
    Contact cy;
    cy.name = QStringLiteral("Cy Young");
    ASSERT_TRUE(contacts.insert(cy).ok());

    EXPECT_TRUE(contacts.list().at(0).history.isEmpty());
    ContactQuery query;
    query.withHistory = true;
    const QList<Contact> listed = contacts.list(query); // by name: Ana, Bo, Cy
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed[0].id, ana);
    EXPECT_EQ(listed[0].history, fullContact(lumen).history);
    EXPECT_TRUE(listed[0].photo.isEmpty());
    EXPECT_EQ(listed[1].id, boId);
    EXPECT_EQ(listed[1].history, bo.history); // in their order
    EXPECT_TRUE(listed[2].history.isEmpty());

    query.search = QStringLiteral("Bo Chen");
    const QList<Contact> found = contacts.list(query);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].history.size(), 2);
}

TEST_F(ContactStoreTest, ListWithHistoryOfManyContactsReadsEveryPosition)
{
    // Past a few thousand contacts the positions are read in one pass over the table, not by id.
    QList<Contact> many;
    for (int i = 0; i < 6000; ++i) {
        Contact c;
        c.name = QStringLiteral("Person %1").arg(i, 4, 10, QLatin1Char('0'));
        if (i % 2000 == 1)
            c.history = {{CompanyId(), QStringLiteral("Firm %1").arg(i), QStringLiteral("Clerk"), QDate(2010, 1, 1), QDate(2011, 1, 1)}};
        many << c;
    }
    ASSERT_TRUE(contacts.insertMany(many).ok());
    ContactQuery query;
    query.withHistory = true;
    const QList<Contact> listed = contacts.list(query);
    ASSERT_EQ(listed.size(), 6000);
    QStringList firms;
    for (const Contact &c : listed)
        for (const Position &p : c.history)
            firms << c.name + QStringLiteral(": ") + p.companyName;
    EXPECT_EQ(firms, (QStringList{QStringLiteral("Person 0001: Firm 1"), QStringLiteral("Person 2001: Firm 2001"),
                                  QStringLiteral("Person 4001: Firm 4001")}));
}
