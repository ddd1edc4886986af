#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

TEST(Database, OpensFreshFileAtLatestVersion)
{
    test::TempDatabase db;
    EXPECT_GT(db->schemaVersion(), 0);
}
