#pragma once

#include "core/domain/Contact.h"

#include <QByteArray>

namespace foothold {

// What a contact refers to by id, given by name for the file.
struct VCardNames {
    QString company;       // ORG
    QString metAtEvent;    // X-FOOTHOLD-MET-AT
    QString introducedBy;  // X-FOOTHOLD-INTRODUCED-BY
};

// One contact as a vCard 4.0 (RFC 6350): UTF-8, CRLF, lines folded at 75 octets without
// splitting a character. Standard properties where vCard has them (FN, N, ORG, TITLE, EMAIL,
// TEL, URL, ADR, CATEGORIES, BDAY, NOTE, PHOTO as a data: URI) and X-FOOTHOLD-* for the rest
// (location, channel, role, date connected, cadence, strength, prospect, where we met, who
// introduced us, earlier positions), so that parseVCards() gives back every field Foothold holds.
[[nodiscard]] QByteArray writeVCard(const Contact &contact, const VCardNames &names = {});

// Escapes a text value: backslash, comma, semicolon and line breaks.
[[nodiscard]] QString escapeVCardText(const QString &text);

} // namespace foothold
