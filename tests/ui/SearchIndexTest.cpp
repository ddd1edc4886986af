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

TEST(SearchIndex, TypingAndDeletingGiveWhatAFreshSearchGives)
{
    // Every prefix typed and deleted again, each answer compared with a fresh index's (which has
    // nothing remembered): refined searches test only earlier matches, Backspace reuses results.
    QStringList texts;
    for (int i = 0; i < 400; ++i)
        texts << QStringLiteral("Person %1 %2 Works at %3 in %4 tag%5")
                     .arg(i)
                     .arg(i % 3 == 0 ? QStringLiteral("Okafor") : i % 3 == 1 ? QStringLiteral("Okoye") : QStringLiteral("Lima"))
                     .arg(i % 7 == 0 ? QStringLiteral("Data Engineering Co") : QStringLiteral("Lumen Labs"))
                     .arg(i % 5 == 0 ? QStringLiteral("Lisbon") : QStringLiteral("São Paulo"))
                     .arg(i % 11);
    const SearchIndex typed = indexOf(texts);
    const auto check = [&](const QString &text) {
        const SearchIndex fresh = indexOf(texts);
        EXPECT_EQ(rowsMatching(typed, words(text.toUtf8().constData())), rowsMatching(fresh, words(text.toUtf8().constData())))
            << qPrintable(text);
    };
    for (const QString &query : {QStringLiteral("okafor lisbon"), QStringLiteral("data eng 7"), QStringLiteral("são 1"),
                                 QStringLiteral("tag1 tag10"), QStringLiteral("ok ok")}) {
        for (qsizetype n = 1; n <= query.size(); ++n)
            check(query.left(n));
        for (qsizetype n = query.size() - 1; n >= 1; --n)
            check(query.left(n));
    }
    // Words in another order, repeated, or one inside another: still the same rows.
    EXPECT_EQ(rowsMatching(typed, words("lisbon okafor")), rowsMatching(typed, words("okafor lisbon")));
    EXPECT_EQ(rowsMatching(typed, words("okafor okafor oka")), rowsMatching(typed, words("okafor")));
    EXPECT_EQ(rowsMatching(typed, words("okafor")).size(), 134u); // 0, 3, …, 399
    EXPECT_EQ(rowsMatching(typed, words("o")).size(), 400u);      // "Person"
    EXPECT_EQ(rowsMatching(typed, words("q")).size(), 0u);
    EXPECT_EQ(rowsMatching(typed, words("ã")).size(), 320u); // São Paulo: not a multiple of 5
    EXPECT_EQ(rowsMatching(typed, words("@")).size(), 0u);
}

TEST(SearchIndex, ChangedRowsAreSearchedAfreshNotRemembered)
{
    SearchIndex index = indexOf({QStringLiteral("Ana Okafor"), QStringLiteral("Ben"), QStringLiteral("Chen Okafor")});
    EXPECT_EQ(rowsMatching(index, words("oka")), (std::vector<int>{0, 2}));
    index.setRow(1, QStringLiteral("Ben Okafor")); // would be missed if "oka" were remembered
    EXPECT_EQ(rowsMatching(index, words("okaf")), (std::vector<int>{0, 1, 2}));
    EXPECT_EQ(rowsMatching(index, words("oka")), (std::vector<int>{0, 1, 2}));
    index.removeRow(0);
    EXPECT_EQ(rowsMatching(index, words("oka")), (std::vector<int>{0, 1}));
    index.setRow(2, QStringLiteral("Dara Okafor")); // appended
    EXPECT_EQ(rowsMatching(index, words("okafor")), (std::vector<int>{0, 1, 2}));
    index.reset(1, [](int) { return QStringLiteral("Eve"); });
    EXPECT_EQ(rowsMatching(index, words("okafor")), (std::vector<int>{}));
    EXPECT_EQ(rowsMatching(index, words("e")), (std::vector<int>{0}));
}

// Built in slices (as the list models do while idle), the index answers as one built at once.
TEST(SearchIndex, BuiltInSlicesItAnswersAsBuiltAtOnce)
{
    QStringList texts;
    for (int i = 0; i < 1000; ++i)
        texts << QStringLiteral("Person %1 at Company %2 %3").arg(i).arg(i % 37).arg(i % 5 == 0 ? QStringLiteral("Zoë") : QString());
    const SearchIndex whole = indexOf(texts);
    SearchIndex sliced;
    for (int until : {0, 1, 300, 300, 777, 1000})
        sliced.appendRows(until, [&](int row) { return texts.at(row); });
    ASSERT_EQ(sliced.rowCount(), 1000);
    for (const char *query : {"person 1", "company 3", "zoë", "zo", "99", "x"})
        EXPECT_EQ(rowsMatching(sliced, words(query)), rowsMatching(whole, words(query))) << query;
    // And it keeps following changes like a whole one.
    sliced.setRow(5, QStringLiteral("Renamed Person"));
    sliced.removeRow(0);
    EXPECT_EQ(rowsMatching(sliced, words("renamed")), std::vector<int>{4});
}
