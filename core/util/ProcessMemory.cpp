#include "core/util/ProcessMemory.h"

#include <QFile>

#include <ctime>

namespace foothold {

MemoryUse currentMemoryUse()
{
    MemoryUse use;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return use;
    // Lines like "VmRSS:	  183456 kB".
    const auto valueOf = [](const QByteArray &line) { return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong(); };
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            use.residentKb = valueOf(line);
        else if (line.startsWith("VmHWM:"))
            use.peakKb = valueOf(line);
    }
    return use;
}

namespace {

double cpuMs(clockid_t clock)
{
    timespec t{};
    if (clock_gettime(clock, &t) != 0)
        return 0;
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

double processCpuMs()
{
    return cpuMs(CLOCK_PROCESS_CPUTIME_ID);
}

double threadCpuMs()
{
    return cpuMs(CLOCK_THREAD_CPUTIME_ID);
}

} // namespace foothold
