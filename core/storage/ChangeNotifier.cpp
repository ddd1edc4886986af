#include "core/storage/ChangeNotifier.h"

namespace foothold {

QList<qint64> ChangeSet::ids(Entity entity, ChangeKind kind) const
{
    QList<qint64> out;
    for (const auto &change : changes)
        if (change.entity == entity && change.kind == kind && !out.contains(change.id))
            out << change.id;
    return out;
}

bool ChangeSet::touches(Entity entity) const
{
    if (reset)
        return true;
    for (const auto &change : changes)
        if (change.entity == entity)
            return true;
    return false;
}

} // namespace foothold
