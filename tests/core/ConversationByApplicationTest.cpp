// ConversationQuery::application: the conversations tied to one job application (its editor lists them).
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "tests/support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

TEST(ConversationByApplicationTest, ListsOnlyTheConversationsOfThatApplication)
{
    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    Contact ana;
    ana.name = QStringLiteral("Ana");
    const ContactId anaId = ContactStore(db.db(), clock).insert(ana).value();
    JobApplication application;
    application.company = CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Lumen")).value();
    application.role = QStringLiteral("Backend Engineer");
    ApplicationStore applications(db.db(), clock);
    const ApplicationId first = applications.insert(application).value();
    const ApplicationId second = applications.insert(application).value();

    ConversationStore conversations(db.db(), clock);
    auto add = [&](ApplicationId tiedTo, int day) {
        Conversation c;
        c.when = QDateTime(QDate(2026, 6, day), QTime(10, 0), QTimeZone::utc());
        c.kind = ConversationKind::JobInterview;
        c.contacts = {anaId};
        c.application = tiedTo;
        return conversations.insert(c).value();
    };
    const ConversationId a = add(first, 1);
    const ConversationId b = add(first, 2);
    add(second, 3);
    add(ApplicationId(), 4);

    QList<ConversationId> ids;
    for (const auto &c : conversations.list({.application = first}))
        ids << c.id;
    EXPECT_EQ(ids, (QList<ConversationId>{b, a})); // newest first, like every list
    EXPECT_EQ(conversations.list({.application = second}).size(), 1);
    EXPECT_EQ(conversations.list().size(), 4); // no filter: all of them
}
