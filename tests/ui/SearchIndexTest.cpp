#include "ui/models/SearchIndex.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

std::vector<int> rowsMatching(const SearchIndex &index, const QStringList &words)
{
    std::vector<int> rows;
    const auto matched = index.match(words);
    for (size_t i = 0; i < matched.size(); ++i)
        if (matched[i])
            rows.push_back(int(i));
    return rows;
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

SearchIndex indexOf(const QStringList &texts)
{
    SearchIndex index;
    index.reset(int(texts.size()), [&](int row) { return texts.at(row); });
    return index;
}

} // namespace

TEST(SearchIndex, FindsRowsContainingEveryWordIgnoringCase)
{
    const SearchIndex index = indexOf({QStringLiteral("Ana Lima Lumen Labs Lisbon"), QStringLiteral("Ben Okafor Recruiter Lagos"),
                                       QStringLiteral("Banana Man"), QStringLiteral("ÉCOLE Français São Paulo")});
    EXPECT_EQ(index.rowCount(), 4);
    EXPECT_EQ(rowsMatching(index, words("ana")), (std::vector<int>{0, 2}));
    EXPECT_EQ(rowsMatching(index, words("LIS ana")), (std::vector<int>{0}));
    EXPECT_EQ(rowsMatching(index, words("okafor lisbon")), (std::vector<int>{}));
    EXPECT_EQ(rowsMatching(index, words("école são")), (std::vector<int>{3}));
    EXPECT_EQ(rowsMatching(index, words("a")), (std::vector<int>{0, 1, 2, 3}));
    EXPECT_EQ(rowsMatching(index, {}), (std::vector<int>{0, 1, 2, 3}));
    EXPECT_TRUE(index.rowMatches(1, words("recruiter")));
    EXPECT_FALSE(index.rowMatches(1, words("recruiter lima")));
    EXPECT_FALSE(index.rowMatches(9, words("a"))); // no such row
}

TEST(SearchIndex, AWordNeverSpansTwoRows)
{
    // "ab" would be found across the boundary of "…a" and "b…" if rows were not kept apart.
    const SearchIndex index = indexOf({QStringLiteral("xa"), QStringLiteral("by"), QStringLiteral("line one\nline two")});
    EXPECT_TRUE(rowsMatching(index, words("ab")).empty());
    EXPECT_EQ(rowsMatching(index, words("one two")), (std::vector<int>{2})); // a newline inside stays in its row
}

TEST(SearchIndex, FollowsUpdatesAppendsAndRemovals)
{
    SearchIndex index = indexOf({QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chen")});
    index.setRow(1, QStringLiteral("Benedict Quarshie"));
    EXPECT_EQ(rowsMatching(index, words("quarsh")), (std::vector<int>{1}));
    EXPECT_EQ(rowsMatching(index, words("ben")), (std::vector<int>{1}));
    index.setRow(3, QStringLiteral("Dara")); // appended
    EXPECT_EQ(index.rowCount(), 4);
    EXPECT_EQ(rowsMatching(index, words("dara")), (std::vector<int>{3}));
    index.removeRow(0); // the rows after it move up
    EXPECT_EQ(index.rowCount(), 3);
    EXPECT_EQ(rowsMatching(index, words("ana")), (std::vector<int>{}));
    EXPECT_EQ(rowsMatching(index, words("chen")), (std::vector<int>{1}));
    EXPECT_EQ(rowsMatching(index, words("dara")), (std::vector<int>{2}));
    EXPECT_TRUE(index.rowMatches(0, words("quarshie")));
}

TEST(SearchIndex, ManyUpdatesCompactTheBufferWithoutLosingRows)
{
    SearchIndex index = indexOf({QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")});
    for (int i = 0; i < 200; ++i)
        index.setRow(i % 3, QStringLiteral("value %1 of row %2").arg(i).arg(i % 3));
    EXPECT_EQ(index.rowCount(), 3);
    EXPECT_EQ(rowsMatching(index, words("value 199")), (std::vector<int>{1}));
    EXPECT_EQ(rowsMatching(index, words("value 198")), (std::vector<int>{0}));
    EXPECT_EQ(rowsMatching(index, words("value 197")), (std::vector<int>{2}));
    EXPECT_EQ(rowsMatching(index, words("alpha")), (std::vector<int>{}));
    EXPECT_EQ(rowsMatching(index, words("row")), (std::vector<int>{0, 1, 2}));
}
