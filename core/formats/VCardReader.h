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
    Diagnostics errors;        // the card cannot be imported (no name, an unreadable line, an invalid value …)
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
// properties. A value that is invalid by the vCard specification, which Foothold would have to
// drop or store wrongly, is an error of its card (in `errors`, with its line): an e-mail that is
// not an e-mail address, a BDAY that is no date (1990-02-30), a URL that is no URI, a PHOTO that
// says it is base64 and is not, a value that is not in the CHARSET it names. Valid values that
// Foothold does not keep are left out with a warning: a birthday without a year or day (--0415,
// 1996), a URI that is not a web address (ftp:), a photo given as a link, unknown properties.
// Pure: bytes in, cards and diagnostics out.
[[nodiscard]] VCardFile parseVCards(const QByteArray &bytes);

} // namespace foothold
