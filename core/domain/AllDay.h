#pragma once

#include "core/domain/Event.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace foothold {

// An all-day event is a span of dates, the same on every machine and in every zone. It is kept in
// one canonical form, whoever made it (the CLI, the editor, an .ics import, migration 0008):
//   start    = its first day at 00:00:00 UTC
//   end      = its last day at 23:59:59 UTC, or null (a single day)
//   timeZone = "UTC"
// so that everything that reads an event's times through its own zone (the editor, lists, JSON,
// the .ics export) reads its dates, whatever the machine's zone. validate(Event) refuses any other
// form. Before schema 8 the start was the midnight of the machine's zone, and the same database
// showed other dates after a change of TZ.

[[nodiscard]] QString allDayZone(); // "UTC"
[[nodiscard]] QDateTime allDayStart(QDate first);
[[nodiscard]] QDateTime allDayEnd(QDate last);
// Makes `event` the all-day event from `first` through `last` (invalid `last`: no end).
void setAllDay(Event &event, QDate first, QDate last = {});
[[nodiscard]] bool isCanonicalAllDay(const Event &event);
[[nodiscard]] QDate allDayFirst(const Event &event);
[[nodiscard]] QDate allDayLast(const Event &event); // the first day when there is no end
// The first and last day of any event on the calendar of `zone` (a timed event's start and end
// there); an all-day event's own dates, whatever the zone.
[[nodiscard]] QDate firstDayIn(const Event &event, const QTimeZone &zone);
[[nodiscard]] QDate lastDayIn(const Event &event, const QTimeZone &zone);

// Where an all-day event lies on the calendar of `zone` (a reader's own): from the midnight that
// starts its first day to the last second of its last day. For comparing it with instants ("now").
[[nodiscard]] QDateTime allDayLocalStart(const Event &event, const QTimeZone &zone);
[[nodiscard]] QDateTime allDayLocalEnd(const Event &event, const QTimeZone &zone);
// What a wall clock in `zone` reads at `instant`, written as a UTC time: the value to compare an
// all-day event's stored times with in SQL, where the reader's zone is not known.
[[nodiscard]] QDateTime wallClockAsUtc(const QDateTime &instant, const QTimeZone &zone);

} // namespace foothold
