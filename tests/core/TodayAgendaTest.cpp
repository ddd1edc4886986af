#include "core/services/TodayAgenda.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"
#include "tests/support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

// The clock says 2026-06-15 12:00 UTC; records are placed at noon UTC so that the local day is
// the same in every time zone the tests may run in (within ±11 hours).
QDateTime noon(QDate day, int hour = 12)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
}

class TodayAgendaTest : public ::testing::Test {
protected:
    ContactId addContact(const QString &name, int cadence = 0, ContactRole role = ContactRole::None)
    {
        Contact c;
        c.name = name;
        c.cadenceDays = cadence;
        c.role = role;
        return ContactStore(db.db(), clock).insert(c).value();
    }
    void talk(ContactId who, QDate day)
    {
        Conversation v;
        v.when = noon(day);
        v.contacts = {who};
        ASSERT_TRUE(ConversationStore(db.db(), clock).insert(v).ok());
    }
    FollowUpId addFollowUp(const QString &title, QDate due, ContactId contact = {})
    {
        FollowUp f;
        f.title = title;
        f.due = due;
        f.contact = contact;
        return FollowUpStore(db.db(), clock).insert(f).value();
    }

    FixedClock clock = test::fixedClock();
    const QDate today = QDate(2026, 6, 15);
    test::TempDatabase db;
};

} // namespace

TEST_F(TodayAgendaTest, AnEmptyDatabaseIsTheFirstRun)
{
    auto agenda = loadAgenda(db.db(), clock);
    ASSERT_TRUE(agenda.ok());
    EXPECT_TRUE(agenda->counts.databaseEmpty);
    EXPECT_EQ(agenda->today, today);
    addContact(QStringLiteral("Ana"));
    EXPECT_FALSE(loadAgenda(db.db(), clock)->counts.databaseEmpty);
}

TEST_F(TodayAgendaTest, FollowUpsDueAndOverdueThenDoneToday)
{
    const ContactId ana = addContact(QStringLiteral("Ana"));
    const FollowUpId overdue = addFollowUp(QStringLiteral("Send Ana the article"), today.addDays(-3), ana);
    const FollowUpId due = addFollowUp(QStringLiteral("Thank Ben"), today);
    addFollowUp(QStringLiteral("Later"), today.addDays(1));
    const FollowUpId oldDone = addFollowUp(QStringLiteral("Done last week"), today.addDays(-9));
    const FollowUpId doneToday = addFollowUp(QStringLiteral("Done this morning"), today.addDays(-1));
    FixedClock lastWeek(noon(today.addDays(-7)));
    ASSERT_TRUE(FollowUpStore(db.db(), lastWeek).setDone(oldDone, true).ok());
    FixedClock thisMorning(noon(today, 9));
    ASSERT_TRUE(FollowUpStore(db.db(), thisMorning).setDone(doneToday, true).ok());

    auto agenda = loadAgenda(db.db(), clock);
    ASSERT_TRUE(agenda.ok());
    ASSERT_EQ(agenda->followUps.size(), 3);
    EXPECT_EQ(agenda->followUps.at(0).id, overdue);
    EXPECT_EQ(agenda->followUps.at(0).contact, ana);
    EXPECT_EQ(agenda->contactNames.value(ana.value), QStringLiteral("Ana")); // named without reading every contact
    EXPECT_EQ(agenda->followUps.at(1).id, due);
    EXPECT_EQ(agenda->followUps.at(2).id, doneToday);
    EXPECT_TRUE(agenda->followUps.at(2).doneAt.isValid());
    EXPECT_EQ(agenda->counts.followUpsDue, 2);

    // The limit applies to open ones; the count still says how many there are.
    auto limited = loadAgenda(db.db(), clock, AgendaOptions{14, 90, 1});
    ASSERT_EQ(limited->followUps.size(), 2);
    EXPECT_EQ(limited->followUps.at(0).id, overdue);
    EXPECT_EQ(limited->counts.followUpsDue, 2);
}

TEST_F(TodayAgendaTest, UpcomingEventsRoundsAndInterviewsInTheNextFourteenDaysByTime)
{
    const ContactId ana = addContact(QStringLiteral("Ana"));
    const CompanyId lumen = CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Lumen")).value();
    EventStore events(db.db(), clock);
    auto event = [&](const QString &name, QDateTime start, EventStatus status) {
        Event e;
        e.name = name;
        e.start = start;
        e.status = status;
        return events.insert(e).value();
    };
    const EventId meetup = event(QStringLiteral("Rust meetup"), noon(today.addDays(3), 17), EventStatus::Registered);
    event(QStringLiteral("Skipped fair"), noon(today.addDays(2)), EventStatus::Skipped);
    event(QStringLiteral("Far away"), noon(today.addDays(20)), EventStatus::Considering);
    event(QStringLiteral("Last month"), noon(today.addDays(-30)), EventStatus::Attended);

    JobApplication application;
    application.company = lumen;
    application.role = QStringLiteral("Backend Engineer");
    application.stage = ApplicationStage::Interviewing;
    InterviewRound screen;
    screen.name = QStringLiteral("Phone screen");
    screen.at = noon(today.addDays(1), 15);
    InterviewRound past;
    past.name = QStringLiteral("Intro");
    past.at = noon(today.addDays(-5));
    application.rounds = {past, screen};
    const ApplicationId app = ApplicationStore(db.db(), clock).insert(application).value();
    JobApplication closed = application;
    closed.id = {};
    closed.stage = ApplicationStage::Rejected;
    ASSERT_TRUE(ApplicationStore(db.db(), clock).insert(closed).ok()); // its rounds do not count

    InformationalInterview interview;
    interview.contact = ana;
    interview.company = lumen;
    interview.stage = InterviewStage::Scheduled;
    interview.scheduledAt = noon(today.addDays(5), 16);
    const InterviewId scheduled = InterviewStore(db.db(), clock).insert(interview).value();
    interview.stage = InterviewStage::Requested; // requested, not scheduled: not on the agenda
    interview.scheduledAt = noon(today.addDays(6));
    ASSERT_TRUE(InterviewStore(db.db(), clock).insert(interview).ok());

    auto agenda = loadAgenda(db.db(), clock);
    ASSERT_TRUE(agenda.ok());
    ASSERT_EQ(agenda->upcoming.size(), 3);
    EXPECT_EQ(agenda->upcoming.at(0).entity, Entity::Application);
    EXPECT_EQ(agenda->upcoming.at(0).id, app.value);
    EXPECT_EQ(agenda->upcoming.at(0).title, QStringLiteral("Phone screen"));
    EXPECT_EQ(agenda->upcoming.at(0).detail, QStringLiteral("Backend Engineer"));
    EXPECT_EQ(agenda->upcoming.at(0).company, lumen);
    EXPECT_EQ(agenda->upcoming.at(1).entity, Entity::Event);
    EXPECT_EQ(agenda->upcoming.at(1).id, meetup.value);
    EXPECT_EQ(agenda->upcoming.at(2).entity, Entity::InformationalInterview);
    EXPECT_EQ(agenda->upcoming.at(2).id, scheduled.value);
    EXPECT_EQ(agenda->upcoming.at(2).contact, ana);
    EXPECT_EQ(agenda->counts.openApplications, 1);
}

TEST_F(TodayAgendaTest, LapsedContactsAndCounters)
{
    const ContactId mentor = addContact(QStringLiteral("Mentor Mia"), 0, ContactRole::Mentor);
    const ContactId weekly = addContact(QStringLiteral("Weekly Wu"), 7);
    const ContactId fine = addContact(QStringLiteral("Fine Fay"), 30);
    const ContactId quiet = addContact(QStringLiteral("Quiet Quinn"));
    talk(mentor, today.addDays(-100)); // default 90 applies: 10 days overdue
    talk(weekly, today.addDays(-20));  // 13 overdue
    talk(fine, today.addDays(-5));
    talk(quiet, today.addDays(-200));  // not followed

    auto agenda = loadAgenda(db.db(), clock, AgendaOptions{14, 90, 50});
    ASSERT_TRUE(agenda.ok());
    ASSERT_EQ(agenda->lapsed.size(), 2);
    EXPECT_EQ(agenda->lapsed.at(0).id, weekly);
    EXPECT_EQ(agenda->lapsed.at(0).overdueDays, 13);
    EXPECT_EQ(agenda->lapsed.at(1).id, mentor);
    EXPECT_EQ(agenda->lapsed.at(1).overdueDays, 10);
    EXPECT_EQ(agenda->contactNames.value(mentor.value), QStringLiteral("Mentor Mia"));
    EXPECT_FALSE(agenda->contactNames.contains(quiet.value));
    EXPECT_EQ(agenda->counts.contacts, 4);
    EXPECT_EQ(agenda->counts.activeContacts, 2); // weekly (20 days) and fine (5 days)

    // A shorter default cadence makes active contacts lapse too: Fine Fay has her own 30 days.
    auto strict = loadAgenda(db.db(), clock, AgendaOptions{14, 3, 50});
    ASSERT_EQ(strict->lapsed.size(), 2);
    EXPECT_EQ(strict->lapsed.at(0).id, mentor);
    EXPECT_EQ(strict->lapsed.at(0).overdueDays, 97);
    EXPECT_EQ(strict->lapsed.at(1).id, weekly);
}
