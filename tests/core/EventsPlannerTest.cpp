#include "core/analytics/Clashes.h"
#include "core/analytics/EventRanking.h"
#include "core/analytics/EventReturn.h"
#include "core/services/AgendaImport.h"
#include "core/services/EventBrief.h"
#include "core/services/EventFollowUps.h"
#include "core/services/QuickCapture.h"
#include "core/storage/AgendaSessionStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventPlannerStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlSupport.h"
#include "tests/core/EventsTestData.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDatabase.h"

#include <QTimeZone>
#include <gtest/gtest.h>

namespace foothold {
namespace {

QDateTime at(const char *zone, int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArray(zone)));
}

EventId addDevConf(Database &db, const Clock &clock)
{
    Event e;
    e.name = QStringLiteral("DevConf");
    e.kind = EventKind::Conference;
    e.timeZone = QStringLiteral("Europe/Berlin");
    e.start = at("Europe/Berlin", 2026, 10, 26, 8).toUTC();
    e.end = at("Europe/Berlin", 2026, 10, 27, 18).toUTC();
    return EventStore(db, clock).insert(e).value();
}

// ---- Migration 0006 ------------------------------------------------------------------------

TEST(EventsMigration, Version5WithDataMigratesToTheAgendaTable)
{
    auto clock = test::fixedClock();
    test::TempDatabase tdb(Database::Options{.targetVersion = 5});
    const EventId devconf = addDevConf(tdb.db(), clock);
    ASSERT_TRUE(migrations::migrate(tdb->connection(), 6).ok());
    EXPECT_EQ(tdb->schemaVersion(), 6);
    EXPECT_EQ(EventStore(tdb.db(), clock).get(devconf).value().name, QStringLiteral("DevConf"));
    EXPECT_EQ(AgendaSessionStore(tdb.db()).count(devconf).value(), 0);
    EXPECT_TRUE(sql::scalar(tdb->connection(), QStringLiteral("PRAGMA foreign_key_check"))->isNull());
}

// ---- Agenda --------------------------------------------------------------------------------

TEST(Agenda, ImportsTheSessionsWithinTheEventsDates)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId devconf = addDevConf(db.db(), clock);
    auto result = importAgenda(db.db(), devconf, test::readFixture(QStringLiteral("events/agenda.ics")), QStringLiteral("agenda.ics"),
                               clock.nowUtc());
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->merge.added, 3);
    ASSERT_EQ(result->warnings.size(), 1); // the meetup a week later
    EXPECT_TRUE(result->warnings.first().message.contains(QStringLiteral("outside the event's dates")));

    const auto sessions = AgendaSessionStore(db.db()).list(devconf);
    ASSERT_EQ(sessions.size(), 3);
    // 09:00 Berlin on 26 October 2026 is 08:00 UTC: summer time ended on the 25th.
    EXPECT_EQ(sessions[0].title, QStringLiteral("Opening keynote"));
    EXPECT_EQ(sessions[0].start, QDateTime(QDate(2026, 10, 26), QTime(8, 0), QTimeZone::utc()));
    EXPECT_EQ(sessions[0].room, QStringLiteral("Hall A"));
    EXPECT_EQ(sessions[0].track, QStringLiteral("Keynote"));
    EXPECT_EQ(sessions[0].speakers, QStringList{QStringLiteral("Ana Lima")});
    EXPECT_EQ(sessions[0].timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(sessions[1].title, QStringLiteral("Rust in production"));
    EXPECT_EQ(sessions[1].track, QStringLiteral("Rust"));
    EXPECT_EQ(sessions[1].speakers, (QStringList{QStringLiteral("Ben Ode"), QStringLiteral("cleo@example.com")}));
    EXPECT_EQ(sessions[2].title, QStringLiteral("Coffee with sponsors"));
}

TEST(Agenda, PretalxSpeakersComeFromTheSummary)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId devconf = addDevConf(db.db(), clock);
    auto result = importAgenda(db.db(), devconf, test::readFixture(QStringLiteral("events/pretalx.ics")), QStringLiteral("p.ics"),
                               clock.nowUtc());
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    const auto sessions = AgendaSessionStore(db.db()).list(devconf);
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions[0].title, QStringLiteral("Rust - the hard parts")); // split at the last " - " only
    EXPECT_EQ(sessions[0].speakers, (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Ben Ode")}));
    EXPECT_EQ(sessions[0].room, QStringLiteral("Saal 1"));
    EXPECT_EQ(sessions[1].title, QStringLiteral("Lightning talks"));
    EXPECT_TRUE(sessions[1].speakers.isEmpty());
}

TEST(Agenda, ReimportUpdatesByUidAndKeepsTheChoice)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId devconf = addDevConf(db.db(), clock);
    const QByteArray bytes = test::readFixture(QStringLiteral("events/agenda.ics"));
    ASSERT_TRUE(importAgenda(db.db(), devconf, bytes, QStringLiteral("a.ics"), clock.nowUtc()).ok());
    AgendaSessionStore agenda(db.db());
    const SessionId keynote = agenda.list(devconf).first().id;
    ASSERT_TRUE(agenda.setChosen(devconf, {keynote}, true).ok());
    auto again = importAgenda(db.db(), devconf, bytes, QStringLiteral("a.ics"), clock.nowUtc());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->merge.added, 0);
    EXPECT_EQ(again->merge.updated, 3);
    EXPECT_EQ(agenda.count(devconf).value(), 3);
    EXPECT_EQ(agenda.list(devconf, true).size(), 1);
    // A session of another event cannot be chosen through this one.
    EXPECT_FALSE(agenda.setChosen(EventId(devconf.value + 1), {keynote}, true).ok());
}

TEST(Agenda, RefusesAFileWithNoSessionInTheEventsDatesAndChangesNothing)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    Event e;
    e.name = QStringLiteral("Other");
    e.start = QDateTime(QDate(2027, 1, 10), QTime(9, 0), QTimeZone::utc());
    const EventId other = EventStore(db.db(), clock).insert(e).value();
    auto result = importAgenda(db.db(), other, test::readFixture(QStringLiteral("events/agenda.ics")), QStringLiteral("agenda.ics"),
                               clock.nowUtc());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().location, QStringLiteral("agenda.ics"));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("2027-01-10"))) << result.error().message.toStdString();
    EXPECT_EQ(AgendaSessionStore(db.db()).count(other).value(), 0);
}

TEST(Agenda, RefusesABrokenFileWithItsLine)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId devconf = addDevConf(db.db(), clock);
    auto result = importAgenda(db.db(), devconf, test::readFixture(QStringLiteral("events/broken.ics")), QStringLiteral("broken.ics"),
                               clock.nowUtc());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().location.startsWith(QStringLiteral("broken.ics:"))) << result.error().toString().toStdString();
    EXPECT_EQ(AgendaSessionStore(db.db()).count(devconf).value(), 0);
}

TEST(Agenda, ExportsTheChosenSessionsOnly)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId devconf = addDevConf(db.db(), clock);
    EXPECT_EQ(exportPlan(db.db(), devconf, clock.nowUtc()).error().code, Error::Code::NotFound);
    ASSERT_TRUE(importAgenda(db.db(), devconf, test::readFixture(QStringLiteral("events/agenda.ics")), QStringLiteral("a.ics"),
                             clock.nowUtc())
                    .ok());
    AgendaSessionStore agenda(db.db());
    ASSERT_TRUE(agenda.setChosen(devconf, {agenda.list(devconf).at(1).id}, true).ok());
    auto bytes = exportPlan(db.db(), devconf, clock.nowUtc());
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(bytes->count("BEGIN:VEVENT"), 1);
    EXPECT_TRUE(bytes->contains("SUMMARY:Rust in production"));
    EXPECT_TRUE(bytes->contains("DTSTART;TZID=Europe/Berlin:20261026T093000"));
    EXPECT_TRUE(bytes->contains("UID:rust@devconf"));
}

// ---- Clashes -------------------------------------------------------------------------------

TEST(Clashes, AcrossTimeZonesAndTheSpringDaylightSavingChange)
{
    // Europe moves to summer time on 29 March 2026 at 01:00 UTC; New York did on 8 March.
    const QList<TimeSpan> spans = {
        {QStringLiteral("A"), at("Europe/Berlin", 2026, 3, 29, 1, 30), at("Europe/Berlin", 2026, 3, 29, 3, 30)}, // 00:30Z–01:30Z
        {QStringLiteral("B"), at("America/New_York", 2026, 3, 28, 21), at("America/New_York", 2026, 3, 28, 22)}, // 01:00Z–02:00Z
        {QStringLiteral("C"), at("Europe/Berlin", 2026, 3, 29, 3, 30), at("Europe/Berlin", 2026, 3, 29, 4)},    // 01:30Z–02:00Z
        {QStringLiteral("D"), at("Asia/Tokyo", 2026, 3, 29, 10), at("Asia/Tokyo", 2026, 3, 29, 10, 30)},         // 01:00Z–01:30Z
    };
    const QList<Clash> expected = {{0, 1, 1800}, {0, 3, 1800}, {1, 2, 1800}, {1, 3, 1800}};
    EXPECT_EQ(findClashes(spans), expected);
}

TEST(Clashes, TheAutumnChangeAndBackToBackSpans)
{
    // 25 October 2026: 03:00 summer time in Berlin becomes 02:00 again. 01:30–03:30 on the
    // wall clock is three real hours (23:30Z–02:30Z), so it clashes with a London talk at
    // 02:00–02:45 GMT, which its wall-clock times would not suggest.
    const QList<TimeSpan> spans = {
        {QStringLiteral("berlin"), at("Europe/Berlin", 2026, 10, 25, 1, 30), at("Europe/Berlin", 2026, 10, 25, 3, 30)},
        {QStringLiteral("london"), at("Europe/London", 2026, 10, 25, 2), at("Europe/London", 2026, 10, 25, 2, 45)},
        {QStringLiteral("next"), at("Europe/Berlin", 2026, 10, 25, 3, 30), at("Europe/Berlin", 2026, 10, 25, 4)},
    };
    EXPECT_EQ(spans[0].start.secsTo(spans[0].end), 3 * 3600);
    const QList<Clash> expected = {{0, 1, 1800}, {1, 2, 900}};
    EXPECT_EQ(findClashes(spans), expected);
}

TEST(Clashes, InstantsAndInvalidStarts)
{
    const QDateTime nine(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
    const QList<TimeSpan> spans = {
        {QStringLiteral("talk"), nine, nine.addSecs(3600)},
        {QStringLiteral("instant in it"), nine.addSecs(600), {}},
        {QStringLiteral("instant at its end"), nine.addSecs(3600), {}},
        {QStringLiteral("same instant"), nine.addSecs(3600), {}},
        {QStringLiteral("no start"), {}, {}},
    };
    const QList<Clash> expected = {{0, 1, 0}, {2, 3, 0}};
    EXPECT_EQ(findClashes(spans), expected);
}

// ---- Return (the invented year of EventsTestData) --------------------------------------------

TEST(EventReturn, ComputedByHandForASmallYear)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const auto y = test::makeEventsYear(db.db(), clock);
    auto facts = EventPlannerStore(db.db()).returnFacts();
    ASSERT_TRUE(facts.ok());
    QHash<qint64, EventReturn> by;
    for (const auto &f : *facts)
        by.insert(f.id.value, computeEventReturn(f));

    const EventReturn pycon = by.value(y.pycon);
    EXPECT_DOUBLE_EQ(pycon.costTotal, 790.50);    // 300 + 150 + 250.50 + 100 × 0.9
    EXPECT_EQ(pycon.facts.newContacts, 4);         // Ana, Ben, Cleo, Dan
    EXPECT_EQ(pycon.facts.conversations, 2);       // 20 March (Ana and Ben: one), 1 April (Cleo)
    EXPECT_EQ(pycon.facts.followUps, 3);
    EXPECT_EQ(pycon.facts.followUpsDone, 2);
    EXPECT_DOUBLE_EQ(*pycon.followUpsDonePct, 66.7);
    EXPECT_EQ(pycon.facts.interviews, 1);          // Ana's, done; Ben's is not requested yet
    EXPECT_EQ(pycon.facts.applications, 2);        // Lumen (Ana referred), Orbit (Ben referred)
    EXPECT_EQ(pycon.facts.referrals, 2);
    EXPECT_DOUBLE_EQ(*pycon.costPerContact, 197.63);       // 790.50 / 4 = 197.625
    EXPECT_DOUBLE_EQ(*pycon.costPerConversation, 395.25);  // 790.50 / 2

    const EventReturn rustconf = by.value(y.rustconf);
    EXPECT_DOUBLE_EQ(rustconf.costTotal, 230.00);  // 200 GBP × 1.15
    EXPECT_EQ(rustconf.facts.newContacts, 2);
    EXPECT_EQ(rustconf.facts.conversations, 1);
    EXPECT_DOUBLE_EQ(*rustconf.followUpsDonePct, 50.0);
    EXPECT_EQ(rustconf.facts.interviews, 1);
    EXPECT_EQ(rustconf.facts.applications, 2);     // Nordi (from the event), Orbit (Finn interviewed)
    EXPECT_EQ(rustconf.facts.referrals, 0);
    EXPECT_DOUBLE_EQ(*rustconf.costPerContact, 115.00);

    const EventReturn meetup = by.value(y.meetup);
    EXPECT_DOUBLE_EQ(meetup.costTotal, 0.0);
    EXPECT_EQ(meetup.facts.newContacts, 1);
    EXPECT_EQ(meetup.facts.conversations, 1);
    EXPECT_FALSE(meetup.followUpsDonePct.has_value());
    EXPECT_DOUBLE_EQ(*meetup.costPerContact, 0.0);

    const EventReturn skipped = by.value(y.datafair);
    EXPECT_EQ(skipped.facts.status, EventStatus::Skipped);
    EXPECT_DOUBLE_EQ(skipped.costTotal, 50.0);
    EXPECT_EQ(skipped.facts.newContacts, 0);
    EXPECT_FALSE(skipped.costPerContact.has_value()); // no division by zero
    EXPECT_FALSE(skipped.costPerConversation.has_value());

    auto one = EventPlannerStore(db.db()).returnFacts(EventId(y.rustconf));
    ASSERT_TRUE(one.ok());
    ASSERT_EQ(one->size(), 1);
    EXPECT_EQ(one->first().newContacts, 2);
}

// A follow-up counts for its own event and for the event its contact was met at, once when the two
// are the same event.
TEST(EventReturn, FollowUpCountsOnceForEachEventItIsTracedTo)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const auto y = test::makeEventsYear(db.db(), clock);
    FollowUpStore followUps(db.db(), clock);
    FollowUp elsewhere; // Ana was met at PyCon; this one is for RustConf
    elsewhere.title = QStringLiteral("Ana, about RustConf");
    elsewhere.due = QDate(2026, 6, 1);
    elsewhere.contact = ContactId(y.ana);
    elsewhere.event = EventId(y.rustconf);
    ASSERT_TRUE(followUps.insert(elsewhere).ok());
    FollowUp same; // Ben was met at PyCon, and this one is for PyCon too
    same.title = QStringLiteral("Ben, about PyCon");
    same.due = QDate(2026, 6, 1);
    same.contact = ContactId(y.ben);
    same.event = EventId(y.pycon);
    const auto sameId = followUps.insert(same);
    ASSERT_TRUE(sameId.ok());
    ASSERT_TRUE(followUps.setDone(*sameId, true).ok());

    auto facts = EventPlannerStore(db.db()).returnFacts();
    ASSERT_TRUE(facts.ok());
    QHash<qint64, EventReturnFacts> by;
    for (const auto &f : *facts)
        by.insert(f.id.value, f);
    EXPECT_EQ(by.value(y.pycon).followUps, 5);     // 3 of the year, Ana's for RustConf, Ben's once
    EXPECT_EQ(by.value(y.pycon).followUpsDone, 3); // 2 of the year, Ben's
    EXPECT_EQ(by.value(y.rustconf).followUps, 3);  // 2 of the year, Ana's
    EXPECT_EQ(by.value(y.rustconf).followUpsDone, 1);
}

// ---- Ranking and budget --------------------------------------------------------------------

TEST(EventRanking, PartsComputedByHand)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const auto y = test::makeEventsYear(db.db(), clock);
    auto facts = EventPlannerStore(db.db()).rankingFacts(clock.nowUtc());
    ASSERT_TRUE(facts.ok());
    ASSERT_EQ(facts->size(), 2); // the over and the skipped ones are not candidates
    const QStringList interests{QStringLiteral("go"), QStringLiteral("rust")};
    const auto ranked = rankEvents(*facts, interests, ScoreWeights{}, clock.nowUtc().date());
    ASSERT_EQ(ranked.size(), 2);
    const RankedEvent &kube = ranked[0];
    EXPECT_EQ(kube.facts.id.value, y.kubecon);
    // companies 2 × 3, Ana 1 × 2, Pia 1 × 1, to meet 1 × 2, Go 1 × 1, 600 → −6 × 1, 30 days → −1 × 0.5
    const double points[] = {6, 2, 1, 2, 1, -6, -0.5};
    const double values[] = {2, 1, 1, 1, 1, 600, 30};
    ASSERT_EQ(kube.parts.size(), kScorePartCount);
    for (int i = 0; i < kScorePartCount; ++i) {
        EXPECT_DOUBLE_EQ(kube.parts[i].points, points[i]) << scorePartKey(ScorePart(i)).toStdString();
        EXPECT_DOUBLE_EQ(kube.parts[i].value, values[i]) << scorePartKey(ScorePart(i)).toStdString();
    }
    EXPECT_DOUBLE_EQ(kube.score, 5.5);
    EXPECT_EQ(kube.matchedInterests, QStringList{QStringLiteral("Go")});
    // RustFest: Rust 1, 120 → −1.2, 90 days → −1.5.
    EXPECT_EQ(ranked[1].facts.id.value, y.rustfest);
    EXPECT_DOUBLE_EQ(ranked[1].score, -1.7);

    // The user's weights: cost does not matter, days away matter a lot.
    auto weights = parseScoreWeights(QStringLiteral("cost=0, days_away = 2"));
    ASSERT_TRUE(weights.ok());
    const auto reweighted = rankEvents(*facts, interests, *weights, clock.nowUtc().date());
    EXPECT_DOUBLE_EQ(reweighted[0].score, 10.0); // 6 + 2 + 1 + 2 + 1 + 0 − 2
    EXPECT_DOUBLE_EQ(reweighted[1].score, -5.0); // 1 − 6
    EXPECT_FALSE(parseScoreWeights(QStringLiteral("fame=2")).ok());
    EXPECT_FALSE(parseScoreWeights(QStringLiteral("cost=-1")).ok());
    EXPECT_EQ(parseScoreWeights(formatScoreWeights(*weights))->of(ScorePart::DaysAway), 2.0);
}

TEST(EventRanking, BudgetSpentCommittedRemaining)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    test::makeEventsYear(db.db(), clock);
    auto items = EventPlannerStore(db.db()).budgetItems();
    ASSERT_TRUE(items.ok());
    const EventsBudget budget = computeBudget(*items, 2026, 1500.0);
    EXPECT_DOUBLE_EQ(budget.spent, 1020.50);     // PyCon 790.50 + RustConf 230 + meetup 0
    EXPECT_DOUBLE_EQ(budget.committed, 120.0);   // RustFest
    EXPECT_DOUBLE_EQ(*budget.remaining, 359.50);
    EXPECT_FALSE(computeBudget(*items, 2026, 0).remaining.has_value());
    EXPECT_DOUBLE_EQ(computeBudget(*items, 2025, 100).spent, 0.0);
}

TEST(EventRanking, ClashesWithInterviewsAndOtherEvents)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const auto y = test::makeEventsYear(db.db(), clock);
    InformationalInterview talk;
    talk.contact = ContactId(y.ben);
    talk.stage = InterviewStage::Scheduled;
    talk.requestedOn = QDate(2026, 6, 1);
    talk.scheduledAt = QDateTime(QDate(2026, 7, 16), QTime(15, 0), QTimeZone::utc()); // during KubeCon
    ASSERT_TRUE(InterviewStore(db.db(), clock).insert(talk).ok());
    QStringList labels;
    auto spans = EventPlannerStore(db.db()).busySpans(clock.nowUtc(), labels);
    ASSERT_TRUE(spans.ok());
    // KubeCon and RustFest (upcoming, not skipped) and the interview; the past ones are left out.
    ASSERT_EQ(spans->size(), 3);
    ASSERT_EQ(labels.size(), 3);
    const QList<Clash> clashes = findClashes(*spans);
    ASSERT_EQ(clashes.size(), 1);
    EXPECT_EQ(spans->at(clashes[0].first).key, QStringLiteral("event:%1").arg(y.kubecon));
    EXPECT_EQ(spans->at(clashes[0].second).key.section(QLatin1Char(':'), 0, 0), QStringLiteral("interview"));
    EXPECT_EQ(clashes[0].overlapSeconds, 3600);
    EXPECT_EQ(labels.at(clashes[0].second), QStringLiteral("Informational interview with Ben"));
}

// ---- Before: the brief ----------------------------------------------------------------------

TEST(EventBrief, PeopleToMeetWithWhyAndWarmPathsQuestionsChecklist)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const auto y = test::makeEventsYear(db.db(), clock);
    auto brief = EventBrief(db.db(), clock).brief(EventId(y.kubecon), {QStringLiteral("go")}, 3);
    ASSERT_TRUE(brief.ok()) << brief.error().toString().toStdString();
    ASSERT_EQ(brief->people.size(), 3);
    // Pia, to meet (and expected): a prospect Ana knows, so the path goes through Ana.
    EXPECT_EQ(brief->people[0].name, QStringLiteral("Pia"));
    EXPECT_EQ(brief->people[0].role, EventPersonRole::ToMeet);
    EXPECT_FALSE(brief->people[0].connection);
    EXPECT_EQ(brief->people[0].path, (QStringList{QStringLiteral("Ana"), QStringLiteral("Pia")}));
    EXPECT_TRUE(brief->people[0].why.contains(QStringLiteral("ask Ana for an introduction"))) << brief->people[0].why.toStdString();
    // Ana, speaker, a connection; Quinn, expected, nobody knows her.
    EXPECT_EQ(brief->people[1].name, QStringLiteral("Ana"));
    EXPECT_TRUE(brief->people[1].connection);
    EXPECT_EQ(brief->people[2].name, QStringLiteral("Quinn"));
    EXPECT_TRUE(brief->people[2].path.isEmpty());
    EXPECT_TRUE(brief->people[2].why.contains(QStringLiteral("no warm path")));
    // Targets first: Lumen (sponsor and hiring), Orbit, then Nordi.
    ASSERT_EQ(brief->companies.size(), 3);
    EXPECT_EQ(brief->companies[0].name, QStringLiteral("Lumen"));
    EXPECT_EQ(brief->companies[0].roles.size(), 2);
    EXPECT_EQ(brief->companies[1].name, QStringLiteral("Orbit"));
    EXPECT_FALSE(brief->companies[2].target);
    EXPECT_EQ(brief->questions.size(), 3);
    EXPECT_EQ(brief->questions[0], QStringLiteral("What is a typical day like for you?"));
    EXPECT_TRUE(brief->pitch.contains(QStringLiteral("Go"))) << brief->pitch.toStdString();
    ASSERT_EQ(brief->checklist.size(), 8);
    EXPECT_FALSE(brief->checklist[0].done); // considering, not registered
    EXPECT_TRUE(brief->checklist[1].done);  // costs entered
    EXPECT_FALSE(brief->checklist[3].done); // no agenda yet
    EXPECT_TRUE(brief->checklist[5].done);  // Pia to meet
}

// ---- Follow-up rules and quick capture -----------------------------------------------------

TEST(EventFollowUps, QuickCaptureMakesAContactMetThereAndItsFollowUp)
{
    // During the event: 27 October 2026, 15:00 in Berlin.
    FixedClock clock(QDateTime(QDate(2026, 10, 27), QTime(14, 0), QTimeZone::utc()));
    test::TempDatabase db;
    const EventId devconf = addDevConf(db.db(), clock);
    QuickCapture capture(db.db(), clock);
    auto first = capture.capture(devconf, {QStringLiteral("  Rita   Moss "), QStringLiteral("Lumen"), QStringLiteral("Works on Rust tooling")});
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->followUpsMade, 1);
    const Contact rita = ContactStore(db.db(), clock).get(first->contact).value();
    EXPECT_EQ(rita.name, QStringLiteral("Rita Moss"));
    EXPECT_EQ(rita.channel, Channel::Event);
    EXPECT_EQ(rita.metAt, devconf);
    EXPECT_EQ(rita.connectedOn, QDate(2026, 10, 27));
    EXPECT_EQ(rita.notes, QStringLiteral("Works on Rust tooling"));
    EXPECT_TRUE(rita.company.isValid());

    const auto followUps = FollowUpStore(db.db(), clock).list();
    ASSERT_EQ(followUps.size(), 1);
    EXPECT_EQ(followUps[0].due, QDate(2026, 10, 29)); // within 48 hours
    EXPECT_EQ(followUps[0].origin, FollowUpOrigin::EventRule);
    EXPECT_EQ(followUps[0].contact, first->contact);
    EXPECT_EQ(followUps[0].title, QStringLiteral("Follow up with Rita Moss (met at DevConf)"));

    // Running the rules again makes nothing twice; a nameless entry writes nothing.
    EXPECT_EQ(EventFollowUps(db.db(), clock).apply(devconf).value(), 0);
    EXPECT_FALSE(capture.capture(devconf, {QStringLiteral("  "), {}, {}}).ok());
    EXPECT_EQ(ContactStore(db.db(), clock).count().value(), 1);
}

TEST(EventFollowUps, ThanksSpeakersTalkedToAndCanBeTurnedOff)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc()));
    test::TempDatabase db;
    const EventId devconf = addDevConf(db.db(), clock);
    Contact speaker;
    speaker.name = QStringLiteral("Sam Speaker");
    const ContactId sam = ContactStore(db.db(), clock).insert(speaker).value();
    Contact silent;
    silent.name = QStringLiteral("Quiet Speaker");
    const ContactId quiet = ContactStore(db.db(), clock).insert(silent).value();
    EventStore events(db.db(), clock);
    Event e = events.get(devconf).value();
    e.people = {{sam, EventPersonRole::Speaker}, {quiet, EventPersonRole::Speaker}};
    ASSERT_TRUE(events.update(e).ok());
    Conversation talk;
    talk.when = QDateTime(QDate(2026, 10, 26), QTime(12, 0), QTimeZone::utc());
    talk.contacts = {sam};
    talk.event = devconf;
    talk.kind = ConversationKind::EventConversation;
    ASSERT_TRUE(ConversationStore(db.db(), clock).insert(talk).ok());

    EventFollowUps rules(db.db(), clock);
    EXPECT_EQ(rules.apply(devconf).value(), 1); // Sam only: nobody talked to the quiet one
    auto open = FollowUpStore(db.db(), clock).list();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open[0].title, QStringLiteral("Thank Sam Speaker for the talk at DevConf"));
    EXPECT_EQ(open[0].due, QDate(2026, 10, 28));

    // Off: the open rule-made follow-up goes, and capture makes none.
    EXPECT_EQ(rules.setEnabled(devconf, false).value(), 1);
    EXPECT_TRUE(FollowUpStore(db.db(), clock).list().isEmpty());
    EXPECT_FALSE(events.get(devconf).value().followUpRules);
    auto captured = QuickCapture(db.db(), clock).capture(devconf, {QStringLiteral("Tom"), {}, {}});
    ASSERT_TRUE(captured.ok());
    EXPECT_EQ(captured->followUpsMade, 0);
    // Captured after the event: connected on its first day.
    EXPECT_EQ(ContactStore(db.db(), clock).get(captured->contact).value().connectedOn, QDate(2026, 10, 26));
    // On again: both follow-ups are made.
    EXPECT_EQ(rules.setEnabled(devconf, true).value(), 2);
}

} // namespace
} // namespace foothold
