#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace foothold {

// The canonical text forms of time everywhere outside the UI: the database, JSON, the CLI.
[[nodiscard]] QString isoDate(const QDate &date);       // "2027-04-15"; "" when invalid
[[nodiscard]] QString isoUtc(const QDateTime &when);    // "2027-04-15T07:00:00Z"; "" when invalid
// Parses an ISO 8601 instant; one without a zone is taken as UTC. Invalid on failure.
[[nodiscard]] QDateTime parseIsoUtc(const QString &text);

} // namespace foothold
