#pragma once

#include "core/services/ImportTypes.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QByteArray>

namespace foothold {

// Imports a vCard file (2.1, 3.0, 4.0; see VCardReader.h) as one transaction. A card whose person
// is already there (by any profile URL, then any e-mail, then name and company) updates that
// contact: e-mails, phones, links, addresses and tags it did not have are added; a new company or
// title moves the old one into the history; a birthday, photo or Foothold field the card carries
// replaces the old one; notes are only filled in when empty. A card of nobody known is added,
// with its company (found or created), and, when a same-named contact elsewhere cannot be told
// apart, listed as a likely duplicate. Foothold's own export comes back unchanged.
class VCardImporter {
public:
    explicit VCardImporter(Database &db, const Clock &clock = SystemClock::instance()) : m_db(db), m_clock(clock) {}

    ImportResult import(const QByteArray &bytes, const ImportOptions &options);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
