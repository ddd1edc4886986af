#include "core/util/Clock.h"

namespace foothold {

const Clock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace foothold
