#include "core/services/EventBrief.h"
#include "core/storage/Changesets.h"
#include "core/storage/EventBriefStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlSupport.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDatabase.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <gtest/gtest.h>

namespace foothold {
namespace {

EventId addMeetup(Database &db, const Clock &clock, const QString &name = QStringLiteral("RustBerlin"))
{
    Event e;
    e.name = name;
    e.kind = EventKind::Meetup;
    e.timeZone = QStringLiteral("Europe/Berlin");
    e.start = QDateTime(QDate(2026, 10, 26), QTime(17, 0), QTimeZone::utc());
    e.tags = {QStringLiteral("Rust")};
    return EventStore(db, clock).insert(e).value();
}

// ---- Migration 0007 ------------------------------------------------------------------------

// Version 6 with an event and its agenda: the event keeps everything, has no pitch (the draft
// applies) and an empty checklist; the checklist goes with its event.
TEST(EventBriefMigration, Version6WithDataGetsPitchAndChecklist)
{
    auto clock = test::fixedClock();
    test::TempDatabase tdb(Database::Options{.targetVersion = 6});
    ASSERT_EQ(tdb->schemaVersion(), 6);
    ASSERT_TRUE(sql::run(tdb->connection(),
                         QStringLiteral("INSERT INTO events(id, name, kind, start_utc, status, goals, created_at, updated_at) VALUES "
                                        "(7, 'DevConf', 'conference', '2026-10-26T08:00:00Z', 'registered', 'meet Lumen', "
                                        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"))
                    .ok());
    ASSERT_TRUE(sql::run(tdb->connection(), QStringLiteral("INSERT INTO agenda_sessions(event_id, uid, title, start_utc) VALUES "
                                                           "(7, 'k@t', 'Keynote', '2026-10-26T08:00:00Z')"))
                    .ok());

    ASSERT_TRUE(migrations::migrate(tdb->connection(), 7).ok());
    EXPECT_EQ(tdb->schemaVersion(), 7);
    const Event devconf = EventStore(tdb.db(), clock).get(EventId(7)).value();
    EXPECT_EQ(devconf.name, QStringLiteral("DevConf"));
    EXPECT_EQ(devconf.status, EventStatus::Registered);
    EXPECT_EQ(devconf.goals, QStringLiteral("meet Lumen"));
    EventBriefStore store(tdb.db());
    EXPECT_FALSE(store.pitch(EventId(7)).value().has_value());
    EXPECT_TRUE(store.checklist(EventId(7)).value().isEmpty());
    EXPECT_EQ(sql::scalar(tdb->connection(), QStringLiteral("SELECT count(*) FROM agenda_sessions"))->toInt(), 1);

    ASSERT_TRUE(store.addItem(EventId(7), QStringLiteral("Print CVs")).ok());
    ASSERT_TRUE(store.setGeneratedDone(EventId(7), QStringLiteral("pitch"), true).ok());
    EXPECT_EQ(store.checklist(EventId(7)).value().size(), 2);
    EXPECT_TRUE(sql::scalar(tdb->connection(), QStringLiteral("PRAGMA foreign_key_check"))->isNull());
    ASSERT_TRUE(EventStore(tdb.db(), clock).remove(EventId(7)).ok());
    EXPECT_EQ(sql::scalar(tdb->connection(), QStringLiteral("SELECT count(*) FROM event_checklist"))->toInt(), 0);
}

// ---- The store -----------------------------------------------------------------------------

TEST(EventBriefStore, PitchIsStoredPerEventAndResetToTheDraft)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId rust = addMeetup(db.db(), clock);
    const EventId other = addMeetup(db.db(), clock, QStringLiteral("PyData"));
    EventBriefStore store(db.db());
    EXPECT_FALSE(store.pitch(rust).value().has_value());

    QSignalSpy spy(db->notifier(), &ChangeNotifier::changed);
    ASSERT_TRUE(store.setPitch(rust, QStringLiteral("Hi, I'm Sam. I build Rust CLIs.")).ok());
    ASSERT_EQ(spy.size(), 1);
    const auto changes = spy.at(0).at(0).value<ChangeSet>();
    ASSERT_EQ(changes.changes.size(), 1);
    EXPECT_EQ(changes.changes[0].entity, Entity::Event);
    EXPECT_EQ(changes.changes[0].id, rust.value);
    EXPECT_EQ(store.pitch(rust).value(), std::optional<QString>(QStringLiteral("Hi, I'm Sam. I build Rust CLIs.")));
    EXPECT_FALSE(store.pitch(other).value().has_value());

    // An emptied pitch is kept as empty, not taken for "none".
    ASSERT_TRUE(store.setPitch(other, QString()).ok());
    EXPECT_EQ(store.pitch(other).value(), std::optional<QString>(QString()));

    ASSERT_TRUE(store.setPitch(rust, std::nullopt).ok());
    EXPECT_FALSE(store.pitch(rust).value().has_value());

    EXPECT_EQ(store.setPitch(EventId(999), QStringLiteral("x")).error().code, Error::Code::NotFound);
    EXPECT_EQ(store.pitch(EventId(999)).error().code, Error::Code::NotFound);
}

TEST(EventBriefStore, ChecklistTicksOwnItemsAndRemovals)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId rust = addMeetup(db.db(), clock);
    const EventId other = addMeetup(db.db(), clock, QStringLiteral("PyData"));
    EventBriefStore store(db.db());

    const qint64 cvs = store.addItem(rust, QStringLiteral("  Print   CVs ")).value();
    const qint64 cards = store.addItem(rust, QStringLiteral("Business cards")).value();
    ASSERT_TRUE(store.setGeneratedDone(rust, QStringLiteral("agenda"), true).ok());
    ASSERT_TRUE(store.setGeneratedDone(rust, QStringLiteral("agenda"), false).ok()); // upsert: one row
    ASSERT_TRUE(store.setItemDone(rust, cards, true).ok());

    auto rows = store.checklist(rust).value();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].generated, QStringLiteral("agenda")); // ticks of generated items first
    EXPECT_FALSE(rows[0].done);
    EXPECT_EQ(rows[1].id, cvs);
    EXPECT_EQ(rows[1].label, QStringLiteral("Print CVs")); // simplified
    EXPECT_EQ(rows[1].position, 1);
    EXPECT_FALSE(rows[1].done);
    EXPECT_EQ(rows[2].id, cards);
    EXPECT_EQ(rows[2].position, 2);
    EXPECT_TRUE(rows[2].done);
    EXPECT_TRUE(store.checklist(other).value().isEmpty());

    // Bad input: nothing changes.
    EXPECT_EQ(store.addItem(rust, QStringLiteral("   ")).error().code, Error::Code::Invalid);
    EXPECT_EQ(store.addItem(EventId(999), QStringLiteral("x")).error().code, Error::Code::NotFound);
    EXPECT_EQ(store.setItemDone(other, cvs, true).error().code, Error::Code::NotFound); // not that event's
    EXPECT_EQ(store.removeItem(rust, rows[0].id).error().code, Error::Code::NotFound); // a generated tick
    EXPECT_EQ(store.setGeneratedDone(rust, QString(), true).error().code, Error::Code::Invalid);
    EXPECT_EQ(store.checklist(rust).value().size(), 3);

    ASSERT_TRUE(store.removeItem(rust, cvs).ok());
    rows = store.checklist(rust).value();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1].id, cards);
    // A new item goes after the last one.
    const qint64 badge = store.addItem(rust, QStringLiteral("Badge")).value();
    EXPECT_EQ(store.checklist(rust).value().last().id, badge);
    EXPECT_EQ(store.checklist(rust).value().last().position, 3);
}

// A checklist edit recorded as a changeset undoes to the row as it was, and announces the event.
TEST(EventBriefStore, ChangesetsUndoAndAnnounceTheEvent)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId rust = addMeetup(db.db(), clock);
    EventBriefStore store(db.db());
    auto recorded = recordChanges(db.db(), [&]() -> Status {
        auto added = store.addItem(rust, QStringLiteral("Print CVs"));
        return added ? Status() : Status(added.error());
    });
    ASSERT_TRUE(recorded.ok());
    const ChangeSet described = describeChanges(*recorded, true);
    ASSERT_EQ(described.changes.size(), 1);
    EXPECT_EQ(described.changes[0].entity, Entity::Event);
    EXPECT_EQ(described.changes[0].id, rust.value);
    ASSERT_TRUE(applyChanges(db.db(), *recorded, true).ok());
    EXPECT_TRUE(store.checklist(rust).value().isEmpty());
    ASSERT_TRUE(applyChanges(db.db(), *recorded, false).ok());
    const qint64 item = store.checklist(rust).value().at(0).id;

    // A tick changes only `done`: the changeset does not hold the event's id, yet undoing it
    // announces the event (read from the row), so an open brief follows.
    auto ticked = recordChanges(db.db(), [&] { return store.setItemDone(rust, item, true); });
    ASSERT_TRUE(ticked.ok());
    QSignalSpy spy(db->notifier(), &ChangeNotifier::changed);
    ASSERT_TRUE(applyChanges(db.db(), *ticked, true).ok());
    EXPECT_FALSE(store.checklist(rust).value().at(0).done);
    ASSERT_EQ(spy.size(), 1);
    const auto announced = spy.at(0).at(0).value<ChangeSet>();
    EXPECT_EQ(announced.ids(Entity::Event, ChangeKind::Updated), QList<qint64>{rust.value});
}

// ---- The brief with what the user made of it -----------------------------------------------

TEST(EventBrief, StoredPitchTicksAndOwnItemsComeThrough)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId rust = addMeetup(db.db(), clock);
    EventBriefStore store(db.db());
    EventBrief brief(db.db(), clock);

    auto before = brief.brief(rust, {QStringLiteral("rust")}).value();
    EXPECT_FALSE(before.pitchEdited);
    EXPECT_EQ(before.pitch, before.draftPitch);
    EXPECT_TRUE(before.draftPitch.contains(QStringLiteral("I work with Rust"))) << before.draftPitch.toStdString();
    ASSERT_EQ(before.checklist.size(), 8);
    EXPECT_EQ(before.checklist[6].key, QStringLiteral("pitch"));
    EXPECT_FALSE(before.checklist[6].done);
    EXPECT_TRUE(before.checklist[7].done); // follow-up rules on by default
    EXPECT_EQ(before.checklist[7].key, QStringLiteral("follow-up-rules"));

    ASSERT_TRUE(store.setPitch(rust, QStringLiteral("Hi, I'm Sam.")).ok());
    ASSERT_TRUE(store.setGeneratedDone(rust, QStringLiteral("pitch"), true).ok());
    ASSERT_TRUE(store.setGeneratedDone(rust, QStringLiteral("follow-up-rules"), false).ok()); // the tick wins
    const qint64 cvs = store.addItem(rust, QStringLiteral("Print CVs")).value();
    ASSERT_TRUE(store.setItemDone(rust, cvs, true).ok());
    ASSERT_TRUE(store.addItem(rust, QStringLiteral("Charge the phone")).ok());

    auto after = brief.brief(rust, {QStringLiteral("rust")}).value();
    EXPECT_TRUE(after.pitchEdited);
    EXPECT_EQ(after.pitch, QStringLiteral("Hi, I'm Sam."));
    EXPECT_EQ(after.draftPitch, before.draftPitch);
    ASSERT_EQ(after.checklist.size(), 10);
    EXPECT_TRUE(after.checklist[6].done);
    EXPECT_TRUE(after.checklist[6].ticked);
    EXPECT_FALSE(after.checklist[7].done);
    EXPECT_TRUE(after.checklist[7].ticked);
    EXPECT_FALSE(after.checklist[0].ticked);
    EXPECT_EQ(after.checklist[8].item, QStringLiteral("Print CVs"));
    EXPECT_EQ(after.checklist[8].id, cvs);
    EXPECT_FALSE(after.checklist[8].generated());
    EXPECT_TRUE(after.checklist[8].done);
    EXPECT_EQ(after.checklist[9].item, QStringLiteral("Charge the phone"));
    EXPECT_FALSE(after.checklist[9].done);
}

} // namespace
} // namespace foothold
