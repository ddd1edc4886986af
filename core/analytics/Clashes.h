#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace foothold {

// Something that takes time: a session, an event, an interview round. Instants are compared in
// UTC, so two spans given in different zones, or on either side of a daylight-saving change,
// clash exactly when they overlap in real time (the caller converts wall-clock times with
// QTimeZone, which knows the transitions).
struct TimeSpan {
    QString key;       // the caller's handle ("session:12", "event:3")
    QDateTime start;   // required
    QDateTime end;     // null: an instant
};

// Spans `first` and `second` (indexes into the input, first < second) overlap for
// `overlapSeconds`. Spans are half-open: one ending at 10:00 does not clash with one starting at
// 10:00. An instant clashes with a span containing it and with another instant at the same time
// (overlap 0).
struct Clash {
    int first = 0;
    int second = 0;
    qint64 overlapSeconds = 0;

    bool operator==(const Clash &) const = default;
};

// Every clashing pair, ordered by first then second. Spans without a valid start are ignored.
// Pure; O(n log n + clashes).
[[nodiscard]] QList<Clash> findClashes(const QList<TimeSpan> &spans);

} // namespace foothold
