#include "core/storage/AgendaSessionStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/SqlSupport.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <gtest/gtest.h>

#include <algorithm>

namespace foothold {
namespace {

AgendaSession session(EventId event, const QString &uid, const QString &title, int hour)
{
    AgendaSession s;
    s.event = event;
    s.uid = uid;
    s.title = title;
    s.start = QDateTime(QDate(2026, 10, 26), QTime(hour, 0), QTimeZone::utc());
    s.end = s.start.addSecs(3600);
    return s;
}

// Added and updated are told apart by whether the upsert inserted: a UID twice in one file is
// one session, added then updated; a session without UID is always added; another event's UID
// is not this event's.
TEST(AgendaMerge, CountsAddedAndUpdatedWithinOneBatchAndAcrossEvents)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    Event e;
    e.name = QStringLiteral("DevConf");
    e.start = QDateTime(QDate(2026, 10, 26), QTime(7, 0), QTimeZone::utc());
    const EventId devconf = EventStore(db.db(), clock).insert(e).value();
    e.name = QStringLiteral("PyCon");
    const EventId pycon = EventStore(db.db(), clock).insert(e).value();
    AgendaSessionStore store(db.db());

    auto first = store.merge(devconf, {session(devconf, QStringLiteral("a@x"), QStringLiteral("Keynote"), 8),
                                       session(devconf, QStringLiteral("a@x"), QStringLiteral("Keynote (moved)"), 9),
                                       session(devconf, QString(), QStringLiteral("Lunch"), 12),
                                       session(devconf, QString(), QStringLiteral("Lunch"), 12)});
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->added, 3);
    EXPECT_EQ(first->updated, 1);
    const auto sessions = store.list(devconf);
    ASSERT_EQ(sessions.size(), 3);
    EXPECT_EQ(sessions[0].title, QStringLiteral("Keynote (moved)"));

    auto other = store.merge(pycon, {session(pycon, QStringLiteral("a@x"), QStringLiteral("Keynote"), 8)});
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(other->added, 1);
    EXPECT_EQ(other->updated, 0);

    auto again = store.merge(devconf, {session(devconf, QStringLiteral("a@x"), QStringLiteral("Keynote"), 8),
                                       session(devconf, QStringLiteral("b@x"), QStringLiteral("Panel"), 10)});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 1);
    EXPECT_EQ(again->updated, 1);
    EXPECT_EQ(store.count(devconf).value(), 4);
}

// Many sessions go in statements of many rows: 70 here (two full statements and a rest), with a
// UID repeated across a statement boundary, and a second import of all of them.
TEST(AgendaMerge, ManySessionsInBatchesCountAndKeepOrder)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    Event e;
    e.name = QStringLiteral("DevConf");
    e.start = QDateTime(QDate(2026, 10, 26), QTime(7, 0), QTimeZone::utc());
    const EventId devconf = EventStore(db.db(), clock).insert(e).value();
    QList<AgendaSession> sessions;
    for (int i = 0; i < 70; ++i)
        sessions << session(devconf, QStringLiteral("s%1@x").arg(i), QStringLiteral("Talk %1").arg(i), 8 + i % 10);
    sessions[40] = session(devconf, QStringLiteral("s5@x"), QStringLiteral("Talk 5, moved"), 18); // s5 again, in the second statement
    AgendaSessionStore store(db.db());
    auto first = store.merge(devconf, sessions);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->added, 69);
    EXPECT_EQ(first->updated, 1);
    const auto stored = store.list(devconf);
    ASSERT_EQ(stored.size(), 69);
    const auto moved = std::find_if(stored.begin(), stored.end(), [](const AgendaSession &s) { return s.uid == QLatin1String("s5@x"); });
    ASSERT_NE(moved, stored.end());
    EXPECT_EQ(moved->title, QStringLiteral("Talk 5, moved"));
    EXPECT_EQ(moved->start.time().hour(), 18);

    auto again = store.merge(devconf, sessions);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 70);
    EXPECT_EQ(store.count(devconf).value(), 69);
}

// The hand-written JSON of plain lists is the text QJsonDocument writes; anything needing an
// escape goes through QJsonDocument itself, and every list reads back as it was.
TEST(AgendaMerge, StringListJsonIsQtsOwnText)
{
    const QList<QStringList> lists = {{},
                                      {QStringLiteral("Ana Lima")},
                                      {QStringLiteral("Ana"), QStringLiteral("Ben O'Brien"), QString()},
                                      {QStringLiteral("say \"hi\""), QStringLiteral("back\\slash")},
                                      {QStringLiteral("Lucía Hernández"), QStringLiteral("tab\there"), QStringLiteral("line\nbreak")}};
    for (const QStringList &list : lists) {
        const QString json = sql::stringListToJson(list);
        EXPECT_EQ(json, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact)))
            << json.toStdString();
        EXPECT_EQ(sql::stringListFromJson(json), list) << json.toStdString();
    }
}

} // namespace
} // namespace foothold
