#include "core/services/LinkDerivation.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/LinkStore.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class LinkDerivationTest : public ::testing::Test {
protected:
    ContactId add(const QString &name, CompanyId company = {}, ContactId introducedBy = {}, EventId metAt = {},
                  QDate connected = {})
    {
        Contact c;
        c.name = name;
        c.company = company;
        c.introducedBy = introducedBy;
        c.metAt = metAt;
        c.connectedOn = connected;
        auto id = ContactStore(db.db(), clock).insert(c);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : ContactId();
    }
    CompanyId company(const QString &name)
    {
        auto id = CompanyStore(db.db(), clock).findOrCreate(name);
        EXPECT_TRUE(id.ok());
        return *id;
    }
    EventId event(const QString &name, QDate day)
    {
        Event e;
        e.name = name;
        e.start = QDateTime(day, QTime(18, 0), QTimeZone::utc());
        auto id = EventStore(db.db(), clock).insert(e);
        EXPECT_TRUE(id.ok());
        return *id;
    }
    DerivationSummary runAll()
    {
        auto summary = LinkDerivation(db.db()).run();
        EXPECT_TRUE(summary.ok()) << (summary.ok() ? "" : summary.error().toString().toStdString());
        return summary.ok() ? *summary : DerivationSummary{};
    }
    QList<Link> links(bool dismissedToo = true) { return LinkStore(db.db()).list(dismissedToo); }

    test::TempDatabase db;
    FixedClock clock = test::fixedClock();
};

} // namespace

TEST_F(LinkDerivationTest, IntroductionBecomesADirectedLinkSinceTheDateConnected)
{
    const ContactId ana = add(QStringLiteral("Ana"));
    const ContactId ben = add(QStringLiteral("Ben"), {}, ana, {}, QDate(2025, 3, 1));
    const DerivationSummary summary = runAll();
    EXPECT_EQ(summary, (DerivationSummary{1, 0, 0, 0}));
    const auto all = links();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].from, ana);
    EXPECT_EQ(all[0].to, ben);
    EXPECT_EQ(all[0].kind, LinkKind::Introduced);
    EXPECT_EQ(all[0].source, LinkSource::Introduction);
    EXPECT_DOUBLE_EQ(all[0].strength, 0.5);
    EXPECT_EQ(all[0].since, QDate(2025, 3, 1));
}

TEST_F(LinkDerivationTest, SameCompanyGivesWeakInferredLinksAndRerunAddsNothing)
{
    const CompanyId lumen = company(QStringLiteral("Lumen"));
    add(QStringLiteral("Ana"), lumen);
    add(QStringLiteral("Ben"), lumen);
    add(QStringLiteral("Cleo"), lumen);
    add(QStringLiteral("Dev")); // no company: no inference
    EXPECT_EQ(runAll(), (DerivationSummary{3, 0, 0, 0}));
    for (const Link &link : links()) {
        EXPECT_EQ(link.kind, LinkKind::WorksWith);
        EXPECT_EQ(link.source, LinkSource::InferredCompany);
        EXPECT_DOUBLE_EQ(link.strength, 0.3);
        EXPECT_LT(link.strength, Link{}.strength) << "inferred links are weaker than entered ones";
    }
    EXPECT_EQ(runAll(), (DerivationSummary{0, 3, 0, 0}));
    EXPECT_EQ(links().size(), 3);
}

TEST_F(LinkDerivationTest, DismissedLinkStaysDismissedAcrossReruns)
{
    const CompanyId lumen = company(QStringLiteral("Lumen"));
    const ContactId ana = add(QStringLiteral("Ana"), lumen);
    add(QStringLiteral("Ben"), lumen);
    runAll();
    const auto before = links();
    ASSERT_EQ(before.size(), 1);
    ASSERT_TRUE(LinkStore(db.db()).setDismissed(before[0].id, true).ok());

    // A re-import touches the records (same ids, new details); the derivation runs again.
    auto contact = ContactStore(db.db(), clock).get(ana);
    ASSERT_TRUE(contact.ok());
    contact->headline = QStringLiteral("Staff engineer");
    ASSERT_TRUE(ContactStore(db.db(), clock).update(*contact).ok());
    EXPECT_EQ(runAll(), (DerivationSummary{0, 0, 1, 0}));
    ASSERT_TRUE(LinkDerivation(db.db()).runFor(ana).ok());

    const auto after = links();
    ASSERT_EQ(after.size(), 1);
    EXPECT_TRUE(after[0].dismissed);
    EXPECT_TRUE(links(false).isEmpty());
}

TEST_F(LinkDerivationTest, AnEnteredLinkIsNeverDuplicatedByAnInference)
{
    const CompanyId lumen = company(QStringLiteral("Lumen"));
    const ContactId ana = add(QStringLiteral("Ana"), lumen);
    const ContactId ben = add(QStringLiteral("Ben"), lumen);
    Link manual;
    manual.from = ben;
    manual.to = ana;
    manual.kind = LinkKind::Mentor;
    manual.strength = 0.9;
    ASSERT_TRUE(LinkStore(db.db()).insert(manual).ok());
    EXPECT_EQ(runAll(), (DerivationSummary{0, 1, 0, 0}));
    const auto all = links();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].kind, LinkKind::Mentor);
}

TEST_F(LinkDerivationTest, SameEventGivesTheWeakestLinkDatedByTheEvent)
{
    const EventId meetup = event(QStringLiteral("Qt Meetup"), QDate(2025, 9, 18));
    add(QStringLiteral("Ana"), {}, {}, meetup);
    add(QStringLiteral("Ben"), {}, {}, meetup);
    EXPECT_EQ(runAll().added, 1);
    const auto all = links();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].kind, LinkKind::Knows);
    EXPECT_EQ(all[0].source, LinkSource::InferredEvent);
    EXPECT_DOUBLE_EQ(all[0].strength, 0.2);
    EXPECT_EQ(all[0].since, QDate(2025, 9, 18));
}

TEST_F(LinkDerivationTest, OnePairGetsOneLinkTheStrongestReasonFirst)
{
    const CompanyId lumen = company(QStringLiteral("Lumen"));
    const EventId meetup = event(QStringLiteral("Qt Meetup"), QDate(2025, 9, 18));
    const ContactId ana = add(QStringLiteral("Ana"), lumen, {}, meetup);
    add(QStringLiteral("Ben"), lumen, ana, meetup);
    EXPECT_EQ(runAll(), (DerivationSummary{1, 0, 0, 0}));
    const auto all = links();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].source, LinkSource::Introduction);
}

TEST_F(LinkDerivationTest, RunForTouchesOnlyTheGivenContact)
{
    const CompanyId lumen = company(QStringLiteral("Lumen"));
    add(QStringLiteral("Ana"), lumen);
    add(QStringLiteral("Ben"), lumen);
    const ContactId cleo = add(QStringLiteral("Cleo"), lumen);
    auto summary = LinkDerivation(db.db()).runFor(cleo);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->added, 2);
    for (const Link &link : links())
        EXPECT_TRUE(link.from == cleo || link.to == cleo);
}

TEST_F(LinkDerivationTest, ALargeCompanyIsNotTakenAsEveryoneKnowingEveryone)
{
    const CompanyId big = company(QStringLiteral("Bigcorp"));
    QList<Contact> many;
    for (int i = 0; i <= LinkDerivation::kMaxGroup; ++i) {
        Contact c;
        c.name = QStringLiteral("Person %1").arg(i);
        c.company = big;
        many << c;
    }
    ASSERT_TRUE(ContactStore(db.db(), clock).insertMany(many).ok());
    EXPECT_EQ(runAll(), (DerivationSummary{0, 0, 0, 1}));
    EXPECT_TRUE(links().isEmpty());
}

TEST_F(LinkDerivationTest, InsertManyIsAllOrNothing)
{
    const ContactId ana = add(QStringLiteral("Ana"));
    const ContactId ben = add(QStringLiteral("Ben"));
    QList<Link> batch(2);
    batch[0].from = ana;
    batch[0].to = ben;
    batch[1].from = ben;
    batch[1].to = ana; // the same symmetric tie again: a conflict
    const Status status = LinkStore(db.db()).insertMany(batch);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, Error::Code::Conflict);
    EXPECT_TRUE(links().isEmpty());
}
