#pragma once

#include "core/services/ImportTypes.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QByteArray>

namespace foothold {

// Imports LinkedIn's Connections.csv (see LinkedInConnections.h for what is read) as one
// transaction. New people become contacts with channel LinkedIn, their profile URL, e-mail,
// company (found or created), position as headline and the date connected. A person already
// there, found by profile URL, then e-mail, then name and company, is updated: a new company or
// position moves the old one into the contact's history (ending today); a new e-mail or URL is
// added; an empty cell never erases what is known. Importing the same or a later export again
// adds nobody twice. A new person with the name of someone else at another company (and nothing
// that tells them apart) is a likely duplicate: added, and listed for a merge.
class LinkedInImporter {
public:
    explicit LinkedInImporter(Database &db, const Clock &clock = SystemClock::instance()) : m_db(db), m_clock(clock) {}

    ImportResult import(const QByteArray &bytes, const ImportOptions &options);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
