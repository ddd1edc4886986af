#pragma once

#include "core/formats/Csv.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QByteArray>
#include <QStringList>
#include <QTimeZone>

namespace foothold {

// The outside world's formats out of the database. Each reads what it needs and returns the
// file's bytes; nothing is written to the database. Errors are SQLite's.

// Every contact as a vCard 4.0 (see VCardWriter.h), ordered by name; company, where we met and
// who introduced us by name.
Result<QByteArray> exportVCards(Database &db);

// One .ics: events (with the UID they were imported with, else "foothold-event-<id>@foothold"),
// interview rounds of applications and scheduled informational interviews as VEVENTs, follow-ups
// as VTODOs. DTSTAMP is the clock's now; all-day events are their dates, the same on any machine.
// Importing it into the same database changes nothing.
Result<QByteArray> exportCalendar(Database &db, const Clock &clock);

// The lists `export csv --table` knows: contacts, companies, events, conversations,
// applications, followups, interviews.
[[nodiscard]] QStringList csvTables();
// One list as RFC 4180 CSV: a header row, then one row per record with the fields of `list
// --json`, related records by name, lists joined with "; ". Cells are neutralised against formula
// injection. NotFound for an unknown table.
Result<QByteArray> exportCsv(Database &db, const QString &table, const CsvWriteOptions &options = {});

} // namespace foothold
