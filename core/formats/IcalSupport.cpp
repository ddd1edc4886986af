#include "core/formats/IcalSupport.h"

namespace foothold::ical {

std::unique_lock<std::recursive_mutex> lock()
{
    static std::recursive_mutex mutex;
    std::unique_lock<std::recursive_mutex> guard(mutex);
    static const bool initialised = [] {
        icalerror_set_errors_are_fatal(0);
        return true;
    }();
    (void)initialised;
    return guard;
}

} // namespace foothold::ical
