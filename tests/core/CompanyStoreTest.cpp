#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class CompanyStoreTest : public ::testing::Test {
protected:
    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    CompanyStore companies{db.db(), clock};
};

} // namespace

TEST_F(CompanyStoreTest, SpellingsOfOneCompanyAreOneRecordWithAliases)
{
    const CompanyId first = companies.findOrCreate(QStringLiteral("Lumen, Inc.")).value();
    EXPECT_EQ(companies.findOrCreate(QStringLiteral("Lumen Inc")).value(), first);
    EXPECT_EQ(companies.findOrCreate(QStringLiteral("LUMEN INC.")).value(), first);
    EXPECT_EQ(companies.findOrCreate(QStringLiteral("Lumen, Inc.")).value(), first);
    EXPECT_EQ(companies.count().value(), 1);
    const Company lumen = companies.get(first).value();
    EXPECT_EQ(lumen.name, QStringLiteral("Lumen, Inc.")); // the display name is the first spelling
    EXPECT_EQ(lumen.aliases, (QStringList{QStringLiteral("LUMEN INC."), QStringLiteral("Lumen Inc")}));
    EXPECT_NE(companies.findOrCreate(QStringLiteral("Lumen Labs")).value(), first);
}

TEST_F(CompanyStoreTest, AnAliasFindsTheCompany)
{
    Company meta;
    meta.name = QStringLiteral("Meta");
    meta.aliases = {QStringLiteral("Facebook, Inc.")};
    const CompanyId id = companies.insert(meta).value();
    EXPECT_EQ(companies.find(QStringLiteral("facebook")).value(), id);
}

TEST_F(CompanyStoreTest, DuplicateNameIsAConflictNamingTheField)
{
    ASSERT_TRUE(companies.findOrCreate(QStringLiteral("Lumen")).ok());
    Company again;
    again.name = QStringLiteral("LUMEN, LLC");
    auto id = companies.insert(again);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, Error::Code::Conflict);
    EXPECT_EQ(id.error().field, QStringLiteral("name"));
    // The message names the company as it is stored, with its id, not only as it was typed.
    EXPECT_EQ(id.error().message, QStringLiteral("“LUMEN, LLC” names a company that already exists: “Lumen” (id 1)"));
}

TEST_F(CompanyStoreTest, RenamingOntoAnotherCompanyIsRefused)
{
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
    ASSERT_TRUE(companies.findOrCreate(QStringLiteral("Acme")).ok());
    Company c = companies.get(lumen).value();
    c.name = QStringLiteral("ACME Corp.");
    EXPECT_EQ(companies.update(c).error().code, Error::Code::Conflict);
    EXPECT_EQ(companies.update(c).error().message, QStringLiteral("“ACME Corp.” names another company: “Acme” (id 2)"));
    c.name = QStringLiteral("Lumen Technologies");
    c.techStack = {QStringLiteral("Rust"), QStringLiteral("Postgres")};
    c.priority = CompanyPriority::High;
    c.website = QStringLiteral("https://lumen.example");
    ASSERT_TRUE(companies.update(c).ok());
    const Company loaded = companies.get(lumen).value();
    EXPECT_EQ(loaded.name, QStringLiteral("Lumen Technologies"));
    EXPECT_EQ(loaded.techStack, c.techStack);
    EXPECT_EQ(loaded.priority, CompanyPriority::High);
}

TEST_F(CompanyStoreTest, RemoveIsRefusedWhileApplicationsBelongToIt)
{
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
    ApplicationStore applications(db.db(), clock);
    JobApplication application;
    application.company = lumen;
    application.role = QStringLiteral("Backend Engineer");
    const ApplicationId appId = applications.insert(application).value();
    auto refused = companies.remove(lumen);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("application"))) << refused.error().message.toStdString();
    EXPECT_TRUE(companies.get(lumen).ok());
    ASSERT_TRUE(applications.remove(appId).ok());

    ContactStore contacts(db.db(), clock);
    Contact ana;
    ana.name = QStringLiteral("Ana");
    ana.company = lumen;
    const ContactId anaId = contacts.insert(ana).value();
    ASSERT_TRUE(companies.remove(lumen).ok());
    EXPECT_FALSE(contacts.get(anaId)->company.isValid()); // the contact stays, without a company
}

TEST_F(CompanyStoreTest, ListSearchesNamesAliasesAndStack)
{
    Company a;
    a.name = QStringLiteral("Lumen");
    a.techStack = {QStringLiteral("Rust")};
    ASSERT_TRUE(companies.insert(a).ok());
    Company b;
    b.name = QStringLiteral("Acme");
    b.aliases = {QStringLiteral("Acme Widgets GmbH")};
    b.priority = CompanyPriority::Medium;
    ASSERT_TRUE(companies.insert(b).ok());
    EXPECT_EQ(companies.list({.search = QStringLiteral("rust")}).size(), 1);
    EXPECT_EQ(companies.list({.search = QStringLiteral("widgets")}).first().name, QStringLiteral("Acme"));
    EXPECT_EQ(companies.list({.targetsOnly = true}).first().name, QStringLiteral("Acme"));
    EXPECT_EQ(companies.allNames().size(), 2);
}
