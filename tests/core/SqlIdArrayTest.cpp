#include "core/domain/Ids.h"
#include "core/storage/SqlSupport.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

TEST(SqlIdArray, WritesAJsonArrayOfTheIds)
{
    EXPECT_EQ(sql::idArray(QList<qint64>{}), QStringLiteral("[]"));
    EXPECT_EQ(sql::idArray(QList<qint64>{7}), QStringLiteral("[7]"));
    EXPECT_EQ(sql::idArray(QList<qint64>{3, 1, 9007199254740993}), QStringLiteral("[3,1,9007199254740993]"));
    EXPECT_EQ(sql::idArray(QList<ContactId>{ContactId(12), ContactId(4)}), QStringLiteral("[12,4]"));
}

// The statement shape the stores use: the list is one bound parameter, and it selects exactly the
// rows named (an empty list none; ids past 2^53 are not rounded through a double).
TEST(SqlIdArray, SelectsExactlyTheRowsNamed)
{
    test::TempDatabase temp;
    auto &db = temp.db().connection();
    ASSERT_TRUE(sql::run(db, QStringLiteral("CREATE TEMP TABLE t(id INTEGER PRIMARY KEY)")).ok());
    for (const qint64 id : {1LL, 2LL, 3LL, 9007199254740993LL, 9007199254740992LL})
        ASSERT_TRUE(sql::run(db, QStringLiteral("INSERT INTO t VALUES (?)"), {id}).ok());
    auto ids = [&](const QList<qint64> &wanted) {
        QList<qint64> out;
        auto query = sql::prepare(db, QStringLiteral("SELECT id FROM t WHERE id ") + QLatin1String(sql::kInIdArray) + QStringLiteral(" ORDER BY id"));
        EXPECT_TRUE(query.ok());
        EXPECT_TRUE(sql::exec(*query, {sql::idArray(wanted)}).ok());
        while (query->next())
            out << query->value(0).toLongLong();
        return out;
    };
    EXPECT_EQ(ids({}), QList<qint64>{});
    EXPECT_EQ(ids({3, 1, 42}), (QList<qint64>{1, 3}));
    EXPECT_EQ(ids({9007199254740993}), QList<qint64>{9007199254740993});
}
