#pragma once

#include "core/domain/Event.h"

#include <QTimeZone>

namespace foothold {

// Times of an event as people read them: in the zone the event is held in (an event in Berlin
// starts at 09:00 wherever the reader is). An event without a zone floats in the reader's zone.
[[nodiscard]] QTimeZone eventZone(const Event &event);
// `when` (UTC) as a wall-clock time in the event's zone: "2026-06-20 09:00", or "2026-06-20" for
// an all-day event; empty for an invalid time. This is also the form the editor reads back.
[[nodiscard]] QString eventTimeInput(const Event &event, const QDateTime &when);
// The start for a list: the locale's short date (and time, with the zone's abbreviation when the
// zone is not the reader's own).
[[nodiscard]] QString eventStartText(const Event &event);
// A wall-clock time as the locale writes it short, without seconds ("3 May 2027 09:00"; the C
// locale's own short format has seconds): `local` is shown as it is, in its own zone.
[[nodiscard]] QString shortDateTimeText(const QDateTime &local);
// The instant an event is over (its end, or its start when it has none), for "upcoming" and "past".
[[nodiscard]] QDateTime eventFinish(const Event &event);

} // namespace foothold
