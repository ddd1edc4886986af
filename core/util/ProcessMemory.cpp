#include "core/util/ProcessMemory.h"

#include <QFile>

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

} // namespace foothold
