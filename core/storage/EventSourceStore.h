#pragma once

#include "core/domain/Ids.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QPair>

namespace foothold {

// Which event an iCalendar UID (and instance of a series) was imported as, so that a later copy
// of the same calendar updates the event instead of adding it again (see migration 0003).
class EventSourceStore {
public:
    explicit EventSourceStore(Database &db) : m_db(db) {}

    // Every known source: (uid, instance) -> event.
    QHash<QPair<QString, QString>, EventId> all();
    // Remembers (or moves) `uid`/`instance` as the source of `event`. Call inside a transaction.
    Status set(EventId event, const QString &uid, const QString &instance);
    struct Source {
        EventId event;
        QString uid;
        QString instance;
        // False when the caller knows that no event has this uid and instance yet (an import
        // read every stored source first): nothing to move, so no DELETE is run for it.
        bool mayBeTaken = true;
    };
    // set() for many, with statements prepared once.
    Status setMany(const QList<Source> &sources);
    // The UID an event came from, when it came from a file and was not one instance of a series.
    QString uidOf(EventId event);

private:
    Database &m_db;
};

} // namespace foothold
