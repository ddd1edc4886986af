#include "core/analytics/KeepInTouch.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

const QDate kToday(2026, 6, 15);
const KeepInTouchRule kRule{60, 90}; // default cadence 60 days, active = talked within 90 days

KeepInTouchInput contact(qint64 id, int cadence, QDate last, ContactRole role = ContactRole::None, QDate connected = {})
{
    KeepInTouchInput c;
    c.id = ContactId(id);
    c.cadenceDays = cadence;
    c.lastConversation = last;
    c.role = role;
    c.connectedOn = connected;
    return c;
}

} // namespace

TEST(KeepInTouch, OwnCadenceWinsAndLapsesOnlyWhenExceeded)
{
    // 30-day cadence, last talked 30 days ago: not yet lapsed; 31 days ago: one day overdue.
    EXPECT_FALSE(lapse(contact(1, 30, kToday.addDays(-30)), kToday, kRule).has_value());
    const auto lapsed = lapse(contact(1, 30, kToday.addDays(-31)), kToday, kRule);
    ASSERT_TRUE(lapsed.has_value());
    EXPECT_EQ(lapsed->cadenceDays, 30);
    EXPECT_EQ(lapsed->daysSince, 31);
    EXPECT_EQ(lapsed->overdueDays, 1);
    EXPECT_FALSE(lapsed->neverTalked);
    EXPECT_EQ(lapsed->since, kToday.addDays(-31));
}

TEST(KeepInTouch, MentorsAndActiveContactsGetTheDefaultOthersNothing)
{
    // A mentor without a cadence of their own follows the default (60), however long ago we talked.
    EXPECT_EQ(applicableCadence(contact(1, 0, kToday.addDays(-400), ContactRole::Mentor), kToday, kRule), 60);
    // Active (talked 70 days ago, within 90): default 60, so lapsed by 10 days.
    const auto active = lapse(contact(2, 0, kToday.addDays(-70)), kToday, kRule);
    ASSERT_TRUE(active.has_value());
    EXPECT_EQ(active->overdueDays, 10);
    // Talked 91 days ago, no cadence, not a mentor: not followed at all.
    EXPECT_EQ(applicableCadence(contact(3, 0, kToday.addDays(-91)), kToday, kRule), 0);
    EXPECT_FALSE(lapse(contact(3, 0, kToday.addDays(-91)), kToday, kRule).has_value());
    // Never talked, no cadence: not followed.
    EXPECT_EQ(applicableCadence(contact(4, 0, {}), kToday, kRule), 0);
}

TEST(KeepInTouch, ProspectsAreNeverFollowed)
{
    KeepInTouchInput c = contact(1, 30, kToday.addDays(-100));
    c.prospect = true;
    EXPECT_EQ(applicableCadence(c, kToday, kRule), 0);
    EXPECT_FALSE(lapse(c, kToday, kRule).has_value());
}

TEST(KeepInTouch, NeverTalkedCountsFromTheDayWeConnectedOrIsUnknown)
{
    const auto fromConnected = lapse(contact(1, 30, {}, ContactRole::None, kToday.addDays(-45)), kToday, kRule);
    ASSERT_TRUE(fromConnected.has_value());
    EXPECT_TRUE(fromConnected->neverTalked);
    EXPECT_EQ(fromConnected->since, kToday.addDays(-45));
    EXPECT_EQ(fromConnected->overdueDays, 15);
    // Connected 10 days ago with a 30-day cadence: not lapsed yet.
    EXPECT_FALSE(lapse(contact(2, 30, {}, ContactRole::None, kToday.addDays(-10)), kToday, kRule).has_value());
    // Neither date known: lapsed, with the date unknown.
    const auto unknown = lapse(contact(3, 30, {}), kToday, kRule);
    ASSERT_TRUE(unknown.has_value());
    EXPECT_EQ(unknown->daysSince, -1);
    EXPECT_FALSE(unknown->since.isValid());
}

TEST(KeepInTouch, ListsMostOverdueFirstThenUnknownDates)
{
    const QList<KeepInTouchInput> contacts = {
        contact(1, 30, kToday.addDays(-35)),  // 5 overdue
        contact(2, 30, {}),                   // unknown
        contact(3, 14, kToday.addDays(-54)),  // 40 overdue
        contact(4, 30, kToday.addDays(-10)),  // fine
        contact(5, 0, kToday.addDays(-200)),  // not followed
        contact(6, 60, kToday.addDays(-100)), // 40 overdue, later id
    };
    const auto lapsed = lapsedContacts(contacts, kToday, kRule);
    QList<qint64> ids;
    for (const auto &l : lapsed)
        ids << l.id.value;
    EXPECT_EQ(ids, (QList<qint64>{3, 6, 1, 2}));
}

TEST(KeepInTouch, TheInjectedDayDecides)
{
    const KeepInTouchInput c = contact(1, 30, QDate(2026, 5, 1));
    EXPECT_FALSE(lapse(c, QDate(2026, 5, 31), kRule).has_value()); // 30 days: due today, not lapsed
    EXPECT_TRUE(lapse(c, QDate(2026, 6, 1), kRule).has_value());   // 31 days
}
