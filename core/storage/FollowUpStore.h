#pragma once

#include "core/domain/FollowUp.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QList>

namespace foothold {

struct FollowUpQuery {
    QString search{};                 // title, notes
    bool openOnly = false;
    QDate dueOnOrBefore{};            // with openOnly: due and overdue
    ContactId contact{};
    EventId event{};
    ConversationId conversation{};
    ApplicationId application{};
    bool includeSample = true;
};

// Follow-ups I owe. Rule-made ones carry a unique rule key, so a rule never makes one twice.
class FollowUpStore {
public:
    explicit FollowUpStore(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db), m_clock(clock) {}

    Result<FollowUpId> insert(FollowUp followUp);
    Status update(const FollowUp &followUp);
    // Done now (or not done again): one click on Today.
    Status setDone(FollowUpId id, bool done);
    Status remove(FollowUpId id);

    Result<FollowUp> get(FollowUpId id);
    // Open ones first by due date, then done ones, newest first.
    QList<FollowUp> list(const FollowUpQuery &query = {});
    Result<qint64> count();
    // Open follow-ups due on or before `day`.
    Result<qint64> countDue(QDate day);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
