#include "core/analytics/Reach.h"
#include "tests/core/NetworkFixture.h"

#include <gtest/gtest.h>

using namespace foothold;
using foothold::test::HandNetwork;

namespace {

Reach reachOf(const HandNetwork &net, QDate today = HandNetwork::today())
{
    auto reach = computeReach(net.data, today);
    EXPECT_TRUE(reach.ok()) << (reach.ok() ? "" : reach.error().toString().toStdString());
    return reach.ok() ? *reach : Reach{};
}

// Six months of 2026 (today is 2026-06-15):
//   Ana, known since 2026-01-10, worked at Acme until 2026-03-20 and is at Nova since;
//   Ben, known since 2026-03-05, works at Lumen;
//   Dan (a prospect at Lumen) knows Ana, link without a date;
//   Cleo (a prospect at Orbit) knows Ben since 2026-04-02;
//   Eve (a prospect at Acme) knew Ben, but the user dismissed that link.
// Lumen, Acme and Orbit are targets; Nova is not.
struct MovingNetwork : HandNetwork {
    CompanyId lumen = company(QStringLiteral("Lumen"), CompanyPriority::High);
    CompanyId acme = company(QStringLiteral("Acme"), CompanyPriority::Medium);
    CompanyId nova = company(QStringLiteral("Nova"));
    CompanyId orbit = company(QStringLiteral("Orbit"), CompanyPriority::Low);
    ContactId ana = known(QStringLiteral("Ana"), 0.5, nova, QDate(2026, 1, 10));
    ContactId ben = known(QStringLiteral("Ben"), 0.5, lumen, QDate(2026, 3, 5));
    ContactId dan = prospect(QStringLiteral("Dan"), lumen);
    ContactId cleo = prospect(QStringLiteral("Cleo"), orbit);
    ContactId eve = prospect(QStringLiteral("Eve"), acme);
    MovingNetwork()
    {
        personOf(ana).earlierJobs << NetworkJob{acme, QDate(2023, 1, 1), QDate(2026, 3, 20)};
        link(ana, dan, 0.5);
        link(ben, cleo, 0.5, LinkKind::Knows, LinkSource::Manual, false, QDate(2026, 4, 2));
        link(ben, eve, 0.5, LinkKind::WorksWith, LinkSource::InferredCompany, /*dismissed*/ true);
    }
};

} // namespace

TEST(Reach, ByMonthOverAHistoryWhereAContactChangesCompany)
{
    MovingNetwork net;
    const Reach reach = reachOf(net);
    // Jan, Feb: Ana at Acme (1st); Dan at Lumen through Ana (2nd).
    // Mar: Ana has left Acme for Nova (1st), Ben at Lumen (1st); Dan's Lumen is 1st already.
    // Apr on: Cleo at Orbit through Ben (2nd). Eve's Acme never counts: that link is dismissed.
    const QList<ReachMonth> expected{
        {QDate(2026, 1, 1), 1, 1, 2},
        {QDate(2026, 2, 1), 1, 1, 2},
        {QDate(2026, 3, 1), 2, 0, 1},
        {QDate(2026, 4, 1), 2, 1, 2},
        {QDate(2026, 5, 1), 2, 1, 2},
        {QDate(2026, 6, 1), 2, 1, 2},
    };
    EXPECT_EQ(reach.byMonth, expected);
    EXPECT_EQ(reach.firstDegree, (QList<CompanyId>{net.lumen, net.nova}));
    EXPECT_EQ(reach.secondDegree, QList<CompanyId>{net.orbit});
    EXPECT_EQ(reach.targetsCovered, 2);
    EXPECT_EQ(reach.targetsTotal, 3);
    ASSERT_EQ(reach.targets.size(), 3);
    EXPECT_EQ(reach.targets[0].name, QStringLiteral("Lumen"));
    EXPECT_EQ(reach.targets[0].degree, 1);
    EXPECT_EQ(reach.targets[1].name, QStringLiteral("Acme"));
    EXPECT_EQ(reach.targets[1].degree, 0);
    EXPECT_EQ(reach.targets[2].name, QStringLiteral("Orbit"));
    EXPECT_EQ(reach.targets[2].degree, 2);
}

TEST(Reach, AJobCountsThroughItsLastDay)
{
    MovingNetwork net;
    // Leaving on the last day of February still counts for February's figure (taken that day).
    net.personOf(net.ana).earlierJobs[0].to = QDate(2026, 2, 28);
    Reach reach = reachOf(net);
    EXPECT_EQ(reach.byMonth[1], (ReachMonth{QDate(2026, 2, 1), 1, 1, 2}));
    EXPECT_EQ(reach.byMonth[2], (ReachMonth{QDate(2026, 3, 1), 2, 0, 1}));
    // The day before: February no longer has Acme, only Nova (from 2026-02-28).
    net.personOf(net.ana).earlierJobs[0].to = QDate(2026, 2, 27);
    reach = reachOf(net);
    EXPECT_EQ(reach.byMonth[1], (ReachMonth{QDate(2026, 2, 1), 1, 1, 1}));
}

TEST(Reach, BrokersAreRankedByTargetsThenByTheirShareOfTheRoutes)
{
    MovingNetwork net;
    const Reach reach = reachOf(net);
    // Ben opens Lumen (he works there) and Orbit (Cleo); Ana opens Lumen through Dan only, and
    // the shortest route to Lumen is through Ben, so her share is 0.
    ASSERT_EQ(reach.brokers.size(), 2);
    EXPECT_EQ(reach.brokers[0].name, QStringLiteral("Ben"));
    EXPECT_EQ(reach.brokers[0].targets, 2);
    EXPECT_DOUBLE_EQ(reach.brokers[0].share, 2.0);
    EXPECT_EQ(reach.brokers[1].name, QStringLiteral("Ana"));
    EXPECT_EQ(reach.brokers[1].targets, 1);
    EXPECT_DOUBLE_EQ(reach.brokers[1].share, 0.0);
}

TEST(Reach, TwoWaysIntoTheSameCompanySplitTheShare)
{
    HandNetwork net;
    const CompanyId lumen = net.company(QStringLiteral("Lumen"), CompanyPriority::High);
    const CompanyId orbit = net.company(QStringLiteral("Orbit"), CompanyPriority::High);
    net.known(QStringLiteral("Zed"), 0.5, lumen, QDate(2024, 5, 1));
    net.known(QStringLiteral("Amy"), 0.5, lumen, QDate(2024, 2, 1));
    const ContactId kit = net.known(QStringLiteral("Kit"), 0.5);
    const ContactId oz = net.prospect(QStringLiteral("Oz"), orbit);
    net.link(kit, oz, 0.5);
    const Reach reach = reachOf(net);
    // Each of Amy and Zed has one target and half of the routes to it; Kit alone opens Orbit.
    // Amy and Zed tie on both: the one known longer comes first.
    ASSERT_EQ(reach.brokers.size(), 3);
    EXPECT_EQ(reach.brokers[0].name, QStringLiteral("Kit"));
    EXPECT_DOUBLE_EQ(reach.brokers[0].share, 1.0);
    EXPECT_EQ(reach.brokers[1].name, QStringLiteral("Amy"));
    EXPECT_DOUBLE_EQ(reach.brokers[1].share, 0.5);
    EXPECT_EQ(reach.brokers[2].name, QStringLiteral("Zed"));
    EXPECT_DOUBLE_EQ(reach.brokers[2].share, 0.5);
    EXPECT_EQ(reach.targetsCovered, 2);
}

TEST(Reach, AProspectAloneIsNoReachAndNobodyKnownIsNoHistory)
{
    HandNetwork net;
    const CompanyId lumen = net.company(QStringLiteral("Lumen"), CompanyPriority::High);
    net.prospect(QStringLiteral("Pia"), lumen);
    const Reach reach = reachOf(net);
    EXPECT_TRUE(reach.firstDegree.isEmpty());
    EXPECT_TRUE(reach.secondDegree.isEmpty());
    EXPECT_TRUE(reach.byMonth.isEmpty());
    EXPECT_TRUE(reach.brokers.isEmpty());
    EXPECT_EQ(reach.targetsTotal, 1);
    EXPECT_EQ(reach.targetsCovered, 0);
    ASSERT_EQ(reach.targets.size(), 1);
    EXPECT_EQ(reach.targets[0].degree, 0);
}

TEST(Reach, AConnectionMadeInTheFutureDoesNotCountYet)
{
    HandNetwork net;
    const CompanyId lumen = net.company(QStringLiteral("Lumen"), CompanyPriority::High);
    const CompanyId acme = net.company(QStringLiteral("Acme"));
    net.known(QStringLiteral("Ana"), 0.5, acme, QDate(2026, 5, 20));
    net.known(QStringLiteral("Bea"), 0.5, lumen, QDate(2026, 7, 1));
    const Reach reach = reachOf(net);
    EXPECT_EQ(reach.byMonth, (QList<ReachMonth>{{QDate(2026, 5, 1), 1, 0, 0}, {QDate(2026, 6, 1), 1, 0, 0}}));
    EXPECT_EQ(reach.targetsCovered, 0);
}

TEST(Reach, RoutesIntoACompanyWhereNobodyIKnowWorksAreCountedOneByOne)
{
    HandNetwork net;
    const CompanyId orbit = net.company(QStringLiteral("Orbit"), CompanyPriority::High);
    const ContactId kit = net.known(QStringLiteral("Kit"), 0.5, {}, QDate(2024, 1, 1));
    const ContactId lou = net.known(QStringLiteral("Lou"), 0.5, {}, QDate(2024, 2, 1));
    const ContactId oz = net.prospect(QStringLiteral("Oz"), orbit);
    const ContactId ola = net.prospect(QStringLiteral("Ola"), orbit);
    net.link(kit, oz, 0.5);
    net.link(kit, ola, 0.5);
    net.link(kit, ola, 0.9, LinkKind::WorksWith); // a second link between the same two: one route
    net.link(lou, oz, 0.5);
    const Reach reach = reachOf(net);
    // Three shortest routes into Orbit: Kit–Oz, Kit–Ola, Lou–Oz. Kit has 2/3 of them, Lou 1/3.
    ASSERT_EQ(reach.brokers.size(), 2);
    EXPECT_EQ(reach.brokers[0].name, QStringLiteral("Kit"));
    EXPECT_NEAR(reach.brokers[0].share, 2.0 / 3.0, 1e-12);
    EXPECT_EQ(reach.brokers[1].name, QStringLiteral("Lou"));
    EXPECT_NEAR(reach.brokers[1].share, 1.0 / 3.0, 1e-12);
    EXPECT_EQ(reach.secondDegree, QList<CompanyId>{orbit});
}
