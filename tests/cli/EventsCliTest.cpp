#include "tests/support/CliRunner.h"
#include "tests/support/Fixtures.h"

#include "core/storage/EventBriefStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using foothold::test::CliResult;
using foothold::test::CliRunner;

namespace {

QStringList words(const QString &text)
{
    return text.split(QLatin1Char('|'));
}

class EventsCli : public ::testing::Test {
protected:
    void SetUp() override { ok("events|settings|--home-currency|EUR"); }
    CliResult ok(const QString &args)
    {
        CliResult r = cli.run(words(args));
        EXPECT_EQ(r.exitCode, 0) << args.toStdString() << "\n" << r.err.toStdString();
        return r;
    }
    CliResult ok(const char *args) { return ok(QString::fromUtf8(args)); }
    QJsonDocument json(const QString &args) { return QJsonDocument::fromJson(ok(args).out.toUtf8()); }
    QJsonDocument json(const char *args) { return json(QString::fromUtf8(args)); }
    // Bad input: one line naming what is wrong, exit 1, nothing changed.
    void failsWith(const QString &args, const QString &expected)
    {
        const QByteArray before = snapshot();
        CliResult r = cli.run(words(args));
        EXPECT_EQ(r.exitCode, 1) << args.toStdString() << "\n" << r.out.toStdString() << r.err.toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(expected)) << "expected “" << expected.toStdString() << "” in: " << r.err.toStdString();
        EXPECT_EQ(snapshot(), before) << args.toStdString() << " changed something";
    }
    QByteArray snapshot()
    {
        QByteArray all;
        for (const char *kind : {"contacts", "companies", "events", "followups"})
            all += cli.run({QStringLiteral("list"), QString::fromLatin1(kind), QStringLiteral("--json")}).out.toUtf8();
        const CliResult sessions = cli.run(words(QStringLiteral("event|sessions|1|--json")));
        all += sessions.out.toUtf8();
        return all;
    }
    static QJsonObject byName(const QJsonArray &rows, const char *name)
    {
        for (const QJsonValue &row : rows)
            if (row.toObject().value(QLatin1String("name")).toString() == QLatin1String(name))
                return row.toObject();
        ADD_FAILURE() << "no row named " << name;
        return {};
    }

    CliRunner cli;
};

} // namespace

// The return of a small invented year, through the real binary, every figure by hand.
TEST_F(EventsCli, ReturnOfASmallYear)
{
    // PyCon: 300 + 250.50 = 550.50 EUR. The meetup costs nothing; DataFair was skipped.
    ok("add|event|--name|PyCon North|--kind|conference|--start|2026-03-10|--end|2026-03-12|--tz|Europe/Berlin|"
       "--status|attended|--cost-ticket|300|--cost-stay|250.50");
    ok("add|event|--name|RustConf|--kind|conference|--start|2026-05-04|--end|2026-05-05|--status|attended|"
       "--cost-ticket|200|--currency|GBP|--rate|1.15");
    ok("add|event|--name|Local meetup|--kind|meetup|--start|2026-04-02T18:00|--status|attended");
    ok("add|event|--name|DataFair|--kind|career-fair|--start|2026-04-20|--status|skipped|--cost-ticket|50");
    // Met there: two at PyCon (each gets a rule-made follow-up), one at RustConf, one at the meetup.
    EXPECT_TRUE(ok("add|contact|--name|Ana Lima|--met-at|PyCon North").out.contains(QStringLiteral("1 follow-up(s) made")));
    ok("add|contact|--name|Ben Ode|--met-at|PyCon North");
    ok("add|contact|--name|Eva Stone|--met-at|RustConf");
    ok("add|contact|--name|Gus Hale|--met-at|Local meetup|--channel|online-community");
    ok("add|contact|--name|Hana Berg");
    // Afterwards: PyCon 2 (one with both), RustConf 1 and meetup 1 (one with both); one at PyCon itself.
    ok("add|conversation|--contact|Ana Lima|--date|2026-03-11T10:00|--kind|event-conversation|--event|PyCon North");
    ok("add|conversation|--contact|Ana Lima|--contact|Ben Ode|--date|2026-03-20|--kind|coffee-chat");
    ok("add|conversation|--contact|Ben Ode|--date|2026-04-01|--kind|follow-up");
    ok("add|conversation|--contact|Eva Stone|--contact|Gus Hale|--date|2026-05-10|--kind|coffee-chat|--share|40%");
    ok("add|interview|--contact|Ana Lima|--stage|requested|--requested|2026-03-25");
    ok("add|interview|--contact|Ben Ode");
    // Lumen: Ana referred me. Nordi: from RustConf. Pax: Hana, met nowhere.
    ok("add|application|--company|Lumen|--role|Engineer|--source|referral|--referrer|Ana Lima");
    ok("add|application|--company|Nordi|--role|Engineer|--source|event|--event|RustConf");
    ok("add|application|--company|Pax|--role|Engineer|--referrer|Hana Berg");

    const QJsonArray all = json("event|roi|--all|--json").array();
    ASSERT_EQ(all.size(), 4);
    const QJsonObject pycon = byName(all, "PyCon North");
    EXPECT_DOUBLE_EQ(pycon.value(QLatin1String("cost_total")).toDouble(), 550.50);
    EXPECT_EQ(pycon.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(pycon.value(QLatin1String("new_contacts")).toInt(), 2);
    EXPECT_EQ(pycon.value(QLatin1String("conversations")).toInt(), 2);
    EXPECT_EQ(pycon.value(QLatin1String("followups")).toInt(), 2);
    EXPECT_DOUBLE_EQ(pycon.value(QLatin1String("followups_done_pct")).toDouble(), 0.0);
    EXPECT_EQ(pycon.value(QLatin1String("informational_interviews")).toInt(), 1);
    EXPECT_EQ(pycon.value(QLatin1String("applications")).toInt(), 1);
    EXPECT_EQ(pycon.value(QLatin1String("referrals")).toInt(), 1);
    EXPECT_DOUBLE_EQ(pycon.value(QLatin1String("cost_per_contact")).toDouble(), 275.25);
    EXPECT_DOUBLE_EQ(pycon.value(QLatin1String("cost_per_conversation")).toDouble(), 275.25);

    const QJsonObject rustconf = byName(all, "RustConf");
    EXPECT_DOUBLE_EQ(rustconf.value(QLatin1String("cost_total")).toDouble(), 230.0);
    EXPECT_EQ(rustconf.value(QLatin1String("new_contacts")).toInt(), 1);
    EXPECT_EQ(rustconf.value(QLatin1String("conversations")).toInt(), 1);
    EXPECT_EQ(rustconf.value(QLatin1String("applications")).toInt(), 1);
    EXPECT_EQ(rustconf.value(QLatin1String("referrals")).toInt(), 0);
    EXPECT_DOUBLE_EQ(rustconf.value(QLatin1String("cost_per_contact")).toDouble(), 230.0);

    const QJsonObject meetup = byName(all, "Local meetup");
    EXPECT_EQ(meetup.value(QLatin1String("new_contacts")).toInt(), 1);
    EXPECT_EQ(meetup.value(QLatin1String("conversations")).toInt(), 1);
    EXPECT_DOUBLE_EQ(meetup.value(QLatin1String("cost_per_contact")).toDouble(), 0.0);

    const QJsonObject skipped = json("event|roi|DataFair|--json").object();
    EXPECT_EQ(skipped.value(QLatin1String("status")).toString(), QStringLiteral("skipped"));
    EXPECT_DOUBLE_EQ(skipped.value(QLatin1String("cost_total")).toDouble(), 50.0);
    EXPECT_TRUE(skipped.value(QLatin1String("cost_per_contact")).isNull());
    EXPECT_TRUE(skipped.value(QLatin1String("cost_per_conversation")).isNull());
    EXPECT_TRUE(skipped.value(QLatin1String("followups_done_pct")).isNull());

    const CliResult table = ok("event|roi|--all");
    EXPECT_TRUE(table.out.contains(QStringLiteral("275.25")));
    EXPECT_EQ(cli.run(words(QStringLiteral("event|roi|Nowhere"))).exitCode, 1);
    EXPECT_EQ(cli.run(words(QStringLiteral("event|roi"))).exitCode, 2);
}

TEST_F(EventsCli, PlanRanksWithVisibleParts)
{
    ok("events|settings|--interest|Rust|--interest|Go|--budget|1500");
    ok("add|company|--name|Lumen|--priority|1");
    ok("add|contact|--name|Ana Lima");
    ok("add|event|--name|KubeCon|--kind|conference|--start|2099-07-15|--end|2099-07-17|--cost-ticket|600|--tag|Go|"
       "--company|Lumen:sponsor|--company|Nordi:hiring|--person|Ana Lima:speaker");
    ok("add|event|--name|RustFest|--kind|conference|--start|2099-07-16|--status|registered|--cost-ticket|120|--tag|Rust");
    ok("add|event|--name|Old|--kind|meetup|--start|2020-01-01|--status|considering");
    const QJsonObject plan = json("events|plan|--json").object();
    EXPECT_EQ(plan.value(QLatin1String("budget")).toObject().value(QLatin1String("budget")).toDouble(), 1500.0);
    EXPECT_EQ(plan.value(QLatin1String("budget")).toObject().value(QLatin1String("committed")).toDouble(), 0.0); // 2099 is not this year
    const QJsonArray events = plan.value(QLatin1String("events")).toArray();
    ASSERT_EQ(events.size(), 2);
    const QJsonObject kube = events[0].toObject();
    EXPECT_EQ(kube.value(QLatin1String("name")).toString(), QStringLiteral("KubeCon"));
    const QJsonArray parts = kube.value(QLatin1String("parts")).toArray();
    ASSERT_EQ(parts.size(), 7);
    double sum = 0;
    QHash<QString, double> points;
    for (const QJsonValue &p : parts) {
        const QJsonObject part = p.toObject();
        points.insert(part.value(QLatin1String("part")).toString(), part.value(QLatin1String("points")).toDouble());
        sum += part.value(QLatin1String("points")).toDouble();
    }
    EXPECT_NEAR(kube.value(QLatin1String("score")).toDouble(), sum, 0.011);
    EXPECT_DOUBLE_EQ(points.value(QStringLiteral("companies")), 3.0);    // Lumen, a target; Nordi is not one
    EXPECT_DOUBLE_EQ(points.value(QStringLiteral("first_degree")), 2.0); // Ana
    EXPECT_DOUBLE_EQ(points.value(QStringLiteral("interests")), 1.0);    // Go
    EXPECT_DOUBLE_EQ(points.value(QStringLiteral("cost")), -6.0);        // 600 per 100
    // The two clash (15–17 and 16 July).
    ASSERT_EQ(kube.value(QLatin1String("clashes")).toArray().size(), 1);
    EXPECT_EQ(kube.value(QLatin1String("clashes")).toArray()[0].toObject().value(QLatin1String("name")).toString(), QStringLiteral("RustFest"));
    // Weights change the ranking: with cost and days not counted and companies worth nothing.
    const QJsonArray reweighted = json("events|plan|--json|--weights|companies=0,first_degree=0,cost=0,days_away=0,interests=5")
                                      .object()
                                      .value(QLatin1String("events"))
                                      .toArray();
    EXPECT_DOUBLE_EQ(reweighted[0].toObject().value(QLatin1String("score")).toDouble(), 5.0);
    EXPECT_DOUBLE_EQ(reweighted[1].toObject().value(QLatin1String("score")).toDouble(), 5.0);
    EXPECT_EQ(reweighted[0].toObject().value(QLatin1String("name")).toString(), QStringLiteral("KubeCon")); // ties: earlier first
    EXPECT_EQ(cli.run(words(QStringLiteral("events|plan|--weights|fame=1"))).exitCode, 1);
}

TEST_F(EventsCli, AgendaImportChooseAndExport)
{
    ok("add|event|--name|DevConf|--kind|conference|--start|2026-10-26T08:00|--end|2026-10-27T18:00|--tz|Europe/Berlin");
    const QString agenda = foothold::test::fixturePath(QStringLiteral("events/agenda.ics"));
    const CliResult imported = ok(QStringLiteral("import|agenda|%1|--event|DevConf").arg(agenda));
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Opening keynote")));
    EXPECT_TRUE(imported.out.contains(QStringLiteral("sessions: 3 (added 3, updated 0), left out 1")));
    EXPECT_TRUE(imported.err.contains(QStringLiteral("outside the event's dates")));
    const QJsonArray sessions = json("event|sessions|DevConf|--json").array();
    ASSERT_EQ(sessions.size(), 3);
    EXPECT_EQ(sessions[0].toObject().value(QLatin1String("start")).toString(), QStringLiteral("2026-10-26T08:00:00Z"));
    EXPECT_EQ(sessions[1].toObject().value(QLatin1String("room")).toString(), QStringLiteral("Room 2"));

    // Keynote 09:00–10:00 and Rust 09:30–10:30 (Berlin) clash; the coffee at 09:30Z does not.
    const CliResult chosen = ok("event|choose|DevConf|1|2|3");
    EXPECT_TRUE(chosen.err.contains(QStringLiteral("session 1 (Opening keynote) clashes with session 2")));
    EXPECT_FALSE(chosen.err.contains(QStringLiteral("session 3")));
    ok("event|choose|DevConf|1|--off");
    const QString plan = cli.file(QStringLiteral("plan.ics"));
    ok(QStringLiteral("export|plan|%1|--event|DevConf").arg(plan));
    QFile file(plan);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_EQ(bytes.count("BEGIN:VEVENT"), 2);
    EXPECT_FALSE(bytes.contains("Opening keynote"));

    // Bad agendas: one line, FILE:LINE, nothing changed.
    failsWith(QStringLiteral("import|agenda|%1|--event|DevConf").arg(foothold::test::fixturePath(QStringLiteral("events/broken.ics"))),
              QStringLiteral("broken.ics:5:"));
    // A session that cannot be read refuses the agenda; --skip-invalid leaves it out and lists it.
    const QString oneBroken = foothold::test::fixturePath(QStringLiteral("events/agenda-one-broken.ics"));
    failsWith(QStringLiteral("import|agenda|%1|--event|DevConf").arg(oneBroken), QStringLiteral("agenda-one-broken.ics:10:"));
    const CliResult skipped = ok(QStringLiteral("import|agenda|%1|--event|DevConf|--skip-invalid").arg(oneBroken));
    EXPECT_TRUE(skipped.out.contains(QStringLiteral("sessions: 1 (added 1, updated 0), left out 1"))) << skipped.out.toStdString();
    EXPECT_TRUE(skipped.err.contains(QStringLiteral("agenda-one-broken.ics:10: left out: "))) << skipped.err.toStdString();
    ok("add|event|--name|Winter|--kind|meetup|--start|2027-01-10");
    failsWith(QStringLiteral("import|agenda|%1|--event|Winter").arg(agenda), QStringLiteral("within the event's dates (2027-01-10 to 2027-01-10)"));
    failsWith(QStringLiteral("export|plan|%1|--event|Winter").arg(plan), QStringLiteral("no session of “Winter” is chosen"));
    failsWith(QStringLiteral("event|choose|Winter|1"), QStringLiteral("not on the agenda"));
    EXPECT_EQ(cli.run(words(QStringLiteral("export|plan|x.ics"))).exitCode, 2);
}

TEST_F(EventsCli, QuickCaptureAndRulesOff)
{
    ok("add|event|--name|DevConf|--kind|conference|--start|2026-10-26|--end|2026-10-27");
    const CliResult first = ok("event|capture|DevConf|--name|Rita Moss|--company|Lumen|--note|Rust tooling");
    EXPECT_TRUE(first.out.contains(QStringLiteral("1 follow-up(s) made")));
    const QJsonObject rita = json("list|contacts|--json").array()[0].toObject();
    EXPECT_EQ(rita.value(QLatin1String("channel")).toString(), QStringLiteral("event"));
    EXPECT_EQ(rita.value(QLatin1String("connected_on")).toString(), QStringLiteral("2026-10-26"));
    const QJsonArray followUps = json("list|followups|--json").array();
    ASSERT_EQ(followUps.size(), 1);
    EXPECT_EQ(followUps[0].toObject().value(QLatin1String("due")).toString(), QStringLiteral("2026-10-28"));
    EXPECT_EQ(followUps[0].toObject().value(QLatin1String("origin")).toString(), QStringLiteral("event-rule"));

    EXPECT_TRUE(ok("event|rules|DevConf|off").out.contains(QStringLiteral("1 follow-up(s) removed")));
    EXPECT_FALSE(ok("event|capture|DevConf|--name|Tom Reed").out.contains(QStringLiteral("follow-up")));
    EXPECT_TRUE(json("list|followups|--json").array().isEmpty());
    EXPECT_TRUE(ok("event|rules|DevConf|on").out.contains(QStringLiteral("2 follow-up(s) made")));
    ok("add|event|--name|Quiet|--kind|meetup|--start|2026-11-01|--no-follow-up-rules");
    EXPECT_FALSE(ok("add|contact|--name|Uma Vance|--met-at|Quiet").out.contains(QStringLiteral("follow-up")));
    EXPECT_EQ(cli.run(words(QStringLiteral("event|capture|DevConf"))).exitCode, 2);
}

TEST_F(EventsCli, BriefListsPeopleQuestionsAndChecklist)
{
    ok("add|contact|--name|Ana Lima");
    ok("add|contact|--name|Pia Park|--prospect");
    ok("link|add|Ana Lima|Pia Park|--kind|knows");
    ok("add|event|--name|KubeCon|--kind|conference|--start|2099-07-15|--person|Pia Park:to-meet|--status|registered");
    const QJsonObject brief = json("event|brief|KubeCon|--json").object();
    const QJsonArray people = brief.value(QLatin1String("people")).toArray();
    ASSERT_EQ(people.size(), 1);
    EXPECT_EQ(people[0].toObject().value(QLatin1String("path")).toArray().size(), 2);
    EXPECT_EQ(people[0].toObject().value(QLatin1String("path")).toArray()[0].toString(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(brief.value(QLatin1String("questions")).toArray().size(), 5);
    EXPECT_TRUE(brief.value(QLatin1String("checklist")).toArray()[0].toObject().value(QLatin1String("done")).toBool());
    EXPECT_TRUE(ok("event|brief|KubeCon").out.contains(QStringLiteral("path: Ana Lima → Pia Park")));
}

// What the user made of the brief in the app (their pitch, ticks, own items) is what `event brief`
// prints; stored here through the store the app writes with.
TEST_F(EventsCli, BriefPrintsTheStoredPitchAndTicks)
{
    ok("add|event|--name|KubeCon|--kind|conference|--start|2099-07-15");
    EXPECT_TRUE(ok("event|brief|KubeCon").out.contains(QStringLiteral("Pitch (a draft to adapt):")));
    EXPECT_FALSE(json("event|brief|KubeCon|--json").object().value(QLatin1String("pitch_edited")).toBool());
    {
        auto db = foothold::Database::open(cli.dbPath());
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        foothold::EventBriefStore store(**db);
        const foothold::EventId kubecon(1);
        ASSERT_TRUE(store.setPitch(kubecon, QStringLiteral("Hi, I'm Sam.\nI run Kubernetes at home.")).ok());
        ASSERT_TRUE(store.setGeneratedDone(kubecon, QStringLiteral("pitch"), true).ok());
        const qint64 cvs = store.addItem(kubecon, QStringLiteral("Print CVs")).value();
        ASSERT_TRUE(store.setItemDone(kubecon, cvs, true).ok());
        ASSERT_TRUE(store.addItem(kubecon, QStringLiteral("Charge the phone")).ok());
    }
    const QString text = ok("event|brief|KubeCon").out;
    EXPECT_TRUE(text.contains(QStringLiteral("Pitch (yours):\n  Hi, I'm Sam.\n  I run Kubernetes at home.\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("[x] Pitch practised; questions ready\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("[x] Print CVs (yours)\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("[ ] Charge the phone (yours)\n")));

    const QJsonObject brief = json("event|brief|KubeCon|--json").object();
    EXPECT_EQ(brief.value(QLatin1String("pitch")).toString(), QStringLiteral("Hi, I'm Sam.\nI run Kubernetes at home."));
    EXPECT_TRUE(brief.value(QLatin1String("pitch_edited")).toBool());
    EXPECT_TRUE(brief.value(QLatin1String("draft_pitch")).toString().contains(QStringLiteral("KubeCon")));
    const QJsonArray checklist = brief.value(QLatin1String("checklist")).toArray();
    ASSERT_EQ(checklist.size(), 10);
    const QJsonObject practised = checklist[6].toObject();
    EXPECT_EQ(practised.value(QLatin1String("key")).toString(), QStringLiteral("pitch"));
    EXPECT_TRUE(practised.value(QLatin1String("done")).toBool());
    EXPECT_TRUE(practised.value(QLatin1String("ticked")).toBool());
    const QJsonObject own = checklist[8].toObject();
    EXPECT_EQ(own.value(QLatin1String("item")).toString(), QStringLiteral("Print CVs"));
    EXPECT_FALSE(own.value(QLatin1String("generated")).toBool());
    EXPECT_TRUE(own.value(QLatin1String("done")).toBool());
    EXPECT_GT(own.value(QLatin1String("id")).toInt(), 0);
}

TEST_F(EventsCli, BadEventInputChangesNothing)
{
    failsWith(QStringLiteral("add|event|--name|X|--kind|meetup|--start|2026-10-26|--end|2026-10-20"), QStringLiteral("end: is before the start"));
    failsWith(QStringLiteral("add|event|--name|X|--kind|meetup|--start|2026-10-26|--cost-ticket|-5"), QStringLiteral("cost-ticket"));
    failsWith(QStringLiteral("add|event|--name|X|--kind|meetup|--start|2026-10-26|--cost-ticket|5|--currency|XYZ"),
              QStringLiteral("give --rate"));
    failsWith(QStringLiteral("add|event|--name|X|--kind|meetup|--start|2026-10-26|--person|Nobody"), QStringLiteral("Nobody"));
    failsWith(QStringLiteral("events|settings|--weights|cost=-2"), QStringLiteral("weight"));
}
