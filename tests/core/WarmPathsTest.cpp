#include "core/analytics/NearestHelp.h"
#include "core/analytics/WarmPaths.h"
#include "tests/core/NetworkFixture.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;
using foothold::test::HandNetwork;

namespace {

QStringList names(const WarmPath &path)
{
    QStringList out;
    for (const auto &hop : path.hops)
        out << hop.name;
    return out;
}

QList<WarmPath> paths(const NetworkGraph &graph, PathTarget target, int k = 5)
{
    auto found = findWarmPaths(graph, target, k);
    EXPECT_TRUE(found.ok()) << (found.ok() ? "" : found.error().toString().toStdString());
    return found.ok() ? *found : QList<WarmPath>();
}

// Ana (0.9), Cleo (0.5) and Ben (0.3, at Lumen) are connections; Eve is a prospect at Lumen.
struct LumenNetwork : HandNetwork {
    CompanyId lumen = company(QStringLiteral("Lumen"));
    CompanyId acme = company(QStringLiteral("Acme"));
    ContactId ana = known(QStringLiteral("Ana"), 0.9, acme);
    ContactId ben = known(QStringLiteral("Ben"), 0.3, lumen);
    ContactId cleo = known(QStringLiteral("Cleo"), 0.5);
    ContactId eve = prospect(QStringLiteral("Eve"), lumen);
    LumenNetwork()
    {
        link(ana, ben, 0.8);
        link(cleo, ben, 0.9);
        link(ana, cleo, 0.5);
        link(cleo, eve, 0.6, LinkKind::WorksWith);
    }
};

} // namespace

TEST(WarmPaths, RankedByTheProductOfStrengthsDirectContactFirstAmongEquals)
{
    LumenNetwork net;
    const auto found = paths(net.graph(), PathTarget::toCompany(net.lumen));
    // By hand, every simple path from me that ends at the first person at Lumen:
    //   Ana→Ben 0.9·0.8 = 0.72; Cleo→Ben 0.5·0.9 = 0.45; Ana→Cleo→Ben 0.9·0.5·0.9 = 0.405;
    //   Ben 0.3 and Cleo→Eve 0.5·0.6 = 0.3 (equal: the direct contact first);
    //   Ana→Cleo→Eve 0.27 and Cleo→Ana→Ben 0.2 fall outside the best 5.
    ASSERT_EQ(found.size(), 5);
    EXPECT_EQ(names(found[0]), (QStringList{QStringLiteral("Ana"), QStringLiteral("Ben")}));
    EXPECT_NEAR(found[0].score, 0.72, 1e-12);
    EXPECT_EQ(names(found[1]), (QStringList{QStringLiteral("Cleo"), QStringLiteral("Ben")}));
    EXPECT_NEAR(found[1].score, 0.45, 1e-12);
    EXPECT_EQ(names(found[2]), (QStringList{QStringLiteral("Ana"), QStringLiteral("Cleo"), QStringLiteral("Ben")}));
    EXPECT_NEAR(found[2].score, 0.405, 1e-12);
    EXPECT_EQ(names(found[3]), (QStringList{QStringLiteral("Ben")}));
    EXPECT_NEAR(found[3].score, 0.3, 1e-12);
    EXPECT_EQ(names(found[4]), (QStringList{QStringLiteral("Cleo"), QStringLiteral("Eve")}));
    EXPECT_NEAR(found[4].score, 0.3, 1e-12);

    const auto seven = paths(net.graph(), PathTarget::toCompany(net.lumen), 10);
    ASSERT_EQ(seven.size(), 7);
    EXPECT_NEAR(seven[5].score, 0.27, 1e-12);
    EXPECT_NEAR(seven[6].score, 0.2, 1e-12);
}

TEST(WarmPaths, EveryHopIsExplained)
{
    LumenNetwork net;
    const auto found = paths(net.graph(), PathTarget::toCompany(net.lumen), 1);
    ASSERT_EQ(found.size(), 1);
    const auto &hops = found[0].hops;
    ASSERT_EQ(hops.size(), 2);
    EXPECT_EQ(hops[0].link, QStringLiteral("connection"));
    EXPECT_DOUBLE_EQ(hops[0].strength, 0.9);
    EXPECT_EQ(hops[0].why, QStringLiteral("strong: set by you (0.9)"));
    EXPECT_EQ(hops[0].companyName, QStringLiteral("Acme"));
    EXPECT_EQ(hops[1].link, QStringLiteral("knows"));
    EXPECT_DOUBLE_EQ(hops[1].strength, 0.8);
    EXPECT_EQ(hops[1].why, QStringLiteral("Ana knows Ben (entered)"));
    EXPECT_EQ(hops[1].companyName, QStringLiteral("Lumen"));
}

TEST(WarmPaths, EqualScoresAndEqualHopsGoInAlphabeticalOrder)
{
    HandNetwork net;
    const CompanyId nova = net.company(QStringLiteral("Nova"));
    net.known(QStringLiteral("Zoe"), 0.5, nova);
    net.known(QStringLiteral("Yan"), 0.5, nova);
    const ContactId ida = net.known(QStringLiteral("Ida"), 1.0);
    const ContactId uma = net.prospect(QStringLiteral("Uma"), nova);
    net.link(ida, uma, 0.5);
    const auto found = paths(net.graph(), PathTarget::toCompany(nova));
    ASSERT_EQ(found.size(), 3);
    // 0.5 each: the direct contacts first (alphabetically), then Ida→Uma (1.0·0.5).
    EXPECT_EQ(names(found[0]), (QStringList{QStringLiteral("Yan")}));
    EXPECT_EQ(names(found[1]), (QStringList{QStringLiteral("Zoe")}));
    EXPECT_EQ(names(found[2]), (QStringList{QStringLiteral("Ida"), QStringLiteral("Uma")}));
    for (const auto &path : found)
        EXPECT_NEAR(path.score, 0.5, 1e-12);
}

TEST(WarmPaths, ACycleGivesOnlySimplePaths)
{
    HandNetwork net;
    const CompanyId target = net.company(QStringLiteral("Target"));
    const ContactId a = net.known(QStringLiteral("A"), 0.8);
    const ContactId b = net.prospect(QStringLiteral("B"));
    const ContactId c = net.prospect(QStringLiteral("C"));
    const ContactId t = net.prospect(QStringLiteral("T"), target);
    net.link(a, b, 0.9);
    net.link(b, c, 0.9);
    net.link(c, a, 0.5); // A–B–C–A is a cycle
    net.link(c, t, 1.0);
    const auto found = paths(net.graph(), PathTarget::toCompany(target));
    // A→B→C→T 0.8·0.9·0.9·1 = 0.648; A→C→T 0.8·0.5·1 = 0.4; nothing else without repeating someone.
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(names(found[0]), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("T")}));
    EXPECT_NEAR(found[0].score, 0.648, 1e-12);
    EXPECT_EQ(names(found[1]), (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("T")}));
    EXPECT_NEAR(found[1].score, 0.4, 1e-12);
}

TEST(WarmPaths, AnUnreachableTargetHasNoPath)
{
    HandNetwork net;
    const CompanyId island = net.company(QStringLiteral("Island"));
    const CompanyId empty = net.company(QStringLiteral("Empty"));
    const ContactId ana = net.known(QStringLiteral("Ana"), 0.9);
    const ContactId bo = net.prospect(QStringLiteral("Bo"), island);
    const ContactId cy = net.prospect(QStringLiteral("Cy"), island);
    net.link(bo, cy, 0.9); // they know each other, but nobody I know knows them
    net.known(QStringLiteral("Dee"), 0.0, island); // a tie of 0 is no tie
    Q_UNUSED(ana);
    EXPECT_TRUE(paths(net.graph(), PathTarget::toCompany(island)).isEmpty());
    EXPECT_TRUE(paths(net.graph(), PathTarget::toCompany(empty)).isEmpty());
}

TEST(WarmPaths, ADismissedInferredLinkIsNotAPath)
{
    HandNetwork net;
    const CompanyId lumen = net.company(QStringLiteral("Lumen"));
    const ContactId ana = net.known(QStringLiteral("Ana"), 0.9);
    const ContactId ben = net.prospect(QStringLiteral("Ben"), lumen);
    net.link(ana, ben, 0.3, LinkKind::WorksWith, LinkSource::InferredCompany, /*dismissed*/ true);
    EXPECT_TRUE(paths(net.graph(), PathTarget::toCompany(lumen)).isEmpty());

    net.data.links.last().dismissed = false;
    const auto found = paths(net.graph(), PathTarget::toCompany(lumen));
    ASSERT_EQ(found.size(), 1);
    EXPECT_NEAR(found[0].score, 0.27, 1e-12);
    EXPECT_TRUE(found[0].hops[1].inferred);
    EXPECT_EQ(found[0].hops[1].why, QStringLiteral("Ana works with Ben (inferred: same company)"));
}

TEST(WarmPaths, AProspectWithNoLinkHasNoPathAndOneWithALinkHasOne)
{
    HandNetwork net;
    const ContactId ana = net.known(QStringLiteral("Ana"), 0.6);
    const ContactId pia = net.prospect(QStringLiteral("Pia"));
    const ContactId raj = net.prospect(QStringLiteral("Raj"));
    net.link(raj, ana, 0.5, LinkKind::Mentor);
    EXPECT_TRUE(paths(net.graph(), PathTarget::toContact(pia)).isEmpty());
    const auto found = paths(net.graph(), PathTarget::toContact(raj));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(names(found[0]), (QStringList{QStringLiteral("Ana"), QStringLiteral("Raj")}));
    EXPECT_NEAR(found[0].score, 0.3, 1e-12);
    EXPECT_EQ(found[0].hops[1].why, QStringLiteral("Raj mentors Ana (entered)"));
}

TEST(WarmPaths, ThePairsStrongestLinkCountsAndBadQueriesAreRefused)
{
    HandNetwork net;
    const ContactId ana = net.known(QStringLiteral("Ana"), 1.0);
    const ContactId ben = net.prospect(QStringLiteral("Ben"));
    net.link(ana, ben, 0.4, LinkKind::Knows);
    net.link(ana, ben, 0.7, LinkKind::WorksWith);
    const auto found = paths(net.graph(), PathTarget::toContact(ben));
    ASSERT_EQ(found.size(), 1);
    EXPECT_NEAR(found[0].score, 0.7, 1e-12);
    EXPECT_EQ(found[0].hops[1].link, QStringLiteral("works-with"));

    EXPECT_EQ(findWarmPaths(net.graph(), PathTarget::toContact(ContactId(99))).error().code, Error::Code::NotFound);
    EXPECT_EQ(findWarmPaths(net.graph(), PathTarget::toContact(ben), 0).error().code, Error::Code::Invalid);
}

TEST(WarmPaths, TheDirectTargetIsItsOwnOneHopPath)
{
    HandNetwork net;
    const ContactId ana = net.known(QStringLiteral("Ana"), 0.7);
    const auto found = paths(net.graph(), PathTarget::toContact(ana));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(names(found[0]), (QStringList{QStringLiteral("Ana")}));
    EXPECT_NEAR(found[0].score, 0.7, 1e-12);
}

// The search is pruned to the part of the graph the best paths can touch; on random networks
// the pruned answer must be the full one.
TEST(WarmPaths, PruningNeverChangesTheAnswer)
{
    QRandomGenerator random(20260615);
    for (int round = 0; round < 40; ++round) {
        HandNetwork net;
        QList<CompanyId> companies;
        for (int c = 0; c < 8; ++c)
            companies << net.company(QStringLiteral("C%1").arg(c));
        QList<ContactId> people;
        const int size = 40 + random.bounded(120);
        for (int i = 0; i < size; ++i) {
            // Companies of very different sizes; some very strong ties, many weak ones.
            const CompanyId at = companies[qMin(random.bounded(8), random.bounded(8))];
            const QString name = QStringLiteral("P%1").arg(i);
            const double tie = random.bounded(5) == 0 ? 0.9 + 0.1 * random.generateDouble() : 0.05 + 0.5 * random.generateDouble();
            people << (random.bounded(4) == 0 ? net.prospect(name, at) : net.known(name, tie, at));
        }
        for (int e = 0, links = size * (1 + random.bounded(4)); e < links; ++e) {
            const ContactId a = people[random.bounded(people.size())];
            const ContactId b = people[random.bounded(people.size())];
            if (a != b)
                net.link(a, b, 0.05 + 0.95 * random.generateDouble());
        }
        const NetworkGraph graph = net.graph();
        const int k = 1 + random.bounded(8);
        const PathTarget target = round % 3 == 0 ? PathTarget::toContact(people[random.bounded(people.size())])
                                                 : PathTarget::toCompany(companies[random.bounded(companies.size())]);
        auto pruned = findWarmPaths(graph, target, k);
        auto full = findWarmPaths(graph, target, k, PathSearchOptions{false});
        ASSERT_TRUE(pruned.ok() && full.ok());
        ASSERT_EQ(pruned->size(), full->size()) << "round " << round;
        for (qsizetype i = 0; i < pruned->size(); ++i)
            EXPECT_NEAR((*pruned)[i].score, (*full)[i].score, 1e-12) << "round " << round << " path " << i;
    }
}

TEST(NearestHelp, ContactsAtCompaniesWithTheSameStackAndEventsUpcomingFirst)
{
    HandNetwork net;
    const CompanyId lumen = net.company(QStringLiteral("Lumen"), CompanyPriority::High, {QStringLiteral("Qt"), QStringLiteral("C++")});
    const CompanyId nova = net.company(QStringLiteral("Nova"), CompanyPriority::None, {QStringLiteral("c++"), QStringLiteral("Qt"), QStringLiteral("Go")});
    const CompanyId acme = net.company(QStringLiteral("Acme"), CompanyPriority::None, {QStringLiteral("C++"), QStringLiteral("Rust")});
    const CompanyId web = net.company(QStringLiteral("Web"), CompanyPriority::None, {QStringLiteral("PHP")});
    net.known(QStringLiteral("Ana"), 0.4, acme);
    net.known(QStringLiteral("Bo"), 0.9, acme);
    net.known(QStringLiteral("Cy"), 0.2, nova);
    net.known(QStringLiteral("Dee"), 0.9, web);
    net.prospect(QStringLiteral("Eli"), nova); // no tie: cannot help me
    const NetworkGraph graph = net.graph();

    const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());
    QList<EventMention> events{
        {EventId(1), QStringLiteral("Past meetup"), now.addDays(-30), QStringLiteral("sponsor")},
        {EventId(2), QStringLiteral("Far conference"), now.addDays(60), QStringLiteral("hiring")},
        {EventId(3), QStringLiteral("Next meetup"), now.addDays(7), QStringLiteral("attending")},
        {EventId(3), QStringLiteral("Next meetup"), now.addDays(7), QStringLiteral("sponsor")},
        {EventId(4), QStringLiteral("Old fair"), now.addDays(-300), QStringLiteral("exhibitor")},
    };
    const NearestHelp help = nearestHelp(graph, lumen, events, now);
    ASSERT_EQ(help.stackContacts.size(), 3);
    EXPECT_EQ(help.stackContacts[0].name, QStringLiteral("Cy")); // two shared: Qt, C++
    EXPECT_EQ(help.stackContacts[0].sharedStack, (QStringList{QStringLiteral("C++"), QStringLiteral("Qt")}));
    EXPECT_EQ(help.stackContacts[1].name, QStringLiteral("Bo"));  // one shared, stronger tie
    EXPECT_EQ(help.stackContacts[2].name, QStringLiteral("Ana"));
    ASSERT_EQ(help.events.size(), 4);
    EXPECT_EQ(help.events[0].name, QStringLiteral("Next meetup"));
    EXPECT_EQ(help.events[1].name, QStringLiteral("Far conference"));
    EXPECT_EQ(help.events[2].name, QStringLiteral("Past meetup"));
    EXPECT_EQ(help.events[3].name, QStringLiteral("Old fair"));
}
