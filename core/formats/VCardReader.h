#pragma once

#include "core/domain/Contact.h"
#include "core/formats/Diagnostic.h"

#include <QByteArray>
#include <QList>

namespace foothold {

// One card read from a vCard file. `contact` holds what Foothold keeps of it, with no ids: the
// company, the event where we met and who introduced us come by name, for the importer to resolve.
struct VCardContact {
    int line = 0;              // BEGIN:VCARD
    QString version;           // "2.1", "3.0", "4.0"; empty when the card has none
    Contact contact;
    QString companyName;       // ORG (first component)
    QString metAtEvent;        // X-FOOTHOLD-MET-AT
    QString introducedByName;  // X-FOOTHOLD-INTRODUCED-BY
    Diagnostics errors;        // the card cannot be imported (no name, an unreadable line, …)
};

struct VCardFile {
    QList<VCardContact> cards;
    Diagnostics errors;        // the file as a whole cannot be read
    Diagnostics warnings;      // read, but something was left out (a photo given as a link, …)
    QString encoding;
};

// Reads vCard 2.1, 3.0 and 4.0 (see VCardLexer.h for the syntax it accepts). Maps FN (else N,
// else ORG), ORG, TITLE (else ROLE), every EMAIL/TEL/URL/ADR with its type, NOTE, CATEGORIES as
// tags, BDAY, PHOTO (base64 or data: URI; X-MS-CARDPICTURE too) and Foothold's own X-FOOTHOLD-*
// properties. Values Foothold cannot hold (an e-mail that is not one, a URL that is not a web
// address, a birthday without a year, a photo given as a link) are left out with a warning.
// Pure: bytes in, cards and diagnostics out.
[[nodiscard]] VCardFile parseVCards(const QByteArray &bytes);

} // namespace foothold
