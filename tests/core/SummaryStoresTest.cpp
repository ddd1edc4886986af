// CompanySummaryStore and EventSummaryStore: the counts and related records lists and editors show.
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/CompanySummaryStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/EventSummaryStore.h"
#include "tests/support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

class SummaryStoresTest : public ::testing::Test {
protected:
    ContactId addContact(const QString &name, CompanyId company = {}, bool prospect = false, EventId metAt = {})
    {
        Contact c;
        c.name = name;
        c.company = company;
        c.prospect = prospect;
        c.metAt = metAt;
        return contacts.insert(c).value();
    }

    ApplicationId addApplication(CompanyId company, ApplicationStage stage, EventId event = {})
    {
        JobApplication a;
        a.company = company;
        a.role = QStringLiteral("Engineer");
        a.stage = stage;
        a.event = event;
        return applications.insert(a).value();
    }

    EventId addEvent(const QString &name, QDateTime start)
    {
        Event e;
        e.name = name;
        e.start = std::move(start);
        return events.insert(e).value();
    }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    ContactStore contacts{db.db(), clock};
    CompanyStore companies{db.db(), clock};
    ApplicationStore applications{db.db(), clock};
    EventStore events{db.db(), clock};
};

} // namespace

TEST_F(SummaryStoresTest, CompanySummariesCountPeopleAndOpenApplications)
{
    Company lumenRecord;
    lumenRecord.name = QStringLiteral("Lumen, Inc.");
    lumenRecord.aliases = {QStringLiteral("Lumen Labs"), QStringLiteral("LUMEN")};
    lumenRecord.techStack = {QStringLiteral("Rust"), QStringLiteral("Go")};
    lumenRecord.priority = CompanyPriority::High;
    const CompanyId lumen = companies.insert(lumenRecord).value();
    const CompanyId orbit = companies.findOrCreate(QStringLiteral("Orbit")).value();
    addContact(QStringLiteral("Ana"), lumen);
    addContact(QStringLiteral("Ben"), lumen);
    addContact(QStringLiteral("Cy"), lumen, true); // a prospect: known of, not met
    addContact(QStringLiteral("Dee"), orbit, true);
    addApplication(lumen, ApplicationStage::Applied);
    addApplication(lumen, ApplicationStage::Interviewing);
    addApplication(lumen, ApplicationStage::Rejected); // final: not open
    addApplication(orbit, ApplicationStage::NoAnswer);

    QList<CompanySummary> all = CompanySummaryStore(db.db()).summaries();
    ASSERT_EQ(all.size(), 2);
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    const CompanySummary &l = all.at(0);
    EXPECT_EQ(l.name, QStringLiteral("Lumen, Inc."));
    EXPECT_EQ(l.aliases, (QStringList{QStringLiteral("LUMEN"), QStringLiteral("Lumen Labs")}));
    EXPECT_EQ(l.techStack, (QStringList{QStringLiteral("Rust"), QStringLiteral("Go")}));
    EXPECT_EQ(l.priority, CompanyPriority::High);
    EXPECT_EQ(l.counts, (CompanyCounts{3, 3, 2}));
    EXPECT_EQ(all.at(1).counts, (CompanyCounts{1, 1, 0}));

    const auto one = CompanySummaryStore(db.db()).summaries({orbit});
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one.first().name, QStringLiteral("Orbit"));
    EXPECT_EQ(one.first().counts, (CompanyCounts{1, 1, 0})); // counted the other way: the same

    const auto counts = CompanySummaryStore(db.db()).counts();
    EXPECT_EQ(counts.value(lumen.value), (CompanyCounts{3, 3, 2}));
    EXPECT_EQ(counts.value(orbit.value), (CompanyCounts{1, 1, 0}));
    const auto prospects = CompanySummaryStore(db.db()).prospectCounts();
    EXPECT_EQ(prospects, (QHash<qint64, int>{{lumen.value, 1}, {orbit.value, 1}}));
}

TEST_F(SummaryStoresTest, FormerEmployeesComeFromHistoryAndLeaveOutCurrentStaff)
{
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
    const CompanyId orbit = companies.findOrCreate(QStringLiteral("Orbit")).value();
    Contact left;
    left.name = QStringLiteral("Zoe Left");
    left.company = orbit;
    left.history = {{lumen, QStringLiteral("Lumen"), QStringLiteral("Engineer"), QDate(2020, 1, 1), QDate(2022, 6, 30)},
                    {lumen, QStringLiteral("Lumen"), QStringLiteral("Senior Engineer"), QDate(2022, 7, 1), QDate(2023, 1, 31)}};
    const ContactId zoe = contacts.insert(left).value();
    Contact back;
    back.name = QStringLiteral("Al Back"); // worked there before and is there again: current, not former
    back.company = lumen;
    back.history = {{lumen, QStringLiteral("Lumen"), QStringLiteral("Intern"), QDate(2018, 1, 1), QDate(2018, 6, 1)}};
    contacts.insert(back).value();

    const auto former = CompanySummaryStore(db.db()).formerEmployees(lumen);
    ASSERT_EQ(former.size(), 1); // one line per person, however many positions
    EXPECT_EQ(former.first().contact, zoe);
    EXPECT_EQ(former.first().title, QStringLiteral("Engineer"));
    EXPECT_EQ(former.first().from, QDate(2020, 1, 1));
}

TEST_F(SummaryStoresTest, EventsOfACompanyAndWhatTracesBackToAnEvent)
{
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen")).value();
    Event conf;
    conf.name = QStringLiteral("RustConf");
    conf.start = utc(2026, 4, 1);
    conf.companies = {{lumen, EventCompanyRole::Sponsor}};
    const EventId rustconf = events.insert(conf).value();
    Event meetup;
    meetup.name = QStringLiteral("Go Meetup");
    meetup.start = utc(2026, 5, 1);
    meetup.companies = {{lumen, EventCompanyRole::Hiring}};
    const EventId gomeetup = events.insert(meetup).value();
    addEvent(QStringLiteral("Unrelated"), utc(2026, 3, 1));

    const auto at = CompanySummaryStore(db.db()).events(lumen);
    ASSERT_EQ(at.size(), 2);
    EXPECT_EQ(at.at(0).event, gomeetup); // newest first
    EXPECT_EQ(at.at(0).role, EventCompanyRole::Hiring);
    EXPECT_EQ(at.at(1).event, rustconf);
    EXPECT_EQ(at.at(1).start, utc(2026, 4, 1));

    const ContactId ben = addContact(QStringLiteral("Ben"), {}, false, rustconf);
    const ContactId ana = addContact(QStringLiteral("Ana"), {}, false, rustconf);
    addContact(QStringLiteral("Cy"), {}, false, gomeetup);
    EventSummaryStore summaries(db.db());
    const auto met = summaries.metCounts();
    EXPECT_EQ(met.value(rustconf.value), 2);
    EXPECT_EQ(met.value(gomeetup.value), 1);
    EXPECT_EQ(summaries.peopleMet(rustconf), (QList<ContactId>{ana, ben})); // by name

    Conversation early;
    early.when = utc(2026, 4, 1, 10);
    early.contacts = {ana};
    early.event = rustconf;
    Conversation late = early;
    late.when = utc(2026, 4, 1, 15);
    ConversationStore conversations(db.db(), clock);
    const ConversationId first = conversations.insert(early).value();
    const ConversationId second = conversations.insert(late).value();
    EXPECT_EQ(summaries.conversationsAt(rustconf), (QList<ConversationId>{second, first}));
    EXPECT_TRUE(summaries.conversationsAt(gomeetup).isEmpty());

    const ApplicationId fromConf = addApplication(lumen, ApplicationStage::Applied, rustconf);
    addApplication(lumen, ApplicationStage::Applied);
    EXPECT_EQ(summaries.applicationsFrom(rustconf), QList<ApplicationId>{fromConf});
}
