#pragma once

#include "core/domain/Event.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QList>

namespace foothold {

struct EventQuery {
    QString search{};                     // substring of name, location, tags, notes
    std::optional<EventStatus> status{};
    QString tag{};
    QDateTime from{};                     // events ending at or after this instant (UTC)
    QDateTime to{};                       // events starting before this instant (UTC)
    bool includeSample = true;
};

// Events with their costs, expected companies and people, and tags.
class EventStore {
public:
    explicit EventStore(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db), m_clock(clock) {}

    Result<EventId> insert(Event event);
    // Inserts all (each validated first), in one transaction, with statements prepared once;
    // assigns the new ids back into `events`. All or nothing. For imports of thousands.
    Status insertMany(QList<Event> &events);
    Status update(const Event &event);
    Status remove(EventId id);

    Result<Event> get(EventId id);
    // Events ordered by start, with their children.
    QList<Event> list(const EventQuery &query = {});
    Result<qint64> count();
    QList<EventId> findByName(const QString &name);
    // id -> name of every event, in one query without the children (for lists that show where).
    QHash<qint64, QString> allNames();

private:
    Status writeChildren(const Event &event, bool replacing);
    // An update's costs, companies, people and tags: rows equal to the stored ones are left alone
    // (an import that changes an event's name does not renumber its costs).
    Status replaceChildren(const Event &event);
    void loadChildren(QList<Event> &events);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
