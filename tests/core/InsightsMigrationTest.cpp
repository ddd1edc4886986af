#include "core/storage/InsightsStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlSupport.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

// Migration 0005 adds the covering index the Insights page reads contacts through; contacts of version 4
// read the same before and after, and the query uses the index.
TEST(InsightsMigration, IndexOnChannelAndDayConnectedFromVersion4)
{
    test::TempDatabase db(Database::Options{.targetVersion = 4});
    ASSERT_EQ(db->schemaVersion(), 4);
    const QList<QVariantList> rows = {{QStringLiteral("Ana"), QStringLiteral("linkedin"), QStringLiteral("2026-01-05")},
                                      {QStringLiteral("Ben"), QStringLiteral("linkedin"), QStringLiteral("2026-01-05")},
                                      {QStringLiteral("Chen"), QStringLiteral("event"), QStringLiteral("2026-03-01")},
                                      {QStringLiteral("Dara"), QStringLiteral("event"), QVariant()}};
    for (const QVariantList &row : rows)
        ASSERT_TRUE(sql::run(db->connection(),
                             QStringLiteral("INSERT INTO contacts(name, channel, connected_on, created_at, updated_at) "
                                            "VALUES (?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
                             row)
                        .ok());
    auto before = InsightsStore(db.db()).contactsConnectedPerDayByChannel();
    ASSERT_TRUE(before.ok());

    ASSERT_TRUE(migrations::migrate(db->connection(), 5).ok());
    EXPECT_EQ(db->schemaVersion(), 5);
    EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"),
                          {QStringLiteral("contacts_channel_connected")})
                  ->toInt(),
              1);
    auto after = InsightsStore(db.db()).contactsConnectedPerDayByChannel();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(*after, *before);
    EXPECT_EQ(after->value(Channel::LinkedIn), (QList<QPair<QDate, qint64>>{{QDate(2026, 1, 5), 2}}));

    auto plan = sql::prepare(db->connection(), QStringLiteral("EXPLAIN QUERY PLAN SELECT channel, connected_on, count(*) FROM contacts "
                                                               "WHERE connected_on IS NOT NULL GROUP BY channel, connected_on"));
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(sql::exec(*plan).ok());
    QString detail;
    while (plan->next())
        detail += plan->value(3).toString();
    EXPECT_TRUE(detail.contains(QStringLiteral("COVERING INDEX contacts_channel_connected"))) << detail.toStdString();
}
