#include "tests/support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using foothold::test::CliResult;
using foothold::test::CliRunner;

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

class NetworkCli : public ::testing::Test {
protected:
    CliResult ok(const QStringList &args)
    {
        CliResult r = cli.run(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString();
        return r;
    }
    CliResult ok(const char *args) { return ok(words(args)); }
    QJsonDocument json(const char *args) { return QJsonDocument::fromJson(ok(words(args)).out.toUtf8()); }
    // A failure must be one line naming what is wrong, exit 1, and change nothing.
    void failsWith(const char *args, const QString &expected)
    {
        const QByteArray before = snapshot();
        CliResult r = cli.run(words(args));
        EXPECT_EQ(r.exitCode, 1) << args << "\n" << r.out.toStdString() << r.err.toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(expected)) << "expected “" << expected.toStdString() << "” in: " << r.err.toStdString();
        EXPECT_EQ(snapshot(), before) << args << " changed something";
    }
    QByteArray snapshot()
    {
        QByteArray all;
        for (const char *kind : {"contacts", "companies", "followups"})
            all += cli.run({QStringLiteral("list"), QString::fromLatin1(kind), QStringLiteral("--json")}).out.toUtf8();
        all += cli.run({QStringLiteral("link"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")}).out.toUtf8();
        return all;
    }

    CliRunner cli;
};

} // namespace

TEST_F(NetworkCli, AddContactTakesProspectAndStrength)
{
    ok("add|contact|--name|Pia Park|--prospect");
    ok("add|contact|--name|Ana Lima|--strength|0.7");
    ok("add|contact|--name|Raj Rao|--strength|35%");
    const QJsonArray rows = json("list|contacts|--json").array();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ana Lima"));
    EXPECT_DOUBLE_EQ(rows[0].toObject().value(QLatin1String("strength_override")).toDouble(), 0.7);
    EXPECT_FALSE(rows[0].toObject().value(QLatin1String("prospect")).toBool());
    EXPECT_TRUE(rows[1].toObject().value(QLatin1String("prospect")).toBool());
    EXPECT_TRUE(rows[1].toObject().value(QLatin1String("strength_override")).isNull());
    EXPECT_DOUBLE_EQ(rows[2].toObject().value(QLatin1String("strength_override")).toDouble(), 0.35);

    failsWith("add|contact|--name|Bad One|--strength|1.5", QStringLiteral("strength: 1.5 is outside 0..1"));
    failsWith("add|contact|--name|Bad Two|--strength|much", QStringLiteral("strength: “much” is not a number"));
}

TEST_F(NetworkCli, LinkAddListAndRemove)
{
    ok("add|contact|--name|Ana Lima");
    ok("add|contact|--name|Ben Okafor");
    EXPECT_EQ(ok("link|add|Ana Lima|Ben Okafor|--kind|mentor|--strength|0.8|--since|2025-05-01").out,
              QStringLiteral("added link 1: Ana Lima mentor Ben Okafor (strength 0.8)\n"));
    ok("link|add|2|1|--kind|knows"); // by id; default strength 0.5
    const QJsonArray links = json("link|list|--json").array();
    ASSERT_EQ(links.size(), 2);
    const QJsonObject first = links[0].toObject();
    EXPECT_EQ(first.value(QLatin1String("from")).toString(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(first.value(QLatin1String("to")).toString(), QStringLiteral("Ben Okafor"));
    EXPECT_EQ(first.value(QLatin1String("kind")).toString(), QStringLiteral("mentor"));
    EXPECT_DOUBLE_EQ(first.value(QLatin1String("strength")).toDouble(), 0.8);
    EXPECT_EQ(first.value(QLatin1String("source")).toString(), QStringLiteral("manual"));
    EXPECT_EQ(first.value(QLatin1String("since")).toString(), QStringLiteral("2025-05-01"));
    EXPECT_FALSE(first.value(QLatin1String("inferred")).toBool());
    EXPECT_DOUBLE_EQ(links[1].toObject().value(QLatin1String("strength")).toDouble(), 0.5);
    EXPECT_TRUE(ok("link|list").out.contains(QStringLiteral("Ana Lima")));

    failsWith("link|remove|Ana Lima|Ben Okafor", QStringLiteral("they are linked in 2 ways: mentor (link 1), knows (link 2)"));
    EXPECT_EQ(ok("link|remove|Ana Lima|Ben Okafor|--kind|knows").out, QStringLiteral("removed link 2: Ana Lima knows Ben Okafor\n"));
    ok("link|remove|1");
    EXPECT_EQ(json("link|list|--all|--json").array().size(), 0);
    failsWith("link|remove|1", QStringLiteral("link: there is no link with id 1"));
    failsWith("link|remove|Ana Lima|Ben Okafor", QStringLiteral("these two are not linked"));
}

TEST_F(NetworkCli, BadLinksAreRefusedWithOneClearLineAndNothingChanges)
{
    ok("add|contact|--name|Ana Lima");
    ok("add|contact|--name|Sam Lee|--company|Lumen");
    ok("add|contact|--name|Sam Lee|--company|Nova");
    ok("link|add|Ana Lima|2|--kind|knows");
    failsWith("link|add|Ana Lima|Ana Lima|--kind|knows", QStringLiteral("to: a contact cannot be linked to themselves"));
    failsWith("link|add|Ana Lima|2|--kind|works-with|--strength|1.2", QStringLiteral("strength: 1.2 is outside 0..1"));
    failsWith("link|add|Ana Lima|2|--kind|works-with|--strength|-0.1", QStringLiteral("strength: -0.1 is outside 0..1"));
    failsWith("link|add|Ana Lima|Nobody Here|--kind|knows", QStringLiteral("to: no contact is called “Nobody Here”"));
    failsWith("link|add|Sam Lee|Ana Lima|--kind|knows",
              QStringLiteral("from: “Sam Lee” matches 2 contacts: Sam Lee at Lumen (id 2); Sam Lee at Nova (id 3); give the id instead"));
    failsWith("link|add|Ana Lima|2|--kind|friends", QStringLiteral("kind: unknown value “friends”"));
    failsWith("link|add|2|Ana Lima|--kind|knows", QStringLiteral("kind: these two people are already linked that way"));
    EXPECT_EQ(cli.run(words("link|add|Ana Lima|2")).exitCode, 2) << "--kind is required";
    EXPECT_EQ(cli.run(words("link|add|Ana Lima")).exitCode, 2);
    EXPECT_EQ(cli.run(words("link|frobnicate")).exitCode, 2);
    EXPECT_EQ(cli.run(words("link|--help")).exitCode, 0);
    EXPECT_EQ(cli.run(words("link|add|--help")).exitCode, 0);
}

TEST_F(NetworkCli, DerivedLinksAreDismissedNotDeletedAndStayDismissed)
{
    ok("add|contact|--name|Ana Lima|--company|Lumen");
    EXPECT_TRUE(ok("add|contact|--name|Ben Okafor|--company|Lumen").out.contains(QStringLiteral("linked to 1 other contact(s)")));
    QJsonArray links = json("link|list|--json").array();
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links[0].toObject().value(QLatin1String("source")).toString(), QStringLiteral("inferred-company"));
    EXPECT_TRUE(links[0].toObject().value(QLatin1String("inferred")).toBool());

    EXPECT_TRUE(ok("link|remove|Ana Lima|Ben Okafor").out.startsWith(QStringLiteral("dismissed link 1")));
    EXPECT_EQ(ok("link|derive").out, QStringLiteral("added 0 link(s); 0 pair(s) already linked; 1 dismissed pair(s) left dismissed\n"));
    EXPECT_TRUE(json("link|list|--json").array().isEmpty());
    links = json("link|list|--all|--json").array();
    ASSERT_EQ(links.size(), 1);
    EXPECT_TRUE(links[0].toObject().value(QLatin1String("dismissed")).toBool());

    // Entered by hand, the same tie comes back as the user's own.
    EXPECT_TRUE(ok("link|add|Ben Okafor|Ana Lima|--kind|works-with|--strength|0.9").out.startsWith(QStringLiteral("restored link 1")));
    links = json("link|list|--json").array();
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links[0].toObject().value(QLatin1String("source")).toString(), QStringLiteral("manual"));
    EXPECT_DOUBLE_EQ(links[0].toObject().value(QLatin1String("strength")).toDouble(), 0.9);
}

TEST_F(NetworkCli, CompanyTarget)
{
    ok("add|company|--name|Lumen Labs");
    ok("add|company|--name|Nova");
    EXPECT_EQ(ok("company|target|Lumen Labs|--priority|1").out, QStringLiteral("Lumen Labs is a target, priority 1 (Top target)\n"));
    EXPECT_EQ(ok("company|target|Nova").out, QStringLiteral("Nova is a target, priority 2 (Target)\n"));
    ok("company|target|lumen|labs|--priority|low"); // unquoted words, any case
    QJsonArray companies = json("list|companies|--json").array();
    ASSERT_EQ(companies.size(), 2);
    EXPECT_EQ(companies[0].toObject().value(QLatin1String("priority")).toInt(), 3); // low
    EXPECT_EQ(companies[1].toObject().value(QLatin1String("priority")).toInt(), 2);
    failsWith("company|target|Nova|--priority|4", QStringLiteral("priority: 4 is outside 1..3"));
    failsWith("company|target|Nova|--priority|0", QStringLiteral("priority: 0 is outside 1..3"));
    failsWith("company|target|Orbit", QStringLiteral("company: no company is called “Orbit”"));
    ok("company|untarget|Nova");
    companies = json("list|companies|--json").array();
    EXPECT_EQ(companies[1].toObject().value(QLatin1String("priority")).toInt(), 0);
    EXPECT_EQ(cli.run(words("company")).exitCode, 2);
}

TEST_F(NetworkCli, PathsToACompanyAsJsonBestFirst)
{
    ok("add|contact|--name|Ana Lima|--company|Acme|--strength|0.9");
    ok("add|contact|--name|Ben Okafor|--company|Lumen|--prospect");
    ok("add|contact|--name|Cleo Diaz|--company|Lumen|--strength|0.72");
    ok("link|add|Ana Lima|Ben Okafor|--kind|knows|--strength|0.8");
    // Cleo directly: 0.72; Ana then Ben: 0.9 · 0.8 = 0.72. Equal: the direct contact first.
    const QJsonArray paths = json("paths|--to-company|Lumen|--json").array();
    ASSERT_EQ(paths.size(), 2);
    const QJsonObject best = paths[0].toObject();
    EXPECT_NEAR(best.value(QLatin1String("score")).toDouble(), 0.72, 1e-12);
    ASSERT_EQ(best.value(QLatin1String("hops")).toArray().size(), 1);
    const QJsonObject cleo = best.value(QLatin1String("hops")).toArray()[0].toObject();
    EXPECT_EQ(cleo.value(QLatin1String("id")).toInt(), 3);
    EXPECT_EQ(cleo.value(QLatin1String("name")).toString(), QStringLiteral("Cleo Diaz"));
    EXPECT_EQ(cleo.value(QLatin1String("company")).toString(), QStringLiteral("Lumen"));
    EXPECT_EQ(cleo.value(QLatin1String("link")).toString(), QStringLiteral("connection"));
    EXPECT_DOUBLE_EQ(cleo.value(QLatin1String("strength")).toDouble(), 0.72);

    const QJsonArray second = paths[1].toObject().value(QLatin1String("hops")).toArray();
    EXPECT_NEAR(paths[1].toObject().value(QLatin1String("score")).toDouble(), 0.72, 1e-12);
    ASSERT_EQ(second.size(), 2);
    EXPECT_EQ(second[0].toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ana Lima")); // the one I ask
    EXPECT_EQ(second[0].toObject().value(QLatin1String("company")).toString(), QStringLiteral("Acme"));
    EXPECT_EQ(second[1].toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ben Okafor"));
    EXPECT_EQ(second[1].toObject().value(QLatin1String("link")).toString(), QStringLiteral("knows"));
    EXPECT_DOUBLE_EQ(second[1].toObject().value(QLatin1String("strength")).toDouble(), 0.8);
    EXPECT_EQ(second[1].toObject().value(QLatin1String("why")).toString(), QStringLiteral("Ana Lima knows Ben Okafor (entered)"));

    EXPECT_EQ(json("paths|--to-company|Lumen|--k|1|--json").array().size(), 1);
    const QString text = ok("paths|--to-company|Lumen").out;
    EXPECT_TRUE(text.contains(QStringLiteral("1. score 0.720: you → Cleo Diaz (Lumen)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2. score 0.720: you → Ana Lima (Acme) → Ben Okafor (Lumen)"))) << text.toStdString();
}

TEST_F(NetworkCli, PathsToAPersonNoPathAndBadQueries)
{
    ok("add|company|--name|Lumen|--stack|Qt");
    ok("add|company|--name|Nova|--stack|qt");
    ok("add|contact|--name|Ana Lima|--strength|0.5");
    ok("add|contact|--name|Pia Park|--company|Lumen|--prospect");
    ok("add|contact|--name|Dev Shah|--company|Nova|--strength|0.6");
    EXPECT_TRUE(json("paths|--to-contact|Pia Park|--json").array().isEmpty());
    const QString none = ok("paths|--to-contact|2").out;
    EXPECT_TRUE(none.startsWith(QStringLiteral("No path to Pia Park: nobody you know is linked to Pia Park."))) << none.toStdString();
    EXPECT_TRUE(none.contains(QStringLiteral("Dev Shah (Nova; also Qt; tie 0.600)"))) << none.toStdString();
    EXPECT_TRUE(ok("paths|--to-company|Lumen").out.startsWith(QStringLiteral("No path to Lumen: nobody you know is linked to anyone there.")));

    ok("link|add|Ana Lima|Pia Park|--kind|knows|--strength|0.4");
    const QJsonArray found = json("paths|--to-contact|Pia Park|--json").array();
    ASSERT_EQ(found.size(), 1);
    EXPECT_NEAR(found[0].toObject().value(QLatin1String("score")).toDouble(), 0.2, 1e-12);

    EXPECT_EQ(cli.run(words("paths")).exitCode, 2);
    EXPECT_EQ(cli.run(words("paths|--to-company|Lumen|--to-contact|Ana Lima")).exitCode, 2);
    failsWith("paths|--to-company|Lumen|--k|0", QStringLiteral("k: 0 is outside 1..100"));
    failsWith("paths|--to-company|Orbit", QStringLiteral("to-company: no company is called “Orbit”"));
    failsWith("paths|--to-contact|Nobody", QStringLiteral("to-contact: no contact is called “Nobody”"));
}

TEST_F(NetworkCli, AskCreatesTheIntroductionFollowUpOnce)
{
    ok("add|contact|--name|Ana Lima|--strength|0.9");
    ok("add|contact|--name|Ben Okafor|--company|Lumen|--prospect");
    ok("link|add|Ana Lima|Ben Okafor|--kind|knows");
    const QString made = ok("paths|--to-company|Lumen|--ask|1").out;
    EXPECT_TRUE(made.startsWith(QStringLiteral("added follow-up 1: Ask Ana Lima for an introduction to Ben Okafor (towards Lumen), due ")))
        << made.toStdString();
    EXPECT_TRUE(made.contains(QStringLiteral("Hi Ana,")));
    const QJsonArray followUps = json("list|followups|--json").array();
    ASSERT_EQ(followUps.size(), 1);
    EXPECT_EQ(followUps[0].toObject().value(QLatin1String("contact")).toString(), QStringLiteral("Ana Lima"));
    failsWith("paths|--to-company|Lumen|--ask|1", QStringLiteral("there is already a follow-up to ask Ana Lima for an introduction"));
    failsWith("paths|--to-company|Lumen|--ask|2", QStringLiteral("ask: there are only 1 paths"));
}

TEST_F(NetworkCli, ReachAsJson)
{
    ok("add|company|--name|Lumen|--priority|1");
    ok("add|company|--name|Orbit|--priority|2");
    ok("add|company|--name|Acme");
    ok("add|contact|--name|Ana Lima|--company|Acme|--connected|2024-01-15");
    ok("add|contact|--name|Ben Okafor|--company|Lumen|--connected|2024-03-02");
    ok("add|contact|--name|Cleo Diaz|--company|Orbit|--prospect");
    ok("link|add|Ana Lima|Cleo Diaz|--kind|knows|--since|2024-02-10");
    const QJsonObject reach = json("reach|--json").object();
    EXPECT_EQ(reach.value(QLatin1String("first_degree_companies")).toInt(), 2);  // Acme, Lumen
    EXPECT_EQ(reach.value(QLatin1String("second_degree_companies")).toInt(), 1); // Orbit through Ana
    EXPECT_EQ(reach.value(QLatin1String("targets_covered")).toInt(), 2);
    EXPECT_EQ(reach.value(QLatin1String("targets_total")).toInt(), 2);
    const QJsonArray brokers = reach.value(QLatin1String("brokers")).toArray();
    ASSERT_EQ(brokers.size(), 2);
    EXPECT_EQ(brokers[0].toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(brokers[0].toObject().value(QLatin1String("id")).toInt(), 1);
    EXPECT_EQ(brokers[0].toObject().value(QLatin1String("targets")).toInt(), 1);
    EXPECT_EQ(brokers[1].toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ben Okafor"));
    const QJsonArray months = reach.value(QLatin1String("by_month")).toArray();
    ASSERT_GE(months.size(), 3);
    // January 2024: Acme (Ana). February: Orbit through Ana from the 10th. March: Lumen (Ben).
    EXPECT_EQ(months[0].toObject(), (QJsonObject{{QStringLiteral("month"), QStringLiteral("2024-01")}, {QStringLiteral("first_degree"), 1},
                                                 {QStringLiteral("second_degree"), 0}, {QStringLiteral("targets_covered"), 0}}));
    EXPECT_EQ(months[1].toObject().value(QLatin1String("second_degree")).toInt(), 1);
    EXPECT_EQ(months[1].toObject().value(QLatin1String("targets_covered")).toInt(), 1);
    EXPECT_EQ(months[2].toObject().value(QLatin1String("first_degree")).toInt(), 2);
    EXPECT_EQ(months[2].toObject().value(QLatin1String("targets_covered")).toInt(), 2);
    const QJsonObject last = months.last().toObject();
    EXPECT_EQ(last.value(QLatin1String("first_degree")).toInt(), 2) << "the last month is now";
    EXPECT_EQ(last.value(QLatin1String("second_degree")).toInt(), 1);

    const QString text = ok("reach").out;
    EXPECT_TRUE(text.contains(QStringLiteral("target companies covered: 2 of 2"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Orbit (priority 2): 2nd degree"))) << text.toStdString();
}

TEST_F(NetworkCli, GenerateNetworkFillsAnEmptyDatabase)
{
    const QString said = ok("generate-network|--contacts|500|--links|1500|--seed|9").out;
    EXPECT_TRUE(said.startsWith(QStringLiteral("generated 500 contacts, 1500 links, 50 companies and 100 conversations in "))) << said.toStdString();
    EXPECT_EQ(json("list|contacts|--json").array().size(), 500);
    const QJsonObject reach = json("reach|--json").object();
    EXPECT_EQ(reach.value(QLatin1String("targets_total")).toInt(), 20);
    EXPECT_FALSE(reach.value(QLatin1String("by_month")).toArray().isEmpty());
    failsWith("generate-network|--contacts|10|--links|10", QStringLiteral("database: already has contacts"));
    EXPECT_EQ(cli.run(words("generate-network|--contacts|10")).exitCode, 2);
}
