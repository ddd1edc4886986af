#pragma once

// Private to core/formats: the only header that includes libical. Everything outside this folder
// sees our own types (Event, CalendarEvent, Diagnostic).

#include <libical/ical.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <mutex>

namespace foothold::ical {

// libical keeps global state (its error number, the built-in zone cache) and is not thread-safe:
// every use goes through this lock, which also makes sure that no libical error aborts the
// process (icalerror_set_errors_are_fatal(0)).
[[nodiscard]] std::unique_lock<std::recursive_mutex> lock();

struct ComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

// Text libical returns (owned by its ring buffer) as a QString.
[[nodiscard]] inline QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace foothold::ical
