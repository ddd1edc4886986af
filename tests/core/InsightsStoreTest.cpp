#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/InsightsStore.h"
#include "tests/support/TempDatabase.h"

#include <QTimeZone>

#include <ctime>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

ContactId addContact(Database &db, const char *name, Channel channel, QDate connected)
{
    Contact c;
    c.name = QString::fromLatin1(name);
    c.channel = channel;
    c.connectedOn = connected;
    auto id = ContactStore(db).insert(c);
    EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
    return id.ok() ? *id : ContactId();
}

void addConversation(Database &db, ContactId who, QDate on, ConversationKind kind, std::optional<double> share)
{
    Conversation c;
    c.when = QDateTime(on, QTime(12, 0), QTimeZone::utc());
    c.kind = kind;
    c.contacts = {who};
    if (share) {
        c.talk.source = TalkSource::Estimate;
        c.talk.myShare = share;
    }
    auto id = ConversationStore(db).insert(c);
    EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
}

void addApplication(Database &db, ApplicationSource source, QList<ApplicationStage> stages)
{
    auto company = CompanyStore(db).findOrCreate(QStringLiteral("Lumen"));
    ASSERT_TRUE(company.ok());
    JobApplication a;
    a.company = *company;
    a.role = QStringLiteral("Engineer");
    a.source = source;
    QDate date(2026, 1, 1);
    for (const ApplicationStage stage : stages)
        a.moveTo(stage, date = date.addDays(3));
    auto id = ApplicationStore(db).insert(a);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
}

} // namespace

TEST(InsightsStore, TalkShareByKindAveragesMeasuredConversationsOnly)
{
    test::TempDatabase db;
    const ContactId ana = addContact(db.db(), "Ana", Channel::LinkedIn, QDate(2026, 1, 5));
    addConversation(db.db(), ana, QDate(2026, 2, 1), ConversationKind::CoffeeChat, 0.2);
    addConversation(db.db(), ana, QDate(2026, 2, 2), ConversationKind::CoffeeChat, 0.4);
    addConversation(db.db(), ana, QDate(2026, 2, 3), ConversationKind::CoffeeChat, std::nullopt);
    addConversation(db.db(), ana, QDate(2026, 2, 4), ConversationKind::JobInterview, 0.5);
    addConversation(db.db(), ana, QDate(2026, 2, 4), ConversationKind::FollowUp, std::nullopt);
    auto shares = InsightsStore(db.db()).talkShareByKind();
    ASSERT_TRUE(shares.ok());
    ASSERT_EQ(shares->size(), 2);
    EXPECT_DOUBLE_EQ(shares->value(ConversationKind::CoffeeChat).average, 0.3);
    EXPECT_EQ(shares->value(ConversationKind::CoffeeChat).conversations, 2);
    EXPECT_DOUBLE_EQ(shares->value(ConversationKind::JobInterview).average, 0.5);
    EXPECT_FALSE(shares->contains(ConversationKind::FollowUp));

    auto perDay = InsightsStore(db.db()).conversationsPerDay();
    ASSERT_TRUE(perDay.ok());
    EXPECT_EQ(*perDay, (QList<QPair<QDate, qint64>>{{QDate(2026, 2, 1), 1}, {QDate(2026, 2, 2), 1}, {QDate(2026, 2, 3), 1},
                                                    {QDate(2026, 2, 4), 2}}));
}

TEST(InsightsStore, FurthestStageFromHistoryAndSource)
{
    test::TempDatabase db;
    addApplication(db.db(), ApplicationSource::Referral,
                   {ApplicationStage::Saved, ApplicationStage::Applied, ApplicationStage::Interviewing, ApplicationStage::Rejected});
    addApplication(db.db(), ApplicationSource::JobBoard, {ApplicationStage::Applied});
    addApplication(db.db(), ApplicationSource::Event, {ApplicationStage::Saved, ApplicationStage::Withdrawn});
    auto rows = InsightsStore(db.db()).applicationSourcesAndFurthestStages();
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(*rows, (QList<QPair<ApplicationSource, ApplicationStage>>{{ApplicationSource::Referral, ApplicationStage::Interviewing},
                                                                          {ApplicationSource::JobBoard, ApplicationStage::Applied},
                                                                          {ApplicationSource::Event, ApplicationStage::Saved}}));
}

TEST(InsightsStore, ContactsPerMonthByChannelAndPerDay)
{
    test::TempDatabase db;
    addContact(db.db(), "A", Channel::LinkedIn, QDate(2026, 1, 5));
    addContact(db.db(), "B", Channel::LinkedIn, QDate(2026, 1, 20));
    addContact(db.db(), "C", Channel::Event, QDate(2026, 3, 1));
    addContact(db.db(), "D", Channel::Event, QDate());
    auto byChannel = InsightsStore(db.db()).contactsConnectedPerMonthByChannel();
    ASSERT_TRUE(byChannel.ok());
    ASSERT_EQ(byChannel->size(), 2);
    EXPECT_EQ(byChannel->value(Channel::LinkedIn), (QList<QPair<QDate, qint64>>{{QDate(2026, 1, 1), 2}}));
    EXPECT_EQ(byChannel->value(Channel::Event), (QList<QPair<QDate, qint64>>{{QDate(2026, 3, 1), 1}}));
    auto perDay = InsightsStore(db.db()).contactsConnectedPerDay();
    ASSERT_TRUE(perDay.ok());
    EXPECT_EQ(perDay->size(), 3);
    EXPECT_EQ(perDay->first(), (QPair<QDate, qint64>{QDate(2026, 1, 5), 1}));
}

TEST(InsightsStore, InsightsPageAggregates)
{
    test::TempDatabase db;
    const ContactId ana = addContact(db.db(), "A", Channel::LinkedIn, QDate(2026, 1, 5));
    addContact(db.db(), "B", Channel::LinkedIn, QDate(2026, 1, 5));
    addContact(db.db(), "C", Channel::Event, QDate(2026, 3, 1));
    addContact(db.db(), "D", Channel::Event, QDate());
    auto contacts = InsightsStore(db.db()).contactsConnectedPerDayByChannel();
    ASSERT_TRUE(contacts.ok());
    EXPECT_EQ(contacts->value(Channel::LinkedIn), (QList<QPair<QDate, qint64>>{{QDate(2026, 1, 5), 2}}));
    EXPECT_EQ(contacts->value(Channel::Event), (QList<QPair<QDate, qint64>>{{QDate(2026, 3, 1), 1}}));

    addConversation(db.db(), ana, QDate(2026, 2, 1), ConversationKind::CoffeeChat, 0.2);
    addConversation(db.db(), ana, QDate(2026, 2, 1), ConversationKind::JobInterview, std::nullopt);
    addConversation(db.db(), ana, QDate(2026, 2, 3), ConversationKind::CoffeeChat, 0.4);
    // Out of time order on purpose: the shares come back oldest first.
    addConversation(db.db(), ana, QDate(2026, 1, 20), ConversationKind::FollowUp, 0.1);
    auto aggregates = InsightsStore(db.db()).conversationAggregates();
    ASSERT_TRUE(aggregates.ok());
    EXPECT_EQ(aggregates->perDayByKind.value(ConversationKind::CoffeeChat),
              (QList<QPair<QDate, qint64>>{{QDate(2026, 2, 1), 1}, {QDate(2026, 2, 3), 1}}));
    EXPECT_EQ(aggregates->perDayByKind.value(ConversationKind::JobInterview), (QList<QPair<QDate, qint64>>{{QDate(2026, 2, 1), 1}}));
    EXPECT_EQ(aggregates->perDayByKind.value(ConversationKind::FollowUp), (QList<QPair<QDate, qint64>>{{QDate(2026, 1, 20), 1}}));

    const QList<TalkSharePoint> &shares = aggregates->shares;
    ASSERT_EQ(shares.size(), 3); // the interview has no share
    EXPECT_EQ(shares.at(0).conversation, ConversationId(4));
    EXPECT_EQ(shares.at(1).when, QDateTime(QDate(2026, 2, 1), QTime(12, 0), QTimeZone::utc()));
    EXPECT_DOUBLE_EQ(shares.at(1).share, 0.2);
    EXPECT_EQ(shares.at(1).kind, ConversationKind::CoffeeChat);
    EXPECT_EQ(shares.at(2).conversation, ConversationId(3));
}

TEST(InsightsStore, FunnelApplicationsStartOnTheirFirstStageDate)
{
    test::TempDatabase db;
    // addApplication dates the stages 2026-01-04, -07, -10, …
    addApplication(db.db(), ApplicationSource::Referral, {ApplicationStage::Saved, ApplicationStage::Applied, ApplicationStage::Offer});
    addApplication(db.db(), ApplicationSource::JobBoard, {ApplicationStage::Applied, ApplicationStage::Rejected});
    auto rows = InsightsStore(db.db()).funnelApplications();
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(*rows, (QList<DatedApplication>{{ApplicationSource::Referral, ApplicationStage::Offer, QDate(2026, 1, 4)},
                                              {ApplicationSource::JobBoard, ApplicationStage::Applied, QDate(2026, 1, 4)}}));
}

// Conversations are counted on the local day they happened, summer time included.
TEST(InsightsStore, ConversationDaysAreLocal)
{
    const QByteArray savedTz = qgetenv("TZ");
    qputenv("TZ", "America/New_York");
    tzset();
    {
        test::TempDatabase db;
        const ContactId ana = addContact(db.db(), "Ana", Channel::LinkedIn, QDate(2026, 1, 5));
        for (const QDateTime &when : {QDateTime(QDate(2026, 2, 1), QTime(3, 0), QTimeZone::utc()),     // 22:00 on 31 January (EST)
                                      QDateTime(QDate(2026, 3, 8), QTime(4, 30), QTimeZone::utc()),    // 23:30 on 7 March (EST)
                                      QDateTime(QDate(2026, 3, 9), QTime(3, 30), QTimeZone::utc()),    // 23:30 on 8 March (EDT)
                                      QDateTime(QDate(2026, 3, 9), QTime(4, 30), QTimeZone::utc())}) { // 00:30 on 9 March (EDT)
            Conversation c;
            c.when = when;
            c.contacts = {ana};
            ASSERT_TRUE(ConversationStore(db.db()).insert(c).ok());
        }
        auto aggregates = InsightsStore(db.db()).conversationAggregates();
        ASSERT_TRUE(aggregates.ok());
        EXPECT_EQ(aggregates->perDayByKind.value(ConversationKind::CoffeeChat),
                  (QList<QPair<QDate, qint64>>{{QDate(2026, 1, 31), 1}, {QDate(2026, 3, 7), 1}, {QDate(2026, 3, 8), 1}, {QDate(2026, 3, 9), 1}}));
        // The same days as SQLite's own 'localtime'.
        auto sqlite = InsightsStore(db.db()).conversationsPerDay();
        ASSERT_TRUE(sqlite.ok());
        EXPECT_EQ(*sqlite, aggregates->perDayByKind.value(ConversationKind::CoffeeChat));
    }
    if (savedTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", savedTz);
    tzset();
}
