#include "core/analytics/NetworkGrowth.h"

#include <gtest/gtest.h>

using namespace foothold;

TEST(NetworkGrowth, FillsEmptyMonthsAndAccumulates)
{
    const auto growth = networkGrowth({{QDate(2025, 3, 9), 1}, {QDate(2025, 1, 5), 2}, {QDate(2025, 1, 20), 1}});
    ASSERT_EQ(growth.size(), 3);
    EXPECT_EQ(growth.at(0), (GrowthPoint{QDate(2025, 1, 1), 3, 3}));
    EXPECT_EQ(growth.at(1), (GrowthPoint{QDate(2025, 2, 1), 0, 3}));
    EXPECT_EQ(growth.at(2), (GrowthPoint{QDate(2025, 3, 1), 1, 4}));
}

TEST(NetworkGrowth, AcrossAYearBoundaryAndEmpty)
{
    EXPECT_TRUE(networkGrowth({}).isEmpty());
    const auto growth = networkGrowth({{QDate(2024, 12, 1), 1}, {QDate(2025, 1, 1), 1}});
    ASSERT_EQ(growth.size(), 2);
    EXPECT_EQ(growth.last().total, 2);
}
