#include "core/services/LinkedInImporter.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/DuplicateStore.h"
#include "core/storage/SqlSupport.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

ImportResult importFixture(Database &db, const Clock &clock, const char *name, ImportOptions options = {})
{
    options.sourceName = QString::fromLatin1(name);
    return LinkedInImporter(db, clock).import(test::readFixture(QStringLiteral("formats/linkedin/") + QLatin1String(name)), options);
}

Contact only(Database &db, const char *name)
{
    const auto ids = ContactStore(db).findByName(QString::fromUtf8(name));
    EXPECT_EQ(ids.size(), 1) << name;
    return ids.isEmpty() ? Contact() : ContactStore(db).get(ids.first()).value();
}

qint64 contactCount(Database &db)
{
    return ContactStore(db).count().value();
}

} // namespace

TEST(LinkedInImport, NewConnectionsBecomeContactsWithCompanies)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const auto result = importFixture(db.db(), clock, "connections-standard.csv");
    ASSERT_TRUE(result.ok()) << result.failure->toString().toStdString();
    EXPECT_EQ(result.summary(), QStringLiteral("added 4, updated 0, unchanged 0, skipped 1"));
    const Contact ana = only(db.db(), "Ana Lima");
    EXPECT_EQ(ana.channel, Channel::LinkedIn);
    EXPECT_EQ(ana.connectedOn, QDate(2024, 3, 12));
    EXPECT_EQ(ana.headline, QStringLiteral("Staff Engineer"));
    EXPECT_EQ(ana.urls, (TypedValues{{QStringLiteral("https://www.linkedin.com/in/ana-lima"), QStringLiteral("linkedin")}}));
    EXPECT_EQ(ana.emails, (TypedValues{{QStringLiteral("ana@lumen.example"), QString()}}));
    EXPECT_EQ(CompanyStore(db.db()).get(ana.company).value().name, QStringLiteral("Lumen, Inc."));
    EXPECT_FALSE(only(db.db(), "Bo Chen").company.isValid());
    EXPECT_EQ(result.records.size(), 1); // the skipped row, with its reason
    EXPECT_EQ(result.records[0].line, 8);
}

TEST(LinkedInImport, LaterExportUpdatesKeepsHistoryAndFlagsLikelyDuplicates)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    ASSERT_TRUE(importFixture(db.db(), clock, "connections-standard.csv").ok());
    const auto later = importFixture(db.db(), clock, "connections-later.csv");
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later.summary(), QStringLiteral("added 2, updated 2, unchanged 2, skipped 0"));
    EXPECT_EQ(contactCount(db.db()), 6);

    const auto anas = ContactStore(db.db()).findByName(QStringLiteral("Ana Lima"));
    ASSERT_EQ(anas.size(), 2);
    const Contact ana = ContactStore(db.db()).get(anas[0]).value();
    EXPECT_EQ(ana.headline, QStringLiteral("Principal Engineer"));
    EXPECT_EQ(CompanyStore(db.db()).get(ana.company).value().name, QStringLiteral("Orbit"));
    ASSERT_EQ(ana.history.size(), 1);
    EXPECT_EQ(ana.history[0].companyName, QStringLiteral("Lumen, Inc."));
    EXPECT_EQ(ana.history[0].title, QStringLiteral("Staff Engineer"));
    EXPECT_EQ(ana.history[0].to, QDate(2026, 6, 15));
    EXPECT_EQ(ana.urls.size(), 1); // the same profile, written with a trailing slash

    EXPECT_EQ(only(db.db(), "Bo Chen").emails, (TypedValues{{QStringLiteral("bo@chen.example"), QString()}}));

    ASSERT_EQ(later.duplicates.size(), 1);
    EXPECT_EQ(later.duplicates[0].line, 9);
    EXPECT_EQ(later.duplicates[0].existing, anas[0]);
    EXPECT_EQ(later.duplicates[0].imported, anas[1]);
    EXPECT_TRUE(later.duplicates[0].reason.contains(QLatin1String("Orbit / Globex")));
    const auto stored = DuplicateStore(db.db()).list();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].source, QStringLiteral("connections-later.csv:9"));

    // Importing it again changes nothing and adds nobody.
    const auto again = importFixture(db.db(), clock, "connections-later.csv");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.summary(), QStringLiteral("added 0, updated 0, unchanged 6, skipped 0"));
    EXPECT_TRUE(again.duplicates.isEmpty());
    EXPECT_EQ(contactCount(db.db()), 6);
}

TEST(LinkedInImport, BadRowsRefuseTheFileUnlessSkipped)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    auto refused = importFixture(db.db(), clock, "connections-bad-rows.csv");
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(refused.errors.size(), 3);
    EXPECT_EQ(refused.errors[0].line, 6);
    EXPECT_EQ(refused.errors[1].line, 7);
    EXPECT_EQ(refused.errors[2].line, 8);
    EXPECT_EQ(contactCount(db.db()), 0);

    ImportOptions skip;
    skip.skipInvalid = true;
    const auto skipped = importFixture(db.db(), clock, "connections-bad-rows.csv", skip);
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped.summary(), QStringLiteral("added 1, updated 0, unchanged 0, skipped 3"));
    EXPECT_EQ(contactCount(db.db()), 1);
}

TEST(LinkedInImport, EncodingAndSyntaxErrorsChangeNothing)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    for (const char *name : {"connections-latin1.csv", "connections-unterminated.csv"}) {
        ImportOptions skip;
        skip.skipInvalid = true; // file-level errors are not skippable
        const auto result = importFixture(db.db(), clock, name, skip);
        ASSERT_FALSE(result.ok()) << name;
        ASSERT_FALSE(result.errors.isEmpty());
        EXPECT_GT(result.errors[0].line, 0);
    }
    EXPECT_EQ(contactCount(db.db()), 0);
    EXPECT_EQ(CompanyStore(db.db()).count().value(), 0);
}

TEST(LinkedInImport, DryRunPreviewsAndCancelRollsBack)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    ImportOptions preview;
    preview.dryRun = true;
    preview.listRecords = true;
    const auto dry = importFixture(db.db(), clock, "connections-standard.csv", preview);
    ASSERT_TRUE(dry.ok());
    EXPECT_FALSE(dry.committed);
    EXPECT_EQ(dry.summary(), QStringLiteral("added 4, updated 0, unchanged 0, skipped 1"));
    EXPECT_EQ(dry.records.size(), 5);
    EXPECT_EQ(contactCount(db.db()), 0);
    EXPECT_EQ(CompanyStore(db.db()).count().value(), 0);

    std::atomic_bool cancel{false};
    QList<qint64> seen;
    ImportOptions cancelling;
    cancelling.cancel = &cancel;
    cancelling.progress = [&](qint64 done, qint64 total) {
        seen << done;
        EXPECT_EQ(total, 4);
        cancel = true;
    };
    const auto cancelled = importFixture(db.db(), clock, "connections-standard.csv", cancelling);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.failure->code, Error::Code::Cancelled);
    EXPECT_EQ(seen.first(), 0);
    EXPECT_EQ(contactCount(db.db()), 0);
}

TEST(LinkedInImport, ANewProfileUrlAtTheSameCompanyIsAddedAndListedAsALikelyDuplicate)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    ASSERT_TRUE(importFixture(db.db(), clock, "connections-bob.csv").ok());
    // Bob at Stripe comes back with a new profile URL (line 4); another Bob O'Brien, at Acme
    // with his own profile (line 3), is someone else.
    ImportOptions preview;
    preview.dryRun = true;
    preview.listRecords = true;
    const auto dry = importFixture(db.db(), clock, "connections-bob-new-url.csv", preview);
    ASSERT_TRUE(dry.ok());
    ASSERT_EQ(dry.duplicates.size(), 1); // what the wizard's preview shows against line 4
    EXPECT_EQ(dry.duplicates[0].line, 4);
    EXPECT_TRUE(DuplicateStore(db.db()).list().isEmpty());

    const auto later = importFixture(db.db(), clock, "connections-bob-new-url.csv");
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later.summary(), QStringLiteral("added 2, updated 0, unchanged 1, skipped 0"));
    const auto bobs = ContactStore(db.db()).findByName(QStringLiteral("Bob O'Brien"));
    ASSERT_EQ(bobs.size(), 3);
    ASSERT_EQ(later.duplicates.size(), 1);
    EXPECT_EQ(later.duplicates[0].line, 4);
    EXPECT_EQ(later.duplicates[0].existing, bobs[0]);
    EXPECT_EQ(later.duplicates[0].imported, bobs[2]);
    const QString reason = QStringLiteral("same name at the same company (Stripe), another LinkedIn profile "
                                          "(linkedin.com/in/bob-obrien / linkedin.com/in/bob-obrien-4a1b2c)");
    EXPECT_EQ(later.duplicates[0].reason, reason);
    // Stored for the app's duplicates dialog, where the user can merge the two.
    const auto stored = DuplicateStore(db.db()).list();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].first, bobs[0]);
    EXPECT_EQ(stored[0].second, bobs[2]);
    EXPECT_EQ(stored[0].reason, reason);
    EXPECT_EQ(stored[0].source, QStringLiteral("connections-bob-new-url.csv:4"));

    // The same export again: each Bob matches by his own URL; nothing new.
    const auto again = importFixture(db.db(), clock, "connections-bob-new-url.csv");
    EXPECT_EQ(again.summary(), QStringLiteral("added 0, updated 0, unchanged 3, skipped 0"));
    EXPECT_TRUE(again.duplicates.isEmpty());
}

TEST(LinkedInImport, NamesakesAtOneCompanyInOneFileAreTwoPeopleNotLikelyDuplicates)
{
    // One export lists each connection once: two profiles in it are two people, even with the
    // same name at the same company. (Against the database, the same pair is a likely duplicate:
    // see the test above.)
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const auto first = importFixture(db.db(), clock, "connections-two-bobs.csv");
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.summary(), QStringLiteral("added 2, updated 0, unchanged 0, skipped 0"));
    EXPECT_TRUE(first.duplicates.isEmpty());
    EXPECT_TRUE(DuplicateStore(db.db()).list().isEmpty());
}
