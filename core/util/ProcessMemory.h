#pragma once

#include <QtGlobal>

namespace foothold {

// How much memory and CPU time this process uses (Linux: /proc/self/status, clock_gettime); zeros
// elsewhere. For the budgets of docs/PERFORMANCE.md and FOOTHOLD_EXIT_AFTER_FIRST_PAINT.
struct MemoryUse {
    qint64 residentKb = 0; // VmRSS: resident now
    qint64 peakKb = 0;     // VmHWM: the most ever resident
};

[[nodiscard]] MemoryUse currentMemoryUse();

// CPU time used so far, in milliseconds: by the whole process (user + system), and by the calling
// thread. On a shared machine the wall clock also counts time spent waiting for a core; these
// count only the work.
[[nodiscard]] double processCpuMs();
[[nodiscard]] double threadCpuMs();

} // namespace foothold
