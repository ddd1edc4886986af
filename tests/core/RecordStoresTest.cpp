// Events, conversations, applications, follow-ups, informational interviews, links, stats.
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"
#include "core/storage/LinkStore.h"
#include "core/storage/StatsStore.h"
#include "tests/support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

class RecordStoresTest : public ::testing::Test {
protected:
    ContactId addContact(const QString &name, QDate connected = {})
    {
        Contact c;
        c.name = name;
        c.connectedOn = connected;
        return contacts.insert(c).value();
    }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    ContactStore contacts{db.db(), clock};
    CompanyStore companies{db.db(), clock};
};

} // namespace

TEST_F(RecordStoresTest, EventWithCostsCompaniesPeopleAndTagsRoundTrips)
{
    EventStore events(db.db(), clock);
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
    const ContactId ana = addContact(QStringLiteral("Ana"));
    Event e;
    e.name = QStringLiteral("RustConf");
    e.kind = EventKind::Conference;
    e.start = utc(2027, 4, 15, 7);
    e.end = utc(2027, 4, 16, 16);
    e.timeZone = QStringLiteral("Europe/Berlin");
    e.status = EventStatus::Registered;
    e.costs = {{CostCategory::Ticket, 45000, QStringLiteral("EUR"), 1.0, {}},
               {CostCategory::Travel, 12000, QStringLiteral("GBP"), 1.17, QStringLiteral("train")}};
    e.companies = {{lumen, EventCompanyRole::Sponsor}};
    e.people = {{ana, EventPersonRole::Speaker}};
    e.tags = {QStringLiteral("rust")};
    e.goalContacts = 5;
    const EventId id = events.insert(e).value();
    const Event loaded = events.get(id).value();
    EXPECT_EQ(loaded.start, e.start);
    EXPECT_EQ(loaded.end, e.end);
    EXPECT_EQ(loaded.timeZone, e.timeZone);
    EXPECT_EQ(loaded.costs, e.costs);
    EXPECT_EQ(loaded.companies, e.companies);
    EXPECT_EQ(loaded.people, e.people);
    EXPECT_EQ(loaded.tags, e.tags);
    EXPECT_EQ(loaded.goalContacts, 5);
    EXPECT_EQ(events.list({.from = utc(2027, 4, 16)}).size(), 1);   // still running on the 16th
    EXPECT_EQ(events.list({.from = utc(2027, 4, 17)}).size(), 0);
    EXPECT_EQ(events.findByName(QStringLiteral("rustconf")), QList<EventId>{id});

    e.end = utc(2027, 4, 14);
    e.id = id;
    EXPECT_EQ(events.update(e).error().field, QStringLiteral("end"));
}

TEST_F(RecordStoresTest, ConversationsKeepParticipantsAndTalkBalance)
{
    ConversationStore conversations(db.db(), clock);
    const ContactId ana = addContact(QStringLiteral("Ana"));
    const ContactId ben = addContact(QStringLiteral("Ben"));
    Conversation c;
    c.when = utc(2026, 5, 1);
    c.kind = ConversationKind::InformationalInterview;
    c.channel = ConversationChannel::Video;
    c.contacts = {ana, ben};
    c.durationMinutes = 30;
    c.talk = {TalkSource::Transcript, 0.25, 450, 1350, 3, 7, 60, 1.5};
    const ConversationId id = conversations.insert(c).value();
    const Conversation loaded = conversations.get(id).value();
    EXPECT_EQ(loaded.contacts, c.contacts);
    EXPECT_EQ(loaded.talk, c.talk);
    EXPECT_EQ(conversations.list({.contact = ben}).size(), 1);
    EXPECT_EQ(conversations.list({.kind = ConversationKind::JobInterview}).size(), 0);
    EXPECT_EQ(conversations.list({.search = QStringLiteral("ana")}).size(), 1); // by participant name

    c.contacts.clear();
    EXPECT_EQ(conversations.insert(c).error().field, QStringLiteral("contact"));
    c.contacts = {ContactId(999)};
    EXPECT_FALSE(conversations.insert(c).ok()); // a foreign key, not a crash
    EXPECT_EQ(conversations.count().value(), 1);
}

TEST_F(RecordStoresTest, ApplicationsRecordDatedStagesAndRoundsWithInterviewers)
{
    ApplicationStore applications(db.db(), clock);
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
    const ContactId ana = addContact(QStringLiteral("Ana"));
    JobApplication a;
    a.company = lumen;
    a.role = QStringLiteral("Backend Engineer");
    a.source = ApplicationSource::Referral;
    a.referrer = ana;
    a.stage = ApplicationStage::Applied;
    a.salaryMin = 60000;
    a.salaryMax = 75000;
    a.rounds = {{QStringLiteral("Phone screen"), utc(2026, 6, 20, 9), 30, {ana}, {}, {}}};
    const ApplicationId id = applications.insert(a).value();
    JobApplication loaded = applications.get(id).value();
    ASSERT_EQ(loaded.history.size(), 1); // started at its stage, dated today
    EXPECT_EQ(loaded.history.first().stage, ApplicationStage::Applied);
    EXPECT_EQ(loaded.history.first().date, clock.today());
    EXPECT_EQ(loaded.rounds, a.rounds);
    EXPECT_EQ(loaded.salaryMax, 75000);

    ASSERT_TRUE(applications.moveTo(id, ApplicationStage::Interviewing, QDate(2026, 6, 21)).ok());
    loaded = applications.get(id).value();
    EXPECT_EQ(loaded.stage, ApplicationStage::Interviewing);
    ASSERT_EQ(loaded.history.size(), 2);
    EXPECT_EQ(loaded.history.last().date, QDate(2026, 6, 21));
    EXPECT_EQ(applications.list({.stage = ApplicationStage::Interviewing}).size(), 1);
    EXPECT_EQ(applications.list({.search = QStringLiteral("lumen")}).size(), 1);

    a.salaryMin = 90000;
    EXPECT_EQ(applications.insert(a).error().field, QStringLiteral("salary"));
}

TEST_F(RecordStoresTest, ApplicationsInvolvingAContactAreThoseTheyReferredOrInterviewedFor)
{
    ApplicationStore applications(db.db(), clock);
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
    const ContactId ana = addContact(QStringLiteral("Ana"));
    const ContactId ben = addContact(QStringLiteral("Ben"));
    const ContactId cam = addContact(QStringLiteral("Cam"));
    const auto add = [&](const QString &role, ContactId referrer, QList<QList<ContactId>> rounds) {
        JobApplication a;
        a.company = lumen;
        a.role = role;
        a.referrer = referrer;
        for (const auto &interviewers : rounds)
            a.rounds.append({QStringLiteral("Round"), utc(2026, 6, 20, 9), 45, interviewers, {}, {}});
        return applications.insert(a).value();
    };
    const ApplicationId referred = add(QStringLiteral("Referred by Ana"), ana, {});
    const ApplicationId interviewed = add(QStringLiteral("Ana interviews"), {}, {{ben}, {ana, cam}});
    const ApplicationId both = add(QStringLiteral("Both"), ana, {{ana}});
    add(QStringLiteral("Not Ana"), ben, {{cam}});

    QList<ApplicationId> found;
    for (const JobApplication &a : applications.list({.involving = ana}))
        found << a.id;
    std::sort(found.begin(), found.end(), [](ApplicationId x, ApplicationId y) { return x.value < y.value; });
    EXPECT_EQ(found, (QList<ApplicationId>{referred, interviewed, both})); // each once, though "Both" matches twice
    // The rounds and their interviewers come with them, as from an unfiltered list.
    for (const JobApplication &a : applications.list({.involving = ana}))
        if (a.id == interviewed) {
            ASSERT_EQ(a.rounds.size(), 2);
            EXPECT_EQ(a.rounds.at(0).interviewers, QList<ContactId>{ben});
            EXPECT_EQ(a.rounds.at(1).interviewers, (QList<ContactId>{ana, cam}));
        }
    EXPECT_TRUE(applications.list({.involving = addContact(QStringLiteral("Dee"))}).isEmpty());
    EXPECT_EQ(applications.list().size(), 4);
}

TEST_F(RecordStoresTest, NamesOfOneContactAndOfAllEvents)
{
    const ContactId ana = addContact(QStringLiteral("Ana Lima"));
    EXPECT_EQ(contacts.nameOf(ana), QStringLiteral("Ana Lima"));
    EXPECT_EQ(contacts.nameOf(ContactId(ana.value + 100)), QString());
    EventStore events(db.db(), clock);
    Event e;
    e.name = QStringLiteral("RustConf");
    e.start = utc(2026, 9, 1);
    const EventId rust = events.insert(e).value();
    e.name = QStringLiteral("PyCon");
    const EventId py = events.insert(e).value();
    const QHash<qint64, QString> names = events.allNames();
    EXPECT_EQ(names.size(), 2);
    EXPECT_EQ(names.value(rust.value), QStringLiteral("RustConf"));
    EXPECT_EQ(names.value(py.value), QStringLiteral("PyCon"));
}

TEST_F(RecordStoresTest, FollowUpsDueDoneAndRuleKeysAreUnique)
{
    FollowUpStore followUps(db.db(), clock);
    FollowUp overdue;
    overdue.title = QStringLiteral("Send the article to Ana");
    overdue.due = clock.today().addDays(-2);
    const FollowUpId overdueId = followUps.insert(overdue).value();
    FollowUp later = overdue;
    later.title = QStringLiteral("Check in with Ben");
    later.due = clock.today().addDays(5);
    later.origin = FollowUpOrigin::CadenceRule;
    later.ruleKey = QStringLiteral("cadence:contact:2:2026-06");
    ASSERT_TRUE(followUps.insert(later).ok());
    EXPECT_EQ(followUps.insert(later).error().code, Error::Code::Conflict);

    EXPECT_EQ(followUps.countDue(clock.today()).value(), 1);
    ASSERT_TRUE(followUps.setDone(overdueId, true).ok());
    EXPECT_EQ(followUps.countDue(clock.today()).value(), 0);
    EXPECT_EQ(followUps.get(overdueId)->doneAt, clock.nowUtc());
    EXPECT_EQ(followUps.list({.openOnly = true}).size(), 1);
    const auto all = followUps.list();
    ASSERT_EQ(all.size(), 2);
    EXPECT_FALSE(all.first().isDone()); // open first
    ASSERT_TRUE(followUps.setDone(overdueId, false).ok());
    EXPECT_FALSE(followUps.get(overdueId)->isDone());
}

TEST_F(RecordStoresTest, FollowUpsTiedToAConversation)
{
    const ContactId ana = addContact(QStringLiteral("Ana"));
    Conversation chat;
    chat.when = utc(2026, 6, 1);
    chat.contacts = {ana};
    const ConversationId chatId = ConversationStore(db.db(), clock).insert(chat).value();
    FollowUpStore followUps(db.db(), clock);
    FollowUp tied;
    tied.title = QStringLiteral("Send Ana the article");
    tied.due = clock.today();
    tied.contact = ana;
    tied.conversation = chatId;
    const FollowUpId tiedId = followUps.insert(tied).value();
    FollowUp other = tied;
    other.title = QStringLiteral("Check in with Ana");
    other.conversation = {};
    ASSERT_TRUE(followUps.insert(other).ok());

    const auto found = followUps.list({.conversation = chatId});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().id, tiedId);
    EXPECT_EQ(followUps.list({.contact = ana}).size(), 2);
}

TEST_F(RecordStoresTest, InformationalInterviewsAndTheQuestionBank)
{
    InterviewStore interviews(db.db(), clock);
    QuestionBankStore bank(db.db());
    const auto seeded = bank.list();
    ASSERT_GE(seeded.size(), 10);
    EXPECT_EQ(seeded.first().text, QStringLiteral("What is a typical day like for you?"));
    const QuestionId mine = bank.insert({{}, QStringLiteral("How do you measure success?"), QStringLiteral("The job"), 0}).value();
    EXPECT_EQ(bank.list().last().id, mine);
    EXPECT_EQ(bank.insert({{}, QStringLiteral("How do you measure success?"), {}, 0}).error().code, Error::Code::Conflict);

    InformationalInterview i;
    i.contact = addContact(QStringLiteral("Ana"));
    i.stage = InterviewStage::Scheduled;
    i.scheduledAt = utc(2026, 6, 18, 15);
    i.questions = {{seeded.first().text, QStringLiteral("Code review, then pairing.")}};
    const InterviewId id = interviews.insert(i).value();
    const auto loaded = interviews.get(id).value();
    EXPECT_EQ(loaded.questions, i.questions);
    EXPECT_EQ(loaded.scheduledAt, i.scheduledAt);
    EXPECT_EQ(interviews.list({.stage = InterviewStage::Scheduled}).size(), 1);
    EXPECT_EQ(interviews.list({.search = QStringLiteral("pairing")}).size(), 1);
}

TEST_F(RecordStoresTest, LinksAreCanonicalAndRefuseSelfLinks)
{
    LinkStore links(db.db());
    const ContactId ana = addContact(QStringLiteral("Ana"));
    const ContactId ben = addContact(QStringLiteral("Ben"));
    Link knows{{}, ben, ana, LinkKind::Knows, 0.7, LinkSource::Manual, {}, false, {}, false};
    const LinkId id = links.insert(knows).value();
    EXPECT_EQ(links.get(id)->from, ana); // symmetric kinds: lower id first
    Link reverse = knows;
    std::swap(reverse.from, reverse.to);
    EXPECT_EQ(links.insert(reverse).error().code, Error::Code::Conflict);
    Link mentor{{}, ben, ana, LinkKind::Mentor, 0.9, LinkSource::Manual, {}, false, {}, false};
    const LinkId mentorId = links.insert(mentor).value();
    EXPECT_EQ(links.get(mentorId)->from, ben); // directed kinds keep their direction
    Link self = knows;
    self.to = self.from;
    EXPECT_EQ(links.insert(self).error().field, QStringLiteral("to"));
    Link tooStrong = mentor;
    tooStrong.kind = LinkKind::WorksWith;
    tooStrong.strength = 1.2;
    EXPECT_EQ(links.insert(tooStrong).error().field, QStringLiteral("strength"));
    ASSERT_TRUE(links.setDismissed(id, true).ok());
    EXPECT_EQ(links.list().size(), 1);
    EXPECT_EQ(links.list(true).size(), 2);
    EXPECT_EQ(links.linksOf(ana, true).size(), 2);
}

TEST_F(RecordStoresTest, StatsCountAndGroupInSql)
{
    addContact(QStringLiteral("A"), QDate(2025, 1, 3));
    addContact(QStringLiteral("B"), QDate(2025, 1, 30));
    addContact(QStringLiteral("C"), QDate(2025, 3, 1));
    addContact(QStringLiteral("D"));
    ApplicationStore applications(db.db(), clock);
    JobApplication a;
    a.company = companies.findOrCreate(QStringLiteral("Lumen")).value();
    a.role = QStringLiteral("Engineer");
    a.stage = ApplicationStage::Applied;
    ASSERT_TRUE(applications.insert(a).ok());
    StatsStore stats(db.db());
    const auto counts = stats.counts(clock.today()).value();
    EXPECT_EQ(counts.contacts, 4);
    EXPECT_EQ(counts.companies, 1);
    EXPECT_EQ(counts.applications, 1);
    const auto byStage = stats.applicationsByStage().value();
    EXPECT_EQ(byStage.value(ApplicationStage::Applied), 1);
    EXPECT_EQ(byStage.value(ApplicationStage::Offer), 0);
    EXPECT_EQ(byStage.size(), 9);
    const auto months = stats.contactsConnectedPerMonth().value();
    ASSERT_EQ(months.size(), 2);
    EXPECT_EQ(months.at(0).month, QDate(2025, 1, 1));
    EXPECT_EQ(months.at(0).count, 2);
    EXPECT_EQ(months.at(1).count, 1);
}
