#pragma once

#include "core/domain/Conversation.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QList>

namespace foothold {

struct ConversationQuery {
    QString search{};                          // notes, next step, participants' names
    ContactId contact{};                       // with this participant
    ApplicationId application{};               // tied to this job application
    std::optional<ConversationKind> kind{};
    QDateTime from{};                          // occurred at or after (UTC)
    QDateTime to{};                            // occurred before (UTC)
    bool includeSample = true;
};

// Conversations with their participants and talk balance.
class ConversationStore {
public:
    explicit ConversationStore(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db), m_clock(clock) {}

    Result<ConversationId> insert(Conversation conversation);
    Status update(const Conversation &conversation);
    Status remove(ConversationId id);

    Result<Conversation> get(ConversationId id);
    // Newest first.
    QList<Conversation> list(const ConversationQuery &query = {});
    Result<qint64> count();

private:
    QList<ContactId> participants(ConversationId id);
    void touchParticipants(const QList<ContactId> &contacts);
    Status writeParticipants(const Conversation &conversation, bool replacing);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
