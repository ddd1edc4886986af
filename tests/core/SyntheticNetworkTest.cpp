#include "core/services/SyntheticNetwork.h"
#include "core/storage/NetworkStore.h"
#include "core/storage/StatsStore.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

TEST(SyntheticNetwork, SameSeedSameNetworkWithTheRequestedSizes)
{
    SyntheticNetworkSpec spec;
    spec.contacts = 2000;
    spec.links = 6000;
    spec.seed = 3;
    const NetworkData a = generateSyntheticNetwork(spec);
    const NetworkData b = generateSyntheticNetwork(spec);
    ASSERT_EQ(a.people.size(), 2000);
    EXPECT_EQ(a.links.size(), 6000);
    EXPECT_EQ(a.companies.size(), 200);
    EXPECT_EQ(a.touches.size(), 400);
    int targets = 0;
    for (const auto &c : a.companies)
        targets += c.priority != CompanyPriority::None;
    EXPECT_EQ(targets, 20);
    for (qsizetype i = 0; i < a.links.size(); ++i) {
        EXPECT_EQ(a.links[i].from, b.links[i].from);
        EXPECT_EQ(a.links[i].to, b.links[i].to);
        EXPECT_NE(a.links[i].from, a.links[i].to);
    }
    int prospects = 0;
    int moved = 0;
    for (const auto &p : a.people) {
        prospects += p.prospect;
        moved += !p.earlierJobs.isEmpty();
    }
    EXPECT_GT(prospects, 100);
    EXPECT_LT(prospects, 300);
    EXPECT_GT(moved, 50);
    spec.seed = 4;
    EXPECT_NE(generateSyntheticNetwork(spec).links.first().to, a.links.first().to);
}

TEST(SyntheticNetwork, WritesIntoAnEmptyDatabaseOnly)
{
    test::TempDatabase db;
    FixedClock clock = test::fixedClock();
    SyntheticNetworkSpec spec;
    spec.contacts = 300;
    spec.links = 900;
    const NetworkData generated = generateSyntheticNetwork(spec);
    ASSERT_TRUE(writeSyntheticNetwork(db.db(), generated, clock).ok());

    NetworkLoadOptions all;
    all.dismissedLinks = true;
    auto loaded = NetworkStore(db.db()).load(all);
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded->people.size(), 300);
    EXPECT_EQ(loaded->links.size(), 900);
    EXPECT_EQ(loaded->companies.size(), 30);
    for (qsizetype i = 0; i < 300; ++i) {
        EXPECT_EQ(loaded->people[i].id, generated.people[i].id);
        EXPECT_EQ(loaded->people[i].company, generated.people[i].company);
        EXPECT_EQ(loaded->people[i].connectedOn, generated.people[i].connectedOn);
        EXPECT_EQ(loaded->people[i].recordedOn, generated.people[i].recordedOn);
        EXPECT_EQ(loaded->people[i].earlierJobs, generated.people[i].earlierJobs);
    }
    EXPECT_EQ(loaded->links[0].since, generated.links[0].since);

    const Status again = writeSyntheticNetwork(db.db(), generated, clock);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().field, QStringLiteral("database"));
}
