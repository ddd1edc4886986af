#include "core/analytics/GraphLayout.h"
#include "core/services/NetworkLayoutService.h"
#include "core/storage/ContactStore.h"
#include "core/storage/LinkStore.h"
#include "core/storage/NetworkStore.h"
#include "core/storage/SqlSupport.h"
#include "tests/support/TempDatabase.h"

#include <QLineF>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

// Me (0) tied to 1 and 6; two groups of five (1–5, 6–10), each fully linked, one link between.
LayoutGraph twoGroups()
{
    LayoutGraph g;
    g.nodeCount = 11;
    auto add = [&](int a, int b) {
        g.edges.push_back({a, b});
        g.weights.push_back(1.0);
    };
    add(0, 1);
    add(0, 6);
    for (int base : {1, 6})
        for (int i = base; i < base + 5; ++i)
            for (int j = i + 1; j < base + 5; ++j)
                add(i, j);
    add(5, 10);
    return g;
}

double distance(QPointF a, QPointF b)
{
    return QLineF(a, b).length();
}

} // namespace

TEST(GraphLayout, SameSeedSamePositionsAndMeAtTheCentre)
{
    LayoutOptions options;
    options.seed = 42;
    auto first = computeLayout(twoGroups(), options);
    auto second = computeLayout(twoGroups(), options);
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_EQ(first->size(), 11u);
    EXPECT_EQ(*first, *second);
    EXPECT_EQ((*first)[0], QPointF(0, 0));
    for (const QPointF &p : *first)
        EXPECT_TRUE(std::isfinite(p.x()) && std::isfinite(p.y()));
    options.seed = 43;
    auto other = computeLayout(twoGroups(), options);
    ASSERT_TRUE(other.ok());
    EXPECT_NE(*first, *other);
}

TEST(GraphLayout, GroupsStayTogether)
{
    auto at = computeLayout(twoGroups(), LayoutOptions{});
    ASSERT_TRUE(at.ok());
    double within = 0;
    int withinCount = 0;
    double across = 0;
    int acrossCount = 0;
    for (int i = 1; i <= 10; ++i)
        for (int j = i + 1; j <= 10; ++j) {
            const bool same = (i <= 5) == (j <= 5);
            (same ? within : across) += distance((*at)[size_t(i)], (*at)[size_t(j)]);
            ++(same ? withinCount : acrossCount);
        }
    EXPECT_LT(within / withinCount, across / acrossCount);
}

TEST(GraphLayout, ReportsProgressAndStopsWhenAsked)
{
    LayoutOptions options;
    options.iterations = 100;
    QList<int> reported;
    auto done = computeLayout(twoGroups(), options, [&](int d, int total) {
        EXPECT_EQ(total, 100);
        reported << d;
        return true;
    });
    ASSERT_TRUE(done.ok());
    ASSERT_GE(reported.size(), 10) << "progress comes during the run, not only at the end";
    EXPECT_EQ(reported.last(), 100);
    for (qsizetype i = 1; i < reported.size(); ++i)
        EXPECT_LT(reported[i - 1], reported[i]);

    int calls = 0;
    auto stopped = computeLayout(twoGroups(), options, [&](int, int) { return ++calls < 2; });
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code, Error::Code::Cancelled);
    EXPECT_EQ(calls, 2);
    // igraph is left in a usable state: the next layout runs.
    EXPECT_TRUE(computeLayout(twoGroups(), options).ok());
}

TEST(GraphLayout, UnlinkedContactsSitNearerTheStrongerMyTie)
{
    LayoutGraph g;
    g.nodeCount = 4; // me, and three contacts with no link
    g.closeness = {1.0, 0.9, 0.5, 0.0};
    auto at = computeLayout(g, {});
    ASSERT_TRUE(at.ok());
    const double half = std::sqrt(4.0) / 2.0;
    EXPECT_NEAR(distance((*at)[1], QPointF()), half * (1 - 0.75 * 0.9), 0.05);
    EXPECT_LT(distance((*at)[1], QPointF()), distance((*at)[2], QPointF()));
    EXPECT_LT(distance((*at)[2], QPointF()), distance((*at)[3], QPointF()));
}

TEST(GraphLayout, PinnedNodesStayWhereTheUserLeftThem)
{
    LayoutGraph g = twoGroups();
    LayoutOptions options;
    options.start.resize(11);
    options.pinned.assign(11, 0);
    options.start[3] = QPointF(7.5, -2.25);
    options.pinned[3] = 1;
    auto at = computeLayout(g, options);
    ASSERT_TRUE(at.ok());
    EXPECT_EQ((*at)[3], QPointF(7.5, -2.25));
}

TEST(GraphLayout, MalformedGraphsAreRefused)
{
    LayoutGraph g;
    g.nodeCount = 2;
    g.edges.push_back({0, 5});
    g.weights.push_back(1.0);
    EXPECT_EQ(computeLayout(g, {}).error().code, Error::Code::Invalid);
    g.edges[0] = {0, 1};
    g.weights[0] = 0.0;
    EXPECT_EQ(computeLayout(g, {}).error().code, Error::Code::Invalid);
    g.nodeCount = 0;
    EXPECT_FALSE(computeLayout(g, {}).ok());
    LayoutGraph alone;
    alone.nodeCount = 1;
    auto me = computeLayout(alone, {});
    ASSERT_TRUE(me.ok());
    EXPECT_EQ(*me, std::vector<QPointF>{QPointF(0, 0)});
}

TEST(NetworkLayoutService, StoresPositionsThatReopenAndKeepsPinnedOnes)
{
    test::TempDatabase db;
    FixedClock clock = test::fixedClock();
    ContactStore contacts(db.db(), clock);
    QList<ContactId> ids;
    for (const char *name : {"Ana", "Ben", "Cleo", "Dev"}) {
        Contact c;
        c.name = QString::fromLatin1(name);
        ids << *contacts.insert(c);
    }
    Link l;
    l.from = ids[0];
    l.to = ids[1];
    ASSERT_TRUE(LinkStore(db.db()).insert(l).ok());
    NetworkStore store(db.db());
    ASSERT_TRUE(store.setPosition(ids[2], {QPointF(3, 4), true}, clock.nowUtc()).ok());

    int reports = 0;
    auto laid = NetworkLayoutService(db.db(), clock).run({}, [&](int, int) {
        ++reports;
        return true;
    });
    ASSERT_TRUE(laid.ok()) << laid.error().toString().toStdString();
    EXPECT_GE(reports, 10);
    ASSERT_EQ(laid->size(), 4);
    EXPECT_EQ(laid->value(ids[2].value), (NodePosition{QPointF(3, 4), true}));

    auto reopened = store.positions();
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(*reopened, *laid);

    ASSERT_TRUE(contacts.remove(ids[3]).ok());
    EXPECT_EQ(store.positions()->size(), 3) << "a deleted contact takes its position with it";

    auto stopped = NetworkLayoutService(db.db(), clock).run({7, 500, true}, [](int, int) { return false; });
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code, Error::Code::Cancelled);
    EXPECT_EQ(store.positions()->size(), 3) << "a cancelled layout stores nothing";
    EXPECT_EQ(store.positions()->value(ids[0].value), reopened->value(ids[0].value));
}

TEST(NetworkPositionsMigration, Version1DataSurvivesAndGainsThePositionsTable)
{
    test::TempDatabase db(Database::Options{.targetVersion = 1});
    ASSERT_EQ(db->schemaVersion(), 1);
    Contact c;
    c.name = QStringLiteral("Ana Lima");
    const ContactId id = *ContactStore(db.db()).insert(c);
    EXPECT_FALSE(sql::scalar(db->connection(), QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'network_positions'"))->isValid());

    // Migrate exactly one step: this test is about 0002, later migrations have their own.
    db.reopen(Database::Options{.targetVersion = 2});
    EXPECT_EQ(db->schemaVersion(), 2);
    auto ana = ContactStore(db.db()).get(id);
    ASSERT_TRUE(ana.ok());
    EXPECT_EQ(ana->name, QStringLiteral("Ana Lima"));
    NetworkStore store(db.db());
    ASSERT_TRUE(store.setPosition(id, {QPointF(1.5, -2), false}, QDateTime::currentDateTimeUtc()).ok());
    EXPECT_EQ(store.positions()->value(id.value), (NodePosition{QPointF(1.5, -2), false}));
}
