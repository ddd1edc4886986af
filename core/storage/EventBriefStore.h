#pragma once

#include "core/domain/Ids.h"
#include "core/storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace foothold {

// One stored row of an event's checklist (table event_checklist, docs/EVENTS.md "Before").
// `generated` non-empty: the user's tick of the generated item with that key (its text comes
// from EventBrief); empty: an item of the user's own, with its label.
struct ChecklistRow {
    qint64 id = 0;
    EventId event;
    int position = 0;
    QString generated;
    QString label;
    bool done = false;
};

// What the user made of an event's "Before": the pitch they wrote (events.pitch) and the
// checklist state (event_checklist). Writes run in Database::transaction() and announce an update
// of the event; errors come back as Status/Result (NotFound for an unknown event or item, Invalid
// for an empty label) and nothing is written on failure.
class EventBriefStore {
public:
    explicit EventBriefStore(Database &db) : m_db(db) {}

    // The pitch the user wrote, or nullopt when none is stored (the draft applies).
    Result<std::optional<QString>> pitch(EventId event);
    // Stores `pitch` as written (an empty text too: the user emptied it); nullopt goes back to
    // the draft.
    Status setPitch(EventId event, const std::optional<QString> &pitch);

    // The event's stored rows: ticks of generated items, then the user's items by position.
    Result<QList<ChecklistRow>> checklist(EventId event);
    // Ticks (or unticks) the generated item `key`; the tick then wins over the records.
    Status setGeneratedDone(EventId event, const QString &key, bool done);
    // Adds an item of the user's own after the others; returns its id.
    Result<qint64> addItem(EventId event, const QString &label);
    // Ticks one of the user's items of `event`.
    Status setItemDone(EventId event, qint64 item, bool done);
    // Removes one of the user's items of `event` (generated items cannot be removed).
    Status removeItem(EventId event, qint64 item);

private:
    Status checkEvent(EventId event);
    void recordChange(EventId event, const QString &field);

    Database &m_db;
};

} // namespace foothold
