#pragma once

#include "core/domain/Ids.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace foothold {

// Merges two records of the same person (a likely duplicate an import listed): `keep` stays,
// `remove` goes. `keep` gains what only `remove` had (e-mails, phones, links, addresses; empty
// fields such as headline, company, birthday; notes appended), and everything that referred to
// `remove` (conversations, links, follow-ups, interviews, applications, events, tags, earlier
// positions, a photo when `keep` has none) refers to `keep`. One transaction: all or nothing.
class ContactMerger {
public:
    explicit ContactMerger(Database &db, const Clock &clock = SystemClock::instance()) : m_db(db), m_clock(clock) {}

    Status merge(ContactId keep, ContactId remove);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
